"""Country and region: the checker's own table, and the check that a scenario's pair agrees with it.

Microsoft's page speaks of "your country or your region" (G5) without defining regions, so the table in
``schemas/regions.json`` is the checker's reading; the site says so and publishes it.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Mapping
from typing import Any

from relcheck.i18n import N_
from relcheck.resources import resource
from relcheck.result import Message

TABLE_FILE = "schemas/regions.json"


@functools.cache
def region_of() -> dict[str, str]:
    """{country code: region}, from the table."""
    data = json.loads((resource("schemas") / "regions.json").read_text(encoding="utf-8"))
    return {country: region for region, countries in data["regions"].items() for country in countries}


def mismatches(scenario: Mapping[str, Any]) -> Iterator[tuple[tuple[str, ...], Message]]:
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
                    {"country": country, "expected": expected, "region": region, "table": TABLE_FILE},
                ),
            )
