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

from relcheck import i18n
from relcheck.i18n import N_, Np_
from relcheck.result import CheckResult, FileResult, Ground, Message, Param, Verdict
from relcheck.rules import RULES, Rule
from relcheck.rules.base import GIVES_ORDER
from relcheck.site.coverage import outcome_kind, rule_coverage, uses_by_rule
from relcheck.site.markdown_text import inline
from relcheck.site.scenario_text import capitalized, edition_label, localized, situation_lines
from relcheck.translations.pages import STATE_LABELS, TranslationReport
from relcheck.translations.scenarios import ScenarioStatus
from relcheck.translations.terms import Termbase
from relcheck.vocab import labels, regions
from relcheck.vocab.changes import CHANGES, CHECKED_ON, GERMANY_CLOSED
from relcheck.vocab.editions import EDITIONS, Edition
from relcheck.vocab.enums import has_one_cloud

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


def _t(lang: str, msgid: str, **params: Param) -> str:
    """One text in the reader's language, its parameters filled in (`relcheck.i18n.render`)."""
    return i18n.render(Message(msgid, params), lang)


def source_date(edition: Edition, lang: str) -> str:
    return i18n.format_date(edition.source_date, lang)


def _admonition(kind: str, title: str, body: str) -> str:
    indented = "\n".join(f"    {line}" if line else "" for line in body.splitlines())
    return f'!!! {kind} "{title}"\n\n{indented}\n'


# The titles of the notices a page may carry, so that a test can look for them in any language.
FALLBACK_TITLE = N_("Not translated yet")
OUTDATED_TITLE = N_("This translation may be out of date")


def fallback_notice(lang: str) -> str:
    title = _t(lang, FALLBACK_TITLE)
    body = _t(
        lang,
        N_("This page has not been translated into your language yet; you are reading the English original."),
    )
    return _admonition("info", title, body) + "\n"


def outdated_notice(lang: str, page_url_from_here: str) -> str:
    link_text = _t(lang, N_("the current English page"))
    link = f"[{link_text}]({page_url_from_here})"
    title = _t(lang, OUTDATED_TITLE)
    body = _t(
        lang, N_("The English page has changed since this translation was made. Check %(link)s."), link=link
    )
    return _admonition("warning", title, body) + "\n"


def scenario_id(file: FileResult) -> str:
    return str((file.scenario or {}).get("id") or file.path.stem)


def scenario_anchor(file: FileResult) -> str:
    return f"scenario-{scenario_id(file)}"


# Only ASCII whitespace collapses: a no-break space (French typography) is part of the text.
ASCII_SPACE = re.compile(r"[ \t\r\n\f\v]+")


def _flat(text: str) -> str:
    return ASCII_SPACE.sub(" ", str(text)).strip(" ")


def _text(text: str) -> str:
    return html.escape(_flat(text))


def _html(lang: str, msgid: str, **params: Param) -> str:
    """One message in the page's language, escaped for HTML."""
    return _text(_t(lang, msgid, **params))


def grounds_html(verdict: Verdict, lang: str) -> str:
    """What the answer rests on, one line per deciding rule, then what Microsoft has changed since."""
    lines = [_text(i18n.render(labels.ground(g), lang)) for g in verdict.grounds if g.says_more]
    if verdict.changes:
        checked = i18n.format_date(CHECKED_ON, lang)
        lines.append(
            _html(lang, N_("Changed since, as Microsoft's current pages said on %(date)s:"), date=checked)
        )
        for change_id in verdict.changes:
            change = CHANGES[change_id]
            text = _text(i18n.render(Message(change.text), lang))
            link = _html(lang, change.link)
            lines.append(f'{text} <a href="{change.url(lang)}">{link}</a>')
    # not <small>: Material dims it below the contrast a reader needs
    return "".join(f'<br><span class="relcheck-ground">{line}</span>' for line in lines)


def _verdict_row(verdict: Verdict, lang: str, links: Links) -> str:
    rules = ", ".join(_rule_anchor_link(rule_id, links) for rule_id in verdict.rules)
    reasons = " ".join(_text(i18n.render(reason, lang)) for reason in verdict.reasons) + grounds_html(
        verdict, lang
    )
    question = _text(i18n.render(labels.label(verdict.key), lang))
    outcome = _text(i18n.render(labels.answer(verdict.outcome), lang))
    return f"<tr><td>{question}</td><td>{outcome}</td><td>{rules or '—'}</td><td>{reasons}</td></tr>"


