"""A value named inside a message (a field, a rule id, an answer a file wrote), in the quotation marks of
the reader's language: “yes by G1” in English, «yes by G1» in Spanish, Italian and Russian, « yes by G1 »
in French. The marks are a translation like any other (the msgid ``“%(text)s”``)."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from relcheck.i18n import N_
from relcheck.result import Message

QUOTED = N_("“%(text)s”")
LISTED = N_("%(before)s, %(after)s")


def quoted(text: object) -> Message:
    return Message(QUOTED, {"text": str(text)})


def quoted_list(texts: Iterable[object]) -> Message | str:
    """Each text quoted, joined with the language's list separator."""
    parts: list[Message | str] = [quoted(text) for text in texts]
    if not parts:
        return ""
    return functools.reduce(lambda before, after: Message(LISTED, {"before": before, "after": after}), parts)
