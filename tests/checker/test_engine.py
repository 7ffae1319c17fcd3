"""The engine and the rules: answers exactly as strong as their source, the flow, random scenarios."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relcheck import engine
from relcheck.engine import InvalidScenario, evaluate, parse_expectation
from relcheck.i18n import render
from relcheck.load import yaml_document
from relcheck.result import Message, ScenarioEvaluation
from relcheck.rules import RULES, Finding, companion, vianet, worldwide
from relcheck.rules.base import Stance
from relcheck.rules.logic import facts as read_facts
from relcheck.vocab import flow
from relcheck.vocab.flow import WRITTEN_ALONE as NON_VERDICTS
from relcheck.vocab.labels import QUESTIONS, REVOCATION_QUESTIONS, VALUE_NAMES, label
from relcheck.vocab.services import overlaps_with
from tests.strategies import BASE, scenarios
from tests.support import SCENARIOS

VIANET = yaml.safe_load((SCENARIOS / "21vianet-joins-another-partner.yaml").read_text(encoding="utf-8"))


def changed(base: Mapping[str, Any], **sections: Any) -> dict[str, Any]:
    """A copy of `base` with some sections updated (a dict) or replaced (anything else)."""
    scenario = copy.deepcopy(dict(base))
    for section, values in sections.items():
        if isinstance(values, dict) and isinstance(scenario.get(section), dict):
            scenario[section].update(values)
        else:
            scenario[section] = values
    return scenario


def answer(scenario: Mapping[str, Any], key: str) -> tuple[str, tuple[str, ...]]:
    verdict = evaluate(scenario).verdict(key)
    return verdict.outcome, verdict.rules


def with_actions(base: Mapping[str, Any], *actions: str) -> dict[str, Any]:
    return changed(base, after_acceptance={a: "not_stated" for a in actions})


def revoked(base: Mapping[str, Any], renegotiated: bool = False, *then: str) -> dict[str, Any]:
    return changed(
        base,
        revocation={
            "renegotiated": renegotiated,
            "expect": {
                "relationship_in_force": "not_stated",
                "support_duty": "not_stated",
                "binding_agreement": "not_stated",
            },
            "then": {a: "not_stated" for a in then},
        },
    )


# --- the registry --------------------------------------------------------------------------------------


def test_rules_are_listed_once_in_display_order_with_their_edition_page_and_anchor() -> None:
    books = (worldwide, vianet, companion)
    assert list(RULES) == [rule.id for book in books for rule in book.RULES]
    for book in books:
        # each book numbers its rules from 1 with one prefix: G1, G2, … (a gap or a repeat is a slip)
        prefix = book.RULES[0].id.rstrip("0123456789")
        assert [r.id for r in book.RULES] == [f"{prefix}{n}" for n in range(1, len(book.RULES) + 1)]
        assert {(r.edition, r.page, r.source) for r in book.RULES} == {
            (book.BOOK.edition, book.BOOK.page, book.BOOK.source)
        }
    for rule_id, rule in RULES.items():
        assert rule.id == rule_id and rule.anchor == f"rule-{rule_id.lower()}"
        assert rule.edition == ("global" if rule_id.startswith("G") else "21vianet")
        assert rule.statement and rule.says and rule.decides_text and rule.leaves and rule.keys
    assert RULES["MC1"].source == RULES["MC2"].source == "companion"
    assert RULES["MC1"].page == "concepts/multi-channel.md"
    assert {r.source for r in RULES.values() if not r.id.startswith("MC")} == {"procedure"}


# --- the flow ------------------------------------------------------------------------------------------


def test_a_scenario_gets_an_answer_per_question_in_the_order_of_the_flow() -> None:
    evaluation = evaluate(BASE)
    assert [v.key for v in evaluation.verdicts] == list(QUESTIONS)
    assert evaluate(revoked(BASE)).verdicts[-len(REVOCATION_QUESTIONS) :] == [
        evaluate(revoked(BASE)).verdict(q) for q in REVOCATION_QUESTIONS
    ]
    may_send = evaluation.verdict("may_send")
    assert (may_send.outcome, may_send.rules) == ("yes", ("G1", "G5"))
    assert render(may_send.reason) == "Your Partner Center role is one of the two that may send the request."


def test_questions_are_answered_yes_or_no_and_actions_allowed_or_blocked() -> None:
    scenario = with_actions(changed(BASE, request={"include_dap": False}), "manage_services")
    evaluation = evaluate(scenario)
    assert evaluation.verdict("may_send").outcome == "yes"
    assert evaluation.verdict("action.manage_services").outcome == "blocked"
    refused = evaluate(with_actions(changed(BASE, partner={"role": "sales_agent"}), "manage_services"))
    assert refused.verdict("may_send").outcome == "no"


def test_a_no_to_sending_ends_the_flow_and_later_answers_name_it() -> None:
    scenario = with_actions(
        changed(BASE, partner={"role": "sales_agent"}, request={"link_intact": False}), "provision"
    )
    evaluation = evaluate(scenario)
    # every later answer, the request's own questions included: no plain Yes or No after the flow ended
    for key in (
        "permission_option",
        "invitation_link",
        "acceptance_portal",
        "acceptance",
        "mca_prompt",
        "action.provision",
    ):
        verdict = evaluation.verdict(key)
        assert (verdict.outcome, verdict.rules) == ("not_reached", ())
        assert render(verdict.reason) == (
            "The flow ended at an earlier answer. “Can you send the request?”: No."
        )


def test_a_no_to_the_permission_choice_ends_the_flow() -> None:
    scenario = changed(BASE, cloud="us_government", request={"include_dap": False})
    assert answer(scenario, "permission_option") == ("no", ("G4",))
    assert answer(scenario, "acceptance")[0] == "not_reached"


def test_a_not_stated_answer_to_sending_does_not_end_the_flow() -> None:
    alone = changed(VIANET, customer={"partners": [], "arrangement": "neither"})
    assert answer(alone, "may_send") == ("not_stated", ("V1",))
    assert answer(alone, "acceptance") == ("yes", ("V7",))


def test_an_acceptance_that_is_not_stated_ends_the_flow() -> None:
    scenario = with_actions(changed(VIANET, customer={"accepting_user_is_global_admin": False}), "provision")
    evaluation = evaluate(scenario)
    assert evaluation.verdict("acceptance").outcome == "not_stated"
    reached = evaluation.verdict("action.provision")
    assert reached.outcome == "not_reached"
    assert "“Can the customer's user accept the invitation?”: Not stated" in render(reached.reason)


def test_revocation_answers_appear_only_when_the_customer_removes_permissions() -> None:
    keys = {v.key for v in evaluate(BASE).verdicts}
    assert not keys & set(REVOCATION_QUESTIONS)
    assert set(REVOCATION_QUESTIONS) <= {v.key for v in evaluate(revoked(BASE)).verdicts}


# --- each rule as strong as its source -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("admin_agent", "yes"),
        ("global_admin", "yes"),
        ("billing_admin", "no"),
        ("sales_agent", "no"),
        ("helpdesk_agent", "no"),
    ],
)
def test_g1_two_roles_may_send(role: str, expected: str) -> None:
    outcome, rules = answer(changed(BASE, partner={"role": role}), "may_send")
    assert outcome == expected
    assert rules == (("G1", "G5") if expected == "yes" else ("G1",))


def test_g5_country_then_region_then_no() -> None:
    assert answer(changed(BASE, customer={"country": "ES"}), "may_send") == ("yes", ("G1", "G5"))
    region = evaluate(changed(BASE, customer={"country": "FR"})).verdict("may_send")
    assert region.outcome == "yes"
    assert render(region.reasons[1]) == (
        "The customer is in another country of your region."
        " (This site's reading: regions as its country-to-region table defines them.)"
    )
    assert [g.kind for g in region.grounds] == ["source", "reading"]
    far = changed(BASE, customer={"country": "US", "region": "north_america"})
    assert answer(far, "may_send") == ("no", ("G5",))
    both = changed(far, partner={"role": "helpdesk_agent"})
    assert answer(both, "may_send") == ("no", ("G1", "G5"))


def test_g3_only_allows_and_g2_blocks_managing_without_permissions() -> None:
    """The public cloud offers the request without permissions (G6); the relationship is established,
    and only managing services on the customer's behalf is blocked, by G2."""
    scenario = with_actions(
        changed(BASE, request={"include_dap": False, "azure_only": False}),
        "manage_services",
        "manage_users",
        "manage_azure_subscriptions",
    )
    evaluation = evaluate(scenario)
    assert (
        evaluation.verdict("permission_option").outcome,
        evaluation.verdict("permission_option").rules,
    ) == ("yes", ("G6",))
    assert evaluation.verdict("acceptance").outcome == "yes"
    assert evaluation.verdict("action.manage_services").rules == ("G2",)
    assert evaluation.verdict("action.manage_services").outcome == "blocked"
    assert evaluation.verdict("action.manage_users").outcome == "blocked"
    assert answer(scenario, "action.manage_azure_subscriptions") == ("allowed", ("G3",))
    azure_only = changed(scenario, request={"azure_only": True})
    assert answer(azure_only, "permission_option") == ("yes", ("G3", "G6"))
    assert "no" not in RULES["G3"].gives and "blocked" not in RULES["G3"].gives


