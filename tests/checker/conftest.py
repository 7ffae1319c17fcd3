"""Fixtures for the checker's tests: an in-process ``relcheck`` runner."""

from __future__ import annotations

import pytest

from tests.support import RunCli, run_relcheck


@pytest.fixture
def relcheck() -> RunCli:
    """Run ``relcheck`` in this process with the given arguments; exit code and captured output."""
    return run_relcheck