def _not_reached_row(verdicts: Sequence[Verdict], lang: str) -> str:
    """The answers an earlier one made unreachable, folded into one row that names them and why."""
    names = "<br>".join(_text(i18n.render(labels.label(v.key), lang)) for v in verdicts)
    word = _text(i18n.render(labels.answer("not_reached"), lang))
    return f"<tr><td>{names}</td><td>{word}</td><td>—</td><td>{_text(i18n.render(verdicts[0].reason, lang))}</td></tr>"


def _verdict_rows(verdicts: Sequence[Verdict], lang: str, links: Links) -> str:
    shown = [_verdict_row(v, lang, links) for v in verdicts if v.outcome != "not_reached"]
    unreached = [v for v in verdicts if v.outcome == "not_reached"]
    if unreached:
        shown.append(_not_reached_row(unreached, lang))
    return "".join(shown)


def _scenario_entry(file: FileResult, lang: str, links: Links, out: Rendered) -> list[str]:
    scenario = file.scenario or {}
    title, title_lang = localized(scenario.get("title"), lang)
    description, description_lang = localized(scenario.get("description"), lang)
    lines = [f"### {inline(title)} {{: #{scenario_anchor(file)} }}", ""]
    if title_lang != lang or description_lang != lang:
        fallback = _t(lang, N_("This scenario has no text in your language yet; it is shown in English."))
        lines += [f"*{inline(fallback)}*", ""]
    lines += [inline(description), ""]
    situation = _t(lang, N_("Situation"))
    items = "".join(f"<li>{_text(line)}</li>" for line in situation_lines(scenario, lang))
    header = "".join(
        f"<th>{_html(lang, h)}</th>" for h in (N_("Question or action"), N_("Answer"), N_("Rule"), N_("Why"))
    )
    rows = _verdict_rows(file.evaluation.verdicts, lang, links) if file.evaluation else ""
    fragment = (
        f"<p><strong>{_text(situation)}</strong></p>\n<ul>{items}</ul>\n"
        f"<table>\n<thead><tr>{header}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>"
    )
    lines += [out.add(scenario_anchor(file), fragment), ""]
    return lines


_OUTCOME_COUNTS = {
    "yes": Np_("%(num)d answer Yes", "%(num)d answers Yes"),
    "no": Np_("%(num)d answer No", "%(num)d answers No"),
    "value": Np_(
        "%(num)d answer naming a portal or an agreement", "%(num)d answers naming a portal or an agreement"
    ),
    "allowed": Np_("%(num)d action allowed", "%(num)d actions allowed"),
    "blocked": Np_("%(num)d action blocked", "%(num)d actions blocked"),
    "not_stated": Np_("%(num)d answer not stated by the source", "%(num)d answers not stated by the source"),
    "not_reached": Np_("%(num)d answer not reached", "%(num)d answers not reached"),
}


def _summary(check: CheckResult, lang: str) -> list[str]:
    files = [f for f in check.files if f.evaluation is not None]
    verdicts = [v for f in files for v in f.evaluation.verdicts]  # type: ignore[union-attr]
    count = {kind: 0 for kind in _OUTCOME_COUNTS}
    for verdict in verdicts:
        count[outcome_kind(verdict.outcome)] += 1
    singular, plural = Np_("%(num)d scenario", "%(num)d scenarios")
    lines = [i18n.render(Message(singular, {}, plural, len(files)), lang), ""]
    for kind, (singular, plural) in _OUTCOME_COUNTS.items():
        lines.append("- " + i18n.render(Message(singular, {}, plural, count[kind]), lang))
    return [*lines, ""]


def _group_order(edition: str, cloud: str) -> tuple[int, int]:
    editions, clouds = list(EDITIONS), list(labels.CLOUDS)
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
        if has_one_cloud(edition):
            lines += [f"## {edition_label(edition, lang)}", ""]
        else:
            lines += [f"## {edition_label(edition, lang)} — {labels.cloud_in_text(cloud, lang)}", ""]
        if cloud == "germany":  # what changed since is said where the reader meets these cases
            lines += [f"*{inline(_t(lang, GERMANY_CLOSED.text))}*", ""]
        for file in sorted(files, key=scenario_id):
            lines += _scenario_entry(file, lang, links, out)
    out.markdown = "\n".join(lines)
    return out