def test_g2_allows_managing_with_permissions() -> None:
    scenario = with_actions(BASE, "manage_services")
    assert answer(scenario, "action.manage_services") == ("allowed", ("G2", "G6"))


@pytest.mark.parametrize("cloud", ["us_government", "germany"])
def test_g4_national_clouds_require_dap(cloud: str) -> None:
    # G4 alone: the choice G6 describes is not offered there, so no fact of the answer is said twice
    assert answer(changed(BASE, cloud=cloud), "permission_option") == ("yes", ("G4",))
    without = changed(BASE, cloud=cloud, request={"include_dap": False, "azure_only": True})
    assert answer(without, "permission_option") == ("no", ("G4",))


def test_g6_an_altered_link_breaks_the_instructions_and_leaves_acceptance_not_stated() -> None:
    """The worldwide source says to keep the link and states no consequence."""
    scenario = changed(BASE, request={"link_intact": False})
    link = evaluate(scenario).verdict("invitation_link")
    assert (link.outcome, link.rules) == ("no", ("G6",))
    assert "cannot accept" not in render(link.reason)
    assert "not stated" in render(link.reason)
    assert answer(scenario, "acceptance") == ("not_stated", ("G6",))
    # G8's No still decides: a non-admin cannot accept, whatever the link
    both = changed(scenario, customer={"accepting_user_is_global_admin": False})
    assert answer(both, "acceptance") == ("no", ("G8",))


