"""Every scenario file names the published schema on its first line, for the author's editor.

With the modeline, yaml-language-server (VS Code's YAML extension, and other editors) checks the file
against the schema while it is typed; `relcheck check` reads it as a comment.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from relcheck.vocab.published import MODELINE
from tests.support import ROOT, SHIPPED, VALID


@pytest.mark.parametrize("path", [*SHIPPED, *VALID], ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_scenario_file_starts_with_the_modeline(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == MODELINE, f"{path.relative_to(ROOT)}: the first line must be {MODELINE!r}, not {first!r}"


def test_the_readme_s_scenario_file_starts_with_the_modeline() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"### A scenario file\n\n```yaml\n(.*?)```", readme, re.S)
    assert example is not None, "README.md: the section 'A scenario file' and its yaml block"
    assert example[1].splitlines()[0] == MODELINE
