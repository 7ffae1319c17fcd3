"""Scenario files that the contract must refuse: the catalog tests its refusals as well as its answers.

A file that opens with comment lines such as ``# refused: not one of`` states that the checker must
refuse it, each line naming words of one problem it must report (in English, as ``relcheck check``
prints them). Such a file passes when the checker refuses it with exactly those problems: each declared
problem is found, and no other. It fails when the file is accepted, when a declared problem is missing,
or when the checker finds one that was not declared; so a reviewer sees at once when the schema, the
consistency checks or the loader stop refusing what they should.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from relcheck.i18n import N_, render
from relcheck.quoting import quoted, quoted_list
from relcheck.result import Message, Problem

_DECLARATION = re.compile(r"^#\s*refused:\s*(\S.*?)\s*$")


def declared(text: str) -> tuple[str, ...]:
    """The problems the file's opening comment lines say it must be refused with (none: an ordinary file)."""
    found: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        match = _DECLARATION.match(stripped)
        if match:
            found.append(match[1])
    return tuple(found)


def judged(path: Path, expected: Sequence[str], problems: Sequence[Problem]) -> list[Problem]:
    """The problems a file that must be refused still has: none when it was refused exactly as declared."""
    if not problems:
        return [
            Problem(
                path,
                1,
                1,
                None,
                Message(
                    N_("the file says the checker must refuse it (%(expected)s), but it is accepted"),
                    {"expected": quoted_list(expected)},
                ),
            )
        ]
    texts = [_printed(problem) for problem in problems]
    unexpected = [p for p, text in zip(problems, texts, strict=True) if not any(e in text for e in expected)]
    missing = [
        Problem(
            path,
            1,
            1,
            None,
            Message(
                N_("the file says the checker must refuse it with %(expected)s, and no problem says so"),
                {"expected": quoted(words)},
            ),
        )
        for words in expected
        if not any(words in text for text in texts)
    ]
    return unexpected + missing


def _printed(problem: Problem) -> str:
    """A problem as `relcheck check` prints it after the file's name: its pointer, then its message."""
    text = render(problem.message)
    return text if problem.pointer is None else f"{problem.pointer or '/'}: {text}"
