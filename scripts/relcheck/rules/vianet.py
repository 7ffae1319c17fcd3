"""The rules of Partner Center operated by 21Vianet (the ``21vianet`` edition): V1–V11.

Source: Microsoft's page of 29 October 2018. Each rule gives an answer only where that page does.
"""

from __future__ import annotations

from relcheck.facts import Facts
from relcheck.i18n import N_
from relcheck.labels import services_list
from relcheck.rules.base import (
    Finding,
    LinkTexts,
    Rule,
    RuleBook,
    grant,
    invitation_link,
    refuse,
    silent,
    value,
)
from relcheck.services import overlapping

BOOK = RuleBook("21vianet", "request-reseller-relationship-21vianet.md")
_SUBSCRIPTION_ACTIONS = (
    "action.remove_seats",
    "action.order_addons",
    "action.transition_subscriptions",
    "action.migrate_subscriptions",
    "action.change_partner_of_record",
)


def _v1(f: Facts, key: str) -> Finding:
    if f.others or f.arrangement in ("multi_partner", "multi_channel"):
        return grant(
            N_(
                "The customer works with other partners, or with 21Vianet directly: the situation the request is made for."
            )
        )
    return silent(
        N_(
            "The source says when to use the request: beside other partners, or when the customer gave delegated administrative privileges to another partner and you need such privileges again. It does not say that a request is refused in other cases."
        )
    )


def _v2(f: Facts, key: str) -> Finding:
    if f.include_dap:
        return grant(
            N_(
                "Your request includes delegated administrative privileges, as every request in this edition does."
            )
        )
    return refuse(
        N_(
            "In this edition the request always includes delegated administrative privileges: they cannot be left out."
        )
    )


def _v3(f: Facts, key: str) -> Finding:
    if f.original_reseller:
        return grant(
            N_("You are the original reseller of the customer's subscriptions, so you are billed for them.")
        )
    return refuse(
        N_(
            "You are not the original reseller of these subscriptions: the invoice goes to the original reseller."
        )
    )


def _v4(f: Facts, key: str) -> Finding:
    if f.original_reseller:
        return silent(
            N_(
                "The source limits a partner that is not the original reseller; it does not say what the original reseller may do."
            )
        )
    return refuse(
        N_(
            "A partner that is not the original reseller of the subscriptions cannot do this, and you are not."
        )
    )


_V5_LINK = LinkTexts(
    changed=N_(
        "You changed the link, and the instructions say to leave it exactly as it is. What happens then is not stated."
    ),
    acceptance_open=N_(
        "The link was changed. The source says to leave it exactly as it is, but not what happens otherwise, so whether the customer can still accept is not stated."
    ),
    edited=N_("You edited the first paragraphs of the email and left the link exactly as it was."),
    unchanged=N_("The email keeps its link exactly as it was given."),
)


def _v5(f: Facts, key: str) -> Finding | None:
    return invitation_link(f, key, _V5_LINK)


def _v6(f: Facts, key: str) -> Finding | None:
    if not f.link_reused:
        return None
    return grant(
        N_(
            "Reusing the link is fine: it belongs to your reseller account, carries no customer data, and serves every customer."
        )
    )


def _v7(f: Facts, key: str) -> Finding:
    if key == "acceptance_portal":
        return value(
            "office_365_admin_center_21vianet",
            N_(
                "The link takes the customer to the Office 365 admin center operated by 21Vianet, where it accepts."
            ),
        )
    if f.accepting_user_is_global_admin:
        return grant(N_("The customer follows the link and accepts your request."))
    return silent(
        N_(
            "The 21Vianet source does not say who at the customer may accept. The worldwide source requires a global admin, but that rule is not stated for this edition."
        )
    )


def _v8(f: Facts, key: str) -> Finding:
    return grant(
        N_(
            "Once it accepts, the customer sees all its partners per service on the Partner relationships page, and which of them hold delegated administrative privileges."
        )
    )


