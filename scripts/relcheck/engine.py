"""Evaluate one scenario against the rules: one answer per question and per intended action.

For each answer key the engine asks every rule of the scenario's edition that can decide it, then
combines their findings (see `relcheck.rules.base` for the four stances):

1. any finding against: No (or Blocked), naming every rule against;
2. otherwise any ``unknown`` finding: Not stated, naming those rules;
3. otherwise any finding for: Yes (or Allowed, or the value found), naming every rule for it;
4. otherwise Not stated, with the reasons of the rules that explain their silence, or a general one.

The flow stops where the relationship cannot be assumed to exist: after a No to "can you send the
request?" or to the permission choice (a request the source does not refuse can be sent), and after
anything but Yes to "can the customer accept?" (an acceptance the source does not confirm cannot be
assumed). Every later answer is Not reached, and says which answer ended the flow.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from relcheck.i18n import N_
from relcheck.result import Message, Outcome, Problem, ScenarioEvaluation, Verdict
from relcheck.rules import RULES, Finding, Rule
from relcheck.rules.logic import facts as read_facts
from relcheck.vocab.labels import QUESTIONS, REVOCATION_QUESTIONS, VALUE_QUESTIONS, answer, label

# Where an answer other than Yes ends the flow: the outcomes that let it go on, per key.
GATES: dict[str, frozenset[str]] = {
    "may_send": frozenset({"yes", "not_stated"}),
    "permission_option": frozenset({"yes", "not_stated"}),
    "acceptance": frozenset({"yes"}),
}
# Asked whatever the earlier answers: they are about the request itself.
REQUEST_KEYS = ("may_send", "permission_option", "invitation_link")
# The reasons the engine itself gives: no rule decides, and the flow ended before this answer.
NO_RULE = N_("This edition's source says nothing about this.")
NOT_REACHED = N_("The flow ended at an earlier answer. “%(question)s”: %(answer)s.")
Locate = Callable[[tuple[str, ...]], "int | None"]


class InvalidScenario(ValueError):
    """Raised by `evaluate` for a mapping that is not a valid scenario; `problems` says why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"not a valid scenario: {len(problems)} problem(s)")
        self.problems = problems


def evaluate(scenario: Mapping[str, Any]) -> ScenarioEvaluation:
    """Validate an in-memory scenario against the schema, then evaluate it. Raises `InvalidScenario`."""
    from pathlib import Path

    from relcheck.load.positions import pointer
    from relcheck.validate import schema

    found = schema.errors(scenario)
    if found:
        raise InvalidScenario(
            [
                Problem(Path("<memory>"), None, None, pointer(e.absolute_path), schema.message(e))
                for e in found
            ]
        )
    return evaluate_valid(scenario)


@dataclass(frozen=True)
class _Step:
    key: str
    path: tuple[str, ...]  # where its expectation sits in the file
    expectation: str | None


def _plan(scenario: Mapping[str, Any]) -> list[_Step]:
    """Every answer key of the scenario, in the order of the flow, with its expectation."""
    expect = scenario["expect"]
    steps = [_Step(q, ("expect", q), expect.get(q)) for q in QUESTIONS]
    steps += [
        _Step(f"action.{a}", ("after_acceptance", a), e)
        for a, e in (scenario.get("after_acceptance") or {}).items()
    ]
    revocation = scenario.get("revocation")
    if revocation is not None:
        expected = revocation.get("expect") or {}
        steps += [_Step(q, ("revocation", "expect", q), expected.get(q)) for q in REVOCATION_QUESTIONS]
        steps += [
            _Step(f"after_revocation.{a}", ("revocation", "then", a), e)
            for a, e in (revocation.get("then") or {}).items()
        ]
    return steps


def evaluate_valid(scenario: Mapping[str, Any], locate: Locate | None = None) -> ScenarioEvaluation:
    """Evaluate a scenario already known to be valid; `locate` gives the line of a path in its file."""
    facts = read_facts(scenario)
    verdicts: list[Verdict] = []
    stopper: Verdict | None = None
    for step in _plan(scenario):
        if stopper is not None and step.key not in REQUEST_KEYS:
            outcome, rules, reasons = _not_reached(stopper)
        else:
            outcome, rules, reasons = decide(facts, step.key)
        expected, expected_rules = parse_expectation(step.expectation)
        verdict = Verdict(
            key=step.key,
            outcome=outcome,
            rules=rules,
            reasons=reasons,
            expected=expected,
            expected_rules=expected_rules,
            pointer="/" + "/".join(step.path),
            line=locate(step.path) if locate and step.expectation else None,
        )
        verdicts.append(verdict)
        if stopper is None and step.key in GATES and outcome not in GATES[step.key]:
            stopper = verdict
    return ScenarioEvaluation(facts["edition"], verdicts)


def parse_expectation(text: str | None) -> tuple[Outcome | None, tuple[str, ...]]:
    """``"no by V4, V9"`` -> ``("no", ("V4", "V9"))``; the schema has checked the form."""
    if not text:
        return None, ()
    outcome, _, rules = text.partition(" by ")
    return outcome, tuple(rules.split(", ")) if rules else ()


Decision = tuple[Outcome, tuple[str, ...], tuple[Message, ...]]


@functools.cache
def deciders(edition: str, key: str) -> tuple[Rule, ...]:
    """The rules of an edition that can decide a key, in display order."""
    return tuple(r for r in RULES.values() if r.edition == edition and key in r.keys)


def decide(facts: dict[str, Any], key: str) -> Decision:
    """The answer to one key from the findings of the edition's rules (see the module's docstring).

    The rules read the key from the facts, so it is set there: one mapping serves every key of a
    scenario, where a copy per key would cost a tenth of a large catalog's check."""
    findings: dict[str, list[tuple[str, Finding]]] = {"for": [], "against": [], "unknown": [], "silent": []}
    facts["key"] = key
    for rule in deciders(facts["edition"], key):
        finding = rule.check_data(facts)
        if finding is not None:
            findings[finding.stance].append((rule.id, finding))
    if findings["against"]:
        return _answer("no" if _is_question(key) else "blocked", findings["against"])
    if findings["unknown"]:
        return _answer("not_stated", findings["unknown"])
    if findings["for"]:
        first = findings["for"][0][1]
        if first.value is not None:
            return _answer(first.value, findings["for"])
        return _answer("yes" if _is_question(key) else "allowed", findings["for"])
    if findings["silent"]:
        return _answer("not_stated", findings["silent"])
    return "not_stated", (), (Message(NO_RULE),)


def _is_question(key: str) -> bool:
    return "." not in key and key not in VALUE_QUESTIONS


def _answer(outcome: Outcome, found: list[tuple[str, Finding]]) -> Decision:
    return outcome, tuple(r for r, _ in found), tuple(f.reason for _, f in found)


def _not_reached(stopper: Verdict) -> Decision:
    reason = Message(
        NOT_REACHED,
        {"question": label(stopper.key), "answer": answer(stopper.outcome)},
    )
    return "not_reached", (), (reason,)
