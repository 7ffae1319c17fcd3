"""Each rule's worked examples, run as tests, and the keys the rules answer held to the schema's.

A rule's examples say, for a few facts, what the rule alone gives for a key (see
`relcheck.rules.base.Example`): a reviewer checks them against the source's sentence, and a change to
the rule's cases that contradicts them fails here.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from relcheck.rules import RULES, Rule
from relcheck.rules.base import RULE_ID, Expected, example_holds
from tests.support import ROOT

EXAMPLES = [
    (rule, n, facts, key, expected)
    for rule in RULES.values()
    for n, (facts, answers) in enumerate(rule.examples, 1)
    for key, expected in answers.items()
]


@pytest.mark.parametrize(
    ("rule", "facts", "key", "expected"),
    [(rule, facts, key, expected) for rule, _n, facts, key, expected in EXAMPLES],
    ids=[f"{rule.id}-{n}-{key}" for rule, n, _facts, key, _expected in EXAMPLES],
)
def test_each_worked_example_of_each_rule_holds(rule: Rule, facts: Any, key: str, expected: Expected) -> None:
    assert example_holds(rule, facts, key, expected), rule.check_data({**facts, "key": key})


def schema_keys() -> set[str]:
    """Every answer key a scenario can ask about, as the engine names them."""
    schema = json.loads((ROOT / "schemas" / "scenario.schema.json").read_text(encoding="utf-8"))
    properties = schema["properties"]
    revocation = properties["revocation"]["properties"]
    return {
        *properties["expect"]["properties"],
        *(f"action.{a}" for a in properties["after_acceptance"]["properties"]),
        *revocation["expect"]["properties"],
        *(f"after_revocation.{a}" for a in revocation["then"]["properties"]),
    }


def test_every_key_a_rule_answers_is_one_the_schema_asks_about() -> None:
    known = schema_keys()
    unknown = {rule.id: sorted(rule.keys - known) for rule in RULES.values() if rule.keys - known}
    assert unknown == {}


def test_the_schema_knows_the_shape_of_a_rule_id_and_names_no_rule() -> None:
    """A new rule needs no schema edit: the patterns take any id of the registry's shape, and the check
    (relcheck.validate.rule_ids) refuses the ids of no rule."""
    text = (ROOT / "schemas" / "scenario.schema.json").read_text(encoding="utf-8")
    shape = RULE_ID.pattern.strip("^$")
    patterns = [p for p in re.findall(r'"pattern": "([^"]*)"', text) if " by " in p]
    assert len(patterns) == 4 and all(p.count(shape) == 2 for p in patterns)
    assert all(RULE_ID.match(rule_id) for rule_id in RULES)
    assert not any(re.search(rf"\b{rule_id}\b", p) for p in patterns for rule_id in RULES)
