"""One search index per language instead of the stack's single mixed one.

mkdocs-static-i18n merges every language into `search/search_index.json`, where one reader's query
matches pages of all five languages and each stemmer mangles the other languages' words. Here the
merged index is split by the language prefix of each entry's location: the default language keeps the
root index, every other language gets `<lang>/search/search_index.json` with locations relative to its
own root and its own stemmer (lunr's `lang`). The pages then point their search at their own index.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

INDEX_PATH = Path("search") / "search_index.json"


def split_index(
    merged: Mapping[str, Any], default_language: str, languages: Iterable[str]
) -> dict[str, dict[str, Any]]:
    """Return {language: index} with each entry under the language that its location belongs to."""
    others = [lang for lang in languages if lang != default_language]
    indexes: dict[str, dict[str, Any]] = {}
    for lang in [default_language, *others]:
        config = dict(merged.get("config", {}))
        config["lang"] = [lang]
        indexes[lang] = {"config": config, "docs": []}
    for entry in merged.get("docs", []):
        location: str = entry.get("location", "")
        lang = next((other for other in others if location.startswith(f"{other}/")), default_language)
        if lang != default_language:
            entry = {**entry, "location": location[len(lang) + 1 :]}
        indexes[lang]["docs"].append(entry)
    return indexes


def write_language_indexes(site_dir: Path, default_language: str, languages: Iterable[str]) -> None:
    """Replace the merged index in `site_dir` by one index per language."""
    merged_path = site_dir / INDEX_PATH
    if not merged_path.is_file():
        return
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    for lang, index in split_index(merged, default_language, languages).items():
        target = site_dir / INDEX_PATH if lang == default_language else site_dir / lang / INDEX_PATH
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
