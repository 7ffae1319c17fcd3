"""Scenario text rendered into pages stays text, whatever it contains."""

from __future__ import annotations

import html

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from relcheck.site.markdown_text import inline
from tests.html_reader import Page

EXTENSIONS = ["admonition", "attr_list", "tables", "toc", "pymdownx.details", "pymdownx.superfences"]
HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "<https://example.org>",
    "Title {: onclick='alert(1)' #evil }",
    "**bold** _em_ `code` # heading",
    "&amp; &lt;b&gt; &#x3C;",
    "| a | b |",
    "line one\n\n- item\n> quote",
    "- starts like a list item",
    "# starts like a heading",
    "1. starts like an ordered list",
    "2) another list",
    "+ plus",
    "=== setext",
    "!!! note admonition",
    "??? details",
    "    indented code",
    "![image](https://example.org/x.png)",
]


def rendered(text: str, at_line_start: bool = False) -> Page:
    source = inline(text) if at_line_start else f"Before {inline(text)} after"
    return Page(markdown.markdown(source, extensions=EXTENSIONS))


def test_hostile_texts_become_plain_text() -> None:
    for text in HOSTILE:
        page = rendered(text)
        assert [e.tag for e in page.elements] == ["p"], (text, [e.tag for e in page.elements])
        assert page.elements[0].attrs == {}, text
        assert page.elements[0].text == " ".join(f"Before {text} after".split()), text
        alone = rendered(text, at_line_start=True)
        assert [e.tag for e in alone.elements] == ["p"], (text, [e.tag for e in alone.elements])
        assert alone.elements[0].text == " ".join(text.split()), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60))
def test_any_text_renders_as_itself_in_one_paragraph(text: str) -> None:
    for at_line_start, expected in ((False, f"Before {text} after"), (True, text)):
        page = rendered(text, at_line_start)
        if not " ".join(expected.split()):
            continue
        assert [e.tag for e in page.elements] == ["p"], (text, at_line_start)
        assert page.elements[0].attrs == {}
        assert html.unescape(page.elements[0].text) == html.unescape(" ".join(expected.split()))
