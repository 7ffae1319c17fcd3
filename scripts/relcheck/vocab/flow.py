"""The flow of a scenario's answers, as data: what is asked and in which order, where each answer's
expectation sits in the file, how the findings of the rules combine into one answer, and where the flow
ends.

The checker's engine (`relcheck.engine`) interprets this data, and so does the "Check your situation"
page (``engine.js``), which receives it with the rules (`relcheck.rules.export`, `document`). Neither
side decides anything about the flow of its own.

- **Answer keys and sections.** The file holds its expectations in four sections (`SECTIONS`). A
  section either asks fixed questions, whose key is the question's name (``expect/may_send`` answers
  ``may_send``), or holds the actions the file names, whose key is the section's prefix and the action
  (``after_acceptance/provision`` answers ``action.provision``). The sections are asked in this order,
  each in its own order: the questions as listed here, the actions as the file lists them.
- **Kinds.** A question is answered Yes or No, or with a value (an admin portal, an agreement); an
  action is Allowed or Blocked (`OUTCOMES`).
- **Combination.** For one key, the stance that comes first in `PRECEDENCE` among the findings of the
  edition's rules decides: against, then unknown, then for, then silent. It names every rule that took
  that stance, with their reasons, and gives the outcome `OUTCOMES` says for the key's kind and that
  stance (`VALUE`: the value of the first finding). Without any finding the answer is Not stated, for
  the reason `NO_RULE`.
- **Gates.** The flow stops where the relationship cannot be assumed to exist: after a No to "can you
  send the request?" or to the permission choice (a request the source does not refuse can be sent: Not
  stated goes on), and after anything but Yes to "can the customer accept?" (an acceptance the source
  does not confirm cannot be assumed). Every later answer is Not reached, for the reason `NOT_REACHED`
  naming the answer that ended the flow: no answer is given for a step the partner cannot reach.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from relcheck.i18n import N_

Kind = Literal["yes_no", "value", "allowed_blocked"]

# The questions of the request, in the order the flow asks them, and how each is answered.
QUESTIONS: dict[str, Kind] = {
    "may_send": "yes_no",
    "permission_option": "yes_no",
    "invitation_link": "yes_no",
    "acceptance_portal": "value",
    "acceptance": "yes_no",
    "mca_prompt": "yes_no",
    "partner_review": "yes_no",
    "multichannel_limit": "yes_no",
}
# The questions asked once the customer has removed the partner's permissions.
REVOCATION_QUESTIONS: dict[str, Kind] = {
    "relationship_in_force": "yes_no",
    "support_duty": "yes_no",
    "binding_agreement": "value",
}


@dataclass(frozen=True)
class Section:
    """Where a group of expectations sits in the file, and which answer keys it holds."""

    path: tuple[str, ...]
    questions: Mapping[str, Kind] | None = None  # fixed questions; None: the file names the actions
    prefix: str = ""  # an action's key is the prefix and its name
    kind: Kind = "allowed_blocked"  # how the actions the file names are answered
    kinds: Mapping[str, Kind] = field(
        default_factory=dict
    )  # an action answered otherwise (an invoice: Yes or No)
    asked_if: tuple[str, ...] = ()  # the questions are asked only when the scenario has this field


SECTIONS: tuple[Section, ...] = (
    Section(("expect",), QUESTIONS),
    # receiving an invoice is not something the partner does: it is asked as a question
    Section(("after_acceptance",), prefix="action.", kinds={"expect_invoice": "yes_no"}),
    Section(("revocation", "expect"), REVOCATION_QUESTIONS, asked_if=("revocation",)),
    Section(("revocation", "then"), prefix="after_revocation."),
)

# Which stance decides, first to last (see `relcheck.rules.base` for the four stances).
PRECEDENCE = ("against", "unknown", "for", "silent")
# The outcome of the key's kind for the stance that decides. A kind that lacks a stance cannot be given
# it: the engine refuses such a finding as a fault of the rules.
VALUE = "$value"  # the value the first finding gives
OUTCOMES: dict[Kind, dict[str, str]] = {
    "yes_no": {"against": "no", "unknown": "not_stated", "for": "yes", "silent": "not_stated"},
    "value": {"unknown": "not_stated", "for": VALUE, "silent": "not_stated"},
    "allowed_blocked": {
        "against": "blocked",
        "unknown": "not_stated",
        "for": "allowed",
        "silent": "not_stated",
    },
}
# No rule of the edition has anything to say.
NO_FINDING = "not_stated"
NO_RULE = N_("This edition's source says nothing about this.")

# Where an answer ends the flow: the outcomes that let it go on, per key.
GATES: dict[str, tuple[str, ...]] = {
    "may_send": ("yes", "not_stated"),
    "permission_option": ("yes", "not_stated"),
    "acceptance": ("yes",),
}
# Every answer after the end of the flow, with its reason. Each parameter is a reader's name from one
# of the page's tables: ``labels`` (of an answer key) or ``answers`` (of an outcome), read from a field
# of the answer that ended the flow.
NOT_REACHED_OUTCOME = "not_reached"
NOT_REACHED = N_("The flow ended at an earlier answer. “%(question)s”: %(answer)s.")
NOT_REACHED_PARAMS: dict[str, tuple[Literal["labels", "answers"], Literal["key", "outcome"]]] = {
    "question": ("labels", "key"),
    "answer": ("answers", "outcome"),
}

# How an expectation is written in the file: ``no by V4, V9``; the outcomes that are not verdicts are
# written alone (``not_stated``), whatever rules explain them.
BY = " by "
RULE_SEPARATOR = ", "
WRITTEN_ALONE = ("not_stated", "not_reached")


@dataclass(frozen=True)
class Step:
    """One answer the flow gives for a scenario: its key, its kind, where its expectation sits."""

    key: str
    kind: Kind
    path: tuple[str, ...]


def at(document: Any, path: tuple[str, ...]) -> Any:
    """The value at a path of a document, or None when a step of it is missing."""
    for name in path:
        document = document.get(name) if isinstance(document, Mapping) else None
    return document


def steps(scenario: Mapping[str, Any]) -> Iterator[Step]:
    """Every answer key of a scenario, in the order of the flow."""
    for section in SECTIONS:
        if section.questions is not None:
            if section.asked_if and at(scenario, section.asked_if) is None:
                continue
            for name, kind in section.questions.items():
                yield Step(name, kind, (*section.path, name))
        else:
            for name in at(scenario, section.path) or {}:
                yield Step(
                    section.prefix + name, section.kinds.get(name, section.kind), (*section.path, name)
                )


def place(key: str) -> tuple[Section, str]:
    """The section of an answer key and the name it has there (``action.provision``: ``provision``)."""
    for section in SECTIONS:
        if section.questions is not None and key in section.questions:
            return section, key
    for section in SECTIONS:
        if section.questions is None and key.startswith(section.prefix):
            return section, key[len(section.prefix) :]
    raise KeyError(key)


def kind_of(key: str) -> Kind:
    section, name = place(key)
    if section.questions is None:
        return section.kinds.get(name, section.kind)
    return section.questions[name]


def expectation(outcome: str, rules: tuple[str, ...]) -> str:
    """An answer as the file writes it: ``no by V4, V9``, or ``not_stated`` alone."""
    if outcome in WRITTEN_ALONE or not rules:
        return outcome
    return outcome + BY + RULE_SEPARATOR.join(rules)


def parse_expectation(text: str | None) -> tuple[str | None, tuple[str, ...]]:
    """``"no by V4, V9"`` -> ``("no", ("V4", "V9"))``; the schema has checked the form."""
    if not text:
        return None, ()
    outcome, _, rules = text.partition(BY)
    return outcome, tuple(rules.split(RULE_SEPARATOR)) if rules else ()


def document() -> dict[str, Any]:
    """The flow as plain JSON, for the page: the same data the engine reads."""
    return {
        "sections": [
            {
                "path": list(s.path),
                "questions": None if s.questions is None else [[q, k] for q, k in s.questions.items()],
                "prefix": s.prefix,
                "kind": s.kind,
                "kinds": dict(s.kinds),
                "asked_if": list(s.asked_if),
            }
            for s in SECTIONS
        ],
        "precedence": list(PRECEDENCE),
        "outcomes": OUTCOMES,
        "value": VALUE,
        "no_finding": {"outcome": NO_FINDING, "msgid": NO_RULE},
        "gates": {key: list(outcomes) for key, outcomes in GATES.items()},
        "not_reached": {
            "outcome": NOT_REACHED_OUTCOME,
            "msgid": NOT_REACHED,
            "params": {name: list(source) for name, source in NOT_REACHED_PARAMS.items()},
        },
        "expectation": {"by": BY, "separator": RULE_SEPARATOR, "alone": list(WRITTEN_ALONE)},
    }
