"""Marking a translation rewrites its file in one step: all of the new text, or the old file untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from relcheck.translations.atomic import replace_text


def test_new_text_replaces_the_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("old\r\n", encoding="utf-8")
    page.chmod(0o640)
    replace_text(page, "---\nsource_hash: 1\n---\nnouveau texte\r\n")
    assert page.read_bytes() == b"---\nsource_hash: 1\n---\nnouveau texte\r\n"
    assert page.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["page.md"]


def test_a_failed_write_leaves_the_file_as_it_was_and_no_temporary_file(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("old text\n", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        replace_text(page, "half written \ud800 text")  # a lone surrogate cannot be encoded
    assert page.read_text(encoding="utf-8") == "old text\n"
    assert [p.name for p in tmp_path.iterdir()] == ["page.md"]
