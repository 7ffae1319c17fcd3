"""SARIF 2.1.0 for code-scanning views (GitHub's among them): one result per finding, with its rule.

Each documented rule is a SARIF rule whose help link is the paragraph that states it on the published
site, in the report's language. Two more rules stand for findings no documented rule decides: a file
that does not meet the scenario contract, and a failed expectation with no deciding rule.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from relcheck import __version__
from relcheck.i18n import N_
from relcheck.reporters.base import Finding, Reporter
from relcheck.result import CheckResult, Message
from relcheck.rules import RULES
from relcheck.vocab.changes import CHECKED_ON
from relcheck.vocab.published import SITE_URL, page_url, rule_url

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INVALID_RULE = "scenario-contract"
EXPECTATION_RULE = "expectation"


class SarifReporter(Reporter):
    def report(self, result: CheckResult) -> None:
        rules = self._rules()
        index = {rule["id"]: n for n, rule in enumerate(rules)}
        results = [self._result(finding, index) for finding in self.findings(result)]
        log = {
            "$schema": SARIF_SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "relcheck",
                            "version": __version__,
                            "informationUri": SITE_URL,
                            "rules": rules,
                        }
                    },
                    "language": self.lang,
                    "columnKind": "unicodeCodePoints",
                    "results": results,
                }
            ],
        }
        json.dump(log, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")

    def _rules(self) -> list[dict[str, Any]]:
        described = [
            (
                INVALID_RULE,
                Message(N_("The file meets the scenario contract (schemas/scenario.schema.json).")),
                page_url("scenarios.md", self.lang),
            ),
            (
                EXPECTATION_RULE,
                Message(N_("Each expectation of a scenario matches what the documented rules decide.")),
                page_url("rule-coverage.md", self.lang),
            ),
        ]
        described += [
            (rule.id, Message(rule.statement), rule_url(rule, self.lang)) for rule in RULES.values()
        ]
        return [
            {
                "id": rule_id,
                "shortDescription": {"text": self.t(statement)},
                "fullDescription": {"text": self.t(statement)},
                "helpUri": help_uri,
                "help": {"text": self.t(statement)},
                "defaultConfiguration": {"level": "error"},
            }
            for rule_id, statement, help_uri in described
        ]

    def _result(self, finding: Finding, index: dict[str, int]) -> dict[str, Any]:
        rule_id = (
            INVALID_RULE if finding.invalid else (finding.rules[0] if finding.rules else EXPECTATION_RULE)
        )
        line = finding.line or 1
        column = finding.column or _first_column(finding.path, line)
        properties: dict[str, Any] = {}
        if finding.verdict is not None:  # what the answer rests on, and what has changed since
            properties = {
                "basis": self.grounds_data(finding.verdict),
                "changes": self.changes_data(finding.verdict),
                "changesCheckedOn": CHECKED_ON.isoformat(),
            }
        return {
            "ruleId": rule_id,
            "ruleIndex": index[rule_id],
            "level": "error",
            "message": {"text": "\n".join([finding.text, *finding.details])},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(finding.path)},
                        "region": {"startLine": line, "startColumn": column},
                    }
                }
            ],
            **({"properties": properties} if properties else {}),
        }


def _uri(path: Path) -> str:
    """The file as a relative URI when it is under the current folder (code scanning wants those)."""
    try:
        relative = Path(os.path.relpath(path))
    except ValueError:  # another drive
        return path.resolve().as_uri()
    if relative.parts[:1] == ("..",):
        return path.resolve().as_uri()
    return relative.as_posix()


def _first_column(path: Path, line: int) -> int:
    """The column of the first character of a line: where an expectation's key starts."""
    try:
        with path.open(encoding="utf-8") as lines:
            for number, text in enumerate(lines, 1):
                if number == line:
                    return len(text) - len(text.lstrip(" ")) + 1
    except (OSError, UnicodeDecodeError):
        pass
    return 1
