"""The scenario schema: compiled once, its errors turned into localizable problems with positions."""

from __future__ import annotations

import difflib
import functools
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from yaml.nodes import Node

from relcheck.i18n import N_
from relcheck.load.positions import locate, locate_key, pointer
from relcheck.quoting import quoted, quoted_list
from relcheck.resources import resource
from relcheck.result import Message, Problem
from relcheck.validate.rule_ids import unknown_rules_message

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

SCHEMA_PATH = resource("schemas") / "scenario.schema.json"


@functools.cache
def compact_schema() -> dict[str, Any]:
    """The schema as the validators get it: every ``$ref`` replaced by its target, annotations left out.

    The schema file keeps its ``$ref``s and its titles, descriptions and examples for readers. The
    copy keeps the same assertions, minus ``type: string`` where an enumeration of strings already
    implies it. Every reference is local (``#/$defs/...``), so it is resolved here, without the
    ``referencing`` library and without fetching anything.
    """
    schema = _schema()
    compact: dict[str, Any] = _inline(schema, schema, 0)
    return compact


@functools.cache
def validator() -> Draft202012Validator:
    """jsonschema's validator for the compacted schema: it finds and explains every error.

    Imported only when a document fails `fast_check`: importing jsonschema costs more than checking
    a valid file does. That the schema itself is valid draft 2020-12 is checked by the test suite.
    """
    from jsonschema import Draft202012Validator

    return Draft202012Validator(compact_schema())


_ANNOTATIONS = frozenset({"title", "description", "examples", "$comment", "$defs"})
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "dependentSchemas"})  # name -> subschema
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SCHEMA_ONE = frozenset(
    {
        "items",
        "additionalProperties",
        "propertyNames",
        "contains",
        "if",
        "then",
        "else",
        "not",
        "unevaluatedItems",
        "unevaluatedProperties",
    }
)


def _inline(node: Any, document: dict[str, Any], depth: int) -> Any:
    """A schema with every ``$ref`` replaced by its target and the annotations dropped."""
    if depth > 50:
        raise ValueError("the schema's $refs nest too deeply (a reference cycle?)")
    if not isinstance(node, dict):
        return node
    if isinstance(node.get("$ref"), str):
        target = _lookup(document, node["$ref"])
        merged = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
        return _inline(merged, document, depth + 1)
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _ANNOTATIONS or (key == "type" and _implied_string(node)):
            continue
        if key in _SCHEMA_MAPS:
            value = {name: _inline(sub, document, depth + 1) for name, sub in value.items()}
        elif key in _SCHEMA_LISTS:
            value = [_inline(sub, document, depth + 1) for sub in value]
        elif key in _SCHEMA_ONE:
            value = _inline(value, document, depth + 1)
        out[key] = value
    return out


def _lookup(document: dict[str, Any], ref: str) -> Any:
    """The target of a local reference (``#/$defs/name``, optionally after the schema's ``$id``)."""
    base, _, fragment = ref.partition("#")
    if base not in ("", document.get("$id")) or not fragment.startswith("/"):
        raise ValueError(f"the schema refers outside itself: {ref}")
    node: Any = document
    for token in fragment[1:].split("/"):
        node = node[token.replace("~1", "/").replace("~0", "~")]
    return node


def _implied_string(node: dict[str, Any]) -> bool:
    """``type: string`` beside an ``enum`` or ``const`` of strings asserts nothing more."""
    if node.get("type") != "string":
        return False
    values = node["enum"] if "enum" in node else [node["const"]] if "const" in node else None
    return values is not None and all(isinstance(v, str) for v in values)


@functools.cache
def _schema() -> dict[str, Any]:
    """The schema file as written, annotations included."""
    loaded: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return loaded


def _examples(pattern: str) -> Message | str:
    """Examples of the answers a pattern accepts, from the schema's own examples."""
    for definition in _schema()["$defs"].values():
        if definition.get("pattern") == pattern:
            return quoted_list(definition.get("examples", []))
    return quoted("not_stated")


@functools.cache
def fast_check() -> Callable[[Any], Any]:
    """A yes/no validator compiled to Python by fastjsonschema: every document goes through it first.

    It compiles the compacted schema, which uses only keywords that mean the same in draft 7
    (fastjsonschema's newest): types, enumerations, patterns, lengths, closed objects,
    ``if``/``then``/``else``. Compiling takes about 30 ms, less than importing jsonschema; a tested
    guarantee keeps both validators in agreement.
    """
    import fastjsonschema

    return fastjsonschema.compile({**compact_schema(), "$schema": "http://json-schema.org/draft-07/schema#"})


def is_valid(data: Any) -> bool:
    """Whether a document meets the schema, without importing jsonschema."""
    from fastjsonschema import JsonSchemaException

    try:
        fast_check()(data)
    except JsonSchemaException:
        return False
    return True


