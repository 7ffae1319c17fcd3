"""A typed, read-only view of a valid scenario: what the rules look at."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class OtherPartner:
    name: str
    transacts_in_csp: bool
    dap_services: frozenset[str]


@dataclass(frozen=True)
class Facts:
    edition: str
    cloud: str
    role: str
    partner_country: str
    partner_region: str
    model: str
    original_reseller: bool
    services: frozenset[str]
    customer_country: str
    customer_region: str
    arrangement: str  # multi_partner, multi_channel, neither or unknown
    accepting_user_is_global_admin: bool
    mca_accepted: bool
    others: tuple[OtherPartner, ...]
    include_dap: bool
    azure_only: bool
    email_edited: bool
    link_intact: bool
    link_reused: bool
    revoked: bool
    renegotiated: bool

    @classmethod
    def from_scenario(cls, s: Mapping[str, Any]) -> Facts:
        p, c, r = s["partner"], s["customer"], s["request"]
        revocation = s.get("revocation")
        return cls(
            edition=s["edition"],
            cloud=s["cloud"],
            role=p["role"],
            partner_country=p["country"],
            partner_region=p["region"],
            model=p["model"],
            original_reseller=p["original_reseller"],
            services=frozenset(p["services"]),
            customer_country=c["country"],
            customer_region=c["region"],
            arrangement=c["arrangement"],
            accepting_user_is_global_admin=c["accepting_user_is_global_admin"],
            mca_accepted=c["mca_accepted"],
            others=tuple(
                OtherPartner(o["name"], o["transacts_in_csp"], frozenset(o["dap_services"]))
                for o in c["partners"]
            ),
            include_dap=r["include_dap"],
            azure_only=r["azure_only"],
            email_edited=r["email_edited"],
            link_intact=r["link_intact"],
            link_reused=r.get("link_reused", False),
            revoked=revocation is not None,
            renegotiated=bool(revocation and revocation["renegotiated"]),
        )
