"""Reporters turn a `CheckResult` into text for people or tools; `REPORTER_BY_NAME` feeds ``--format``."""

from __future__ import annotations

from relcheck.reporters.base import Reporter
from relcheck.reporters.github import GitHubReporter
from relcheck.reporters.json import JsonReporter
from relcheck.reporters.junit import JUnitReporter
from relcheck.reporters.sarif import SarifReporter
from relcheck.reporters.text import TextReporter

REPORTER_BY_NAME: dict[str, type[Reporter]] = {
    "text": TextReporter,
    "json": JsonReporter,
    "junit": JUnitReporter,
    "github": GitHubReporter,
    "sarif": SarifReporter,
}

__all__ = ["REPORTER_BY_NAME", "Reporter"]
