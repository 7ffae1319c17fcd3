"""The schema is the contract: draft 2020-12, documented, closed, enumerated, with examples."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from relcheck.load.positions import pointer
from relcheck.validate import schema

SCHEMA = json.loads(schema.SCHEMA_PATH.read_text(encoding="utf-8"))


def property_schemas(node: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield from node.get("properties", {}).items()
        for value in node.values():
            yield from property_schemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from property_schemas(value)


def object_schemas(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if node.get("type") == "object":
            yield node
        for value in node.values():
            yield from object_schemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from object_schemas(value)


def test_it_is_a_draft_2020_12_schema_with_an_id() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["$id"].endswith("/scenario.schema.json")
    assert SCHEMA["title"] and SCHEMA["description"]


def test_every_property_has_a_title_and_a_description() -> None:
    for name, sub in property_schemas(SCHEMA):
        if "$ref" in sub and set(sub) <= {"$ref", "description"}:
            continue  # described where it points
        assert sub.get("title") and sub.get("description"), name


def test_every_object_is_closed_and_every_section_has_examples() -> None:
    objects = list(object_schemas(SCHEMA))
    assert len(objects) > 8
    for obj in objects:
        assert obj.get("additionalProperties") is False, obj.get("title")
    for section in ("partner", "customer", "request", "after_acceptance", "revocation", "expect"):
        assert SCHEMA["properties"][section]["examples"], section


def test_enumerations_for_editions_clouds_roles_services_and_actions() -> None:
    props = SCHEMA["properties"]
    assert props["edition"]["enum"] == ["global", "21vianet"]
    assert set(props["cloud"]["enum"]) == {"public", "us_government", "germany", "21vianet"}
    assert "admin_agent" in props["partner"]["properties"]["role"]["enum"]
    assert "office_365" in SCHEMA["$defs"]["service"]["enum"]
    assert "remove_seats" in props["after_acceptance"]["properties"]


def test_examples_in_the_schema_validate_against_their_own_part() -> None:
    for section in ("partner", "customer", "request"):
        sub = Draft202012Validator({**SCHEMA["properties"][section], "$defs": SCHEMA["$defs"]})
        for example in SCHEMA["properties"][section]["examples"]:
            assert not list(sub.iter_errors(example)), section


def test_the_compiled_validator_asserts_what_the_file_does() -> None:
    """The validator works on a compacted copy; it must find the same documents invalid at the same places."""
    import yaml

    from tests.support import INVALID, SHIPPED

    plain = Draft202012Validator(SCHEMA)
    for path in [*SHIPPED[:10], *INVALID]:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, ValueError):
            continue
        ours = {pointer(e.absolute_path) for e in schema.errors(data)}
        theirs = {pointer(e.absolute_path) for e in plain.iter_errors(data)}
        assert ours == theirs, path.name


def fast_accepts(data: Any) -> bool:
    from fastjsonschema import JsonSchemaException

    try:
        schema.fast_check()(data)
    except JsonSchemaException:
        return False
    return True


def test_the_fast_check_agrees_with_jsonschema_on_every_data_file() -> None:
    import yaml

    from tests.support import INVALID, SHIPPED, VALID

    for path in [*SHIPPED, *VALID, *INVALID]:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, ValueError):
            continue
        assert fast_accepts(data) == (not list(schema.validator().iter_errors(data))), path.name


BASE = json.loads(
    json.dumps(
        __import__("yaml").safe_load(
            (schema.SCHEMA_PATH.parents[1] / "scenarios" / "21vianet-reused-link.yaml").read_text(
                encoding="utf-8"
            )
        )
    )
)
LEAVES = [
    None,
    True,
    False,
    0,
    1,
    1.5,
    -1,
    "",
    "x",
    "allowed by G1",
    "blocked by V4, V9",
    "not_applicable",
    "public",
    "21vianet",
    "admin_agent",
    "office_365",
    "ES",
    "es",
    "EST",
    [],
    ["office_365"],
    ["office_365", "office_365"],
    {},
    {"en": "t"},
    {"en": ""},
    {"xx": "t"},
]


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_the_fast_check_agrees_with_jsonschema_on_mutated_scenarios(data: st.DataObject) -> None:
    scenario = json.loads(json.dumps(BASE))
    for _ in range(data.draw(st.integers(1, 3))):
        node: Any = scenario
        path = []
        while isinstance(node, (dict, list)) and node and data.draw(st.booleans()):
            key = data.draw(st.sampled_from(sorted(node) if isinstance(node, dict) else range(len(node))))
            path.append(key)
            if not isinstance(node[key], (dict, list)) or not node[key]:
                break
            node = node[key]
        if path:
            parent: Any = scenario
            for key in path[:-1]:
                parent = parent[key]
            if data.draw(st.booleans()) and isinstance(parent, dict):
                del parent[path[-1]]
            else:
                parent[path[-1]] = copy.deepcopy(data.draw(st.sampled_from(LEAVES)))  # LEAVES stays as it is
        else:
            scenario[data.draw(st.sampled_from(["extra", "id", "edition", "cloud"]))] = copy.deepcopy(
                data.draw(st.sampled_from(LEAVES))
            )
    assert fast_accepts(scenario) == (not schema.errors(scenario))


def test_each_missing_required_field_is_named_once() -> None:
    from relcheck.i18n import render

    errors = schema.errors({"partner": {}}, None)
    missing = [render(schema.message(e)) for e in errors if e.validator == "required"]
    top = [m for m in missing if m.endswith("is missing") and "partner" not in m]
    assert "the required field id is missing" in top
    assert "the required field expect is missing" in top
    assert len(missing) == len(set(missing)), missing
