"""Which scenarios exercise which rule: the numbers behind the coverage table and the rule blocks."""

from __future__ import annotations

from dataclasses import dataclass

from relcheck.result import CheckResult, FileResult, Outcome
from relcheck.rules import RULES, Rule


@dataclass(frozen=True)
class RuleCoverage:
    rule: Rule
    allowed: int  # scenarios in which the rule decided at least one verdict "allowed"
    blocked: int  # scenarios in which it decided at least one verdict "blocked"


def scenarios_by_rule(check: CheckResult) -> dict[str, list[tuple[FileResult, Outcome]]]:
    """{rule id: [(scenario file, outcome)]}: one entry per scenario and outcome the rule decided."""
    found: dict[str, list[tuple[FileResult, Outcome]]] = {rule_id: [] for rule_id in RULES}
    for file in check.files:
        if file.evaluation is None:
            continue
        seen: set[tuple[str, Outcome]] = set()
        for verdict in file.evaluation.verdicts:
            if verdict.outcome == "not_applicable":
                continue
            for rule_id in verdict.rules:
                if (rule_id, verdict.outcome) not in seen and rule_id in found:
                    seen.add((rule_id, verdict.outcome))
                    found[rule_id].append((file, verdict.outcome))
    return found


def rule_coverage(check: CheckResult) -> list[RuleCoverage]:
    by_rule = scenarios_by_rule(check)
    return [
        RuleCoverage(
            rule,
            allowed=sum(1 for _file, outcome in by_rule[rule.id] if outcome == "allowed"),
            blocked=sum(1 for _file, outcome in by_rule[rule.id] if outcome == "blocked"),
        )
        for rule in RULES.values()
    ]
