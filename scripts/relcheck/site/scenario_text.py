"""A scenario told in brief, in the reader's language: its texts, its edition and cloud, its situation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from relcheck import i18n, labels
from relcheck.i18n import N_
from relcheck.result import Message

EDITIONS = {
    "global": N_("Partner Center worldwide"),
    "21vianet": N_("Partner Center operated by 21Vianet"),
}
MODELS = {
    "direct": N_("direct partner"),
    "indirect_provider": N_("indirect provider"),
    "indirect_reseller": N_("indirect reseller"),
}


def localized(texts: Any, lang: str) -> tuple[str, str]:
    """(text, language it is in): the reader's language when the scenario has it, English otherwise."""
    if not isinstance(texts, Mapping):
        return "", "en"
    if isinstance(texts.get(lang), str) and texts[lang]:
        return texts[lang], lang
    return str(texts.get("en", "")), "en"


def edition_label(edition: str, lang: str) -> str:
    return i18n.translator(lang).gettext(EDITIONS.get(edition, edition))


def cloud_label(cloud: str, lang: str) -> str:
    text = i18n.translator(lang).gettext(labels.CLOUDS.get(cloud, cloud))
    return text[:1].upper() + text[1:]


def verdict_label(outcome: str, lang: str) -> str:
    text = i18n.translator(lang).gettext(labels.OUTCOMES.get(outcome, outcome))
    return text[:1].upper() + text[1:]


def _yes_no(value: object, lang: str) -> str:
    return i18n.translator(lang).gettext(N_("yes") if value else N_("no"))


def _services(names: object) -> Message:
    """The services named in a scenario, translated, or "none"."""
    known = [n for n in names if n in labels.SERVICES] if isinstance(names, list) else []
    return labels.services(known) if known else Message(N_("none"))


# Each line is a heading and "label: value" pairs, so that no value (a role, a cloud, a country code)
# ever has to take an article, a case or an agreement from the words around it.
def situation_lines(scenario: Mapping[str, Any], lang: str) -> list[str]:
    """The facts the rules look at, one plain-text line each (the caller escapes them for its markup)."""
    partner = scenario.get("partner") or {}
    customer = scenario.get("customer") or {}
    request = scenario.get("request") or {}

    def line(msgid: str, **params: str | Message) -> str:
        return i18n.render(Message(msgid, params), lang)

    lines = [
        line(
            N_(
                "Partner — role: %(role)s; model: %(model)s; country: %(country)s; original reseller: "
                "%(original)s; transacts in CSP: %(csp)s; services: %(services)s"
            ),
            role=Message(labels.ROLES.get(partner.get("role", ""), str(partner.get("role", "")))),
            model=Message(MODELS.get(partner.get("model", ""), str(partner.get("model", "")))),
            country=str(partner.get("country", "")),
            original=_yes_no(partner.get("original_reseller"), lang),
            csp=_yes_no(partner.get("transacts_in_csp"), lang),
            services=_services(partner.get("services")),
        ),
        line(
            N_(
                "Customer — country: %(country)s; accepting user is a global admin: %(admin)s; "
                "MCA accepted: %(mca)s"
            ),
            country=str(customer.get("country", "")),
            admin=_yes_no(customer.get("accepting_user_is_global_admin"), lang),
            mca=_yes_no(customer.get("mca_accepted"), lang),
        ),
        line(
            N_(
                "Request — DAP included: %(dap)s; Azure only: %(azure)s; email text edited: %(edited)s; "
                "link left intact: %(link)s"
            ),
            dap=_yes_no(request.get("include_dap"), lang),
            azure=_yes_no(request.get("azure_only"), lang),
            edited=_yes_no(request.get("email_edited"), lang),
            link=_yes_no(request.get("link_intact"), lang),
        ),
    ]
    for other in customer.get("partners") or []:
        if isinstance(other, Mapping):
            lines.append(
                line(
                    N_("Another partner of the customer — transacts in CSP: %(csp)s; DAP for: %(services)s"),
                    csp=_yes_no(other.get("transacts_in_csp"), lang),
                    services=_services(other.get("dap_services")),
                )
            )
    if scenario.get("revocation"):
        lines.append(line(N_("Later, the customer removes the partner's permissions")))
    return lines
