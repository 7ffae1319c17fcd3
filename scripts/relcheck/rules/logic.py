"""The language the rules are written in: JSON Logic (https://jsonlogic.com), one standard with two
implementations, panzi-json-logic here and json-logic-js on the "Check your situation" page.

A rule's conditions are data, so the checker and the page evaluate the same definition and no rule is
written a second time in JavaScript. The small functions below only build that data, so that a rule
reads as a sentence (``is_(fact("cloud"), "public")``); they never evaluate anything themselves.

The facts a rule looks at are data too: `FACTS` says how each one is read from a scenario (the same
document the YAML file holds and the page's form builds), so both sides derive them alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from json_logic import jsonLogic
from json_logic.builtins import BUILTINS, op_var, to_bool

Logic = Any  # a JSON value: a literal, or {"operator": [arguments]}

ALWAYS: Logic = True


def fact(name: str) -> Logic:
    """The value of one fact (see `FACTS`), or of a field of the list item being looked at."""
    return {"var": name}


def is_(value: Logic, expected: Logic) -> Logic:
    return {"===": [value, expected]}


def one_of(value: Logic, options: Iterable[str]) -> Logic:
    return {"in": [value, list(options)]}


def not_(condition: Logic) -> Logic:
    return {"!": [condition]}


def all_of(*conditions: Logic) -> Logic:
    return {"and": list(conditions)}


def any_of(*conditions: Logic) -> Logic:
    return {"or": list(conditions)}


def some(items: Logic, condition: Logic) -> Logic:
    """True when `condition` holds for an item of the list; inside it, `fact` reads the item's fields."""
    return {"some": [items, condition]}


def either(condition: Logic, then: Logic, otherwise: Logic) -> Logic:
    return {"if": [condition, then, otherwise]}


def joined(*lists: Logic) -> Logic:
    return {"merge": list(lists)}


def key_is(*keys: str) -> Logic:
    """The answer key being decided is one of these."""
    return one_of(fact("key"), keys)


# How each fact is read from a scenario document. Optional fields get their documented default.
FACTS: dict[str, Logic] = {
    "edition": {"var": "edition"},
    "cloud": {"var": "cloud"},
    "role": {"var": "partner.role"},
    "partner_country": {"var": "partner.country"},
    "partner_region": {"var": "partner.region"},
    "model": {"var": "partner.model"},
    "original_reseller": {"var": "partner.original_reseller"},
    "services": {"var": "partner.services"},
    "customer_country": {"var": "customer.country"},
    "customer_region": {"var": "customer.region"},
    "arrangement": {"var": "customer.arrangement"},
    "accepting_user_is_global_admin": {"var": "customer.accepting_user_is_global_admin"},
    "mca_accepted": {"var": "customer.mca_accepted"},
    # each: name, transacts_in_csp, dap_services
    "others": {"var": "customer.partners"},
    "include_dap": {"var": "request.include_dap"},
    "azure_only": {"var": "request.azure_only"},
    "email_edited": {"var": "request.email_edited"},
    "link_intact": {"var": "request.link_intact"},
    "link_reused": {"var": ["request.link_reused", False]},
    "renegotiated": {"!!": [{"var": "revocation.renegotiated"}]},
}


Compiled = Callable[[Any], Any]
Test = Callable[[Any], bool]


def compile_logic(logic: Logic) -> Compiled:
    """The same evaluation as `jsonLogic(logic, data)`, with the tree walked once instead of on every
    call: the catalog's 10,000-file benchmark evaluates a few hundred conditions per file.

    Operators are the library's own functions (`BUILTINS`); only the ones that choose what to evaluate
    (``if``, ``and``, ``or``, ``some``) are spelled out here, with the library's idea of truth. A test
    checks that both give the same answers on every rule and fact of the catalog.
    """
    if isinstance(logic, list) and _is_literal(logic):
        return lambda data: logic  # a literal list: nothing in it to evaluate
    if isinstance(logic, list):
        items = [compile_logic(item) for item in logic]
        return lambda data: [item(data) for item in items]
    if not isinstance(logic, dict) or len(logic) != 1:
        return lambda data: logic
    op, args = next(iter(logic.items()))
    if not isinstance(args, list):
        args = [args]
    if op == "var" and all(not isinstance(a, (dict, list)) for a in args):
        key, default = [*args, None, None][:2]
        return _var(key, default)
    parts = [compile_logic(arg) for arg in args]
    # The two comparisons the rules use most, with a literal on the right, as the library defines them:
    # ``===`` is Python's ``==`` and ``in`` a list's ``in``.
    if op == "===" and len(args) == 2 and not isinstance(args[1], (dict, list)):
        left, right = parts[0], args[1]
        return lambda data: left(data) == right
    if op == "in" and len(args) == 2 and isinstance(args[1], list) and _is_literal(args[1]):
        needle, haystack = parts[0], args[1]
        return lambda data: needle(data) in haystack
    if op == "if" and len(parts) == 3:
        test, then, otherwise = parts
        return lambda data: then(data) if to_bool(test(data)) else otherwise(data)
    if op == "and":
        return lambda data: _and(parts, data)
    if op == "or":
        return lambda data: _or(parts, data)
    if op == "some" and len(parts) == 2:
        items_of, condition = parts
        return lambda data: _some(items_of(data), condition)
    if op not in BUILTINS:
        return lambda data: jsonLogic(logic, data)  # an operator this fast path does not know
    operation = BUILTINS[op]
    if len(parts) == 1:
        (only,) = parts
        return lambda data: operation(data, only(data))
    if len(parts) == 2:
        first, second = parts
        return lambda data: operation(data, first(data), second(data))
    return lambda data: operation(data, *[part(data) for part in parts])


def compile_test(logic: Logic) -> Test:
    """`compile_logic` for a condition: whether it holds, with JSON Logic's idea of truth.

    The library exports no truth function, so its own (``to_bool``) is imported from its builtins,
    as the fast path above imports its operators; the version is pinned (``==1.0.1``) for that."""
    compiled = compile_logic(logic)
    return lambda data: to_bool(compiled(data))


def _is_literal(items: list[Any]) -> bool:
    return not any(isinstance(item, (dict, list)) for item in items)


def _var(key: Any, default: Any) -> Compiled:
    """``var`` with a fixed name: maps are read directly, anything else goes to the library's own."""
    if not isinstance(key, str) or not key:
        return lambda data: op_var(data, key, default)
    path = key.split(".")

    def read(data: Any) -> Any:
        value = data
        for prop in path:
            if not isinstance(value, dict):
                return op_var(data, key, default)
            value = value.get(prop)
        return default if value is None else value

    return read


def _and(parts: list[Compiled], data: Any) -> Any:
    current = None
    for part in parts:
        current = part(data)
        if not to_bool(current):
            return current
    return current


def _or(parts: list[Compiled], data: Any) -> Any:
    current = None
    for part in parts:
        current = part(data)
        if to_bool(current):
            return current
    return current


def _some(items: Any, condition: Compiled) -> bool:
    return isinstance(items, list) and any(to_bool(condition(item)) for item in items)


_FACTS = {name: compile_logic(rule) for name, rule in FACTS.items()}


def facts(scenario: Mapping[str, Any]) -> dict[str, Any]:
    """The facts of a valid scenario, read as `FACTS` says."""
    return {name: read(scenario) for name, read in _FACTS.items()}
