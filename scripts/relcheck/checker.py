"""Check scenario files: read, load, validate, evaluate. Fills a `CheckResult`; never prints.

Each file is checked on its own, so one broken file never stops the others.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from pathlib import Path

from relcheck.engine import evaluate_valid
from relcheck.i18n import N_
from relcheck.load.errors import ParseError
from relcheck.load.files import discover, read
from relcheck.load.positions import expectation_lines
from relcheck.load.yaml_document import load
from relcheck.result import CheckResult, FileResult, Message, Problem
from relcheck.validate import consistency, refusals, schema


def check_paths(paths: Sequence[Path]) -> CheckResult:
    """Check every scenario file named or found under `paths`."""
    files = list(discover(paths))
    # What is kept of each file lives until the report is written: the cyclic collector, walking it again
    # and again while it grows, would cost a third of a large catalog's check. It is paused meanwhile,
    # then everything goes to its oldest generation, walked only when that generation has grown by a
    # quarter (a frozen generation is never walked; unfrozen, it joins the oldest).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return CheckResult([check_file(f) for f in files])
    finally:
        gc.freeze()
        gc.unfreeze()
        if collecting:
            gc.enable()


def check_file(path: Path) -> FileResult:
    """Check one file. Every failure becomes a `Problem` of the result; a file that declares the
    problems it must be refused with passes when it is refused with exactly those."""
    result = FileResult(path)
    declared: tuple[str, ...] = ()
    try:
        text = read(path)
        declared = refusals.declared(text)
        _check(path, text, result)
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
    if declared:
        left = refusals.judged(path, declared, result.errors)
        result.refused = [] if left else result.errors
        result.errors = left
        result.scenario, result.evaluation = None, None
    return result


def _check(path: Path, text: str, result: FileResult) -> None:
    doc = load(text)
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
