"""The languages are listed once, in `relcheck.i18n`; the site's configuration must agree with it."""

from __future__ import annotations

from relcheck.i18n import DEFAULT_LANGUAGE, LANGUAGES, LOCALES_DIR
from relcheck.site import context
from tests.support import ROOT


def test_mkdocs_yml_builds_the_same_languages_with_the_same_default() -> None:
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    assert context.languages(config) == LANGUAGES
    assert context.default_language(config) == DEFAULT_LANGUAGE


def test_every_language_has_a_catalog_and_a_docs_folder() -> None:
    for lang in LANGUAGES:
        assert (LOCALES_DIR / lang / "LC_MESSAGES" / "messages.po").is_file(), lang
        assert (ROOT / "docs" / lang).is_dir(), lang
