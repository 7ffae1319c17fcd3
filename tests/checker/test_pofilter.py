"""translate-toolkit's pofilter over every catalog, with the checks chosen in locales/pofilter.yaml."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from relcheck.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
POFILTER = Path(sys.executable).with_name("pofilter")
CONFIG = yaml.safe_load((ROOT / "locales" / "pofilter.yaml").read_text(encoding="utf-8"))


def test_every_pofilter_check_is_chosen_on_or_off_with_a_reason() -> None:
    listed = subprocess.run([POFILTER, "--listfilters"], capture_output=True, text=True, check=True).stdout
    available = {line.split()[0] for line in listed.splitlines() if line.strip()}
    chosen = {**CONFIG["enabled"], **CONFIG["disabled"]}
    assert set(CONFIG["enabled"]).isdisjoint(CONFIG["disabled"])
    assert available == set(chosen)
    assert all(isinstance(reason, str) and reason.strip() for reason in chosen.values())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_catalog_passes_the_chosen_checks(lang: str, tmp_path: Path) -> None:
    po = ROOT / "locales" / lang / "LC_MESSAGES" / "messages.po"
    out = tmp_path / "failures.po"
    checks = [arg for name in CONFIG["enabled"] for arg in ("-t", name)]
    subprocess.run(
        [POFILTER, f"--language={lang}", *checks, str(po), str(out)], check=True, capture_output=True
    )
    failures = (
        re.findall(r"^# \(pofilter\) .*$", out.read_text(encoding="utf-8"), re.M) if out.exists() else []
    )
    assert failures == []
