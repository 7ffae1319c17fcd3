"""Which services overlap: a suite and its parts (Office 365 and Exchange Online) are the same service
for the limit of one CSP partner with delegated admin privileges per service (V9).

The structure lives in the schema beside the list of services (``$defs.service.x-parts``), so that a
scenario's author sees it where the names are defined.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable

from relcheck.resources import resource


@functools.cache
def parts() -> dict[str, frozenset[str]]:
    """{suite: the services it includes}, from the schema."""
    schema = json.loads((resource("schemas") / "scenario.schema.json").read_text(encoding="utf-8"))
    return {suite: frozenset(names) for suite, names in schema["$defs"]["service"]["x-parts"].items()}


def _expanded(service: str) -> frozenset[str]:
    return frozenset({service}) | parts().get(service, frozenset())


def overlapping(held: Iterable[str], wanted: Iterable[str]) -> frozenset[str]:
    """The services in `held` that overlap any service in `wanted`: the same one, a suite that includes
    it, or a part of it."""
    wanted_all = frozenset().union(*(_expanded(s) for s in wanted))
    return frozenset(s for s in held if _expanded(s) & wanted_all)
