"""Rule paragraphs show their identifier as a label that links to the paragraph itself."""

from __future__ import annotations

from relcheck.site.rule_labels import add_rule_labels


def test_a_rule_paragraph_starts_with_its_label_linking_to_itself() -> None:
    html = '<p id="rule-g4">Partners who operate in the US Government cloud…</p>'
    assert add_rule_labels(html) == (
        '<p id="rule-g4"><a class="rule-id" href="#rule-g4">G4</a> Partners who operate in the US Government cloud…</p>'
    )


def test_other_ids_and_rule_links_are_left_alone() -> None:
    html = '<h2 id="before-you-start">Before</h2><p>See <a href="#rule-v11">V11</a>.</p>'
    assert add_rule_labels(html) == html


def test_a_rule_list_gets_its_label_before_it_not_inside() -> None:
    html = '<ol id="rule-v5"><li>Open the menu.</li></ol>'
    assert add_rule_labels(html) == (
        '<p class="rule-id-line"><a class="rule-id" href="#rule-v5">V5</a></p><ol id="rule-v5"><li>Open the menu.</li></ol>'
    )
