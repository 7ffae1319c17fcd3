"""The checker's results and the translation report, rendered for one language.

Pure functions: no MkDocs import, no file access; each takes plain result objects and a language,
so they are tested on their own. Text that comes from scenario files can never become markup: in
Markdown it goes through `markdown_text.inline`, in HTML through `html.escape`.

The scenario entries and the per-rule scenario lists come back as a `Rendered`: Markdown for what
belongs in the page's outline and search index (headings, descriptions), and HTML fragments, named
by placeholders in that Markdown, for the bulk (situations, verdict tables, rule blocks). The
fragments are put in place after the page has been converted and indexed: hundreds of generated
table cells per language would otherwise cost more than the rest of the build, and would drown
real search results in the rules' repeated words. Their links are resolved by the caller (`Links`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from relcheck import i18n, labels
from relcheck.coverage import rule_coverage, scenarios_by_rule
from relcheck.editions import Edition
from relcheck.result import CheckResult, FileResult, Verdict
from relcheck.rules import RULES
from relcheck.site.markdown_text import inline
from relcheck.site.scenario_text import EDITIONS as EDITION_LABELS
from relcheck.site.scenario_text import cloud_label, edition_label, localized, situation_lines, verdict_label
from relcheck.termbase import Termbase
from relcheck.translations.pages import STATE_LABELS, TranslationReport
from relcheck.translations.scenarios import ScenarioStatus

SCENARIOS_PAGE = "scenarios.md"

# Turns a docs-relative target ("request-reseller-relationship.md#rule-g4") into the href to write in
# an HTML block of the page being rendered. Markdown links are left to MkDocs, which resolves them.
Links = Callable[[str], str]


def unresolved(target: str) -> str:
    """The identity resolver, for rendering outside a site build (tests, previews)."""
    return target


PLACEHOLDER = re.compile(r"<!-- relcheck-html:([\w-]+) -->")


@dataclass
class Rendered:
    """Markdown, and the HTML fragments that its `<!-- relcheck-html:KEY -->` placeholders stand for."""

    markdown: str
    fragments: dict[str, str] = field(default_factory=dict)

    def add(self, key: str, fragment: str) -> str:
        """Keep a fragment; return the placeholder line to write in the Markdown."""
        self.fragments[key] = fragment
        return f"<!-- relcheck-html:{key} -->"


def fill_placeholders(page_html: str, fragments: Mapping[str, str]) -> str:
    """Put each fragment where its placeholder is; a placeholder without a fragment is a bug."""
    return PLACEHOLDER.sub(lambda match: fragments[match[1]], page_html)


def source_date(edition: Edition, lang: str) -> str:
    return i18n.format_date(edition.source_date, lang)


def _admonition(kind: str, title: str, body: str) -> str:
    indented = "\n".join(f"    {line}" if line else "" for line in body.splitlines())
    return f'!!! {kind} "{title}"\n\n{indented}\n'


def fallback_notice(lang: str) -> str:
    _ = i18n.translator(lang).gettext
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
    _ = i18n.translator(lang).gettext
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


def _text(text: str) -> str:
    return html.escape(" ".join(str(text).split()))


def _verdict_row(verdict: Verdict, lang: str, links: Links) -> str:
    rules = ", ".join(_rule_anchor_link(rule_id, links) for rule_id in verdict.rules)
    reasons = " ".join(_text(i18n.render(reason, lang)) for reason in verdict.reasons)
    if verdict.detail is not None:
        reasons += f" ({_text(i18n.render(verdict.detail, lang))})"
    question = _text(i18n.render(labels.label(verdict.key), lang))
    outcome = _text(verdict_label(verdict.outcome, lang))
    return f"<tr><td>{question}</td><td>{outcome}</td><td>{rules or '—'}</td><td>{reasons}</td></tr>"


def _scenario_entry(file: FileResult, lang: str, links: Links, out: Rendered) -> list[str]:
    _ = i18n.translator(lang).gettext
    scenario = file.scenario or {}
    title, title_lang = localized(scenario.get("title"), lang)
    description, description_lang = localized(scenario.get("description"), lang)
    lines = [f"### {inline(title)} {{: #{scenario_anchor(file)} }}", ""]
    if title_lang != lang or description_lang != lang:
        fallback = _("This scenario has no text in your language yet; it is shown in English.")
        lines += [f"*{inline(fallback)}*", ""]
    lines += [inline(description), ""]
    situation = _("Situation")
    items = "".join(f"<li>{_text(line)}</li>" for line in situation_lines(scenario, lang))
    header = "".join(
        f"<th>{_text(h)}</th>" for h in (_("Question or action"), _("Verdict"), _("Rule"), _("Why"))
    )
    rows = "".join(_verdict_row(v, lang, links) for v in file.evaluation.verdicts) if file.evaluation else ""
    fragment = (
        f"<p><strong>{_text(situation)}</strong></p>\n<ul>{items}</ul>\n"
        f"<table>\n<thead><tr>{header}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>"
    )
    lines += [out.add(scenario_anchor(file), fragment), ""]
    return lines


def _summary(check: CheckResult, lang: str) -> list[str]:
    t = i18n.translator(lang)
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


def scenarios_page(check: CheckResult, lang: str, links: Links = unresolved) -> Rendered:
    out = Rendered("")
    lines = _summary(check, lang)
    groups: dict[tuple[str, str], list[FileResult]] = {}
    for file in check.files:
        if file.evaluation is not None and file.scenario is not None:
            key = (str(file.scenario.get("edition")), str(file.scenario.get("cloud")))
            groups.setdefault(key, []).append(file)
    for (edition, cloud), files in sorted(groups.items(), key=lambda item: _group_order(*item[0])):
        lines += [f"## {edition_label(edition, lang)} — {cloud_label(cloud, lang)}", ""]
        for file in sorted(files, key=scenario_id):
            lines += _scenario_entry(file, lang, links, out)
    out.markdown = "\n".join(lines)
    return out


def rule_scenarios(check: CheckResult, rule_id: str, lang: str, links: Links = unresolved) -> Rendered:
    """A collapsed block listing the scenarios that exercise one rule (the HTML of pymdownx.details)."""
    out = Rendered("")
    entries = scenarios_by_rule(check).get(rule_id, [])
    if not entries:
        return out
    items = []
    for file, outcome in entries:
        title, _lang = localized((file.scenario or {}).get("title"), lang)
        href = html.escape(links(f"{SCENARIOS_PAGE}#{scenario_anchor(file)}"))
        items.append(f'<li><a href="{href}">{_text(title)}</a> — {_text(verdict_label(outcome, lang))}</li>')
    summary = i18n.translator(lang).ngettext(
        "%(num)d scenario exercises rule %(rule)s", "%(num)d scenarios exercise rule %(rule)s", len(entries)
    ) % {"num": len(entries), "rule": rule_id}
    fragment = f'<details class="example">\n<summary>{_text(summary)}</summary>\n<ul>{"".join(items)}</ul>\n</details>'
    out.markdown = out.add(f"rule-{rule_id.lower()}", fragment)
    return out


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """An HTML table; the header is plain text, the cells are HTML already escaped by the caller."""
    head = "".join(f"<th>{_text(cell)}</th>" for cell in header)
    body = "\n".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def _rule_anchor_link(rule_id: str, links: Links) -> str:
    rule = RULES[rule_id]
    return f'<a href="{html.escape(links(f"{rule.page}#{rule.anchor}"))}">{rule.id}</a>'


def coverage_table(check: CheckResult, lang: str, links: Links = unresolved) -> Rendered:
    _ = i18n.translator(lang).gettext
    unexercised = _("Exercised by no scenario")
    rows = []
    for row in rule_coverage(check):
        statement = _text(_(row.rule.statement))
        if row.allowed == 0 and row.blocked == 0:
            statement += f" <strong>{_text(unexercised)}</strong>"
        rows.append([_rule_anchor_link(row.rule.id, links), statement, str(row.allowed), str(row.blocked)])
    header = [_("Rule"), _("Statement"), _("Scenarios allowed"), _("Scenarios blocked")]
    out = Rendered("")
    out.markdown = out.add("rule-coverage", _table(header, rows))
    return out


def state_label(state: str, lang: str) -> str:
    text = i18n.translator(lang).gettext(STATE_LABELS[state])
    return text[:1].upper() + text[1:]


def translation_status(
    report: TranslationReport, scenarios: Sequence[ScenarioStatus], lang: str, links: Links = unresolved
) -> Rendered:
    """Two tables: every page × language, then every scenario's title and description × language."""
    _ = i18n.translator(lang).gettext
    others = [code for code in report.languages if code != report.default_language]
    page_rows = []
    for page in report.pages():
        cells = []
        for code in others:
            status = report.status_of(page, code)
            cells.append(_text(state_label(status.state, lang)) if status else "—")
        page_rows.append([f"<code>{_text(page)}</code>", *cells])
    out = Rendered("")
    parts = [out.add("translation-pages", _table([_("Page"), *others], page_rows))]
    by_scenario: dict[str, dict[str, str]] = {}
    for scenario in scenarios:
        by_scenario.setdefault(scenario.scenario_id, {})[scenario.lang] = scenario.state
    if by_scenario:
        scenario_rows = []
        for scenario_id, states in sorted(by_scenario.items()):
            href = html.escape(links(f"{SCENARIOS_PAGE}#scenario-{scenario_id}"))
            cells = [_text(state_label(states[code], lang)) if code in states else "—" for code in others]
            scenario_rows.append([f'<a href="{href}"><code>{_text(scenario_id)}</code></a>', *cells])
        parts.append(out.add("translation-scenarios", _table([_("Scenario"), *others], scenario_rows)))
    out.markdown = "\n\n".join(parts)
    return out


def _cell(text: str) -> str:
    """Text for a Markdown table cell: a pipe would end the cell, a line break the row."""
    return " ".join(text.split()).replace("|", "\\|")


def glossary(termbase: Termbase, lang: str) -> str:
    """The glossary page's table, from the language's termbase (the same data the term check reads)."""
    _ = i18n.translator(lang).gettext
    terms = termbase.glossary_terms()
    if lang == i18n.DEFAULT_LANGUAGE:
        header, rows = [_("Term"), _("Meaning")], [[t.english, t.definition] for t in terms]
    else:
        header = [_("English term"), _("Term on this site"), _("Meaning")]
        rows = [[t.english, t.preferred, t.definition] for t in terms]
    lines = ["| " + " | ".join(_cell(h) for h in header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(_cell(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"