def test_g6_an_edited_text_keeps_the_link_valid() -> None:
    edited = evaluate(changed(BASE, request={"email_edited": True})).verdict("invitation_link")
    plain = evaluate(changed(BASE, request={"email_edited": False})).verdict("invitation_link")
    assert edited.outcome == plain.outcome == "yes"
    assert edited.reason != plain.reason


def test_g6_after_acceptance_explains_the_customers_page_not_the_email() -> None:
    evaluation = evaluate(with_actions(BASE, "manage_services", "manage_users"))
    email = evaluation.verdict("invitation_link").reasons
    for action in ("action.manage_services", "action.manage_users"):
        verdict = evaluation.verdict(action)
        assert verdict.outcome == "allowed" and "G6" in verdict.rules
        given = verdict.reasons[verdict.rules.index("G6")]
        assert given not in email and "Customers page" in render(given)


def test_g6_allows_provisioning_from_the_customers_page() -> None:
    verdict = evaluate(with_actions(BASE, "provision")).verdict("action.provision")
    assert (verdict.outcome, verdict.rules) == ("allowed", ("G6",))
    assert "provision and manage" in render(verdict.reason)
    assert [(g.kind, g.where) for g in verdict.grounds] == [("source", "d9498-119")]


def test_g2_option_covers_only_the_services_it_names() -> None:
    dynamics = with_actions(
        changed(BASE, partner={"services": ["dynamics_365", "office_365"]}), "manage_services"
    )
    verdict = evaluate(dynamics).verdict("action.manage_services")
    assert (verdict.outcome, verdict.rules) == ("not_stated", ("G2",))
    assert render(verdict.reason).endswith(
        "permissions for the service you take on beyond them (Dynamics 365) is not stated."
    )
    assert verdict.grounds[0].kind == "not_stated"


def test_g2_and_g7_when_the_agreement_is_signed_at_acceptance() -> None:
    prompted = with_actions(
        changed(BASE, customer={"mca_accepted": False, "accepts_mca_when_prompted": True}), "manage_users"
    )
    assert answer(prompted, "action.manage_users") == ("allowed", ("G2", "G6", "G7"))
    declined = changed(prompted, customer={"accepts_mca_when_prompted": False})
    assert answer(declined, "action.manage_users") == ("blocked", ("G2",))
    unknown = with_actions(changed(BASE, customer={"mca_accepted": False}), "manage_users")
    verdict = evaluate(unknown).verdict("action.manage_users")
    assert (verdict.outcome, verdict.rules) == ("not_stated", ("G2",))
    assert "not given" in render(verdict.reason)


def test_g7_prompts_only_a_customer_that_has_not_accepted_the_mca() -> None:
    assert answer(changed(BASE, customer={"mca_accepted": False}), "mca_prompt") == ("yes", ("G7",))
    assert answer(changed(BASE, customer={"mca_accepted": True}), "mca_prompt") == ("not_stated", ("G7",))


def test_g8_only_a_global_admin_accepts() -> None:
    assert answer(BASE, "acceptance") == ("yes", ("G8",))
    assert answer(changed(BASE, customer={"accepting_user_is_global_admin": False}), "acceptance") == (
        "no",
        ("G8",),
    )


