"""Country and region: the checker's own table of which region each country belongs to.

Microsoft's page speaks of "your country or your region" (G5) without defining regions, so the table in
``schemas/regions.json`` is the checker's reading; the site says so and publishes it.
"""

from __future__ import annotations

import functools
import json

from relcheck.resources import resource

TABLE_FILE = "schemas/regions.json"


@functools.cache
def region_of() -> dict[str, str]:
    """{country code: region}, from the table."""
    data = json.loads((resource("schemas") / "regions.json").read_text(encoding="utf-8"))
    return {country: region for region, countries in data["regions"].items() for country in countries}
