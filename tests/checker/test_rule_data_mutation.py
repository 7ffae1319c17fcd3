"""Mutation testing of the rules' data: every case of every rule, changed in turn, must fail a test.

mutmut mutates code, not data, and the rules are data. So here each case of each rule, key by key, is
changed in four ways: dropped, its condition negated, its stance flipped (a Yes read as a No and back;
a silence or an open case read as a Yes), and its finding turned into "says nothing". Each mutant
must be caught by the rules' worked examples (test_rule_examples.py) or by the catalog's recorded
answers (test_catalog_answers.py: outcome, rules and reasons of every key of every shipped scenario),
both run here in this process against the mutated rule book. A mutant caught by neither is listed in
`EQUIVALENT` with why it changes nothing a partner could see; the list is held exactly.

Run as a script to print the figures: ``.venv/bin/python -m tests.checker.test_rule_data_mutation``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml

from relcheck import engine
from relcheck.i18n import render
from relcheck.result import Message
from relcheck.rules import RULES, Rule
from relcheck.rules.base import Case, Says, example_holds
from relcheck.rules.logic import not_
from tests.checker.test_catalog_answers import golden
from tests.support import SHIPPED

# A flipped stance: Yes and No trade places; a silence or an open case becomes a Yes.
FLIP = {"for": "against", "against": "for", "unknown": "for", "silent": "for"}

DECIDERS = engine.deciders  # the engine's own, before any test swaps it
# Mutants no test can catch because they change no answer on any valid scenario, with why.
EQUIVALENT: dict[str, str] = {}


@dataclass(frozen=True)
class Mutant:
    name: str
    rule: Rule


def _with_cases(rule: Rule, key: str, cases: tuple[Case, ...]) -> Rule:
    """The rule with one key's cases replaced, built without the checks a rule gets at import (a
    mutant that an import check would refuse must still be caught by a test)."""
    mutated = copy.copy(rule)
    object.__setattr__(mutated, "answers", {**rule.answers, key: cases})
    return mutated


def _changes(case: Case) -> Iterator[tuple[str, Case | None]]:
    """The four changes of one case; None drops it."""
    yield "drop", None
    yield "negate", Case(not_(case.when), case.says, case.basis)
    if case.says is not None:
        says = case.says
        flipped = Says(FLIP[says.stance], says.msgid, says.value, says.services, says.plural)  # type: ignore[arg-type]
        yield "flip", Case(case.when, flipped, case.basis)
        yield "nothing", Case(case.when, None, case.basis)


def mutants() -> Iterator[Mutant]:
    for rule in RULES.values():
        for key, cases in rule.answers.items():
            for n, case in enumerate(cases):
                for change, replacement in _changes(case):
                    changed = cases[:n] + ((replacement,) if replacement is not None else ()) + cases[n + 1 :]
                    yield Mutant(f"{rule.id} {key} case {n} {change}", _with_cases(rule, key, changed))


def examples_fail(rule: Rule) -> bool:
    """Whether the rule's own examples catch it; a finding the key's kind cannot take (a No for a
    portal) is refused by the flow, which a test sees as an error."""
    try:
        return not all(
            example_holds(rule, facts, key, expected)
            for facts, answers in rule.examples
            for key, expected in answers.items()
        )
    except ValueError:
        return True


@cache
def scenarios() -> tuple[dict[str, Any], ...]:
    return tuple(yaml.safe_load(path.read_text(encoding="utf-8")) for path in SHIPPED)


Answers = list[list[tuple[str, str, tuple[str, ...], tuple[Any, ...]]]]


def answers(deciders: Callable[[str, str], tuple[Rule, ...]], edition: str | None = None) -> Answers:
    """Every verdict of the catalog (or of one edition's scenarios), the engine asking `deciders`."""
    original = engine.deciders
    engine.deciders = deciders  # type: ignore[assignment]
    try:
        return [
            [
                (
                    v.key,
                    v.outcome,
                    v.rules,
                    tuple((r.msgid, tuple(sorted(r.params.items()))) for r in v.reasons),
                )
                for v in engine.evaluate_valid(s).verdicts
            ]
            for s in scenarios()
            if edition is None or s["edition"] == edition
        ]
    finally:
        engine.deciders = original


def deciders_with(mutated: Rule) -> Callable[[str, str], tuple[Rule, ...]]:
    table: dict[tuple[str, str], tuple[Rule, ...]] = {}

    def deciders(edition: str, key: str) -> tuple[Rule, ...]:
        if (edition, key) not in table:
            table[edition, key] = tuple(mutated if r.id == mutated.id else r for r in DECIDERS(edition, key))
        return table[edition, key]

    return deciders


@cache
def baseline(edition: str) -> Answers:
    return answers(DECIDERS, edition)


def run() -> tuple[int, int, list[str]]:
    """(mutants, caught, the names of those no test catches)."""
    survivors, total = [], 0
    for mutant in mutants():
        total += 1
        if examples_fail(mutant.rule):
            continue
        if catalog_fails(mutant.rule):
            continue
        survivors.append(mutant.name)
    return total, total - len(survivors), survivors


def test_the_baseline_is_the_recorded_catalog() -> None:
    """What the mutants are compared with is what test_catalog_answers holds."""
    recorded = golden()
    mine = answers(DECIDERS)
    for path, verdicts in zip(SHIPPED, mine, strict=True):
        assert [
            {
                "key": k,
                "outcome": o,
                "rules": list(r),
                "reasons": [render(Message(m, dict(p))) for m, p in why],
            }
            for k, o, r, why in verdicts
        ] == recorded[path.name]


def test_every_change_to_a_rules_case_is_caught_by_an_example_or_the_catalog() -> None:
    total, _caught, survivors = run()
    assert total > 250
    assert {name: EQUIVALENT.get(name, "not listed as equivalent") for name in survivors} == EQUIVALENT


def catalog_fails(rule: Rule) -> bool:
    try:
        return answers(deciders_with(rule), rule.edition) != baseline(rule.edition)
    except ValueError:  # the engine refuses a finding the key's kind cannot take
        return True


if __name__ == "__main__":
    total, caught, survivors = run()
    by_examples = sum(examples_fail(m.rule) for m in mutants())
    by_catalog = sum(catalog_fails(m.rule) for m in mutants())
    print(f"{caught} / {total} mutants of the rules' data caught; {len(survivors)} survive")
    print(f"caught by the examples: {by_examples}; by the catalog's recorded answers: {by_catalog}")
    for name in survivors:
        print(f"  {name}: {EQUIVALENT.get(name, 'NOT LISTED')}")
