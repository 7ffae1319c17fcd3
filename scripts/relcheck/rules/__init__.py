"""The documented rules, one definition each: id, editions, the paragraph that states it, and its check.

The framework is here; the rules themselves are in `relcheck.rules.worldwide` (G1–G10) and
`relcheck.rules.vianet` (V1–V11), registered in that order, which is the display order.

The ids are the fact sheet's: G1–G10 for Partner Center worldwide (the ``global`` edition, including the
national clouds), V1–V11 for Partner Center operated by 21Vianet (the ``21vianet`` edition). Each rule
names the verdict keys it can decide (`Rule.decides`); its `check` returns a `Finding` (allowed or
blocked, with the reason in a partner's words) or ``None`` when the scenario gives it nothing to say.
The engine combines the findings; the site links each rule to ``page#anchor`` in the reader's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from relcheck.facts import Facts
from relcheck.i18n import N_
from relcheck.labels import ACTIONS
from relcheck.result import Message

GLOBAL_PAGE = "request-reseller-relationship.md"
VIANET_PAGE = "request-reseller-relationship-21vianet.md"
PORTALS = {
    "public": N_("Microsoft 365 admin center"),
    "us_government": N_("Microsoft Office admin portal"),
    "germany": N_("Microsoft Office admin portal"),
    "21vianet": N_("Office 365 admin center operated by 21Vianet"),
}


@dataclass(frozen=True)
class Finding:
    """What one rule says about one verdict key."""

    outcome: Literal["allowed", "blocked"]
    reason: Message
    detail: Message | None = None


Check = Callable[[Facts, str], "Finding | None"]


@dataclass(frozen=True)
class Rule:
    """One documented rule. `statement` is the English msgid of its one-line statement."""

    id: str
    editions: tuple[str, ...]
    page: str
    anchor: str
    statement: str
    decides: frozenset[str]
    check: Check = field(repr=False, compare=False)


RULES: dict[str, Rule] = {}


def rule(rule_id: str, statement: str, *decides: str) -> Callable[[Check], Check]:
    """Register the decorated check as rule `rule_id`; G rules are global, V rules 21Vianet."""
    edition, page = ("global", GLOBAL_PAGE) if rule_id.startswith("G") else ("21vianet", VIANET_PAGE)

    def register(check: Check) -> Check:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id} is defined twice")
        RULES[rule_id] = Rule(
            rule_id, (edition,), page, "rule-" + rule_id.lower(), statement, frozenset(decides), check
        )
        return check

    return register


def allow(msgid: str, detail: Message | None = None, **params: str | int | Message) -> Finding:
    return Finding("allowed", Message(msgid, params), detail)


def block(msgid: str, detail: Message | None = None, **params: str | int | Message) -> Finding:
    return Finding("blocked", Message(msgid, params), detail)


def duties_after_revocation(f: Facts, duties_remain: str) -> Finding | None:
    """Both editions: after the customer removes the partner's permissions, its duties stay until the
    agreement is renegotiated. `duties_remain` says which duties, in the edition's words."""
    if not f.revoked:
        return None
    if f.renegotiated:
        return allow(
            N_("You and the customer renegotiated your agreement, so your duties are those you agreed anew.")
        )
    return block(duties_remain)


def invitation_link(f: Facts, link_changed: str, text_edited: str, unchanged: str) -> Finding:
    """Both editions: the email's text may be edited, its link may not. The three texts are the
    edition's own words for a changed link, an edited text, and an email sent as it was."""
    if not f.link_intact:
        return block(link_changed)
    return allow(text_edited if f.email_edited else unchanged)


def action_label(key: str) -> Message:
    """The reader's name of the action in a verdict key such as ``action.remove_seats``."""
    return Message(ACTIONS[key.partition(".")[2]])


# The rules register themselves when their modules are imported; they use the helpers above, hence last.
from relcheck.rules import vianet, worldwide  # noqa: E402, F401

for _id in sorted(RULES, key=lambda r: (r[0] != "G", int(r[1:]))):  # display order: G1..G10, V1..V11
    RULES[_id] = RULES.pop(_id)
