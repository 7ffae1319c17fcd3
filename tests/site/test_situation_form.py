"""The "Check your situation" form as the build renders it: every control fills a scenario field, every
field says which facts it sets, and every text the script shows is in the page's language."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

import pytest

from relcheck import i18n
from relcheck.i18n import LANGUAGES
from relcheck.result import Message
from relcheck.rules import RULES
from relcheck.rules.logic import FACTS
from relcheck.site.render import unresolved
from relcheck.site.situation import NOSCRIPT, form_html, texts
from tests.support import ROOT

VERSIONS = {"logic.js": "a", "rules.js": "b", "engine.js": "e", "situation.js": "c", "situation.css": "d"}
SCHEMA = json.loads((ROOT / "schemas" / "scenario.schema.json").read_text(encoding="utf-8"))


class Controls(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.facts: set[str] = set()
        self.ids: list[str] = []
        self.label_for: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("input", "select") and a.get("name"):
            self.names.add(str(a["name"]))
        if a.get("data-facts"):
            self.facts.update(str(a["data-facts"]).split())
        if a.get("id"):
            self.ids.append(str(a["id"]))
        if tag == "label" and a.get("for"):
            self.label_for.add(str(a["for"]))


def parsed(lang: str) -> Controls:
    controls = Controls()
    controls.feed(form_html(lang, unresolved, "../", VERSIONS))
    return controls


def schema_has(path: str) -> bool:
    node: Any = SCHEMA
    for part in path.split("."):
        properties = node.get("properties", {})
        if part not in properties:
            return False
        node = properties[part]
    return True


def test_every_control_fills_a_field_of_the_scenario_schema() -> None:
    controls = parsed("en")
    assert controls.names, "the form has controls"
    assert [n for n in sorted(controls.names) if not schema_has(n)] == []
    # every field a partner describes is asked (ids, texts and expectations are written by the page)
    asked = {"edition", "cloud", "partner.role", "partner.country", "request.link_intact", "revocation"}
    assert asked <= controls.names


def test_every_field_names_facts_the_rules_read_and_every_id_is_unique_and_labelled() -> None:
    controls = parsed("ru")
    assert controls.facts <= set(FACTS)
    assert len(controls.ids) == len(set(controls.ids))
    unlabelled = [i for i in controls.ids if i.startswith("rc-") and i not in controls.label_for]
    assert unlabelled == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_script_gets_every_reason_label_and_rule_link_in_the_page_language(lang: str) -> None:
    shown = texts(lang, lambda target: "../" + target)
    msgids = {c.says.msgid for r in RULES.values() for c in r.cases if c.says is not None}
    assert msgids <= set(shown["messages"])
    # The only placeholders left are those the script fills: V9's services and the flow's stop.
    placeholders = {p for text in shown["messages"].values() for p in re.findall(r"%\((\w+)\)s", text)}
    assert placeholders == {"services", "question", "answer"}
    assert all(text.strip() for text in shown["messages"].values())
    assert set(shown["rules"]) == set(RULES)
    assert shown["rules"]["G4"]["href"] == "../request-reseller-relationship.md#rule-g4"
    if lang != "en":
        same = [m for m, text in shown["messages"].items() if text == m]
        assert same == [], same


@pytest.mark.parametrize("lang", LANGUAGES)
def test_without_javascript_the_page_says_so_in_its_language_and_links_both_procedures(lang: str) -> None:
    html = form_html(lang, lambda target: "/" + target, "../", VERSIONS)
    noscript = re.search(r"<noscript>(.*?)</noscript>", html, re.S)
    assert noscript is not None
    assert i18n.render(Message(NOSCRIPT), lang) in noscript[1].replace("&#x27;", "'")
    assert re.findall(r'href="([^"]+)"', noscript[1]) == [
        "/request-reseller-relationship.md",
        "/request-reseller-relationship-21vianet.md",
    ]
    # The form itself stays hidden until the script shows it.
    assert '<form id="relcheck-situation" class="relcheck-form" hidden' in html


def test_no_text_can_end_the_script_element_early() -> None:
    html = form_html("en", lambda target: "</script><b>" + target, "../", VERSIONS)
    data = re.search(r'<script type="application/json" id="relcheck-texts">(.*?)</script>', html, re.S)
    assert data is not None
    assert json.loads(data[1])["rules"]["G1"]["href"].startswith("</script><b>")
