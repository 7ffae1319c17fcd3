"""The built site in a real browser: language switcher, per-language search, anchors, accessibility."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from relcheck.i18n import DEFAULT_LANGUAGE, LANGUAGES
from tests.support import ROOT, BuiltSite
from tests.website.test_build import PAGES, PROCEDURES

pytestmark = pytest.mark.browser

AXE = sorted((ROOT / ".cache" / "npm").glob("axe-core-*/axe.min.js"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_loads_without_a_failed_request(page: Any, base_url: str, lang: str) -> None:
    """The fixture fails the test on any failed request or console error; this visits every page."""
    for name in PAGES:
        page.goto(url_of(base_url, lang, name))
        page.wait_for_load_state("networkidle")


def url_of(base_url: str, lang: str, page: str) -> str:
    prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
    stem = page.removesuffix(".md")
    return f"{base_url}{prefix}{'' if stem == 'index' else stem + '/'}"


@pytest.mark.parametrize("target", [lang for lang in LANGUAGES if lang != "fr"])
def test_language_switcher_keeps_the_page(page: Any, base_url: str, target: str) -> None:
    page.goto(url_of(base_url, "fr", "concepts/multi-channel.md"))
    page.hover(".md-header__option .md-select")
    page.click(f'.md-select__link[hreflang="{target}"]')
    page.wait_for_load_state()
    assert page.url == url_of(base_url, target, "concepts/multi-channel.md")
    assert page.locator("html").get_attribute("lang") == target


def search(page: Any, query: str) -> list[str]:
    """Type a query and return the result links once the worker's answer has settled."""
    page.wait_for_load_state("networkidle")  # the search worker has fetched its index
    box = page.locator(".md-search__input")
    for _ in range(10):
        # A query typed while the worker is still building the index is dropped: retype it until
        # the worker answers, as a reader would.
        box.fill(query)
        box.press("End")  # Material reads the query on key events; fill() alone sends none
        try:
            page.wait_for_selector(".md-search-result__item", timeout=2000)
            break
        except PlaywrightTimeout:
            continue
    previous: list[str] = []
    for _ in range(20):  # the worker may answer a partial query first; wait until the list is stable
        page.wait_for_timeout(250)
        links = page.locator(".md-search-result__item > a.md-search-result__link")
        current = [links.nth(i).get_attribute("href") or "" for i in range(links.count())]
        if current and current == previous:
            return current
        previous = current
    return previous


def has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text.lower()) is not None


def page_of(url: str) -> str:
    return url.split("#")[0].split("?")[0]


def _index(site: BuiltSite, lang: str) -> dict[str, Any]:
    prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
    index: dict[str, Any] = json.loads(
        (site.site_dir / prefix / "search" / "search_index.json").read_text(encoding="utf-8")
    )
    return index


def test_russian_search_finds_other_word_forms_in_russian_only(
    page: Any, base_url: str, site: BuiltSite
) -> None:
    # A Russian page that says «подписки» but never «подписка» must be found by a search for «подписка».
    docs = _index(site, "ru")["docs"]
    only_inflected = [
        d["location"] for d in docs if has_word(d["text"], "подписки") and not has_word(d["text"], "подписка")
    ]
    assert only_inflected, "the Russian pages use «подписки» somewhere without «подписка»"
    page.goto(url_of(base_url, "ru", "index.md"))
    hits = search(page, "подписка")
    assert hits, "the search found nothing"
    assert all(h.startswith(f"{base_url}ru/") for h in hits), hits
    found = {page_of(h).removeprefix(f"{base_url}ru/") for h in hits}
    assert found & {page_of(location) for location in only_inflected}, (found, only_inflected)


@pytest.mark.parametrize(
    ("lang", "query", "inflected"),
    [
        ("fr", "abonnement", "abonnements"),
        ("es", "suscripción", "suscripciones"),
        ("it", "sottoscrizione", "sottoscrizioni"),
    ],
)
def test_search_stays_in_the_page_language_and_stems(
    page: Any, base_url: str, site: BuiltSite, lang: str, query: str, inflected: str
) -> None:
    page.goto(url_of(base_url, lang, "index.md"))
    hits = search(page, query)
    assert hits and all(h.startswith(f"{base_url}{lang}/") for h in hits), hits
    plural_only = {
        page_of(d["location"])
        for d in _index(site, lang)["docs"]
        if has_word(d["text"], inflected) and not has_word(d["text"], query)
    }
    assert plural_only, f"some {lang} page says «{inflected}» without «{query}»"
    found = {page_of(h).removeprefix(f"{base_url}{lang}/") for h in hits}
    assert found & plural_only, (found, plural_only)


def test_english_search_finds_no_other_language(page: Any, base_url: str) -> None:
    page.goto(url_of(base_url, "en", "index.md"))
    hits = search(page, "partner")
    assert hits
    assert not [h for h in hits if h.removeprefix(base_url).startswith(("es/", "it/", "fr/", "ru/"))], hits


@pytest.mark.parametrize("lang", LANGUAGES)
def test_rule_link_lands_on_its_paragraph(page: Any, base_url: str, lang: str) -> None:
    # The comparison page links to rules; following one lands on the paragraph in the same language.
    page.goto(url_of(base_url, lang, "editions-compared.md"))
    page.locator('a[href$="#rule-v2"]').first.click()
    page.wait_for_load_state()
    assert page.url == url_of(base_url, lang, "request-reseller-relationship-21vianet.md") + "#rule-v2"
    paragraph = page.locator("#rule-v2")
    assert paragraph.evaluate("e => e.tagName") == "P"
    assert paragraph.is_visible()
    box = paragraph.bounding_box()
    assert box is not None and 0 <= box["y"] < 900


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_serious_accessibility_violation(page: Any, base_url: str, lang: str) -> None:
    assert AXE, "axe-core is fetched by scripts/dev/setup.sh"
    script = AXE[-1].read_text(encoding="utf-8")
    problems = []
    for name in PAGES:
        page.goto(url_of(base_url, lang, name))
        page.add_script_tag(content=script)
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        for violation in result["violations"]:
            if violation["impact"] in ("serious", "critical"):
                targets = [node["target"] for node in violation["nodes"]][:3]
                problems.append(f"{name}: {violation['id']} ({violation['impact']}) at {targets}")
    assert problems == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_screenshots_of_procedure_pages(page: Any, base_url: str, lang: str, test_output: Path) -> None:
    folder = test_output / "screenshots"
    folder.mkdir(exist_ok=True)
    for name in (*PROCEDURES, "scenarios.md"):
        page.goto(url_of(base_url, lang, name))
        target = folder / f"{lang}-{name.removesuffix('.md').replace('/', '-')}.png"
        page.screenshot(path=str(target), full_page=True)
        assert target.stat().st_size > 10_000


@pytest.mark.parametrize("lang", LANGUAGES)
def test_verdict_rule_link_lands_on_the_rule_in_the_same_language(
    page: Any, base_url: str, lang: str
) -> None:
    page.goto(url_of(base_url, lang, "scenarios.md"))
    link = page.locator('.md-typeset table a[href*="#rule-v4"]').first
    link.scroll_into_view_if_needed()
    link.click()
    page.wait_for_load_state()
    assert page.url == url_of(base_url, lang, "request-reseller-relationship-21vianet.md") + "#rule-v4"
    assert page.locator("html").get_attribute("lang") == lang
    paragraph = page.locator("#rule-v4")
    assert paragraph.evaluate("e => e.tagName") == "P"
    box = paragraph.bounding_box()
    assert box is not None and 0 <= box["y"] < 900
