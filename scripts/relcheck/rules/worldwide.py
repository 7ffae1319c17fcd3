"""The rules of Partner Center worldwide (the ``global`` edition): G1–G10."""

from __future__ import annotations

from relcheck.facts import Facts
from relcheck.i18n import N_
from relcheck.labels import CLOUDS, ROLES
from relcheck.result import Message
from relcheck.rules import (
    PORTALS,
    Finding,
    action_label,
    allow,
    block,
    duties_after_revocation,
    invitation_link,
    rule,
)

_MANAGE = ("action.manage_services", "action.manage_users")

# --- worldwide (global edition) -----------------------------------------------------------------


@rule(
    "G1",
    N_(
        "Only a partner user with the Admin agent or Global admin role in Partner Center can request a reseller relationship."
    ),
    "may_send",
)
def _g1(f: Facts, key: str) -> Finding:
    role = Message(ROLES[f.role])
    if f.role in ("admin_agent", "global_admin"):
        return allow(N_("Your Partner Center role, %(role)s, may request reseller relationships."), role=role)
    return block(
        N_(
            "Your Partner Center role, %(role)s, cannot request a reseller relationship: ask a colleague who is an Admin agent or a Global admin."
        ),
        role=role,
    )


@rule(
    "G2",
    N_(
        "Managing a customer's service or subscription on its behalf takes both administrator permissions granted by the customer and the customer's signature on the Microsoft Customer Agreement."
    ),
    *_MANAGE,
)
def _g2(f: Facts, key: str) -> Finding:
    if f.include_dap:
        return allow(
            N_(
                "The customer grants you administrator permissions with this request and signs the Microsoft Customer Agreement, so you may manage on its behalf."
            )
        )
    return block(
        N_(
            "Your request leaves administrator permissions out, so the customer grants you none: you cannot manage its services or users on its behalf."
        )
    )


@rule(
    "G3",
    N_(
        "A reseller relationship used only to manage the Azure subscriptions you provision needs no administrator permissions."
    ),
    "permission_option",
    "action.manage_azure_subscriptions",
    "after_revocation.manage_azure_subscriptions",
)
def _g3(f: Facts, key: str) -> Finding | None:
    if key != "permission_option":
        return allow(
            N_(
                "The Azure subscriptions you provision yourself can be managed without administrator permissions."
            )
        )
    if f.include_dap:
        return None
    if f.azure_only:
        return allow(
            N_(
                "You only mean to manage the Azure subscriptions you provision, and that needs no administrator permissions."
            )
        )
    return block(
        N_(
            "A request without administrator permissions only suits a partner who manages nothing but the Azure subscriptions it provisions; you mean to do more, so include delegated administration privileges."
        )
    )


@rule(
    "G4",
    N_(
        "In Microsoft Cloud for US Government and Microsoft Cloud Germany a request must include delegated administration privileges."
    ),
    "permission_option",
)
def _g4(f: Facts, key: str) -> Finding | None:
    if f.cloud not in ("us_government", "germany"):
        return None
    cloud = Message(CLOUDS[f.cloud])
    if f.include_dap:
        return allow(
            N_("In %(cloud)s a request must include delegated administration privileges, and yours does."),
            cloud=cloud,
        )
    return block(
        N_(
            "In %(cloud)s a request without delegated administration privileges is not offered: keep the option to include them."
        ),
        cloud=cloud,
    )


@rule(
    "G5",
    N_("You can request a reseller relationship with a customer in your own country or in your region."),
    "may_send",
)
def _g5(f: Facts, key: str) -> Finding:
    if f.customer_country == f.partner_country:
        return allow(N_("The customer is in your own country, %(country)s."), country=f.customer_country)
    if f.customer_region == f.partner_region:
        return allow(
            N_("The customer, in %(customer)s, is in the same region as you, in %(partner)s."),
            customer=f.customer_country,
            partner=f.partner_country,
        )
    return block(
        N_(
            "The customer, in %(customer)s, is neither in your country, %(partner)s, nor in your region, so you cannot request the relationship."
        ),
        customer=f.customer_country,
        partner=f.partner_country,
    )


@rule(
    "G6",
    N_(
        "In Partner Center, Customers > Request a reseller relationship prepares an email: keep or clear the option for delegated administration privileges, edit the text if you like, but keep the personalised link."
    ),
    "permission_option",
    "invitation_link",
    "action.provision",
)
def _g6(f: Facts, key: str) -> Finding | None:
    if key == "permission_option":
        if not f.include_dap:
            return None
        return allow(
            N_(
                "You kept the option to include delegated administration privileges for Azure Active Directory and Office 365."
            )
        )
    if key == "action.provision":
        return allow(
            N_(
                "Once the customer accepts, it appears on your Customers page, where you manage its account, services, users and licences."
            )
        )
    return invitation_link(
        f,
        N_(
            "The personalised link in the email was changed, so the customer cannot accept through it: send the link exactly as Partner Center wrote it."
        ),
        N_("You edited the text of the email but kept its personalised link, which is allowed."),
        N_("The email goes out as Partner Center wrote it, personalised link included."),
    )


@rule(
    "G7",
    N_(
        "A customer that has not accepted the Microsoft Customer Agreement yet is asked to accept it when it accepts the invitation."
    ),
    "acceptance",
)
def _g7(f: Facts, key: str) -> Finding | None:
    if f.mca_accepted:
        return None
    return allow(
        N_(
            "The customer has not accepted the Microsoft Customer Agreement yet; it is asked to accept it while accepting your invitation."
        )
    )


@rule("G8", N_("The customer's user who accepts the invitation must be a global admin."), "acceptance")
def _g8(f: Facts, key: str) -> Finding:
    if f.accepting_user_is_global_admin:
        return allow(N_("The customer's user who accepts is a global admin."))
    return block(
        N_(
            "The customer's user who would accept is not a global admin, so the acceptance fails: ask the customer to have a global admin accept."
        )
    )


@rule(
    "G9",
    N_(
        "The customer accepts in the Microsoft 365 admin center in the public cloud, and in the Microsoft Office admin portal in Microsoft Cloud for US Government and Microsoft Cloud Germany."
    ),
    "acceptance",
)
def _g9(f: Facts, key: str) -> Finding:
    portal = Message(PORTALS[f.cloud])
    return allow(
        N_("In %(cloud)s the customer accepts in the %(portal)s."),
        portal,
        cloud=Message(CLOUDS[f.cloud]),
        portal=portal,
    )


@rule(
    "G10",
    N_(
        "After a customer removes your administrator permissions you stay responsible for support and for the terms of the Microsoft Partner Agreement until it is renegotiated, and you can still open a service request with Microsoft support on the customer's behalf."
    ),
    "duties_after_revocation",
    "after_revocation.manage_services",
    "after_revocation.manage_users",
    "after_revocation.open_service_request",
)
def _g10(f: Facts, key: str) -> Finding | None:
    if key == "duties_after_revocation":
        return duties_after_revocation(
            f,
            N_(
                "The customer removed your administrator permissions, yet until you renegotiate you remain responsible for its support and for the terms of the Microsoft Partner Agreement."
            ),
        )
    if key == "after_revocation.open_service_request":
        return allow(
            N_(
                "Even without administrator permissions you can call Microsoft support and open a service request on the customer's behalf."
            )
        )
    return block(
        N_("The customer removed your administrator permissions, so you can no longer %(action)s."),
        action=action_label(key),
    )
