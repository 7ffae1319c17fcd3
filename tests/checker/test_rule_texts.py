"""What the rules say to a partner: every reason they can give is a known, translated text.

A partner reads the reasons behind each answer in their own language. A reason that is not in the
catalogs would reach them in English (or, worse, as a broken template), so every finding any rule gives,
on every shipped scenario and on each of its one-fact neighbours, must be a msgid of the catalogs,
translated in every language, with its placeholders filled.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest
import yaml
from babel.messages.pofile import read_po

from relcheck.engine import evaluate
from relcheck.i18n import DEFAULT_LANGUAGE, LANGUAGES, render
from relcheck.result import Message
from relcheck.rules import RULES
from relcheck.rules.base import (
    NOT_STATED,
    At,
    Basis,
    Case,
    Finding,
    Rule,
    RuleBook,
    RuleError,
    Says,
    Stance,
    grant,
    otherwise,
    reading,
    refuse,
    silent,
    source,
    unknown,
    value,
    when,
)
from relcheck.rules.logic import fact
from relcheck.rules.logic import facts as read_facts
from relcheck.vocab.labels import VALUE_NAMES
from tests.support import ROOT, SHIPPED

STANCES = ("for", "against", "unknown", "silent")


@cache
def scenarios() -> tuple[dict[str, Any], ...]:
    return tuple(yaml.safe_load(path.read_text(encoding="utf-8")) for path in SHIPPED)


@cache
def translated(lang: str) -> frozenset[str]:
    """The msgids a language's catalog gives a text for (English may leave msgstr empty: it is the msgid)."""
    po = ROOT / "locales" / lang / "LC_MESSAGES" / "messages.po"
    with po.open("rb") as fp:
        catalog = read_po(fp)
    return frozenset(
        m.id if isinstance(m.id, str) else m.id[0]
        for m in catalog
        if m.id and not m.fuzzy and (lang == DEFAULT_LANGUAGE or _has_text(m.string))
    )


def _has_text(string: str | tuple[str, ...] | list[str] | None) -> bool:
    """A msgstr that is not empty (for a plural text: no form is empty)."""
    if string is None or isinstance(string, str):
        return bool(string)
    return bool(string) and all(string)


Facts = dict[str, Any]


def neighbours(facts: Facts, seen: dict[str, set[str]]) -> Iterator[Facts]:
    """The facts themselves, then every variant that differs in one field, with a value seen elsewhere
    (values are kept as JSON text, since lists cannot go in a set)."""
    yield facts
    for name, values in seen.items():
        for other in sorted(values):
            if other != json.dumps(facts[name]):
                yield {**facts, name: json.loads(other)}


def every_finding() -> Iterator[tuple[str, str, Facts, Finding]]:
    """(rule id, key, facts, finding) for every rule and key of each scenario's edition and neighbours."""
    all_facts = [read_facts(s) for s in scenarios()]
    seen: dict[str, set[str]] = {name: set() for name in all_facts[0] if name != "edition"}
    for facts in all_facts:
        for name, values in seen.items():
            values.add(json.dumps(facts[name]))
    for facts in all_facts:
        rules = [r for r in RULES.values() if r.edition == facts["edition"]]
        for variant in neighbours(facts, seen):
            for rule in rules:
                for key in sorted(rule.keys):
                    finding = rule.check_data({**variant, "key": key})
                    if finding is not None:
                        yield rule.id, key, variant, finding


def problems_with(message: Message) -> list[str]:
    """What a partner would see wrong in this message, in any language."""
    problems = []
    for lang in LANGUAGES:
        if message.msgid not in translated(lang):
            problems.append(f"not in the {lang} catalog")
            continue
        text = render(message, lang)
        if "%(" in text or not text.strip():
            problems.append(f"renders badly in {lang}: {text!r}")
    return problems


