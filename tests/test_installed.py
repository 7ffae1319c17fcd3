"""relcheck installed the way a user installs it: a wheel, in a fresh virtual environment, run from
outside the repository. The schema and the catalogs must come from the wheel's data files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from relcheck.i18n import render
from relcheck.result import Message
from relcheck.rules import RULES
from tests.support import ROOT, SHIPPED

pytestmark = pytest.mark.slow

# What a wheel is built from: the package, its data files and its build configuration.
SOURCES = ("pyproject.toml", "setup.py", "README.md", "scripts/relcheck", "schemas", "locales")


def run(command: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    return subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``bin`` folder of a new virtual environment with the wheel built from a copy of the sources."""
    tmp = tmp_path_factory.mktemp("installed")
    source = tmp / "source"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(
                ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
            )
        else:
            shutil.copy(ROOT / name, source / name)
    built = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", tmp / "dist", source], tmp)
    assert built.returncode == 0, built.stderr
    wheels = list((tmp / "dist").glob("relcheck-*.whl"))
    assert len(wheels) == 1, wheels
    created = run([sys.executable, "-m", "venv", tmp / "venv"], tmp)
    assert created.returncode == 0, created.stderr
    bin_dir = tmp / "venv" / "bin"
    added = run([bin_dir / "python", "-m", "pip", "install", "-q", wheels[0]], tmp)
    assert added.returncode == 0, added.stderr
    return bin_dir


def test_the_installed_package_is_the_wheel_not_the_checkout(installed: Path, tmp_path: Path) -> None:
    where = run([installed / "python", "-c", "import relcheck; print(relcheck.__file__)"], tmp_path)
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(installed.parent), where.stdout


def test_check_validates_a_scenario_with_the_installed_schema(installed: Path, tmp_path: Path) -> None:
    scenario = tmp_path / SHIPPED[0].name
    shutil.copy(SHIPPED[0], scenario)
    result = run([installed / "relcheck", "check", scenario.name], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "1 file checked; all expectations hold"

    broken = tmp_path / "broken.yaml"
    broken.write_text(
        SHIPPED[0].read_text(encoding="utf-8").replace("edition:", "editon:", 1), encoding="utf-8"
    )
    result = run([installed / "relcheck", "check", broken.name], tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "broken.yaml:" in result.stdout and "editon" in result.stdout, result.stdout


def test_rules_speak_french_from_the_installed_catalog(installed: Path, tmp_path: Path) -> None:
    result = run([installed / "relcheck", "rules", "--lang", "fr"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("#rule-") == len(RULES)
    for rule in RULES.values():
        french = render(Message(rule.statement), "fr")
        assert french != rule.statement, rule.id
        assert french in result.stdout, rule.id
