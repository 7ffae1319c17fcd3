"""The rules of Partner Center worldwide (the ``global`` edition, national clouds included): G1–G10.

Source: Microsoft's page of 17 June 2020, whose sentences the seed numbers (``d9498-104`` …
``d9498-136``). Each rule gives an answer only where that page does, and each case says which sentence
it rests on, which reading of ours, or that the page does not say.
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
from relcheck.rules.logic import all_of, either, fact, is_, joined, not_, one_of
from relcheck.vocab.changes import (
    AUTOMATIC_RELATIONSHIP,
    ENTRA_ID,
    GDAP,
    GERMANY_CLOSED,
    ROLES_TODAY,
    US_GOVERNMENT_ONLY,
)
from relcheck.vocab.enums import SERVICES

BOOK = RuleBook("global", "request-reseller-relationship.md", sentences=True)
NATIONAL_CLOUDS = ("us_government", "germany")
REGIONS = reading(
    N_(
        "the country-to-region table of this site (schemas/regions.json); the source lists no region's countries"
    )
)
# The services the option of 2020 names ("…for Azure Active Directory and Office 365", d9498-112): Office 365
# with its parts, and Azure Active Directory. For any other service the source does not say.
OPTION_SERVICES = ("office_365", "exchange_online", "sharepoint_online", "teams", "azure_active_directory")
# The services the partner takes on that the option does not name (unrolled: see V9 on `some`).
_BEYOND_OPTION = joined(
    *(either({"in": [s, fact("services")]}, [s], []) for s in SERVICES if s not in OPTION_SERVICES)
)


G1 = BOOK.rule(
    "G1",
    statement=N_(
        "Only a partner user with the Admin agent or Global admin role in Partner Center can request a reseller relationship."
    ),
    at=At(N_("the page's appropriate roles"), ("d9498-104",)),
    says=N_("Two Partner Center roles may send the request: Admin agent and Global admin."),
    decides=N_("Can you send the request: Yes for those two roles, No for any other role."),
    leaves=N_("Nothing; this site reads the source's list of roles as complete."),
    answers={
        "may_send": (
            when(
                one_of(fact("role"), ("admin_agent", "global_admin")),
                grant(N_("Your Partner Center role is one of the two that may send the request.")),
                basis=source("d9498-104"),
            ),
            otherwise(
                refuse(
                    N_(
                        "Only an Admin agent or a Global admin in Partner Center may send the request, and your role is neither: ask a colleague who holds one of them. (This site's reading: the source's list of roles is complete.)"
                    )
                ),
                basis=reading(N_("the source's list of roles read as complete")),
            ),
        ),
    },
    examples=(
        ({"role": "global_admin"}, {"may_send": "yes"}),
        ({"role": "sales_agent"}, {"may_send": "no"}),
    ),
    later=(ROLES_TODAY, AUTOMATIC_RELATIONSHIP),
)


G2 = BOOK.rule(
    "G2",
    statement=N_(
        "Managing a customer's service or subscription on its behalf takes both administrator permissions granted by the customer and the customer's signature on the Microsoft Customer Agreement."
    ),
    at=At(N_("the page's introduction"), ("d9498-105",)),
    says=N_(
        "To manage a customer's service or subscription for it, you need the administrator permissions the customer grants for that service and its signature on the Microsoft Customer Agreement."
    ),
    decides=N_(
        "Managing services and users after acceptance: Allowed when the request included administrator permissions and the customer has signed the agreement (before, or when asked at acceptance: G7); Blocked without permissions, without the signature, or once the customer removed them."
    ),
    leaves=N_(
        "Whether the option of 2020, which names Azure Active Directory and Office 365, grants permissions for any other service; whether the customer signs when asked, when the scenario does not say."
    ),
    answers={
        ("action.manage_services", "action.manage_users"): (
            when(
                not_(fact("include_dap")),
                refuse(
                    N_(
                        "Your request left administrator permissions out, so the customer granted you none, and managing its services on its behalf takes them."
                    )
                ),
                basis=source("d9498-105"),
            ),
            when(
                _BEYOND_OPTION,
                unknown(
                    Np_(
                        "The option of 2020 asks for privileges for Azure Active Directory and Office 365; whether it grants permissions for the service you take on beyond them (%(services)s) is not stated.",
                        "The option of 2020 asks for privileges for Azure Active Directory and Office 365; whether it grants permissions for the services you take on beyond them (%(services)s) is not stated.",
                    ),
                    services=_BEYOND_OPTION,
                ),
                basis=NOT_STATED,
            ),
            when(
                fact("mca_accepted"),
                grant(
                    N_(
                        "Your request asked for administrator permissions and the customer has already accepted the Microsoft Customer Agreement: you have both things that managing on its behalf takes."
                    )
                ),
                basis=source("d9498-105"),
            ),
            # the agreement is signed when the customer is asked at acceptance: G7's prompt (d9498-120)
            when(
                is_(fact("accepts_mca"), True),
                grant(
                    N_(
                        "Your request asked for administrator permissions; with the signature G7 describes, you have both things that managing on the customer's behalf takes."
                    )
                ),
                basis=source("d9498-105", "d9498-120"),
            ),
            when(
                is_(fact("accepts_mca"), False),
                refuse(
                    N_(
                        "The customer does not accept the Microsoft Customer Agreement when asked, and managing its services on its behalf takes its signature."
                    )
                ),
                basis=source("d9498-105"),
            ),
            otherwise(
                unknown(
                    N_(
                        "The customer is asked to accept the Microsoft Customer Agreement when it accepts your invitation (G7), and managing on its behalf takes its signature; whether it accepts is not given."
                    )
                ),
                basis=NOT_STATED,
            ),
        ),
        ("after_revocation.manage_services", "after_revocation.manage_users"): (
            otherwise(
                refuse(
                    N_(
                        "The customer removed the administrator permissions it had granted you, and managing on its behalf takes them."
                    )
                ),
                basis=source("d9498-105", "d9498-123"),
            ),
        ),
    },
    examples=(
        (
            {"include_dap": True, "mca_accepted": True, "services": ["office_365"]},
            {
                "action.manage_services": ("allowed", "already accepted"),
                "action.manage_users": ("allowed", "already accepted"),
            },
        ),
        (
            {"include_dap": True, "mca_accepted": False, "accepts_mca": True, "services": ["teams"]},
            {
                "action.manage_users": ("allowed", "with the signature G7 describes"),
                "after_revocation.manage_users": "blocked",
            },
        ),
        ({"include_dap": False, "mca_accepted": True, "services": []}, {"action.manage_users": "blocked"}),
        (
            {"include_dap": True, "mca_accepted": True, "services": ["dynamics_365"]},
            {
                "action.manage_services": ("unknown", "option of 2020"),
                "action.manage_users": ("unknown", "option of 2020"),
            },
        ),
        (
            {"include_dap": True, "mca_accepted": False, "accepts_mca": None, "services": ["office_365"]},
            {
                "action.manage_services": ("unknown", "whether it accepts is not given"),
                "action.manage_users": ("unknown", "whether it accepts is not given"),
            },
        ),
    ),
    later=(GDAP,),
)


G3 = BOOK.rule(
    "G3",
    statement=N_(
        "A reseller relationship used only to manage the Azure subscriptions that you provision needs no administrator permissions."
    ),
    at=At(N_("the page's introduction"), ("d9498-106",)),
    says=N_(
        "A relationship that only serves to manage the Azure subscriptions you provision needs no administrator permissions."
    ),
    decides=N_(
        "Is the permission option you chose available: Yes when you leave permissions out to manage only your Azure subscriptions. Managing those subscriptions: Allowed."
    ),
    leaves=N_(
        "It never refuses anything. Whether you keep managing those subscriptions after the customer removes your permissions is not stated."
    ),
    answers={
        "permission_option": (
            when(
                all_of(not_(fact("include_dap")), fact("azure_only")),
                grant(
                    N_(
                        "You only mean to manage the Azure subscriptions that you provision, which needs no administrator permissions."
                    )
                ),
                basis=source("d9498-106"),
            ),
        ),
        "action.manage_azure_subscriptions": (
            otherwise(
                grant(
                    N_(
                        "Managing the Azure subscriptions that you provision needs no administrator permissions."
                    )
                ),
                basis=source("d9498-106"),
            ),
        ),
        "after_revocation.manage_azure_subscriptions": (
            otherwise(
                silent(
                    N_(
                        "The source says that managing the Azure subscriptions that you provision needs no administrator permissions; it does not say whether you keep managing them once the customer has removed your permissions."
                    )
                ),
                basis=NOT_STATED,
            ),
        ),
    },
    examples=(
        (
            {"include_dap": False, "azure_only": True},
            {"permission_option": "yes", "action.manage_azure_subscriptions": "allowed"},
        ),
        (
            {"include_dap": False, "azure_only": False},
            {"permission_option": None, "after_revocation.manage_azure_subscriptions": "not_stated"},
        ),
    ),
)


G4 = BOOK.rule(
    "G4",
    statement=N_(
        "In Microsoft Cloud for US Government and Microsoft Cloud Germany a request must include delegated administrative privileges (DAP)."
    ),
    at=At(N_("the note after the introduction"), ("d9498-107",)),
    says=N_(
        "Partners in Microsoft Cloud for US Government and Microsoft Cloud Germany are not offered a request without permissions."
    ),
    decides=N_(
        "Is the permission option you chose available in those two clouds: Yes with delegated administrative privileges (DAP), No without."
    ),
    leaves=N_("Nothing about the public cloud, where G6 offers the choice."),
    answers={
        "permission_option": (
            when(
                all_of(one_of(fact("cloud"), NATIONAL_CLOUDS), fact("include_dap")),
                grant(
                    N_(
                        "In this national cloud the request must include delegated administrative privileges (DAP), and yours does."
                    )
                ),
                basis=source("d9498-107"),
            ),
            when(
                one_of(fact("cloud"), NATIONAL_CLOUDS),
                refuse(
                    N_(
                        "In this national cloud a request without administrator permissions is not offered: keep the option to include delegated administration privileges."
                    )
                ),
                basis=source("d9498-107"),
            ),
        ),
    },
    examples=(
        ({"cloud": "germany", "include_dap": False}, {"permission_option": "no"}),
        ({"cloud": "us_government", "include_dap": True}, {"permission_option": "yes"}),
        ({"cloud": "public", "include_dap": False}, {"permission_option": None}),
    ),
    later=(US_GOVERNMENT_ONLY, GERMANY_CLOSED, GDAP),
)


G5 = BOOK.rule(
    "G5",
    statement=N_(
        "You can request a reseller relationship only with a customer in your own country or in your region."
    ),
    at=At(N_("the first paragraph of the invitation section"), ("d9498-110",)),
    says=N_(
        "You can request the relationship with a customer in your own country or in your region. The source does not list the countries of each region."
    ),
    decides=N_(
        "Can you send the request: Yes for a customer in your country or region, No otherwise. Regions come from the checker's own table, since the source defines none."
    ),
    leaves=N_("Which countries form a region: the checker's table is its own reading."),
    answers={
        "may_send": (
            when(
                is_(fact("customer_country"), fact("partner_country")),
                grant(N_("The customer is in your own country.")),
                basis=source("d9498-110"),
            ),
            when(
                is_(fact("customer_region"), fact("partner_region")),
                grant(
                    N_(
                        "The customer is in another country of your region. (This site's reading: regions as its country-to-region table defines them.)"
                    )
                ),
                basis=REGIONS,
            ),
            otherwise(
                refuse(
                    N_(
                        "The customer is neither in your country nor in your region, so you cannot send this customer the request. (This site's reading: regions as its country-to-region table defines them.)"
                    )
                ),
                basis=REGIONS,
            ),
        ),
    },
    examples=(
        ({"partner_country": "ES", "customer_country": "ES"}, {"may_send": "yes"}),
        (
            {
                "partner_country": "ES",
                "partner_region": "europe",
                "customer_country": "FR",
                "customer_region": "europe",
            },
            {"may_send": "yes"},
        ),
        (
            {
                "partner_country": "ES",
                "partner_region": "europe",
                "customer_country": "US",
                "customer_region": "north_america",
            },
            {"may_send": "no"},
        ),
    ),
)


G6 = BOOK.rule(
    "G6",
    statement=N_(
        "In Partner Center, Customers > Request a reseller relationship prepares an email: keep or clear the option for delegated administration privileges, edit the text if you like, but keep the personalised link."
    ),
    at=At(N_("steps 1 to 6"), ("d9498-111", "d9498-112", "d9498-113", "d9498-116", "d9498-119", "d9498-122")),
    says=N_(
        "The steps: open Customers > Request a reseller relationship, keep or clear the option to include delegated administration privileges, edit the email if you like but keep its personalised link, send it; once the customer accepts, it appears on your Customers page, from which you can provision and manage its services, and manage its account, users and licences."
    ),
    decides=N_(
        "Is the permission option you chose available: Yes, with or without the option (outside the two national clouds). The email: Yes when the link is kept, No when it was changed. After acceptance: provisioning and managing from your Customers page, Allowed."
    ),
    leaves=N_("What happens when the link was changed: whether the customer can still accept is not stated."),
    answers={
        "permission_option": (
            # in the national clouds G4 answers alone: the choice is not offered there (d9498-107)
            when(one_of(fact("cloud"), NATIONAL_CLOUDS), None, basis=source("d9498-107")),
            when(
                fact("include_dap"),
                grant(N_("You kept the option to include delegated administration privileges.")),
                basis=source("d9498-112"),
            ),
            otherwise(
                grant(
                    N_(
                        "You cleared the option to include delegated administration privileges; Partner Center offers that choice."
                    )
                ),
                basis=source("d9498-113"),
            ),
        ),
        "invitation_link": (
            when(
                not_(fact("link_intact")),
                refuse(
                    N_(
                        "You changed the personalised link, against the instructions, which say to keep it as Partner Center wrote it. What happens then is not stated."
                    )
                ),
                basis=source("d9498-116"),
            ),
            when(
                fact("email_edited"),
                grant(
                    N_(
                        "You edited the text of the email and kept its personalised link, as the instructions allow."
                    )
                ),
                basis=source("d9498-116"),
            ),
            otherwise(
                grant(N_("The email keeps its text and its personalised link as Partner Center wrote them.")),
                basis=source("d9498-115", "d9498-118"),
            ),
        ),
        "acceptance": (
            # the page says to keep the link (d9498-116), not what a changed one leads to
            when(
                not_(fact("link_intact")),
                unknown(
                    N_(
                        "The personalised link was changed. The source says to keep it, but not what happens to a changed link, so whether the customer can still accept is not stated."
                    )
                ),
                basis=NOT_STATED,
            ),
        ),
        "action.provision": (
            otherwise(
                grant(
                    N_(
                        "Once the customer accepts, it appears on your Customers page, from which you can provision and manage its services."
                    )
                ),
                basis=source("d9498-119"),
            ),
        ),
        ("action.manage_services", "action.manage_users"): (
            otherwise(
                grant(
                    N_(
                        "Once the customer accepts, it appears on your Customers page, where you manage its account, services, users and licences."
                    )
                ),
                basis=source("d9498-119", "d9498-122"),
            ),
        ),
    },
    examples=(
        (
            {"include_dap": False, "link_intact": False},
            {"permission_option": "yes", "invitation_link": "no", "acceptance": "unknown"},
        ),
        (
            {"include_dap": True, "link_intact": True, "email_edited": True},
            {"invitation_link": "yes", "acceptance": None, "action.provision": "allowed"},
        ),
        (
            {"link_intact": True, "email_edited": False},
            {"invitation_link": "yes", "action.manage_users": "allowed"},
        ),
    ),
    later=(ENTRA_ID, GDAP),
)


G7 = BOOK.rule(
    "G7",
    statement=N_(
        "A customer that has not accepted the Microsoft Customer Agreement yet is asked to accept it when it accepts the invitation."
    ),
    at=At(N_("the note in step 5"), ("d9498-120",)),
    says=N_(
        "A customer that has not yet accepted the Microsoft Customer Agreement is asked to accept it while accepting the invitation."
    ),
    decides=N_(
        "Is the customer asked to accept the agreement: Yes when it has not accepted it yet. Managing on its behalf: Allowed with G2 when it accepts the agreement when asked."
    ),
    leaves=N_("What a customer that has already accepted the agreement sees."),
    answers={
        "mca_prompt": (
            when(
                fact("mca_accepted"),
                silent(
                    N_(
                        "The customer has already accepted the Microsoft Customer Agreement; the source only speaks of a customer that has not."
                    )
                ),
                basis=NOT_STATED,
            ),
            otherwise(
                grant(
                    N_(
                        "The customer has not accepted the Microsoft Customer Agreement yet, so it is asked to accept it when it accepts your invitation."
                    )
                ),
                basis=source("d9498-120"),
            ),
        ),
        ("action.manage_services", "action.manage_users"): (
            when(
                all_of(fact("include_dap"), not_(fact("mca_accepted")), is_(fact("accepts_mca"), True)),
                grant(
                    N_(
                        "The customer is asked to accept the Microsoft Customer Agreement when it accepts your invitation, and it does."
                    )
                ),
                basis=source("d9498-120"),
            ),
        ),
    },
    examples=(
        (
            {"mca_accepted": False, "include_dap": True, "accepts_mca": True},
            {"mca_prompt": "yes", "action.manage_services": "allowed"},
        ),
        ({"mca_accepted": True}, {"mca_prompt": "not_stated"}),
    ),
)


G8 = BOOK.rule(
    "G8",
    statement=N_("The customer's user who accepts the invitation must be a global admin."),
    at=At(N_("the note in step 5"), ("d9498-121",)),
    says=N_("The person who accepts for the customer must be one of its global admins."),
    decides=N_("Can the customer's user accept: Yes for a global admin, No for anyone else."),
    leaves=N_("Nothing."),
    answers={
        "acceptance": (
            when(
                fact("accepting_user_is_global_admin"),
                grant(N_("The customer's user who accepts is a global admin.")),
                basis=source("d9498-121"),
            ),
            otherwise(
                refuse(
                    N_(
                        "The customer's user who would accept is not a global admin, and only a global admin may accept: ask the customer to have one of its global admins accept."
                    )
                ),
                basis=source("d9498-121"),
            ),
        ),
    },
    examples=(
        ({"accepting_user_is_global_admin": True}, {"acceptance": "yes"}),
        ({"accepting_user_is_global_admin": False}, {"acceptance": "no"}),
    ),
)


G9 = BOOK.rule(
    "G9",
    statement=N_(
        "The customer accepts in the Microsoft 365 admin center in the public cloud, and in the Microsoft Office admin portal in Microsoft Cloud for US Government and Microsoft Cloud Germany."
    ),
    at=At(
        "the table of the section on the customer invitation experience",
        (
            "d9498-127",
            "d9498-128",
            "d9498-131",
            "d9498-132",
            "d9498-133",
            "d9498-134",
            "d9498-135",
            "d9498-136",
        ),
    ),
    says=N_(
        "Where the customer accepts: the Microsoft 365 admin center in the public cloud; the Microsoft Office admin portal in Microsoft Cloud for US Government and in Microsoft Cloud Germany."
    ),
    decides=N_("Where the customer accepts, for each cloud."),
    leaves=N_("Nothing."),
    answers={
        "acceptance_portal": (
            when(
                is_(fact("cloud"), "public"),
                value(
                    "microsoft_365_admin_center",
                    N_("In the public cloud the customer accepts in the Microsoft 365 admin center."),
                ),
                basis=source("d9498-131", "d9498-132"),
            ),
            when(
                is_(fact("cloud"), "us_government"),
                value(
                    "microsoft_office_admin_portal",
                    N_(
                        "In Microsoft Cloud for US Government the customer accepts in the Microsoft Office admin portal."
                    ),
                ),
                basis=source("d9498-135", "d9498-136"),
            ),
            when(
                is_(fact("cloud"), "germany"),
                value(
                    "microsoft_office_admin_portal",
                    N_(
                        "In Microsoft Cloud Germany the customer accepts in the Microsoft Office admin portal."
                    ),
                ),
                basis=source("d9498-133", "d9498-134"),
            ),
        ),
    },
    examples=(
        ({"cloud": "public"}, {"acceptance_portal": "microsoft_365_admin_center"}),
        ({"cloud": "germany"}, {"acceptance_portal": "microsoft_office_admin_portal"}),
        ({"cloud": "us_government"}, {"acceptance_portal": "microsoft_office_admin_portal"}),
    ),
)


_RENEGOTIATED = N_(
    "Your duties last until you and the customer renegotiate your agreement; you have renegotiated, and what you agreed anew is not in the source."
)

G10 = BOOK.rule(
    "G10",
    statement=N_(
        "After a customer removes your administrator permissions you stay responsible for support and for the terms of the Microsoft Partner Agreement until you and the customer renegotiate your agreement, and you can still open a service request with Microsoft support on the customer's behalf."
    ),
    at=At(N_("the important note after step 6"), ("d9498-123", "d9498-124", "d9498-125")),
    says=N_(
        "Customers can reassign or remove administrator permissions. Until you and the customer renegotiate your agreement, you remain responsible for support and bound by the Microsoft Partner Agreement, and you can open a service request with Microsoft support for the customer."
    ),
    decides=N_(
        "After the customer removes your permissions, until you renegotiate: your support duty (Yes), the agreement that binds you (the Microsoft Partner Agreement), and opening a service request if the customer needs help (Allowed)."
    ),
    leaves=N_(
        "What binds you, and whether you can open a service request, once the agreement has been renegotiated."
    ),
    answers={
        "support_duty": (
            when(fact("renegotiated"), silent(_RENEGOTIATED), basis=NOT_STATED),
            otherwise(
                grant(N_("Until you renegotiate, you remain responsible for the customer's support.")),
                basis=source("d9498-124"),
            ),
        ),
        "binding_agreement": (
            when(fact("renegotiated"), silent(_RENEGOTIATED), basis=NOT_STATED),
            otherwise(
                value(
                    "microsoft_partner_agreement",
                    N_("Until you renegotiate, the terms of the Microsoft Partner Agreement still bind you."),
                ),
                basis=source("d9498-124"),
            ),
        ),
        "after_revocation.open_service_request": (
            when(
                fact("renegotiated"),
                silent(
                    N_(
                        "The source says you can open a service request for the customer in this situation, before any renegotiation; you have renegotiated, and what you agreed anew is not in the source."
                    )
                ),
                basis=NOT_STATED,
            ),
            otherwise(
                grant(
                    N_(
                        "If the customer needs help, you can still call Microsoft support and open a service request on its behalf, even without administrator permissions."
                    )
                ),
                basis=source("d9498-125"),
            ),
        ),
    },
    examples=(
        (
            {"renegotiated": False},
            {
                "support_duty": "yes",
                "binding_agreement": "microsoft_partner_agreement",
                "after_revocation.open_service_request": "allowed",
            },
        ),
        (
            {"renegotiated": True},
            {
                "support_duty": "not_stated",
                "binding_agreement": "not_stated",
                "after_revocation.open_service_request": "not_stated",
            },
        ),
    ),
)


RULES: tuple[Rule, ...] = (G1, G2, G3, G4, G5, G6, G7, G8, G9, G10)
