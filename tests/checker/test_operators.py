"""The rules speak only the part of JSON Logic on which its two implementations agree.

The checker evaluates the rules with panzi-json-logic (Python), the "Check your situation" page with
json-logic-js. They differ at the edges (panzi's ``===`` is Python's ``==``, so ``1 === true`` holds there
and not in JavaScript; a ``var`` whose value is a present null gives the default in panzi and null in
json-logic-js; numbers, ``==``, ``+`` and dates each have their own corner cases). This test walks every
rule condition, every reason's ``services`` list and every fact's expression, and fails on any operator
outside `SAFE`, or a use of a listed one outside the shape that makes it safe.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from relcheck.rules import RULES
from relcheck.rules.logic import FACTS

# Each operator the rules may use, and why both implementations give the same result for our data.
SAFE = {
    # A dotted name read from the data, the same in both. Only a literal name (and a literal default) is
    # allowed; the defaults differ on a present null, which the schema never lets a scenario hold.
    "var": "a literal dotted name, read alike",
    # Python == in panzi, strict === in JavaScript: the same for strings and booleans (checked below:
    # each side is a string or boolean literal, or a fact, and the schema makes every fact a string, a
    # boolean or a list, never a number, so that 1 == True never arises).
    "===": "strings and booleans only",
    # Membership: Python `in` on a list, indexOf in JavaScript; the same for a string in a list of
    # strings, literal or a fact the schema types so (the services).
    "in": "a string in a list of strings",
    # Both return the operand that decides, with JSON Logic's truth ([] and "" are false in both).
    "and": "JSON Logic truth in both",
    "!": "JSON Logic truth in both",
    "!!": "JSON Logic truth in both",
    # [condition, then, else], with the same truth.
    "if": "JSON Logic truth in both",
    # Both are false for a missing or empty list, and read each item as the data of the inner condition.
    "some": "the items become the data in both",
    # Both flatten their arguments one level into one list.
    "merge": "flattens one level in both",
    # Both take a start and a length; used only as (key, 0, length) on ASCII answer keys.
}


def expressions() -> Iterator[tuple[str, Any]]:
    """Every JSON Logic expression the checker and the page evaluate, with where it comes from."""
    for rule in RULES.values():
        for n, case in enumerate(rule.cases):
            yield f"{rule.id} case {n}", case.when
            if case.says is not None and case.says.services is not None:
                yield f"{rule.id} case {n} services", case.says.services
    for name, expression in FACTS.items():
        yield f"fact {name}", expression


def operations(logic: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(logic, list):
        for item in logic:
            yield from operations(item)
    elif isinstance(logic, dict):
        for op, args in logic.items():
            yield op, args
            yield from operations(args)


def literal(value: Any) -> bool:
    return not isinstance(value, (dict, list))


def _op(value: Any) -> str | None:
    return next(iter(value)) if isinstance(value, dict) and len(value) == 1 else None


def _var(value: Any) -> bool:
    return _op(value) == "var"


def unsafe(op: str, args: Any) -> str | None:
    """Why this use of an operator could differ between the two implementations, or None."""
    if op not in SAFE:
        return "not in the list of operators both implementations agree on"
    args = args if isinstance(args, list) else [args]
    if op == "var" and not (
        isinstance(args[0], str) and len(args) <= 2 and all(literal(a) and a is not None for a in args)
    ):
        return "var needs a literal name and a literal default"
    if op == "===" and not all(isinstance(a, (str, bool)) or _var(a) for a in args):
        return "=== compares string or boolean literals and facts"
    if op == "in" and not (
        _var(args[1]) or (isinstance(args[1], list) and all(isinstance(a, str) for a in args[1]))
    ):
        return "in looks in a list of strings or a fact"
    return None


def test_every_expression_uses_only_operators_both_implementations_agree_on() -> None:
    found = [
        (where, op, why)
        for where, expression in expressions()
        for op, args in operations(expression)
        if (why := unsafe(op, args)) is not None
    ]
    assert found == []


def test_the_walk_sees_every_operator_it_allows_and_refuses_others() -> None:
    used = {op for _, expression in expressions() for op, _ in operations(expression)}
    assert used == set(SAFE), "an operator no rule uses any more leaves the list"
    assert unsafe("==", [1, True]) is not None
    assert unsafe("===", [{"var": "n"}, 1]) is not None
    assert unsafe("===", [{"var": "a"}, {"var": "b"}]) is None
    assert unsafe("var", [{"cat": ["a", "b"]}]) is not None
    assert unsafe("in", [{"var": "a"}, [{"var": "b"}]]) is not None
    assert unsafe("in", [{"var": "key"}, ["may_send"]]) is None
