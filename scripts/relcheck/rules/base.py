"""What a rule is, what it can find, and the helpers the two editions' rules share.

A rule is one documented fact (G1–G10 worldwide, V1–V11 for 21Vianet, MC1–MC2 from Microsoft's
multi-channel companion page), with the paragraph of our site that states it and a `check` that looks
at a scenario's facts for one answer key. A check returns a `Finding`, or ``None`` when the rule has
nothing to say about that case. A finding takes one of four stances:

- ``for``: the source makes the answer Yes (or Allowed, or gives the value in `Finding.value`);
- ``against``: the source makes it No (or Blocked);
- ``unknown``: the source leaves this case open in a way that must not be read as Yes (a link the
  partner changed: the source says to keep it, not what happens otherwise); it outweighs ``for``;
- ``silent``: the rule only explains why the source does not decide; used when nothing else does.

The engine (`relcheck.engine`) turns the findings into an answer; the audit table on the site is
rendered from `Rule.says`, `Rule.decides_text` and `Rule.leaves`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from relcheck.facts import Facts
from relcheck.result import Message

Stance = Literal["for", "against", "unknown", "silent"]
Source = Literal["procedure", "companion"]
# What a rule can give, for the coverage table: a verdict, a value (for keys answered with one), or a
# reason why its source leaves the answer open.
Gives = Literal["yes", "no", "allowed", "blocked", "value", "not_stated"]


@dataclass(frozen=True)
class Finding:
    """What one rule says about one answer key."""

    stance: Stance
    reason: Message
    value: str | None = None  # for keys answered with a value (the acceptance portal, the agreement)


Check = Callable[[Facts, str], "Finding | None"]


@dataclass(frozen=True)
class Rule:
    """One documented rule; its texts are English msgids, rendered in the reader's language."""

    id: str
    edition: str
    page: str  # docs-relative page that states it, the same in every language
    source: Source  # the procedure page itself, or a Microsoft companion page
    statement: str  # the rule in one sentence
    says: str  # audit: what the source says, in our words
    decides_text: str  # audit: what the checker decides from it
    leaves: str  # audit: what it leaves as not stated
    keys: frozenset[str]  # the answer keys it can decide
    gives: frozenset[Gives]  # the outcomes it can give, for the coverage table
    check: Check = field(repr=False, compare=False)

    @property
    def anchor(self) -> str:
        return "rule-" + self.id.lower()


@dataclass(frozen=True)
class RuleBook:
    """The rules of one source page: the edition and page are declared here once for all of them."""

    edition: str
    page: str
    source: Source = "procedure"

    def rule(
        self,
        rule_id: str,
        *,
        statement: str,
        says: str,
        decides: str,
        leaves: str,
        keys: tuple[str, ...],
        gives: tuple[Gives, ...],
        check: Check,
    ) -> Rule:
        return Rule(
            rule_id,
            self.edition,
            self.page,
            self.source,
            statement,
            says,
            decides,
            leaves,
            frozenset(keys),
            frozenset(gives),
            check,
        )


def grant(msgid: str, **params: str | int | Message) -> Finding:
    """The source makes the answer Yes / Allowed."""
    return Finding("for", Message(msgid, params))


def refuse(msgid: str, **params: str | int | Message) -> Finding:
    """The source makes the answer No / Blocked."""
    return Finding("against", Message(msgid, params))


def unknown(msgid: str, **params: str | int | Message) -> Finding:
    """The source leaves this case open; the answer is Not stated even if another rule says Yes."""
    return Finding("unknown", Message(msgid, params))


def silent(msgid: str, **params: str | int | Message) -> Finding:
    """Why the source does not decide this case; shown when no other rule decides it either."""
    return Finding("silent", Message(msgid, params))


def value(answer: str, msgid: str, **params: str | int | Message) -> Finding:
    """The source gives this value (an admin portal, an agreement)."""
    return Finding("for", Message(msgid, params), answer)


@dataclass(frozen=True)
class LinkTexts:
    """One edition's words for its invitation link: the link changed (what the instructions say, and
    why acceptance is then open), and the email sent with its text edited or as it was written."""

    changed: str
    acceptance_open: str
    edited: str
    unchanged: str


def invitation_link(f: Facts, key: str, texts: LinkTexts) -> Finding | None:
    """Both editions: the email's text may be edited and its link must be kept. Neither source says what
    a changed link leads to, so a changed link is No to the instructions and leaves acceptance open."""
    if key == "acceptance":
        return None if f.link_intact else unknown(texts.acceptance_open)
    if not f.link_intact:
        return refuse(texts.changed)
    return grant(texts.edited if f.email_edited else texts.unchanged)