@pytest.mark.parametrize(
    ("cloud", "portal"),
    [
        ("public", "microsoft_365_admin_center"),
        ("us_government", "microsoft_office_admin_portal"),
        ("germany", "microsoft_office_admin_portal"),
    ],
)
def test_g9_the_portal_of_each_cloud(cloud: str, portal: str) -> None:
    assert answer(changed(BASE, cloud=cloud), "acceptance_portal") == (portal, ("G9",))


def test_g9_the_two_national_clouds_share_a_portal_but_each_reason_names_its_own_cloud() -> None:
    us, germany = (
        render(evaluate(changed(BASE, cloud=c)).verdict("acceptance_portal").reason)
        for c in ("us_government", "germany")
    )
    assert "US Government" in us and "Germany" not in us
    assert "Germany" in germany and "US Government" not in germany


def test_g10_duties_after_revocation_and_what_is_not_stated() -> None:
    scenario = revoked(
        BASE, False, "manage_services", "manage_users", "manage_azure_subscriptions", "open_service_request"
    )
    assert answer(scenario, "support_duty") == ("yes", ("G10",))
    assert answer(scenario, "binding_agreement") == ("microsoft_partner_agreement", ("G10",))
    assert answer(scenario, "after_revocation.open_service_request") == ("allowed", ("G10",))
    assert answer(scenario, "after_revocation.manage_services") == ("blocked", ("G2",))
    assert answer(scenario, "after_revocation.manage_users") == ("blocked", ("G2",))
    assert answer(scenario, "after_revocation.manage_azure_subscriptions") == ("not_stated", ("G3",))
    again = revoked(BASE, True, "open_service_request")
    assert answer(again, "support_duty") == ("not_stated", ("G10",))
    assert answer(again, "binding_agreement") == ("not_stated", ("G10",))
    # The service request is stated "in this situation", before any renegotiation.
    assert answer(again, "after_revocation.open_service_request") == ("not_stated", ("G10",))
    # Worldwide, nothing is said of the account and the commercial relationship.
    assert answer(scenario, "relationship_in_force") == ("not_stated", ())


def test_v1_says_when_to_use_the_request_never_who_may_send_it() -> None:
    """The 21Vianet page names no role and no place: V1's situations are named, and the answer stays
    Not stated (silence is not a Yes); the flow goes on."""
    for arrangement in ("multi_partner", "multi_channel"):
        beside = evaluate(changed(VIANET, customer={"partners": [], "arrangement": arrangement})).verdict(
            "may_send"
        )
        assert (beside.outcome, beside.rules) == ("not_stated", ("V1",))
        assert "multi-partner or multi-channel" in render(beside.reason)
    back = changed(
        VIANET, partner={"needs_dap_back": True}, customer={"partners": [], "arrangement": "neither"}
    )
    assert "need them again" in render(evaluate(back).verdict("may_send").reason)
    alone = evaluate(changed(VIANET, customer={"partners": [], "arrangement": "neither"})).verdict("may_send")
    assert alone.outcome == "not_stated"
    assert "does not say that a request is refused" in render(alone.reason)
    assert RULES["V1"].gives == frozenset({"not_stated"})


def test_companion_rules_decide_the_indirect_model_never_v1() -> None:
    reseller = changed(VIANET, partner={"model": "indirect_reseller"})
    assert answer(reseller, "may_send") == ("no", ("MC2",))
    forwards = changed(reseller, request={"provider_invitation": True})
    assert answer(forwards, "may_send") == ("yes", ("MC2",))
    provider = changed(
        VIANET, partner={"model": "indirect_provider"}, customer={"partners": [], "arrangement": "neither"}
    )
    assert answer(provider, "may_send") == ("yes", ("MC1",))
    assert answer(changed(BASE, partner={"model": "indirect_reseller"}), "may_send") == ("yes", ("G1", "G5"))


def test_v2_the_request_always_includes_dap() -> None:
    assert answer(VIANET, "permission_option") == ("yes", ("V2",))
    assert answer(changed(VIANET, request={"include_dap": False}), "permission_option") == ("no", ("V2",))


def test_v3_a_partner_that_was_not_the_original_reseller_receives_no_invoice() -> None:
    original = with_actions(changed(VIANET, partner={"original_reseller": True}), "expect_invoice")
    assert answer(original, "action.expect_invoice") == ("not_stated", ("V3",))  # the source does not say
    newcomer = changed(original, partner={"original_reseller": False})
    assert answer(newcomer, "action.expect_invoice") == ("no", ("V3",))  # a question: Yes or No


