"""What the plugin needs to know about the page being built: its language, its path, its head links.

Kept apart from the MkDocs event handlers so that each handler stays a few lines long.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mkdocs.utils import get_relative_url

from relcheck import i18n
from relcheck.i18n import N_
from relcheck.result import Message
from relcheck.rules import RULES
from relcheck.site import render, situation
from relcheck.site.markers import Handler, Marker, MarkerError
from relcheck.translations.terms import load_termbase
from relcheck.vocab.editions import EDITIONS

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

    from relcheck.site.cache import BuildCache


def _i18n(config: MkDocsConfig) -> Any:
    plugin = config.plugins.get("i18n")
    if plugin is None:
        raise ValueError("the relcheck plugin needs the i18n plugin (mkdocs-static-i18n) before it")
    return plugin


def languages(config: MkDocsConfig) -> tuple[str, ...]:
    return tuple(lang.locale for lang in _i18n(config).config.languages if lang.build)


def default_language(config: MkDocsConfig) -> str:
    return str(next(lang.locale for lang in _i18n(config).config.languages if lang.default))


def current_language(config: MkDocsConfig) -> str:
    # The language being built, not page.file.locale: on a fallback page the two differ.
    return str(_i18n(config).current_language)


def inner_language_build(config: MkDocsConfig) -> bool:
    """True inside the per-language builds that mkdocs-static-i18n starts from the first one."""
    return bool(_i18n(config).building)


def page_path_of(src_uri: str, langs: tuple[str, ...]) -> str:
    """A source file's path inside its language folder: 'es/concepts/x.md' -> 'concepts/x.md'."""
    head, _, rest = src_uri.partition("/")
    return rest if head in langs and rest else src_uri


def source_line(page: Page, markdown: str, line: int) -> int:
    """The line of the page's file that holds line `line` of its Markdown. MkDocs hands the Markdown
    over without the front matter, so the same text sits that many lines further down in the file."""
    wanted = markdown.splitlines()[line - 1] if 0 < line <= len(markdown.splitlines()) else None
    lines = page.file.content_string.splitlines()
    return next((i + 1 for i in range(line - 1, len(lines)) if lines[i] == wanted), line)


def page_path(page: Page, langs: tuple[str, ...]) -> str:
    return page_path_of(page.file.src_uri, langs)


def page_url_path(page: Page, langs: tuple[str, ...]) -> str:
    head, _, rest = page.url.partition("/")
    return rest if head in langs else page.url


@dataclass
class PageContext:
    """Everything the markers and notices of one page in one language are rendered from."""

    cache: BuildCache
    path: str
    lang: str
    source_lang: str
    render_results: bool
    english_url: str  # the English page's URL, relative to this page
    links: render.Links  # docs-relative target -> href from this page, in this language
    site_root: str  # the site's root, relative to this page ("../../" from /ru/page/)
    # HTML fragments rendered for this page, put in place of their placeholders after indexing
    fragments: dict[str, str] = field(default_factory=dict)

    def handlers(self) -> dict[str, Handler]:
        return {
            "source-date": self._source_date,
            "rule-scenarios": self._rule_scenarios,
            "glossary": lambda marker: render.glossary(load_termbase(self.lang), self.lang),
            "scenarios": self._results(
                lambda: self._keep(render.scenarios_page(self.cache.check, self.lang, self.links))
            ),
            "rule-coverage": self._results(
                lambda: self._keep(render.coverage_table(self.cache.check, self.lang, self.links))
            ),
            "rule-audit": self._results(lambda: self._keep(render.audit_table(self.lang, self.links))),
            "region-table": self._results(lambda: self._keep(render.region_table(self.lang))),
            "situation-form": self._situation_form,
            "translation-status": self._results(
                lambda: self._keep(
                    render.translation_status(
                        self.cache.translation_report(),
                        self.cache.scenario_translations(),
                        self.lang,
                        self.links,
                    )
                )
            ),
        }

    def notices(self) -> str:
        if self.source_lang != self.lang:
            return render.fallback_notice(self.lang)
        status = self.cache.translation_report().status_of(self.path, self.lang)
        if status is not None and status.state == "outdated":
            return render.outdated_notice(self.lang, self.english_url)
        return ""

    def _source_date(self, marker: Marker) -> str:
        edition = EDITIONS.get(marker.arg or "")
        if edition is None:
            raise MarkerError(marker.line, f"source-date needs an edition: one of {', '.join(EDITIONS)}")
        return render.source_date(edition, self.lang)

    def _rule_scenarios(self, marker: Marker) -> str:
        if not self.render_results:
            return ""
        rule_id = (marker.arg or "").upper()
        if rule_id not in RULES:
            raise MarkerError(marker.line, f"rule-scenarios names no known rule: {marker.arg!r}")
        return self._keep(render.rule_scenarios(self.cache.check, rule_id, self.lang, self.links))

    def _situation_form(self, marker: Marker) -> str:
        out = render.Rendered("")
        form = situation.form_html(self.lang, self.links, self.site_root, self.cache.assets().versions)
        out.markdown = out.add("situation-form", form)
        return self._keep(out)

    def _keep(self, rendered: render.Rendered) -> str:
        self.fragments.update(rendered.fragments)
        return rendered.markdown

    def _results(self, make: Callable[[], str]) -> Handler:
        def handler(marker: Marker) -> str:
            return make() if self.render_results else ""

        return handler