def errors(data: Any, root: Node | None = None) -> list[ValidationError]:
    """Every schema error of a document, the most useful first; none for a valid document.

    Problems higher up come first (a missing section before a wrong value inside another one); at
    the same depth, the order of the file when `root` gives positions, so that the report reads
    from the top of the file down. The schema has no ``anyOf`` or ``oneOf``, so every error is a leaf;
    should one be added, ``jsonschema.exceptions.best_match`` picks the telling branch.
    """
    if is_valid(data):
        return []
    found = list(validator().iter_errors(data))

    def key(error: ValidationError) -> tuple[Any, ...]:
        where = locate(root, error.absolute_path) if root is not None else (0, 0)
        return (len(error.absolute_path), where, pointer(error.absolute_path))

    return sorted(found, key=key)


REQUIRED_MESSAGE = re.compile(r"^'(.*)' is a required property$")


def problems(path: Path, error: ValidationError, root: Node, data: Any) -> Iterator[Problem]:
    """The problems one schema error stands for, each at the place a reviewer must edit.

    An unknown field is reported at its own key, with the closest field the schema knows there;
    jsonschema reports the mapping that holds it, which can be many lines above.
    """
    where = list(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = [str(name) for name in error.schema.get("properties", {})]
        unknown = [key for key in error.instance if key not in allowed]
        for key in sorted(unknown, key=lambda k: locate_key(root, where, k)):
            key_line, key_column = locate_key(root, where, key)
            yield Problem(
                path, key_line, key_column, pointer([*where, key]), _unknown_field(str(key), allowed)
            )
        return
    line, column = locate(root, where)
    edition = data.get("edition") if isinstance(data, dict) else None
    yield Problem(path, line, column, pointer(where), message(error, edition))


def _unknown_field(name: str, allowed: list[str]) -> Message:
    close = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
    if close:
        return Message(
            N_("unknown field %(name)s; did you mean %(suggestion)s?"),
            {"name": quoted(name), "suggestion": quoted(close[0])},
        )
    return Message(N_("unknown field %(name)s"), {"name": quoted(name)})


def message(error: ValidationError, edition: Any = None) -> Message:
    """The error in words, as a localizable message."""
    kind, value, expected = error.validator, error.instance, error.validator_value
    if kind == "required":
        # jsonschema reports each missing property as its own error; its message names which one.
        named = REQUIRED_MESSAGE.match(error.message)
        missing = named[1] if named else "?"
        return Message(N_("the required field %(name)s is missing"), {"name": quoted(missing)})
    if kind == "additionalProperties" and isinstance(value, dict):
        allowed = error.schema.get("properties", {})
        return Message(
            N_("unknown field %(name)s"),
            {"name": quoted_list(sorted(str(k) for k in value if k not in allowed))},
        )
    if kind == "propertyNames":
        return Message(N_("unknown field %(name)s"), {"name": _short(value)})
    if kind == "pattern" and (unknown_rules := unknown_rules_message(value, edition)) is not None:
        return unknown_rules
    if kind == "type":
        return Message(
            N_("%(value)s is not of type %(expected)s"), {"value": _short(value), "expected": str(expected)}
        )
    if kind in ("enum", "const"):
        choices = quoted_list(expected if kind == "enum" else [expected])
        return Message(
            N_("%(value)s is not one of: %(choices)s"), {"value": _short(value), "choices": choices}
        )
    if kind == "pattern" and value == "not_applicable":
        return Message(
            N_(
                "not_applicable is no longer an outcome: write not_stated when the edition's source says nothing about it, or not_reached when an earlier answer ended the flow"
            )
        )
    if kind == "pattern" and "not_stated" in str(expected):
        return Message(
            N_("%(value)s is not an expected answer; write, for example, %(examples)s"),
            {"value": _short(value), "examples": _examples(expected)},
        )
    if kind == "pattern":
        return Message(
            N_("%(value)s does not match the pattern %(pattern)s"),
            {"value": _short(value), "pattern": expected},
        )
    if kind in ("minLength", "maxLength", "minItems", "maxItems"):
        return Message(
            N_("%(value)s is too short or too long (%(rule)s %(limit)s)"),
            {"value": _short(value), "rule": kind, "limit": expected},
        )
    if kind == "uniqueItems":
        return Message(N_("%(value)s has repeated items"), {"value": _short(value)})
    return Message(N_("%(problem)s"), {"problem": error.message})


def _short(value: Any) -> Message | str:
    """A value the file wrote, shortened: a text in the reader's quotation marks, anything else as JSON."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    short = text if len(text) <= 60 else text[:57] + "…"
    return quoted(short) if isinstance(value, str) else short
