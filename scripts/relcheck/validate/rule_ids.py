"""Rule ids in expectations: which exist, and which belong to the scenario's edition.

The schema only checks the shape of a rule id (``G11``, ``MC2``), so that a new rule needs no schema
edit; the rule registry says which ids exist. ``allowed by G99`` names no rule, and ``allowed by V7``
in a worldwide scenario names a rule the engine never applies to that edition: both are reported
here, at the expectation's line, with the rules the reviewer can use instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from itertools import groupby
from typing import TYPE_CHECKING, Any

from relcheck.i18n import N_, Np_
from relcheck.quoting import with_and
from relcheck.result import Message
from relcheck.vocab.editions import EDITIONS

if TYPE_CHECKING:
    from relcheck.rules import Rule
from relcheck.vocab.flow import SECTIONS

_RULE_ID = re.compile(r"\b[A-Z]+[0-9]+\b")
EXPECTATION_SECTIONS = tuple(section.path for section in SECTIONS)


def _rules() -> Mapping[str, Rule]:
    """The rule registry, imported when a message needs it: the schema stage words its messages with
    these functions, and loading the schema must not build every rule."""
    from relcheck.rules import RULES

    return RULES


def edition_rules(edition: str) -> str:
    """The ids of an edition's rules, runs shortened: ``G1–G10``."""
    ids = [rule.id for rule in _rules().values() if rule.edition == edition]
    runs = []
    for _prefix, group in groupby(ids, key=lambda rule_id: rule_id.rstrip("0123456789")):
        members = list(group)
        runs.append(members[0] if len(members) == 1 else f"{members[0]}–{members[-1]}")
    return ", ".join(runs)


def unknown_rules_message(value: Any, edition: Any) -> Message | None:
    """For an expectation naming a rule that does not exist: which, and the rules of the edition."""
    if not isinstance(value, str):
        return None
    unknown = [rule_id for rule_id in _RULE_ID.findall(value) if rule_id not in _rules()]
    if not unknown:
        return None
    if not isinstance(edition, str) or not edition_rules(edition):
        singular, plural = Np_(
            "%(rules)s: no such rule; the rules are %(known)s",
            "%(rules)s: no such rules; the rules are %(known)s",
        )
        return Message(
            singular,
            {"rules": with_and(unknown), "known": ", ".join(edition_rules(e) for e in _editions())},
            plural,
            len(unknown),
        )
    singular, plural = Np_(
        "%(rules)s: no such rule; the rules of %(edition)s are %(known)s",
        "%(rules)s: no such rules; the rules of %(edition)s are %(known)s",
    )
    return Message(
        singular,
        {
            "rules": with_and(unknown),
            "edition": Message(EDITIONS[edition].name),
            "known": edition_rules(edition),
        },
        plural,
        len(unknown),
    )


def _editions() -> list[str]:
    return list(dict.fromkeys(edition for rule in _rules().values() for edition in (rule.edition,)))


def foreign_rules(scenario: Mapping[str, Any]) -> Iterator[tuple[tuple[str, ...], Message]]:
    """Each expectation of a valid scenario that names no rule, or a rule of the other edition, with
    the message."""
    edition = scenario["edition"]
    for section in EXPECTATION_SECTIONS:
        expectations: Any = scenario
        for step in section:
            expectations = expectations.get(step) if isinstance(expectations, Mapping) else None
        if not isinstance(expectations, Mapping):
            continue
        for key, value in expectations.items():
            if not isinstance(value, str):
                continue
            unknown = unknown_rules_message(value, edition)
            if unknown is not None:
                yield (*section, key), unknown
                continue
            for rule_id in _RULE_ID.findall(value):
                rule = _rules().get(rule_id)
                if rule is not None and rule.edition != edition:
                    yield (
                        (*section, key),
                        Message(
                            N_(
                                "%(rule)s is a rule of %(other)s; this scenario is about %(edition)s, whose rules are %(known)s"
                            ),
                            {
                                "rule": rule_id,
                                "other": Message(EDITIONS[rule.edition].name),
                                "edition": Message(EDITIONS[edition].name),
                                "known": edition_rules(edition),
                            },
                        ),
                    )
