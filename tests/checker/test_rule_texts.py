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
    Case,
    Finding,
    RuleBook,
    Says,
    Stance,
    grant,
    otherwise,
    refuse,
    silent,
    unknown,
    value,
    when,
)
from relcheck.rules.logic import fact, key_is
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
                    finding = rule.check(variant, key)
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
    says = refuse("Held: %(services)s.", services=fact("shared"))
    finding = says.finding({"shared": ["teams", "azure"]})
    assert render(finding.reason) == "Held: Azure, Microsoft Teams."


def test_the_first_case_that_holds_decides_and_a_case_without_finding_says_nothing() -> None:
    book = RuleBook("global", "request-reseller-relationship.md")
    rule = book.rule(
        "G0",
        statement="",
        says="",
        decides="",
        leaves="",
        keys=("may_send",),
        gives=("yes", "no"),
        cases=(when(fact("a"), None), when(fact("b"), grant("B.")), otherwise(refuse("Neither."))),
    )
    assert rule.check({"a": True, "b": True}, "may_send") is None
    assert rule.check({"a": False, "b": True}, "may_send") == Finding("for", Message("B.", {}))
    assert rule.check({"a": False, "b": False}, "may_send") == Finding("against", Message("Neither.", {}))
    empty = book.rule("G0", statement="", says="", decides="", leaves="", keys=(), gives=(), cases=())
    assert empty.check({}, "may_send") is None


def test_a_rule_book_gives_each_rule_its_edition_page_and_source() -> None:
    book = RuleBook("21vianet", "concepts/multi-channel.md", source="companion")
    cases = (Case(True, None),)
    rule = book.rule(
        "MC9",
        statement="The statement.",
        says="What the source says.",
        decides="What the checker decides.",
        leaves="What is left open.",
        keys=("may_send", "acceptance"),
        gives=("yes", "no"),
        cases=cases,
    )
    assert (rule.id, rule.edition, rule.page, rule.source) == (
        "MC9",
        "21vianet",
        "concepts/multi-channel.md",
        "companion",
    )
    assert (rule.statement, rule.says, rule.decides_text, rule.leaves) == (
        "The statement.",
        "What the source says.",
        "What the checker decides.",
        "What is left open.",
    )
    assert rule.keys == frozenset({"may_send", "acceptance"}) and rule.gives == frozenset({"yes", "no"})
    assert rule.cases is cases and rule.anchor == "rule-mc9"
    assert (
        RuleBook("global", "request-reseller-relationship.md")
        .rule("G0", statement="", says="", decides="", leaves="", keys=(), gives=(), cases=())
        .source
        == "procedure"
    )


def test_a_rule_checked_alone_sees_the_key_it_is_asked_about() -> None:
    rule = RuleBook("global", "request-reseller-relationship.md").rule(
        "G0",
        statement="",
        says="",
        decides="",
        leaves="",
        keys=("may_send", "acceptance"),
        gives=("yes", "no"),
        cases=(when(key_is("acceptance"), refuse("Not for acceptance.")), otherwise(grant("Yes."))),
    )
    assert rule.check({}, "acceptance") == Finding("against", Message("Not for acceptance.", {}))
    assert rule.check({}, "may_send") == Finding("for", Message("Yes.", {}))
