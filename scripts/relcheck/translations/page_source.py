"""Read and rewrite a page's front matter, and fingerprint its English text section by section.

The fingerprint ignores changes of whitespace alone (reflowing a paragraph, trailing spaces, blank
lines), so that only a change a translator has to carry over makes a translation outdated.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n---[ \t]*\n", re.S)
HEADING = re.compile(r"^(#{1,6})[ \t]+(?P<text>.+?)[ \t]*#*[ \t]*$")
ATTR_LIST = re.compile(r"\s*\{:?[^}]*\}\s*$")


class PageError(ValueError):
    """A page that cannot be read (its bytes, or its front matter); the message names the file."""


@dataclass(frozen=True)
class PageText:
    meta: dict[str, Any]
    body: str


def split_front_matter(text: str) -> PageText:
    match = FRONT_MATTER.match(text)
    if not match:
        return PageText({}, text)
    try:
        meta = yaml.safe_load(match["body"]) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f"{mark.line + 2}: " if mark is not None else ""  # + the opening "---" line, 1-based
        raise PageError(
            f"{line}the front matter is not valid YAML ({getattr(error, 'problem', error)})"
        ) from None
    if not isinstance(meta, dict):
        raise PageError("2: the front matter is not a mapping")
    return PageText(meta, text[match.end() :])


def read_page(path: Path) -> PageText:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise PageError(f"{path}: not UTF-8 (byte {error.start})") from None
    except OSError as error:
        raise PageError(f"{path}: cannot be read ({error.strerror})") from None
    try:
        return split_front_matter(text)
    except PageError as error:
        raise PageError(f"{path}:{error}") from None


def _digest(text: str) -> str:
    normalized = " ".join(text.split())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:16]


def content_hash(body: str) -> str:
    """Hash of a page's text, blind to whitespace-only changes."""
    return _digest(body)


def section_hashes(body: str) -> dict[str, str]:
    """{heading text: hash of the section under it}; text before the first heading is '(top)'."""
    sections: dict[str, list[str]] = {"(top)": []}
    current = "(top)"
    for line in body.splitlines():
        heading = HEADING.match(line)
        if heading:
            current = ATTR_LIST.sub("", heading["text"]).strip()
            sections.setdefault(current, [])
        sections[current].append(line)
    return {name: _digest("\n".join(lines)) for name, lines in sections.items() if "".join(lines).strip()}


def with_front_matter(text: str, updates: dict[str, Any]) -> str:
    """Return the page text with `updates` merged into its front matter; the body is left untouched."""
    page = split_front_matter(text)
    meta = {**page.meta, **updates}
    dumped = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{dumped}---\n{page.body}"
