"""The built site read as a reader's browser would: every page in every language, and their links."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from relcheck.i18n import DEFAULT_LANGUAGE, LANGUAGES, render
from relcheck.result import Message
from relcheck.rules import RULES
from relcheck.site.render import FALLBACK_TITLE
from relcheck.validate.schema import SCHEMA_PATH
from relcheck.vocab.editions import EDITIONS
from relcheck.vocab.published import SCHEMA_URL
from tests.html_reader import Page
from tests.support import ROOT, BuiltSite
from tests.translations.test_french_typography import findings as french_findings

SITE_URL = "https://csp-reseller-relationship.github.io/"
# Every English page, and the two procedure pages (one per edition).
PAGES = tuple(
    sorted(p.relative_to(ROOT / "docs" / "en").as_posix() for p in (ROOT / "docs" / "en").rglob("*.md"))
)
PROCEDURES = tuple(edition.page for edition in EDITIONS.values())
SOURCE_DATES = {
    # Babel's long date format for each locale (English in its international, day-first form).
    "request-reseller-relationship-21vianet.md": {
        "en": "29 October 2018",
        "es": "29 de octubre de 2018",
        "it": "29 ottobre 2018",
        "fr": "29 octobre 2018",
        "ru": "29 октября 2018 года",
    },
    "request-reseller-relationship.md": {
        "en": "17 June 2020",
        "es": "17 de junio de 2020",
        "it": "17 giugno 2020",
        "fr": "17 juin 2020",
        "ru": "17 июня 2020 года",
    },
}
ENGLISH_ADMONITION_DEFAULTS = {"Note", "Warning", "Info", "Tip", "Example", "Danger"}

every_page = pytest.mark.parametrize(
    ("lang", "page"), [(lang, page) for lang in LANGUAGES for page in PAGES], ids=lambda v: str(v)
)


def test_build_logs_no_warning(site: BuiltSite) -> None:
    assert site.warnings == []


@every_page
def test_page_exists_with_its_language(site: BuiltSite, lang: str, page: str) -> None:
    document = Page(site.html(lang, page))
    assert document.html_lang == lang
    assert len(document.find_all("h1")) == 1


@every_page
def test_page_was_written_in_its_language(site: BuiltSite, lang: str, page: str) -> None:
    # A page of this language exists in docs/<lang>/: no shipped page relies on the fallback, so none
    # carries the notice that says so (in its own language's words; see test_build_guards for one that does).
    assert (site.root / "docs" / lang / page).is_file()
    titles = [e.text for e in Page(site.html(lang, page)).with_class("admonition-title")]
    assert render(Message(FALLBACK_TITLE), lang) not in titles


@pytest.mark.parametrize("page", PROCEDURES)
def test_rule_anchors_are_the_same_paragraphs_in_every_language(site: BuiltSite, page: str) -> None:
    expected = {rule.anchor for rule in RULES.values() if rule.page == page}
    assert expected, "the rules name this page"
    for lang in LANGUAGES:
        document = Page(site.html(lang, page))
        found = {i for i in document.ids() if i.startswith("rule-")}
        assert found == expected, lang
        for anchor in expected:
            element = document.by_id(anchor)
            assert element is not None and element.tag == "p", (lang, anchor)
            assert element.text, (lang, anchor)


@pytest.mark.parametrize("page", PROCEDURES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_source_date_is_localized(site: BuiltSite, page: str, lang: str) -> None:
    text = Page(site.html(lang, page)).main_text
    assert SOURCE_DATES[page][lang] in text
    assert SOURCE_DATES[page][lang] + ".." not in text  # a date ending in an abbreviation doubled the period
    assert "relcheck:" not in site.html(lang, page)


@every_page
def test_hreflang_alternates_are_absolute_and_complete(site: BuiltSite, lang: str, page: str) -> None:
    links = Page(site.html(lang, page)).find_all("link", rel="alternate")
    hreflangs = {link.attrs["hreflang"]: link.attrs["href"] for link in links}
    assert set(hreflangs) == {*LANGUAGES, "x-default"}
    assert hreflangs["x-default"] == hreflangs[DEFAULT_LANGUAGE]
    for code, href in hreflangs.items():
        assert href.startswith(SITE_URL), href
        target = code if code != "x-default" else DEFAULT_LANGUAGE
        # The alternate is the same page in that language, and it was built.
        assert site.page(target, page) == site.site_dir / href.removeprefix(SITE_URL) / "index.html"
        assert site.page(target, page).is_file()


@every_page
def test_admonition_titles_are_in_the_page_language(site: BuiltSite, lang: str, page: str) -> None:
    titles = [e.text for e in Page(site.html(lang, page)).with_class("admonition-title")]
    if lang != DEFAULT_LANGUAGE:
        assert not set(titles) & ENGLISH_ADMONITION_DEFAULTS, titles


@every_page
def test_page_asks_nothing_of_outside_hosts(site: BuiltSite, lang: str, page: str) -> None:
    document = Page(site.html(lang, page))
    for element in document.elements:
        if element.tag in {"script", "img", "iframe", "source"}:
            source = element.attrs.get("src", "")
        elif element.tag == "link" and element.attrs.get("rel") in {
            "stylesheet",
            "preconnect",
            "icon",
            "preload",
        }:
            source = element.attrs.get("href", "")
        else:
            continue
        assert not re.match(r"^(https?:)?//", source), f"{element.tag} loads {source}"


def test_sitemap_lists_every_page_in_every_language(site: BuiltSite) -> None:
    tree = ET.parse(site.site_dir / "sitemap.xml")
    locations = {e.text for e in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    for lang in LANGUAGES:
        for page in PAGES:
            relative = site.page(lang, page).parent.relative_to(site.site_dir).as_posix()
            url = SITE_URL if relative == "." else f"{SITE_URL}{relative}/"
            assert url in locations, url


def test_the_schema_is_published_once_at_the_address_of_its_id(site: BuiltSite) -> None:
    published = site.site_dir / SCHEMA_URL.removeprefix(SITE_URL)
    assert published.read_bytes() == SCHEMA_PATH.read_bytes()
    assert json.loads(published.read_bytes())["$id"] == SCHEMA_URL
    # Once for the whole site: no language folder gets its own copy.
    copies = [p.relative_to(site.site_dir).as_posix() for p in site.site_dir.rglob("*.schema.json")]
    assert copies == ["schemas/scenario.schema.json"]
    for lang in LANGUAGES:
        if lang != DEFAULT_LANGUAGE:
            assert not (site.site_dir / lang / "schemas").exists(), lang
    # The build writes into the site folder only, never beside the pages or the scenarios.
    for folder in ("docs", "scenarios"):
        assert not list((ROOT / folder).rglob("*.schema.json")), folder
        assert not list((ROOT / folder).rglob("schemas")), folder


def test_404_page_is_in_the_default_language(site: BuiltSite) -> None:
    document = Page((site.site_dir / "404.html").read_text(encoding="utf-8"))
    assert document.html_lang == DEFAULT_LANGUAGE
    assert "404" in document.main_text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_its_own_search_index(site: BuiltSite, lang: str) -> None:
    prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
    index = json.loads((site.site_dir / prefix / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == [lang]
    locations = [doc["location"] for doc in index["docs"]]
    assert locations, "the index is not empty"
    # Locations are relative to the language's own root, and point at pages of that language.
    for location in locations:
        assert not location.startswith(tuple(f"{other}/" for other in LANGUAGES)), location
        path = location.split("#")[0]
        assert (site.site_dir / prefix / path / "index.html").is_file() or path == "", location
    titles = {doc["title"] for doc in index["docs"] if "#" not in doc["location"]}
    own_titles = {Page(site.html(lang, page)).find_all("h1")[0].text.rstrip("¶").strip() for page in PAGES}
    assert titles <= own_titles | {""}, titles - own_titles


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "Partner Center"),
        ("es", "Centro de partners"),
        ("it", "Centro per i partner"),
        ("fr", "Espace partenaires"),
        ("ru", "Центре партнеров"),
    ],
)
def test_site_name_and_description_are_in_the_page_language(site: BuiltSite, lang: str, words: str) -> None:
    document = Page(site.html(lang, "index.md"))
    description = document.find_all("meta", name="description")[0].attrs["content"]
    assert words in description
    assert words.split()[-1] in document.find_all("title")[0].text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_heading_permalink_is_titled_in_the_page_language(site: BuiltSite, lang: str) -> None:
    """The toc extension writes one English title for the whole site; each language gets its own."""
    page = site.html(lang, "request-reseller-relationship.md")
    titles = set(re.findall(r'class="headerlink" href="#[^"]*" title="([^"]*)"', page))
    expected = html.escape(render(Message("Permanent link"), lang), quote=True)
    assert titles == {expected}, titles
    if lang != "en":
        assert "Permanent link" not in page


class _FrenchProse(HTMLParser):
    """Each run of text a reader sees (with its spaces as written) and each title or label attribute;
    code, scripts and styles are not prose."""

    SKIPPED = frozenset({"script", "style", "code", "pre", "textarea"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.runs: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIPPED:
            self.skipping += 1
        self.runs += [value for name, value in attrs if name in ("title", "aria-label") and value]

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIPPED:
            self.skipping = max(0, self.skipping - 1)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.runs.append(data)


def test_french_pages_as_built_keep_french_spacing(site: BuiltSite) -> None:
    """What the sources spell right must survive the build: the table of contents, the glossary from
    the termbase, the generated answers and the tooltips put a no-break space before ; : ? ! » and
    after «, as the French sources do (tests/translations/test_french_typography.py)."""
    found = []
    for path in sorted((site.site_dir / "fr").rglob("index.html")):
        reader = _FrenchProse()
        reader.feed(path.read_text(encoding="utf-8"))
        where = path.relative_to(site.site_dir)
        found += [f"{where}: …{snippet}…" for run in reader.runs for snippet in french_findings(run)]
    assert found == [], "\n".join(found[:40])
