"""The values a scenario may hold, read once from the schema: the one list of each kind.

The schema is the contract a scenario's author reads (each value there has its title and description),
so the checker, the site and the form take their lists from it rather than restating them. The
reader's name of each value lives in `relcheck.vocab.labels`, and a test keeps those tables complete.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from relcheck.resources import resource


@functools.cache
def schema() -> dict[str, Any]:
    """The scenario schema as its file holds it."""
    data: dict[str, Any] = json.loads(
        (resource("schemas") / "scenario.schema.json").read_text(encoding="utf-8")
    )
    return data


def _enum(*path: str) -> tuple[str, ...]:
    node: Any = schema()
    for step in path:
        node = node[step]
    return tuple(node["enum"])


def _keys(*path: str) -> tuple[str, ...]:
    node: Any = schema()
    for step in path:
        node = node[step]
    return tuple(node["properties"])


EDITIONS = _enum("properties", "edition")
ROLES = _enum("properties", "partner", "properties", "role")
MODELS = _enum("properties", "partner", "properties", "model")
REGIONS = _enum("properties", "partner", "properties", "region")
ARRANGEMENTS = _enum("properties", "customer", "properties", "arrangement")
SERVICES = _enum("$defs", "service")
# The clouds of each edition: the schema's if/then/else ties the 21Vianet edition to its own cloud.
CLOUDS_BY_EDITION: dict[str, tuple[str, ...]] = {
    schema()["if"]["properties"]["edition"]["const"]: (schema()["then"]["properties"]["cloud"]["const"],),
    **{
        edition: _enum("else", "properties", "cloud")
        for edition in EDITIONS
        if edition != schema()["if"]["properties"]["edition"]["const"]
    },
}
CLOUDS = _enum("properties", "cloud")


def has_one_cloud(edition: str) -> bool:
    """Whether an edition has a single cloud, so that its name says which (a heading, a header line)."""
    return len(CLOUDS_BY_EDITION.get(edition, ())) == 1


# What a partner may mean to do after the customer accepts, and after it removes the permissions.
ACTIONS_AFTER_ACCEPTANCE = _keys("properties", "after_acceptance")
ACTIONS_AFTER_REVOCATION = _keys("properties", "revocation", "properties", "then")
# The questions every scenario answers, and those asked after a revocation, in the schema's order.
QUESTIONS = _keys("properties", "expect")
REVOCATION_QUESTIONS = _keys("properties", "revocation", "properties", "expect")
# What the partner did with the request: each a yes/no field of the schema's `request`.
REQUEST_SWITCHES = tuple(
    name
    for name, field in schema()["properties"]["request"]["properties"].items()
    if field.get("type") == "boolean"
)
