"""Scenario text rendered into pages stays text, whatever it contains."""

from __future__ import annotations

import html

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from relcheck.markdown_text import inline
from tests.website.html_reader import Page

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
    "![image](https://example.org/x.png)",
]


def rendered(text: str) -> Page:
    return Page(markdown.markdown(f"Before {inline(text)} after", extensions=EXTENSIONS))


def test_hostile_texts_become_plain_text() -> None:
    for text in HOSTILE:
        page = rendered(text)
        assert [e.tag for e in page.elements] == ["p"], (text, [e.tag for e in page.elements])
        assert page.elements[0].attrs == {}, text
        assert page.elements[0].text == " ".join(f"Before {text} after".split()), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60))
def test_any_text_renders_as_itself_in_one_paragraph(text: str) -> None:
    page = rendered(text)
    assert [e.tag for e in page.elements] == ["p"]
    assert page.elements[0].attrs == {}
    assert html.unescape(page.elements[0].text) == html.unescape(" ".join(f"Before {text} after".split()))
