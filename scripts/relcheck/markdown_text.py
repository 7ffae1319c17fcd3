"""Turn untrusted text (scenario titles, descriptions, reasons) into inert Markdown.

Scenario files are written by many hands; their text may contain `<`, `&`, Markdown, or an
attribute list. None of it may become markup, a link, a script or an attribute on the page: HTML
is escaped to entities, and every character that Python-Markdown or its extensions give a meaning
to is backslash-escaped. Line breaks collapse to spaces so that text cannot open a new block.
"""

from __future__ import annotations

import html
import re

# Python-Markdown's ESCAPED_CHARS plus the tables extension's '|': every character with a meaning inline
# that a backslash can neutralize (escaping any other character would leave the backslash visible).
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")


def inline(text: str) -> str:
    flat = " ".join(str(text).split())
    return _SPECIAL.sub(r"\\\1", html.escape(flat, quote=False))