@pytest.mark.parametrize(
    "action",
    [
        "remove_seats",
        "order_addons",
        "transition_subscriptions",
        "migrate_subscriptions",
        "change_partner_of_record",
    ],
)
def test_v4_restricts_the_newcomer_and_says_nothing_of_the_original_reseller(action: str) -> None:
    newcomer = with_actions(changed(VIANET, partner={"original_reseller": False}), action)
    assert answer(newcomer, f"action.{action}") == ("blocked", ("V4",))
    original = with_actions(changed(VIANET, partner={"original_reseller": True}), action)
    assert answer(original, f"action.{action}") == ("not_stated", ("V4",))


def test_v5_v6_the_link_of_the_21vianet_email() -> None:
    assert answer(VIANET, "invitation_link") == ("yes", ("V5",))
    assert answer(changed(VIANET, request={"link_reused": True}), "invitation_link") == ("yes", ("V5", "V6"))
    altered = changed(VIANET, request={"link_intact": False, "link_reused": True})
    assert answer(altered, "invitation_link") == ("no", ("V5",))
    assert answer(altered, "acceptance") == ("not_stated", ("V5",))


def test_v7_where_the_customer_accepts_and_who_is_not_stated() -> None:
    assert answer(VIANET, "acceptance_portal") == ("office_365_admin_center_21vianet", ("V7",))
    assert answer(VIANET, "acceptance") == ("yes", ("V7",))
    other = evaluate(changed(VIANET, customer={"accepting_user_is_global_admin": False})).verdict(
        "acceptance"
    )
    assert other.outcome == "not_stated"  # never Yes, never No: the 21Vianet source does not say who accepts
    assert "worldwide source requires a global admin" in render(other.reason)


def test_v8_partner_review_and_not_stated_worldwide() -> None:
    assert answer(VIANET, "partner_review") == ("yes", ("V8",))
    assert answer(BASE, "partner_review") == ("not_stated", ())
    assert (
        render(evaluate(BASE).verdict("partner_review").reason)
        == "This edition's source says nothing about this."
    )


def _limit(
    services: list[str], held: list[str], arrangement: str = "multi_channel", csp: bool = True
) -> tuple[str, tuple[str, ...]]:
    scenario = changed(
        VIANET,
        partner={"services": services},
        customer={
            "arrangement": arrangement,
            "partners": [{"name": "Northwind", "transacts_in_csp": csp, "dap_services": held}],
        },
    )
    return answer(scenario, "multichannel_limit")


def test_v9_applies_only_in_the_multichannel_model_and_compares_overlap() -> None:
    assert _limit(["office_365"], ["office_365"]) == ("no", ("V9",))
    assert _limit(["exchange_online"], ["office_365"]) == ("no", ("V9",))  # a part of the suite
    assert _limit(["office_365"], ["teams"]) == ("no", ("V9",))  # the suite of a part
    assert _limit(["exchange_online"], ["sharepoint_online"]) == ("yes", ("V9",))
    assert _limit(["office_365"], ["office_365"], csp=False) == ("yes", ("V9",))
    assert _limit(["office_365"], ["office_365"], arrangement="multi_partner") == ("not_stated", ("V9",))
    assert _limit(["office_365"], ["office_365"], arrangement="neither") == ("not_stated", ("V9",))
    unknown = _limit(["office_365"], ["office_365"], arrangement="unknown")
    assert unknown == ("not_stated", ("V9",))


def test_v9_does_not_claim_a_customer_of_unknown_arrangement_is_outside_the_model() -> None:
    def reason(arrangement: str) -> str:
        scenario = changed(VIANET, customer={"arrangement": arrangement})
        return render(evaluate(scenario).verdict("multichannel_limit").reason)

    assert reason("unknown") != reason("neither") == reason("multi_partner")
    assert "not in it" in reason("neither") and "not in it" not in reason("unknown")


def test_v9_names_the_overlapping_services_in_the_reason() -> None:
    scenario = changed(
        VIANET,
        partner={"services": ["exchange_online"]},
        customer={
            "arrangement": "multi_channel",
            "partners": [{"name": "N", "transacts_in_csp": True, "dap_services": ["office_365", "azure"]}],
        },
    )
    reason = render(evaluate(scenario).verdict("multichannel_limit").reason)
    assert (
        "a service you take on (Exchange Online)" in reason
        and "Office 365" not in reason
        and "Azure" not in reason
    )


def test_services_overlap_by_suite_and_part() -> None:
    assert overlaps_with("teams") == {"teams", "office_365"}
    assert overlaps_with("office_365") == {"office_365", "exchange_online", "sharepoint_online", "teams"}
    assert overlaps_with("azure") == {"azure"}


