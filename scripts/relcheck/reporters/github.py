"""GitHub Actions workflow commands: an ``::error`` annotation at the file and line of each finding."""

from __future__ import annotations

from relcheck.reporters.base import Reporter, mismatches
from relcheck.result import CheckResult


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


class GitHubReporter(Reporter):
    def report(self, result: CheckResult) -> None:
        for file in result.files:
            if file.success:
                continue
            for p in file.errors:
                self._annotate(str(file.path), p.line, p.column, self.problem_text(p))
            for v in mismatches(file):
                text = "\n".join([f"{v.pointer}: {self.mismatch_title(v)}", *self.explanation(v)])
                self._annotate(str(file.path), v.line, None, text)
        self.stream.write(self.summary(result) + "\n")

    def _annotate(self, path: str, line: int | None, column: int | None, text: str) -> None:
        props = [f"file={_property(path)}"]
        if line is not None:
            props.append(f"line={line}")
        if column is not None:
            props.append(f"col={column}")
        props.append("title=relcheck")
        self.stream.write(f"::error {','.join(props)}::{_data(text)}\n")
