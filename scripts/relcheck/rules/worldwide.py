"""The rules of Partner Center worldwide (the ``global`` edition, national clouds included): G1–G10.

Source: Microsoft's page of 17 June 2020. Each rule gives an answer only where that page does.
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
from relcheck.rules.logic import all_of, any_of, fact, is_, key_is, key_starts, not_, one_of

BOOK = RuleBook("global", "request-reseller-relationship.md")
NATIONAL_CLOUDS = ("us_government", "germany")


_G1 = (
    when(
        one_of(fact("role"), ("admin_agent", "global_admin")),
        grant(N_("Your Partner Center role is one of the two that may send the request.")),
    ),
    otherwise(
        refuse(
            N_(
                "Only an Admin agent or a Global admin in Partner Center may send the request, and your role is neither: ask a colleague who holds one of them."
            )
        )
    ),
)

_G2 = (
    when(
        key_starts("after_revocation."),
        refuse(
            N_(
                "The customer removed the administrator permissions it had granted you, and managing on its behalf takes them."
            )
        ),
    ),
    when(
        all_of(fact("include_dap"), fact("mca_accepted")),
        grant(
            N_(
                "Your request asked for administrator permissions and the customer has already accepted the Microsoft Customer Agreement: you have both things that managing on its behalf takes."
            )
        ),
    ),
    when(
        fact("include_dap"),
        grant(
            N_(
                "Your request asked for administrator permissions and the customer accepts the Microsoft Customer Agreement along with your invitation: you have both things that managing on its behalf takes."
            )
        ),
    ),
    otherwise(
        refuse(
            N_(
                "Your request left administrator permissions out, so the customer granted you none, and managing its services on its behalf takes them."
            )
        )
    ),
)

_G3 = (
    # Only a request that leaves permissions out to manage Azure alone is G3's case.
    when(all_of(key_is("permission_option"), any_of(fact("include_dap"), not_(fact("azure_only")))), None),
    when(
        key_is("permission_option"),
        grant(
            N_(
                "You only mean to manage the Azure subscriptions that you provision, which needs no administrator permissions."
            )
        ),
    ),
    when(
        key_is("after_revocation.manage_azure_subscriptions"),
        silent(
            N_(
                "The source says that managing the Azure subscriptions that you provision needs no administrator permissions; it does not say whether you keep managing them once the customer has removed your permissions."
            )
        ),
    ),
    otherwise(
        grant(N_("Managing the Azure subscriptions that you provision needs no administrator permissions."))
    ),
)

_G4 = (
    when(not_(one_of(fact("cloud"), NATIONAL_CLOUDS)), None),
    when(
        fact("include_dap"),
        grant(
            N_(
                "In this national cloud the request must include delegated administration privileges, and yours does."
            )
        ),
    ),
    otherwise(
        refuse(
            N_(
                "In this national cloud a request without administrator permissions is not offered: keep the option to include delegated administration privileges."
            )
        )
    ),
)

_G5 = (
    when(
        is_(fact("customer_country"), fact("partner_country")),
        grant(N_("The customer is in your own country.")),
    ),
    when(
        is_(fact("customer_region"), fact("partner_region")),
        grant(N_("The customer is in another country of your region.")),
    ),
    otherwise(
        refuse(
            N_(
                "The customer is neither in your country nor in your region, so you cannot send it the request."
            )
        )
    ),
)

_G6_LINK = LinkTexts(
    changed=N_(
        "You changed the personalised link, and the instructions say to keep it as Partner Center wrote it. What happens then is not stated."
    ),
    acceptance_open=N_(
        "The personalised link was changed. The source says to keep it, but not what happens to a changed link, so whether the customer can still accept is not stated."
    ),
    edited=N_("You edited the text of the email and kept its personalised link, as the instructions allow."),
    unchanged=N_("The email goes out as Partner Center wrote it, personalised link included."),
)

_G6 = (
    when(
        all_of(key_is("permission_option"), fact("include_dap")),
        grant(N_("You kept the option to include delegated administration privileges.")),
    ),
    when(
        key_is("permission_option"),
        grant(
            N_(
                "You cleared the option to include delegated administration privileges; Partner Center offers that choice."
            )
        ),
    ),
    when(
        key_is("action.provision"),
        silent(
            N_(
                "The source says that you manage the customer's account, services, users and licences from your Customers page; it does not mention provisioning subscriptions."
            )
        ),
    ),
    when(
        key_starts("action."),
        grant(
            N_(
                "Once the customer accepts, it appears on your Customers page, where you manage its account, services, users and licences."
            )
        ),
    ),
    *invitation_link(_G6_LINK),
)

_G7 = (
    when(
        fact("mca_accepted"),
        silent(
            N_(
                "The customer has already accepted the Microsoft Customer Agreement; the source only speaks of a customer that has not."
            )
        ),
    ),
    otherwise(
        grant(
            N_(
                "The customer has not accepted the Microsoft Customer Agreement yet, so it is asked to accept it when it accepts your invitation."
            )
        )
    ),
)

_G8 = (
    when(
        fact("accepting_user_is_global_admin"),
        grant(N_("The customer's user who accepts is a global admin.")),
    ),
    otherwise(
        refuse(
            N_(
                "The customer's user who would accept is not a global admin, and only a global admin may accept: ask the customer to have one of its global admins accept."
            )
        )
    ),
)

_G9 = (
    when(
        is_(fact("cloud"), "public"),
        value(
            "microsoft_365_admin_center",
            N_("In the public cloud the customer accepts in the Microsoft 365 admin center."),
        ),
    ),
    when(
        is_(fact("cloud"), "us_government"),
        value(
            "microsoft_office_admin_portal",
            N_(
                "In Microsoft Cloud for US Government the customer accepts in the Microsoft Office admin portal."
            ),
        ),
    ),
    otherwise(
        value(
            "microsoft_office_admin_portal",
            N_("In Microsoft Cloud Germany the customer accepts in the Microsoft Office admin portal."),
        )
    ),
)

_G10 = (
    when(
        key_is("after_revocation.open_service_request"),
        grant(
            N_(
                "Even without administrator permissions you can call Microsoft support and open a service request on the customer's behalf."
            )
        ),
    ),
    when(
        fact("renegotiated"),
        silent(
            N_(
                "Your duties last until you and the customer renegotiate your agreement; you have renegotiated, and what you agreed anew is not in the source."
            )
        ),
    ),
    when(
        key_is("binding_agreement"),
        value(
            "microsoft_partner_agreement",
            N_("Until you renegotiate, the terms of the Microsoft Partner Agreement still bind you."),
        ),
    ),
    otherwise(grant(N_("Until you renegotiate, you remain responsible for the customer's support."))),
)


_MANAGE = ("action.manage_services", "action.manage_users")

RULES: tuple[Rule, ...] = (
    BOOK.rule(
        "G1",
        statement=N_(
            "Only a partner user with the Admin agent or Global admin role in Partner Center can request a reseller relationship."
        ),
        says=N_("Two Partner Center roles may send the request: Admin agent and Global admin."),
        decides=N_("Can you send the request: Yes for those two roles, No for any other role."),
        leaves=N_("Nothing: the source names the roles."),
        keys=("may_send",),
        gives=("yes", "no"),
        cases=_G1,
    ),
    BOOK.rule(
        "G2",
        statement=N_(
            "Managing a customer's service or subscription on its behalf takes both administrator permissions granted by the customer and the customer's signature on the Microsoft Customer Agreement."
        ),
        says=N_(
            "To manage a customer's service or subscription for it, you need the administrator permissions the customer grants and its signature on the Microsoft Customer Agreement."
        ),
        decides=N_(
            "Managing services and users after acceptance: Allowed when the request included administrator permissions, Blocked when it left them out or the customer later removed them."
        ),
        leaves=N_("Nothing for services and users; the Azure subscriptions you provision fall under G3."),
        keys=(*_MANAGE, "after_revocation.manage_services", "after_revocation.manage_users"),
        gives=("allowed", "blocked"),
        cases=_G2,
    ),
    BOOK.rule(
        "G3",
        statement=N_(
            "A reseller relationship used only to manage the Azure subscriptions that you provision needs no administrator permissions."
        ),
        says=N_(
            "A relationship that only serves to manage the Azure subscriptions you provision needs no administrator permissions."
        ),
        decides=N_(
            "Your permission choice: Yes when you leave permissions out to manage only your Azure subscriptions. Managing those subscriptions: Allowed."
        ),
        leaves=N_(
            "It never refuses anything. Whether you keep managing those subscriptions after the customer removes your permissions is not stated."
        ),
        keys=(
            "permission_option",
            "action.manage_azure_subscriptions",
            "after_revocation.manage_azure_subscriptions",
        ),
        gives=("yes", "allowed", "not_stated"),
        cases=_G3,
    ),
    BOOK.rule(
        "G4",
        statement=N_(
            "In Microsoft Cloud for US Government and Microsoft Cloud Germany a request must include delegated administration privileges."
        ),
        says=N_(
            "Partners in Microsoft Cloud for US Government and Microsoft Cloud Germany are not offered a request without permissions."
        ),
        decides=N_(
            "Your permission choice in those two clouds: Yes with delegated administration privileges, No without."
        ),
        leaves=N_("Nothing about the public cloud, where G6 offers the choice."),
        keys=("permission_option",),
        gives=("yes", "no"),
        cases=_G4,
    ),
    BOOK.rule(
        "G5",
        statement=N_(
            "You can request a reseller relationship only with a customer in your own country or in your region."
        ),
        says=N_(
            "You can request the relationship with a customer in your own country or in your region. The source does not list the countries of each region."
        ),
        decides=N_(
            "Can you send the request: Yes for a customer in your country or region, No otherwise. Regions come from the checker's own table, since the source defines none."
        ),
        leaves=N_("Which countries form a region: the checker's table is its own reading."),
        keys=("may_send",),
        gives=("yes", "no"),
        cases=_G5,
    ),
    BOOK.rule(
        "G6",
        statement=N_(
            "In Partner Center, Customers > Request a reseller relationship prepares an email: keep or clear the option for delegated administration privileges, edit the text if you like, but keep the personalised link."
        ),
        says=N_(
            "The steps: open Customers > Request a reseller relationship, keep or clear the option to include delegated administration privileges, edit the email if you like but keep its personalised link, send it; once the customer accepts, it appears on your Customers page, where you manage its account, services, users and licences."
        ),
        decides=N_(
            "Your permission choice: Yes, with or without the option (outside the two national clouds). The email: Yes when the link is kept, No when it was changed. After acceptance: the customer is on your Customers page."
        ),
        leaves=N_(
            "What happens when the link was changed: whether the customer can still accept is not stated."
        ),
        keys=("permission_option", "invitation_link", "acceptance", "action.provision", *_MANAGE),
        gives=("yes", "no", "allowed", "not_stated"),
        cases=_G6,
    ),
    BOOK.rule(
        "G7",
        statement=N_(
            "A customer that has not accepted the Microsoft Customer Agreement yet is asked to accept it when it accepts the invitation."
        ),
        says=N_(
            "A customer that has not yet accepted the Microsoft Customer Agreement is asked to accept it while accepting the invitation."
        ),
        decides=N_("Is the customer asked to accept the agreement: Yes when it has not accepted it yet."),
        leaves=N_("What a customer that has already accepted the agreement sees."),
        keys=("mca_prompt",),
        gives=("yes", "not_stated"),
        cases=_G7,
    ),
    BOOK.rule(
        "G8",
        statement=N_("The customer's user who accepts the invitation must be a global admin."),
        says=N_("The person who accepts for the customer must be one of its global admins."),
        decides=N_("Can the customer's user accept: Yes for a global admin, No for anyone else."),
        leaves=N_("Nothing."),
        keys=("acceptance",),
        gives=("yes", "no"),
        cases=_G8,
    ),
    BOOK.rule(
        "G9",
        statement=N_(
            "The customer accepts in the Microsoft 365 admin center in the public cloud, and in the Microsoft Office admin portal in Microsoft Cloud for US Government and Microsoft Cloud Germany."
        ),
        says=N_(
            "Where the customer accepts: the Microsoft 365 admin center in the public cloud; the Microsoft Office admin portal in Microsoft Cloud for US Government and in Microsoft Cloud Germany."
        ),
        decides=N_("Where the customer accepts, for each cloud."),
        leaves=N_("Nothing."),
        keys=("acceptance_portal",),
        gives=("value",),
        cases=_G9,
    ),
    BOOK.rule(
        "G10",
        statement=N_(
            "After a customer removes your administrator permissions you stay responsible for support and for the terms of the Microsoft Partner Agreement until you and the customer renegotiate your agreement, and you can still open a service request with Microsoft support on the customer's behalf."
        ),
        says=N_(
            "Customers can reassign or remove administrator permissions. Until you and the customer renegotiate your agreement, you remain responsible for support and bound by the Microsoft Partner Agreement, and you can open a service request with Microsoft support for the customer."
        ),
        decides=N_(
            "After the customer removes your permissions: your support duty (Yes), the agreement that binds you (the Microsoft Partner Agreement), and opening a service request (Allowed)."
        ),
        leaves=N_("What binds you once the agreement has been renegotiated."),
        keys=(
            "support_duty",
            "binding_agreement",
            "after_revocation.open_service_request",
        ),
        gives=("yes", "value", "allowed", "not_stated"),
        cases=_G10,
    ),
)
