"""The "Check your situation" page in Chromium: a partner enters its case and gets the checker's answers.

Every catalog scenario is entered through the form's controls, as a reader would, in English and in
Russian; each answer (outcome, rules and reasons) must be the one `relcheck explain --format json` gives
for the same file in the same language. The same case must open from its address in another language,
download as a scenario file that `relcheck check` accepts unchanged, work with the keyboard alone, and
say what it needs when JavaScript is off.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
import yaml

from relcheck.i18n import render
from relcheck.result import Message
from relcheck.site.situation import NOSCRIPT, SCENARIO_TITLE
from relcheck.vocab.enums import REQUEST_SWITCHES
from relcheck.vocab.published import MODELINE
from tests.support import ROOT, SHIPPED, BuiltSite
from tests.website.browser import gzip_bytes
from tests.website.test_browser import url_of

pytestmark = pytest.mark.browser

PAGE = "check-your-situation.md"
Answers = dict[str, tuple[str, str, str]]  # key -> (outcome, rules, reasons)


@cache
def explained(lang: str) -> dict[str, Answers]:
    """What the checker answers for every catalog file, in one language: file name -> answers."""
    done = subprocess.run(
        [sys.executable, "-m", "relcheck", "explain", "--format", "json", "--lang", lang, *map(str, SHIPPED)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return {
        Path(file["path"]).name: {
            v["key"]: (v["outcome"], ",".join(v["rules"]), " ".join(v["reasons"])) for v in file["verdicts"]
        }
        for file in json.loads(done.stdout)["files"]
    }


def answers(page: Any) -> Answers:
    rows = page.eval_on_selector_all(
        "#relcheck-results li[data-key]",
        "items => items.map(i => [i.dataset.key, i.dataset.outcome, i.dataset.rules,"
        " i.querySelector('.relcheck-why').textContent])",
    )
    return {key: (outcome, rules, why) for key, outcome, rules, why in rows}


def visible(page: Any, selector: str) -> bool:
    return bool(page.locator(selector).is_visible())


def tick(page: Any, selector: str, on: bool) -> None:
    if visible(page, selector):
        page.locator(selector).set_checked(on)


def enter(page: Any, scenario: Mapping[str, Any]) -> None:
    """Fill the form from a scenario through its controls; fields the edition hides are left alone."""
    partner, customer, request = scenario["partner"], scenario["customer"], scenario["request"]
    page.check(f"#rc-edition-{scenario['edition']}")
    if visible(page, "#rc-cloud"):
        page.select_option("#rc-cloud", scenario["cloud"])
    for name, value in (
        ("partner-role", partner["role"]),
        ("partner-country", partner["country"]),
        ("partner-model", partner["model"]),
        ("customer-country", customer["country"]),
        ("customer-arrangement", customer["arrangement"]),
    ):
        if visible(page, f"#rc-{name}"):
            page.select_option(f"#rc-{name}", value)
    tick(page, "#rc-partner-original_reseller", partner["original_reseller"])
    for box in page.locator('input[name="partner.services"]').all():
        if box.is_visible():
            box.set_checked(box.get_attribute("value") in partner["services"])
    tick(page, "#rc-customer-accepting_user_is_global_admin", customer["accepting_user_is_global_admin"])
    tick(page, "#rc-customer-mca_accepted", customer["mca_accepted"])
    tick(page, "#rc-partner-needs_dap_back", bool(partner.get("needs_dap_back", False)))
    if visible(page, "#rc-customer-accepts_mca_when_prompted"):
        given = customer.get("accepts_mca_when_prompted")
        page.select_option(
            "#rc-customer-accepts_mca_when_prompted", "" if given is None else ("true" if given else "false")
        )
    if visible(page, '[data-action="add-partner"]'):
        for other in customer["partners"]:
            page.click('[data-action="add-partner"]')
            entry = page.locator(".relcheck-partner").last
            entry.locator('input[data-part="name"]').fill(other["name"])
            entry.locator('input[data-part="transacts_in_csp"]').set_checked(other["transacts_in_csp"])
            for box in entry.locator('input[data-part="dap_services"]').all():
                box.set_checked(box.get_attribute("value") in other["dap_services"])
    for field in REQUEST_SWITCHES:
        tick(page, f"#rc-request-{field}", bool(request.get(field, False)))
    for box in page.locator('input[name="after_acceptance"]').all():
        box.set_checked(box.get_attribute("value") in (scenario.get("after_acceptance") or {}))
    revocation = scenario.get("revocation")
    page.locator("#rc-revocation").set_checked(revocation is not None)
    if revocation is not None:
        page.locator("#rc-revocation-renegotiated").set_checked(revocation["renegotiated"])
        for box in page.locator('input[name="revocation.then"]').all():
            box.set_checked(box.get_attribute("value") in (revocation.get("then") or {}))


@cache
def scenario_of(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_catalog_scenario_entered_in_the_form_gets_the_checkers_answers(
    page: Any, base_url: str, lang: str
) -> None:
    expected_by_file = explained(lang)
    wrong = {}
    for path in SHIPPED:
        page.goto(url_of(base_url, lang, PAGE))
        enter(page, scenario_of(path))
        got, expected = answers(page), expected_by_file[path.name]
        if got != expected:
            wrong[path.name] = {
                k: (got.get(k), expected.get(k)) for k in {*got, *expected} if got.get(k) != expected.get(k)
            }
    assert wrong == {}


def test_the_address_opens_the_same_case_in_every_language(page: Any, base_url: str) -> None:
    """Each case entered in English, opened from its address in Russian: the Russian checker's answers."""
    russian = explained("ru")
    wrong = []
    for path in SHIPPED:
        page.goto(url_of(base_url, "en", PAGE))
        enter(page, scenario_of(path))
        address = urlparse(page.url)
        assert address.fragment and not address.query, "the form keeps its state in the address's fragment"
        page.goto(url_of(base_url, "ru", PAGE) + "#" + address.fragment)
        if answers(page) != russian[path.name]:
            wrong.append(path.name)
    assert wrong == []


