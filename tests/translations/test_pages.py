"""Translation freshness: each translated page against the English page it was made from."""

from __future__ import annotations

from pathlib import Path

import pytest

from relcheck.translations.page_source import read_page
from relcheck.translations.pages import MarkError, mark_up_to_date, report

ENGLISH = "# Title\n\nIntro.\n\n## Steps\n\nDo this.\n\n## After\n\nThen that.\n"


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    for lang, text in {
        "en": ENGLISH,
        "es": "# Título\n\nIntroducción.\n",
        "fr": "# Titre\n\nIntro.\n",
    }.items():
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "page.md").write_text(text, encoding="utf-8")
    mark_up_to_date(tmp_path, "page.md", "es", "en")
    mark_up_to_date(tmp_path, "page.md", "fr", "en")
    return tmp_path


def states(docs: Path) -> dict[tuple[str, str], str]:
    return {(s.page, s.lang): s.state for s in report(docs, "en", ["en", "es", "fr", "ru"]).statuses}


def test_marked_translations_are_up_to_date_and_absent_ones_missing(docs: Path) -> None:
    assert states(docs) == {
        ("page.md", "es"): "up_to_date",
        ("page.md", "fr"): "up_to_date",
        ("page.md", "ru"): "missing",
    }


def test_whitespace_only_edit_keeps_translations_up_to_date(docs: Path) -> None:
    (docs / "en" / "page.md").write_text(
        ENGLISH.replace("Do this.", "Do   this.\n\n\n") + "\n  \n", encoding="utf-8"
    )
    assert states(docs)[("page.md", "es")] == "up_to_date"


def test_edit_makes_every_translation_outdated_and_names_the_section(docs: Path) -> None:
    (docs / "en" / "page.md").write_text(ENGLISH.replace("Do this.", "Do this first."), encoding="utf-8")
    result = report(docs, "en", ["en", "es", "fr", "ru"])
    es = result.status_of("page.md", "es")
    assert es is not None and es.state == "outdated" and es.changed_sections == ("Steps",)
    assert result.needs_work()


def test_marking_one_translation_updates_only_its_hash(docs: Path) -> None:
    (docs / "en" / "page.md").write_text(ENGLISH + "\n## New\n\nMore.\n", encoding="utf-8")
    before = (docs / "es" / "page.md").read_text(encoding="utf-8")
    mark_up_to_date(docs, "page.md", "fr", "en")
    assert states(docs)[("page.md", "fr")] == "up_to_date"
    assert states(docs)[("page.md", "es")] == "outdated"
    assert (docs / "es" / "page.md").read_text(encoding="utf-8") == before
    assert read_page(docs / "fr" / "page.md").body == "# Titre\n\nIntro.\n", "the text is untouched"


def test_a_page_with_no_recorded_hash_is_outdated(docs: Path) -> None:
    (docs / "es" / "other.md").write_text("# Otra\n", encoding="utf-8")
    (docs / "en" / "other.md").write_text("# Other\n", encoding="utf-8")
    status = report(docs, "en", ["en", "es"]).status_of("other.md", "es")
    assert status is not None and status.state == "outdated" and status.never_marked


def test_a_translation_without_english_page_is_orphaned(docs: Path) -> None:
    (docs / "es" / "old.md").write_text("# Vieja\n", encoding="utf-8")
    assert states(docs)[("old.md", "es")] == "orphaned"


@pytest.mark.parametrize(
    ("page", "lang", "message"),
    [
        ("nope.md", "es", "no such English page"),
        ("page.md", "ru", "no such translation"),
        ("page.md", "en", "source"),
    ],
)
def test_mark_refuses_what_does_not_exist(docs: Path, page: str, lang: str, message: str) -> None:
    with pytest.raises(MarkError, match=message):
        mark_up_to_date(docs, page, lang, "en")


def test_cli_report_shows_the_table_and_the_changed_sections(
    docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from relcheck.cli import main

    report_args = ["translations", "--docs", str(docs), "--scenarios", str(docs / "none")]
    (docs / "en" / "page.md").write_text(ENGLISH.replace("Then that.", "Then that, twice."), encoding="utf-8")
    assert main([*report_args, "--strict"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["es", "fr"]  # the languages that have a folder
    assert out[1].split() == ["page.md", "outdated", "outdated"]
    assert "es/page.md: changed sections: “After”" in out
    assert out[-2].startswith("0 up to date, 2 outdated, 0 missing")
    assert out[-1].startswith("next: ")
    assert main(report_args) == 0, "without --strict, a report is not a failure"
    assert main(["translations", "--docs", str(docs), "mark", "page.md", "es"]) == 0
    capsys.readouterr()
    main(report_args)
    assert capsys.readouterr().out.splitlines()[1].split() == ["page.md", "up", "to", "date", "outdated"]


def test_cli_table_shows_the_short_state_labels_in_the_reader_s_language(
    docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from relcheck.cli import main

    (docs / "fr" / "page.md").unlink()
    assert main(["translations", "--docs", str(docs), "--scenarios", str(docs / "none"), "--lang", "fr"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].split() == ["page.md", "à", "jour", "manquant"]
    # The long label, which says what a reader of the site sees, is kept for the totals.
    assert "1 manquante (le texte anglais est affiché)" in out[-2]


@pytest.mark.parametrize("form", ["{docs}/es/page.md", "es/page.md", "page.md"])
def test_mark_accepts_the_page_as_a_writer_names_it(
    docs: Path, form: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from relcheck.cli import main

    monkeypatch.chdir(docs.parent)
    (docs / "en" / "page.md").write_text(ENGLISH.replace("Do this.", "Do this now."), encoding="utf-8")
    assert states(docs)[("page.md", "es")] == "outdated"
    target = form.format(docs=docs.name)
    assert main(["translations", "--docs", docs.name, "mark", target, "es"]) == 0
    assert (
        capsys.readouterr().out == f"{docs.name}/es/page.md: marked up to date with {docs.name}/en/page.md\n"
    )
    assert states(docs)[("page.md", "es")] == "up_to_date"


def test_an_up_to_date_report_ends_with_the_build_command(
    docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from relcheck.cli import main

    (docs / "ru").mkdir()
    assert main(["translations", "--docs", str(docs), "--scenarios", str(docs / "none"), "--lang", "fr"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert (
        last
        == "étape suivante\u00a0: générez le site pour voir les pages\u00a0: NO_MKDOCS_2_WARNING=1 .venv/bin/mkdocs build --strict"
    )
