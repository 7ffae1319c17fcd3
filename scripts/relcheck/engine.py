"""Evaluate one scenario against the rules: one answer per question and per intended action.

The flow is data (`relcheck.vocab.flow`): which keys are asked and in which order, how the findings of the
edition's rules combine into one answer, and where the flow ends. This module interprets it, as the
"Check your situation" page's ``engine.js`` interprets the same data: for each key of the flow, it asks
every rule of the scenario's edition that can decide that key, and combines their findings; after a
gate the flow closed, every key but the request's own is Not reached.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

from relcheck.result import Ground, Message, Outcome, Problem, ScenarioEvaluation, Verdict
from relcheck.rules import RULES, Finding, Rule
from relcheck.rules.logic import facts as read_facts
from relcheck.vocab import flow
from relcheck.vocab.flow import NO_RULE, NOT_REACHED, parse_expectation
from relcheck.vocab.labels import answer, label

__all__ = ["InvalidScenario", "evaluate", "evaluate_valid", "parse_expectation"]
Locate = Callable[[tuple[str, ...]], "int | None"]
# The reader's names the reason of a Not reached answer takes its parameters from (`flow.NOT_REACHED_PARAMS`).
_NAMES: dict[str, Callable[[str], Message]] = {"labels": label, "answers": answer}


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


def evaluate_valid(scenario: Mapping[str, Any], locate: Locate | None = None) -> ScenarioEvaluation:
    """Evaluate a scenario already known to be valid; `locate` gives the line of a path in its file."""
    facts = read_facts(scenario)
    verdicts: list[Verdict] = []
    stopper: Verdict | None = None
    for step in flow.steps(scenario):
        if stopper is not None:
            outcome, rules, reasons, grounds = _not_reached(stopper)
        else:
            outcome, rules, reasons, grounds = decide(facts, step.key, step.kind)
        expectation = flow.at(scenario, step.path)
        expected, expected_rules = parse_expectation(expectation)
        verdict = Verdict(
            key=step.key,
            outcome=outcome,
            rules=rules,
            reasons=reasons,
            expected=expected,
            expected_rules=expected_rules,
            pointer="/" + "/".join(step.path),
            line=locate(step.path) if locate and expectation else None,
            grounds=grounds,
            changes=changes_of(rules, step.key),
        )
        verdicts.append(verdict)
        if stopper is None and step.key in flow.GATES and outcome not in flow.GATES[step.key]:
            stopper = verdict
    return ScenarioEvaluation(facts["edition"], verdicts)


Decision = tuple[Outcome, tuple[str, ...], tuple[Message, ...], tuple[Ground, ...]]


@functools.cache
def changes_of(rules: tuple[str, ...], key: str) -> tuple[str, ...]:
    """What Microsoft changed since, for the answer these rules gave to a key: each rule's notes that
    concern that answer, once, in order."""
    return tuple(dict.fromkeys(change.id for rule in rules for change in RULES[rule].later_for(key)))


@functools.cache
def deciders(edition: str, key: str) -> tuple[Rule, ...]:
    """The rules of an edition that can decide a key, in display order."""
    return tuple(r for r in RULES.values() if r.edition == edition and key in r.keys)


def decide(facts: dict[str, Any], key: str, kind: flow.Kind) -> Decision:
    """The answer to one key from the findings of the edition's rules, combined as `relcheck.vocab.flow` says.

    The rules read the key from the facts, so it is set there: one mapping serves every key of a
    scenario, where a copy per key would cost a tenth of a large catalog's check."""
    found: dict[str, list[tuple[str, Finding]]] = {}
    facts["key"] = key
    for rule in deciders(facts["edition"], key):
        finding = rule.check_data(facts)
        if finding is not None:
            found.setdefault(finding.stance, []).append((rule.id, finding))
    for stance in flow.PRECEDENCE:
        chosen = found.get(stance)
        if chosen:
            outcome = flow.OUTCOMES[kind].get(stance)
            if outcome == flow.VALUE:
                outcome = chosen[0][1].value
            if outcome is None:
                raise ValueError(f"{chosen[0][0]}: a finding {stance} cannot answer {key!r} ({kind})")
            return (
                outcome,
                tuple(r for r, _ in chosen),
                tuple(f.reason for _, f in chosen),
                tuple(_ground(r, f) for r, f in chosen),
            )
    return flow.NO_FINDING, (), (Message(NO_RULE),), (Ground("not_stated"),)


def _ground(rule: str, finding: Finding) -> Ground:
    basis = finding.basis
    if basis is None:  # a finding built outside a rule's cases
        return Ground("not_stated", rule)
    return Ground(basis.kind, rule, basis.where)


def _not_reached(stopper: Verdict) -> Decision:
    params: dict[str, str | int | Message] = {
        name: _NAMES[table](getattr(stopper, field))
        for name, (table, field) in flow.NOT_REACHED_PARAMS.items()
    }
    return (
        flow.NOT_REACHED_OUTCOME,
        (),
        (Message(NOT_REACHED, params),),
        (Ground(flow.NOT_REACHED_OUTCOME, None, stopper.key),),
    )
