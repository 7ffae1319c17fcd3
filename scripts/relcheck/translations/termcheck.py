"""Check the project's texts against each language's termbase and name the file and line of every
forbidden variant: the pages (``docs/<lang>/**/*.md``), the translations (``msgstr`` of
``locales/<lang>/LC_MESSAGES/messages.po``), the scenarios' titles and descriptions in that language,
and the termbase's own definitions, which become the glossary.

``relcheck terms [--project DIR]`` prints one line per finding and exits 1 when there is any.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import yaml

from relcheck.translations.terms import Finding, Termbase, TermbaseError, find_variants, load_termbases


def _findings(path: Path, text: str, first_line: int, termbase: Termbase) -> Iterator[Finding]:
    for offset, found, term in find_variants(text, termbase):
        yield Finding(path, first_line + text.count("\n", 0, offset), found, term.preferred)


def check_page(path: Path, termbase: Termbase) -> Iterator[Finding]:
    yield from _findings(path, path.read_text(encoding="utf-8"), 1, termbase)


def _msgstr_blocks(lines: list[str]) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """Each msgstr's text, joined from its quoted segments, with (offset, line) of every segment."""
    text, inside = "", False
    segments: list[tuple[int, int]] = []
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith("msgstr"):
            if inside:
                yield text, segments
            text, segments, inside = "", [], True
            stripped = stripped.partition(" ")[2]
        elif not (inside and stripped.startswith('"')):
            if inside:
                yield text, segments
            text, segments, inside = "", [], False
            continue
        segments.append((len(text), number))
        text += ast.literal_eval(stripped)
    if inside:
        yield text, segments


def check_po(path: Path, termbase: Termbase) -> Iterator[Finding]:
    """Translations only: a msgid is English whatever the catalog's language."""
    lines = path.read_text(encoding="utf-8").splitlines()
    for text, segments in _msgstr_blocks(lines):
        for offset, found, term in find_variants(text, termbase):
            line = max(number for start, number in segments if start <= offset)
            yield Finding(path, line, found, term.preferred)


def check_scenario(path: Path, termbase: Termbase) -> Iterator[Finding]:
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except yaml.YAMLError:
        return  # an unreadable scenario is the checker's to report, with its position
    if not isinstance(root, yaml.MappingNode):
        return
    for key, value in root.value:
        if key.value not in ("title", "description") or not isinstance(value, yaml.MappingNode):
            continue
        for lang_node, text_node in value.value:
            if lang_node.value == termbase.lang and isinstance(text_node, yaml.ScalarNode):
                yield from _findings(path, str(text_node.value), text_node.start_mark.line + 1, termbase)


def check_definitions(termbase: Termbase) -> Iterator[Finding]:
    text = termbase.path.read_text(encoding="utf-8")
    root = yaml.compose(text)
    assert isinstance(root, yaml.MappingNode)
    terms = next(v for k, v in root.value if k.value == "terms")
    for term_node in terms.value:
        for key, value in term_node.value:
            if key.value in ("definition", "preferred") and isinstance(value, yaml.ScalarNode):
                yield from _findings(termbase.path, str(value.value), value.start_mark.line + 1, termbase)


def check_project(root: Path) -> list[Finding]:
    """Every forbidden variant in the project's pages, catalogs, scenarios and termbases."""
    termbases = load_termbases(root / "locales")
    findings: list[Finding] = []
    scenarios = sorted((root / "scenarios").glob("*.yaml"))
    for lang, termbase in termbases.items():
        for page in sorted((root / "docs" / lang).rglob("*.md")):
            findings += check_page(page, termbase)
        findings += check_po(root / "locales" / lang / "LC_MESSAGES" / "messages.po", termbase)
        for scenario in scenarios:
            findings += check_scenario(scenario, termbase)
        findings += check_definitions(termbase)
    return findings


def run(project: Path) -> int:
    """`relcheck terms`: one line per finding; exit 1 when there is any, 2 when a termbase is unreadable."""
    try:
        findings = check_project(project)
    except TermbaseError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for finding in findings:
        print(finding)
    print(f"{len(findings)} forbidden variant(s) of the termbases' terms")
    return 1 if findings else 0
