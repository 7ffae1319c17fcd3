"""Check scenario files: read, load, validate, evaluate. Fills a `CheckResult`; never prints.

Each file is checked on its own, so one broken file never stops the others. Large catalogs are
spread over worker processes (the schema validator is built once, before they start).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from relcheck.engine import evaluate_valid
from relcheck.i18n import N_
from relcheck.load.errors import ParseError
from relcheck.load.files import discover, read
from relcheck.load.positions import expectation_lines
from relcheck.load.yaml_document import load
from relcheck.result import CheckResult, FileResult, Message, Problem
from relcheck.validate import consistency, schema

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

PARALLEL_FROM = 400  # below this many files, starting workers costs more than it saves


def check_paths(paths: Sequence[Path], jobs: int | None = None) -> CheckResult:
    """Check every scenario file named or found under `paths`; `jobs` caps the worker processes."""
    files = list(discover(paths))
    jobs = jobs or os.cpu_count() or 1
    if jobs > 1 and len(files) >= PARALLEL_FROM:
        from concurrent.futures import ProcessPoolExecutor

        schema.fast_check()  # compiled once, before the workers are forked, so that they inherit it
        with ProcessPoolExecutor(jobs, mp_context=_context()) as pool:
            chunk = max(1, len(files) // (jobs * 8))
            return CheckResult(list(pool.map(check_file, files, chunksize=chunk)))
    return CheckResult([check_file(f) for f in files])


def _context() -> BaseContext:
    import multiprocessing

    if sys.platform == "linux":  # forking is cheap here and inherits the compiled validator
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def check_file(path: Path) -> FileResult:
    """Check one file. Every failure becomes a `Problem` of the result."""
    result = FileResult(path)
    try:
        _check(path, result)
    except ParseError as exc:
        result.errors.append(Problem(path, exc.line, exc.column, None, exc.message))
    except RecursionError:
        result.errors.append(Problem(path, None, None, None, Message(N_("nested too deeply to be checked"))))
    except Exception as exc:  # a last guard: a checker bug must not stop the other files
        result.errors.append(
            Problem(
                path,
                None,
                None,
                None,
                Message(N_("could not be checked: %(error)s"), {"error": repr(exc)[:200]}),
            )
        )
    return result


def _check(path: Path, result: FileResult) -> None:
    doc = load(read(path))
    if doc is None:
        raise ParseError(Message(N_("the file is empty; a scenario is a YAML mapping")), 1, 1)
    found = schema.errors(doc.data, doc.root)
    for error in found:
        result.errors.extend(schema.problems(path, error, doc.root, doc.data))
    if found:
        return
    result.errors.extend(consistency.problems(path, doc.data, doc.root))
    if result.errors:
        return
    result.scenario = doc.data
    result.evaluation = evaluate_valid(doc.data, expectation_lines(doc.root).get)
