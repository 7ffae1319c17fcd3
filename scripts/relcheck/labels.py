"""Names shown to readers for the schema's enumerations, questions and actions (English msgids)."""

from __future__ import annotations

from collections.abc import Iterable

from relcheck.i18n import N_
from relcheck.result import Message

ROLES = {
    "admin_agent": N_("Admin agent"),
    "global_admin": N_("Global admin"),
    "billing_admin": N_("Billing admin"),
    "sales_agent": N_("Sales agent"),
    "helpdesk_agent": N_("Helpdesk agent"),
    "user_management_admin": N_("User management admin"),
}

SERVICES = {
    "office_365": N_("Office 365"),
    "exchange_online": N_("Exchange Online"),
    "sharepoint_online": N_("SharePoint Online"),
    "teams": N_("Microsoft Teams"),
    "azure": N_("Azure"),
    "azure_active_directory": N_("Azure Active Directory"),
    "dynamics_365": N_("Dynamics 365"),
    "intune": N_("Intune"),
    "power_bi": N_("Power BI"),
}

# Labels, written to stand alone (a heading, "cloud: …"): a sentence that needs a cloud's name says it
# whole, one sentence per cloud, because around a name each language needs its own article or case.
CLOUDS = {
    "public": N_("Public cloud"),
    "us_government": N_("Microsoft Cloud for US Government"),
    "germany": N_("Microsoft Cloud Germany"),
    "21vianet": N_("Cloud operated by 21Vianet"),
}

OUTCOMES = {
    "allowed": N_("allowed"),
    "blocked": N_("blocked"),
    "not_applicable": N_("not applicable"),
}

QUESTIONS = {
    "may_send": N_("May the partner send the request?"),
    "permission_option": N_("Is the permission option allowed?"),
    "invitation_link": N_("Is the invitation email still valid?"),
    "acceptance": N_("Can the customer accept, and where?"),
    "partner_review": N_("Does the customer see its partners per service?"),
    "multichannel_limit": N_("Is the limit of one CSP partner with DAP per service kept?"),
    "duties_after_revocation": N_("May the partner drop its duties once its permissions are removed?"),
}

ACTIONS = {
    "provision": N_("provision subscriptions"),
    "manage_services": N_("manage the customer's services"),
    "manage_users": N_("manage the customer's users and licences"),
    "manage_azure_subscriptions": N_("manage the Azure subscriptions it provisions"),
    "remove_seats": N_("remove seats"),
    "order_addons": N_("order add-ons"),
    "transition_subscriptions": N_("transition subscriptions"),
    "migrate_subscriptions": N_("migrate subscriptions"),
    "change_partner_of_record": N_("change the Partner of Record"),
    "expect_invoice": N_("expect an invoice for the subscriptions"),
    "open_service_request": N_("open a service request with Microsoft support for the customer"),
}


def label(key: str) -> Message:
    """The reader's name of a verdict key: a question, ``action.<name>`` or ``after_revocation.<name>``."""
    if key in QUESTIONS:
        return Message(QUESTIONS[key])
    phase, _, action = key.partition(".")
    msgid = N_("After acceptance: %(action)s") if phase == "action" else N_("After revocation: %(action)s")
    return Message(msgid, {"action": Message(ACTIONS[action])})


def services(names: Iterable[str]) -> Message:
    """A list of services as one message (comma-separated, each name translated, in a stable order)."""
    items = sorted(names)
    params: dict[str, str | int | Message] = {f"s{i}": Message(SERVICES[n]) for i, n in enumerate(items)}
    return Message(", ".join(f"%(s{i})s" for i in range(len(items))), params)
