"""The catalog is checked once per change, not once per language build; `mkdocs serve` sees edits."""

from __future__ import annotations

import shutil
from pathlib import Path

from relcheck.mkdocs_plugin import RelcheckPlugin
from relcheck.site_facts import SiteFacts
from tests.conftest import DEFAULT_LANGUAGE, LANGUAGES, ROOT


def facts_for(tmp_path: Path) -> SiteFacts:
    scenarios = tmp_path / "scenarios"
    shutil.copytree(ROOT / "scenarios", scenarios)
    return SiteFacts(tmp_path, ROOT / "docs", scenarios, LANGUAGES, DEFAULT_LANGUAGE)


def test_unchanged_catalog_is_not_checked_again(tmp_path: Path) -> None:
    facts = facts_for(tmp_path)
    assert facts.refresh() == []
    for _language_build in LANGUAGES[1:]:
        assert facts.refresh() == []
    assert facts.check_runs == 1


def test_edited_scenario_is_checked_again_and_its_problem_reported(tmp_path: Path) -> None:
    facts = facts_for(tmp_path)
    facts.refresh()
    path = tmp_path / "scenarios" / "global-public-global-admin-same-region.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("may_send: allowed", "may_send: blocked"))
    problems = facts.refresh()
    assert facts.check_runs == 2
    assert any(f"{path}:" in p and "may_send" in p for p in problems), problems


def test_serve_watches_the_scenario_folder(tmp_path: Path) -> None:
    class Server:
        def __init__(self) -> None:
            self.watched: list[str] = []

        def watch(self, path: str) -> None:
            self.watched.append(path)

    plugin = RelcheckPlugin()
    plugin.facts = facts_for(tmp_path)
    server = Server()
    plugin.on_serve(server, config=None, builder=None)  # type: ignore[arg-type]
    assert server.watched == [str(tmp_path / "scenarios")]
