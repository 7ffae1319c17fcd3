"""Plain text for a terminal or a CI log: one ``file:line:column: ...`` line per problem, then a summary."""

from __future__ import annotations

from relcheck.reporters.base import Reporter, location, mismatches
from relcheck.result import CheckResult


class TextReporter(Reporter):
    def report(self, result: CheckResult) -> None:
        write = self.stream.write
        for file in result.files:
            if file.success:
                continue
            for problem in file.errors:
                write(f"{location(file.path, problem.line, problem.column)}: {self.problem_text(problem)}\n")
            for verdict in mismatches(file):
                where = location(file.path, verdict.line, None)
                write(f"{where}: {verdict.pointer}: {self.mismatch_title(verdict)}\n")
                for line in self.explanation(verdict):
                    write(f"    {line}\n")
        write(self.summary(result) + "\n")
