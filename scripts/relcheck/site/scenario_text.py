"""A scenario told in brief, in the reader's language: its texts, its edition and cloud, its situation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from relcheck import i18n
from relcheck.i18n import DEFAULT_LANGUAGE, N_
from relcheck.result import Message
from relcheck.rules.export import facts_by_edition
from relcheck.vocab import labels
from relcheck.vocab.editions import EDITIONS


def localized(texts: Any, lang: str) -> tuple[str, str]:
    """(text, language it is in): the reader's language when the scenario has it, English otherwise."""
    if not isinstance(texts, Mapping):
        return "", DEFAULT_LANGUAGE
    if isinstance(texts.get(lang), str) and texts[lang]:
        return texts[lang], lang
    return str(texts.get(DEFAULT_LANGUAGE, "")), DEFAULT_LANGUAGE


def capitalized(text: str) -> str:
    """The text with its first letter upper-case, for a label that starts a cell or a heading; Spanish
    opening marks (¿ ¡) stay in front of the letter they open."""
    opening = len(text) - len(text.lstrip("¿¡"))
    return text[:opening] + text[opening : opening + 1].upper() + text[opening + 1 :]


def edition_label(edition: str, lang: str) -> str:
    known = EDITIONS.get(edition)
    return i18n.render(Message(known.name), lang) if known else edition


def _yes_no(value: object) -> Message:
    return Message(N_("yes") if value else N_("no"))


def _country(code: object, lang: str) -> str:
    """A country's name in the reader's language, with its code: "Spain (ES)"."""

    return i18n.country_label(str(code), lang)


def _services(names: object, lang: str) -> str:
    if not isinstance(names, list) or not names:
        return "—"
    return i18n.render(labels.services_list(str(n) for n in names if n in labels.SERVICES), lang)


def situation_lines(scenario: Mapping[str, Any], lang: str) -> list[str]:
    """Every fact an answer can depend on, one plain-text "label: value" line each (the caller escapes
    them for its markup). A fact no rule of the scenario's edition reads is left out, as the check page
    hides its field: the 21Vianet page never speaks of countries or of the Microsoft Customer Agreement."""
    partner = scenario.get("partner") or {}
    customer = scenario.get("customer") or {}
    request = scenario.get("request") or {}
    read = set(facts_by_edition().get(str(scenario.get("edition")), ()))
    lines: list[str] = []

    def line(facts: tuple[str, ...], msgid: str, **params: str | Message) -> None:
        if read.intersection(facts):
            lines.append(i18n.render(Message(msgid, params), lang))

    def named(table: Mapping[str, str], key: object) -> Message | str:
        if isinstance(key, str) and key in table:
            return Message(table[key])
        return "—" if key is None else str(key)

    line(
        ("role",),
        N_("Partner's role in Partner Center: %(role)s"),
        role=named(labels.ROLES, partner.get("role")),
    )
    line(
        ("model", "original_reseller"),
        N_("Partner's model: %(model)s; original reseller: %(original)s"),
        model=named(labels.MODELS, partner.get("model")),
        original=_yes_no(partner.get("original_reseller")),
    )
    line(
        ("partner_country", "partner_region"),
        N_("Partner's country: %(country)s; region: %(region)s"),
        country=_country(partner.get("country"), lang),
        region=named(labels.REGIONS, partner.get("region")),
    )
    line(
        ("services",),
        N_("Services the partner takes on: %(services)s"),
        services=_services(partner.get("services"), lang),
    )
    if partner.get("needs_dap_back") is True:  # V1's second situation
        line(
            ("needs_dap_back",),
            N_("The partner held delegated administrative privileges before and needs them again"),
        )
    line(
        ("customer_country", "customer_region"),
        N_("Customer's country: %(country)s; region: %(region)s"),
        country=_country(customer.get("country"), lang),
        region=named(labels.REGIONS, customer.get("region")),
    )
    if customer.get("arrangement") == "unknown":  # its own line: "not known" agrees with "arrangement"
        line(("arrangement",), N_("Customer's arrangement: not known"))
    else:
        line(
            ("arrangement",),
            N_("Customer's arrangement: %(arrangement)s"),
            arrangement=named(labels.ARRANGEMENTS, customer.get("arrangement")),
        )
    line(
        ("accepting_user_is_global_admin",),
        N_("The customer's user who accepts is a global admin: %(admin)s"),
        admin=_yes_no(customer.get("accepting_user_is_global_admin")),
    )
    line(
        ("mca_accepted",),
        N_("Microsoft Customer Agreement already accepted: %(mca)s"),
        mca=_yes_no(customer.get("mca_accepted")),
    )
    if isinstance(customer.get("accepts_mca_when_prompted"), bool):
        line(
            ("accepts_mca",),
            N_("The customer accepts the Microsoft Customer Agreement when asked: %(answer)s"),
            answer=_yes_no(customer["accepts_mca_when_prompted"]),
        )
    for other in customer.get("partners") or []:
        if isinstance(other, Mapping):
            line(
                ("others",),
                N_(
                    "Other partner, %(name)s — transacts in CSP: %(csp)s; holds delegated administrative privileges for: %(services)s"
                ),
                name=str(other.get("name", "")),
                csp=_yes_no(other.get("transacts_in_csp")),
                services=_services(other.get("dap_services"), lang),
            )
    line(
        ("include_dap",),
        N_("Administrator permissions included in the request: %(dap)s"),
        dap=_yes_no(request.get("include_dap")),
    )
    line(
        ("azure_only",),
        N_("Request only for Azure subscriptions: %(azure)s"),
        azure=_yes_no(request.get("azure_only")),
    )
    line(
        ("email_edited", "link_intact"),
        N_("Email text edited: %(edited)s; link left intact: %(link)s"),
        edited=_yes_no(request.get("email_edited")),
        link=_yes_no(request.get("link_intact")),
    )
    line(
        ("link_reused",),
        N_("Link reused for other customers: %(reused)s"),
        reused=_yes_no(request.get("link_reused", False)),
    )
    if request.get("provider_invitation") is True:  # MC2: the indirect reseller forwards its provider's
        line(("provider_invitation",), N_("The invitation sent is the one the indirect provider gave"))
    revocation = scenario.get("revocation")
    if isinstance(revocation, Mapping):
        line(
            ("renegotiated",),
            N_(
                "Later, the customer removes the partner's permissions; agreement renegotiated: %(renegotiated)s"
            ),
            renegotiated=_yes_no(revocation.get("renegotiated")),
        )
    return lines
