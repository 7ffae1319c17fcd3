"""Which scenarios exercise which rule, and in which outcome: the numbers behind the coverage table and
the per-rule scenario blocks.

A rule exercises a scenario when it is among the rules that decided one of its answers (Not reached
answers are decided by no rule). A rule declares the outcomes its source lets it give (`Rule.gives`);
the catalog should show each of them at least once.
"""

from __future__ import annotations

from dataclasses import dataclass

from relcheck.result import CheckResult, FileResult
from relcheck.rules import RULES, Rule
from relcheck.rules.base import GIVES_ORDER
from relcheck.vocab.labels import VALUE_NAMES


@dataclass(frozen=True)
class RuleUse:
    """One answer of one scenario that a rule decided."""

    file: FileResult
    key: str
    outcome: str


@dataclass(frozen=True)
class RuleCoverage:
    rule: Rule
    scenarios: dict[str, int]  # outcome kind (yes, no, allowed, blocked, value, not_stated) -> scenarios

    @property
    def missing(self) -> list[str]:
        """The outcomes the rule can give that no scenario shows, in the rule's order."""
        return [
            kind for kind in sorted(self.rule.gives, key=GIVES_ORDER.index) if not self.scenarios.get(kind)
        ]


def outcome_kind(outcome: str) -> str:
    """``yes``, ``no``, ``allowed``, ``blocked`` or ``not_stated`` as they are; a value id is ``value``."""
    return "value" if outcome in VALUE_NAMES else outcome


def uses_by_rule(check: CheckResult) -> dict[str, list[RuleUse]]:
    """{rule id: every answer it decided}, scenario by scenario in catalog order."""
    found: dict[str, list[RuleUse]] = {rule_id: [] for rule_id in RULES}
    for file in check.files:
        if file.evaluation is None:
            continue
        for verdict in file.evaluation.verdicts:
            for rule_id in verdict.rules:
                if rule_id in found:
                    found[rule_id].append(RuleUse(file, verdict.key, verdict.outcome))
    return found


def rule_coverage(check: CheckResult) -> list[RuleCoverage]:
    rows = []
    for rule_id, uses in uses_by_rule(check).items():
        by_kind: dict[str, set[str]] = {}
        for use in uses:
            by_kind.setdefault(outcome_kind(use.outcome), set()).add(str(use.file.path))
        rows.append(RuleCoverage(RULES[rule_id], {kind: len(files) for kind, files in by_kind.items()}))
    return rows
