"""Plain text for a terminal or a CI log: one ``file:line:column: ...`` line per problem, then a summary."""

from __future__ import annotations

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
