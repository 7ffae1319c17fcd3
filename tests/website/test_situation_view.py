"""How the "Check your situation" page shows its answers: beside the form on a wide screen, a live line
where the reader is on a narrow one, a link to copy, a print view of the case; and a French screenshot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from relcheck.i18n import render
from relcheck.result import Message
from relcheck.site.situation import ANSWERS_CHANGED, SCRIPT_WORDS, WORDS
from relcheck.vocab.editions import EDITIONS
from tests.support import ROOT
from tests.website.test_browser import AXE, url_of
from tests.website.test_situation import PAGE, answers, enter, scenario_of
from tests.website.test_situation_links import BASE, fragment

pytestmark = pytest.mark.browser

LONG_CASE = ROOT / "scenarios" / "21vianet-suite-overlaps-part.yaml"


def t(msgid: str, lang: str) -> str:
    return render(Message(msgid), lang)


def test_on_a_wide_screen_the_answers_stay_in_view_beside_the_form(page: Any, base_url: str) -> None:
    page.goto(url_of(base_url, "fr", PAGE))
    enter(page, scenario_of(LONG_CASE))
    for _ in range(3):
        page.click('[data-action="add-partner"]')  # a form much taller than the screen
    height = page.viewport_size["height"]
    form = page.locator("#relcheck-situation").bounding_box()
    top = page.evaluate("() => window.scrollY") + form["y"]
    assert form["height"] > 2 * height
    for y in range(int(top), int(top + form["height"] - height), 250):
        page.evaluate("y => window.scrollTo(0, y)", y)
        box = page.locator(".relcheck-answers").bounding_box()
        assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height, (y, box)
        beside = page.locator("#relcheck-situation").bounding_box()
        assert box["x"] >= beside["x"] + beside["width"], "the answers sit beside the form"
        assert page.locator("#relcheck-results li").first.is_visible()


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_on_a_narrow_screen_a_change_says_how_many_answers_changed(
    page: Any, base_url: str, lang: str
) -> None:
    page.set_viewport_size({"width": 420, "height": 760})
    page.goto(url_of(base_url, lang, PAGE))
    line = page.locator(".relcheck-summary [role=status]")
    assert line.get_attribute("aria-live") == "polite" and line.inner_text() == ""
    page.locator("#rc-partner-role").scroll_into_view_if_needed()
    before = answers(page)
    page.select_option("#rc-partner-role", "sales_agent")
    after = answers(page)
    changed = sum(1 for key in after if before.get(key) != after[key])
    assert changed > 1
    expected = render(Message(ANSWERS_CHANGED[0], {}, ANSWERS_CHANGED[1], changed), lang)
    assert line.inner_text() == expected
    box = page.locator(".relcheck-summary").bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 760, "where the reader is"
    page.click('[data-action="show-answers"]')
    assert page.locator('#relcheck-results li[data-key="may_send"]').is_visible()
    assert page.evaluate("() => document.activeElement.id") == "relcheck-answers-title"
    assert line.inner_text() == ""
    # A change that alters no answer says nothing (the flow ended before the customer's agreement).
    page.locator("#rc-partner-role").scroll_into_view_if_needed()
    page.click("#rc-customer-mca_accepted")
    assert line.inner_text() == ""


def test_copy_link_puts_the_address_on_the_clipboard(page: Any, base_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    page.goto(url_of(base_url, "fr", PAGE))
    page.select_option("#rc-partner-role", "global_admin")
    page.click('[data-action="copy-link"]')
    confirmation = page.locator(".relcheck-copied")
    confirmation.filter(has_text=t(SCRIPT_WORDS["copied"], "fr")).wait_for()
    assert confirmation.get_attribute("role") == "status"
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied == page.url and "#v=1&" in copied and "partner.role=global_admin" in copied


def test_copy_link_without_the_clipboard_api_falls_back(page: Any, base_url: str) -> None:
    page.add_init_script("Object.defineProperty(navigator, 'clipboard', { value: undefined });")
    page.goto(url_of(base_url, "ru", PAGE))
    page.click('[data-action="copy-link"]')
    said = page.locator(".relcheck-copied").inner_text()
    assert said in (t(SCRIPT_WORDS["copied"], "ru"), t(SCRIPT_WORDS["copy_failed"], "ru"))
    if said == t(SCRIPT_WORDS["copy_failed"], "ru"):
        assert page.locator(".relcheck-link-copy").input_value() == page.url


def test_print_shows_the_case_in_words_and_its_answers(page: Any, base_url: str) -> None:
    page.goto(url_of(base_url, "ru", PAGE))
    scenario = scenario_of(LONG_CASE)
    enter(page, scenario)
    case = page.locator(".relcheck-case")
    assert not case.is_visible()
    page.emulate_media(media="print")
    try:
        assert case.is_visible() and not page.locator("#relcheck-situation").is_visible()
        text = case.inner_text()
        assert t(WORDS["your_case"], "ru") in text
        assert t(EDITIONS["21vianet"].name, "ru") in text
        assert all(other["name"] in text for other in scenario["customer"]["partners"])
        assert page.locator("#relcheck-results li").first.is_visible()
        assert not page.locator('[data-action="download"]').is_visible()
        assert (
            page.locator("#relcheck-situation input:visible, #relcheck-situation select:visible").count() == 0
        )
    finally:
        page.emulate_media(media="screen")


@pytest.mark.parametrize(
    "link",
    [
        "#" + fragment([*BASE[:3], ("partner.role", "root"), ("cloud", "x")]),
        "#"
        + fragment([("v", "1"), ("edition", "21vianet"), *[(f"partner{i}.name", "P") for i in range(60)]]),
    ],
    ids=["notice-and-marked-fields", "partners-at-the-cap"],
)
def test_the_page_in_a_link_notices_state_has_no_serious_accessibility_violation(
    page: Any, base_url: str, link: str
) -> None:
    assert AXE, "axe-core is fetched by scripts/dev/setup.sh"
    page.goto(url_of(base_url, "es", PAGE) + link)
    page.add_script_tag(content=AXE[-1].read_text(encoding="utf-8"))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [v["id"] for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []


def test_screenshot_of_the_french_page_on_a_1280_pixel_screen(
    page: Any, base_url: str, test_output: Path
) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(url_of(base_url, "fr", PAGE))
    enter(page, scenario_of(LONG_CASE))
    page.evaluate("() => window.scrollTo(0, 0)")  # scrolled down to the form, so no back-to-top button
    page.mouse.wheel(0, page.locator("#relcheck-situation").bounding_box()["y"] - 60)
    page.wait_for_timeout(300)
    folder = test_output / "screenshots"
    folder.mkdir(exist_ok=True)
    target = folder / "fr-check-your-situation-1280.png"
    page.screenshot(path=str(target))
    assert target.stat().st_size > 10_000
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator(".relcheck-answers").bounding_box()["y"] >= 0