def rule_scenarios(check: CheckResult, rule_id: str, lang: str, links: Links = unresolved) -> Rendered:
    """A collapsed block listing the scenarios in which one rule decided an answer, each with the
    questions it decided there and their answers (the HTML of pymdownx.details)."""
    out = Rendered("")
    by_file: dict[str, tuple[FileResult, list[str]]] = {}
    for use in uses_by_rule(check).get(rule_id, []):
        answer = (
            f"{i18n.render(labels.label(use.key), lang)} → {i18n.render(labels.answer(use.outcome), lang)}"
        )
        by_file.setdefault(str(use.file.path), (use.file, []))[1].append(answer)
    if not by_file:
        return out
    items = []
    for file, answers in by_file.values():
        title, _lang = localized((file.scenario or {}).get("title"), lang)
        href = html.escape(links(f"{SCENARIOS_PAGE}#{scenario_anchor(file)}"))
        decided = "<br>".join(_text(a) for a in answers)
        items.append(f'<li><a href="{href}">{_text(title)}</a><br>{decided}</li>')
    if len(by_file) == 1:  # a heading does not start with the figure 1 (French typography says "Un")
        summary = _t(lang, N_("One scenario in which rule %(rule)s decides"), rule=rule_id)
    else:
        singular, plural = Np_(
            "%(num)d scenario in which rule %(rule)s decides",
            "%(num)d scenarios in which rule %(rule)s decides",
        )
        summary = i18n.render(Message(singular, {"rule": rule_id}, plural, len(by_file)), lang)
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


def _rule_cell(rule_id: str, lang: str, links: Links) -> str:
    """The rule's id linked to its paragraph, marked when it comes from a companion page."""
    cell = _rule_anchor_link(rule_id, links)
    if RULES[rule_id].source == "companion":
        note = _html(lang, N_("(companion page)"))
        cell += f" <small>{note}</small>"
    return cell


def coverage_table(check: CheckResult, lang: str, links: Links = unresolved) -> Rendered:
    """Per rule: each outcome its source lets it give, with how many scenarios show it; a missing one
    is flagged."""
    rows = []
    for row in rule_coverage(check):
        counts = []
        for kind in sorted(row.rule.gives, key=GIVES_ORDER.index):
            count = row.scenarios.get(kind, 0)
            text = _html(lang, N_("%(outcome)s: %(count)d"), outcome=_t(lang, _KIND_NAMES[kind]), count=count)
            if not count:
                flag = _html(lang, N_("no scenario shows it"))
                text = f"<strong>{text} — {flag}</strong>"
            counts.append(text)
        statement = _text(i18n.render(Message(row.rule.statement), lang))
        rows.append([_rule_cell(row.rule.id, lang, links), statement, "<br>".join(counts)])
    header = [
        i18n.render(Message(m), lang) for m in (N_("Rule"), N_("Statement"), N_("Scenarios per outcome"))
    ]
    out = Rendered("")
    out.markdown = out.add("rule-coverage", _table(header, rows))
    return out


_KIND_NAMES = {
    "yes": labels.OUTCOME_NAMES["yes"],
    "no": labels.OUTCOME_NAMES["no"],
    "allowed": labels.OUTCOME_NAMES["allowed"],
    "blocked": labels.OUTCOME_NAMES["blocked"],
    "not_stated": labels.OUTCOME_NAMES["not_stated"],
    "value": N_("A portal or an agreement"),
}


def _rests_on(rule: Rule, lang: str) -> str:
    """What a rule's answers rest on, generated from its cases: each place in its source, each reading of
    this site, whether some cases are not stated; then what Microsoft has changed since."""
    bases = list(
        dict.fromkeys(c.basis for cases in rule.answers.values() for c in cases if c.says is not None)
    )
    lines = [
        _html(
            lang, N_("%(rule)s: the source says nothing on some of the questions it answers."), rule=rule.id
        )
        if b.kind == "not_stated"  # a rule's silence, listed once per rule rather than per answer
        else _text(i18n.render(labels.ground(Ground(b.kind, rule.id, b.where)), lang))
        for b in bases
    ]
    lines += [_text(i18n.render(Message(change.text), lang)) for change in rule.later]
    return "<br>".join(lines)


