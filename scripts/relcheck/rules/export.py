"""The rules and the flow as one JSON document, for the "Check your situation" page.

The page evaluates exactly what the checker evaluates: each rule's cases (JSON Logic conditions and the
findings they give), the facts read from a scenario (`relcheck.rules.logic.FACTS`), and the flow
(`relcheck.vocab.flow`: the answer keys and where the file holds them, how findings combine, where the flow
stops), which the page's ``engine.js`` interprets as `relcheck.engine` does. Nothing here is written for the page alone;
a new rule reaches it with the next build.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from relcheck.rules import RULES
from relcheck.rules.base import Case, Rule
from relcheck.rules.logic import FACTS, Logic
from relcheck.vocab import flow, regions
from relcheck.vocab.enums import SERVICES


def _case(case: Case) -> dict[str, Any]:
    says = case.says
    # `sentences`: the place is the worldwide page's sentence ids, worded apart (relcheck.vocab.labels.ground)
    basis = {
        "kind": case.basis.kind,
        "where": case.basis.where,
        "sentences": case.basis.kind == "source" and not case.basis.names_a_text,
    }
    if says is None:
        return {"when": case.when, "says": None, "basis": basis}
    return {
        "when": case.when,
        "says": {
            "stance": says.stance,
            "msgid": says.msgid,
            "plural": says.plural,
            "value": says.value,
            "services": says.services,
        },
        "basis": basis,
    }


def _rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "edition": rule.edition,
        "keys": sorted(rule.keys),
        "cases": [_case(c) for c in rule.cases],
        "later": {
            key: [c.id for c in rule.later_for(key)] for key in sorted(rule.keys) if rule.later_for(key)
        },
    }


def facts_read(logic: Logic) -> Iterator[str]:
    """The facts a condition reads. Inside ``some``, names are the list items' fields, not facts."""
    if isinstance(logic, list):
        for item in logic:
            yield from facts_read(item)
        return
    if not isinstance(logic, dict):
        return
    for op, args in logic.items():
        if op == "var":
            name = args[0] if isinstance(args, list) else args
            if isinstance(name, str) and name:
                yield name.split(".")[0]
        elif op == "some":
            yield from facts_read(args[0])
        else:
            yield from facts_read(args)


def facts_by_edition() -> dict[str, list[str]]:
    """For each edition, the facts its rules read: the form hides the fields no rule of it reads."""
    read: dict[str, set[str]] = {}
    for rule in RULES.values():
        names = read.setdefault(rule.edition, set())
        for case in rule.cases:
            names.update(facts_read(case.when))
            if case.says is not None and case.says.services is not None:
                names.update(facts_read(case.says.services))
    return {edition: sorted(names - {"key"}) for edition, names in read.items()}


def rules_document() -> dict[str, Any]:
    """Everything the page evaluates, the same in every language."""
    return {
        "facts": FACTS,
        "rules": [_rule(r) for r in RULES.values()],
        "facts_by_edition": facts_by_edition(),
        "flow": flow.document(),
        "regions": regions.region_of(),
        "services": list(SERVICES),
    }
