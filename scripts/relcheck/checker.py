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

from relcheck import regions, schema
from relcheck.catalog import discover, read
from relcheck.engine import evaluate_valid
from relcheck.errors import ParseError
from relcheck.i18n import N_
from relcheck.result import CheckResult, FileResult, Message, Problem
from relcheck.rule_ids import foreign_rules
from relcheck.yamlload import load

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
    for keys, message in regions.mismatches(doc.data):
        line, column = schema.locate(doc.root, list(keys))
        result.errors.append(Problem(path, line, column, schema.pointer(keys), message))
    if result.errors:
        return
    if doc.data["id"] != path.stem:
        line, column = schema.locate(doc.root, ["id"])
        result.errors.append(
            Problem(
                path,
                line,
                column,
                "/id",
                Message(
                    N_("the id %(id)s differs from the file name %(stem)s"),
                    {"id": doc.data["id"], "stem": path.stem},
                ),
            )
        )
        return
    for where, message in foreign_rules(doc.data):
        line, column = schema.locate(doc.root, where)
        result.errors.append(Problem(path, line, column, schema.pointer(where), message))
    if result.errors:
        return
    result.scenario = doc.data
    result.evaluation = evaluate_valid(doc.data, schema.expectation_lines(doc.root).get)
