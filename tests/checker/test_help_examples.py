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


def parsers(
    parser: argparse.ArgumentParser | None = None, path: tuple[str, ...] = ()
) -> dict[tuple[str, ...], argparse.ArgumentParser]:
    """The parser of ``relcheck`` and of each of its subcommands, at any depth, by command path."""
    parser = parser or build_parser()
    found = {path: parser}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.update(parsers(sub, (*path, name)))
    return found


def examples_of(parser: argparse.ArgumentParser) -> list[str]:
    """The ``relcheck ...`` lines of a help text, without their explanation."""
    found: list[str] = []
    for line in parser.format_help().splitlines():
        command = re.match(r"^  (relcheck .+?)(?:\s{2,}.*)?$", line)
        if command and command[1] not in found:
            found.append(command[1])
    return found


def examples() -> list[str]:
    """Every example of every help text, once."""
    return list(dict.fromkeys(e for parser in parsers().values() for e in examples_of(parser)))


SUBCOMMANDS = [path for path in parsers() if path]


def test_the_walk_reaches_every_level_of_subcommands() -> None:
    assert {("check",), ("explain",), ("rules",), ("translations",), ("translations", "mark")} <= set(
        SUBCOMMANDS
    )


@pytest.mark.parametrize("path", SUBCOMMANDS, ids=" ".join)
def test_each_subcommand_s_help_shows_examples_of_that_subcommand(path: tuple[str, ...]) -> None:
    """`relcheck X --help` teaches X: its examples run X, and not only other commands."""
    command = " ".join(("relcheck", *path))
    shown = examples_of(parsers()[path])
    assert shown, f"`{command} --help` shows no example"
    own = [e for e in shown if e == command or e.startswith(f"{command} ")]
    assert own, f"`{command} --help` shows no example of {command}: {shown}"
    others = [e for e in shown if e not in own and not e.startswith(f"{command} ")]
    assert not others, f"`{command} --help` shows examples of other commands: {others}"


def test_the_top_level_help_shows_an_example_of_each_command() -> None:
    shown = examples_of(parsers()[()])
    for (name,) in [path for path in SUBCOMMANDS if len(path) == 1]:
        assert any(e.split()[1] == name for e in shown), name


@pytest.mark.parametrize("example", examples())
def test_every_help_example_runs(example: str, tmp_path: Path) -> None:
    for folder in ("docs", "scenarios", "locales"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    command = example.replace("relcheck ", f"{sys.executable} -m relcheck ", 1)
    done = subprocess.run(command, shell=True, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert "Traceback" not in done.stderr, done.stderr
    allowed = (0, 1) if "--strict" in example else (0,)
    assert done.returncode in allowed, f"{example}: exit {done.returncode}\n{done.stdout[-500:]}{done.stderr}"
    # It did something a reader can see: output, or the file it was sent to.
    redirect = re.search(r"> (\S+)$", example)
    output = (tmp_path / redirect[1]).read_text(encoding="utf-8") if redirect else done.stdout
    assert output.strip(), f"{example}: printed nothing"
