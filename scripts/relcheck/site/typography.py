"""One typography pass over a built page's text, whatever wrote it: the pages, the generated answers, the
glossary from the termbase, and what the theme and Python-Markdown write around them (the table of
contents copies a heading's text with plain spaces).

French puts a no-break space (U+00A0) before ; : ? ! » and after «, the rule the French sources follow
(``tests/translations/test_french_typography.py``). The pass only turns a plain or narrow space in those
places into a no-break one: where no space is written (a URL, "V1:" in code), it adds none. Code,
preformatted text, scripts and styles are left as they are.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"

_TAG = re.compile(r"(<[^>]*>)")
_KEEP = re.compile(r"<(/?)(script|style|code|pre|textarea)\b", re.IGNORECASE)
_BEFORE = re.compile(r"(?<=[\w)\]»*’%])[ \u202f](?=[;:?!»])")
_AFTER = re.compile(r"«[ \u202f]")


def french(text: str) -> str:
    """French spacing in one run of prose."""
    return _AFTER.sub("«" + NBSP, _BEFORE.sub(NBSP, text))


_PASSES = {"fr": french}


def typeset(page_html: str, lang: str) -> str:
    """The page with its language's spacing in every run of text outside code, scripts and styles."""
    spacing = _PASSES.get(lang)
    if spacing is None:
        return page_html
    parts = _TAG.split(page_html)
    kept = 0  # depth inside elements whose text is not prose
    for index, part in enumerate(parts):
        if index % 2:  # a tag
            match = _KEEP.match(part)
            if match:
                kept = max(0, kept - 1) if match[1] else kept + 1
        elif kept == 0 and part:
            parts[index] = spacing(part)
    return "".join(parts)
