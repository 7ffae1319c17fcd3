"""One termbase per language: the English term, the term this site uses, its forbidden variants and,
for the glossary, its definition.

The data is ``locales/<lang>/termbase.yaml``. Its entries are in glossary order; an entry with
``glossary: false`` is only checked (a spelling, a company name), never listed in the glossary.
Every language lists the same glossary entries, so that the five glossaries say the same things.

A forbidden variant is a phrase matched whole (not inside a longer word) and case-sensitively, or,
written as ``{pattern: ...}``, a regular expression for what a phrase cannot say, such as "Microsoft"
when it is not part of a product name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from relcheck.i18n import LANGUAGES, LOCALES_DIR


class TermbaseError(ValueError):
    """A termbase that cannot be used; the message names the file and, where known, the line."""


@dataclass(frozen=True)
class Variant:
    """A forbidden way of saying a term, and the compiled expression that finds it."""

    text: str  # as written in the termbase: the phrase, or the pattern
    expression: re.Pattern[str]


@dataclass(frozen=True)
class Term:
    id: str
    english: str
    preferred: str
    definition: str  # Markdown; empty for an entry kept out of the glossary
    glossary: bool
    forbidden: tuple[Variant, ...]


@dataclass(frozen=True)
class Termbase:
    lang: str
    path: Path
    terms: tuple[Term, ...]

    def glossary_terms(self) -> tuple[Term, ...]:
        return tuple(term for term in self.terms if term.glossary)


# Folded YAML leaves line breaks; only ASCII whitespace collapses, a no-break space is typography.
_ASCII_SPACE = re.compile(r"[ \t\r\n\f\v]+")


def _phrase(text: str) -> re.Pattern[str]:
    # Whole words: "le DAP" must not match inside "de le DAPx", nor "multichannel" inside a longer word.
    return re.compile(r"(?<![\w-])" + re.escape(text) + r"(?![\w-])")


def _variant(raw: Any, where: str) -> Variant:
    if isinstance(raw, str) and raw:
        return Variant(raw, _phrase(raw))
    if isinstance(raw, Mapping) and isinstance(raw.get("pattern"), str):
        try:
            return Variant(raw["pattern"], re.compile(raw["pattern"]))
        except re.error as error:
            raise TermbaseError(f"{where}: the pattern {raw['pattern']!r} is not valid ({error})") from None
    raise TermbaseError(f"{where}: a forbidden variant is a phrase or {{pattern: ...}}, not {raw!r}")


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def parse_termbase(text: str, lang: str, path: Path) -> Termbase:
    """Read one termbase; raise `TermbaseError` naming the file and line of the first problem."""
    try:
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise TermbaseError(f"{path}{line}: not valid YAML ({getattr(error, 'problem', error)})") from None
    if not isinstance(data, Mapping) or not isinstance(data.get("terms"), list):
        raise TermbaseError(f"{path}:1: a termbase is a mapping with a list of terms under 'terms'")
    if data.get("language") != lang:
        raise TermbaseError(f"{path}:1: 'language' must be {lang!r}, the folder it is in")
    assert isinstance(root, yaml.MappingNode)
    term_nodes = next(v for k, v in root.value if k.value == "terms").value
    terms: list[Term] = []
    seen: set[str] = set()
    for raw, node in zip(data["terms"], term_nodes, strict=True):
        where = f"{path}:{_line(node)}"
        if not isinstance(raw, Mapping):
            raise TermbaseError(f"{where}: a term is a mapping")
        for key in ("id", "english", "preferred"):
            if not isinstance(raw.get(key), str) or not raw[key]:
                raise TermbaseError(f"{where}: the term needs '{key}' (a text)")
        if raw["id"] in seen:
            raise TermbaseError(f"{where}: the id {raw['id']!r} is used twice")
        seen.add(raw["id"])
        in_glossary = raw.get("glossary", True) is not False
        definition = raw.get("definition", "")
        if in_glossary and (not isinstance(definition, str) or not definition.strip()):
            raise TermbaseError(f"{where}: the term {raw['id']!r} is in the glossary and needs a definition")
        forbidden = raw.get("forbidden") or []
        if not isinstance(forbidden, list):
            raise TermbaseError(f"{where}: 'forbidden' is a list")
        terms.append(
            Term(
                raw["id"],
                raw["english"],
                raw["preferred"],
                _ASCII_SPACE.sub(" ", str(definition)).strip(" "),
                in_glossary,
                tuple(_variant(v, where) for v in forbidden),
            )
        )
    return Termbase(lang, path, tuple(terms))


def termbase_path(lang: str, locales: Path = LOCALES_DIR) -> Path:
    return locales / lang / "termbase.yaml"


def load_termbase(lang: str, locales: Path = LOCALES_DIR) -> Termbase:
    path = termbase_path(lang, locales)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise TermbaseError(f"{path}: cannot be read ({error.strerror})") from None
    return parse_termbase(text, lang, path)


def load_termbases(locales: Path = LOCALES_DIR) -> dict[str, Termbase]:
    """Every language's termbase; their glossary entries must be the same ids in the same order."""
    termbases = {lang: load_termbase(lang, locales) for lang in LANGUAGES}
    reference = [t.id for t in termbases[LANGUAGES[0]].glossary_terms()]
    for termbase in termbases.values():
        ids = [t.id for t in termbase.glossary_terms()]
        if ids != reference:
            missing = sorted(set(reference) - set(ids))
            extra = sorted(set(ids) - set(reference))
            detail = f"missing {missing}, extra {extra}" if missing or extra else "in another order"
            raise TermbaseError(f"{termbase.path}: its glossary entries differ from English: {detail}")
    return termbases


@dataclass(frozen=True)
class Finding:
    """A forbidden variant found in a text: where, what, and what to write instead."""

    path: Path
    line: int
    found: str
    preferred: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: “{self.found}” is not this site's term; write “{self.preferred}”"


def find_variants(text: str, termbase: Termbase) -> Iterator[tuple[int, str, Term]]:
    """(offset, matched text, term) for every forbidden variant in a text, in the order found."""
    hits = [
        (match.start(), match.group(0), term)
        for term in termbase.terms
        for variant in term.forbidden
        for match in variant.expression.finditer(text)
    ]
    yield from sorted(hits, key=lambda hit: hit[0])
