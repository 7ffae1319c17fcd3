"""Session fixtures: the whole five-language site built once, and the folder for test artefacts."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import ROOT, TEST_OUTPUT, BuiltSite, build_site

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    return build_site(ROOT, tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def test_output() -> Iterator[Path]:
    TEST_OUTPUT.mkdir(exist_ok=True)
    yield TEST_OUTPUT
