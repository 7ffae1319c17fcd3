"""The rules of Partner Center operated by 21Vianet (the ``21vianet`` edition): V1–V11.

Source: Microsoft's page of 29 October 2018 (the seeds' four translations of it), whose sentences carry
no ids: a rule names its paragraph or step. Each rule gives an answer only where that page does, and
each case says which step it rests on, which reading of ours, or that the page does not say.
"""

from __future__ import annotations

from relcheck.i18n import N_, Np_
from relcheck.rules.base import (
    NOT_STATED,
    At,
    Rule,
    RuleBook,
    grant,
    otherwise,
    reading,
    refuse,
    silent,
    source,
    unknown,
    value,
    when,
)
from relcheck.rules.logic import Logic, all_of, either, fact, is_, joined, not_, one_of, some
from relcheck.vocab.changes import GDAP, MICROSOFT_365_ADMIN_CENTER
from relcheck.vocab.enums import SERVICES
from relcheck.vocab.services import overlaps_with

BOOK = RuleBook("21vianet", "request-reseller-relationship-21vianet.md")
NOTE = N_("the note after the introduction")


V1 = BOOK.rule(
    "V1",
    statement=N_(
        "Request a reseller relationship when you work beside other resellers (multi-partner or multi-channel), or when the customer gave delegated administrative privileges to another partner and you need such privileges again to provision services or provide support."
    ),
    at=At(N_("the introduction's list of when to use the request")),
    says=N_(
        "When to use the request: you work beside other resellers in a multi-partner or multi-channel arrangement, or the customer gave delegated administrative privileges to another partner and you need such privileges again."
    ),
    decides=N_(
        "Nothing about who may send the request or where the customer may be: the answer names the situation of the source that applies, and stays Not stated."
    ),
    leaves=N_(
        "Who may send the request and where the customer may be: the 21Vianet page names no role and no place. Nor does it say whether a request is refused in other situations."
    ),
    answers={
        "may_send": (
            when(
                fact("needs_dap_back"),
                silent(
                    N_(
                        "The customer gave delegated administrative privileges to another partner and you need them again: one of the situations the source makes the request for. The 21Vianet page names no role or place, so whether you may send it is not stated."
                    )
                ),
                basis=source(N_("the introduction's list")),
            ),
            when(
                one_of(fact("arrangement"), ("multi_partner", "multi_channel")),
                silent(
                    N_(
                        "The customer works with other resellers in a multi-partner or multi-channel arrangement: one of the situations the source makes the request for. The 21Vianet page names no role or place, so whether you may send it is not stated."
                    )
                ),
                basis=source(N_("the introduction's list")),
            ),
            otherwise(
                silent(
                    N_(
                        "The source says when to use the request: when you work beside other resellers, or when the customer gave delegated administrative privileges to another partner and you need them again. It names no role or place, and does not say that a request is refused in other situations."
                    )
                ),
                basis=NOT_STATED,
            ),
        ),
    },
    examples=(
        (
            {"arrangement": "multi_partner", "needs_dap_back": False},
            {"may_send": ("not_stated", "multi-partner")},
        ),
        (
            {"arrangement": "neither", "needs_dap_back": True},
            {"may_send": ("not_stated", "need them again: one")},
        ),
        (
            {"arrangement": "neither", "needs_dap_back": False},
            {"may_send": ("not_stated", "names no role or place, and")},
        ),
    ),
)


V2 = BOOK.rule(
    "V2",
    statement=N_(
        "In the 21Vianet edition a request grants delegated administrative privileges and nothing else, and it always includes them."
    ),
    at=At(N_("the note after the introduction, and step 1, which offers no choice")),
    says=N_(
        "The request adds delegated administrative privileges and nothing more: it does not make you the reseller of existing subscriptions (see V3 and V4)."
    ),
    decides=N_(
        "Is the permission option you chose available: Yes with delegated administrative privileges, No without."
    ),
    leaves=N_("Nothing."),
    answers={
        "permission_option": (
            when(
                fact("include_dap"),
                grant(
                    N_(
                        "Your request includes delegated administrative privileges, as every request in this edition does."
                    )
                ),
                basis=source(NOTE),
            ),
            otherwise(
                refuse(
                    N_(
                        "In this edition the request always includes delegated administrative privileges: they cannot be left out."
                    )
                ),
                basis=source(N_("the note after the introduction, and step 1")),
            ),
        ),
    },
    examples=(
        ({"include_dap": True}, {"permission_option": "yes"}),
        ({"include_dap": False}, {"permission_option": "no"}),
    ),
    later=(GDAP,),
)