def audit_table(lang: str, links: Links = unresolved) -> Rendered:
    """Per rule: what its source says, what the checker decides from it, what each answer rests on, and
    what it leaves as not stated, all from the rule's own definition (its cases for the grounds)."""
    rows = [
        [
            _rule_cell(rule.id, lang, links),
            _html(lang, rule.says),
            _html(lang, rule.decides_text),
            _rests_on(rule, lang),
            _html(lang, rule.leaves),
        ]
        for rule in RULES.values()
    ]
    header = [
        i18n.render(Message(m), lang)
        for m in (
            N_("Rule"),
            N_("What the source says"),
            N_("What the checker decides"),
            N_("What it rests on, and what has changed since"),
            N_("Left as not stated"),
        )
    ]
    out = Rendered("")
    out.markdown = out.add("rule-audit", _table(header, rows))
    return out


def region_table(lang: str) -> Rendered:
    """The checker's own country-to-region table, with each country's name in the page's language."""
    names = i18n.country_names(lang)
    by_region: dict[str, list[str]] = {}
    for country, region in regions.region_of().items():
        by_region.setdefault(region, []).append(country)
    rows = []
    for region, countries in sorted(by_region.items()):
        by_name = sorted(countries, key=lambda c: i18n.collation_key(names.get(c) or c, lang))
        listed = ", ".join(i18n.country_label(c, lang) for c in by_name)
        rows.append([f"{_html(lang, labels.REGIONS[region])} (<code>{_text(region)}</code>)", _text(listed)])
    header = [i18n.render(Message(m), lang) for m in (N_("Region"), N_("Countries"))]
    out = Rendered("")
    out.markdown = out.add("region-table", _table(header, rows))
    return out


def state_label(state: str, lang: str) -> str:
    return capitalized(_t(lang, STATE_LABELS[state]))


def translation_status(
    report: TranslationReport, scenarios: Sequence[ScenarioStatus], lang: str, links: Links = unresolved
) -> Rendered:
    """Two tables: every page × language, then every scenario's title and description × language."""
    others = [code for code in report.languages if code != report.default_language]
    page_rows = []
    for page in report.pages():
        cells = []
        for code in others:
            status = report.status_of(page, code)
            cells.append(_text(state_label(status.state, lang)) if status else "—")
        page_rows.append([f"<code>{_text(page)}</code>", *cells])
    out = Rendered("")
    parts = [out.add("translation-pages", _table([_t(lang, N_("Page")), *others], page_rows))]
    by_scenario: dict[str, dict[str, str]] = {}
    for scenario in scenarios:
        by_scenario.setdefault(scenario.scenario_id, {})[scenario.lang] = scenario.state
    if by_scenario:
        scenario_rows = []
        for scenario_id, states in sorted(by_scenario.items()):
            href = html.escape(links(f"{SCENARIOS_PAGE}#scenario-{scenario_id}"))
            cells = [_text(state_label(states[code], lang)) if code in states else "—" for code in others]
            scenario_rows.append([f'<a href="{href}"><code>{_text(scenario_id)}</code></a>', *cells])
        parts.append(
            out.add("translation-scenarios", _table([_t(lang, N_("Scenario")), *others], scenario_rows))
        )
    out.markdown = "\n\n".join(parts)
    return out


def _cell(text: str) -> str:
    """Text for a Markdown table cell: a pipe would end the cell, a line break the row."""
    return _flat(text).replace("|", "\\|")


def glossary(termbase: Termbase, lang: str) -> str:
    """The glossary page's table, from the language's termbase (the same data the term check reads)."""
    terms = termbase.glossary_terms()
    if lang == i18n.DEFAULT_LANGUAGE:
        header, rows = (
            [_t(lang, N_("Term")), _t(lang, N_("Meaning"))],
            [[t.english, t.definition] for t in terms],
        )
    else:
        header = [_t(lang, N_("English term")), _t(lang, N_("Term on this site")), _t(lang, N_("Meaning"))]
        rows = [[t.english, t.preferred, t.definition] for t in terms]
    lines = ["| " + " | ".join(_cell(h) for h in header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(_cell(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


# Python-Markdown's toc extension titles every heading's permalink "Permanent link", in English, for
# the whole site; each language's pages get its own word (and its typography) here.
PERMALINK_TITLE = N_("Permanent link")


def localized_permalinks(page_html: str, lang: str) -> str:
    """The page with the title of each heading's permalink in the page's language."""
    title = html.escape(i18n.render(Message(PERMALINK_TITLE), lang), quote=True)
    return page_html.replace('title="Permanent link"', f'title="{title}"')
