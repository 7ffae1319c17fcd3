"""The two editions of the procedure: which page states each one and when its source was dated."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Edition:
    key: str
    page: str  # docs-relative Markdown path of the procedure page, the same in every language
    source_date: date  # the date of the Microsoft page each edition's facts come from


EDITIONS: dict[str, Edition] = {
    "global": Edition("global", "request-reseller-relationship.md", date(2020, 6, 17)),
    "21vianet": Edition("21vianet", "request-reseller-relationship-21vianet.md", date(2018, 10, 29)),
}
