"""``relcheck``: output formats, languages, exit codes, and the ``rules`` and ``explain`` commands."""

from __future__ import annotations

import json
import shutil
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from relcheck.checker import check_file
from relcheck.i18n import render
from relcheck.reporters import REPORTER_BY_NAME
from relcheck.result import Message
from relcheck.rules import RULES
from tests.support import REFUSED, SCENARIOS, SHIPPED, RunCli

SOURCE = SCENARIOS / "21vianet-not-original-reseller-limits.yaml"


@pytest.fixture
def mismatch(tmp_path: Path) -> Path:
    """A copy of a shipped scenario whose expectation for removing seats is wrong."""
    path = tmp_path / SOURCE.name
    text = SOURCE.read_text(encoding="utf-8")
    assert "  remove_seats: blocked by V4\n" in text
    path.write_text(
        text.replace("  remove_seats: blocked by V4\n", "  remove_seats: allowed by V4\n"), encoding="utf-8"
    )
    return path


def line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def test_a_mismatch_is_explained_with_rule_statement_and_anchor(relcheck: RunCli, mismatch: Path) -> None:
    run = relcheck("check", mismatch)
    line = line_of(mismatch, "remove_seats")
    assert run.code == 1
    assert run.out == textwrap.dedent(
        f"""\
        {mismatch}:{line}: /after_acceptance/remove_seats: After acceptance: remove seats — expected: Allowed by V4; the rules decide: Blocked by V4
            V4: A partner that is not the original reseller of the subscriptions cannot do this, and you are not. (This site's reading: the source's limits, which name no partner, read with its billing sentence.)
                rule: A partner that is not the original reseller cannot remove seats, order add-ons, transition or migrate the subscriptions, or change the Partner of Record.
                stated at: request-reseller-relationship-21vianet.md#rule-v4
                V4 rests on this site's reading: the note's limits read, with its billing sentence, as those of a partner that is not the original reseller.
        1 file checked; 1 with failed expectations
        """
    )


def test_messages_follow_the_language(relcheck: RunCli, mismatch: Path) -> None:
    run = relcheck("check", "--lang", "fr", mismatch)
    reason = "A partner that is not the original reseller of the subscriptions cannot do this, and you are not. (This site's reading: the source's limits, which name no partner, read with its billing sentence.)"
    assert render(Message(reason), "fr") != reason
    assert f"V4\u00a0: {render(Message(reason), 'fr')}" in run.out
    assert run.out.endswith(
        "1 fichier vérifié\u00a0; 1 avec des attentes non satisfaites\n"
    )  # French spacing
    ru = relcheck("check", "--lang", "ru", SCENARIOS)
    assert ru.out.startswith(f"проверено {len(SHIPPED) + len(REFUSED)} файл")


def test_json_report(relcheck: RunCli, mismatch: Path) -> None:
    run = relcheck("check", "--format", "json", mismatch)
    data = json.loads(run.out)
    assert data["success"] is False
    verdict = next(v for v in data["files"][0]["verdicts"] if v["key"] == "action.remove_seats")
    assert verdict == {
        "key": "action.remove_seats",
        "outcome": "blocked",
        "rules": ["V4"],
        "reasons": [
            "A partner that is not the original reseller of the subscriptions cannot do this, and you are not. (This site's reading: the source's limits, which name no partner, read with its billing sentence.)"
        ],
        "basis": [
            {
                "kind": "reading",
                "rule": "V4",
                "where": "the note's limits read, with its billing sentence, as those of a partner that is not the original reseller",
                "text": "V4 rests on this site's reading: the note's limits read, with its billing sentence, as those of a partner that is not the original reseller.",
            }
        ],
        "changes": [],
        "expected": "allowed",
        "expected_rules": ["V4"],
        "pointer": "/after_acceptance/remove_seats",
        "line": line_of(mismatch, "remove_seats"),
        "matches": False,
    }


