"""Large catalogs are checked in worker processes; the result must be the same as in one process."""

from __future__ import annotations

from pathlib import Path

import pytest

from relcheck import checker
from relcheck.reporters.json import JsonReporter
from relcheck.result import CheckResult
from tests.support import INVALID, SHIPPED


def as_json(result: CheckResult) -> str:
    import io

    out = io.StringIO()
    JsonReporter(out).report(result)
    return out.getvalue()


def test_workers_give_the_same_result_as_one_process(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    mismatch = tmp_path / "global-public-edited-email.yaml"
    mismatch.write_text(
        (SHIPPED[0].parent / mismatch.name).read_text(encoding="utf-8").replace("yes by G1, G5", "yes by G1"),
        encoding="utf-8",
    )
    paths = [*SHIPPED, *INVALID, mismatch]
    serial = checker.check_paths(paths, jobs=1)
    monkeypatch.setattr(checker, "PARALLEL_FROM", 2)
    parallel = checker.check_paths(paths, jobs=2)
    assert [f.success for f in parallel.files] == [f.success for f in serial.files]
    assert (len(parallel.invalid), len(parallel.failed)) == (len(INVALID), 1)
    assert as_json(parallel) == as_json(serial)
    assert parallel.files[0].scenario == serial.files[0].scenario
