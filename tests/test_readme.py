"""Every ``relcheck`` command of the README, and the one-off build, work as written in a fresh shell."""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def relcheck_blocks() -> list[str]:
    """The ``bash`` blocks that use relcheck, comments dropped (they are explanations, not commands)."""
    blocks = re.findall(r"```bash\n(.*?)```", README, re.S)
    return [
        "\n".join(line.split("  #")[0].rstrip() for line in block.splitlines() if not line.startswith("#"))
        for block in blocks
        if "\nrelcheck " in "\n" + block
    ]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for folder in ("docs", "scenarios", "overrides", "locales"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path)
    (tmp_path / ".venv").symlink_to(ROOT / ".venv")
    (tmp_path / ".cache").symlink_to(ROOT / ".cache")  # json-logic-js, fetched by the set-up
    return tmp_path


def fresh_shell(script: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """bash without the test run's environment: only what a new terminal has."""
    env = {"HOME": os.environ.get("HOME", "/root"), "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8"}
    return subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_readme_runs_every_relcheck_command() -> None:
    """Each command of the CLI is shown in a block that the next test runs as written."""
    from relcheck.cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices
    shown = {
        line.split()[1]
        for block in relcheck_blocks()
        for line in block.splitlines()
        if line.startswith("relcheck ")
    }
    assert shown == set(commands)


def test_the_readme_s_scenario_file_is_one_relcheck_accepts(tmp_path: Path) -> None:
    """The annotated example a reviewer copies is a valid scenario whose expectations hold."""
    from relcheck.checker import check_paths

    example = re.search(r"### A scenario file\n\n```yaml\n(.*?)```", README, re.S)
    assert example is not None
    scenario_id = re.search(r"^id: (\S+)", example[1], re.M)
    assert scenario_id is not None
    path = tmp_path / "scenarios" / f"{scenario_id[1]}.yaml"
    path.parent.mkdir()
    path.write_text(example[1], encoding="utf-8")
    result = check_paths([path.parent])
    assert result.success, [problem for f in result.files for problem in f.errors]
    evaluation = result.files[0].evaluation
    assert evaluation is not None and all(v.matches for v in evaluation.verdicts)


@pytest.mark.parametrize("block", relcheck_blocks())
def test_every_relcheck_command_of_the_readme_runs(block: str, project: Path) -> None:
    done = fresh_shell(block, project)
    assert done.returncode == 0, f"{block}\n{done.stdout[-1000:]}\n{done.stderr[-1000:]}"
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_the_one_off_build_runs_without_the_banner(project: Path) -> None:
    command = re.search(r"build it once instead of serving it: `([^`]+)`|serving it: `([^`]+)`", README)
    assert command is not None
    done = fresh_shell(command[1] or command[2], project)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (project / "site" / "index.html").is_file()
    assert "NO_MKDOCS_2_WARNING" not in done.stdout + done.stderr  # the banner says how to silence it