def _v9(f: Facts, key: str) -> Finding:
    if f.arrangement == "unknown":
        return silent(
            N_(
                "The limit applies in the multi-channel model, and the scenario does not say whether this customer is in it."
            )
        )
    if f.arrangement != "multi_channel":
        return silent(N_("The limit applies in the multi-channel model, and this customer is not in it."))
    for other in f.others:
        # name the partner's own services that the other's privileges overlap (Exchange Online under
        # another partner's Office 365), so that the reason speaks of what the partner takes on
        shared = overlapping(f.services, other.dap_services)
        if other.transacts_in_csp and shared:
            return refuse(
                N_(
                    "Another partner that transacts in CSP already holds delegated administrative privileges for a service you take on (%(services)s): only one such partner per service is possible."
                ),
                services=services_list(shared),
            )
    return grant(
        N_(
            "No other partner that transacts in CSP holds delegated administrative privileges for a service you take on."
        )
    )


def _v10(f: Facts, key: str) -> Finding:
    if key == "action.manage_users":
        return silent(
            N_(
                "The source says that you can provision and manage CSP subscriptions for the customer; it does not mention managing its users."
            )
        )
    return grant(
        N_(
            "Once the customer accepts, it is on your customer list and you can provision and manage CSP subscriptions for it."
        )
    )


def _v11(f: Facts, key: str) -> Finding:
    if key.startswith("after_revocation."):
        return silent(
            N_(
                "The source says what stays once the customer removes your delegated administrative privileges (the account, the commercial relationship, your duties), not what you may still do."
            )
        )
    if f.renegotiated:
        return silent(
            N_(
                "Your duties last unless you and the customer renegotiate; you have renegotiated, and what you agreed anew is not in the source."
            )
        )
    if key == "binding_agreement":
        return value(
            "china_csp_reseller_agreement",
            N_("Unless you renegotiate, the terms of the China CSP reseller agreement still bind you."),
        )
    return grant(
        N_(
            "The customer's account and your commercial relationship stay, and you remain responsible for the customer's support."
        )
    )


