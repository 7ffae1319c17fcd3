"""`relcheck translations mark FILE LANG` on a scenario: only its recorded hash changes.

The file's first line (the modeline that points editors at the schema), its comments and its layout
stay as the author wrote them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from relcheck.cli import main
from relcheck.translations.scenarios import english_text_hash
from relcheck.vocab.published import MODELINE
from tests.support import SCENARIOS

NAME = "21vianet-reused-link.yaml"


@pytest.fixture
def scenario(tmp_path: Path) -> Path:
    path = tmp_path / "scenarios" / NAME
    path.parent.mkdir()
    shutil.copy(SCENARIOS / NAME, path)
    text = path.read_text(encoding="utf-8")
    assert "\nedition: 21vianet\n" in text and '  en: "One link for every customer"' in text
    text = text.replace(
        "\nedition: 21vianet\n", "\n# the author's note\nedition: 21vianet  # why this edition\n", 1
    )
    path.write_text(
        text.replace('  en: "One link for every customer"', '  en: "One link, every customer"'), "utf-8"
    )
    return path


def changed_lines(before: str, after: str) -> list[tuple[str, str]]:
    old, new = before.splitlines(), after.splitlines()
    assert len(old) == len(new)
    return [(a, b) for a, b in zip(old, new, strict=True) if a != b]


def test_marking_a_scenario_keeps_the_modeline_and_the_comments(
    scenario: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import yaml

    before = scenario.read_text(encoding="utf-8")
    assert before.startswith(MODELINE + "\n")
    assert main(["translations", "mark", str(scenario), "es"]) == 0
    assert (
        capsys.readouterr().out
        == f"{scenario}: es marked up to date with the English title and description\n"
    )
    after = scenario.read_text(encoding="utf-8")
    fresh = english_text_hash(yaml.safe_load(after))
    assert changed_lines(before, after) == [("  es: ae129343facc8bc5", f"  es: {fresh}")]
    assert after.splitlines()[0] == MODELINE
    assert "# the author's note\nedition: 21vianet  # why this edition\n" in after


def test_marking_a_scenario_that_recorded_nothing_yet_adds_the_block_at_the_end(scenario: Path) -> None:
    text = scenario.read_text(encoding="utf-8")
    block = text.index("translated_from:")
    scenario.write_text(text[:block], encoding="utf-8")  # the block is the file's last one
    assert main(["translations", "mark", str(scenario), "fr"]) == 0
    after = scenario.read_text(encoding="utf-8")
    assert after.startswith(text[:block])
    assert after.splitlines()[0] == MODELINE
    assert after.removeprefix(text[:block]).splitlines()[0] == "translated_from:"
