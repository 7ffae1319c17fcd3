"""The catalog is checked once per change, not once per language build; `mkdocs serve` sees edits."""

from __future__ import annotations

import shutil
from pathlib import Path

from relcheck.i18n import DEFAULT_LANGUAGE, LANGUAGES
from relcheck.site.cache import BuildCache
from relcheck.site.plugin import RelcheckPlugin
from tests.support import ROOT


def cache_for(tmp_path: Path) -> BuildCache:
    scenarios = tmp_path / "scenarios"
    shutil.copytree(ROOT / "scenarios", scenarios)
    return BuildCache(ROOT / "docs", scenarios, LANGUAGES, DEFAULT_LANGUAGE)


def test_unchanged_catalog_is_not_checked_again(tmp_path: Path) -> None:
    cache = cache_for(tmp_path)
    assert cache.refresh() == []
    for _language_build in LANGUAGES[1:]:
        assert cache.refresh() == []
    assert cache.check_runs == 1


def test_edited_scenario_is_checked_again_and_its_problem_reported(tmp_path: Path) -> None:
    cache = cache_for(tmp_path)
    cache.refresh()
    path = tmp_path / "scenarios" / "global-public-global-admin-same-region.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("may_send: yes by", "may_send: no by"))
    problems = cache.refresh()
    assert cache.check_runs == 2
    assert any(f"{path}:" in p and "may_send" in p for p in problems), problems


def test_serve_watches_the_scenario_folder(tmp_path: Path) -> None:
    class Server:
        def __init__(self) -> None:
            self.watched: list[str] = []

        def watch(self, path: str) -> None:
            self.watched.append(path)

    plugin = RelcheckPlugin()
    plugin.cache = cache_for(tmp_path)
    server = Server()
    plugin.on_serve(server, config=None, builder=None)  # type: ignore[arg-type]
    assert server.watched == [str(tmp_path / "scenarios")]