V3 = BOOK.rule(
    "V3",
    statement=N_("A partner that is not the original reseller of a subscription receives no invoice for it."),
    at=At(N_("the note after the introduction")),
    says=N_("Unless you are the original reseller of a subscription, you receive no invoice for it."),
    decides=N_("Receiving the invoice: No for a partner that is not the original reseller."),
    leaves=N_("Whether the original reseller is invoiced: the source does not say."),
    answers={
        "action.expect_invoice": (
            when(
                fact("original_reseller"),
                silent(
                    N_(
                        "The source says only that a partner that is not the original reseller receives no invoice; it does not say that the original reseller does."
                    )
                ),
                basis=NOT_STATED,
            ),
            otherwise(
                refuse(
                    N_(
                        "You are not the original reseller of these subscriptions, so you receive no invoice for them."
                    )
                ),
                basis=source(NOTE),
            ),
        ),
    },
    examples=(
        ({"original_reseller": True}, {"action.expect_invoice": "not_stated"}),
        ({"original_reseller": False}, {"action.expect_invoice": "no"}),
    ),
)


V4 = BOOK.rule(
    "V4",
    statement=N_(
        "A partner that is not the original reseller cannot remove seats, order add-ons, transition or migrate the subscriptions, or change the Partner of Record."
    ),
    at=At(NOTE),
    says=N_(
        "A partner that comes in through this request cannot remove seats, order add-ons, transition or migrate the subscriptions, or change the Partner of Record. The source's sentence has no condition; we read it, with the billing sentence before it, as applying to a partner that is not the original reseller."
    ),
    decides=N_(
        "Removing seats, ordering add-ons, transitioning or migrating the subscriptions and changing the Partner of Record: Blocked for a partner that is not the original reseller."
    ),
    leaves=N_("What the original reseller may do: the source does not say."),
    answers={
        (
            "action.remove_seats",
            "action.order_addons",
            "action.transition_subscriptions",
            "action.migrate_subscriptions",
            "action.change_partner_of_record",
        ): (
            when(
                fact("original_reseller"),
                silent(
                    N_(
                        "The source limits a partner that is not the original reseller; it does not say what the original reseller may do."
                    )
                ),
                basis=NOT_STATED,
            ),
            otherwise(
                refuse(
                    N_(
                        "A partner that is not the original reseller of the subscriptions cannot do this, and you are not. (This site's reading: the source's limits, which name no partner, read with its billing sentence.)"
                    )
                ),
                basis=reading(
                    N_(
                        "the note's limits read, with its billing sentence, as those of a partner that is not the original reseller"
                    )
                ),
            ),
        ),
    },
    examples=(
        (
            {"original_reseller": False},
            {
                "action.remove_seats": "blocked",
                "action.order_addons": "blocked",
                "action.transition_subscriptions": "blocked",
                "action.migrate_subscriptions": "blocked",
                "action.change_partner_of_record": "blocked",
            },
        ),
        ({"original_reseller": True}, {"action.order_addons": "not_stated"}),
    ),
)


V5 = BOOK.rule(
    "V5",
    statement=N_(
        "Copy the email from Customers > Request a reseller relationship; its first two paragraphs may be changed or deleted, the link must stay exactly as it is."
    ),
    at=At(N_("steps 1 and 2")),
    says=N_(
        "Copy the email from Customers > Request a reseller relationship; you may edit or delete its first two paragraphs, but the link must stay exactly as it is."
    ),
    decides=N_("The email: Yes when the link is kept, No when it was changed."),
    leaves=N_("What happens when the link was changed: whether the customer can still accept is not stated."),
    answers={
        "invitation_link": (
            when(
                not_(fact("link_intact")),
                refuse(
                    N_(
                        "You changed the link, against the instructions, which say to leave it exactly as it is. What happens then is not stated."
                    )
                ),
                basis=source(N_("step 2")),
            ),
            when(
                fact("email_edited"),
                grant(
                    N_("You edited the first paragraphs of the email and left the link exactly as it was.")
                ),
                basis=source(N_("step 2")),
            ),
            otherwise(
                grant(N_("The email keeps its link exactly as it was given.")),
                basis=source(N_("step 2")),
            ),
        ),
        "acceptance": (
            # the page says to leave the link as it is (step 2), not what a changed one leads to
            when(
                not_(fact("link_intact")),
                unknown(
                    N_(
                        "The link was changed. The source says to leave it exactly as it is, but not what happens otherwise, so whether the customer can still accept is not stated."
                    )
                ),
                basis=NOT_STATED,
            ),
        ),
    },
    examples=(
        ({"link_intact": False, "email_edited": True}, {"invitation_link": "no", "acceptance": "unknown"}),
        ({"link_intact": True, "email_edited": True}, {"invitation_link": "yes", "acceptance": None}),
    ),
)


