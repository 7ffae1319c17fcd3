"""What the tests share that is not a fixture: the project's paths, the site builder, the CLI runner.

Fixtures live in the ``conftest.py`` files and are built from these; tests import from here, never
from a ``conftest.py``.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from relcheck.cli import main
from relcheck.i18n import DEFAULT_LANGUAGE

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from relcheck.site.cache import BuildCache

ROOT = Path(__file__).resolve().parents[1]
TEST_OUTPUT = ROOT / "test-output"
SCENARIOS = ROOT / "scenarios"
DATA = ROOT / "tests" / "data" / "scenarios"
VALID = sorted((DATA / "valid").glob("*.yaml"))
INVALID = sorted((DATA / "invalid").glob("*.yaml"))
SHIPPED = sorted(SCENARIOS.glob("*.yaml"))
# Files the contract must refuse, each declaring the problems it is refused with
REFUSED = sorted((SCENARIOS / "refused").glob("*.yaml"))


# --- the command line, run in this process ---------------------------------------------------------


@dataclass
class Run:
    code: int
    out: str
    err: str


RunCli = Callable[..., Run]


def run_relcheck(*args: str | Path) -> Run:
    """Run ``relcheck`` in this process with the given arguments; exit code and captured output."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse exits for usage errors and --help
            code = int(exc.code or 0)
    return Run(code, out.getvalue(), err.getvalue())


def expected_message(path: Path) -> str:
    """The text an invalid data file must produce, from its first line ``# expect: ...``; in it,
    ``{rules of global}`` stands for that edition's rule list (``G1–G10``), so that a new rule
    changes no data file."""
    from relcheck.validate.rule_ids import edition_rules

    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# expect: "), f"{path.name} must start with '# expect: '"
    expected = first.removeprefix("# expect: ")
    return re.sub(r"\{rules of ([a-z0-9]+)\}", lambda m: edition_rules(m[1]), expected)


# --- the site, built with MkDocs' own API ----------------------------------------------------------


@dataclass
class BuiltSite:
    root: Path  # the project the site was built from
    site_dir: Path
    warnings: list[str]
    config: MkDocsConfig | None = None

    def plugin_cache(self) -> BuildCache:
        """The relcheck plugin's shared state after the build (how often it checked the catalog...)."""
        from relcheck.site.plugin import RelcheckPlugin

        assert self.config is not None, "the site was not built"
        plugin = self.config.plugins["relcheck"]
        assert isinstance(plugin, RelcheckPlugin) and plugin.cache is not None
        return plugin.cache

    def page(self, lang: str, page: str) -> Path:
        """The HTML file of a docs-relative Markdown page in one language."""
        prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
        stem = page.removesuffix(".md")
        url = "" if stem == "index" else f"{stem}/"
        return self.site_dir / prefix / url / "index.html"

    def html(self, lang: str, page: str) -> str:
        return self.page(lang, page).read_text(encoding="utf-8")


class WarningCollector(logging.Handler):
    """Keeps the text of every warning logged while it is attached."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_site(project: Path, site_dir: Path, **overrides: Any) -> BuiltSite:
    """Build `project`'s site with MkDocs' own API, strict, and collect every warning it logs."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    handler = WarningCollector()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    site = BuiltSite(project, site_dir, handler.messages)
    try:
        site.config = load_config(
            str(project / "mkdocs.yml"), site_dir=str(site_dir), strict=True, **overrides
        )
        build(site.config)
    finally:
        logger.removeHandler(handler)
    return site
