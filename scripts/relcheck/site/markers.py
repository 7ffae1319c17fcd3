"""Find the `<!-- relcheck:NAME [ARG] -->` markers in a page's Markdown and replace them.

Pages say where generated content goes; this module knows nothing about what goes there. A marker
that no handler knows is an error, so that a typo in a page cannot silently render nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

MARKER = re.compile(r"<!--\s*relcheck:(?P<name>[a-z][a-z-]*)(?:\s+(?P<arg>[^\s>]+))?\s*-->")


@dataclass(frozen=True)
class Marker:
    name: str
    arg: str | None
    line: int  # 1-based line of the marker in the page
    indent: str  # leading whitespace of the line, so block output can keep its container (admonition)


class MarkerError(ValueError):
    """A marker that cannot be rendered; the message names the line."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"line {line}: {reason}")
        self.line = line
        self.reason = reason


Handler = Callable[[Marker], str]


def replace_markers(markdown: str, handlers: Mapping[str, Handler]) -> str:
    """Return the Markdown with every marker replaced by its handler's output.

    A handler's output of several lines is indented like the marker's own line, so content rendered
    inside an admonition or a list item stays inside it.
    """
    out: list[str] = []
    for lineno, line in enumerate(markdown.splitlines(keepends=True), 1):
        if "relcheck:" not in line:
            out.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]

        def substitute(match: re.Match[str], lineno: int = lineno, indent: str = indent) -> str:
            name = match["name"]
            handler = handlers.get(name)
            if handler is None:
                known = ", ".join(sorted(handlers))
                raise MarkerError(lineno, f"unknown marker 'relcheck:{name}' (known: {known})")
            rendered = handler(Marker(name, match["arg"], lineno, indent))
            return rendered.replace("\n", "\n" + indent) if indent else rendered

        out.append(MARKER.sub(substitute, line))
    return "".join(out)
