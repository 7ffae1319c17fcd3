"""Structural parity: does each translated page carry every block of its English page?

The freshness check (`relcheck.translations.pages`) only knows whether the English page changed since
a translation was marked; it cannot see a translation that dropped a table row or a note. This check
reads both pages, cuts them into sections at their headings (paired by position, since heading texts
differ between languages) and compares, section by section, what a reader can count: the heading
levels, the admonitions by kind, the tables and their row counts, the items of each list, the
anchors, the link targets and the `<!-- relcheck:... -->` markers. Prose is not compared.

Links to Microsoft Learn are compared without their locale segment, so that `/es-es/partner-center/x`
on the Spanish page is the counterpart of `/en-us/partner-center/x` on the English page.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from relcheck.translations.page_source import read_page

HEADING = re.compile(r"^(?P<level>#{1,6})[ \t]+(?P<text>.+?)[ \t]*$")
HEADING_ATTRS = re.compile(r"\s*\{[^}]*\}\s*$")
ADMONITION = re.compile(r"^\s*(?:!!!|\?\?\?\+?)\s+(?P<kind>[\w-]+)")
TABLE_ROW = re.compile(r"^\s*\|")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
LIST_ITEM = re.compile(r"^(?P<indent>\s*)(?:[-*+]|\d+\.)\s+(?P<text>\S.*)$")
ANCHOR = re.compile(r"\{:?[^}]*?#(?P<id>[\w-]+)[^}]*\}")
LINK = re.compile(r"\]\((?P<target>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
HTML_LINK = re.compile(r"<a\s[^>]*href=\"(?P<target>[^\"]+)\"")
MARKER = re.compile(r"<!--\s*(?P<marker>relcheck:[^>]*?)\s*-->")
FENCE = re.compile(r"^\s*(```|~~~)")
LEARN_LOCALE = re.compile(r"^(https://learn\.microsoft\.com)/[a-z]{2}-[a-z]{2}/", re.I)

# Intentional differences, each with the reason why it is not a gap. Keys are (page, language);
# "*" stands for every language.
EXCEPTIONS: dict[tuple[str, str], str] = {
    # Each language's glossary is generated from the termbase, which decides its rows; the termbase's
    # own checks, not this page-by-page comparison, make sure every term exists in every language.
    ("glossary.md", "*"): "generated from the termbase",
}


@dataclass
class Section:
    heading: str  # the heading text as written, "(top)" for text before the first heading
    level: int  # 0 for "(top)"
    admonitions: list[str] = field(default_factory=list)
    tables: list[tuple[str, int]] = field(default_factory=list)  # (first cell, number of body rows)
    lists: list[tuple[str, int]] = field(default_factory=list)  # (first item, number of items)
    anchors: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    markers: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Gap:
    page: str
    lang: str
    section: str  # the English heading
    block: str  # the English block that has no counterpart, in words

    def __str__(self) -> str:
        return f"{self.page} [{self.lang}] section {self.section!r}: {self.block}"


def _short(text: str, width: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def normalize_link(target: str) -> str:
    """A link target as compared across languages: Microsoft Learn's locale segment is dropped."""
    return LEARN_LOCALE.sub(r"\1/", target)


def sections(body: str) -> list[Section]:
    """Cut a page body into sections at its headings, with the countable blocks of each."""
    result = [Section("(top)", 0)]
    in_fence = False
    table: list[str] = []
    items: list[str] = []
    list_indent: int | None = None

    def close_table() -> None:
        if table:
            body_rows = [row for row in table[1:] if not TABLE_RULE.match(row)]
            first = table[0].strip().strip("|").split("|")[0]
            result[-1].tables.append((_short(first), len(body_rows)))
            table.clear()

    def close_list() -> None:
        nonlocal list_indent
        if items:
            result[-1].lists.append((_short(items[0]), len(items)))
            items.clear()
        list_indent = None

    for line in body.splitlines():
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        heading = HEADING.match(line)
        if heading:
            close_table()
            close_list()
            text = HEADING_ATTRS.sub("", heading["text"]).strip()
            result.append(Section(text, len(heading["level"])))
            result[-1].anchors.extend(m["id"] for m in ANCHOR.finditer(heading["text"]))
            continue
        section = result[-1]
        if TABLE_ROW.match(line):
            table.append(line)
        else:
            close_table()
        item = LIST_ITEM.match(line)
        if item:
            indent = len(item["indent"].expandtabs(4))
            if list_indent is None:
                list_indent = indent
            # Nested items count too: a dropped sub-step is a dropped fact.
            items.append(item["text"])
        elif line.strip() and list_indent is not None and not line.startswith((" ", "\t")):
            close_list()
        admonition = ADMONITION.match(line)
        if admonition:
            section.admonitions.append(admonition["kind"])
        section.anchors.extend(m["id"] for m in ANCHOR.finditer(line))
        section.links.extend(normalize_link(m["target"]) for m in LINK.finditer(line))
        section.links.extend(normalize_link(m["target"]) for m in HTML_LINK.finditer(line))
        section.markers.extend(" ".join(m["marker"].split()) for m in MARKER.finditer(line))
    close_table()
    close_list()
    return [s for s in result if s.level or any(_blocks(s))]


