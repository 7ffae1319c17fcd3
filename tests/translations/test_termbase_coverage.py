"""The termbases cover the words the generated answers use, not only the pages' terms: the outcome labels,
the checker, the customer's arrangement, the revocation, invitation and request, and the role names. Each
language names them once, and the labels the answers are built from write that name."""

from __future__ import annotations

import pytest
from babel.messages.pofile import read_po

from relcheck.i18n import LANGUAGES
from relcheck.translations.terms import Termbase, load_termbase
from relcheck.vocab import labels
from tests.support import ROOT

# The concepts of the generated text every termbase declares.
GENERATED = (
    "not-stated",
    "not-reached",
    "checker",
    "arrangement",
    "revocation",
    "invitation",
    "request",
    "sales-agent",
    "helpdesk-agent",
    "billing-admin",
    "user-management-admin",
)

# A label the answers are built from, and the concept whose term its translation must write.
LABELS = {
    labels.OUTCOME_NAMES["not_stated"]: "not-stated",
    labels.OUTCOME_NAMES["not_reached"]: "not-reached",
    labels.ROLES["sales_agent"]: "sales-agent",
    labels.ROLES["helpdesk_agent"]: "helpdesk-agent",
    labels.ROLES["billing_admin"]: "billing-admin",
    labels.ROLES["user_management_admin"]: "user-management-admin",
    "Customer's arrangement: %(arrangement)s": "arrangement",
    labels.QUESTIONS["acceptance"]: "invitation",
    "What the checker decides": "checker",
}


def _termbase(lang: str) -> Termbase:
    return load_termbase(lang, ROOT / "locales")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_termbase_names_the_concepts_of_the_generated_answers(lang: str) -> None:
    ids = {term.id for term in _termbase(lang).terms}
    assert [concept for concept in GENERATED if concept not in ids] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_labels_of_the_answers_write_the_termbase_term(lang: str) -> None:
    preferred = {term.id: term.preferred for term in _termbase(lang).terms}
    with (ROOT / "locales" / lang / "LC_MESSAGES" / "messages.po").open("rb") as po:
        catalog = read_po(po)
    wrong = []
    for msgid, concept in LABELS.items():
        message = catalog.get(msgid)
        assert message is not None, f"{msgid!r} is not in the {lang} catalog"
        if preferred[concept].casefold() not in str(message.string).casefold():
            wrong.append(f"{msgid!r} → {message.string!r} does not write “{preferred[concept]}”")
    assert wrong == [], "\n".join(wrong)
