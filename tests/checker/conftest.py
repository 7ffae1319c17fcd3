"""Fixtures for the checker's tests: the project's paths and an in-process ``relcheck`` runner."""

from __future__ import annotations

import io
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from relcheck.cli import main

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ROOT / "scenarios"
DATA = ROOT / "tests" / "data" / "scenarios"
VALID = sorted((DATA / "valid").glob("*.yaml"))
INVALID = sorted((DATA / "invalid").glob("*.yaml"))
SHIPPED = sorted(SCENARIOS.glob("*.yaml"))


@dataclass
class Run:
    code: int
    out: str
    err: str


RunCli = Callable[..., Run]


@pytest.fixture
def relcheck() -> RunCli:
    """Run ``relcheck`` in this process with the given arguments; exit code and captured output."""

    def run(*args: str | Path) -> Run:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main([str(a) for a in args])
            except SystemExit as exc:  # argparse exits for usage errors and --help
                code = int(exc.code or 0)
        return Run(code, out.getvalue(), err.getvalue())

    return run


def expected_message(path: Path) -> str:
    """The text an invalid data file must produce, from its first line ``# expect: ...``."""
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# expect: "), f"{path.name} must start with '# expect: '"
    return first.removeprefix("# expect: ")
