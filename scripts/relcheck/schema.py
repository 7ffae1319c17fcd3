"""The scenario schema: compiled once, its errors turned into localizable problems with positions."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from jsonschema import Draft202012Validator, _keywords, validators
from jsonschema.exceptions import ValidationError, relevance
from referencing import Registry, Resource
from yaml.nodes import MappingNode, Node, SequenceNode

from relcheck.i18n import N_
from relcheck.resources import resource
from relcheck.result import Message

SCHEMA_PATH = resource("schemas") / "scenario.schema.json"


@functools.cache
def _schema() -> dict[str, Any]:
    """The schema file as written, annotations included."""
    loaded: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return loaded


@functools.cache
def validator() -> Draft202012Validator:
    """The validator, built once per process; every ``$ref`` is resolved here, nothing is fetched.

    The schema file keeps its ``$ref``s and its titles, descriptions and examples for readers. The
    validator gets a copy with each reference replaced by its target, the annotations left out, and
    ``type: string`` dropped where an enumeration of strings already implies it: the same assertions,
    checked about twice as fast, which matters on a catalog of thousands of files. That the schema
    itself is valid draft 2020-12 is checked by the test suite, not on every run (it costs 20 ms).
    """
    schema = _schema()
    registry: Registry[Any] = Registry().with_resource(schema["$id"], Resource.from_contents(schema))
    compact = _inline(schema, registry.resolver(schema["$id"]), 0)
    return _FastValidator(compact)


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


def _inline(node: Any, resolver: Any, depth: int) -> Any:
    """A schema with every ``$ref`` replaced by its target and the annotations dropped."""
    if depth > 50:
        raise ValueError("the schema's $refs nest too deeply (a reference cycle?)")
    if not isinstance(node, dict):
        return node
    if isinstance(node.get("$ref"), str):
        target = resolver.lookup(node["$ref"]).contents
        return _inline({**target, **{k: v for k, v in node.items() if k != "$ref"}}, resolver, depth + 1)
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _ANNOTATIONS or (key == "type" and _implied_string(node)):
            continue
        if key in _SCHEMA_MAPS:
            value = {name: _inline(sub, resolver, depth + 1) for name, sub in value.items()}
        elif key in _SCHEMA_LISTS:
            value = [_inline(sub, resolver, depth + 1) for sub in value]
        elif key in _SCHEMA_ONE:
            value = _inline(value, resolver, depth + 1)
        out[key] = value
    return out


def _implied_string(node: dict[str, Any]) -> bool:
    """``type: string`` beside an ``enum`` or ``const`` of strings asserts nothing more."""
    if node.get("type") != "string":
        return False
    values = node["enum"] if "enum" in node else [node["const"]] if "const" in node else None
    return values is not None and all(isinstance(v, str) for v in values)


def _enum(validator: Any, enums: Any, instance: Any, schema: Any) -> Iterator[ValidationError]:
    """jsonschema's ``enum``, with a fast path for text: ``in`` on a list gives the same answer for a str."""
    if isinstance(instance, str) and instance in enums:
        return
    yield from _keywords.enum(validator, enums, instance, schema)


def _properties(validator: Any, properties: Any, instance: Any, schema: Any) -> Iterator[ValidationError]:
    """jsonschema's ``properties``, handing the current resolver down.

    Without a resolver, every step down builds a new resource for the subschema so that a ``$ref`` or
    ``$id`` inside it resolves; the compacted schema has neither, so the current one is the same.
    """
    if not isinstance(instance, dict):
        return
    resolver = getattr(validator, "_resolver", None)
    for name, subschema in properties.items():
        if name in instance:
            yield from validator.descend(
                instance[name], subschema, path=name, schema_path=name, resolver=resolver
            )


def _items(validator: Any, items: Any, instance: Any, schema: Any) -> Iterator[ValidationError]:
    """jsonschema's ``items`` (draft 2020-12: one schema, no ``prefixItems`` here), as `_properties`."""
    if not isinstance(instance, list) or isinstance(items, bool) or "prefixItems" in schema:
        yield from _keywords.items(validator, items, instance, schema)
        return
    resolver = getattr(validator, "_resolver", None)
    for index, item in enumerate(instance):
        yield from validator.descend(item, items, path=index, resolver=resolver)


_FastValidator = validators.extend(
    Draft202012Validator, {"enum": _enum, "properties": _properties, "items": _items}
)


def _examples(pattern: str) -> str:
    """Examples of the answers a pattern accepts, from the schema's own examples."""
    for definition in _schema()["$defs"].values():
        if definition.get("pattern") == pattern:
            return ", ".join(f"“{e}”" for e in definition.get("examples", []))
    return "not_stated"


