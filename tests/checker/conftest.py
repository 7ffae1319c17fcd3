"""Fixtures for the checker's tests: an in-process ``relcheck`` runner."""

from __future__ import annotations

import importlib.util
import os

import pytest

from tests.support import RunCli, run_relcheck


@pytest.fixture
def relcheck() -> RunCli:
    """Run ``relcheck`` in this process with the given arguments; exit code and captured output."""
    return run_relcheck


# The rules are data built when relcheck.rules is imported. Mutation testing maps each function to the
# tests that call it while it collects its statistics (MUTANT_UNDER_TEST=stats); a function that only
# runs at import would be mapped to the one test that happened to import relcheck first, and its mutants
# run against that test alone. While statistics are collected, each test therefore builds the rules
# again (in a fresh namespace: the imported modules are left as they are), so that every checker test
# is mapped to the functions that build them.
_RULE_MODULES = ("relcheck.rules.worldwide", "relcheck.rules.vianet", "relcheck.rules.companion")


@pytest.fixture(autouse=True)
def _rules_built_in_each_test_while_mutation_statistics_are_collected() -> None:
    if os.environ.get("MUTANT_UNDER_TEST") == "stats":
        for module in _RULE_MODULES:
            spec = importlib.util.find_spec(module)
            assert spec is not None and spec.loader is not None
            code = spec.loader.get_code(module)  # type: ignore[attr-defined]
            exec(code, {"__name__": f"{module}.__rebuilt__", "__package__": "relcheck.rules"})
