"""Bad input: every class of broken or hostile file gets one clear line, and never a crash or a hang."""

from __future__ import annotations

import io
import os
import time
import tracemalloc
from pathlib import Path

import pytest

from relcheck.checker import check_file, check_paths
from relcheck.i18n import render
from relcheck.load import files, yaml_document
from relcheck.load.errors import ParseError
from relcheck.reporters.base import location
from relcheck.reporters.text import TextReporter
from tests.support import INVALID, VALID, RunCli, expected_message


def lines_for(path: Path) -> list[str]:
    reporter = TextReporter(io.StringIO())
    return [
        f"{location(p.path, p.line, p.column)}: {reporter.problem_text(p)}" for p in check_file(path).errors
    ]


@pytest.mark.parametrize("path", VALID, ids=[p.stem for p in VALID])
def test_valid_data_files_load_and_hold(path: Path) -> None:
    result = check_file(path)
    assert result.errors == []
    assert result.evaluation is not None and result.success


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_data_files_name_the_problem(path: Path) -> None:
    start = time.perf_counter()
    lines = lines_for(path)
    assert time.perf_counter() - start < 2
    assert lines, "an invalid file must be reported"
    assert expected_message(path) in lines[0], lines
    assert all(line.startswith(f"{path}:") or line.startswith(str(path)) for line in lines)


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_cli_reports_each_invalid_file_on_its_own_lines(path: Path, relcheck: RunCli) -> None:
    run = relcheck("check", path)
    assert run.code == 1
    assert run.err == ""
    assert "Traceback" not in run.out
    assert expected_message(path) in run.out


def test_every_problem_of_a_file_is_reported_most_useful_first() -> None:
    lines = lines_for(next(p for p in INVALID if p.stem == "many-errors"))
    assert len(lines) == 3
    assert "/: the required field “cloud” is missing" in lines[0]
    assert "/partner/role" in lines[1] and "/request/include_dap" in lines[2]


def bad_files(tmp: Path) -> dict[str, tuple[Path, str]]:
    """Files that cannot live in tests/data as text: name -> (path, expected text)."""
    good = VALID[0].read_bytes()
    edition_line = good[: good.index(b"edition: global")].count(b"\n") + 1
    contents: dict[str, tuple[bytes, str]] = {
        "empty": (b"", "1:1: the file is empty"),
        "utf8-bom": (b"\xef\xbb\xbf" + good, "1:1: starts with a UTF-8 byte-order mark"),
        "utf16-bom": ("\ufeffid: x\n".encode("utf-16-le"), "starts with a UTF-16 byte-order mark"),
        "latin-1": (
            good.replace(b"edition: global", b"edition: glob\xe9l"),
            f"{edition_line}:14: is not UTF-8 text (byte 0xe9",
        ),
        "nul-byte": (good.replace(b"cloud: public", b"cloud: pub\x00lic"), "invalid YAML"),
        "too-large": (good + b"#" * files.MAX_BYTES, "is larger than 1048576 bytes"),
        "long-line": (
            good.replace(b'  en: "The partner', b'  en: "' + b"x" * 900_000 + b" The partner"),
            "/title/en: ",
        ),
        "deep-flow-nesting": (b"x: " + b"[" * 400_000 + b"]" * 400_000, "1:"),
        "deep-block-nesting": (
            b"x:\n" + b"".join(b"  " * i + b"- \n" for i in range(1, 600)),
            "nested more than 32",
        ),
        "compact-nesting": (b"- " * 300_000 + b"x\n", "nested more than 32"),
        "many-aliases": (
            b"a: &a [1]\nb: [" + b", ".join([b"*a"] * 60_000) + b"]\n",
            "aliases expand to more than",
        ),
    }
    out = {}
    for name, (data, expected) in contents.items():
        path = tmp / f"{name}.yaml"
        path.write_bytes(data)
        out[name] = (path, expected)
    return out


BAD = [
    "empty",
    "utf8-bom",
    "utf16-bom",
    "latin-1",
    "nul-byte",
    "too-large",
    "long-line",
    "deep-flow-nesting",
    "deep-block-nesting",
    "compact-nesting",
    "many-aliases",
]


@pytest.mark.parametrize("name", BAD)
def test_hostile_bytes_are_reported_in_bounded_time_and_memory(name: str, tmp_path: Path) -> None:
    path, expected = bad_files(tmp_path)[name]
    tracemalloc.start()
    start = time.perf_counter()
    try:
        lines = lines_for(path)
        elapsed = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert lines and expected in lines[0], lines
    assert elapsed < 5, f"took {elapsed:.1f} s"
    assert peak < 300 * 2**20, f"peak {peak / 2**20:.0f} MiB"


def test_a_folder_named_like_a_scenario_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "inside"
    (folder / "sub.yaml").mkdir(parents=True)
    result = check_paths([folder])
    assert [render(p.message) for f in result.files for p in f.errors] == ["is a folder, not a scenario file"]


def test_missing_and_unreadable_paths_are_reported_and_others_still_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked.yaml"
    locked.write_bytes(VALID[0].read_bytes())
    real_open = os.open

    def refuse(file: str | Path, *args: int) -> int:  # tests run as root, where chmod 000 still reads
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args)

    monkeypatch.setattr(os, "open", refuse)
    result = check_paths([tmp_path / "absent.yaml", locked, VALID[0]])
    messages = [[render(p.message) for p in f.errors] for f in result.files]
    assert messages == [["no such file or folder"], ["cannot be read: Permission denied"], []]
    assert result.files[2].success and not result.success


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    assert [render(p.message) for p in check_file(fifo).errors] == ["is not a regular file"]


def test_hidden_folders_and_other_suffixes_are_skipped(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.yaml").write_text("x: 1\n")
    (tmp_path / "notes.txt").write_text("x\n")
    (tmp_path / "a.yml").write_bytes(b"")
    assert [p.name for p in files.discover([tmp_path])] == ["a.yml"]


def test_merge_keys_may_be_overridden_but_explicit_duplicates_may_not() -> None:
    doc = yaml_document.load("base: &b {a: 1, b: 2}\nuse:\n  <<: *b\n  a: 3\n")
    assert doc is not None and doc.data["use"] == {"a": 3, "b": 2}
    with pytest.raises(ParseError) as caught:
        yaml_document.load("use:\n  a: 1\n  <<: {b: 2}\n  a: 3\n")
    assert (caught.value.line, caught.value.column) == (4, 3)


def test_core_schema_typing_is_deliberate() -> None:
    doc = yaml_document.load("a: yes\nb: on\nc: 010\nd: 2018-10-29\ne: 1.10\nf: .inf\ng: ~\nh: True\ni: -3\n")
    assert doc is not None
    assert doc.data == {
        "a": "yes",
        "b": "on",
        "c": 10,
        "d": "2018-10-29",
        "e": 1.1,
        "f": ".inf",
        "g": None,
        "h": True,
        "i": -3,
    }


def test_aliases_become_independent_copies() -> None:
    doc = yaml_document.load("a: &x [1]\nb: *x\n")
    assert doc is not None
    doc.data["a"].append(2)
    assert doc.data["b"] == [1]
