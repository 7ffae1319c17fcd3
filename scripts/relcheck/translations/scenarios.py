"""How fresh each scenario's translated title and description are.

A scenario records, per language, the hash of the English title and description its translation was
written from (`translated_from: {es: <hash>, ...}`). When the English text changes, every language
whose recorded hash differs is reported outdated, exactly as for pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from relcheck.i18n import DEFAULT_LANGUAGE
from relcheck.translations.page_source import content_hash

TEXT_FIELDS = ("title", "description")
BLOCK_START = re.compile(r"^translated_from:[ \t]*(#.*)?$")
BLOCK_ENTRY = re.compile(r"^[ \t]+(?P<lang>[a-z]{2}):[ \t]*(?P<hash>[0-9a-f]+)[ \t]*$")


@dataclass(frozen=True)
class ScenarioStatus:
    path: Path
    scenario_id: str
    lang: str
    state: str  # "up_to_date", "outdated" or "missing"


def english_text_hash(scenario: Mapping[str, Any]) -> str:
    parts = []
    for name in TEXT_FIELDS:
        texts = scenario.get(name)
        parts.append(str(texts.get(DEFAULT_LANGUAGE, "")) if isinstance(texts, Mapping) else "")
    return content_hash("\n".join(parts))


def scenario_statuses(
    scenarios: Iterable[tuple[Path, Mapping[str, Any]]], languages: Iterable[str], default_language: str
) -> list[ScenarioStatus]:
    statuses = []
    others = [lang for lang in languages if lang != default_language]
    for path, scenario in scenarios:
        current = english_text_hash(scenario)
        recorded = scenario.get("translated_from") or {}
        for lang in others:
            has_text = all(
                isinstance(scenario.get(f), Mapping) and scenario[f].get(lang) for f in TEXT_FIELDS
            )
            if not has_text:
                state = "missing"
            elif recorded.get(lang) == current:
                state = "up_to_date"
            else:
                state = "outdated"
            statuses.append(ScenarioStatus(path, str(scenario.get("id", path.stem)), lang, state))
    return statuses


def with_marked_language(text: str, lang: str, text_hash: str) -> str:
    """The scenario file's text with `translated_from.<lang>` set; every other line is kept as it is."""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if BLOCK_START.match(line.rstrip("\n"))), None)
    if start is None:
        newline = "" if not lines or lines[-1].endswith("\n") else "\n"
        return f"{text}{newline}translated_from:\n  {lang}: {text_hash}\n"
    end = start + 1
    entries: dict[str, str] = {}
    while end < len(lines) and (entry := BLOCK_ENTRY.match(lines[end].rstrip("\n"))):
        entries[entry["lang"]] = entry["hash"]
        end += 1
    entries[lang] = text_hash
    block = [lines[start]] + [f"  {code}: {value}\n" for code, value in sorted(entries.items())]
    return "".join(lines[:start] + block + lines[end:])
