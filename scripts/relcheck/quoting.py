"""A value named inside a message (a field, a rule id, an answer a file wrote), in the quotation marks of
the reader's language: “yes by G1” in English, «yes by G1» in Spanish, Italian and Russian, « yes by G1 »
in French. The marks are a translation like any other (the msgid ``“%(text)s”``)."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

from relcheck.i18n import N_
from relcheck.result import Message

QUOTED = N_("“%(text)s”")
LISTED = N_("%(before)s, %(after)s")
AND = N_("%(before)s and %(after)s")


def quoted(text: object) -> Message:
    return Message(QUOTED, {"text": str(text)})


def joined(parts: Sequence[Message | str], separator: str = LISTED) -> Message | str:
    """Texts joined two by two with a separator each language writes its own way (a msgid with
    ``%(before)s`` and ``%(after)s``: "%(before)s; %(after)s" takes a no-break space in French)."""
    if not parts:
        return ""
    return functools.reduce(
        lambda before, after: Message(separator, {"before": before, "after": after}), parts
    )


def with_and(items: Sequence[str]) -> Message | str:
    """Items joined by commas, the last two by the language's "and": "G97, G98 and G99"."""
    if len(items) < 2:
        return "".join(items)
    return Message(AND, {"before": ", ".join(items[:-1]), "after": items[-1]})


def quoted_list(texts: Iterable[object]) -> Message | str:
    """Each text quoted, joined with the language's list separator."""
    return joined([quoted(text) for text in texts])
