"""PyYAML's words for a syntax error, as messages each language can translate.

libyaml (PyYAML's C parser) describes a fault with two fixed phrases: the problem ("found unexpected
end of stream") and what it was doing when it found it ("while scanning a quoted scalar"). The
phrases a scenario file can run into are listed here, so that ``--lang`` translates them; one not
listed is shown as PyYAML wrote it.
"""

from __future__ import annotations

from relcheck.i18n import N_

PROBLEMS = frozenset(
    {
        N_("found unexpected end of stream"),
        N_("did not find expected key"),
        N_("mapping values are not allowed in this context"),
        N_("found character that cannot start any token"),
        N_("did not find expected '-' indicator"),
        N_("could not find expected ':'"),
        N_("did not find expected ',' or ']'"),
        N_("did not find expected ',' or '}'"),
        N_("did not find expected node content"),
        N_("block sequence entries are not allowed in this context"),
        N_("found undefined alias"),
        N_("found unknown escape character"),
        N_("control characters are not allowed"),
        N_("found unexpected document indicator"),
    }
)

CONTEXTS = frozenset(
    {
        N_("while scanning a quoted scalar"),
        N_("while scanning a simple key"),
        N_("while scanning a plain scalar"),
        N_("while scanning a block scalar"),
        N_("while parsing a block mapping"),
        N_("while parsing a block collection"),
        N_("while parsing a block node"),
        N_("while parsing a flow mapping"),
        N_("while parsing a flow sequence"),
        N_("while parsing a flow node"),
    }
)
