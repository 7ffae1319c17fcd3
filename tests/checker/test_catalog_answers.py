"""Every answer the checker gives on the shipped catalog, held steady by a golden file.

`tests/data/catalog-answers.json` holds, for every file of `scenarios/`, what ``relcheck explain
--format json`` answers for each key: the outcome, the deciding rules and the reasons in English. A
change to the rules' data or to the engine that changes any of them fails here, even where the
scenario's own expectations (outcome and rule set only) cannot see it.

When an answer is meant to change, regenerate the file and review its diff::

    .venv/bin/python -m tests.checker.test_catalog_answers --regen
"""

from __future__ import annotations

import json
import sys
from typing import Any

from tests.support import ROOT, SHIPPED, run_relcheck

GOLDEN = ROOT / "tests" / "data" / "catalog-answers.json"
Answers = dict[str, list[dict[str, Any]]]


def catalog_answers() -> Answers:
    """For each shipped file (by name), every verdict's key, outcome, rules and English reasons."""
    run = run_relcheck("explain", "--format", "json", "--lang", "en", *SHIPPED)
    assert run.code == 0, run.err or run.out
    answers: Answers = {}
    for file in json.loads(run.out)["files"]:
        name = file["path"].replace("\\", "/").rsplit("/", 1)[-1]
        answers[name] = [
            {"key": v["key"], "outcome": v["outcome"], "rules": v["rules"], "reasons": v["reasons"]}
            for v in file["verdicts"]
        ]
    return answers


def golden() -> Answers:
    loaded: Answers = json.loads(GOLDEN.read_text(encoding="utf-8"))
    return loaded


def test_every_catalog_answer_is_the_one_recorded() -> None:
    expected, actual = golden(), catalog_answers()
    assert sorted(actual) == sorted(expected), "scenarios added or removed: regenerate (see the docstring)"
    for name, verdicts in expected.items():
        assert actual[name] == verdicts, name


def regenerate() -> None:
    text = json.dumps(catalog_answers(), ensure_ascii=False, indent=1, sort_keys=True)
    GOLDEN.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN.relative_to(ROOT)}")


if __name__ == "__main__":
    if sys.argv[1:] != ["--regen"]:
        sys.exit("usage: python -m tests.checker.test_catalog_answers --regen")
    regenerate()