def test_v9_names_every_service_another_csp_partner_overlaps_and_ignores_partners_outside_csp() -> None:
    scenario = changed(
        VIANET,
        partner={"services": ["teams", "azure", "intune"]},
        customer={
            "arrangement": "multi_channel",
            "partners": [
                {"name": "A", "transacts_in_csp": True, "dap_services": ["azure"]},
                {"name": "B", "transacts_in_csp": False, "dap_services": ["intune"]},
                {"name": "C", "transacts_in_csp": True, "dap_services": ["office_365"]},
            ],
        },
    )
    verdict = evaluate(scenario).verdict("multichannel_limit")
    assert (verdict.outcome, verdict.rules) == ("no", ("V9",))
    reason = render(verdict.reason)
    # the same service held by another partner is what the source says, and is named first
    assert "(Azure)" in reason, reason
    assert "Intune" not in reason and "reading" not in reason
    assert [g.kind for g in verdict.grounds] == ["source"]


def test_v9_a_suite_and_its_part_count_as_one_service_as_this_sites_reading() -> None:
    scenario = changed(
        VIANET,
        partner={"services": ["teams"]},
        customer={
            "arrangement": "multi_channel",
            "partners": [{"name": "C", "transacts_in_csp": True, "dap_services": ["office_365"]}],
        },
    )
    verdict = evaluate(scenario).verdict("multichannel_limit")
    assert (verdict.outcome, verdict.rules) == ("no", ("V9",))
    assert "a service you take on (Microsoft Teams)" in render(verdict.reason)
    assert "This site's reading" in render(verdict.reason)
    assert [g.kind for g in verdict.grounds] == ["reading"]


def test_v10_and_what_it_does_not_mention() -> None:
    scenario = with_actions(
        VIANET, "provision", "manage_services", "manage_azure_subscriptions", "manage_users"
    )
    for action in ("provision", "manage_azure_subscriptions"):
        assert answer(scenario, f"action.{action}") == ("allowed", ("V10",))
    # V10 speaks of CSP subscriptions, not of the customer's services or users
    assert answer(scenario, "action.manage_services") == ("not_stated", ("V10",))
    assert answer(scenario, "action.manage_users") == ("not_stated", ("V10",))


def test_v11_duties_stay_and_what_the_partner_may_still_do_is_not_stated() -> None:
    scenario = revoked(VIANET, False, "manage_services", "manage_azure_subscriptions", "open_service_request")
    assert answer(scenario, "support_duty") == ("yes", ("V11",))
    assert answer(scenario, "binding_agreement") == ("china_csp_reseller_agreement", ("V11",))
    assert answer(scenario, "after_revocation.manage_services") == ("not_stated", ("V11",))
    assert answer(scenario, "after_revocation.open_service_request") == ("not_stated", ())
    assert answer(scenario, "relationship_in_force") == ("yes", ("V11",))
    # "unless renegotiated" belongs to the account and the commercial relationship, not to the duties
    again = revoked(VIANET, True)
    assert answer(again, "relationship_in_force") == ("not_stated", ("V11",))
    assert answer(again, "support_duty") == ("yes", ("V11",))
    assert answer(again, "binding_agreement") == ("china_csp_reseller_agreement", ("V11",))


def test_managing_azure_after_revocation_is_not_stated_in_either_edition() -> None:
    for base in (BASE, VIANET):
        scenario = revoked(base, False, "manage_azure_subscriptions")
        assert answer(scenario, "after_revocation.manage_azure_subscriptions")[0] == "not_stated"


def test_worldwide_actions_no_rule_covers_are_not_stated() -> None:
    scenario = with_actions(BASE, "remove_seats", "expect_invoice")
    for action in ("remove_seats", "expect_invoice"):
        verdict = evaluate(scenario).verdict(f"action.{action}")
        assert (verdict.outcome, verdict.rules) == ("not_stated", ())


# --- expectations --------------------------------------------------------------------------------------


def test_expectations_compare_outcome_and_rules_of_verdicts() -> None:
    scenario = copy.deepcopy(BASE)
    scenario["expect"]["may_send"] = "yes by G1"
    verdict = evaluate(scenario).verdict("may_send")
    assert (verdict.expected, verdict.expected_rules, verdict.matches) == ("yes", ("G1",), False)
    scenario["expect"]["may_send"] = "yes by G5, G1"
    assert evaluate(scenario).verdict("may_send").matches
    scenario["expect"]["may_send"] = "no by G1, G5"
    assert not evaluate(scenario).verdict("may_send").matches


