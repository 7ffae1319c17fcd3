"""Show each rule paragraph's identifier: a small "G4" label at its start, linking to the paragraph.

Rule paragraphs carry an anchor such as `{: #rule-g4 }` in every language. Pages and scenarios say
"see G4"; the label makes the identifier visible where such a link lands.
"""

from __future__ import annotations

import re

RULE_ELEMENT = re.compile(
    r"<(?P<tag>p|div|li|ol|ul|table)\b(?P<attrs>[^>]*?\bid=\"rule-(?P<rule>[a-z]+\d+)\"[^>]*)>"
)


def add_rule_labels(html: str) -> str:
    """Insert the rule's label as the first thing inside each element whose id names a rule."""

    def label(match: re.Match[str]) -> str:
        rule = match["rule"]
        link = f'<a class="rule-id" href="#rule-{rule}">{rule.upper()}</a>'
        if match["tag"] in ("ol", "ul", "table"):  # no text may sit directly inside these
            return f'<p class="rule-id-line">{link}</p>{match[0]}'
        return f"{match[0]}{link} "

    return RULE_ELEMENT.sub(label, html)
