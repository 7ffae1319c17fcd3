"""`relcheck translations`: how fresh each translation is, and `mark` once a writer has brought one up to date.

Kept beside the checker's CLI rather than inside it: the two commands share only the option parser.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from relcheck import i18n
from relcheck.i18n import DEFAULT_LANGUAGE, N_
from relcheck.translations.atomic import replace_text
from relcheck.translations.page_source import PageError
from relcheck.translations.pages import (
    STATE_COUNTS,
    STATE_LABELS,
    STATE_SHORT_LABELS,
    MarkError,
    PageStatus,
    TranslationReport,
    mark_up_to_date,
    report,
)
from relcheck.translations.scenarios import (
    ScenarioStatus,
    english_text_hash,
    scenario_statuses,
    with_marked_language,
)


def _languages(docs: Path) -> tuple[str, ...]:
    return tuple(lang for lang in i18n.LANGUAGES if (docs / lang).is_dir()) or i18n.LANGUAGES


def _scenario_statuses(scenarios: Path, languages: Sequence[str]) -> list[ScenarioStatus]:
    from relcheck.checker import check_paths

    if not scenarios.exists():
        return []
    valid = [
        (f.path, f.scenario)
        for f in check_paths([scenarios]).files
        if f.scenario is not None and not f.errors
    ]
    return scenario_statuses(valid, languages, DEFAULT_LANGUAGE)


def _text(pages: TranslationReport, scenarios: list[ScenarioStatus], lang: str) -> str:
    """A table of pages × languages, then a line for each outdated page and each stale scenario text."""
    t = i18n.translator(lang)
    others = [code for code in pages.languages if code != pages.default_language]
    short = {state: t.gettext(label) for state, label in STATE_SHORT_LABELS.items()}
    width = max([len(page) for page in pages.pages()] + [4])
    cell = max(len(label) for label in short.values()) + 2
    lines = [(" " * width + "  " + "".join(code.ljust(cell) for code in others)).rstrip()]
    details = []
    for page in pages.pages():
        row = []
        for code in others:
            status = pages.status_of(page, code)
            row.append((short[status.state] if status else "—").ljust(cell))
            if status and status.changed_sections:
                sections = ", ".join(f"“{name}”" for name in status.changed_sections)
                changed = t.gettext(N_("changed sections: %(sections)s")) % {"sections": sections}
                details.append(f"{code}/{page}: {changed}")
            elif status and status.never_marked:
                never_marked = t.gettext(N_("never marked"))
                details.append(f"{code}/{page}: {never_marked}")
        lines.append(page.ljust(width) + "  " + "".join(row).rstrip())
    lines += details
    for scenario in (s for s in scenarios if s.state != "up_to_date"):
        lines.append(f"{scenario.path} ({scenario.lang}): {t.gettext(STATE_LABELS[scenario.state])}")
    states = [s.state for s in pages.statuses] + [s.state for s in scenarios]
    lines.append(
        ", ".join(
            t.ngettext(*forms, states.count(state)) % {"num": states.count(state)}
            for state, forms in STATE_COUNTS.items()
        )
    )
    return "\n".join(lines)


def _next_step(pages: TranslationReport, scenarios: list[ScenarioStatus], lang: str) -> str:
    """The command to run next: mark the first outdated translation once reviewed, or build the site."""
    t = i18n.translator(lang)
    outdated = [s for s in pages.statuses if s.state == "outdated"]
    if outdated:
        first = outdated[0]
        command = f"relcheck translations mark {first.page} {first.lang}"
        return t.gettext(N_("next: bring the outdated page up to date, then run: %(command)s")) % {
            "command": command
        }
    stale = [s for s in scenarios if s.state == "outdated"]
    if stale:
        command = f"relcheck translations mark {stale[0].path} {stale[0].lang}"
        return t.gettext(N_("next: bring the outdated page up to date, then run: %(command)s")) % {
            "command": command
        }
    command = "NO_MKDOCS_2_WARNING=1 .venv/bin/mkdocs build --strict"
    return t.gettext(N_("next: build the site to see the pages: %(command)s")) % {"command": command}


def _json(pages: TranslationReport, scenarios: list[ScenarioStatus]) -> str:
    def page_row(s: PageStatus) -> dict[str, object]:
        return {
            "page": s.page,
            "lang": s.lang,
            "state": s.state,
            "changed_sections": list(s.changed_sections),
        }

    return json.dumps(
        {
            "pages": [page_row(s) for s in pages.statuses],
            "scenarios": [
                {"file": str(s.path), "id": s.scenario_id, "lang": s.lang, "state": s.state}
                for s in scenarios
            ],
        },
        ensure_ascii=False,
        indent=2,
    )


def page_in_language_folders(target: str, docs: Path, lang: str) -> str:
    """The page's path inside the language folders, from any of the ways a writer names it.

    ``docs/es/page.md``, ``es/page.md`` and ``page.md`` all name ``page.md`` (the docs folder and a
    language folder in front are dropped; a path from elsewhere is taken relative to the docs folder).
    """
    parts = Path(target).parts
    docs_parts = Path(os.path.relpath(docs.resolve())).parts if docs.exists() else docs.parts
    if parts[: len(docs_parts)] == docs_parts:
        parts = parts[len(docs_parts) :]
    elif parts[:1] == (docs.name,):
        parts = parts[1:]
    if parts[:1] and parts[0] in i18n.LANGUAGES:
        parts = parts[1:]
    return Path(*parts).as_posix() if parts else target


def _mark(args: argparse.Namespace) -> int:
    target = Path(args.target)
    if target.suffix in {".yaml", ".yml"}:
        return _mark_scenario(target, args.language)
    page = page_in_language_folders(args.target, args.docs, args.language)
    changed = mark_up_to_date(args.docs, page, args.language, DEFAULT_LANGUAGE)
    print(f"{changed}: marked up to date with {args.docs / DEFAULT_LANGUAGE / page}")
    return 0


def _mark_scenario(path: Path, lang: str) -> int:
    from relcheck.checker import check_file

    if not path.is_file():
        raise MarkError(f"{path}: no such scenario file")
    result = check_file(path)
    if result.scenario is None or result.errors:
        raise MarkError(f"{path}: not a valid scenario; run `relcheck check {path}` first")
    for field in ("title", "description"):
        if not result.scenario[field].get(lang):
            raise MarkError(f"{path}: the scenario has no {lang} {field} to mark")
    text = with_marked_language(path.read_text(encoding="utf-8"), lang, english_text_hash(result.scenario))
    replace_text(path, text)
    print(f"{path}: {lang} marked up to date with the English title and description")
    return 0


def run(args: argparse.Namespace) -> int:
    try:
        if args.translations_action == "mark":
            return _mark(args)
    except (MarkError, PageError) as error:
        print(f"relcheck translations: {error}", file=sys.stderr)
        return 1
    if not args.docs.is_dir():
        print(f"relcheck translations: {args.docs}: no such docs folder", file=sys.stderr)
        return 2
    languages = _languages(args.docs)
    try:
        pages = report(args.docs, DEFAULT_LANGUAGE, languages)
    except PageError as error:
        print(f"relcheck translations: {error}", file=sys.stderr)
        return 1
    scenarios = _scenario_statuses(args.scenarios, languages)
    if args.format == "json":
        print(_json(pages, scenarios))
    else:
        print(_text(pages, scenarios, args.lang))
        print(_next_step(pages, scenarios, args.lang))
    stale = pages.needs_work() or any(s.state != "up_to_date" for s in scenarios)
    return 1 if args.strict and stale else 0