def test_expectations_of_non_verdicts_compare_the_outcome_only() -> None:
    scenario = copy.deepcopy(BASE)
    scenario["expect"]["mca_prompt"] = "not_stated"
    verdict = evaluate(scenario).verdict("mca_prompt")
    assert verdict.rules == ("G7",) and verdict.matches
    scenario["expect"]["mca_prompt"] = "not_reached"
    assert not evaluate(scenario).verdict("mca_prompt").matches


def test_expectations_of_details_compare_the_value() -> None:
    scenario = copy.deepcopy(BASE)
    scenario["expect"]["acceptance_portal"] = "microsoft_office_admin_portal by G9"
    assert not evaluate(scenario).verdict("acceptance_portal").matches
    scenario["expect"]["acceptance_portal"] = "microsoft_365_admin_center by G9"
    assert evaluate(scenario).verdict("acceptance_portal").matches


def test_an_invalid_mapping_raises_with_its_problems() -> None:
    with pytest.raises(InvalidScenario) as caught:
        evaluate({"id": "x"})
    assert any(render(p.message) == "the required field “edition” is missing" for p in caught.value.problems)
    problems = caught.value.problems
    assert str(caught.value) == f"not a valid scenario: {len(problems)} problem(s)"
    assert {str(p.path) for p in problems} == {"<memory>"}
    assert "" in {p.pointer for p in problems}  # the missing fields belong to the whole document
    with pytest.raises(InvalidScenario) as caught:
        evaluate(changed(BASE, partner={"role": "owner"}))
    assert [p.pointer for p in caught.value.problems] == ["/partner/role"]


def test_each_answer_points_at_its_expectation_in_the_file() -> None:
    scenario = revoked(with_actions(BASE, "manage_users"), False, "manage_services")
    evaluation = evaluate(scenario)
    assert evaluation.edition == "global" and evaluate(VIANET).edition == "21vianet"
    assert evaluation.verdict("may_send").pointer == "/expect/may_send"
    assert evaluation.verdict("action.manage_users").pointer == "/after_acceptance/manage_users"
    assert evaluation.verdict("support_duty").pointer == "/revocation/expect/support_duty"
    assert (
        evaluation.verdict("after_revocation.manage_services").pointer == "/revocation/then/manage_services"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (None, (None, ())),
        ("not_stated", ("not_stated", ())),
        ("yes by G1", ("yes", ("G1",))),
        ("no by V4, V9", ("no", ("V4", "V9"))),
    ],
)
def test_an_expectation_reads_as_an_outcome_and_the_rules_named(
    text: str | None, expected: tuple[str | None, tuple[str, ...]]
) -> None:
    assert parse_expectation(text) == expected


def test_the_facts_mirror_the_scenario() -> None:
    scenario = changed(VIANET, customer={"country": "HK", "region": "greater_china"})
    facts = read_facts(scenario)
    assert (facts["partner_country"], facts["customer_country"]) == ("CN", "HK")
    assert [o["name"] for o in facts["others"]] == ["Northwind Traders"]
    assert facts["link_reused"] is False and facts["renegotiated"] is False and "revoked" not in facts
    again = read_facts(changed(revoked(scenario, True), request={"link_reused": True}))
    assert again["link_reused"] is True and again["renegotiated"] is True


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
    doc = yaml_document.load(text)
    assert doc is not None and doc.data == {"x": data}


VERDICT_OUTCOMES = ("yes", "no", "allowed", "blocked")  # the verdicts; a value names a portal or an agreement


def _well_formed(scenario: Mapping[str, Any], evaluation: ScenarioEvaluation) -> None:
    stopped = False
    for verdict in evaluation.verdicts:
        assert verdict.outcome in (*VERDICT_OUTCOMES, *NON_VERDICTS, *VALUE_NAMES)
        if verdict.outcome in VALUE_NAMES:
            assert verdict.key in ("acceptance_portal", "binding_agreement")
        elif verdict.outcome in VERDICT_OUTCOMES:
            # each key in its kind: an action is Allowed or Blocked, a question (the invoice too) Yes or No
            is_action = flow.kind_of(verdict.key) == "allowed_blocked"
            assert (verdict.outcome in ("allowed", "blocked")) == is_action
        assert len(verdict.reasons) == max(1, len(verdict.rules))
        # every answer says what it rests on: one ground per deciding rule, or why there is none
        assert len(verdict.grounds) == max(1, len(verdict.rules))
        assert [g.rule for g in verdict.grounds if g.rule] == list(verdict.rules)
        if verdict.outcome == "not_reached":
            assert [g.kind for g in verdict.grounds] == ["not_reached"]
        # a plain Yes or No never rests on nothing
        if verdict.outcome in VERDICT_OUTCOMES:
            assert all(g.kind in ("source", "reading") for g in verdict.grounds), verdict
        for rule_id in verdict.rules:
            assert scenario["edition"] == RULES[rule_id].edition
            assert verdict.key in RULES[rule_id].keys
        for reason in verdict.reasons:
            for lang in ("en", "ru"):
                assert "%(" not in render(reason, lang)
        if verdict.outcome == "not_reached":
            assert verdict.rules == () and stopped
        if verdict.key == "acceptance" and verdict.outcome != "yes":
            stopped = True
        if verdict.key in ("may_send", "permission_option") and verdict.outcome == "no":
            stopped = True


