"""The code stays lint-clean, formatted, and type-checked (the same commands a developer runs)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "scripts", "tests"],
        ["ruff", "format", "--check", "scripts", "tests"],
        ["mypy"],
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_tool_passes(command: list[str]) -> None:
    result = subprocess.run([str(BIN / command[0]), *command[1:]], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_pre_commit_hooks_run_this_repository_s_own_tools() -> None:
    import yaml

    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = {hook["id"]: hook for repo in config["repos"] for hook in repo["hooks"]}
    assert {"ruff-check", "ruff-format", "mypy", "relcheck-scenarios"} <= set(hooks)
    for hook in hooks.values():
        tool = hook["entry"].split()[0]
        assert (ROOT / tool).is_file(), f"{hook['id']}: {tool} is not in the repository's .venv"
    assert hooks["relcheck-scenarios"]["entry"].split()[1:] == ["check", "scenarios"]
