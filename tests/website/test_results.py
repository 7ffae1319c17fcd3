"""The checker's results rendered into the built pages, in every language, linked to the rules."""

from __future__ import annotations

import re

import pytest

from relcheck.checker import check_paths
from relcheck.i18n import LANGUAGES
from relcheck.rules import RULES
from tests.html_reader import Page
from tests.support import ROOT, BuiltSite

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


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_verdict_names_its_rule_and_outcome(site: BuiltSite, lang: str) -> None:
    page = Page(site.html(lang, "scenarios.md"))
    evaluations = [f.evaluation for f in CATALOG.files if f.evaluation]
    shown = sum(1 for e in evaluations for v in e.verdicts if v.outcome != "not_reached")
    folded = sum(1 for e in evaluations if any(v.outcome == "not_reached" for v in e.verdicts))
    header_rows = len(SCENARIO_IDS)
    assert len(page.find_all("tr")) == shown + folded + header_rows  # not-reached answers share one row
    rule_links = [a for a in page.find_all("a") if "#rule-" in a.attrs.get("href", "")]
    used = {a.attrs["href"].rsplit("#", 1)[1] for a in rule_links}
    decided_by = {
        rule_id for f in CATALOG.files if f.evaluation for v in f.evaluation.verdicts for rule_id in v.rules
    }
    assert used == {RULES[rule_id].anchor for rule_id in decided_by}, "every rule that decided a verdict"


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
