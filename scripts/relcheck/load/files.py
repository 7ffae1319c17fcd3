"""Find scenario files and read them safely: a file that cannot be read is a problem, not a crash.

`discover` turns the command line's paths into a sorted list of files (folders are searched for
``*.yaml`` and ``*.yml``); `read` returns the text of one file or raises `ParseError` with a message
naming the cause. Only regular files are opened (a FIFO would block), never more than `MAX_BYTES`.
"""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from relcheck.i18n import N_
from relcheck.load.errors import ParseError
from relcheck.result import Message

MAX_BYTES = 1 << 20  # 1 MiB; a scenario is a few kilobytes
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
SUFFIXES = (".yaml", ".yml")
_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF8, "UTF-8"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def discover(paths: Iterable[Path]) -> Iterator[Path]:
    """Every file named on the command line, and every scenario file under each folder, in order.

    A path that does not exist is yielded as it is, so that reading it reports the problem.
    """
    for path in paths:
        if path.is_dir():
            yield from (Path(p) for p in sorted(_walk(os.fspath(path))))
        else:
            yield path


def _walk(top: str) -> Iterator[str]:
    """Scenario files under a folder, hidden folders and files left out (strings: fast on big catalogs)."""
    for folder, subfolders, names in os.walk(top):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        for name in subfolders + names:  # a folder named like a scenario file is reported
            if name.endswith(SUFFIXES) and not name.startswith("."):
                yield os.path.join(folder, name)


def read(path: Path) -> str:
    """The text of a scenario file. Raises `ParseError` with a message a reviewer can act on."""
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK)  # non-blocking: opening a FIFO must not wait
    except FileNotFoundError:
        raise ParseError(Message(N_("no such file or folder"))) from None
    except OSError as exc:
        raise _cannot_read(exc) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ParseError(Message(N_("is a folder, not a scenario file")))
        if not stat.S_ISREG(info.st_mode):
            raise ParseError(Message(N_("is not a regular file")))
        if info.st_size > MAX_BYTES:
            raise _too_large()
        data = _read_at_most(fd, info.st_size)
    except OSError as exc:
        raise _cannot_read(exc) from None
    finally:
        os.close(fd)
    return decode(data)


def _read_at_most(fd: int, expected: int) -> bytes:
    """The whole file in one read when its size is as stat said; never more than `MAX_BYTES` + 1."""
    chunks = [os.read(fd, expected + 1)]
    total = len(chunks[0])
    while total > expected and total <= MAX_BYTES:  # it grew since: read on, within the bound
        chunk = os.read(fd, MAX_BYTES + 1 - total)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > MAX_BYTES:
        raise _too_large()
    return b"".join(chunks)


def _cannot_read(exc: OSError) -> ParseError:
    return ParseError(Message(N_("cannot be read: %(cause)s"), {"cause": exc.strerror or str(exc)}))


def _too_large() -> ParseError:
    return ParseError(
        Message(
            N_("is larger than %(limit)s bytes; a scenario file is a few kilobytes"), {"limit": MAX_BYTES}
        )
    )


def decode(data: bytes) -> str:
    """UTF-8 text without a byte-order mark, or `ParseError` pointing at the first bad byte."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            raise ParseError(
                Message(
                    N_("starts with a %(encoding)s byte-order mark; save it as UTF-8 without one"),
                    {"encoding": encoding},
                ),
                1,
                1,
            )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise ParseError(
            Message(
                N_("is not UTF-8 text (byte 0x%(byte)s cannot be read)"), {"byte": f"{data[exc.start]:02x}"}
            ),
            line,
            column,
        ) from None


def path_problem(path: Path) -> Message | None:
    """Why a path named on the command line cannot be checked: missing, or a folder with no scenario.

    Checked before anything is read, so that a mistyped path in CI fails instead of checking nothing.
    """
    if not os.path.lexists(path):
        return Message(N_("no such file or folder"))
    if path.is_dir() and next(_walk(os.fspath(path)), None) is None:
        return Message(N_("holds no scenario file (*.yaml or *.yml)"))
    return None


def find_upwards(name: str, start: Path | None = None) -> Path | None:
    """The folder `name` in the current folder or the nearest folder above it, as a path from here."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / name).is_dir():
            return Path(os.path.relpath(folder / name, here)) if start is None else folder / name
    return None