def pointer(path: Any) -> str:
    """The JSON Pointer (RFC 6901) of a path of keys and indexes."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


@functools.cache
def fast_check() -> Callable[[Any], Any]:
    """A yes/no validator compiled to Python by fastjsonschema, about fifteen times faster.

    It compiles the same compacted schema as `validator`, which uses only keywords that mean the same
    in draft 7 (fastjsonschema's newest): types, enumerations, patterns, lengths, closed objects,
    ``if``/``then``/``else``. Compiling takes tens of milliseconds, so only large catalogs use it
    (`relcheck.checker.FAST_FROM`); a tested guarantee keeps both validators in agreement.
    """
    import fastjsonschema

    compact = {**validator().schema, "$schema": "http://json-schema.org/draft-07/schema#"}
    return fastjsonschema.compile(compact)


def errors(data: Any, root: Node | None = None, fast: bool = False) -> list[ValidationError]:
    """Every schema error of a document, the most useful first.

    Problems higher up come first (a missing section before a wrong value inside another one); at
    the same depth, the order of the file when `root` gives positions, so that the report reads
    from the top of the file down. With `fast`, a document `fast_check` accepts is not walked again.
    """
    if fast:
        from fastjsonschema import JsonSchemaException

        try:
            fast_check()(data)
            return []
        except JsonSchemaException:
            pass  # jsonschema finds and explains every error below
    found = [_best_leaf(e) for e in validator().iter_errors(data)]

    def key(error: ValidationError) -> tuple[Any, ...]:
        where = locate(root, error.absolute_path) if root is not None else (0, 0)
        return (len(error.absolute_path), where, pointer(error.absolute_path))

    return sorted(found, key=key)


def _best_leaf(error: ValidationError) -> ValidationError:
    while error.context:  # anyOf / oneOf: the branch error is more telling than the summary
        error = sorted(error.context, key=relevance, reverse=True)[0]
    return error


REQUIRED_MESSAGE = re.compile(r"^'(.*)' is a required property$")


def message(error: ValidationError) -> Message:
    """The error in words, as a localizable message."""
    kind, value, expected = error.validator, error.instance, error.validator_value
    if kind == "required":
        # jsonschema reports each missing property as its own error; its message names which one.
        named = REQUIRED_MESSAGE.match(error.message)
        missing = named[1] if named else "?"
        return Message(N_("the required field %(name)s is missing"), {"name": missing})
    if kind == "additionalProperties" and isinstance(value, dict):
        allowed = error.schema.get("properties", {})
        unknown = ", ".join(sorted(str(k) for k in value if k not in allowed))
        return Message(N_("unknown field %(name)s"), {"name": unknown})
    if kind == "propertyNames":
        return Message(N_("unknown field %(name)s"), {"name": _short(value)})
    if kind == "type":
        return Message(
            N_("%(value)s is not of type %(expected)s"), {"value": _short(value), "expected": str(expected)}
        )
    if kind in ("enum", "const"):
        choices = ", ".join(str(c) for c in (expected if kind == "enum" else [expected]))
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


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "…"


def expectation_lines(root: Node) -> dict[tuple[str, ...], int]:
    """The line of every expectation (``expect``, ``after_acceptance``, ``revocation/expect`` and
    ``revocation/then``), in one pass."""
    lines: dict[tuple[str, ...], int] = {}

    def collect(node: Node, prefix: tuple[str, ...]) -> None:
        if isinstance(node, MappingNode):
            for key, _ in _pairs(node):
                lines[(*prefix, key.value)] = key.start_mark.line + 1

    if isinstance(root, MappingNode):
        for key, value in _pairs(root):
            if key.value in ("expect", "after_acceptance"):
                collect(value, (key.value,))
            elif key.value == "revocation" and isinstance(value, MappingNode):
                for k, v in _pairs(value):
                    if k.value in ("then", "expect"):
                        collect(v, ("revocation", k.value))
    return lines


def locate(root: Node | None, path: Any) -> tuple[int | None, int | None]:
    """The 1-based line and column of the value at a path of the document, or of its nearest parent."""
    if root is None:
        return None, None
    node = root
    for step in path:
        child = _child(node, step)
        if child is None:
            break
        node = child
    return node.start_mark.line + 1, node.start_mark.column + 1


def _child(node: Node, step: Any) -> Node | None:
    if isinstance(node, SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
        child: Node = node.value[step]
        return child
    if isinstance(node, MappingNode):
        for key, value in _pairs(node):
            if key.value == step:
                return value
    return None


def _pairs(node: MappingNode) -> Iterator[tuple[Node, Node]]:
    """Explicit pairs first, then those brought in by merge keys (the same precedence as the loader)."""
    merges: list[Node] = []
    for key, value in node.value:
        if key.tag.endswith(":merge"):
            merges.extend(value.value if isinstance(value, SequenceNode) else [value])
        else:
            yield key, value
    for source in merges:
        if isinstance(source, MappingNode):
            yield from _pairs(source)
