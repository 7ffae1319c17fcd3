"""Names shown to readers for the schema's enumerations, questions and actions (English msgids)."""

from __future__ import annotations

from collections.abc import Iterable

from relcheck.i18n import N_, Np_, render
from relcheck.quoting import with_and
from relcheck.result import Ground, Message
from relcheck.vocab.flow import place

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


def cloud_in_text(cloud: str, lang: str) -> str:
    """A cloud's name inside a line ("edition: …; cloud: public cloud", a heading after a dash): the
    label without its capital, unless the name is a product's ("Microsoft Cloud Germany")."""
    name = render(Message(CLOUDS.get(cloud, cloud)), lang)
    return name if name.startswith("Microsoft") else name[:1].lower() + name[1:]


# The words for each outcome. Questions are answered Yes or No, actions Allowed or Blocked; the two
# outcomes that are not verdicts say why there is none.
OUTCOME_NAMES = {
    "yes": N_("Yes"),
    "no": N_("No"),
    "allowed": N_("Allowed"),
    "blocked": N_("Blocked"),
    "not_stated": N_("Not stated"),
    "not_reached": N_("Not reached"),
}

# The answers of the questions that are answered with a value rather than Yes or No.
VALUE_NAMES = {
    "microsoft_365_admin_center": N_("Microsoft 365 admin center"),
    "microsoft_office_admin_portal": N_("Microsoft Office admin portal"),
    "office_365_admin_center_21vianet": N_("Office 365 admin center operated by 21Vianet"),
    "microsoft_partner_agreement": N_("Microsoft Partner Agreement"),
    "china_csp_reseller_agreement": N_("China CSP reseller agreement"),
}

# The questions, in the order the flow asks them (`relcheck.vocab.flow` says how each is answered).
QUESTIONS = {
    "may_send": N_("Can you send the request?"),
    "permission_option": N_("Is the permission option you chose available?"),
    "invitation_link": N_("Does the email keep its link as the instructions say?"),
    "acceptance_portal": N_("Where does the customer accept?"),
    "acceptance": N_("Can the customer's user accept the invitation?"),
    "mca_prompt": N_("Is the customer asked to accept the Microsoft Customer Agreement?"),
    "partner_review": N_("Does the customer see its partners per service?"),
    "multichannel_limit": N_(
        "Is the limit of one CSP-transacting partner with delegated administrative privileges per service respected?"
    ),
}
# Questions asked once the customer has removed the partner's permissions.
REVOCATION_QUESTIONS = {
    "relationship_in_force": N_("Do the customer's account and your commercial relationship stay in force?"),
    "support_duty": N_("Are you still responsible for the customer's support?"),
    "binding_agreement": N_("Which agreement still binds you?"),
}

# The regions of the checker's own table (schemas/regions.json), as readers name them.
REGIONS = {
    "africa": N_("Africa"),
    "asia_pacific": N_("Asia Pacific"),
    "europe": N_("Europe"),
    "greater_china": N_("Greater China"),
    "latin_america": N_("Latin America"),
    "middle_east": N_("Middle East"),
    "north_america": N_("North America"),
}

MODELS = {
    "direct": N_("direct partner"),
    "indirect_provider": N_("indirect provider"),
    "indirect_reseller": N_("indirect reseller"),
}

ARRANGEMENTS = {
    "multi_partner": N_("multi-partner"),
    "multi_channel": N_("multi-channel"),
    "neither": N_("neither multi-partner nor multi-channel"),
    "unknown": N_("not known"),
}

ACTIONS = {
    "provision": N_("provision subscriptions"),
    "manage_services": N_("manage the customer's services"),
    "manage_users": N_("manage the customer's users and licences"),
    "manage_azure_subscriptions": N_("manage the Azure subscriptions that you provision"),
    "remove_seats": N_("remove seats"),
    "order_addons": N_("order add-ons"),
    "transition_subscriptions": N_("transition subscriptions"),
    "migrate_subscriptions": N_("migrate subscriptions"),
    "change_partner_of_record": N_("change the Partner of Record"),
    "expect_invoice": N_("receive the invoice for the customer's subscriptions"),
    "open_service_request": N_("open a service request with Microsoft support for the customer"),
}


# The name of an intended action, per section of the file that holds it (see `relcheck.vocab.flow`).
ACTION_SECTIONS = {
    ("after_acceptance",): N_("After acceptance: %(action)s"),
    ("revocation", "then"): N_("After revocation: %(action)s"),
}


def label(key: str) -> Message:
    """The reader's name of a verdict key: a question, ``action.<name>`` or ``after_revocation.<name>``."""
    section, name = place(key)
    if section.questions is not None:
        return Message(QUESTIONS.get(name) or REVOCATION_QUESTIONS[name])
    return Message(ACTION_SECTIONS[section.path], {"action": Message(ACTIONS[name])})


def answer(outcome: str) -> Message:
    """The reader's word for an outcome, or the name of a value (an admin portal, an agreement)."""
    return Message(OUTCOME_NAMES.get(outcome) or VALUE_NAMES[outcome])


def services_list(names: Iterable[str]) -> Message:
    """A list of services as one message (comma-separated, each name translated, in a stable order).

    Not joined with "and": before a service's name the word changes with its sound (Spanish "e
    Intune", Italian "ed Exchange Online"), which no catalog entry can say."""
    items = sorted(names)
    params: dict[str, str | int | Message] = {f"s{i}": Message(SERVICES[n]) for i, n in enumerate(items)}
    return Message(", ".join(f"%(s{i})s" for i in range(len(items))), params)


# What a worldwide rule rests on: that page's sentence ids, which read the same in every language; the
# count chooses the plural form ("sentence d9498-104", "sentences d9498-115, d9498-118").
GROUND_SENTENCES = Np_(
    "%(rule)s rests on Microsoft's page of 2020, sentence %(where)s.",
    "%(rule)s rests on Microsoft's page of 2020, sentences %(where)s.",
)


def ground(found: Ground) -> Message:
    """What one part of an answer rests on, as a reader's sentence (see `relcheck.result.Ground`).

    A place in a source is a translated text (``step 2``) or the worldwide page's sentence ids, which
    read the same in every language."""
    if found.kind == "source" and found.names_sentences:
        singular, plural = GROUND_SENTENCES
        ids = found.sentence_ids
        return Message(singular, {"rule": found.rule or "", "where": with_and(ids)}, plural, len(ids))
    if found.kind == "source":
        return Message(
            N_("%(rule)s rests on its source: %(where)s."),
            {"rule": found.rule or "", "where": Message(found.where)},
        )
    if found.kind == "reading":
        return Message(
            N_("%(rule)s rests on this site's reading: %(where)s."),
            {"rule": found.rule or "", "where": Message(found.where)},
        )
    if found.kind == "not_reached":
        return Message(N_("Not reached: the flow ended at “%(question)s”."), {"question": label(found.where)})
    if found.rule:
        return Message(N_("On this point the source says nothing (%(rule)s)."), {"rule": found.rule})
    return Message(N_("The edition's source does not state this."))
