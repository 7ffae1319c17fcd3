"""A scenario told in brief, in the reader's language: its texts, its edition and cloud, its situation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from relcheck import i18n, labels
from relcheck.editions import EDITIONS
from relcheck.i18n import N_
from relcheck.result import Message

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


def capitalized(text: str) -> str:
    """The text with its first letter upper-case, for a label that starts a cell or a heading."""
    return text[:1].upper() + text[1:]


def edition_label(edition: str, lang: str) -> str:
    known = EDITIONS.get(edition)
    return i18n.render(Message(known.name), lang) if known else edition


def cloud_label(cloud: str, lang: str) -> str:
    return capitalized(i18n.render(Message(labels.CLOUDS.get(cloud, cloud)), lang))


def verdict_label(outcome: str, lang: str) -> str:
    return capitalized(i18n.render(Message(labels.OUTCOMES.get(outcome, outcome)), lang))


def _yes_no(value: object) -> Message:
    return Message(N_("yes") if value else N_("no"))


def situation_lines(scenario: Mapping[str, Any], lang: str) -> list[str]:
    """The facts the rules look at, one plain-text line each (the caller escapes them for its markup)."""
    partner = scenario.get("partner") or {}
    customer = scenario.get("customer") or {}
    request = scenario.get("request") or {}

    def line(msgid: str, **params: str | Message) -> str:
        return i18n.render(Message(msgid, params), lang)

    lines = [
        line(
            N_("Partner: %(role)s, %(model)s, in %(country)s; original reseller: %(original)s"),
            role=Message(labels.ROLES.get(partner.get("role", ""), str(partner.get("role", "")))),
            model=Message(MODELS.get(partner.get("model", ""), str(partner.get("model", "")))),
            country=str(partner.get("country", "")),
            original=_yes_no(partner.get("original_reseller")),
        ),
        line(
            N_(
                "Customer: in %(country)s; accepting user is a global admin: %(admin)s; MCA accepted: %(mca)s"
            ),
            country=str(customer.get("country", "")),
            admin=_yes_no(customer.get("accepting_user_is_global_admin")),
            mca=_yes_no(customer.get("mca_accepted")),
        ),
        line(
            N_("Request: DAP included: %(dap)s; Azure only: %(azure)s; link left intact: %(link)s"),
            dap=_yes_no(request.get("include_dap")),
            azure=_yes_no(request.get("azure_only")),
            link=_yes_no(request.get("link_intact")),
        ),
    ]
    others = customer.get("partners") or []
    if others:
        names = ", ".join(str(other.get("name", "")) for other in others if isinstance(other, Mapping))
        lines.append(line(N_("The customer's other partners: %(names)s"), names=names))
    if scenario.get("revocation"):
        lines.append(line(N_("Later, the customer removes the partner's permissions")))
    return lines
