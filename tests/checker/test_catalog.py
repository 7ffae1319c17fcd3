"""The shipped catalog: valid, passing, and covering both editions, all clouds and every rule both ways."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from relcheck.checker import check_paths
from relcheck.i18n import LANGUAGES, render
from relcheck.result import CheckResult
from relcheck.rules import RULES
from relcheck.site.coverage import outcome_kind
from tests.support import REFUSED, SCENARIOS, SHIPPED, RunCli

# Rules that, by what they state, only ever allow: a where (G9, V7), a prompt (G7), a fact about the
# link (V6), what the customer sees (V8), what the partner can then do (V10).


@pytest.fixture(scope="module")
def result() -> CheckResult:
    return check_paths(SHIPPED)


def scenarios(result: CheckResult) -> list[Mapping[str, Any]]:
    found = [f.scenario for f in result.files]
    assert all(s is not None for s in found)
    return [s for s in found if s is not None]


def test_the_shipped_catalog_passes(relcheck: RunCli) -> None:
    run = relcheck("check", SCENARIOS)
    assert run.code == 0, run.out
    assert run.out.strip() == (
        f"{len(SHIPPED) + len(REFUSED)} files checked; {len(REFUSED)} refused as they declare; all expectations hold"
    )


# Each refusal the contract makes, and words of the problem a reviewer reads for it.
REFUSALS = {
    "unknown-field": "unknown field “nickname”",
    "role-not-in-list": "is not one of",
    "cloud-of-the-other-edition": "/cloud:",
    "question-left-out": "mca_prompt",
    "expectation-not-an-answer": "is not an expected answer",
    "region-disagrees-with-table": "in the region table",
    "rule-of-the-other-edition": "is a rule of Partner Center operated by 21Vianet",
    "rule-that-does-not-exist": "no such rule",
    "id-not-the-file-name": "differs from the file name",
    "not-yaml": "did not find expected",
}


def test_the_catalog_holds_a_file_for_each_refusal_the_contract_makes() -> None:
    """Schema (unknown field, value, edition and cloud, missing answer, answer form), consistency (region,
    rule of the other edition, unknown rule, id) and YAML: each refused, with the problem it declares."""
    assert sorted(p.stem for p in REFUSED) == sorted(REFUSALS)
    result = check_paths(REFUSED)
    assert result.success
    for file in result.files:
        printed = [f"{p.pointer}: {render(p.message)}" for p in file.refused]
        assert any(REFUSALS[file.path.stem] in text for text in printed), (file.path, printed)


def test_a_refused_file_that_is_accepted_fails(tmp_path: Path) -> None:
    source = REFUSED[0].read_text(encoding="utf-8")
    accepted = tmp_path / "accepted.yaml"
    accepted.write_text(
        source.replace("# refused:", "# refused: words no problem has\n# refused:", 1), encoding="utf-8"
    )
    result = check_paths([accepted])
    assert not result.success
    assert [p.message.msgid for p in result.files[0].errors][-1].startswith(
        "the file says the checker must refuse it"
    )


def test_at_least_forty_scenarios_in_both_editions_and_all_clouds(result: CheckResult) -> None:
    assert len(result.files) >= 40
    assert {s["edition"] for s in scenarios(result)} == {"global", "21vianet"}
    assert {s["cloud"] for s in scenarios(result)} == {"public", "us_government", "germany", "21vianet"}


def test_every_rule_is_exercised_in_every_outcome_its_source_supports(result: CheckResult) -> None:
    seen: dict[str, set[str]] = defaultdict(set)
    for file in result.files:
        assert file.evaluation is not None
        for verdict in file.evaluation.verdicts:
            assert verdict.matches
            for rule_id in verdict.rules:
                seen[rule_id].add(outcome_kind(verdict.outcome))
    for rule_id, rule in RULES.items():
        assert set(rule.gives) == seen[rule_id], (
            f"{rule_id} gives {sorted(rule.gives)}, shown as {sorted(seen[rule_id])}"
        )


def test_no_scenario_text_or_other_partner_name_is_a_fixture(result: CheckResult) -> None:
    for scenario in scenarios(result):
        for other in scenario["customer"]["partners"]:
            assert not re.search(r"[<>&]", other["name"]), other["name"]


def test_every_scenario_has_all_five_languages_and_its_id_is_its_name(result: CheckResult) -> None:
    for file, scenario in zip(result.files, scenarios(result), strict=True):
        assert scenario["id"] == Path(file.path).stem
        for field in ("title", "description"):
            assert set(scenario[field]) == set(LANGUAGES), (file.path, field)