RULES: tuple[Rule, ...] = (
    BOOK.rule(
        "V1",
        statement=N_(
            "Request a reseller relationship when you work beside other resellers (multi-partner or multi-channel), or when the customer gave delegated administrative privileges to another partner and you need such privileges again to provision or support."
        ),
        says=N_(
            "When to use the request: you work beside other resellers in a multi-partner or multi-channel arrangement, or the customer gave delegated administrative privileges to another partner and you need such privileges again."
        ),
        decides=N_(
            "Can you send the request: Yes when the customer works with other partners or with 21Vianet directly."
        ),
        leaves=N_("Whether a request is refused in any other case: the source does not say."),
        keys=("may_send",),
        gives=("yes", "not_stated"),
        check=_v1,
    ),
    BOOK.rule(
        "V2",
        statement=N_(
            "In the 21Vianet edition a request grants delegated administrative privileges and nothing else, and it always includes them."
        ),
        says=N_(
            "The request adds delegated administrative privileges and nothing more: it does not make you the reseller of existing subscriptions (see V3 and V4)."
        ),
        decides=N_("Your permission choice: Yes with delegated administrative privileges, No without."),
        leaves=N_("Nothing."),
        keys=("permission_option",),
        gives=("yes", "no"),
        check=_v2,
    ),
    BOOK.rule(
        "V3",
        statement=N_("Only the original reseller of a subscription is billed for it."),
        says=N_("Unless you are the original reseller of a subscription, you get no invoice for it."),
        decides=N_("Expecting an invoice: Allowed for the original reseller, Blocked for anyone else."),
        leaves=N_("Nothing."),
        keys=("action.expect_invoice",),
        gives=("allowed", "blocked"),
        check=_v3,
    ),
    BOOK.rule(
        "V4",
        statement=N_(
            "A partner that is not the original reseller cannot remove seats, order add-ons, transition or migrate the subscriptions, or change the Partner of Record."
        ),
        says=N_(
            "A partner that comes in through this request cannot remove seats, order add-ons, transition or migrate the subscriptions, or change the Partner of Record. The source's sentence has no condition; we read it, with the billing sentence before it, as applying to a partner that is not the original reseller."
        ),
        decides=N_("Those five actions: Blocked for a partner that is not the original reseller."),
        leaves=N_("What the original reseller may do: the source does not say."),
        keys=_SUBSCRIPTION_ACTIONS,
        gives=("blocked", "not_stated"),
        check=_v4,
    ),
    BOOK.rule(
        "V5",
        statement=N_(
            "Copy the email from Customers > Request a reseller relationship; its first two paragraphs may be changed or deleted, the link must stay exactly as it is."
        ),
        says=N_(
            "Copy the email from Customers > Request a reseller relationship; you may edit or delete its first two paragraphs, but the link must stay exactly as it is."
        ),
        decides=N_("The email: Yes when the link is kept, No when it was changed."),
        leaves=N_(
            "What happens when the link was changed: whether the customer can still accept is not stated."
        ),
        keys=("invitation_link", "acceptance"),
        gives=("yes", "no", "not_stated"),
        check=_v5,
    ),
    BOOK.rule(
        "V6",
        statement=N_(
            "The link belongs to your reseller account, holds no customer data, and the same link serves every customer."
        ),
        says=N_(
            "The link belongs to your reseller account, carries no customer data, and can be reused for every customer."
        ),
        decides=N_("The email: Yes when you reuse the same link."),
        leaves=N_("Nothing."),
        keys=("invitation_link",),
        gives=("yes",),
        check=_v6,
    ),
    BOOK.rule(
        "V7",
        statement=N_(
            "The customer follows the link and accepts in the Office 365 admin center operated by 21Vianet."
        ),
        says=N_(
            "The customer follows the link to the Office 365 admin center operated by 21Vianet and accepts there."
        ),
        decides=N_(
            "Where the customer accepts. Can the customer's user accept: Yes for a global admin; Not stated for anyone else, since the source names no role."
        ),
        leaves=N_("Who at the customer may accept: the source does not say."),
        keys=("acceptance_portal", "acceptance"),
        gives=("value", "yes", "not_stated"),
        check=_v7,
    ),
    BOOK.rule(
        "V8",
        statement=N_(
            "Once it has accepted, the customer sees all its partners per service on the Partner relationships page, and which of them hold delegated administrative privileges."
        ),
        says=N_(
            "After accepting, the customer sees all its partners for each service on the Partner relationships page, with those that hold delegated administrative privileges."
        ),
        decides=N_("Does the customer see its partners per service: Yes."),
        leaves=N_("Nothing."),
        keys=("partner_review",),
        gives=("yes",),
        check=_v8,
    ),
    BOOK.rule(
        "V9",
        statement=N_(
            "In the multi-channel model a customer can have only one partner that transacts in CSP and holds delegated administrative privileges for each service."
        ),
        says=N_(
            "In the multi-channel model a customer can have only one partner per service that transacts in CSP and holds delegated administrative privileges."
        ),
        decides=N_(
            "In the multi-channel model: No when another CSP-transacting partner already holds delegated administrative privileges for an overlapping service (a suite and its parts overlap), Yes otherwise."
        ),
        leaves=N_(
            "Any limit outside the multi-channel model, or when the customer's arrangement is not known."
        ),
        keys=("multichannel_limit",),
        gives=("yes", "no", "not_stated"),
        check=_v9,
    ),
    BOOK.rule(
        "V10",
        statement=N_(
            "Once the customer accepts it joins your customer list, and you can provision and manage CSP subscriptions for it."
        ),
        says=N_(
            "Once the relationship exists, the customer is on your customer list and you can provision and manage CSP subscriptions for it."
        ),
        decides=N_("Provisioning and managing subscriptions and services after acceptance: Allowed."),
        leaves=N_("Managing the customer's users: not mentioned."),
        keys=(
            "action.provision",
            "action.manage_services",
            "action.manage_users",
            "action.manage_azure_subscriptions",
        ),
        gives=("allowed", "not_stated"),
        check=_v10,
    ),
    BOOK.rule(
        "V11",
        statement=N_(
            "Customers can remove delegated administrative privileges from any partner in the Office 365 admin center operated by 21Vianet; the account and the commercial relationship stay, and you remain responsible for support and for the China CSP reseller agreement."
        ),
        says=N_(
            "Customers can remove delegated administrative privileges from any of their partners. The account and the commercial relationship stay unless you and the customer renegotiate, and you remain responsible for support and bound by the China CSP reseller agreement."
        ),
        decides=N_(
            "After the customer removes your privileges: your support duty (Yes) and the agreement that binds you (the China CSP reseller agreement)."
        ),
        leaves=N_("What you may still do after the removal, and what binds you once renegotiated."),
        keys=(
            "support_duty",
            "binding_agreement",
            "after_revocation.manage_services",
            "after_revocation.manage_users",
            "after_revocation.manage_azure_subscriptions",
        ),
        gives=("yes", "value", "not_stated"),
        check=_v11,
    ),
)
