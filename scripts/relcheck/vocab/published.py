"""Where the site is published, and the address of each rule's paragraph on it, in each language.

The address is kept here rather than read from mkdocs.yml because the checker runs without MkDocs
(and from a wheel, where there is no mkdocs.yml); a test keeps the two equal.
"""

from __future__ import annotations

from relcheck.i18n import DEFAULT_LANGUAGE
from relcheck.rules import Rule

SITE_URL = "https://csp-reseller-relationship.github.io/"
# The scenario schema, published by the site build at this address, which is also the schema's `$id`.
SCHEMA_SITE_PATH = "schemas/scenario.schema.json"
SCHEMA_URL = f"{SITE_URL}{SCHEMA_SITE_PATH}"
# The first line of every scenario file: editors with yaml-language-server (VS Code's YAML extension)
# then check the file against the schema while it is typed.
MODELINE = f"# yaml-language-server: $schema={SCHEMA_URL}"


def page_url(page: str, lang: str) -> str:
    """The published address of a docs-relative Markdown page (``a/b.md`` is served at ``a/b/``)."""
    prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
    path = page.removesuffix(".md")
    path = "" if path == "index" else path.removesuffix("/index") + "/"
    return f"{SITE_URL}{prefix}{path}"


def rule_url(rule: Rule, lang: str) -> str:
    """The address of the paragraph that states a rule, on the page of the given language."""
    return f"{page_url(rule.page, lang)}#{rule.anchor}"
