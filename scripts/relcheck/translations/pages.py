"""How fresh each translation is, compared with the English page it was translated from.

Each translated page records, in its front matter, the hash of the English page it was translated
from (`source_hash`) and the hash of each of that page's sections (`source_sections`). A translation
is *up to date* when the English page still hashes the same, *outdated* when it does not (the
sections whose hashes differ are the ones to look at), *missing* when the language has no file (the
site shows the English page instead) and *orphaned* when there is no English page any more.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from relcheck.i18n import N_, Np_
from relcheck.translations.atomic import replace_text
from relcheck.translations.page_source import content_hash, read_page, section_hashes, with_front_matter

STATE_LABELS = {
    "up_to_date": N_("up to date"),
    "outdated": N_("outdated"),
    "missing": N_("missing (the English text is shown)"),
    "orphaned": N_("orphaned (no English page)"),
}
# How many translations are in each state, for the closing line: each language's plural forms.
STATE_COUNTS = {
    "up_to_date": Np_("%(num)d up to date", "%(num)d up to date"),
    "outdated": Np_("%(num)d outdated", "%(num)d outdated"),
    "missing": Np_(
        "%(num)d missing (the English text is shown)", "%(num)d missing (the English text is shown)"
    ),
    "orphaned": Np_("%(num)d orphaned (no English page)", "%(num)d orphaned (no English page)"),
}
# The same states in a word or two, for the columns of a table where the long labels do not fit.
STATE_SHORT_LABELS = {
    "up_to_date": N_("up to date"),
    "outdated": N_("outdated"),
    "missing": N_("missing"),
    "orphaned": N_("orphaned"),
}


@dataclass(frozen=True)
class PageStatus:
    page: str  # path inside a language folder, e.g. "concepts/multi-channel.md"
    lang: str
    state: str  # a key of STATE_LABELS
    changed_sections: tuple[str, ...] = ()  # English headings whose text changed, for "outdated"
    never_marked: bool = False  # outdated because no source hash was ever recorded


@dataclass
class TranslationReport:
    default_language: str
    languages: tuple[str, ...]
    statuses: list[PageStatus] = field(default_factory=list)

    def status_of(self, page: str, lang: str) -> PageStatus | None:
        return next((s for s in self.statuses if s.page == page and s.lang == lang), None)

    def pages(self) -> list[str]:
        return sorted({s.page for s in self.statuses})

    def needs_work(self) -> bool:
        return any(s.state in ("outdated", "missing") for s in self.statuses)


def _markdown_pages(folder: Path) -> set[str]:
    if not folder.is_dir():
        return set()
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*.md")}


def page_status(docs_dir: Path, page: str, lang: str, default_language: str) -> PageStatus:
    source = docs_dir / default_language / page
    target = docs_dir / lang / page
    if not source.is_file():
        return PageStatus(page, lang, "orphaned")
    if not target.is_file():
        return PageStatus(page, lang, "missing")
    english = read_page(source).body
    meta = read_page(target).meta
    recorded = meta.get("source_hash")
    if recorded == content_hash(english):
        return PageStatus(page, lang, "up_to_date")
    if recorded is None:
        return PageStatus(page, lang, "outdated", never_marked=True)
    old_sections = meta.get("source_sections") or {}
    new_sections = section_hashes(english)
    changed = tuple(
        name
        for name in [*new_sections, *(n for n in old_sections if n not in new_sections)]
        if old_sections.get(name) != new_sections.get(name)
    )
    return PageStatus(page, lang, "outdated", changed_sections=changed)


def report(docs_dir: Path, default_language: str, languages: Iterable[str]) -> TranslationReport:
    langs = tuple(languages)
    result = TranslationReport(default_language, langs)
    english = _markdown_pages(docs_dir / default_language)
    for lang in langs:
        if lang == default_language:
            continue
        pages = english | _markdown_pages(docs_dir / lang)
        result.statuses.extend(page_status(docs_dir, page, lang, default_language) for page in sorted(pages))
    return result


class MarkError(ValueError):
    pass


def mark_up_to_date(docs_dir: Path, page: str, lang: str, default_language: str) -> Path:
    """Record that `lang`'s translation of `page` now matches the English page. Returns the file changed."""
    source = docs_dir / default_language / page
    target = docs_dir / lang / page
    if lang == default_language:
        raise MarkError(f"{page}: {lang} is the source language; only translations are marked")
    if not source.is_file():
        raise MarkError(f"{source}: no such English page")
    if not target.is_file():
        raise MarkError(f"{target}: no such translation")
    english = read_page(source).body
    text = target.read_text(encoding="utf-8")
    updated = with_front_matter(
        text, {"source_hash": content_hash(english), "source_sections": section_hashes(english)}
    )
    replace_text(target, updated)
    return target
