"""A check keeps every file's result; it pauses the cyclic collector meanwhile and leaves it as it was."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from relcheck import checker
from relcheck.result import FileResult
from tests.support import INVALID, SHIPPED


@pytest.mark.parametrize("collecting", [True, False])
def test_a_check_leaves_the_collector_as_it_found_it(collecting: bool) -> None:
    paused = []
    check_file = checker.check_file

    def watched(path: Path) -> FileResult:
        paused.append(not gc.isenabled())
        return check_file(path)

    was = gc.isenabled()
    try:
        gc.enable() if collecting else gc.disable()
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(checker, "check_file", watched)
            result = checker.check_paths([*SHIPPED, *INVALID])
        assert gc.isenabled() is collecting
    finally:
        gc.enable() if was else gc.disable()
    assert paused == [True] * len(SHIPPED + INVALID)
    assert len(result.invalid) == len(INVALID) and not result.failed
