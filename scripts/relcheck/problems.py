"""The problems of a check as log messages for the site build, in the words `relcheck check` prints."""

from __future__ import annotations

import io
from collections.abc import Iterator

from relcheck.reporters.text import TextReporter
from relcheck.result import CheckResult


def problem_lines(check: CheckResult) -> Iterator[str]:
    """One message per finding: the text reporter's line, with its indented explanation if any."""
    reporter = TextReporter(io.StringIO(), "en")
    for finding in reporter.findings(check):
        yield "\n".join(reporter.lines(finding))
