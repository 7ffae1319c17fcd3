"""The checker's results and the translation report as Markdown for one language.

Pure functions: no MkDocs import, no file access; each takes plain result objects and a language
and returns Markdown, so they are tested on their own. Text that comes from scenario files goes
through `markdown_text.inline` and can never become markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from relcheck import i18n, labels
from relcheck.coverage import rule_coverage, scenarios_by_rule
from relcheck.editions import Edition
from relcheck.markdown_text import inline
from relcheck.result import CheckResult, FileResult, Verdict
from relcheck.rules import RULES
from relcheck.scenario_freshness import ScenarioStatus
from relcheck.scenario_text import EDITIONS as EDITION_LABELS
from relcheck.scenario_text import cloud_label, edition_label, localized, situation_lines, verdict_label
from relcheck.translations import STATE_LABELS, TranslationReport

SCENARIOS_PAGE = "scenarios.md"


def source_date(edition: Edition, lang: str) -> str:
    return i18n.format_date(edition.source_date, lang)


def _admonition(kind: str, title: str, body: str, collapsible: bool = False) -> str:
    opener = "???" if collapsible else "!!!"
    indented = "\n".join(f"    {line}" if line else "" for line in body.splitlines())
    return f'{opener} {kind} "{title}"\n\n{indented}\n'


def fallback_notice(lang: str) -> str:
    _ = i18n.translations(lang).gettext
    return (
        _admonition(
            "info",
            _("Not translated yet"),
            _(
                "This page has not been translated into your language yet; you are reading the English original."
            ),
        )
        + "\n"
    )


def outdated_notice(lang: str, page_url_from_here: str) -> str:
    _ = i18n.translations(lang).gettext
    link_text = _("the current English page")
    link = f"[{link_text}]({page_url_from_here})"
    return (
        _admonition(
            "warning",
            _("This translation may be out of date"),
            _("The English page has changed since this translation was made. Check %(link)s.")
            % {"link": link},
        )
        + "\n"
    )


def scenario_id(file: FileResult) -> str:
    return str((file.scenario or {}).get("id") or file.path.stem)


def scenario_anchor(file: FileResult) -> str:
    return f"scenario-{scenario_id(file)}"


def rule_link(rule_id: str) -> str:
    rule = RULES[rule_id]
    return f"[{rule.id}]({rule.page}#{rule.anchor})"


def _verdict_row(verdict: Verdict, lang: str) -> str:
    rules = ", ".join(rule_link(rule_id) for rule_id in verdict.rules) or "—"
    reasons = " ".join(inline(i18n.render(reason, lang)) for reason in verdict.reasons)
    if verdict.detail is not None:
        reasons += f" ({inline(i18n.render(verdict.detail, lang))})"
    question = inline(i18n.render(labels.label(verdict.key), lang))
    return f"| {question} | {verdict_label(verdict.outcome, lang)} | {rules} | {reasons} |"


def _scenario_entry(file: FileResult, lang: str) -> list[str]:
    t = i18n.translations(lang)
    _ = t.gettext
    scenario = file.scenario or {}
    title, title_lang = localized(scenario.get("title"), lang)
    description, description_lang = localized(scenario.get("description"), lang)
    lines = [f"### {inline(title)} {{: #{scenario_anchor(file)} }}", ""]
    if lang not in (title_lang, description_lang) or title_lang != description_lang:
        fallback = _("This scenario has no text in your language yet; it is shown in English.")
        lines += [f"*{fallback}*", ""]
    situation = _("Situation")
    lines += [inline(description), "", f"**{situation}**", ""]
    lines += [f"- {line}" for line in situation_lines(scenario, lang)]
    lines += [
        "",
        "| " + " | ".join([_("Question or action"), _("Verdict"), _("Rule"), _("Why")]) + " |",
        "| --- | --- | --- | --- |",
    ]
    lines += [_verdict_row(v, lang) for v in file.evaluation.verdicts] if file.evaluation else []
    return [*lines, ""]


def _summary(check: CheckResult, lang: str) -> list[str]:
    t = i18n.translations(lang)
    files = [f for f in check.files if f.evaluation is not None]
    verdicts = [v for f in files for v in f.evaluation.verdicts]  # type: ignore[union-attr]
    count = {o: sum(1 for v in verdicts if v.outcome == o) for o in ("allowed", "blocked", "not_applicable")}
    return [
        t.ngettext("%(num)d scenario", "%(num)d scenarios", len(files)) % {"num": len(files)},
        "",
        "- "
        + t.ngettext("%(num)d verdict allowed", "%(num)d verdicts allowed", count["allowed"])
        % {"num": count["allowed"]},
        "- "
        + t.ngettext("%(num)d verdict blocked", "%(num)d verdicts blocked", count["blocked"])
        % {"num": count["blocked"]},
        "- "
        + t.ngettext(
            "%(num)d verdict not applicable", "%(num)d verdicts not applicable", count["not_applicable"]
        )
        % {"num": count["not_applicable"]},
        "",
    ]


def _group_order(edition: str, cloud: str) -> tuple[int, int]:
    editions, clouds = list(EDITION_LABELS), list(labels.CLOUDS)
    return (
        editions.index(edition) if edition in editions else len(editions),
        clouds.index(cloud) if cloud in clouds else len(clouds),
    )


def scenarios_page(check: CheckResult, lang: str) -> str:
    lines = _summary(check, lang)
    groups: dict[tuple[str, str], list[FileResult]] = {}
    for file in check.files:
        if file.evaluation is not None and file.scenario is not None:
            key = (str(file.scenario.get("edition")), str(file.scenario.get("cloud")))
            groups.setdefault(key, []).append(file)
    for (edition, cloud), files in sorted(groups.items(), key=lambda item: _group_order(*item[0])):
        lines += [f"## {edition_label(edition, lang)} — {cloud_label(cloud, lang)}", ""]
        for file in sorted(files, key=scenario_id):
            lines += _scenario_entry(file, lang)
    return "\n".join(lines)


def rule_scenarios(check: CheckResult, rule_id: str, lang: str) -> str:
    t = i18n.translations(lang)
    entries = scenarios_by_rule(check).get(rule_id, [])
    if not entries:
        return ""
    lines = []
    for file, outcome in entries:
        title, _lang = localized((file.scenario or {}).get("title"), lang)
        link = f"[{inline(title)}]({SCENARIOS_PAGE}#{scenario_anchor(file)})"
        lines.append(f"- {link} — {verdict_label(outcome, lang)}")
    title = t.ngettext(
        "%(num)d scenario exercises rule %(rule)s", "%(num)d scenarios exercise rule %(rule)s", len(entries)
    ) % {"num": len(entries), "rule": rule_id}
    return _admonition("example", title, "\n".join(lines), collapsible=True)


def coverage_table(check: CheckResult, lang: str) -> str:
    _ = i18n.translations(lang).gettext
    lines = [
        "| "
        + " | ".join([_("Rule"), _("Statement"), _("Scenarios it allows"), _("Scenarios it blocks")])
        + " |",
        "| --- | --- | ---: | ---: |",
    ]
    for row in rule_coverage(check):
        statement = inline(_(row.rule.statement))
        if row.allowed == 0 and row.blocked == 0:
            unexercised = _("Exercised by no scenario")
            statement += f" **{unexercised}**"
        lines.append(f"| {rule_link(row.rule.id)} | {statement} | {row.allowed} | {row.blocked} |")
    return "\n".join(lines) + "\n"


def state_label(state: str, lang: str) -> str:
    text = i18n.translations(lang).gettext(STATE_LABELS[state])
    return text[:1].upper() + text[1:]


def translation_status(report: TranslationReport, scenarios: Sequence[ScenarioStatus], lang: str) -> str:
    """Two tables: every page × language, then every scenario's title and description × language."""
    _ = i18n.translations(lang).gettext
    others = [code for code in report.languages if code != report.default_language]
    rule = "| --- |" + " --- |" * len(others)
    lines = ["| " + _("Page") + " | " + " | ".join(others) + " |", rule]
    for page in report.pages():
        cells = []
        for code in others:
            status = report.status_of(page, code)
            cells.append(state_label(status.state, lang) if status else "—")
        lines.append(f"| `{page}` | " + " | ".join(cells) + " |")
    by_scenario: dict[str, dict[str, str]] = {}
    for scenario in scenarios:
        by_scenario.setdefault(scenario.scenario_id, {})[scenario.lang] = scenario.state
    if by_scenario:
        lines += ["", "| " + _("Scenario") + " | " + " | ".join(others) + " |", rule]
        for scenario_id, states in sorted(by_scenario.items()):
            cells = [state_label(states[code], lang) if code in states else "—" for code in others]
            link = f"[`{scenario_id}`]({SCENARIOS_PAGE}#scenario-{scenario_id})"
            lines.append(f"| {link} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