V6 = BOOK.rule(
    "V6",
    statement=N_(
        "The link belongs to your reseller account, holds no customer data, and the same link serves every customer."
    ),
    at=At(N_("step 2")),
    says=N_(
        "The link belongs to your reseller account, carries no customer data, and can be reused for every customer."
    ),
    decides=N_("The email: Yes when you reuse the same link."),
    leaves=N_("Nothing."),
    answers={
        "invitation_link": (
            when(
                fact("link_reused"),
                grant(
                    N_(
                        "Reusing the link is fine: it belongs to your reseller account, carries no customer data, and serves every customer."
                    )
                ),
                basis=source(N_("step 2")),
            ),
        ),
    },
    examples=(
        ({"link_reused": True}, {"invitation_link": "yes"}),
        ({"link_reused": False}, {"invitation_link": None}),
    ),
)


V7 = BOOK.rule(
    "V7",
    statement=N_(
        "The customer follows the link and accepts in the Office 365 admin center operated by 21Vianet."
    ),
    at=At(N_("step 3")),
    says=N_(
        "The customer follows the link to the Office 365 admin center operated by 21Vianet and accepts there."
    ),
    decides=N_(
        "Where the customer accepts. Can the customer's user accept: Yes for a global admin, by this site's reading; Not stated for anyone else, since the source names no role."
    ),
    leaves=N_("Who at the customer may accept: the source does not say."),
    answers={
        "acceptance_portal": (
            when(
                fact("link_intact"),
                value(
                    "office_365_admin_center_21vianet",
                    N_(
                        "The link takes the customer to the Office 365 admin center operated by 21Vianet, where it accepts."
                    ),
                ),
                basis=source(N_("step 3")),
            ),
            otherwise(
                value(
                    "office_365_admin_center_21vianet",
                    N_(
                        "With the link as Partner Center gives it, the customer accepts in the Office 365 admin center operated by 21Vianet; where a changed link leads is not stated."
                    ),
                ),
                basis=source(N_("step 3")),
            ),
        ),
        "acceptance": (
            when(
                fact("accepting_user_is_global_admin"),
                grant(
                    N_(
                        "The customer follows the link and accepts your invitation. (This site's reading: a global admin can act for the customer; the source itself names no role.)"
                    )
                ),
                basis=reading(
                    N_("a global admin can accept for the customer, since the source names no role")
                ),
            ),
            otherwise(
                silent(
                    N_(
                        "The 21Vianet source does not say who at the customer may accept. The worldwide source requires a global admin, but that rule is not stated for this edition."
                    )
                ),
                basis=NOT_STATED,
            ),
        ),
    },
    examples=(
        (
            {"accepting_user_is_global_admin": True},
            {"acceptance": "yes", "acceptance_portal": "office_365_admin_center_21vianet"},
        ),
        ({"accepting_user_is_global_admin": False}, {"acceptance": "not_stated"}),
    ),
    later=(MICROSOFT_365_ADMIN_CENTER,),
)


V8 = BOOK.rule(
    "V8",
    statement=N_(
        "Once it has accepted, the customer sees all its partners per service on the Partner relationships page, and which of them hold delegated administrative privileges."
    ),
    at=At(N_("step 4")),
    says=N_(
        "After accepting, the customer sees all its partners for each service on the Partner relationships page, with those that hold delegated administrative privileges."
    ),
    decides=N_("Does the customer see its partners per service: Yes."),
    leaves=N_("Nothing."),
    answers={
        "partner_review": (
            otherwise(
                grant(
                    N_(
                        "Once it accepts, the customer sees all its partners per service on the Partner relationships page, and which of them hold delegated administrative privileges."
                    )
                ),
                basis=source(N_("step 4")),
            ),
        ),
    },
    examples=(({"arrangement": "neither"}, {"partner_review": "yes"}),),
)


