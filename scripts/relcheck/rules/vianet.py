"""The rules of Partner Center operated by 21Vianet (the ``21vianet`` edition): V1–V11."""

from __future__ import annotations

from relcheck.facts import Facts
from relcheck.i18n import N_, Np_
from relcheck.labels import services
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

# --- operated by 21Vianet (21vianet edition) ------------------------------------------------------


@rule(
    "V1",
    N_(
        "Request a reseller relationship when you work beside other resellers (multi-partner or multichannel), or when the customer gave delegated administrative privileges to another partner and you need them back to provision or support."
    ),
    "may_send",
)
def _v1(f: Facts, key: str) -> Finding:
    if f.model == "indirect_reseller":
        return block(
            N_(
                "As an indirect reseller you do not create your own invitation: send the one your indirect provider gives you (multichannel model)."
            )
        )
    if f.others:
        return allow(
            N_(
                "The customer already works with %(names)s, so you join as one of its partners: the case the request is made for."
            ),
            names=", ".join(o.name for o in f.others),
        )
    return block(
        N_(
            "The customer has no other partner and nobody else holds its delegated administrative privileges: the request is meant for working beside other partners or getting those privileges back."
        )
    )


@rule(
    "V2",
    N_(
        "In the 21Vianet edition a request grants delegated administrative privileges and nothing else, and it always includes them."
    ),
    "permission_option",
)
def _v2(f: Facts, key: str) -> Finding:
    if f.include_dap:
        return allow(
            N_(
                "Your request includes delegated administrative privileges, as every request in the 21Vianet edition does, and grants nothing beyond them."
            )
        )
    return block(
        N_(
            "In the 21Vianet edition a request always includes delegated administrative privileges: they cannot be left out."
        )
    )


@rule("V3", N_("Only the original reseller of a subscription is billed for it."), "action.expect_invoice")
def _v3(f: Facts, key: str) -> Finding:
    if f.original_reseller:
        return allow(
            N_("You are the original reseller of the customer's subscriptions, so you are billed for them.")
        )
    return block(
        N_(
            "You are not the original reseller of these subscriptions: the invoice goes to the original reseller, not to you."
        )
    )


@rule(
    "V4",
    N_(
        "A partner that is not the original reseller cannot remove seats, order add-ons, transition or migrate the subscriptions, or change the Partner of Record."
    ),
    "action.remove_seats",
    "action.order_addons",
    "action.transition_subscriptions",
    "action.migrate_subscriptions",
    "action.change_partner_of_record",
)
def _v4(f: Facts, key: str) -> Finding:
    if f.original_reseller:
        return allow(
            N_("As the original reseller of the subscriptions you can %(action)s."), action=action_label(key)
        )
    return block(
        N_("Only the original reseller can %(action)s; you came in through this request, so you cannot."),
        action=action_label(key),
    )


@rule(
    "V5",
    N_(
        "Copy the email from Customers > Request a reseller relationship; its first two paragraphs may be changed or deleted, the link must stay exactly as it is."
    ),
    "invitation_link",
)
def _v5(f: Facts, key: str) -> Finding:
    return invitation_link(
        f,
        N_(
            "The link in the email was changed; the customer needs it exactly as it was given. Copy the email again and leave the link alone."
        ),
        N_("You edited the text of the email and left the link exactly as it was."),
        N_("The email keeps its link exactly as it was given."),
    )


@rule(
    "V6",
    N_(
        "The link belongs to your reseller account, holds no customer data, and the same link serves every customer."
    ),
    "invitation_link",
)
def _v6(f: Facts, key: str) -> Finding | None:
    if not f.link_reused:
        return None
    return allow(
        N_(
            "Sending the same link again is fine: it belongs to your account, says nothing about any customer, and serves them all."
        )
    )


@rule(
    "V7",
    N_("The customer follows the link and accepts in the Office 365 admin center operated by 21Vianet."),
    "acceptance",
)
def _v7(f: Facts, key: str) -> Finding:
    portal = Message(PORTALS["21vianet"])
    return allow(N_("The customer follows the link and accepts in the %(portal)s."), portal, portal=portal)


@rule(
    "V8",
    N_(
        "Once it has accepted, the customer sees all its partners per service on the Partner relationships page, and which of them hold delegated administrative privileges."
    ),
    "partner_review",
)
def _v8(f: Facts, key: str) -> Finding:
    singular, plural = Np_(
        "The Partner relationships page will list %(num)d partner.",
        "The Partner relationships page will list %(num)d partners.",
    )
    count = Message(singular, {}, plural, len(f.others) + 1)
    return allow(
        N_(
            "Once it accepts, the customer sees you among its partners, with the services each partner holds delegated administrative privileges for."
        ),
        count,
    )


@rule(
    "V9",
    N_(
        "In the multichannel model a customer can have only one partner that transacts in CSP and holds delegated administrative privileges for each service."
    ),
    "multichannel_limit",
)
def _v9(f: Facts, key: str) -> Finding:
    if not f.transacts_in_csp:
        return allow(
            N_(
                "You do not transact in CSP, so you do not count towards the limit of one CSP partner with delegated administrative privileges per service."
            )
        )
    for other in f.others:
        shared = other.dap_services.intersection(f.services)
        if other.transacts_in_csp and shared:
            return block(
                N_(
                    "%(partner)s already transacts in CSP and holds delegated administrative privileges for %(services)s; a second such partner for the same service is not possible."
                ),
                partner=other.name,
                services=services(shared),
            )
    return allow(
        N_(
            "No other CSP partner holds delegated administrative privileges for the services you take on, so each keeps a single one."
        )
    )


@rule(
    "V10",
    N_(
        "Once the customer accepts it joins your customer list, and you can provision and manage CSP subscriptions for it."
    ),
    "action.provision",
    "action.manage_services",
    "action.manage_users",
    "action.manage_azure_subscriptions",
)
def _v10(f: Facts, key: str) -> Finding:
    return allow(
        N_("Once the customer accepts it is on your customer list, and you can %(action)s."),
        action=action_label(key),
    )


@rule(
    "V11",
    N_(
        "Customers can remove delegated administrative privileges from any partner in the Office 365 admin center operated by 21Vianet; the account and the commercial relationship stay, and you remain responsible for support and for the China CSP reseller agreement."
    ),
    "duties_after_revocation",
    "after_revocation.manage_services",
    "after_revocation.manage_users",
    "after_revocation.manage_azure_subscriptions",
)
def _v11(f: Facts, key: str) -> Finding | None:
    if key == "duties_after_revocation":
        return duties_after_revocation(
            f,
            N_(
                "The customer removed your delegated administrative privileges, yet the account and the commercial relationship stay: you remain responsible for its support and for the terms of the China CSP reseller agreement."
            ),
        )
    return block(
        N_("The customer removed your delegated administrative privileges, so you can no longer %(action)s."),
        action=action_label(key),
    )
