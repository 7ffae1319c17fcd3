"""The schema is the contract: draft 2020-12, documented, closed, enumerated, with examples."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Iterable, Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from relcheck.load.positions import pointer
from relcheck.validate import schema
from relcheck.vocab import labels
from relcheck.vocab.labels import MODELS
from relcheck.vocab.published import SCHEMA_URL

SCHEMA = json.loads(schema.SCHEMA_PATH.read_text(encoding="utf-8"))


_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_ONE = ("items", "additionalProperties", "contains", "if", "then", "else", "not", "propertyNames")


def subschemas(node: dict[str, Any], pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema inside the schema, at any depth, with its JSON pointer (examples are data, skipped)."""
    yield pointer, node
    for key in _SUBSCHEMA_MAPS:
        for name, sub in node.get(key, {}).items():
            yield from subschemas(sub, f"{pointer}/{key}/{name}")
    for key in _SUBSCHEMA_LISTS:
        for index, sub in enumerate(node.get(key, [])):
            yield from subschemas(sub, f"{pointer}/{key}/{index}")
    for key in _SUBSCHEMA_ONE:
        if isinstance(node.get(key), dict):
            yield from subschemas(node[key], f"{pointer}/{key}")


def property_schemas(node: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every named property and every ``$defs`` entry, at any depth: what an editor shows on hover."""
    for where, sub in subschemas(node):
        if where.rsplit("/", 2)[-2:-1] in (["properties"], ["$defs"]):
            yield where, sub


def object_schemas(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if node.get("type") == "object":
            yield node
        for value in node.values():
            yield from object_schemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from object_schemas(value)


def test_it_is_a_draft_2020_12_schema_whose_id_is_its_published_address() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert (
        SCHEMA["$id"]
        == SCHEMA_URL
        == "https://csp-reseller-relationship.github.io/schemas/scenario.schema.json"
    )
    assert SCHEMA["title"] and SCHEMA["description"]


def test_every_property_has_its_own_title_and_description() -> None:
    """An editor shows a property's own title and description on hover, even beside a ``$ref``."""
    found = dict(property_schemas(SCHEMA))
    for where, sub in found.items():
        for annotation in ("title", "description"):
            text = sub.get(annotation)
            assert isinstance(text, str) and text.strip(), f"{where} has no {annotation}"
    # The walk reaches every depth: nested objects, list items, if/then/else and the definitions.
    for where in (
        "/properties/id",
        "/properties/customer/properties/partners/items/properties/dap_services",
        "/properties/revocation/properties/then/properties/open_service_request",
        "/else/properties/cloud",
        "/$defs/service",
    ):
        assert where in found, where


def test_every_object_is_closed_and_every_section_has_examples() -> None:
    objects = list(object_schemas(SCHEMA))
    assert len(objects) > 8
    for obj in objects:
        assert obj.get("additionalProperties") is False, obj.get("title")
    for section in ("partner", "customer", "request", "after_acceptance", "revocation", "expect"):
        assert SCHEMA["properties"][section]["examples"], section


PROPS = SCHEMA["properties"]
PARTNER = PROPS["partner"]["properties"]
CUSTOMER = PROPS["customer"]["properties"]
REVOCATION = PROPS["revocation"]["properties"]


@pytest.mark.parametrize(
    ("values", "names"),
    [
        pytest.param(PARTNER["role"]["enum"], labels.ROLES, id="roles"),
        pytest.param(SCHEMA["$defs"]["service"]["enum"], labels.SERVICES, id="services"),
        pytest.param(PROPS["cloud"]["enum"], labels.CLOUDS, id="clouds"),
        pytest.param(PARTNER["region"]["enum"], labels.REGIONS, id="partner-regions"),
        pytest.param(CUSTOMER["region"]["enum"], labels.REGIONS, id="customer-regions"),
        pytest.param(CUSTOMER["arrangement"]["enum"], labels.ARRANGEMENTS, id="arrangements"),
        pytest.param(PARTNER["model"]["enum"], MODELS, id="models"),
        pytest.param(list(PROPS["expect"]["properties"]), labels.QUESTIONS, id="questions"),
        pytest.param(
            list(REVOCATION["expect"]["properties"]), labels.REVOCATION_QUESTIONS, id="revocation-questions"
        ),
    ],
)
def test_each_enumeration_of_the_schema_has_exactly_the_names_readers_see(
    values: list[str], names: Iterable[str]
) -> None:
    """Adding a value to the schema without its reader's name, or the other way round, fails here."""
    assert len(values) == len(set(values))
    assert sorted(values) == sorted(names)


def test_every_action_of_either_phase_has_a_reader_s_name_and_no_name_is_left_over() -> None:
    phases = [PROPS["after_acceptance"]["properties"], REVOCATION["then"]["properties"]]
    assert set().union(*phases) == set(labels.ACTIONS)


def test_the_editions_and_the_clouds_each_edition_allows() -> None:
    assert PROPS["edition"]["enum"] == ["global", "21vianet"]
    assert SCHEMA["then"]["properties"]["cloud"]["const"] == "21vianet"
    assert sorted([*SCHEMA["else"]["properties"]["cloud"]["enum"], "21vianet"]) == sorted(labels.CLOUDS)


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
    assert "the required field “id” is missing" in top
    assert "the required field “expect” is missing" in top
    assert len(missing) == len(set(missing)), missing


def test_the_schema_stage_does_not_build_the_rules() -> None:
    """Validation words its messages without importing the rule registry (it is built only to evaluate)."""
    code = "import sys, relcheck.validate.schema, relcheck.validate.consistency; print('relcheck.rules' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_unknown_rules_are_named_with_their_plural_and_the_language_s_and() -> None:
    """“G98 and G99: no such rules”, not a singular after a list; one id keeps the singular."""
    from relcheck.i18n import render
    from relcheck.validate.rule_ids import unknown_rules_message

    several = unknown_rules_message("yes by G98, G99", "global")
    one = unknown_rules_message("yes by G99", "global")
    assert several is not None and one is not None
    assert render(several).startswith(
        "G98 and G99: no such rules; the rules of Partner Center worldwide are G1"
    )
    assert render(one).startswith("G99: no such rule;")
    assert render(several, "es").startswith("G98 y G99:")
