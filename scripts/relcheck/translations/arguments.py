"""The arguments of the translation tools (`relcheck translations`, `relcheck terms`, `relcheck parity`),
apart from the commands themselves so that building the CLI's parser imports nothing of their machinery
(it costs more than checking a valid file)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TypedDict

from relcheck import i18n
from relcheck.i18n import DEFAULT_LANGUAGE

MARK_EXAMPLES = """\
  relcheck translations mark glossary.md fr   record that docs/fr/glossary.md matches the English page
  relcheck translations mark docs/fr/glossary.md fr   the same, naming the translated file
  relcheck translations mark scenarios/21vianet-reused-link.yaml fr
"""
EPILOG = f"""\
states:
  up to date   the English page has not changed since the translation was marked
  outdated     the English page changed since (the changed sections are listed)
  missing      no translation: readers get the English page, with a notice
  orphaned     a translation whose English page no longer exists

examples:
  relcheck translations                       report every page and scenario text
  relcheck translations --strict              exit 1 when anything is outdated or missing
  relcheck translations --format json         the same report for tools
{MARK_EXAMPLES}"""


class Texts(TypedDict):
    """What `add_parser` shows for one command: its help line, description and examples."""

    help: str
    description: str
    epilog: str
    formatter_class: type[argparse.HelpFormatter]


TRANSLATIONS = Texts(
    help="report which translations are up to date, outdated, missing or orphaned",
    description="Compare every translated page and scenario text with the English text it was made from.",
    epilog=EPILOG,
    formatter_class=argparse.RawDescriptionHelpFormatter,
)


def configure(parser: argparse.ArgumentParser) -> None:
    """The options of `relcheck translations` and its `mark` action."""
    parser.add_argument("--docs", type=Path, default=Path("docs"), help="the docs folder (default: docs)")
    parser.add_argument(
        "--scenarios", type=Path, default=Path("scenarios"), help="the scenario folder (default: scenarios)"
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 when a translation is outdated or missing"
    )
    parser.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        default=DEFAULT_LANGUAGE,
        help="language of the report (default: en)",
    )
    actions = parser.add_subparsers(dest="translations_action", metavar="ACTION")
    mark = actions.add_parser(
        "mark",
        help="record that a translation has been brought up to date",
        description="Record that a translation now matches its English source (after a writer reviewed it). "
        "Only that page's or scenario's recorded hash changes.",
        epilog=f"examples:\n{MARK_EXAMPLES}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    mark.add_argument(
        "target",
        help="a page (concepts/multi-channel.md, es/concepts/multi-channel.md or "
        "docs/es/concepts/multi-channel.md) or a scenario file",
    )
    mark.add_argument("language", choices=[lang for lang in i18n.LANGUAGES if lang != DEFAULT_LANGUAGE])


TERMS = Texts(
    help="check every text against each language's termbase (one term per concept)",
    description="Check the pages, the message catalogs, the scenario texts and the glossaries against each\n"
    "language's termbase (locales/<lang>/termbase.yaml), and name the file and line of every forbidden variant.",
    epilog="""\
examples:
  relcheck terms                              check the project in the current folder
  relcheck terms --project .                  the same, naming the project folder

exit status: 0 when no forbidden variant is found, 1 when one is, 2 when a termbase cannot be read.
""",
    formatter_class=argparse.RawDescriptionHelpFormatter,
)


def configure_terms(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--project", type=Path, default=Path("."), help="the project folder (default: the current folder)"
    )


PARITY = Texts(
    help="compare each translated page's structure with its English page",
    description="Compare each translated page with its English page, section by section: headings,\n"
    "admonitions by kind, tables and their rows, list items, anchors, link targets and relcheck markers.",
    epilog="""\
examples:
  relcheck parity                             every page under docs/
  relcheck parity --docs other/docs           another docs folder

exit status: 0 when every translation has the English page's structure, 1 otherwise.
""",
    formatter_class=argparse.RawDescriptionHelpFormatter,
)


def configure_parity(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--docs", type=Path, default=Path("docs"), help="the docs folder (default: docs)")
