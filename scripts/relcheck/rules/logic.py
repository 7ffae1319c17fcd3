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
    # optional answers of newer scenarios: absent, they read as "not given" (null) or as the usual case
    "accepts_mca": {"var": "customer.accepts_mca_when_prompted"},
    "needs_dap_back": {"var": ["partner.needs_dap_back", False]},
    "provider_invitation": {"var": ["request.provider_invitation", False]},
    "renegotiated": {"!!": [{"var": "revocation.renegotiated"}]},
}


Compiled = Callable[[Any], Any]
Test = Callable[[Any], bool]


def compile_logic(logic: Logic) -> Compiled:
    """The same evaluation as `jsonLogic(logic, data)`, written once as one Python expression: the
    catalog's 10,000-file benchmark evaluates a few hundred conditions per file.

    Only the operators the rules use are compiled; any other raises `ValueError` here, when the rule
    is built, rather than answer differently. What the expression does not read itself (a field of a
    list or of a text, a `substr` of something other than text) it leaves to the library. Tests hold
    both to the same answers on every rule and fact of the catalog and on a table of operator cases.
    """
    names: dict[str, Any] = dict(truthy=truthy, library=jsonLogic, merge=_merge, some=_some)
    source = (
        f"{_source(logic, names)[0]} if data.__class__ is dict else library({_constant(logic, names)}, data)"
    )
    compiled: Compiled = eval(compile(f"lambda data: {source}", "<json logic>", "eval"), names)
    return compiled


def truthy(value: Any) -> bool:
    """JSON Logic's truth: false, null, 0, NaN, "" and [] are false; anything else, {} included, true."""
    if isinstance(value, (str, int, float, list)):
        return bool(value) and value == value
    return value is not None


_ARITY = {
    "var": (0, 2),
    "===": (2, 2),
    "in": (2, 2),
    "!": (1, 1),
    "!!": (1, 1),
    "some": (2, 2),
    "substr": (2, 3),
}


def _source(logic: Logic, names: dict[str, Any]) -> tuple[str, bool]:
    """Python source that computes `logic` from ``data``, a dict, and whether its value is always a bool.

    ``value`` holds an operand between its test and its use: nothing is evaluated in between."""
    if isinstance(logic, list):
        return "[" + "".join(_source(item, names)[0] + ", " for item in logic) + "]", False
    if not isinstance(logic, dict) or len(logic) != 1:
        return _constant(logic, names), isinstance(logic, bool)
    op, args = next(iter(logic.items()))
    args = args if isinstance(args, list) else [args]
    low, high = _ARITY.get(op, (0, len(args)))
    if not low <= len(args) <= high:
        raise ValueError(f"JSON Logic {op!r} is compiled with {low} to {high} arguments: {logic}")
    if op == "var":
        key, default = [*args, None, None][:2]
        if not isinstance(key, (str, type(None))) or isinstance(default, (dict, list)):
            raise ValueError(f"JSON Logic var is compiled for a written name and default: {logic}")
        if not key:
            return "data", False
        *parents, last = key.split(".")
        source = f"{'value' if parents else 'data'}.get({last!r})"
        if default is not None:
            source = f"({_constant(default, names)} if (value := {source}) is None else value)"
        if parents:  # a field of a map in a map; the library reads any other path
            steps = [
                f"(value := {'value' if n else 'data'}.get({p!r})).__class__ is not dict"
                for n, p in enumerate(parents)
            ]
            source = f"(library({_constant(logic, names)}, data) if {' or '.join(steps)} else {source})"
        return source, False
    if op == "some":
        return f"some({_source(args[0], names)[0]}, {_constant(compile_logic(args[1]), names)})", True
    if op == "substr" and all(type(n) is int and n >= 0 for n in args[1:]):
        end = ":" + (str(args[1] + args[2]) if len(args) == 3 else "")
        fallback = _constant({"substr": [{"var": ""}, *args[1:]]}, names)
        text = _source(args[0], names)[0]
        return (
            f"(value[{args[1]}{end}] if (value := {text}).__class__ is str else library({fallback}, value))",
            False,
        )
    parts = [_source(arg, names) for arg in args]
    if op == "===":
        return f"({parts[0][0]} == {parts[1][0]})", True
    if op == "in" and isinstance(args[1], list):  # a list's ``in``, on a tuple that compile() makes once
        return f"({parts[0][0]} in ({''.join(_source(item, names)[0] + ', ' for item in args[1])}))", True
    if op == "in" and isinstance(args[0], str):
        return f"(isinstance(value := {parts[1][0]}, (list, str)) and {args[0]!r} in value)", True
    if op in ("!", "!!"):
        truth = parts[0][0] if parts[0][1] else f"truthy({parts[0][0]})"
        return (f"(not {truth})" if op == "!" else truth), True
    if op in ("and", "or"):
        source, always_bool = parts[-1] if parts else ("None", False)
        for part, part_bool in reversed(parts[:-1]):
            stop = f"{'not ' if op == 'and' else ''}truthy(value := {part})"
            source = f"({part} {op} {source})" if part_bool else f"(value if {stop} else {source})"
            always_bool = always_bool and part_bool
        return source, always_bool
    if op == "if":
        source, always_bool = parts[-1] if len(parts) % 2 else ("None", False)
        for (test, test_bool), (then, then_bool) in reversed(
            list(zip(parts[:-1:2], parts[1::2], strict=True))
        ):
            source = f"({then} if {test if test_bool else f'truthy({test})'} else {source})"
            always_bool = always_bool and then_bool
        return source, always_bool
    if op == "merge":
        return f"merge({''.join(part + ', ' for part, _ in parts)})", False
    raise ValueError(f"JSON Logic {op!r} is not compiled in this form: {logic}")


def compile_test(logic: Logic) -> Test:
    """`compile_logic` for a condition: whether it holds, with JSON Logic's idea of truth (`truthy`)."""
    compiled = compile_logic(logic)
    return lambda data: truthy(compiled(data))


def _constant(value: Any, names: dict[str, Any]) -> str:
    if value is None or type(value) in (str, int, bool):
        return repr(value)
    names[f"k{len(names)}"] = value
    return f"k{len(names) - 1}"


def _merge(*parts: Any) -> list[Any]:
    merged: list[Any] = []
    for part in parts:
        merged.extend(part) if isinstance(part, list) else merged.append(part)
    return merged


def _some(items: Any, condition: Compiled) -> bool:
    return isinstance(items, list) and any(truthy(condition(item)) for item in items)


_FACTS = {name: compile_logic(rule) for name, rule in FACTS.items()}


def facts(scenario: Mapping[str, Any]) -> dict[str, Any]:
    """The facts of a valid scenario, read as `FACTS` says."""
    return {name: read(scenario) for name, read in _FACTS.items()}
