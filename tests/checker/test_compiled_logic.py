"""`compile_logic` writes each condition once as Python: it must give what the library gives on every rule
and fact of the catalog, on any data, and refuse at once what it does not compile."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from json_logic import jsonLogic

from relcheck.rules import RULES
from relcheck.rules.logic import FACTS, compile_logic, facts, truthy
from tests.checker.test_engine import structures
from tests.strategies import scenarios
from tests.support import SHIPPED

CONDITIONS = [case.when for rule in RULES.values() for case in rule.cases] + [
    case.says.services for rule in RULES.values() for case in rule.cases if case.says and case.says.services
]
KEYS = sorted({key for rule in RULES.values() for key in rule.keys} | {"action.", "after_revocation.x", ""})
CATALOG = [facts(yaml.safe_load(path.read_text(encoding="utf-8"))) for path in SHIPPED]


def values_of(name: str) -> st.SearchStrategy[Any]:
    """What a fact holds in the catalog, or anything JSON can hold."""
    return st.sampled_from([known[name] for known in CATALOG]) | structures


fact_sets = st.fixed_dictionaries({name: values_of(name) for name in FACTS}).flatmap(
    lambda known: st.sampled_from(KEYS).map(lambda key: {**known, "key": key})
)


def agree(logic: Any, data: Any) -> None:
    assert compile_logic(logic)(data) == jsonLogic(logic, data), (logic, data)


@settings(max_examples=80, deadline=None)
@given(fact_sets)
def test_every_condition_of_every_rule_gives_what_the_library_gives_on_any_facts(
    data: dict[str, Any],
) -> None:
    for condition in CONDITIONS:
        agree(condition, data)


@settings(max_examples=40, deadline=None)
@given(scenarios() | structures)
def test_every_fact_is_read_as_the_library_reads_it(scenario: Any) -> None:
    for expression in FACTS.values():
        agree(expression, scenario)


@pytest.mark.parametrize(
    ("logic", "data"),
    [
        ({"var": ["a.b", "d"]}, {"a": "text"}),
        ({"var": ["a.b", "d"]}, {"a": {"b": None}}),
        ({"var": ["x", 0]}, {"x": False}),
        ({"var": "x"}, ["x"]),
        ({"var": "x"}, None),
        ({"var": "0"}, ["first"]),
        ({"var": "a.length"}, {"a": "abc"}),
        ({"var": []}, {"a": 1}),
        ({"===": [{"var": ""}, 3]}, 3),
        ({"===": [1, True]}, {}),
        ({"in": ["b", {"var": "s"}]}, {"s": "abc"}),
        ({"in": ["b", {"var": "s"}]}, {"s": ["b"]}),
        ({"in": ["b", {"var": "s"}]}, {"s": 5}),
        ({"in": ["x", {"in": ["y", {"var": "s"}]}]}, {"s": "y"}),
        ({"in": [{"var": "a"}, [[1], 2]]}, {"a": [1]}),
        ({"some": [{"var": "l"}, {"var": ""}]}, {"l": [0, "", {}]}),
        ({"some": [{"var": "l"}, {"var": "x"}]}, {"l": ["text", {"x": 1}]}),
        ({"some": [{"var": "l"}, {"var": "x"}]}, {"l": "xx"}),
        ({"and": []}, {}),
        ({"or": []}, {}),
        ({"and": [{"var": "a"}, {"or": [{"var": "b"}, {"var": "c"}]}]}, {"a": {}, "b": "", "c": 0}),
        ({"or": [{"var": "a"}, {"and": [{"var": "b"}, {"var": "c"}]}]}, {"a": [], "b": "b", "c": [0]}),
        ({"and": [{"===": [1, 1]}, {"var": "a"}]}, {"a": "last"}),
        ({"or": [{"===": [1, 2]}, {"!": [{"var": "a"}]}]}, {"a": 0}),
        ({"if": []}, {}),
        ({"if": [{"var": "a"}]}, {"a": "only"}),
        ({"if": [{"var": "a"}, "x"]}, {"a": 0}),
        ({"if": [{"var": "a"}, 1, {"var": "b"}, 2]}, {"a": False, "b": None}),
        ({"merge": []}, {}),
        ({"merge": [1, [2, [3]], {"var": "a"}]}, {"a": None}),
        ({"substr": [{"var": "k"}, 0, 3]}, {"k": 12345}),
        ({"substr": [{"var": "k"}, 0, 3]}, {}),
        ({"substr": ["abc", 5]}, {}),
        ({"substr": ["abcdef", 2]}, {}),
        ({"!!": [{"var": "x"}]}, {"x": {}}),
        ({"!!": [{"var": "x"}]}, {"x": "0"}),
        ({"!!": [{"var": "x"}]}, {"x": 0.0}),
        ({"!": [{"var": "x"}]}, {"x": float("nan")}),
        ({"a": 1, "b": 2}, {}),
        (3.5, {}),
        ([], {}),
    ],
)
def test_each_operator_form_gives_what_the_library_gives(logic: Any, data: Any) -> None:
    agree(logic, data)


@pytest.mark.parametrize(
    "logic",
    [
        {"cat": ["a", 1]},
        {"max": [1, 2]},
        {"?:": [True, 1, 2]},
        [{"missing": ["a"]}],
        {"and": [True, {"if": [{"log": 1}, 1, 2]}]},
        {"var": {"cat": ["a", ".b"]}},
        {"var": 1},
        {"var": ["a", {"var": "b"}]},
        {"var": ["a", "b", "c"]},
        {"in": [{"var": "a"}, {"var": "b"}]},
        {"===": [1]},
        {"!": []},
        {"some": [[], True, 3]},
        {"substr": ["abc", -1]},
        {"substr": ["abc", 0, {"var": "n"}]},
    ],
    ids=repr,
)
def test_what_is_not_compiled_fails_when_the_rule_is_built(logic: Any) -> None:
    with pytest.raises(ValueError, match="JSON Logic"):
        compile_logic(logic)


@pytest.mark.parametrize(
    "value", [None, False, True, 0, 1, -1, 0.0, 0.5, float("nan"), "", "0", [], [0], {}, {"a": 1}]
)
def test_truth_is_the_librarys(value: Any) -> None:
    assert truthy(value) is jsonLogic({"!!": [{"var": "x"}]}, {"x": value})