def _blocks(section: Section) -> Iterable[object]:
    return (
        section.admonitions,
        section.tables,
        section.lists,
        section.anchors,
        section.links,
        section.markers,
    )


def _missing(english: Iterable[str], translated: Iterable[str]) -> list[str]:
    """The English items (with repeats) that the translation lacks."""
    return list((Counter(english) - Counter(translated)).elements())


def compare_sections(page: str, lang: str, english: Section, translated: Section) -> list[Gap]:
    where = english.heading
    gaps: list[Gap] = []

    def gap(block: str) -> None:
        gaps.append(Gap(page, lang, where, block))

    if english.level != translated.level:
        gap(f"heading of level {english.level}, translated as level {translated.level}")
    for kind in _missing(english.admonitions, translated.admonitions):
        gap(f"admonition '{kind}'")
    for index, (first, rows) in enumerate(english.tables):
        if index >= len(translated.tables):
            gap(f"table starting {first!r} ({rows} rows)")
        elif translated.tables[index][1] != rows:
            gap(f"table starting {first!r} has {rows} rows, the translation {translated.tables[index][1]}")
    for index, (first, count) in enumerate(english.lists):
        if index >= len(translated.lists):
            gap(f"list starting {first!r} ({count} items)")
        elif translated.lists[index][1] != count:
            gap(f"list starting {first!r} has {count} items, the translation {translated.lists[index][1]}")
    for anchor in _missing(english.anchors, translated.anchors):
        gap(f"anchor #{anchor}")
    for anchor in _missing(translated.anchors, english.anchors):
        gap(f"anchor #{anchor} exists only in the translation")
    for target in _missing(english.links, translated.links):
        gap(f"link to {target}")
    for target in _missing(translated.links, english.links):
        gap(f"link to {target} exists only in the translation")
    for marker in _missing(english.markers, translated.markers):
        gap(f"marker <!-- {marker} -->")
    return gaps


def _signature(section: Section) -> tuple[int, tuple[str, ...]]:
    # Headings differ in wording between languages; their level and the anchors under them do not.
    return section.level, tuple(sorted(section.anchors))


def compare_pages(page: str, lang: str, english_body: str, translated_body: str) -> list[Gap]:
    english = sections(english_body)
    translated = sections(translated_body)
    if [s.level for s in english] == [s.level for s in translated]:
        # Same outline: sections pair by position, whatever moved inside them.
        return [
            gap
            for pair in zip(english, translated, strict=True)
            for gap in compare_sections(page, lang, *pair)
        ]
    matcher = difflib.SequenceMatcher(
        a=[_signature(s) for s in english], b=[_signature(s) for s in translated], autojunk=False
    )
    gaps: list[Gap] = []
    for _, e_start, e_end, t_start, t_end in matcher.get_opcodes():
        # Sections that do not match exactly are paired in order, so that a section whose anchors
        # moved is compared block by block rather than reported whole.
        pairs = min(e_end - e_start, t_end - t_start)
        for offset in range(pairs):
            gaps.extend(compare_sections(page, lang, english[e_start + offset], translated[t_start + offset]))
        for section in english[e_start + pairs : e_end]:
            gaps.append(Gap(page, lang, section.heading, "the whole section (no matching heading)"))
        for section in translated[t_start + pairs : t_end]:
            gaps.append(Gap(page, lang, section.heading, "a section that the English page does not have"))
    return gaps


def exception_for(page: str, lang: str) -> str | None:
    return EXCEPTIONS.get((page, lang)) or EXCEPTIONS.get((page, "*"))


def check(docs_dir: Path, default_language: str, languages: Iterable[str]) -> list[Gap]:
    """Every gap between each translated page and its English page, except the listed exceptions."""
    english_dir = docs_dir / default_language
    gaps: list[Gap] = []
    for source in sorted(english_dir.rglob("*.md")):
        page = source.relative_to(english_dir).as_posix()
        english = read_page(source).body
        for lang in languages:
            target = docs_dir / lang / page
            if lang == default_language or not target.is_file() or exception_for(page, lang):
                continue  # a missing translation is the freshness check's business
            gaps.extend(compare_pages(page, lang, english, read_page(target).body))
    return gaps


def run(docs_dir: Path) -> int:
    """`relcheck parity`: every structural difference, a count, and exit 1 when there is any."""
    from relcheck.i18n import DEFAULT_LANGUAGE, LANGUAGES

    gaps = check(docs_dir, DEFAULT_LANGUAGE, LANGUAGES)
    for found in gaps:
        print(found)
    print(f"{len(gaps)} structural difference(s) from the English pages")
    return 1 if gaps else 0
