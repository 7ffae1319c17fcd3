"""French typography: one rule for the space before ; : ? ! » and after «.

The rule chosen is the no-break space (U+00A0, « espace insécable ») in every one of these places, in
the French catalog, pages and scenario texts; a plain space or a narrow no-break space there is a
finding, and so is no space at all. The no-break space rather than the narrow one because it is the
one translate-toolkit's pofilter recognises as French spacing before final punctuation, so that its
``endpunc`` check keeps working on the French catalog. Code, link targets, attribute lists, URLs,
placeholders and HTML are not prose and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po

from relcheck.translations.terms import load_termbase
from tests.support import ROOT

NBSP = "\u00a0"
BEFORE = re.compile(r"(?<=[\w)\]»*’])([ \u00a0\u202f]?)([;:?!»])(?=[\s\"*_)\]<|]|$)")
AFTER = re.compile(r"«([ \u00a0\u202f]?)(?=\S)")
NOT_PROSE = re.compile(r"`[^`]*`|\]\([^)]*\)|\{:[^}]*\}|https?://\S+|%\(\w+\)[sd]|<[^>]+>|&\w+;")


def findings(text: str) -> Iterator[str]:
    """Each place in one line of prose where the rule is not followed, quoted with its neighbours."""
    skipped = [m.span() for m in NOT_PROSE.finditer(text)]

    def prose(position: int) -> bool:
        return not any(start <= position < end for start, end in skipped)

    for match in BEFORE.finditer(text):
        if match[1] != NBSP and prose(match.start(2)):
            yield text[max(0, match.start() - 12) : match.end() + 2]
    for match in AFTER.finditer(text):
        if match[1] != NBSP and prose(match.start()):
            yield text[match.start() : match.end() + 12]


def page_lines(path: Path) -> Iterator[tuple[int, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    start = 0
    if lines and lines[0] == "---":  # the front matter is data, not prose
        start = lines.index("---", 1) + 1
    fenced = False
    for number, line in enumerate(lines[start:], start + 1):
        if line.lstrip().startswith("```"):
            fenced = not fenced
        elif not fenced:
            yield number, line


def french_texts() -> Iterator[tuple[str, str]]:
    for page in sorted((ROOT / "docs" / "fr").rglob("*.md")):
        for number, line in page_lines(page):
            yield f"{page.relative_to(ROOT)}:{number}", line
    with (ROOT / "locales" / "fr" / "LC_MESSAGES" / "messages.po").open("rb") as fp:
        for message in read_po(fp):
            strings = message.string if isinstance(message.string, (tuple, list)) else (message.string,)
            for text in strings:
                if message.id and isinstance(text, str) and text:
                    yield f"locales/fr/LC_MESSAGES/messages.po:{message.lineno}", text
    for scenario in sorted((ROOT / "scenarios").glob("*.yaml")):
        data = yaml.safe_load(scenario.read_text(encoding="utf-8"))
        for field in ("title", "description"):
            yield f"{scenario.relative_to(ROOT)} {field}", data[field].get("fr", "")
    for term in load_termbase("fr", ROOT / "locales").terms:  # the glossary's entries
        yield f"locales/fr/termbase.yaml {term.id}", f"{term.preferred} {term.definition}"


def test_french_prose_puts_a_no_break_space_before_double_punctuation() -> None:
    found = [f"{where}: …{snippet}…" for where, text in french_texts() for snippet in findings(text)]
    assert found == [], "\n".join(found[:40])


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        (f"Remarque{NBSP}: le lien", True),
        ("Remarque : le lien", False),
        ("Remarque\u202f: le lien", False),
        ("Remarque: le lien", False),
        (f"«{NBSP}Clients{NBSP}»", True),
        ("« Clients »", False),
        (f"Pourquoi{NBSP}? Parce que{NBSP}!", True),
        ("Pourquoi ?", False),
        ("voir [la page](https://learn.microsoft.com/fr-fr/x) et `a: b`", True),
        ("{: #rule-g4 }", True),
        (f"%(question)s{NBSP}: %(answer)s", True),
        ("%(question)s: %(answer)s", False),
    ],
)
def test_the_rule_on_examples(text: str, ok: bool) -> None:
    assert (list(findings(text)) == []) is ok
