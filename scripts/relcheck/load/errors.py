"""The one error a scenario file raises while it is read and loaded, before the schema is checked."""

from __future__ import annotations

from dataclasses import dataclass

from relcheck.result import Message


@dataclass
class ParseError(Exception):
    """A file that cannot be read or loaded as one YAML document: what is wrong, and where.

    `line` and `column` are 1-based, ``None`` when the fault has no place in the file (a missing or
    unreadable file, one that is too large).
    """

    message: Message
    line: int | None = None
    column: int | None = None