def test_junit_report(relcheck: RunCli, mismatch: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: [\n", encoding="utf-8")
    run = relcheck("check", "--format", "junit", mismatch, broken, SOURCE)
    suite = ET.fromstring(run.out.split("\n", 1)[1])
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "1")
    cases = suite.findall("testcase")
    assert cases[0].find("failure") is not None and cases[1].find("error") is not None
    assert cases[2].find("failure") is None and cases[2].find("error") is None


def test_github_annotations_point_at_file_and_line(relcheck: RunCli, mismatch: Path) -> None:
    run = relcheck("check", "--format", "github", mismatch)
    first = run.out.splitlines()[0]
    assert first.startswith(
        f"::error file={mismatch},line={line_of(mismatch, 'remove_seats')},title=relcheck::"
    )
    assert "%0AV4: A partner that is not the original reseller" in first


def test_format_choices_come_from_the_registry(
    relcheck: RunCli, monkeypatch: pytest.MonkeyPatch, mismatch: Path
) -> None:
    from relcheck.reporters.text import TextReporter

    class Shout(TextReporter):  # a format the command line cannot know unless it asks the registry
        def report(self, result: object) -> None:
            self.stream.write("SHOUT\n")

    monkeypatch.setitem(REPORTER_BY_NAME, "shout", Shout)
    assert relcheck("check", "--format", "shout", mismatch).out == "SHOUT\n"
    monkeypatch.delitem(REPORTER_BY_NAME, "json")
    run = relcheck("check", "--format", "json", mismatch)
    assert run.code == 2 and "invalid choice" in run.err


@pytest.mark.parametrize(
    "args", [("check", "--lang", "de"), ("frobnicate",), (), ("check", "--jobs", "2"), ("explain",)]
)
def test_usage_errors_exit_2(relcheck: RunCli, args: tuple[str, ...]) -> None:
    assert relcheck(*args).code == 2


def test_help_teaches_with_examples(relcheck: RunCli) -> None:
    run = relcheck("check", "--help")
    assert run.code == 0
    assert "relcheck check --format github" in run.out and "exit status" in run.out


def test_default_path_is_the_scenarios_folder(relcheck: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(SCENARIOS.parent)
    run = relcheck("check")
    assert run.code == 0 and run.out.startswith(f"{len(SHIPPED) + len(REFUSED)} files checked")


def test_rules_lists_every_rule_with_its_anchor(relcheck: RunCli) -> None:
    run = relcheck("rules", "--lang", "it")
    assert run.code == 0
    assert "G1   [global] Solo un utente del partner" in run.out
    assert "     request-reseller-relationship-21vianet.md#rule-v11" in run.out
    assert run.out.count("#rule-") == len(RULES)
    assert "     concepts/multi-channel.md#rule-mc1" in run.out


def test_explain_answers_every_question(relcheck: RunCli) -> None:
    scenario = SCENARIOS / "global-public-revocation-keeps-duties.yaml"
    evaluation = check_file(scenario).evaluation
    assert evaluation is not None
    run = relcheck("explain", scenario)
    assert run.code == 0
    assert "1. Can you send the request?\n   → Yes · G1, G5\n" in run.out
    assert (
        "After revocation: open a service request with Microsoft support for the customer\n   → Allowed · G10\n"
        in run.out
    )
    assert run.out.count("as the scenario expects") == len(evaluation.verdicts)


def test_explain_states_each_rule_once_per_file_and_names_a_one_cloud_edition_alone(relcheck: RunCli) -> None:
    """V11 decides six answers of this case: its statement and anchor are written at its first answer."""
    run = relcheck("explain", SCENARIOS / "21vianet-revocation-renegotiated.yaml")
    assert run.code == 0
    assert run.out.count("stated at: request-reseller-relationship-21vianet.md#rule-v11") == 1
    assert run.out.count("\n   V11: ") == 4  # the four answers V11 decides here
    assert "\nedition: Partner Center operated by 21Vianet\n" in run.out  # its only cloud goes unsaid


def tree(folder: Path) -> dict[str, tuple[int, bytes]]:
    """Every file and folder below `folder`: its modification time and, for a file, its bytes."""
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_mtime_ns, p.read_bytes() if p.is_file() else b"")
        for p in sorted(folder.rglob("*"))
    }


@pytest.mark.parametrize("output", sorted(REPORTER_BY_NAME))
def test_check_never_writes(
    relcheck: RunCli, tmp_path: Path, mismatch: Path, monkeypatch: pytest.MonkeyPatch, output: str
) -> None:
    """Not beside the files it checks, not in the folder it runs from, whatever the format."""
    project = tmp_path / "project"
    shutil.copytree(SCENARIOS, project / "scenarios")
    mismatch.rename(project / "scenarios" / mismatch.name)  # a failed expectation is reported, not written
    (project / "scenarios" / "broken.yaml").write_text("id: [\n", encoding="utf-8")
    monkeypatch.chdir(project / "scenarios")  # relcheck finds scenarios/ from where it runs
    before, shipped = tree(tmp_path), tree(SCENARIOS)
    run = relcheck("check", "--format", output)
    assert run.code == 1 and "broken.yaml" in run.out and mismatch.name in run.out
    assert tree(tmp_path) == before
    assert tree(SCENARIOS) == shipped


def test_yaml_syntax_errors_are_translated_and_name_the_context(relcheck: RunCli) -> None:
    from tests.support import DATA

    unclosed = DATA / "invalid" / "unclosed-quote.yaml"
    quote_line = line_of(unclosed, 'country: "ES')
    run = relcheck("check", "--lang", "ru", unclosed)
    assert run.code == 1
    assert (
        f"недопустимый YAML: файл неожиданно закончился, при чтении текста в кавычках (начало в {quote_line}:12)"
        in run.out
    )
    assert "did not find" not in run.out and "found unexpected" not in run.out