@FAST
@given(scenarios())
def test_every_answer_on_a_random_valid_scenario_is_well_formed(scenario: dict[str, Any]) -> None:
    _well_formed(scenario, evaluate(scenario))


@pytest.mark.parametrize("base", [BASE, VIANET], ids=["worldwide", "21vianet"])
def test_the_link_rule_says_which_email_went_out_and_why_a_changed_link_leaves_acceptance_open(
    base: dict[str, Any],
) -> None:
    def reasons(**request: bool) -> tuple[str, str]:
        result = evaluate(changed(base, request=request))
        return render(result.verdict("invitation_link").reason), render(
            result.verdict("acceptance").reasons[-1]
        )

    edited, _ = reasons(email_edited=True, link_intact=True)
    unchanged, _ = reasons(email_edited=False, link_intact=True)
    assert "edited" in edited and "edited" not in unchanged
    link, acceptance = reasons(email_edited=False, link_intact=False)
    assert "changed the" in link and "not stated" in link
    assert "was changed" in acceptance and "can still accept is not stated" in acceptance


# --- the flow's data: each key answered in its kind ------------------------------------------------------


@dataclass(frozen=True)
class _Saying:
    """A stand-in rule that gives one finding, whatever the key."""

    id: str
    finding: Finding

    def check_data(self, data: Mapping[str, Any]) -> Finding:
        return self.finding


@pytest.mark.parametrize(
    ("key", "stance", "value", "outcome"),
    [
        ("may_send", "for", None, "yes"),
        ("may_send", "against", None, "no"),
        ("acceptance_portal", "for", "microsoft_365_admin_center", "microsoft_365_admin_center"),
        ("acceptance_portal", "unknown", None, "not_stated"),
        ("binding_agreement", "silent", None, "not_stated"),
        ("action.provision", "for", None, "allowed"),
        ("after_revocation.manage_users", "against", None, "blocked"),
        # a question answered with a value is never No nor Blocked, nor a plain Yes
        ("acceptance_portal", "against", None, None),
        ("binding_agreement", "for", None, None),
    ],
)
def test_each_key_is_answered_in_its_kind(
    monkeypatch: pytest.MonkeyPatch, key: str, stance: Stance, value: str | None, outcome: str | None
) -> None:
    rule = _Saying("X1", Finding(stance, Message("why"), value))
    monkeypatch.setattr(engine, "deciders", lambda edition, key: (rule,))
    facts = {"edition": "global"}
    if outcome is None:
        with pytest.raises(ValueError, match="X1"):
            engine.decide(facts, key, flow.kind_of(key))
    else:
        decided = engine.decide(facts, key, flow.kind_of(key))
        assert decided[:3] == (outcome, ("X1",), (Message("why"),))


def test_every_key_of_the_flow_has_its_place_kind_and_label() -> None:
    assert [
        step.key for step in flow.steps(revoked(with_actions(BASE, "provision"), False, "manage_users"))
    ] == [
        *QUESTIONS,
        "action.provision",
        *REVOCATION_QUESTIONS,
        "after_revocation.manage_users",
    ]
    assert flow.place("action.provision") == (flow.SECTIONS[1], "provision")
    assert flow.place("binding_agreement") == (flow.SECTIONS[2], "binding_agreement")
    assert {k for k in [*QUESTIONS, *REVOCATION_QUESTIONS] if flow.kind_of(k) == "value"} == {
        "acceptance_portal",
        "binding_agreement",
    }
    assert set(flow.QUESTIONS) == set(QUESTIONS) and set(flow.REVOCATION_QUESTIONS) == set(
        REVOCATION_QUESTIONS
    )
    assert list(flow.QUESTIONS) == list(QUESTIONS)
    assert (
        render(label("after_revocation.manage_users"))
        == "After revocation: manage the customer's users and licences"
    )
    with pytest.raises(KeyError):
        flow.place("nowhere.else")
    assert flow.expectation("no", ("V4", "V9")) == "no by V4, V9"
    assert flow.expectation("not_stated", ("V1",)) == "not_stated"
    assert parse_expectation(flow.expectation("yes", ("G1", "G5"))) == ("yes", ("G1", "G5"))
