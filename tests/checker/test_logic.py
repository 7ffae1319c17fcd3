"""The rules are JSON Logic data: the checker's fast evaluation agrees with the library, and the data the
"Check your situation" page receives is the whole definition."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml
from json_logic import jsonLogic

from relcheck.engine import evaluate_valid
from relcheck.rules import RULES
from relcheck.rules.export import facts_by_edition, facts_read, rules_document
from relcheck.rules.logic import FACTS, compile_logic, facts
from relcheck.rules.logic import truthy as to_bool
from relcheck.vocab import flow, labels
from relcheck.vocab.enums import SERVICES
from tests.support import SHIPPED


def catalog_facts() -> list[dict[str, Any]]:
    return [facts(yaml.safe_load(p.read_text(encoding="utf-8"))) for p in SHIPPED]


def test_the_compiled_conditions_agree_with_the_library_on_every_rule_key_and_scenario() -> None:
    disagreements = []
    for known in catalog_facts():
        for rule in RULES.values():
            for key in sorted(rule.keys):
                data = {**known, "key": key}
                for n, case in enumerate(rule.cases):
                    library = to_bool(jsonLogic(case.when, data))
                    if to_bool(case.test(data)) != library:
                        disagreements.append((rule.id, key, n))
    assert disagreements == []


@pytest.mark.parametrize(
    ("logic", "data"),
    [
        ({"var": "a.b"}, {"a": {"b": 3}}),
        ({"var": ["a.c", "none"]}, {"a": {"b": 3}}),
        ({"var": "1"}, {"1": "x"}),
        ({"var": "a.0"}, {"a": ["first"]}),
        ({"in": ["x", ["x", "y"]]}, {}),
        ({"in": ["ab", "cabd"]}, {}),
        ({"===": [{"var": "n"}, 1]}, {"n": 1}),
        ({"some": [{"var": "l"}, {"var": "ok"}]}, {"l": [{"ok": False}, {"ok": True}]}),
        ({"some": [{"var": "missing"}, True]}, {}),
        ({"and": [True, 0, "x"]}, {}),
        ({"or": [False, [], "y"]}, {}),
        ({"if": [[], "then", "else"]}, {}),
        ({"merge": [[1], 2, {"if": [True, [3], []]}]}, {}),
        ({"substr": ["action.provision", 0, 7]}, {}),
        ({"!": [{"var": "x"}]}, {"x": []}),
        ({"!!": [{"var": "x"}]}, {"x": {"k": 1}}),
        ([{"var": "a"}, 1, [2]], {"a": "x"}),
        ({"in": [{"var": "a"}, [{"var": "b"}, "z"]]}, {"a": 1, "b": 1}),
        ({"===": [{"var": "a"}, {"var": "b"}]}, {"a": 1, "b": 1}),
        ({"if": [{"var": "a"}, 1, {"var": "b"}, 2, 3]}, {"a": False, "b": True}),
        ({"var": ""}, {"whole": 1}),
        ({"var": "a.b.c"}, {"a": {"b": "text"}}),
    ],
)
def test_the_compiled_form_gives_what_the_library_gives(logic: Any, data: Any) -> None:
    assert compile_logic(logic)(data) == jsonLogic(logic, data)


def test_facts_are_read_from_the_scenario_document_by_their_declared_expressions() -> None:
    scenario = yaml.safe_load(SHIPPED[0].read_text(encoding="utf-8"))
    read = facts(scenario)
    assert set(read) == set(FACTS)
    assert read == {name: jsonLogic(expression, scenario) for name, expression in FACTS.items()}


def test_the_page_receives_every_rule_case_and_the_flow_as_plain_json() -> None:
    document = json.loads(json.dumps(rules_document()))
    assert [r["id"] for r in document["rules"]] == list(RULES)
    for exported in document["rules"]:
        rule = RULES[exported["id"]]
        assert exported["keys"] == sorted(rule.keys) and exported["edition"] == rule.edition
        assert [c["when"] for c in exported["cases"]] == [c.when for c in rule.cases]
        assert [c["says"] for c in exported["cases"]] == [
            c.says
            and {
                "stance": c.says.stance,
                "msgid": c.says.msgid,
                "plural": c.says.plural,
                "value": c.says.value,
                "services": c.says.services,
            }
            for c in rule.cases
        ]
    assert document["facts"] == FACTS
    assert document["flow"] == flow.document()
    assert document["flow"]["sections"][0]["questions"][:2] == [
        ["may_send", "yes_no"],
        ["permission_option", "yes_no"],
    ]
    assert document["flow"]["gates"] == {
        "may_send": ["yes", "not_stated"],
        "permission_option": ["yes", "not_stated"],
        "acceptance": ["yes"],
    }
    assert document["regions"]["CN"] == "greater_china" and document["regions"]["ES"] == "europe"
    assert document["services"][0] == "office_365" and "power_bi" in document["services"]
    assert document["facts_by_edition"] == facts_by_edition()


def test_a_fact_read_inside_some_is_the_items_field_not_a_fact() -> None:
    condition = {"and": [{"var": "others"}, {"some": [{"var": "others"}, {"var": "transacts_in_csp"}]}]}
    assert sorted(set(facts_read(condition))) == ["others"]
    # the list itself is a fact; what the condition reads inside `some` is not
    assert list(facts_read({"some": [{"var": "others"}, {"var": "x"}]})) == ["others"]
    assert list(facts_read({"var": ["request.link_reused", False]})) == ["request"]
    assert list(facts_read([{"var": "a"}, {"!": {"var": "b"}}, 3, {"var": ""}])) == ["a", "b"]


def test_each_edition_reads_the_facts_its_rules_name_and_no_other() -> None:
    read = facts_by_edition()
    assert read["global"] == [
        "accepting_user_is_global_admin",
        "accepts_mca",
        "azure_only",
        "cloud",
        "customer_country",
        "customer_region",
        "email_edited",
        "include_dap",
        "link_intact",
        "mca_accepted",
        "partner_country",
        "partner_region",
        "renegotiated",
        "role",
        "services",
    ]
    assert read["21vianet"] == [
        "accepting_user_is_global_admin",
        "arrangement",
        "email_edited",
        "include_dap",
        "link_intact",
        "link_reused",
        "model",
        "needs_dap_back",
        "original_reseller",
        "others",
        "provider_invitation",
        "renegotiated",
        "services",
    ]
    assert "role" in read["global"] and "role" not in read["21vianet"]
    assert "others" in read["21vianet"] and "others" not in read["global"]
    assert "services" in read["21vianet"]  # V9, through the unrolled overlap of each service
    assert "services" in read["global"]  # G2: the services the option of 2020 names


# Values to give each fact a form field sets: every value the schema allows, or a few telling ones.
OTHER_PARTNER = {"name": "Other", "transacts_in_csp": True, "dap_services": ["office_365", "azure"]}
ALTERNATIVES: dict[str, list[Any]] = {
    "cloud": ["public", "us_government", "germany", "21vianet"],
    "role": list(labels.ROLES),
    "partner_country": ["US", "CN", "ES"],
    "partner_region": list(labels.REGIONS),
    "customer_country": ["US", "CN", "ES"],
    "customer_region": list(labels.REGIONS),
    "model": ["direct", "indirect_provider", "indirect_reseller"],
    "arrangement": list(labels.ARRANGEMENTS),
    "services": [[], ["office_365", "azure"], list(SERVICES)],
    "others": [[], [OTHER_PARTNER], [OTHER_PARTNER, {**OTHER_PARTNER, "transacts_in_csp": False}]],
}
FORM_FACTS = set(FACTS) - {"edition", "renegotiated", "revoked"}  # the facts of the form's fields


def test_a_fact_no_rule_of_the_edition_reads_changes_no_answer() -> None:
    """What lets the page hide such fields: any value of one leaves every answer as it was."""
    read = facts_by_edition()
    hidden = [(edition, fact) for edition in sorted(read) for fact in sorted(FORM_FACTS - set(read[edition]))]
    assert len(hidden) == 16, hidden  # 7 worldwide, 9 for 21Vianet
    changed_answers = []
    for path in SHIPPED:
        scenario = yaml.safe_load(path.read_text(encoding="utf-8"))
        before = [(v.key, v.outcome, v.rules, v.reasons) for v in evaluate_valid(scenario).verdicts]
        for edition, fact in hidden:
            if edition != scenario["edition"]:
                continue
            var = FACTS[fact]["var"]
            field = (var[0] if isinstance(var, list) else var).split(".")
            for value in ALTERNATIVES.get(fact, [True, False]):
                changed = json.loads(json.dumps(scenario))
                parent = changed
                for name in field[:-1]:
                    parent = parent[name]
                parent[field[-1]] = value
                after = [(v.key, v.outcome, v.rules, v.reasons) for v in evaluate_valid(changed).verdicts]
                if after != before:
                    changed_answers.append((path.name, fact, value))
    assert changed_answers == []
