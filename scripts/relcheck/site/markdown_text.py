"""Turn untrusted text (scenario titles, descriptions, reasons) into inert Markdown.

Scenario files are written by many hands; their text may contain `<`, `&`, Markdown, or an
attribute list. None of it may become markup, a link, a script or an attribute on the page: HTML
is escaped to entities, and every character that can open inline markup in the site's Markdown
extensions is backslash-escaped. Line breaks collapse to spaces so that text cannot open a new
block, and a start that would open a block (a heading, a list item) is escaped too.

Only the characters that can start inline markup are escaped (a backslash before any other
character stays visible, and every escape costs Python-Markdown a placeholder): `(`, `)` and `!`
only act after `]`, and `#`, `.` and `:` only inside `{...}` or at the start of a line.
"""

from __future__ import annotations

import html
import re

ASCII_SPACE = re.compile(r"[ \t\r\n\f\v]+")
INLINE_SPECIAL = re.compile(r"([\\`*_{}\[\]|])")
# At the start of a line, a character that opens a block: a heading, a list item, an admonition
# (`!!!`), a collapsible block (`???`), or an ordered list (`1.`, `2)`): written as a character
# reference, which Markdown shows as the character and never reads as syntax.
BLOCK_START = re.compile(r"^(?:[#+\-!?]|\d+([.)]))")


def _reference(char: str) -> str:
    return f"&#{ord(char)};"


def inline(text: str) -> str:
    flat = ASCII_SPACE.sub(" ", str(text)).strip(" ")  # a no-break space is part of the text
    escaped = INLINE_SPECIAL.sub(r"\\\1", html.escape(flat, quote=False))
    start = BLOCK_START.match(escaped)
    if start is None:
        return escaped
    if start[1]:  # "1. text": the digits stay, the full stop or parenthesis becomes a reference
        return escaped[: start.start(1)] + _reference(start[1]) + escaped[start.end(1) :]
    return _reference(escaped[0]) + escaped[1:]
