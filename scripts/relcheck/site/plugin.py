"""MkDocs glue: each handler is a few lines that call plain functions.

mkdocs-static-i18n runs MkDocs' build once per language in the same process with the same plugin
instance, so everything computed from the catalog, the rules and the pages is computed once per
change of their files (see `relcheck.site.cache`) and reused by the other four language builds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from relcheck.site import context as site_context
from relcheck.site import render, typography
from relcheck.site.assets import MissingAsset
from relcheck.site.cache import BuildCache
from relcheck.site.config import RelcheckConfig
from relcheck.site.markers import MarkerError, replace_markers
from relcheck.site.rule_labels import add_rule_labels
from relcheck.site.schema_file import SchemaReferenceError, write_schema
from relcheck.site.search_index import write_language_indexes
from relcheck.translations.page_source import PageError

log = get_plugin_logger(__name__)


class RelcheckPlugin(BasePlugin[RelcheckConfig]):
    def __init__(self) -> None:
        self.cache: BuildCache | None = None
        self.not_found_page: str | None = None
        self.fragments: dict[str, dict[str, str]] = {}  # page URL -> HTML fragments awaiting the page

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path).parent
        if self.cache is None:
            self.cache = BuildCache(
                docs_dir=Path(config.docs_dir),
                scenarios_dir=root / self.config.scenarios,
                languages=site_context.languages(config),
                default_language=site_context.default_language(config),
                json_logic_js=root / self.config.json_logic_js,
            )
        return config

    def on_pre_build(self, config: MkDocsConfig) -> None:
        # Called once per language; refresh() recomputes only when a watched file changed.
        for problem in self._cache().refresh():
            log.warning(problem)

    def on_serve(self, server: LiveReloadServer, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        server.watch(str(self._cache().scenarios_dir))
        return server

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        lang = site_context.current_language(config)
        context = site_context.page_context(self._cache(), page, files, lang, self.config.render_results)
        try:
            markdown = replace_markers(markdown, context.handlers())
            notices = context.notices()
        except MarkerError as error:
            line = site_context.source_line(page, markdown, error.line)
            raise PluginError(f"{page.file.src_uri}:{line}: {error.reason}") from None
        except (PageError, MissingAsset) as error:  # a page's source record, or json-logic-js, is missing
            raise PluginError(str(error)) from None
        self.fragments[page.url] = context.fragments
        return site_context.with_notice(markdown, notices)

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        lang = site_context.current_language(config)
        for problem in site_context.missing_anchors(page, html, lang, self._cache()):
            log.warning(problem)
        return add_rule_labels(html)

    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        lang = site_context.current_language(config)
        head = site_context.head_context(page, config, lang, self._cache(), context.get("base_url", "."))
        context.update(head)  # type: ignore[typeddict-item]  # Material's templates read these keys
        return context

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        # After Material's search has indexed the page: the fragments stay out of the index.
        try:
            output = render.fill_placeholders(output, self.fragments.pop(page.url, {}))
        except KeyError as error:
            raise PluginError(f"{page.file.src_uri}: no content for the placeholder {error}") from None
        lang = site_context.current_language(config)
        return typography.typeset(render.localized_permalinks(output, lang), lang)

    def on_post_template(self, output_content: str, template_name: str, config: MkDocsConfig) -> str:
        # Every language build writes the site-wide 404.html; keep the default language's.
        if template_name != "404.html":
            return output_content
        if site_context.current_language(config) == self._cache().default_language:
            self.not_found_page = output_content
        return self.not_found_page or output_content

    @event_priority(-200)  # after mkdocs-static-i18n has merged the languages' search entries
    def on_post_build(self, config: MkDocsConfig) -> None:
        if site_context.inner_language_build(config):
            return
        cache = self._cache()
        try:
            cache.assets().write(Path(config.site_dir))
            write_schema(Path(config.site_dir))  # at the site's root, where its $id says it is
        except (MissingAsset, SchemaReferenceError) as error:
            raise PluginError(str(error)) from None
        write_language_indexes(Path(config.site_dir), cache.default_language, cache.languages)
        # Visible in every build, but not a warning: an outdated translation must not fail --strict.
        for status in cache.translation_report().statuses:
            if status.state == "outdated":
                sections = ", ".join(f"“{name}”" for name in status.changed_sections)
                log.info(
                    f"{status.lang}/{status.page}: outdated translation"
                    + (f" (changed sections: {sections})" if sections else "")
                )

    def _cache(self) -> BuildCache:
        if self.cache is None:  # MkDocs always calls on_config first
            raise PluginError("relcheck: the plugin was used before its configuration was loaded")
        return self.cache
