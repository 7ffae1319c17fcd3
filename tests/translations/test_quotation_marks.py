"""Spanish, Italian, French and Russian quote with « »: no English “ ” and no straight " in what a reader
reads in those languages, from the catalogs (every generated text, the check page and the command line)
to the pages. Code, attributes and placeholders are not prose."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from tests.support import ROOT

GUILLEMET_LANGUAGES = ("es", "it", "fr", "ru")
ENGLISH_MARKS = re.compile(r"[“”\"]")
NOT_PROSE = re.compile(r"`[^`]*`|\]\([^)]*\)|\{:[^}]*\}|<[^>]+>|%\(\w+\)[sd]")


def prose_marks(text: str) -> list[str]:
    stripped = NOT_PROSE.sub("", text)
    return [stripped[max(0, m.start() - 15) : m.end() + 15] for m in ENGLISH_MARKS.finditer(stripped)]


@pytest.mark.parametrize("lang", GUILLEMET_LANGUAGES)
def test_the_catalog_quotes_with_guillemets(lang: str) -> None:
    with (ROOT / "locales" / lang / "LC_MESSAGES" / "messages.po").open("rb") as po:
        catalog = read_po(po)
    found = []
    for message in catalog:
        strings = message.string if isinstance(message.string, (tuple, list)) else (message.string,)
        found += [f"{message.lineno}: …{hit}…" for text in strings if text for hit in prose_marks(text)]
    assert found == [], "\n".join(found[:20])


@pytest.mark.parametrize("lang", GUILLEMET_LANGUAGES)
def test_the_pages_quote_with_guillemets(lang: str) -> None:
    found = []
    for page in sorted((ROOT / "docs" / lang).rglob("*.md")):
        fenced = False
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith("```"):
                fenced = not fenced
            elif not fenced and not line.startswith(("---", "title:", "description:", "!!!")):
                found += [f"{page.relative_to(ROOT)}:{number}: …{hit}…" for hit in prose_marks(line)]
    assert found == [], "\n".join(found[:20])


def test_english_quotes_are_found_and_markup_is_not_prose() -> None:
    assert len(prose_marks('el valor "x" y “y”')) == 4
    assert prose_marks('`a "b"` [t](u "v") «ok» %(text)s') == []
