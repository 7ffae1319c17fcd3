"""The problems of a check as log messages for the site build, in the words `relcheck check` prints."""

from __future__ import annotations

import io
from collections.abc import Iterator

from relcheck.reporters.text import TextReporter
from relcheck.result import CheckResult


def problem_lines(check: CheckResult) -> Iterator[str]:
    """One message per problem: the text reporter's line, with its indented explanation if any."""
    failing = CheckResult([file for file in check.files if not file.success])
    if not failing.files:
        return
    stream = io.StringIO()
    TextReporter(stream, "en").report(failing)
    lines = stream.getvalue().splitlines()[:-1]  # the last line is the summary
    message: list[str] = []
    for line in lines:
        if not line.startswith(" ") and message:
            yield "\n".join(message)
            message = []
        message.append(line)
    if message:
        yield "\n".join(message)