def test_every_reason_a_rule_gives_is_translated_and_renders_in_every_language() -> None:
    given: set[tuple[str, str]] = set()
    wrong: dict[tuple[str, str], list[str]] = {}
    for rule_id, key, _facts, finding in every_finding():
        assert finding.stance in STANCES, (rule_id, key, finding)
        if finding.value is not None:
            assert finding.value in VALUE_NAMES, (rule_id, key, finding.value)
        if (rule_id, finding.reason.msgid) in given and not finding.reason.params:
            continue
        given.add((rule_id, finding.reason.msgid))
        found = problems_with(finding.reason)
        if found:
            wrong[(rule_id, str(finding.reason.msgid))] = found
    assert not wrong, wrong
    # Every rule speaks on the catalog: none is left out of this check by the choice of scenarios.
    assert {rule_id for rule_id, _ in given} == set(RULES)


def test_every_reason_the_engine_gives_is_translated_and_renders_in_every_language() -> None:
    wrong = {}
    for path, scenario in zip(SHIPPED, scenarios(), strict=True):
        for verdict in evaluate(scenario).verdicts:
            for reason in verdict.reasons:
                found = problems_with(reason)
                if found:
                    wrong[(path.name, verdict.key, str(reason.msgid))] = found
    assert not wrong, wrong


def test_each_rule_gives_distinct_reasons_for_different_answers() -> None:
    """A partner told Yes and a partner told No do not read the same reason."""
    stances_by_reason: dict[tuple[str, str], set[str]] = {}
    for rule_id, _key, _facts, finding in every_finding():
        stances_by_reason.setdefault((rule_id, finding.reason.msgid), set()).add(finding.stance)
    mixed = {k: v for k, v in stances_by_reason.items() if len(v) > 1}
    assert not mixed, mixed


@pytest.mark.parametrize(
    ("make", "stance"),
    [(grant, "for"), (refuse, "against"), (unknown, "unknown"), (silent, "silent")],
)
def test_finding_helpers_keep_the_stance_and_the_text(make: Any, stance: Stance) -> None:
    says = make("Said.")
    assert says == Says(stance, "Said.")
    assert says.finding({}) == Finding(stance, Message("Said.", {}))


def test_a_value_finding_is_for_the_value_with_its_text() -> None:
    says = value("microsoft_365_admin_center", "In the public cloud.")
    assert says.finding({}) == Finding("for", Message("In the public cloud."), "microsoft_365_admin_center")


def test_a_reason_names_the_services_its_expression_lists() -> None:
    says = refuse(("Held: %(services)s.", "Held, all of them: %(services)s."), services=fact("shared"))
    assert (
        render(says.finding({"shared": ["teams", "azure"]}).reason)
        == "Held, all of them: Azure, Microsoft Teams."
    )
    assert render(says.finding({"shared": ["teams"]}).reason) == "Held: Microsoft Teams."  # the count's form


def _rule(answers: Any, **texts: Any) -> Rule:
    """A made-up rule with the texts given (or harmless ones) and one example per key."""
    fields = {
        "statement": "S.",
        "at": At("step 1", ("d9498-104",)),
        "says": "Says.",
        "decides": "D.",
        "leaves": "L.",
    }
    examples = texts.pop("examples", [({}, {})])
    return RuleBook("global", "request-reseller-relationship.md", sentences=True).rule(
        "G0", **{**fields, **texts}, answers=answers, examples=examples
    )


def test_the_first_case_of_the_key_that_holds_decides_and_a_case_without_finding_says_nothing() -> None:
    rule = _rule(
        {
            "may_send": (
                when(fact("a"), None, basis=NOT_STATED),
                when(fact("b"), grant("B."), basis=source("d9498-104")),
                otherwise(refuse("Neither."), basis=reading("a list read as complete")),
            ),
        }
    )
    assert rule.check_data({"key": "may_send", "a": True, "b": True}) is None
    # each finding carries what its case rests on
    assert rule.check_data({"key": "may_send", "a": False, "b": True}) == Finding(
        "for", Message("B.", {}), basis=source("d9498-104")
    )
    assert rule.check_data({"key": "may_send", "a": False, "b": False}) == Finding(
        "against", Message("Neither."), basis=reading("a list read as complete")
    )
    assert rule.check_data({"key": "acceptance", "a": False, "b": False}) is None


