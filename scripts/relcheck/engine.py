"""Evaluate one scenario against the rules: one verdict per question and per intended action.

For each verdict key the engine asks every rule of the scenario's edition that can decide it. Any
blocking finding blocks (every blocking rule is named); otherwise any allowing finding allows (every
allowing rule is named); otherwise the key is not applicable. Questions that only arise once the
relationship exists (acceptance, then everything after it) are not applicable when an earlier question
is blocked: the engine says which.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

from relcheck.facts import Facts
from relcheck.i18n import N_
from relcheck.labels import QUESTIONS, label
from relcheck.result import Message, Outcome, Problem, ScenarioEvaluation, Verdict
from relcheck.rules import RULES, Finding, Rule

REQUEST_QUESTIONS = ("may_send", "permission_option", "invitation_link")
GATES = (*REQUEST_QUESTIONS, "acceptance")  # a blocked answer here means there is no relationship
Locate = Callable[[tuple[str, ...]], "int | None"]


class InvalidScenario(ValueError):
    """Raised by `evaluate` for a mapping that is not a valid scenario; `problems` says why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"not a valid scenario: {len(problems)} problem(s)")
        self.problems = problems


def evaluate(scenario: Mapping[str, Any]) -> ScenarioEvaluation:
    """Validate an in-memory scenario against the schema, then evaluate it. Raises `InvalidScenario`."""
    from pathlib import Path

    from relcheck import schema

    found = schema.errors(scenario)
    if found:
        raise InvalidScenario(
            [
                Problem(Path("<memory>"), None, None, schema.pointer(e.absolute_path), schema.message(e))
                for e in found
            ]
        )
    return evaluate_valid(scenario)


def evaluate_valid(scenario: Mapping[str, Any], locate: Locate | None = None) -> ScenarioEvaluation:
    """Evaluate a scenario already known to be valid; `locate` gives the line of a path in its file."""
    facts = Facts.from_scenario(scenario)
    expect = scenario["expect"]
    revocation = scenario.get("revocation") or {}
    plan: list[tuple[str, tuple[str, ...], str | None]] = [
        (q, ("expect", q), expect.get(q)) for q in QUESTIONS if q != "duties_after_revocation"
    ]
    plan += [
        (f"action.{a}", ("after_acceptance", a), e)
        for a, e in (scenario.get("after_acceptance") or {}).items()
    ]
    plan.append(
        (
            "duties_after_revocation",
            ("expect", "duties_after_revocation"),
            expect.get("duties_after_revocation"),
        )
    )
    plan += [
        (f"after_revocation.{a}", ("revocation", "then", a), e)
        for a, e in (revocation.get("then") or {}).items()
    ]

    verdicts: list[Verdict] = []
    stopper: str | None = None
    for key, path, expectation in plan:
        if stopper is None and key not in REQUEST_QUESTIONS:
            stopper = next((v.key for v in verdicts if v.key in GATES and v.outcome == "blocked"), None)
        if stopper:
            outcome, rules, reasons, detail = _not_established(stopper)
        elif key == "duties_after_revocation" and not facts.revoked:
            outcome, rules, reasons, detail = (
                "not_applicable",
                (),
                (Message(N_("In this scenario the customer does not remove your permissions.")),),
                None,
            )
        else:
            outcome, rules, reasons, detail = _decide(facts, key)
        expected, expected_rules = parse_expectation(expectation)
        verdicts.append(
            Verdict(
                key=key,
                outcome=outcome,
                rules=rules,
                reasons=reasons,
                detail=detail,
                expected=expected,
                expected_rules=expected_rules,
                pointer="/" + "/".join(path),
                line=locate(path) if locate and expectation else None,
            )
        )
    return ScenarioEvaluation(facts.edition, verdicts)


def parse_expectation(text: str | None) -> tuple[Outcome | None, tuple[str, ...]]:
    """``"blocked by V4, V9"`` -> ``("blocked", ("V4", "V9"))``; the schema has checked the form."""
    if not text:
        return None, ()
    if text == "not_applicable":
        return "not_applicable", ()
    outcome, _, rules = text.partition(" by ")
    return ("allowed" if outcome == "allowed" else "blocked"), tuple(rules.split(", "))


Decision = tuple[Outcome, tuple[str, ...], tuple[Message, ...], Message | None]


@functools.cache
def _deciders(edition: str, key: str) -> tuple[Rule, ...]:
    """The rules of an edition that can decide a key, in display order."""
    return tuple(r for r in RULES.values() if edition in r.editions and key in r.decides)


def _decide(facts: Facts, key: str) -> Decision:
    findings: list[tuple[str, Finding]] = []
    for rule in _deciders(facts.edition, key):
        finding = rule.check(facts, key)
        if finding is not None:
            findings.append((rule.id, finding))
    blocking = [(r, f) for r, f in findings if f.outcome == "blocked"]
    chosen = blocking or findings
    if not chosen:
        return (
            "not_applicable",
            (),
            (Message(N_("No rule of this edition covers this, so there is nothing to decide.")),),
            None,
        )
    detail = next((f.detail for _, f in chosen if f.detail is not None), None)
    outcome: Outcome = "blocked" if blocking else "allowed"
    return outcome, tuple(r for r, _ in chosen), tuple(f.reason for _, f in chosen), detail


def _not_established(stopper: str) -> Decision:
    reason = Message(
        N_("The relationship is never established, because the answer to “%(question)s” is no."),
        {"question": label(stopper)},
    )
    return "not_applicable", (), (reason,), None
