from __future__ import annotations

from typing import Any

from relcheck.site.search_index import split_index


def test_each_entry_goes_to_its_language_with_locations_relative_to_it() -> None:
    merged: dict[str, Any] = {
        "config": {"lang": ["en", "es", "ru"], "separator": "[\\s\\-]+"},
        "docs": [
            {"location": "", "title": "Home", "text": "a"},
            {"location": "es/", "title": "Inicio", "text": "b"},
            {"location": "ru/concepts/x/#y", "title": "Раздел", "text": "c"},
            {"location": "espresso/", "title": "An English page whose path starts with es", "text": "d"},
        ],
    }
    indexes = split_index(merged, "en", ["en", "es", "ru"])
    assert indexes["en"]["config"] == {"lang": ["en"], "separator": "[\\s\\-]+"}
    assert [d["location"] for d in indexes["en"]["docs"]] == ["", "espresso/"]
    assert [d["location"] for d in indexes["es"]["docs"]] == [""]
    assert indexes["ru"]["docs"] == [{"location": "concepts/x/#y", "title": "Раздел", "text": "c"}]
    assert indexes["ru"]["config"]["lang"] == ["ru"]
    assert merged["docs"][1]["location"] == "es/", "the merged index is left as it was"
