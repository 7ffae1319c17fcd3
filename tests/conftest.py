"""Shared fixtures: the project's paths, and the whole five-language site built once per test session."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from relcheck.i18n import DEFAULT_LANGUAGE

ROOT = Path(__file__).resolve().parents[1]
TEST_OUTPUT = ROOT / "test-output"

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@dataclass
class BuiltSite:
    root: Path  # the project the site was built from
    site_dir: Path
    warnings: list[str]
    config: Any = None

    def plugin_cache(self) -> Any:
        """The relcheck plugin's shared state after the build (how often it checked the catalog...)."""
        return self.config.plugins["relcheck"].cache

    def page(self, lang: str, page: str) -> Path:
        """The HTML file of a docs-relative Markdown page in one language."""
        prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
        stem = page.removesuffix(".md")
        url = "" if stem == "index" else f"{stem}/"
        return self.site_dir / prefix / url / "index.html"

    def html(self, lang: str, page: str) -> str:
        return self.page(lang, page).read_text(encoding="utf-8")


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_site(project: Path, site_dir: Path, **overrides: object) -> BuiltSite:
    """Build `project`'s site with MkDocs' own API, strict, and collect every warning it logs."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    handler = _Collect()
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


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    return build_site(ROOT, tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def test_output() -> Iterator[Path]:
    TEST_OUTPUT.mkdir(exist_ok=True)
    yield TEST_OUTPUT
