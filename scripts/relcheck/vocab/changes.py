"""What Microsoft changed after the two dated sources were written (the fact sheet's L1–L4).

These are notes, not rules: they never change an answer. Each is attached to the rules whose answers it
affects (see each rule's ``later``) and, where it concerns only some of a rule's answers (a renamed
checkbox label concerns the permission question, not the link), to those answers alone (``answers``).
It is shown beside those answers in every output, dated, and linked to
Microsoft's current page in the reader's language. They come from Microsoft's public documentation as
it read on `CHECKED_ON`, not from the dated sources.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from relcheck.i18n import DEFAULT_LANGUAGE, N_

# When the list below was last checked against Microsoft's current pages.
CHECKED_ON = date(2026, 12, 6)

# learn.microsoft.com serves each page under a locale segment; the reader gets its own language.
_LEARN_LOCALE = {"en": "en-us", "es": "es-es", "it": "it-it", "fr": "fr-fr", "ru": "ru-ru"}


@dataclass(frozen=True)
class Change:
    """One change since the sources: what it is (an English msgid), when it happened if the documentation
    dates it, the current page that records it (a learn.microsoft.com path without locale) and that
    page's name as its link reads, and the answer keys it concerns (empty: every answer of the rules it
    is attached to)."""

    id: str
    text: str
    page: str
    link: str
    happened: date | None = None
    answers: frozenset[str] = frozenset()

    def concerns(self, key: str) -> bool:
        return not self.answers or key in self.answers

    def url(self, lang: str) -> str:
        locale = _LEARN_LOCALE.get(lang, _LEARN_LOCALE[DEFAULT_LANGUAGE])
        return f"https://learn.microsoft.com/{locale}/{self.page}"


CURRENT_PAGE = "partner-center/customers/request-a-relationship-with-a-customer"
CURRENT_PAGE_LINK = N_("Microsoft's current page on this request")

ROLES_TODAY = Change(
    "roles-today",
    N_(
        "Microsoft's current page names the Partner Center roles Admin agent and Sales agent for this request; the answers here follow the page of 2020, which names Admin agent and Global admin."
    ),
    CURRENT_PAGE,
    CURRENT_PAGE_LINK,
)
AUTOMATIC_RELATIONSHIP = Change(
    "automatic-relationship",
    N_(
        "Microsoft's current page says that a new CSP customer gets a reseller relationship automatically; the request is for existing customers of another partner or of Microsoft."
    ),
    CURRENT_PAGE,
    CURRENT_PAGE_LINK,
)
US_GOVERNMENT_ONLY = Change(
    "us-government-only",
    N_(
        "Microsoft's current page names only Microsoft Cloud for US Government for the restriction on requests without administrator permissions."
    ),
    CURRENT_PAGE,
    CURRENT_PAGE_LINK,
)
GERMANY_CLOSED = Change(
    "germany-closed",
    N_("Microsoft Cloud Germany closed on 29 October 2021; what the source says about it no longer applies."),
    "azure/germany/germany-developer-guide",
    N_("Microsoft's guide to Microsoft Cloud Germany"),
    date(2021, 10, 29),
)
ENTRA_ID = Change(
    "entra-id",
    N_(
        "Azure Active Directory was renamed Microsoft Entra ID in 2023; the option's label quoted by the source is the label of 2020."
    ),
    CURRENT_PAGE,
    CURRENT_PAGE_LINK,
    answers=frozenset({"permission_option"}),
)
MICROSOFT_365_ADMIN_CENTER = Change(
    "microsoft-365-admin-center",
    N_("The Office 365 admin center is now called the Microsoft 365 admin center."),
    CURRENT_PAGE,
    CURRENT_PAGE_LINK,
    answers=frozenset({"acceptance_portal"}),
)
GDAP = Change(
    "gdap",
    N_(
        "Partners now request granular delegated admin privileges (GDAP), limited in time and to specific roles and approved by the customer, in place of DAP. Users with the Admin agent role create GDAP relationship requests; a GDAP request not acted on expires after 90 days, and a GDAP relationship lasts at most two years (it can be set to extend automatically by six months)."
    ),
    "partner-center/customers/gdap-introduction",
    N_("Microsoft's introduction to GDAP"),
    # The answers about the permissions a request carries and what they let a partner do.
    answers=frozenset(
        {
            "permission_option",
            "action.manage_services",
            "action.manage_users",
            "after_revocation.manage_services",
            "after_revocation.manage_users",
            "after_revocation.manage_azure_subscriptions",
        }
    ),
)

CHANGES: dict[str, Change] = {
    change.id: change
    for change in (
        ROLES_TODAY,
        AUTOMATIC_RELATIONSHIP,
        US_GOVERNMENT_ONLY,
        GERMANY_CLOSED,
        ENTRA_ID,
        MICROSOFT_365_ADMIN_CENTER,
        GDAP,
    )
}
