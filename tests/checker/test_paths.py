"""No silent green: a path that holds nothing to check fails, and the project is found from a subfolder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support import SHIPPED, RunCli


def test_a_folder_without_scenario_files_fails(relcheck: RunCli, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a scenario", encoding="utf-8")
    run = relcheck("check", tmp_path)
    assert run.code == 2
    assert run.err == f"relcheck: {tmp_path}: holds no scenario file (*.yaml or *.yml)\n"
    assert "checked" not in run.out


def test_a_missing_path_is_reported_and_not_counted(relcheck: RunCli, tmp_path: Path) -> None:
    missing = tmp_path / "scenarois"
    run = relcheck("check", "--lang", "fr", SHIPPED[0], missing)
    assert run.code == 2
    assert run.err == f"relcheck: {missing}: fichier ou dossier introuvable\n"
    assert "1 file" not in run.out and "2 files" not in run.out


def test_the_project_is_found_from_a_subfolder(
    relcheck: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "scenarios").mkdir()
    shutil.copy(SHIPPED[0], tmp_path / "scenarios")
    (tmp_path / "docs" / "en").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "docs" / "en")
    run = relcheck("check")
    assert (run.code, run.out) == (0, "1 file checked; all expectations hold\n")


def test_without_a_scenarios_folder_it_says_what_it_looked_for(
    relcheck: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    run = relcheck("check")
    assert run.code == 2
    assert f"no scenarios/ folder in {tmp_path} or any folder above it" in run.err