def link_resolver(page: Page, files: Files, langs: tuple[str, ...]) -> render.Links:
    """Resolve docs-relative targets to hrefs from `page`, among the pages of the language being built."""
    by_path = {page_path_of(f.src_uri, langs): f for f in files.documentation_pages()}

    def resolve(target: str) -> str:
        path, _, fragment = target.partition("#")
        if path not in by_path:
            raise MarkerError(0, f"no page {path!r} in this language to link to")
        href = get_relative_url(by_path[path].url, page.url)
        return f"{href}#{fragment}" if fragment else href

    return resolve


def page_context(cache: BuildCache, page: Page, files: Files, lang: str, render_results: bool) -> PageContext:
    source_lang = getattr(page.file, "locale", lang)
    # From /es/concepts/x/ back up to the site root, then down to the English page: ../../../concepts/x/
    depth = page.url.count("/")
    site_root = "../" * depth
    english_url = site_root + page_url_path(page, cache.languages)
    links = link_resolver(page, files, cache.languages)
    path = page_path(page, cache.languages)
    return PageContext(cache, path, lang, source_lang, render_results, english_url, links, site_root)


H1 = re.compile(r"^# .*$", re.M)


def with_notice(markdown: str, notice: str) -> str:
    """Put a notice right under the page's title (before it, MkDocs would no longer find the title)."""
    if not notice:
        return markdown
    title = H1.search(markdown)
    if title is None:
        return notice + "\n" + markdown
    return f"{markdown[: title.end()]}\n\n{notice}\n{markdown[title.end() :]}"


ID_ATTRIBUTE = re.compile(r'\sid="([^"]+)"')


def missing_anchors(page: Page, html: str, lang: str, cache: BuildCache) -> Iterator[str]:
    """Name every rule whose paragraph anchor this page should carry but does not."""
    path = page_path(page, cache.languages)
    expected = [rule for rule in RULES.values() if rule.page == path]
    if not expected:
        return
    ids = set(ID_ATTRIBUTE.findall(html))
    for rule in expected:
        if rule.anchor not in ids:
            yield (
                f"{page.file.src_uri} ({lang}): rule {rule.id} has no paragraph with the anchor "
                f"#{rule.anchor}; links to it from the scenarios and the checker would land nowhere"
            )


# Material's footer credit, "Made with Material for MkDocs": the words before the link.
MADE_WITH = N_("Made with")


def head_context(
    page: Page, config: MkDocsConfig, lang: str, cache: BuildCache, base_url: str
) -> dict[str, Any]:
    """Absolute hreflang alternates (with x-default), the root of the page's language for search, and the
    footer's credit in the page's language (Material writes it in English whatever the language)."""
    site_url = (config.site_url or "/").rstrip("/") + "/"
    path = page_url_path(page, cache.languages)

    def url_in(language: str) -> str:
        prefix = "" if language == cache.default_language else f"{language}/"
        return f"{site_url}{prefix}{path}"

    alternates = [{"hreflang": language, "href": url_in(language)} for language in cache.languages]
    alternates.append({"hreflang": "x-default", "href": url_in(cache.default_language)})
    root = base_url.rstrip("/") or "."
    search_base = f"{root}/" if lang == cache.default_language else f"{root}/{lang}/"
    return {
        "relcheck_alternates": alternates,
        "relcheck_search_base": search_base,
        "relcheck_made_with": i18n.render(Message(MADE_WITH), lang),
    }
