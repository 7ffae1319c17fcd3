"""The checker's results rendered into the built pages, in every language, linked to the rules."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from relcheck.checker import check_paths
from relcheck.i18n import LANGUAGES, format_date, render
from relcheck.result import Ground, Message
from relcheck.rules import RULES
from relcheck.vocab import labels
from relcheck.vocab.changes import CHECKED_ON
from tests.html_reader import Element, Page
from tests.support import ROOT, SHIPPED, BuiltSite, run_relcheck

CATALOG = check_paths([ROOT / "scenarios"])
SCENARIO_IDS = sorted(str(f.scenario["id"]) for f in CATALOG.files if f.scenario)
PROCEDURES = {rule.page for rule in RULES.values()}


def test_catalog_is_checked_once_for_the_five_language_build(site: BuiltSite) -> None:
    assert site.plugin_cache().check_runs == 1


@pytest.mark.parametrize("lang", LANGUAGES)
def test_scenarios_page_lists_every_scenario(site: BuiltSite, lang: str) -> None:
    page = Page(site.html(lang, "scenarios.md"))
    found = sorted(i.removeprefix("scenario-") for i in page.ids() if i.startswith("scenario-"))
    assert found == SCENARIO_IDS


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_rule_link_resolves_in_the_same_language(site: BuiltSite, lang: str) -> None:
    """Each link to a rule lands on the page that states it, in the same language, on its anchor."""
    page_of = {rule.anchor: rule.page for rule in RULES.values()}
    anchors = {page: Page(site.html(lang, page)).ids() for page in PROCEDURES}
    checked = 0
    for source in ("scenarios.md", "rule-coverage.md", *PROCEDURES):
        for link in Page(site.html(lang, source)).find_all("a"):
            href = link.attrs.get("href", "")
            path, _, anchor = href.partition("#")
            if anchor not in page_of or not path:
                continue
            page = page_of[anchor]
            assert anchor in anchors[page], (lang, source, href)
            resolved = site.page(lang, source).parent.joinpath(path).resolve()
            assert resolved == site.page(lang, page).parent.resolve(), (lang, source, href)
            checked += 1
    assert checked


@dataclass
class Cell:
    text: str
    links: list[Element] = field(default_factory=list)


def answer_rows(page: Page) -> dict[str, list[list[Cell]]]:
    """Each scenario's rows of answers on the scenarios page (header rows left out), in page order."""
    rows: dict[str, list[list[Cell]]] = {}
    current: list[list[Cell]] | None = None
    for element in page.elements:
        if element.tag in ("h1", "h2", "h3"):
            anchor = element.attrs.get("id", "")
            current = (
                rows.setdefault(anchor.removeprefix("scenario-"), [])
                if anchor.startswith("scenario-")
                else None
            )
        elif current is None:
            continue
        elif element.tag == "tr":
            current.append([])
        elif element.tag == "td" and current:
            current[-1].append(Cell(element.text))
        elif element.tag == "a" and current and current[-1]:
            current[-1][-1].links.append(element)
    return {name: [row for row in found if row] for name, found in rows.items()}


@cache
def explained(lang: str) -> dict[str, list[dict[str, Any]]]:
    """`relcheck explain --format json` in one language: each scenario's verdicts, by scenario id."""
    run = run_relcheck("explain", "--format", "json", "--lang", lang, *SHIPPED)
    assert run.code == 0, run.err
    return {Path(f["path"]).stem: f["verdicts"] for f in json.loads(run.out)["files"]}


def words(text: str) -> str:
    return " ".join(text.split())


def why(verdict: dict[str, Any], lang: str) -> str:
    """The reasons, then what the answer rests on, then what Microsoft has changed since, one line each."""
    text = " ".join(verdict["reasons"]) + "".join(
        b["text"] for b in verdict["basis"] if Ground(b["kind"], b["rule"], b["where"]).says_more
    )
    if verdict["changes"]:
        checked = format_date(CHECKED_ON, lang)
        text += render(
            Message("Changed since, as Microsoft's current pages said on %(date)s:", {"date": checked}), lang
        )
        text += "".join(f"{c['text']} {c['link']}" for c in verdict["changes"])
    return text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_row_gives_the_outcome_rules_and_reasons_relcheck_explain_gives(
    site: BuiltSite, lang: str
) -> None:
    """Row by row, the page says what `relcheck explain` says: the question, the answer, each deciding
    rule linked to its paragraph, the reasons; the answers not reached share one last row."""
    here = site.page(lang, "scenarios.md").parent
    rows = answer_rows(Page(site.html(lang, "scenarios.md")))
    assert sorted(rows) == SCENARIO_IDS
    for scenario, verdicts in explained(lang).items():
        shown = [v for v in verdicts if v["outcome"] != "not_reached"]
        unreached = [v for v in verdicts if v["outcome"] == "not_reached"]
        assert len(rows[scenario]) == len(shown) + bool(unreached), scenario
        for row, verdict in zip(rows[scenario], shown, strict=False):
            where = (lang, scenario, verdict["key"])
            question, outcome, rules, reasons = row
            assert question.text == words(render(labels.label(verdict["key"]), lang)), where
            assert outcome.text == words(render(labels.answer(verdict["outcome"]), lang)), where
            assert [a.text for a in rules.links] == verdict["rules"], where
            for link, rule_id in zip(rules.links, verdict["rules"], strict=True):
                path, _, anchor = link.attrs["href"].partition("#")
                assert anchor == RULES[rule_id].anchor, where
                assert (
                    here.joinpath(path).resolve() == site.page(lang, RULES[rule_id].page).parent.resolve()
                ), where
            if not verdict["rules"]:
                assert rules.text == "—", where
            assert reasons.text == words(why(verdict, lang)), where
        if unreached:
            names, outcome, rules, reasons = rows[scenario][-1]
            assert names.text == words("".join(render(labels.label(v["key"]), lang) for v in unreached)), (
                scenario
            )
            assert outcome.text == words(render(labels.answer("not_reached"), lang)), scenario
            assert (rules.text, rules.links) == ("—", []), scenario
            assert reasons.text == words(unreached[0]["reasons"][0]), scenario


@pytest.mark.parametrize("lang", LANGUAGES)
def test_procedure_pages_list_the_scenarios_of_each_rule(site: BuiltSite, lang: str) -> None:
    for page_name in PROCEDURES:
        page = Page(site.html(lang, page_name))
        blocks = [e for e in page.find_all("details") if "example" in e.classes]
        assert blocks, (lang, page_name)
        links = [
            a.attrs["href"] for a in page.find_all("a") if "scenarios/#scenario-" in a.attrs.get("href", "")
        ]
        assert {href.rsplit("#scenario-", 1)[1] for href in links} <= set(SCENARIO_IDS)
        up = "../" * (page_name.count("/") + 1)
        assert all(href.startswith(f"{up}scenarios/") for href in links), links[:3]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_coverage_table_has_every_rule(site: BuiltSite, lang: str) -> None:
    page = Page(site.html(lang, "rule-coverage.md"))
    hrefs = [a.attrs.get("href", "") for a in page.find_all("a")]
    linked = {m[1] for h in hrefs if (m := re.search(r"#(rule-[a-z]+\d+)$", h))}
    assert linked == {rule.anchor for rule in RULES.values()}
