"""The ``relcheck`` command: parse options into settings, build the pieces, run, exit from the result."""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from relcheck.i18n import DEFAULT_LANGUAGE, LANGUAGES, N_, render
from relcheck.load.files import find_upwards, path_problem
from relcheck.reporters import REPORTER_BY_NAME, Reporter
from relcheck.result import Message
from relcheck.translations import arguments as translations_arguments

DEFAULT_PATH = Path("scenarios")

# Each subcommand's --help shows its own examples; `relcheck --help` shows them all.
EXAMPLES = {
    "check": """\
  relcheck check                          check every scenario under scenarios/
  relcheck check scenarios/               check every scenario under a folder
  relcheck check scenarios/21vianet-reused-link.yaml
                                          check one file
  relcheck check --format github          annotations in a GitHub Actions log
  relcheck check --format junit > r.xml   a JUnit report for a CI test view
  relcheck check --format sarif > r.sarif
                                          SARIF 2.1.0 for GitHub code scanning
  relcheck check --lang fr                messages in French
""",
    "explain": """\
  relcheck explain scenarios/21vianet-reused-link.yaml
                                          every question answered, with its rules
  relcheck explain --format json scenarios/21vianet-reused-link.yaml
                                          the same answers, as `check --format json` gives them
""",
    "rules": """\
  relcheck rules                          the rules, their statements and anchors
  relcheck rules --lang ru                the same, in Russian
""",
    "translations": """\
  relcheck translations --strict          which translations are outdated or missing
""",
    "terms": """\
  relcheck terms                          forbidden variants of the termbases' terms
""",
    "parity": """\
  relcheck parity                         translations whose structure differs from English
""",
}
EXIT_STATUS = textwrap.dedent(
    """\
    exit status: 0 when every file is valid and every expectation holds, 1 when a file is invalid or an
    expectation fails, 2 for a usage error (a missing path, a folder with no scenario file, no scenarios/
    folder found).
    """
)
EPILOG = "examples:\n" + "".join(EXAMPLES.values()) + "\n" + EXIT_STATUS


def _epilog(command: str) -> str:
    return f"examples:\n{EXAMPLES[command]}\n{EXIT_STATUS}"


@dataclass(frozen=True)
class Settings:
    command: str
    paths: tuple[Path, ...]
    format: str
    lang: str


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="relcheck",
        description="Check reseller-relationship scenarios against the documented Partner Center rules.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    lang = argparse.ArgumentParser(add_help=False)
    lang.add_argument(
        "--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE, help="language of the messages (default: en)"
    )

    check = sub.add_parser(
        "check",
        parents=[lang],
        help="validate scenario files and compare their expectations with the rules",
        description="Validate scenario files against schemas/scenario.schema.json, evaluate each against\n"
        "the rules, and report every problem and every expectation the rules contradict.",
        epilog=_epilog("check"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="files or folders (default: the scenarios/ folder here or in the nearest folder above)",
    )
    check.add_argument(
        "--format", choices=sorted(REPORTER_BY_NAME), default="text", help="output format (default: text)"
    )

    explain = sub.add_parser(
        "explain",
        parents=[lang],
        help="show the full reasoning for scenario files, question by question",
        epilog=_epilog("explain"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    explain.add_argument("paths", nargs="+", type=Path, metavar="FILE", help="scenario files")
    explain.add_argument(
        "--format",
        choices=("json", "text"),
        default="text",
        help="text: the reasoning, to read; json: every answer with its rules and reasons, the same"
        " document as `check --format json` (default: text)",
    )

    sub.add_parser(
        "rules",
        parents=[lang],
        help="list the rules with their statements and anchors",
        epilog=f"examples:\n{EXAMPLES['rules']}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    translations_arguments.configure(sub.add_parser("translations", **translations_arguments.TRANSLATIONS))
    translations_arguments.configure_terms(sub.add_parser("terms", **translations_arguments.TERMS))
    translations_arguments.configure_parity(sub.add_parser("parity", **translations_arguments.PARITY))
    return parser


def settings_from(args: argparse.Namespace) -> Settings:
    paths = tuple(getattr(args, "paths", ()) or ())
    return Settings(args.command, paths, getattr(args, "format", "text"), args.lang)


def _usage_error(message: Message, lang: str, path: Path | None = None) -> int:
    where = f"{path}: " if path is not None else ""
    print(f"relcheck: {where}{render(message, lang)}", file=sys.stderr)
    return 2


def build_reporter(settings: Settings) -> Reporter:
    if settings.command == "explain" and settings.format == "text":
        from relcheck.reporters.explain import ExplainReporter

        return ExplainReporter(sys.stdout, settings.lang)
    return REPORTER_BY_NAME[settings.format](sys.stdout, settings.lang)


def execute(settings: Settings) -> int:
    if settings.command == "rules":
        from relcheck.reporters.explain import rule_list

        sys.stdout.write(rule_list(settings.lang))
        return 0
    from relcheck.checker import check_paths

    paths = settings.paths
    if not paths:
        found = find_upwards(DEFAULT_PATH.name)
        if found is None:
            return _usage_error(
                Message(
                    N_(
                        "no %(folder)s folder in %(here)s or any folder above it; name the files or folders to check"
                    ),
                    {"folder": f"{DEFAULT_PATH}/", "here": str(Path.cwd())},
                ),
                settings.lang,
            )
        paths = (found,)
    unusable = [(path, problem) for path in paths if (problem := path_problem(path)) is not None]
    for path, problem in unusable:
        _usage_error(problem, settings.lang, path)
    if unusable:
        return 2
    result = check_paths(paths)
    build_reporter(settings).report(result)
    return 0 if result.success else 1


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.command == "translations":
            from relcheck.translations import cli as translations_cli

            return translations_cli.run(args)
        if args.command == "terms":
            from relcheck.translations import termcheck

            return termcheck.run(args.project)
        if args.command == "parity":
            from relcheck.translations import parity

            return parity.run(args.docs)
        return execute(settings_from(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `relcheck check | head` closes the pipe early; that is not an error
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
