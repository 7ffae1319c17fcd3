"""Hypothesis strategies shared by the checker's tests and the browser's: random valid scenarios."""

from __future__ import annotations

import copy
from typing import Any

import yaml
from hypothesis import strategies as st

from relcheck.vocab.enums import ACTIONS_AFTER_REVOCATION as AFTER_REVOCATION
from relcheck.vocab.enums import REQUEST_SWITCHES
from relcheck.vocab.labels import ACTIONS
from tests.support import SCENARIOS

BASE = yaml.safe_load((SCENARIOS / "global-public-edited-email.yaml").read_text(encoding="utf-8"))

ROLES = [
    "admin_agent",
    "global_admin",
    "billing_admin",
    "sales_agent",
    "helpdesk_agent",
    "user_management_admin",
]
SERVICES = ["office_365", "exchange_online", "azure", "teams"]
COUNTRIES = {"ES": "europe", "FR": "europe", "CN": "greater_china", "US": "north_america"}


@st.composite
def scenarios(draw: st.DrawFn) -> dict[str, Any]:
    edition = draw(st.sampled_from(["global", "21vianet"]))
    cloud = (
        "21vianet" if edition == "21vianet" else draw(st.sampled_from(["public", "us_government", "germany"]))
    )
    scenario: dict[str, Any] = copy.deepcopy(BASE)
    scenario.update(edition=edition, cloud=cloud)
    partner_country = draw(st.sampled_from(sorted(COUNTRIES)))
    customer_country = draw(st.sampled_from(sorted(COUNTRIES)))
    scenario["partner"].update(
        role=draw(st.sampled_from(ROLES)),
        model=draw(st.sampled_from(["direct", "indirect_provider", "indirect_reseller"])),
        original_reseller=draw(st.booleans()),
        services=draw(st.lists(st.sampled_from(SERVICES), unique=True, max_size=3)),
        country=partner_country,
        region=COUNTRIES[partner_country],
    )
    scenario["customer"].update(
        country=customer_country,
        region=COUNTRIES[customer_country],
        arrangement=draw(st.sampled_from(["multi_partner", "multi_channel", "neither", "unknown"])),
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
    scenario["request"] = {k: draw(st.booleans()) for k in REQUEST_SWITCHES}
    # the optional inputs: left out (their documented reading) or given either way
    if draw(st.booleans()):
        scenario["partner"]["needs_dap_back"] = draw(st.booleans())
    if draw(st.booleans()):
        scenario["customer"]["accepts_mca_when_prompted"] = draw(st.booleans())
    scenario["after_acceptance"] = {
        a: "not_stated"
        for a in draw(st.lists(st.sampled_from(sorted(ACTIONS)), unique=True))
        if a != "open_service_request"
    }
    if draw(st.booleans()):
        scenario["revocation"] = {
            "renegotiated": draw(st.booleans()),
            "expect": {
                "relationship_in_force": "not_stated",
                "support_duty": "not_stated",
                "binding_agreement": "not_stated",
            },
            "then": {
                a: "not_stated"
                for a in draw(st.lists(st.sampled_from(AFTER_REVOCATION), unique=True, min_size=1))
            },
        }
    return scenario
