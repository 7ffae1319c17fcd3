"""The two editions of the procedure: their names, which page states each one and when its source was dated."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from relcheck.i18n import N_


@dataclass(frozen=True)
class Edition:
    key: str
    name: str  # the reader's name of the edition, an English msgid (render it with `relcheck.i18n`)
    page: str  # docs-relative Markdown path of the procedure page, the same in every language
    source_date: date  # the date of the Microsoft page each edition's facts come from


EDITIONS: dict[str, Edition] = {
    "global": Edition(
        "global", N_("Partner Center worldwide"), "request-reseller-relationship.md", date(2020, 6, 17)
    ),
    "21vianet": Edition(
        "21vianet",
        N_("Partner Center operated by 21Vianet"),
        "request-reseller-relationship-21vianet.md",
        date(2018, 10, 29),
    ),
}
