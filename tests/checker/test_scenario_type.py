"""The typed scenario the checker reads after validation has the schema's fields, no more, no less."""

from __future__ import annotations

import typing
from typing import Any, NotRequired, Required, get_args, get_origin, get_type_hints

from relcheck.vocab import scenario
from relcheck.vocab.enums import schema


def _typed_dict(hint: Any) -> Any:
    """The TypedDict a field's hint names, or None (lists of TypedDicts count as their item)."""
    while get_origin(hint) in (Required, NotRequired, list):
        hint = get_args(hint)[0]
    return hint if typing.is_typeddict(hint) else None


def _bare(hint: Any) -> Any:
    """A field's hint without its Required / NotRequired marker."""
    return get_args(hint)[0] if get_origin(hint) in (Required, NotRequired) else hint


def _compare(typed: Any, node: dict[str, Any], where: str) -> list[str]:
    """Every difference between a TypedDict and the schema's object at `where`."""
    props = node.get("properties", {})
    required = set(node.get("required", []))
    hints = get_type_hints(typed, include_extras=True)
    problems = [f"{where}/{k}: in the schema, not in the type" for k in props if k not in hints]
    problems += [f"{where}/{k}: in the type, not in the schema" for k in hints if k not in props]
    for key in set(props) & set(hints):
        if (key in typed.__required_keys__) != (key in required):
            problems.append(f"{where}/{key}: required in one and optional in the other")
        inner = _typed_dict(hints[key])
        child = props[key]
        if child.get("type") == "array":
            child = child.get("items", {})
        if inner is not None:
            problems += _compare(inner, child, f"{where}/{key}")
        elif (
            child.get("type") == "object"
            and "properties" in child
            and get_origin(_bare(hints[key])) is not dict
        ):
            problems.append(f"{where}/{key}: an object in the schema, not a TypedDict")
    return problems


def test_the_scenario_type_has_the_schemas_fields() -> None:
    assert _compare(scenario.Scenario, schema(), "") == []


def test_a_field_missing_from_the_type_is_found() -> None:
    node = {**schema(), "properties": {**schema()["properties"], "new_field": {"type": "string"}}}
    assert _compare(scenario.Scenario, node, "") == ["/new_field: in the schema, not in the type"]
