"""Plain text for a terminal or a CI log: one ``file:line:column: ...`` line per problem, then a summary."""

from __future__ import annotations

import io
from collections.abc import Iterator

from relcheck.i18n import DEFAULT_LANGUAGE
from relcheck.reporters.base import Finding, Reporter, location
from relcheck.result import CheckResult


class TextReporter(Reporter):
    def report(self, result: CheckResult) -> None:
        for finding in self.findings(result):
            self.stream.write("\n".join(self.lines(finding)) + "\n")
        self.stream.write(self.summary(result) + "\n")

    @staticmethod
    def lines(finding: Finding) -> list[str]:
        """The finding's line, then its explanation indented beneath it."""
        head = f"{location(finding.path, finding.line, finding.column)}: {finding.text}"
        return [head, *(f"    {line}" for line in finding.details)]


def problem_lines(check: CheckResult) -> Iterator[str]:
    """The problems of a check as log messages (for the site build), in the words `relcheck check` prints:
    one message per finding, the text reporter's line with its indented explanation if any."""
    reporter = TextReporter(io.StringIO(), DEFAULT_LANGUAGE)
    for finding in reporter.findings(check):
        yield "\n".join(reporter.lines(finding))
