"""The rules of Partner Center operated by 21Vianet (the ``21vianet`` edition): V1–V11.

Source: Microsoft's page of 29 October 2018. Each rule gives an answer only where that page does.
"""

from __future__ import annotations

from relcheck.i18n import N_
from relcheck.rules.base import (
    LinkTexts,
    Rule,
    RuleBook,
    grant,
    invitation_link,
    otherwise,
    refuse,
    silent,
    value,
    when,
)
from relcheck.rules.logic import (
    Logic,
    all_of,
    any_of,
    either,
    fact,
    is_,
    joined,
    key_is,
    key_starts,
    not_,
    one_of,
    some,
)
from relcheck.vocab.services import SERVICE_NAMES, overlaps_with

BOOK = RuleBook("21vianet", "request-reseller-relationship-21vianet.md")
_SUBSCRIPTION_ACTIONS = (
    "action.remove_seats",
    "action.order_addons",
    "action.transition_subscriptions",
    "action.migrate_subscriptions",
    "action.change_partner_of_record",
)


_V1 = (
    when(
        any_of(fact("others"), one_of(fact("arrangement"), ("multi_partner", "multi_channel"))),
        grant(
            N_(
                "The customer works with other partners, or with 21Vianet directly: the situation the request is made for."
            )
        ),
    ),
    otherwise(
        silent(
            N_(
                "The source says when to use the request: beside other partners, or when the customer gave delegated administrative privileges to another partner and you need such privileges again. It does not say that a request is refused in other cases."
            )
        )
    ),
)

_V2 = (
    when(
        fact("include_dap"),
        grant(
            N_(
                "Your request includes delegated administrative privileges, as every request in this edition does."
            )
        ),
    ),
    otherwise(
        refuse(
            N_(
                "In this edition the request always includes delegated administrative privileges: they cannot be left out."
            )
        )
    ),
)

_V3 = (
    when(
        fact("original_reseller"),
        grant(
            N_("You are the original reseller of the customer's subscriptions, so you are billed for them.")
        ),
    ),
    otherwise(
        refuse(
            N_(
                "You are not the original reseller of these subscriptions: the invoice goes to the original reseller."
            )
        )
    ),
)

_V4 = (
    when(
        fact("original_reseller"),
        silent(
            N_(
                "The source limits a partner that is not the original reseller; it does not say what the original reseller may do."
            )
        ),
    ),
    otherwise(
        refuse(
            N_(
                "A partner that is not the original reseller of the subscriptions cannot do this, and you are not."
            )
        )
    ),
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

_V5 = invitation_link(_V5_LINK)

_V6 = (
    when(
        fact("link_reused"),
        grant(
            N_(
                "Reusing the link is fine: it belongs to your reseller account, carries no customer data, and serves every customer."
            )
        ),
    ),
)

_V7 = (
    when(
        key_is("acceptance_portal"),
        value(
            "office_365_admin_center_21vianet",
            N_(
                "The link takes the customer to the Office 365 admin center operated by 21Vianet, where it accepts."
            ),
        ),
    ),
    when(
        fact("accepting_user_is_global_admin"),
        grant(N_("The customer follows the link and accepts your request.")),
    ),
    otherwise(
        silent(
            N_(
                "The 21Vianet source does not say who at the customer may accept. The worldwide source requires a global admin, but that rule is not stated for this edition."
            )
        )
    ),
)

_V8 = (
    otherwise(
        grant(
            N_(
                "Once it accepts, the customer sees all its partners per service on the Partner relationships page, and which of them hold delegated administrative privileges."
            )
        )
    ),
)


def _held_by_another_csp_partner(service: str) -> Logic:
    """The partner takes on `service`, and another partner that transacts in CSP holds delegated
    administrative privileges for a service that overlaps it (the same one, its suite, or a part)."""
    return all_of(
        {"in": [service, fact("services")]},
        some(
            fact("others"),
            all_of(
                fact("transacts_in_csp"),
                some(fact("dap_services"), one_of(fact(""), sorted(overlaps_with(service)))),
            ),
        ),
    )


# Unrolled over the known services: inside JSON Logic's `some`, only the item is in scope, so the
# partner's own services cannot be read there; each service is a literal instead.
_V9_SHARED = joined(*(either(_held_by_another_csp_partner(s), [s], []) for s in SERVICE_NAMES))

_V9 = (
    when(
        is_(fact("arrangement"), "unknown"),
        silent(
            N_(
                "The limit applies in the multi-channel model, and the scenario does not say whether this customer is in it."
            )
        ),
    ),
    when(
        not_(is_(fact("arrangement"), "multi_channel")),
        silent(N_("The limit applies in the multi-channel model, and this customer is not in it.")),
    ),
    # name the partner's own services that the others' privileges overlap (Exchange Online under
    # another partner's Office 365), so that the reason speaks of what the partner takes on
    when(
        _V9_SHARED,
        refuse(
            N_(
                "Another partner that transacts in CSP already holds delegated administrative privileges for a service you take on (%(services)s): only one such partner per service is possible."
            ),
            services=_V9_SHARED,
        ),
    ),
    otherwise(
        grant(
            N_(
                "No other partner that transacts in CSP holds delegated administrative privileges for a service you take on."
            )
        )
    ),
)

_V10 = (
    when(
        key_is("action.manage_users"),
        silent(
            N_(
                "The source says that you can provision and manage CSP subscriptions for the customer; it does not mention managing its users."
            )
        ),
    ),
    otherwise(
        grant(
            N_(
                "Once the customer accepts, it is on your customer list and you can provision and manage CSP subscriptions for it."
            )
        )
    ),
)

_V11 = (
    when(
        key_starts("after_revocation."),
        silent(
            N_(
                "The source says what stays once the customer removes your delegated administrative privileges (the account, the commercial relationship, your duties), not what you may still do."
            )
        ),
    ),
    when(
        fact("renegotiated"),
        silent(
            N_(
                "Your duties last unless you and the customer renegotiate; you have renegotiated, and what you agreed anew is not in the source."
            )
        ),
    ),
    when(
        key_is("binding_agreement"),
        value(
            "china_csp_reseller_agreement",
            N_("Unless you renegotiate, the terms of the China CSP reseller agreement still bind you."),
        ),
    ),
    otherwise(
        grant(
            N_(
                "The customer's account and your commercial relationship stay, and you remain responsible for the customer's support."
            )
        )
    ),
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
        cases=_V1,
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
        cases=_V2,
    ),
    BOOK.rule(
        "V3",
        statement=N_("Only the original reseller of a subscription is billed for it."),
        says=N_("Unless you are the original reseller of a subscription, you get no invoice for it."),
        decides=N_("Expecting an invoice: Allowed for the original reseller, Blocked for anyone else."),
        leaves=N_("Nothing."),
        keys=("action.expect_invoice",),
        gives=("allowed", "blocked"),
        cases=_V3,
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
        cases=_V4,
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
        cases=_V5,
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
        cases=_V6,
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
        cases=_V7,
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
        cases=_V8,
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
        cases=_V9,
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
        cases=_V10,
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
        cases=_V11,
    ),
)