def _held_by_another_csp_partner(service: str, among: list[str]) -> Logic:
    """The partner takes on `service`, and another partner that transacts in CSP holds delegated
    administrative privileges for one of the services `among`."""
    return all_of(
        {"in": [service, fact("services")]},
        some(
            fact("others"),
            all_of(fact("transacts_in_csp"), some(fact("dap_services"), one_of(fact(""), among))),
        ),
    )


# Unrolled over the known services: inside JSON Logic's `some`, only the item is in scope, so the
# partner's own services cannot be read there; each service is a literal instead.
# The same service held by another partner: what the source says.
_V9_SAME = joined(*(either(_held_by_another_csp_partner(s, [s]), [s], []) for s in SERVICES))
# A suite held for one of its parts, or a part for its suite: this site's reading of "service".
_V9_OVERLAP = joined(
    *(
        either(_held_by_another_csp_partner(s, sorted(overlaps_with(s) - {s})), [s], [])
        for s in SERVICES
        if overlaps_with(s) - {s}
    )
)
OVERLAP = reading(
    N_("a suite and its parts counted as one service (the schema's x-parts); the source does not define one")
)

V9 = BOOK.rule(
    "V9",
    statement=N_(
        "In the multi-channel model a customer can have only one partner that transacts in CSP and holds delegated administrative privileges for each service."
    ),
    at=At(N_("the note in step 4")),
    says=N_(
        "In the multi-channel model a customer can have only one partner per service that transacts in CSP and holds delegated administrative privileges."
    ),
    decides=N_(
        "In the multi-channel model: No when another CSP-transacting partner already holds delegated administrative privileges for an overlapping service (a suite and its parts overlap), Yes otherwise."
    ),
    leaves=N_("Any limit outside the multi-channel model, or when the customer's arrangement is not known."),
    answers={
        "multichannel_limit": (
            when(
                is_(fact("arrangement"), "unknown"),
                silent(
                    N_(
                        "The limit applies in the multi-channel model, and the scenario does not say whether this customer is in it."
                    )
                ),
                basis=NOT_STATED,
            ),
            when(
                not_(is_(fact("arrangement"), "multi_channel")),
                silent(N_("The limit applies in the multi-channel model, and this customer is not in it.")),
                basis=NOT_STATED,
            ),
            # name the partner's own services that the others' privileges cover, so that the reason
            # speaks of what the partner takes on
            when(
                _V9_SAME,
                refuse(
                    Np_(
                        "Another partner that transacts in CSP already holds delegated administrative privileges for a service you take on (%(services)s): only one such partner per service is possible.",
                        "Another partner that transacts in CSP already holds delegated administrative privileges for services you take on (%(services)s): only one such partner per service is possible.",
                    ),
                    services=_V9_SAME,
                ),
                basis=source(N_("the note in step 4")),
            ),
            # Exchange Online under another partner's Office 365
            when(
                _V9_OVERLAP,
                refuse(
                    Np_(
                        "Another partner that transacts in CSP already holds delegated administrative privileges that overlap a service you take on (%(services)s), for a suite that includes it or for a part of it: only one such partner per service is possible. (This site's reading: a suite and its parts count as one service.)",
                        "Another partner that transacts in CSP already holds delegated administrative privileges that overlap services you take on (%(services)s), for suites that include them or for parts of them: only one such partner per service is possible. (This site's reading: a suite and its parts count as one service.)",
                    ),
                    services=_V9_OVERLAP,
                ),
                basis=OVERLAP,
            ),
            otherwise(
                grant(
                    N_(
                        "No other partner that transacts in CSP holds delegated administrative privileges for a service you take on."
                    )
                ),
                basis=source(N_("the note in step 4")),
            ),
        ),
    },
    examples=(
        (
            {
                "arrangement": "multi_channel",
                "services": ["exchange_online"],
                "others": [{"name": "N", "transacts_in_csp": True, "dap_services": ["office_365"]}],
            },
            {"multichannel_limit": "no"},
        ),
        (
            {
                "arrangement": "multi_channel",
                "services": ["exchange_online"],
                "others": [{"name": "N", "transacts_in_csp": False, "dap_services": ["office_365"]}],
            },
            {"multichannel_limit": "yes"},
        ),
        (
            {"arrangement": "multi_partner", "services": [], "others": []},
            {"multichannel_limit": "not_stated"},
        ),
    ),
)