def test_a_keys_cases_never_reach_another_key_and_keys_and_gives_are_derived() -> None:
    rule = _rule(
        {
            "acceptance": (when(fact("a"), refuse("Not for acceptance."), basis=NOT_STATED),),
            ("action.provision", "after_revocation.manage_users"): (
                otherwise(grant("Yes."), basis=NOT_STATED),
            ),
            "acceptance_portal": (
                otherwise(value("microsoft_365_admin_center", "There."), basis=NOT_STATED),
            ),
        }
    )
    assert rule.check_data({"key": "acceptance", "a": False}) is None  # not the next key's Yes
    assert rule.check_data({"key": "action.provision"}) == Finding("for", Message("Yes."), basis=NOT_STATED)
    assert rule.keys == {
        "acceptance",
        "action.provision",
        "after_revocation.manage_users",
        "acceptance_portal",
    }
    assert rule.gives == {"no", "allowed", "value"}
    # the page's single list: each case behind its key, so the first that holds is still the key's own
    flat = rule.cases
    assert [c.when for c in flat][:2] == [
        {"and": [{"in": [{"var": "key"}, ["acceptance"]]}, {"var": "a"}]},
        {"in": [{"var": "key"}, ["action.provision"]]},
    ]


@pytest.mark.parametrize("msgid", ["", "   ", None, 3])
def test_a_reason_without_a_message_id_fails_when_the_rule_is_built(msgid: Any) -> None:
    with pytest.raises(RuleError, match="msgid must be a non-empty string"):
        grant(msgid)


@pytest.mark.parametrize("field", ["statement", "says", "decides", "leaves"])
def test_a_rule_without_one_of_its_texts_fails_when_it_is_built(field: str) -> None:
    with pytest.raises(RuleError, match="must be a non-empty string"):
        _rule({"may_send": (otherwise(grant("Yes."), basis=NOT_STATED),)}, **{field: ""})


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Basis("guess", "x"), "basis is one of source, reading, not_stated"),  # type: ignore[arg-type]
        (lambda: source(), "source basis's place"),
        (lambda: reading(" "), "reading basis's place or name"),
        (lambda: Case(True, None, "d9498-104"), "must be a Basis"),  # type: ignore[arg-type]
        (lambda: At("step 1", ("119",)), "not a sentence id"),
        (lambda: _rule({"may_send": ()}), "at least one case"),
        (
            lambda: _rule({"may_send": (otherwise(None, basis=NOT_STATED),)}, examples=[]),
            "one to five worked",
        ),
        (
            lambda: _rule(
                {"may_send": (otherwise(grant("Y."), basis=NOT_STATED),)},
                examples=[({}, {"acceptance": "yes"})],
            ),
            "a key the rule does not answer",
        ),
        (
            lambda: _rule(
                {"may_send": (otherwise(grant("Y."), basis=NOT_STATED),)}, examples=[({}, {"may_send": "no"})]
            ),
            "which it never gives",
        ),
        (
            lambda: _rule({"may_send": (otherwise(grant("Y."), basis=NOT_STATED),)}, at=At("step 1")),
            "name the sentences",
        ),
        (
            lambda: RuleBook("global", "p.md").rule(
                "G-1",
                statement="S.",
                at=At("step 1"),
                says="S.",
                decides="D.",
                leaves="L.",
                answers={},
                examples=(),
            ),
            "not a rule id",
        ),
        (
            lambda: _rule(
                {
                    "may_send": (otherwise(grant("Y."), basis=NOT_STATED),),
                    ("may_send", "acceptance"): (otherwise(grant("Y."), basis=NOT_STATED),),
                }
            ),
            "answered twice",
        ),
    ],
)
def test_a_rule_written_wrongly_fails_when_it_is_built(build: Any, message: str) -> None:
    with pytest.raises(RuleError, match=message):
        build()
