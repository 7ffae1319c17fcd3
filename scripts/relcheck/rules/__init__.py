"""The documented rules, one definition each, in display order: G1–G10, V1–V11, then MC1–MC2.

Each edition's module declares its edition and page once (`RuleBook`) and lists its rules; this
registry is built from those lists. The site links each rule to ``page#anchor`` in the reader's
language; the engine asks the rules of the scenario's edition.
"""

from __future__ import annotations

from relcheck.rules import companion, vianet, worldwide
from relcheck.rules.base import Finding, Rule

RULES: dict[str, Rule] = {rule.id: rule for rule in (*worldwide.RULES, *vianet.RULES, *companion.RULES)}

__all__ = ["RULES", "Finding", "Rule"]