V10 = BOOK.rule(
    "V10",
    statement=N_(
        "Once the customer accepts it joins your customer list, and you can provision and manage CSP subscriptions for it."
    ),
    at=At(N_("step 5")),
    says=N_(
        "Once the relationship exists, the customer is on your customer list and you can provision and manage CSP subscriptions for it."
    ),
    decides=N_(
        "Provisioning subscriptions and managing the Azure subscriptions you provision after acceptance: Allowed."
    ),
    leaves=N_("Managing the customer's services beyond its CSP subscriptions, and its users: not mentioned."),
    answers={
        ("action.provision", "action.manage_azure_subscriptions"): (
            otherwise(
                grant(
                    N_(
                        "Once the customer accepts, it is on your customer list and you can provision and manage CSP subscriptions for it."
                    )
                ),
                basis=source(N_("step 5")),
            ),
        ),
        "action.manage_users": (
            otherwise(
                silent(
                    N_(
                        "The source says that you can provision and manage CSP subscriptions for the customer; it does not mention managing its users."
                    )
                ),
                basis=NOT_STATED,
            ),
        ),
        "action.manage_services": (
            otherwise(
                silent(
                    N_(
                        "The source says that you can provision and manage CSP subscriptions for the customer; it does not speak of managing its services beyond them."
                    )
                ),
                basis=NOT_STATED,
            ),
        ),
    },
    examples=(
        ({}, {"action.provision": "allowed", "action.manage_azure_subscriptions": "allowed"}),
        ({}, {"action.manage_users": "not_stated", "action.manage_services": "not_stated"}),
    ),
)


V11 = BOOK.rule(
    "V11",
    statement=N_(
        "Customers can remove delegated administrative privileges from any partner in the Office 365 admin center operated by 21Vianet; the account and the commercial relationship stay unless renegotiated, and you remain responsible for support and for the China CSP reseller agreement even without the privileges."
    ),
    at=At(N_("the closing paragraph")),
    says=N_(
        "Customers can remove delegated administrative privileges from any of their partners. The account and the commercial relationship stay in force unless you and the customer renegotiate them; even without the privileges, you remain responsible for support and bound by the China CSP reseller agreement."
    ),
    decides=N_(
        "After the customer removes your privileges: the account and the commercial relationship (Yes unless renegotiated), your support duty (Yes) and the agreement that binds you (the China CSP reseller agreement)."
    ),
    leaves=N_(
        "What you may still do after the removal, and what becomes of the account and the commercial relationship once renegotiated."
    ),
    answers={
        "relationship_in_force": (
            when(
                fact("renegotiated"),
                silent(
                    N_(
                        "The account and the commercial relationship stay in force unless you and the customer renegotiate them; you have renegotiated, and what you agreed anew is not in the source."
                    )
                ),
                basis=NOT_STATED,
            ),
            otherwise(
                grant(N_("The customer's account and your commercial relationship stay in force.")),
                basis=source(N_("the closing paragraph")),
            ),
        ),
        "support_duty": (
            otherwise(
                grant(
                    N_(
                        "Even without delegated administrative privileges, you remain responsible for the customer's support; the source sets no condition on this duty."
                    )
                ),
                basis=source(N_("the closing paragraph")),
            ),
        ),
        "binding_agreement": (
            otherwise(
                value(
                    "china_csp_reseller_agreement",
                    N_(
                        "Even without delegated administrative privileges, the terms of the China CSP reseller agreement still bind you."
                    ),
                ),
                basis=source(N_("the closing paragraph")),
            ),
        ),
        (
            "after_revocation.manage_services",
            "after_revocation.manage_users",
            "after_revocation.manage_azure_subscriptions",
        ): (
            otherwise(
                silent(
                    N_(
                        "The source says what stays once the customer removes your delegated administrative privileges (the account, the commercial relationship, your duties), not what you may still do."
                    )
                ),
                basis=NOT_STATED,
            ),
        ),
    },
    examples=(
        (
            {"renegotiated": False},
            {
                "relationship_in_force": "yes",
                "support_duty": "yes",
                "binding_agreement": "china_csp_reseller_agreement",
            },
        ),
        (
            {"renegotiated": True},
            {
                "relationship_in_force": "not_stated",
                "support_duty": "yes",
                "after_revocation.manage_users": "not_stated",
            },
        ),
    ),
    later=(GDAP,),
)


RULES: tuple[Rule, ...] = (V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11)
