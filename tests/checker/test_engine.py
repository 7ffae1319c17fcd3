"""The engine and the rules: verdicts with reasons, gating, and random scenarios (Hypothesis)."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relcheck import yamlload
from relcheck.engine import InvalidScenario, evaluate
from relcheck.i18n import render
from relcheck.result import OUTCOMES
from relcheck.rules import GLOBAL_PAGE, RULES, VIANET_PAGE
from tests.support import SCENARIOS

BASE = yaml.safe_load((SCENARIOS / "global-public-edited-email.yaml").read_text(encoding="utf-8"))
VIANET = yaml.safe_load((SCENARIOS / "21vianet-joins-another-partner.yaml").read_text(encoding="utf-8"))


def changed(base: Mapping[str, Any], **sections: dict[str, Any]) -> dict[str, Any]:
    scenario = copy.deepcopy(dict(base))
    for section, values in sections.items():
        scenario[section].update(values)
    return scenario


def test_rules_are_defined_once_in_display_order_with_their_anchor() -> None:
    assert list(RULES) == [f"G{i}" for i in range(1, 11)] + [f"V{i}" for i in range(1, 12)]
    for rule_id, rule in RULES.items():
        assert rule.id == rule_id and rule.anchor == f"rule-{rule_id.lower()}"
        assert rule.editions == (("global",) if rule_id[0] == "G" else ("21vianet",))
        assert rule.page == (GLOBAL_PAGE if rule_id[0] == "G" else VIANET_PAGE)
        assert rule.statement and rule.decides


def test_a_valid_scenario_gets_a_verdict_per_question_and_action() -> None:
    evaluation = evaluate(BASE)
    keys = [v.key for v in evaluation.verdicts]
    assert keys[:6] == [
        "may_send",
        "permission_option",
        "invitation_link",
        "acceptance",
        "partner_review",
        "multichannel_limit",
    ]
    assert keys[-1] == "duties_after_revocation"
    may_send = evaluation.verdict("may_send")
    assert (may_send.outcome, may_send.rules, may_send.rule) == ("allowed", ("G1", "G5"), "G1")
    assert (
        render(may_send.reason)
        == "Your Partner Center role, Admin agent, may request reseller relationships."
    )


def test_acceptance_names_the_portal_of_the_cloud() -> None:
    for cloud, portal in [
        ("public", "Microsoft 365 admin center"),
        ("germany", "Microsoft Office admin portal"),
    ]:
        verdict = evaluate(changed(BASE, **{}) | {"cloud": cloud}).verdict("acceptance")
        assert verdict.detail is not None and render(verdict.detail) == portal
    detail = evaluate(VIANET).verdict("acceptance").detail
    assert detail is not None and render(detail) == "Office 365 admin center operated by 21Vianet"


def test_a_blocked_request_leaves_later_questions_not_applicable_and_says_why() -> None:
    scenario = changed(BASE, partner={"role": "sales_agent"}, request={"link_intact": False})
    evaluation = evaluate(scenario)
    assert evaluation.verdict("may_send").rules == ("G1",)
    assert evaluation.verdict("invitation_link").outcome == "blocked"  # the request's faults are all shown
    acceptance = evaluation.verdict("acceptance")
    assert acceptance.outcome == "not_applicable" and acceptance.rules == ()
    question = "“May the partner send the request?”"
    assert (
        render(acceptance.reason)
        == f"The relationship is never established, because the answer to {question} is no."
    )


def test_every_blocking_rule_is_named() -> None:
    scenario = changed(BASE, request={"include_dap": False, "azure_only": False}) | {"cloud": "us_government"}
    assert evaluate(scenario).verdict("permission_option").rules == ("G3", "G4")


def test_multichannel_limit_names_the_partner_and_service() -> None:
    scenario = copy.deepcopy(VIANET)
    scenario["customer"]["partners"] = [
        {"name": "Contoso", "transacts_in_csp": True, "dap_services": ["office_365"]}
    ]
    verdict = evaluate(scenario).verdict("multichannel_limit")
    assert (verdict.outcome, verdict.rules) == ("blocked", ("V9",))
    assert render(verdict.reason, "fr").startswith(
        "Contoso est déjà un partenaire CSP effectuant les transactions"
    )
    assert "Office 365" in render(verdict.reason)


def test_expectations_are_compared_outcome_and_rules() -> None:
    scenario = copy.deepcopy(BASE)
    scenario["expect"]["may_send"] = "allowed by G1"
    verdict = evaluate(scenario).verdict("may_send")
    assert (verdict.expected, verdict.expected_rules, verdict.matches) == ("allowed", ("G1",), False)
    scenario["expect"]["may_send"] = "allowed by G5, G1"
    assert evaluate(scenario).verdict("may_send").matches


def test_an_invalid_mapping_raises_with_its_problems() -> None:
    with pytest.raises(InvalidScenario) as caught:
        evaluate({"id": "x"})
    assert any(render(p.message) == "the required field edition is missing" for p in caught.value.problems)


# --- property-based ------------------------------------------------------------------------------------

json_scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
structures = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=20,
)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(structures)
def test_the_engine_only_ever_refuses_random_structures_cleanly(data: Any) -> None:
    try:
        evaluation = evaluate(data)
    except InvalidScenario as exc:
        assert exc.problems
    else:  # pragma: no cover - random data is practically never a valid scenario
        assert evaluation.verdicts


@FAST
@given(structures)
def test_the_loader_reads_back_data_written_with_explicit_styles(data: Any) -> None:
    """Every scalar quoted (and tagged when not text): what was written is what is read, exactly."""
    text = yaml.safe_dump({"x": data}, allow_unicode=True, default_style='"')
    doc = yamlload.load(text)
    assert doc is not None and doc.data == {"x": data}


ROLES = [
    "admin_agent",
    "global_admin",
    "billing_admin",
    "sales_agent",
    "helpdesk_agent",
    "user_management_admin",
]
SERVICES = ["office_365", "exchange_online", "azure", "teams"]
ACTIONS = [
    "provision",
    "manage_services",
    "manage_users",
    "manage_azure_subscriptions",
    "remove_seats",
    "order_addons",
    "transition_subscriptions",
    "migrate_subscriptions",
    "change_partner_of_record",
    "expect_invoice",
]


@st.composite
def scenarios(draw: st.DrawFn) -> dict[str, Any]:
    edition = draw(st.sampled_from(["global", "21vianet"]))
    cloud = (
        "21vianet" if edition == "21vianet" else draw(st.sampled_from(["public", "us_government", "germany"]))
    )
    scenario: dict[str, Any] = copy.deepcopy(BASE)
    scenario.update(edition=edition, cloud=cloud)
    scenario["partner"].update(
        role=draw(st.sampled_from(ROLES)),
        model=draw(st.sampled_from(["direct", "indirect_provider", "indirect_reseller"])),
        original_reseller=draw(st.booleans()),
        transacts_in_csp=draw(st.booleans()),
        services=draw(st.lists(st.sampled_from(SERVICES), unique=True, max_size=3)),
        country=draw(st.sampled_from(["ES", "FR", "CN"])),
    )
    scenario["customer"].update(
        country=draw(st.sampled_from(["ES", "US", "CN"])),
        accepting_user_is_global_admin=draw(st.booleans()),
        mca_accepted=draw(st.booleans()),
        partners=[
            {
                "name": f"P{i}",
                "transacts_in_csp": draw(st.booleans()),
                "dap_services": draw(st.lists(st.sampled_from(SERVICES), unique=True, max_size=2)),
            }
            for i in range(draw(st.integers(0, 3)))
        ],
    )
    scenario["request"] = {
        k: draw(st.booleans()) for k in ("include_dap", "azure_only", "email_edited", "link_intact")
    }
    scenario["after_acceptance"] = {
        a: "not_applicable" for a in draw(st.lists(st.sampled_from(ACTIONS), unique=True))
    }
    if draw(st.booleans()):
        scenario["revocation"] = {
            "renegotiated": draw(st.booleans()),
            "then": {"open_service_request": "not_applicable"},
        }
    return scenario


@FAST
@given(scenarios())
def test_every_verdict_on_a_random_valid_scenario_is_well_formed(scenario: dict[str, Any]) -> None:
    evaluation = evaluate(scenario)
    gates_blocked = any(v.outcome == "blocked" for v in evaluation.verdicts[:4])
    for verdict in evaluation.verdicts:
        assert verdict.outcome in OUTCOMES
        assert len(verdict.reasons) == max(1, len(verdict.rules))
        for rule_id in verdict.rules:
            assert scenario["edition"] in RULES[rule_id].editions
            assert verdict.key in RULES[rule_id].decides
        for reason in verdict.reasons:
            for lang in ("en", "ru"):
                assert "%(" not in render(reason, lang)
        if verdict.outcome == "not_applicable":
            assert verdict.rules == ()
        if gates_blocked and verdict.key.startswith(("action.", "after_revocation.")):
            assert verdict.outcome == "not_applicable"
