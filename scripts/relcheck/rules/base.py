"""What a rule is, what it can find, and the helpers the two editions' rules share.

A rule is one documented fact (G1–G10 worldwide, V1–V11 for 21Vianet, MC1–MC2 from Microsoft's
multi-channel companion page), with the paragraph of our site that states it and its `cases`: data, not
code (see `relcheck.rules.logic`), so that the checker and the "Check your situation" page evaluate the
same definition. For one answer key, the first case whose condition holds gives the finding; a case
with no finding, or no case at all, means the rule has nothing to say about that case. A finding takes
one of four stances:

- ``for``: the source makes the answer Yes (or Allowed, or gives the value in `Finding.value`);
- ``against``: the source makes it No (or Blocked);
- ``unknown``: the source leaves this case open in a way that must not be read as Yes (a link the
  partner changed: the source says to keep it, not what happens otherwise); it outweighs ``for``;
- ``silent``: the rule only explains why the source does not decide; used when nothing else does.

The engine (`relcheck.engine`) turns the findings into an answer; the audit table on the site is
rendered from `Rule.says`, `Rule.decides_text` and `Rule.leaves`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from json_logic.builtins import to_bool

from relcheck.result import Message
from relcheck.rules.logic import ALWAYS, Compiled, Logic, all_of, compile_logic, fact, key_is, not_
from relcheck.vocab.labels import services_list

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


@dataclass(frozen=True)
class Says:
    """A finding as a rule declares it: its stance, its reason's msgid, and the value it gives."""

    stance: Stance
    msgid: str
    value: str | None = None
    # The one reason with a parameter (V9) names services: a JSON Logic list, shown as %(services)s.
    services: Logic | None = None
    _services: Compiled | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        compiled = None if self.services is None else compile_logic(self.services)
        object.__setattr__(self, "_services", compiled)

    def finding(self, data: Mapping[str, Any]) -> Finding:
        params: dict[str, str | int | Message] = {}
        if self._services is not None:
            params["services"] = services_list(self._services(data))
        return Finding(self.stance, Message(self.msgid, params), self.value)


@dataclass(frozen=True)
class Case:
    """When `when` holds, the rule says `says` (or nothing, when it is None)."""

    when: Logic
    says: Says | None
    test: Compiled = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "test", compile_logic(self.when))


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
    cases: tuple[Case, ...]

    @property
    def anchor(self) -> str:
        return "rule-" + self.id.lower()

    def check(self, facts: Mapping[str, Any], key: str) -> Finding | None:
        """What the rule says about `key` for these facts (see `relcheck.rules.logic.facts`)."""
        return self.check_data({**facts, "key": key})

    def check_data(self, data: Mapping[str, Any]) -> Finding | None:
        """`check`, for facts that already hold the key (the engine makes that mapping once per key)."""
        for case in self.cases:
            if to_bool(case.test(data)):
                return None if case.says is None else case.says.finding(data)
        return None


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
        cases: tuple[Case, ...],
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
            cases,
        )


def when(condition: Logic, says: Says | None) -> Case:
    return Case(condition, says)


def otherwise(says: Says | None) -> Case:
    return Case(ALWAYS, says)


def grant(msgid: str) -> Says:
    """The source makes the answer Yes / Allowed."""
    return Says("for", msgid)


def refuse(msgid: str, *, services: Logic | None = None) -> Says:
    """The source makes the answer No / Blocked."""
    return Says("against", msgid, services=services)


def unknown(msgid: str) -> Says:
    """The source leaves this case open; the answer is Not stated even if another rule says Yes."""
    return Says("unknown", msgid)


def silent(msgid: str) -> Says:
    """Why the source does not decide this case; shown when no other rule decides it either."""
    return Says("silent", msgid)


def value(answer: str, msgid: str) -> Says:
    """The source gives this value (an admin portal, an agreement)."""
    return Says("for", msgid, answer)


@dataclass(frozen=True)
class LinkTexts:
    """One edition's words for its invitation link: the link changed (what the instructions say, and
    why acceptance is then open), and the email sent with its text edited or as it was written."""

    changed: str
    acceptance_open: str
    edited: str
    unchanged: str


def invitation_link(texts: LinkTexts) -> tuple[Case, ...]:
    """Both editions: the email's text may be edited and its link must be kept. Neither source says what
    a changed link leads to, so a changed link is No to the instructions and leaves acceptance open."""
    return (
        when(all_of(key_is("acceptance"), fact("link_intact")), None),
        when(key_is("acceptance"), unknown(texts.acceptance_open)),
        when(not_(fact("link_intact")), refuse(texts.changed)),
        when(fact("email_edited"), grant(texts.edited)),
        otherwise(grant(texts.unchanged)),
    )
