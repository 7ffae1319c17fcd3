"""The relcheck plugin's options in mkdocs.yml (``plugins: [relcheck]``)."""

from __future__ import annotations

from mkdocs.config import base, config_options


class RelcheckConfig(base.Config):
    # The scenario catalog, relative to mkdocs.yml.
    scenarios = config_options.Type(str, default="scenarios")
    # Off only for the build benchmark's baseline: the catalog is still loaded and checked (the build
    # still fails on a bad scenario), but every marker renders empty.
    render_results = config_options.Type(bool, default=True)
    # json-logic-js, which the "Check your situation" page ships, relative to mkdocs.yml; fetched from
    # the npm registry, pinned by version and integrity, by scripts/dev/fetch_npm.py.
    json_logic_js = config_options.Type(str, default=".cache/npm/json-logic-js-2.0.5/logic.js")
