"""Which services overlap: a suite and its parts (Office 365 and Exchange Online) are the same service
for the limit of one CSP partner with delegated admin privileges per service (V9).

The structure lives in the schema beside the list of services (``$defs.service.x-parts``), so that a
scenario's author sees it where the names are defined.
"""

from __future__ import annotations

import functools

from relcheck.vocab.enums import SERVICES, schema


@functools.cache
def parts() -> dict[str, frozenset[str]]:
    """{suite: the services it includes}, from the schema."""
    return {suite: frozenset(names) for suite, names in schema()["$defs"]["service"]["x-parts"].items()}


def _expanded(service: str) -> frozenset[str]:
    return frozenset({service}) | parts().get(service, frozenset())


def overlaps_with(service: str) -> frozenset[str]:
    """The services that overlap `service`: itself, a suite that includes it, or a part of it."""
    return frozenset(other for other in SERVICES if _expanded(other) & _expanded(service))
