"""The typography pass over a built page: French spacing in prose, nothing changed in code or scripts."""

from __future__ import annotations

from relcheck.site.typography import NBSP, typeset


def test_french_prose_gets_no_break_spaces_where_a_plain_or_narrow_one_is_written() -> None:
    page = '<li><a href="#x">Licences et factures : aucune règle</a></li><p>« oui » ; non\u202f?</p>'
    assert typeset(page, "fr") == (
        f'<li><a href="#x">Licences et factures{NBSP}: aucune règle</a></li><p>«{NBSP}oui{NBSP}»{NBSP}; non{NBSP}?</p>'
    )


def test_code_scripts_urls_and_other_languages_are_left_as_written() -> None:
    page = "<code>a : b</code><pre>x ; y</pre><script>var a = b ? c : d;</script><p>https://x.y/z : fin</p>"
    assert typeset(page, "fr") == page.replace("z : fin", f"z{NBSP}: fin")
    assert typeset("<p>Yes : no</p>", "en") == "<p>Yes : no</p>"
    assert (
        typeset('<p title="a : b">V1:</p>', "fr") == '<p title="a : b">V1:</p>'
    )  # adds no space where none is