def test_the_language_switcher_keeps_the_case(page: Any, base_url: str) -> None:
    path = ROOT / "scenarios" / "21vianet-suite-overlaps-part.yaml"
    page.goto(url_of(base_url, "en", PAGE))
    enter(page, scenario_of(path))
    page.hover(".md-header__option .md-select")
    page.click('.md-select__link[hreflang="fr"]')
    page.wait_for_load_state()
    assert page.url.startswith(url_of(base_url, "fr", PAGE) + "#v=1&")
    assert answers(page) == explained("fr")[path.name]


@pytest.mark.parametrize(
    "name",
    [
        "21vianet-suite-overlaps-part.yaml",
        "global-usgov-revocation.yaml",
        "global-public-wrong-role-and-region.yaml",
    ],
)
def test_download_writes_a_scenario_that_relcheck_check_accepts_unchanged(
    page: Any, base_url: str, tmp_path: Path, name: str
) -> None:
    page.goto(url_of(base_url, "ru", PAGE))
    enter(page, scenario_of(ROOT / "scenarios" / name))
    with page.expect_download() as download:
        page.click('[data-action="download"]')
    target = tmp_path / download.value.suggested_filename
    download.value.save_as(target)
    text = target.read_text(encoding="utf-8")
    assert text.splitlines()[0] == MODELINE, text[:200]
    done = subprocess.run(
        [sys.executable, "-m", "relcheck", "check", "--lang", "ru", str(target)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    written = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert written["title"] == {"en": SCENARIO_TITLE, "ru": render(Message(SCENARIO_TITLE), "ru")}
    assert written["edition"] == scenario_of(ROOT / "scenarios" / name)["edition"]


def test_fields_that_no_rule_of_the_edition_reads_disappear(page: Any, base_url: str) -> None:
    page.goto(url_of(base_url, "en", PAGE))
    worldwide_only = ["#rc-cloud", "#rc-partner-role", "#rc-partner-country", "#rc-request-azure_only"]
    vianet_only = ["#rc-partner-model", "#rc-partner-original_reseller", '[data-action="add-partner"]']
    assert all(visible(page, s) for s in worldwide_only)
    assert not any(visible(page, s) for s in vianet_only)
    page.check("#rc-edition-21vianet")
    assert not any(visible(page, s) for s in worldwide_only)
    assert all(visible(page, s) for s in vianet_only)


def test_the_whole_form_works_with_the_keyboard_alone(page: Any, base_url: str) -> None:
    page.goto(url_of(base_url, "ru", PAGE))

    def tab_to(selector: str, limit: int = 120) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate("s => document.activeElement.matches(s)", selector):
                return
        raise AssertionError(f"Tab never reached {selector}")

    tab_to('input[name="edition"]')
    page.keyboard.press("ArrowDown")  # the radio group moves to the 21Vianet edition
    assert page.locator("#rc-edition-21vianet").is_checked()
    assert answers(page)["may_send"][1] == "V1"
    tab_to('[data-action="add-partner"]')
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.dataset.part") == "name"
    page.keyboard.type("Contoso")
    # another partner: one of V1's situations, named; who may send is still not stated in 21Vianet
    assert answers(page)["may_send"][:2] == ("not_stated", "V1")
    tab_to('[data-action="remove-partner"]')
    page.keyboard.press("Space")
    assert page.locator(".relcheck-partner").count() == 0
    assert page.evaluate("() => document.activeElement.dataset.action") == "add-partner"
    tab_to("#rc-revocation")
    page.keyboard.press("Space")
    assert "support_duty" in answers(page)
    tab_to('[data-action="download"]')
    with page.expect_download():
        page.keyboard.press("Enter")


def test_answers_are_announced_to_screen_readers(page: Any, base_url: str) -> None:
    page.goto(url_of(base_url, "en", PAGE))
    results = page.locator("#relcheck-results")
    assert results.get_attribute("aria-live") == "polite"
    page.evaluate("() => { window.before = [...document.querySelectorAll('#relcheck-results li')]; }")
    page.check("#rc-request-email_edited")  # changes one answer's reason: the email's
    assert "edited" in answers(page)["invitation_link"][2]
    # Only the answers that changed are new elements, so that only they are announced.
    kept = page.evaluate(
        "() => [...document.querySelectorAll('#relcheck-results li')]"
        ".map(li => [li.dataset.key, window.before.includes(li)])"
    )
    assert dict(kept)["invitation_link"] is False
    assert dict(kept)["permission_option"] is True


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_without_javascript_the_page_says_what_it_needs_in_its_language(
    browser: Any, base_url: str, lang: str
) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(url_of(base_url, lang, PAGE))
        notice = page.locator("noscript .admonition, .md-typeset .admonition.warning").filter(
            has_text=render(Message(NOSCRIPT), lang)[:20]
        )
        assert notice.count() == 1 and notice.is_visible()
        hrefs = [a.get_attribute("href") for a in notice.locator("a").all()]
        assert [h.split("/")[-2] for h in hrefs] == [
            "request-reseller-relationship",
            "request-reseller-relationship-21vianet",
        ]
        assert not page.locator("#relcheck-situation").is_visible()
    finally:
        context.close()


def test_the_page_adds_at_most_150_kb_gzip_over_a_content_page(
    page: Any, base_url: str, site: BuiltSite, test_output: Path
) -> None:
    loaded: list[str] = []
    page.on("requestfinished", lambda request: loaded.append(request.url))
    page.goto(url_of(base_url, "ru", "request-reseller-relationship.md"))
    page.wait_for_load_state("networkidle")
    content = gzip_bytes(site.site_dir, base_url, loaded)
    loaded.clear()
    page.goto(url_of(base_url, "ru", PAGE))
    page.wait_for_load_state("networkidle")
    situation = gzip_bytes(site.site_dir, base_url, loaded)
    (test_output / "situation-weight.txt").write_text(
        f"content page (ru procedure): {content} bytes gzip\n"
        f"check-your-situation (ru): {situation} bytes gzip\n"
        f"added: {situation - content} bytes gzip (budget 153600)\n",
        encoding="utf-8",
    )
    assert situation - content <= 150 * 1024


def test_screenshot_of_the_russian_page(page: Any, base_url: str, test_output: Path) -> None:
    page.goto(url_of(base_url, "ru", PAGE))
    enter(page, scenario_of(ROOT / "scenarios" / "21vianet-suite-overlaps-part.yaml"))
    folder = test_output / "screenshots"
    folder.mkdir(exist_ok=True)
    target = folder / "ru-check-your-situation.png"
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 10_000
    assert page.locator("html").get_attribute("lang") == "ru"
    assert "Нет" in page.locator("#relcheck-results").inner_text()
