"""Every example shown by ``--help`` runs as written, in a copy of the project."""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from relcheck.cli import build_parser
from tests.support import ROOT

HELPS = [[], ["check"], ["explain"], ["rules"], ["translations"], ["translations", "mark"]]


def examples() -> list[str]:
    """The ``relcheck ...`` lines of every help text, without their explanation."""
    found: list[str] = []
    for args in HELPS:
        parser = build_parser()
        for name in args:  # walk down to the subcommand's own parser
            action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
            parser = action.choices[name]
        for line in parser.format_help().splitlines():
            command = re.match(r"^  (relcheck .+?)(?:\s{2,}.*)?$", line)
            if command and command[1] not in found:
                found.append(command[1])
    return found


def test_the_help_texts_have_examples() -> None:
    assert len(examples()) >= 10


@pytest.mark.parametrize("example", examples())
def test_every_help_example_runs(example: str, tmp_path: Path) -> None:
    for folder in ("docs", "scenarios", "locales"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    command = example.replace("relcheck ", f"{sys.executable} -m relcheck ", 1)
    done = subprocess.run(command, shell=True, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert "Traceback" not in done.stderr, done.stderr
    allowed = (0, 1) if "--strict" in example else (0,)
    assert done.returncode in allowed, f"{example}: exit {done.returncode}\n{done.stdout[-500:]}{done.stderr}"
