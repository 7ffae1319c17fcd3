"""Facts from Microsoft's companion page on the multi-channel model (21Vianet): MC1–MC2.

They are not in the procedure page itself; the site states them on the multi-channel concept page, in
boxes that say where they come from.
"""

from __future__ import annotations

from relcheck.i18n import N_
from relcheck.rules.base import At, Rule, RuleBook, grant, refuse, source, when
from relcheck.rules.logic import all_of, fact, is_

BOOK = RuleBook("21vianet", "concepts/multi-channel.md", source="companion")
INDIRECT = N_("the companion page's paragraph on the indirect model")


MC1 = BOOK.rule(
    "MC1",
    statement=N_("In the indirect model the indirect provider creates the invitation."),
    at=At(INDIRECT),
    says=N_(
        "In the indirect model it is the indirect provider that creates the invitation and owns the reseller relationship."
    ),
    decides=N_("Can you send the request: Yes for an indirect provider."),
    leaves=N_("Nothing."),
    answers={
        "may_send": (
            when(
                is_(fact("model"), "indirect_provider"),
                grant(
                    N_("In the indirect model the indirect provider creates the invitation, and you are one.")
                ),
                basis=source(INDIRECT),
            ),
        ),
    },
    examples=(
        ({"model": "indirect_provider"}, {"may_send": "yes"}),
        ({"model": "direct"}, {"may_send": None}),
    ),
)


MC2 = BOOK.rule(
    "MC2",
    statement=N_(
        "An indirect reseller cannot create its own invitation; it uses the one its indirect provider gives it."
    ),
    at=At(INDIRECT),
    says=N_(
        "The indirect provider's resellers cannot create their own invitation and use the one their provider gives them."
    ),
    decides=N_(
        "Can you send the request, for an indirect reseller: Yes with the invitation its provider gave it, No with an invitation of its own."
    ),
    leaves=N_("Nothing."),
    answers={
        "may_send": (
            when(
                all_of(is_(fact("model"), "indirect_reseller"), fact("provider_invitation")),
                grant(
                    N_(
                        "You send the invitation your indirect provider gave you, which is the one an indirect reseller uses."
                    )
                ),
                basis=source(INDIRECT),
            ),
            when(
                is_(fact("model"), "indirect_reseller"),
                refuse(
                    N_(
                        "An indirect reseller cannot create its own invitation: only the one your indirect provider gives you can be sent."
                    )
                ),
                basis=source(INDIRECT),
            ),
        ),
    },
    examples=(
        ({"model": "indirect_reseller", "provider_invitation": False}, {"may_send": "no"}),
        ({"model": "indirect_reseller", "provider_invitation": True}, {"may_send": "yes"}),
        ({"model": "indirect_provider", "provider_invitation": False}, {"may_send": None}),
    ),
)


RULES: tuple[Rule, ...] = (MC1, MC2)
