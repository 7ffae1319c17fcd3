"""Structural parity: every block of an English page has its counterpart in each translation."""

from __future__ import annotations

from pathlib import Path

import pytest

from relcheck.cli import main as cli_main
from relcheck.i18n import DEFAULT_LANGUAGE, LANGUAGES
from relcheck.translations import parity
from relcheck.translations.parity import Gap, check, compare_pages

ROOT = Path(__file__).resolve().parents[2]

ENGLISH = """\
# Request a relationship

!!! warning "Changed since 2020"

    See [the current page](https://learn.microsoft.com/en-us/partner-center/customers/x).

## Before you start

Only admins can send it.
{: #rule-g1 }

<!-- relcheck:rule-scenarios g1 -->

| Cloud | Portal |
| --- | --- |
| Public | Microsoft 365 admin center |
| Germany | Office admin portal |

## Steps

1. Open **Customers**.
2. Decide:
    - select the box, or
    - clear it ([G1](#rule-g1)).
3. Send it.

!!! note "Always DAP"

    Nothing else.
"""

SPANISH = """\
---
source_hash: 0
---
# Solicitar una relación

!!! warning "Cambios desde 2020"

    Consulta [la página actual](https://learn.microsoft.com/es-es/partner-center/customers/x).

## Antes de empezar

Solo los administradores pueden enviarla.
{: #rule-g1 }

<!-- relcheck:rule-scenarios g1 -->

| Nube | Portal |
| --- | --- |
| Pública | Centro de administración de Microsoft 365 |
| Alemania | Portal de administración de Office |

## Pasos

1. Abre **Clientes**.
2. Decide:
    - marca la casilla, o
    - desmárcala ([G1](#rule-g1)).
3. Envíalo.

!!! note "Siempre DAP"

    Nada más.
"""


def gaps(translated: str) -> list[str]:
    return [str(gap) for gap in compare_pages("page.md", "es", ENGLISH, translated)]


def test_a_faithful_translation_in_other_words_has_no_gap() -> None:
    assert gaps(SPANISH) == []


def test_a_missing_table_row_names_the_page_language_and_english_section() -> None:
    translated = SPANISH.replace("| Alemania | Portal de administración de Office |\n", "")
    assert gaps(translated) == [
        "page.md [es] section 'Before you start': table starting 'Cloud' has 2 rows, the translation 1"
    ]


def test_a_missing_admonition_is_reported_by_kind() -> None:
    translated = SPANISH.replace('!!! note "Siempre DAP"\n\n    Nada más.\n', "Nada más.\n")
    assert gaps(translated) == ["page.md [es] section 'Steps': admonition 'note'"]


def test_a_dropped_sub_step_is_a_missing_list_item() -> None:
    translated = SPANISH.replace("    - marca la casilla, o\n", "")
    assert gaps(translated) == [
        "page.md [es] section 'Steps': list starting 'Open **Customers**.' has 5 items, the translation 4"
    ]


def test_anchors_must_match_in_both_directions() -> None:
    translated = SPANISH.replace("{: #rule-g1 }", "{: #rule-g2 }")
    assert gaps(translated) == [
        "page.md [es] section 'Before you start': anchor #rule-g1",
        "page.md [es] section 'Before you start': anchor #rule-g2 exists only in the translation",
    ]


def test_link_targets_must_match_but_learn_locales_are_counterparts() -> None:
    assert parity.normalize_link("https://learn.microsoft.com/ru-ru/partner-center/a") == (
        parity.normalize_link("https://learn.microsoft.com/en-us/partner-center/a")
    )
    translated = SPANISH.replace("([G1](#rule-g1))", "(G1)")
    assert gaps(translated) == ["page.md [es] section 'Steps': link to #rule-g1"]


def test_a_missing_marker_is_reported() -> None:
    translated = SPANISH.replace("<!-- relcheck:rule-scenarios g1 -->", "")
    assert gaps(translated) == [
        "page.md [es] section 'Before you start': marker <!-- relcheck:rule-scenarios g1 -->"
    ]


def test_a_missing_section_is_reported_whole_and_the_others_still_compared() -> None:
    start = SPANISH.index("## Antes de empezar")
    end = SPANISH.index("## Pasos")
    translated = SPANISH[:start] + SPANISH[end:]
    found = gaps(translated)
    assert found == ["page.md [es] section 'Before you start': the whole section (no matching heading)"]


def test_an_extra_section_in_the_translation_is_reported() -> None:
    translated = SPANISH + "\n## Ver también\n\n- [Glosario](glossary.md)\n"
    assert gaps(translated) == [
        "page.md [es] section 'Ver también': a section that the English page does not have"
    ]


def test_code_fences_are_not_read_as_blocks() -> None:
    english = "# T\n\n```\n| not | a table |\n- not an item\n```\n"
    assert compare_pages("p.md", "fr", english, "# T\n\nTexte.\n") == []


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    for lang, text in {"en": ENGLISH, "es": SPANISH, "fr": SPANISH}.items():
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "page.md").write_text(text, encoding="utf-8")
        (tmp_path / lang / "glossary.md").write_text("# G\n\n| a | b |\n| --- | --- |\n", encoding="utf-8")
    (tmp_path / "en" / "glossary.md").write_text(
        "# G\n\n| a | b |\n| --- | --- |\n| x | y |\n", encoding="utf-8"
    )
    return tmp_path


def test_check_reads_every_page_and_skips_the_listed_exceptions(docs: Path) -> None:
    # glossary.md differs (a missing row) but is listed as generated from the termbase.
    assert parity.exception_for("glossary.md", "es")
    assert check(docs, "en", ["en", "es", "fr", "ru"]) == []
    (docs / "fr" / "page.md").write_text(SPANISH.replace("3. Envíalo.\n", ""), encoding="utf-8")
    assert check(docs, "en", ["en", "es", "fr", "ru"]) == [
        Gap("page.md", "fr", "Steps", "list starting 'Open **Customers**.' has 5 items, the translation 4")
    ]


def test_main_prints_each_gap_and_fails(docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (docs / "es" / "page.md").write_text(SPANISH.replace("{: #rule-g1 }", ""), encoding="utf-8")
    assert cli_main(["parity", "--docs", str(docs)]) == 1
    out = capsys.readouterr().out
    assert "page.md [es] section 'Before you start': anchor #rule-g1" in out
    assert "1 structural difference(s)" in out


def test_every_translated_page_of_the_site_carries_every_english_block() -> None:
    found = check(ROOT / "docs", DEFAULT_LANGUAGE, LANGUAGES)
    assert not found, "\n".join(str(gap) for gap in found)
