"""GitHub Actions workflow commands: an ``::error`` annotation at the file and line of each finding."""

from __future__ import annotations

from relcheck.reporters.base import Reporter
from relcheck.result import CheckResult


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


class GitHubReporter(Reporter):
    def report(self, result: CheckResult) -> None:
        for finding in self.findings(result):
            props = [f"file={_property(str(finding.path))}"]
            if finding.line is not None:
                props.append(f"line={finding.line}")
            if finding.column is not None:
                props.append(f"col={finding.column}")
            props.append("title=relcheck")
            text = "\n".join([finding.text, *finding.details])
            self.stream.write(f"::error {','.join(props)}::{_data(text)}\n")
        self.stream.write(self.summary(result) + "\n")
