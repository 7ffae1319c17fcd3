"""Consistency across fields of a scenario the schema has accepted: what a JSON Schema cannot say.

Three checks, in order, each reported at the line of the field at fault: a country and region that
disagree with the checker's region table; an id that differs from the file name; an expectation that
names a rule of the other edition.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from yaml.nodes import Node

from relcheck.i18n import N_
from relcheck.load.positions import locate, pointer
from relcheck.quoting import quoted
from relcheck.result import Message, Problem
from relcheck.validate.rule_ids import foreign_rules
from relcheck.vocab.regions import TABLE_FILE, region_of

Found = Iterator[tuple[tuple[str, ...], Message]]


def problems(path: Path, data: Mapping[str, Any], root: Node) -> list[Problem]:
    """The problems of the first check that finds any (a later check assumes the earlier ones passed)."""
    for check in (region_mismatches(data), id_mismatch(data, path), foreign_rules(data)):
        found = [
            Problem(path, *locate(root, list(where)), pointer(where), message) for where, message in check
        ]
        if found:
            return found
    return []


def id_mismatch(data: Mapping[str, Any], path: Path) -> Found:
    """The id, when it differs from the file's name without ``.yaml``."""
    if data["id"] != path.stem:
        yield (
            ("id",),
            Message(
                N_("the id %(id)s differs from the file name %(stem)s"),
                {"id": quoted(data["id"]), "stem": quoted(path.stem)},
            ),
        )


def region_mismatches(scenario: Mapping[str, Any]) -> Iterator[tuple[tuple[str, ...], Message]]:
    """(path in the document, what is wrong) for each party whose country and region disagree."""
    for party in ("partner", "customer"):
        country, region = scenario[party]["country"], scenario[party]["region"]
        expected = region_of().get(country)
        if expected is None:
            yield (
                (party, "country"),
                Message(
                    N_("the country %(country)s is not in the region table (%(table)s)"),
                    {"country": country, "table": TABLE_FILE},
                ),
            )
        elif expected != region:
            yield (
                (party, "region"),
                Message(
                    N_(
                        "%(country)s is in the region %(expected)s in the region table (%(table)s), not %(region)s"
                    ),
                    {
                        "country": country,
                        "expected": quoted(expected),
                        "region": quoted(region),
                        "table": TABLE_FILE,
                    },
                ),
            )
