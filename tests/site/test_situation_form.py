"""The "Check your situation" form as the build renders it: every control fills a scenario field, every
field says which facts it sets, and every text the script shows is in the page's language."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

import pytest

from relcheck import i18n
from relcheck.i18n import LANGUAGES, render
from relcheck.result import Message
from relcheck.rules import RULES
from relcheck.rules.export import facts_by_edition
from relcheck.rules.logic import FACTS
from relcheck.site.render import unresolved
from relcheck.site.situation import NOSCRIPT, form_html, texts
from relcheck.vocab.enums import SERVICES
from tests.support import ROOT

VERSIONS = {"logic.js": "a", "rules.js": "b", "engine.js": "e", "situation.js": "c", "situation.css": "d"}
SCHEMA = json.loads((ROOT / "schemas" / "scenario.schema.json").read_text(encoding="utf-8"))


VOID = {"input", "br", "img", "link", "meta", "hr", "source", "wbr"}


class Controls(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.facts: set[str] = set()
        self.ids: list[str] = []
        self.label_for: set[str] = set()
        self.filled: set[str] = set()  # every scenario field a control fills
        self.blocks: list[tuple[set[str], set[str]]] = []  # (facts named, fields filled) per field block
        self._open: list[tuple[str, int | None]] = []  # open elements, with the block each starts

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        fields = {str(a[k]) for k in ("data-region", "data-list") if a.get(k)}
        if tag in ("input", "select") and a.get("name"):
            self.names.add(str(a["name"]))
            fields.add(str(a["name"]))
        self.filled |= fields
        for index in {i for _, i in self._open if i is not None}:
            self.blocks[index][1].update(fields)
        block = None
        if a.get("data-facts") is not None:
            self.facts.update(str(a["data-facts"]).split())
            self.blocks.append((set(str(a["data-facts"]).split()), set(fields)))
            block = len(self.blocks) - 1
        if tag not in VOID:
            self._open.append((tag, block))
        if a.get("id"):
            self.ids.append(str(a["id"]))
        if tag == "label" and a.get("for"):
            self.label_for.add(str(a["for"]))

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            if self._open.pop()[0] == tag:
                break


def fields_read(logic: Any) -> set[str]:
    """The scenario fields a fact's expression reads."""
    if isinstance(logic, list):
        return set().union(*map(fields_read, logic)) if logic else set()
    if not isinstance(logic, dict):
        return set()
    if "var" in logic:
        name = logic["var"][0] if isinstance(logic["var"], list) else logic["var"]
        return {name}
    return set().union(*map(fields_read, logic.values()))


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


def test_every_field_names_the_facts_it_sets_and_every_fact_a_rule_reads_has_a_field() -> None:
    controls = parsed("ru")
    sets = {name: fields_read(expression) for name, expression in FACTS.items()}
    for named, filled in controls.blocks:
        # exactly the facts read from the fields its controls fill
        assert named == {fact for fact, fields in sets.items() if fields & filled}, (named, filled)
    read = set().union(*map(set, facts_by_edition().values()))
    assert read, "the rules read facts"
    assert [fact for fact in sorted(read) if not sets[fact] & controls.filled] == []
    hidable = set().union(*(named for named, _ in controls.blocks))
    assert hidable <= read, "a field whose facts no rule reads would never be shown"


def test_every_id_is_unique_and_labelled() -> None:
    controls = parsed("ru")
    assert len(controls.ids) == len(set(controls.ids))
    unlabelled = [i for i in controls.ids if i.startswith("rc-") and i not in controls.label_for]
    assert unlabelled == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_script_gets_every_reason_label_and_rule_link_in_the_page_language(lang: str) -> None:
    shown = texts(lang, lambda target: "../" + target)
    says = [c.says for r in RULES.values() for c in r.cases if c.says is not None]
    assert {s.msgid for s in says if s.plural is None} <= set(shown["messages"])
    # A reason naming services has every plural form, one per number of services (index N).
    named = {s.msgid: s.plural for s in says if s.plural is not None}
    assert set(shown["plurals"]) == set(named) and named
    for msgid, forms in shown["plurals"].items():
        assert len(forms) == len(SERVICES) + 1
        assert all("%(services)s" in form for form in forms)
        assert forms[1] == render(Message(msgid, {"services": "%(services)s"}, named[msgid], 1), lang)
        assert forms[2] == render(Message(msgid, {"services": "%(services)s"}, named[msgid], 2), lang)
    if lang == "en":
        assert shown["plurals"][next(iter(named))][1] != shown["plurals"][next(iter(named))][2]
    # The only placeholders left are those the script fills: the flow's stop.
    placeholders = {p for text in shown["messages"].values() for p in re.findall(r"%\((\w+)\)s", text)}
    assert placeholders == {"question", "answer"}
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
