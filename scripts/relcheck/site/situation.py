"""The "Check your situation" form, in one language: its HTML and the texts its script shows.

Pure functions, like `relcheck.site.render`. What the page evaluates (rules, facts, flow) is language-
independent and comes from `relcheck.rules.export`; here is only what a reader reads: labels, the
reasons' translations, and the links from each rule to its paragraph in the page's language.

Every control is named after the scenario field it fills (``partner.role``), so the script builds a
scenario document from the names alone (see ``assets/situation.js``); a country's select also names the
region it fills (``data-region``), the list of the customer's other partners names its field
(``data-list``), and an option that belongs to one edition says so (``data-edition``). Each field's
block names the facts it sets (``data-facts``), so the script hides the fields that no rule of the
chosen edition reads.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from relcheck import i18n
from relcheck.i18n import N_, Np_
from relcheck.quoting import AND
from relcheck.result import Ground, Message
from relcheck.rules import RULES
from relcheck.site.render import Links
from relcheck.site.scenario_text import capitalized
from relcheck.vocab import labels, regions
from relcheck.vocab.changes import CHANGES, CHECKED_ON
from relcheck.vocab.editions import EDITIONS
from relcheck.vocab.enums import (
    ACTIONS_AFTER_ACCEPTANCE,
    ACTIONS_AFTER_REVOCATION,
    CLOUDS_BY_EDITION,
    SERVICES,
    schema,
)
from relcheck.vocab.flow import NO_RULE, NOT_REACHED

ASSETS = "assets/relcheck"
# The downloaded scenario's title and description (English, plus the page's language).
SCENARIO_TITLE = N_("My situation")
SCENARIO_DESCRIPTION = N_("A situation described on the “Check your situation” page.")
NOSCRIPT = N_(
    "This page needs JavaScript to answer your questions, and it is turned off. The procedure pages state every rule:"
)


# The form's own words; kept out of the f-strings below, where the message extractor cannot see them.
WORDS = {
    "another_partner": N_("Another partner of the customer"),
    "its_name": N_("Its name"),
    "it_transacts_in_csp": N_("It transacts in CSP"),
    "its_dap_services": N_("Services it holds delegated administrative privileges for"),
    "remove_this_partner": N_("Remove this partner"),
    "edition_and_cloud": N_("Edition and cloud"),
    "edition": N_("Edition"),
    "your_company": N_("Your company"),
    "the_customer": N_("The customer"),
    "add_a_partner": N_("Add a partner"),
    "your_request": N_("Your request"),
    "removal_of_your_permissions": N_("Removal of your permissions"),
    "answers": N_("Answers"),
    "download": N_("Download as a scenario file"),
    "download_hint": N_(
        "The file is a scenario that relcheck check accepts as it is, with these answers as its expectations. The address of this page holds what you entered in the form: send it to a colleague to show the same case, in any language."
    ),
    "copy_link": N_("Copy the link to this case"),
    "show_answers": N_("Show the answers"),
    "your_case": N_("Your case"),
}
# Texts the script shows; %(name)s parameters are filled in the page.
SCRIPT_WORDS = {
    "region": N_("Region in the checker's table: %(region)s"),
    "partner_name": N_("Partner %(number)s"),
    "file_name": N_(
        "File name: %(name)s. Keep it: relcheck check wants the file's name to match the id it holds."
    ),
    "copied": N_("Link copied."),
    "copy_failed": N_("Your browser did not copy the link. It is selected below: copy it yourself."),
    "link_problems": N_("Part of this link could not be used"),
    "link_version": N_(
        "The link does not say which version of this page wrote it. It may have been cut short, so part of the case may be missing."
    ),
    "link_cut": N_(
        "The link does not end as this page writes its links. It may have been cut short, so part of the case may be missing."
    ),
    "link_value": N_("%(field)s: the link's value “%(value)s” is not one of the choices."),
    "link_mismatch": N_("%(field)s: the link's value “%(value)s” does not apply to %(edition)s."),
    "link_unknown": N_(
        "The link holds a field that this page does not know, and it was left out: “%(name)s”."
    ),
    "link_control": N_("Control characters were removed from the name of partner %(number)s."),
    "link_check": N_(
        "The form shows its own choices in their place. Check the fields marked in the form: the answers appear once you have chosen them, or when you keep the values shown."
    ),
    "keep_values": N_("Keep the values shown"),
    "field_from_link": N_("The link's value was not understood: choose one."),
    "pending": N_("The answers appear once you have checked the fields named at the top of the form."),
    "yes": N_("Yes"),
    "no": N_("No"),
}
# Plural texts whose number is one of the schema's limits: rendered once, the count filled in here.
CAP_PARTNERS = Np_(
    "A scenario holds at most %(num)d other partner of the customer.",
    "A scenario holds at most %(num)d other partners of the customer.",
)
LINK_TOO_MANY = Np_(
    "The link lists more other partners than a scenario holds: only the first %(num)d is kept.",
    "The link lists more other partners than a scenario holds: only the first %(num)d are kept.",
)
LINK_NAME_LONG = Np_(
    "The name of partner %(number)s was longer than %(num)d character and was cut.",
    "The name of partner %(number)s was longer than %(num)d characters and was cut.",
)
ANSWERS_CHANGED = Np_("%(num)d answer changed", "%(num)d answers changed")
NO_ANSWER_CHANGED = N_("No answer changed")
ONE_ANSWER_CHANGED = N_("One answer changed")
# The 21Vianet edition serves customers in China: a field it hides (the countries) is written as China.
EDITION_COUNTRY = {"21vianet": "CN"}


def _t(lang: str, msgid: str, **params: str) -> str:
    return i18n.render(Message(msgid, dict(params)), lang)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def country_names(lang: str) -> list[tuple[str, str]]:
    """(code, name) of every country in the region table, sorted by name in the reader's language."""

    names = i18n.country_names(lang)
    return sorted(
        ((code, names.get(code, code)) for code in regions.region_of()),
        key=lambda pair: i18n.collation_key(pair[1], lang),
    )


def default_country(lang: str) -> str:
    """The reader's likely country: the locale's own (``en_GB`` -> ``GB``), or the country CLDR deems
    likeliest for the language (``ru`` -> ``RU``, ``fr`` -> ``FR``), if the region table has it."""
    from babel import Locale
    from babel.core import get_global

    locale = i18n.babel_locale(lang)
    likely = str(get_global("likely_subtags").get(locale, locale))
    territory = Locale.parse(locale).territory or Locale.parse(likely).territory or "US"
    return territory if territory in regions.region_of() else "US"


def most_sentences() -> int:
    """The most sentence ids one case of a worldwide rule rests on: how many plural forms the page needs."""
    counts = [
        len(Ground(case.basis.kind, None, case.basis.where).sentence_ids)
        for rule in RULES.values()
        for case in rule.cases
        if case.basis.kind == "source"
    ]
    return max(counts, default=1)


def limits() -> dict[str, int]:
    """The schema's limits that the form enforces: other partners, and the length of a partner's name."""
    partners = schema()["properties"]["customer"]["properties"]["partners"]
    return {
        "partners": int(partners["maxItems"]),
        "name": int(partners["items"]["properties"]["name"]["maxLength"]),
    }


def required_paths() -> list[str]:
    """Every field the schema requires in any scenario (a chain of required properties from the top),
    as a dotted control name: a field the chosen edition hides is still written when it is one of these."""
    found: list[str] = []

    def walk(node: Mapping[str, Any], prefix: str) -> None:
        for name in node.get("required", []):
            child = node.get("properties", {}).get(name, {})
            found.append(prefix + name)
            if child.get("type") == "object":
                walk(child, prefix + name + ".")

    walk(schema(), "")
    return sorted(found)


class _Form:
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def t(self, msgid: str, **params: str) -> str:
        return _t(self.lang, msgid, **params)

    def field(self, facts: str, inner: str) -> str:
        """A block of the form; `facts` are those it sets (space-separated), for hiding per edition."""
        return f'<div class="relcheck-field" data-facts="{facts}">{inner}</div>'

    def select(
        self,
        name: str,
        label: str,
        options: Iterable[tuple[str, str]],
        chosen: str,
        attributes: str = "",
        option_editions: Mapping[str, str] | None = None,
    ) -> str:
        control_id = "rc-" + name.replace(".", "-")
        editions = option_editions or {}
        items = "".join(
            f'<option value="{_e(v)}"'
            + (f' data-edition="{editions[v]}"' if v in editions else "")
            + f"{' selected' if v == chosen else ''}>{_e(text)}</option>"
            for v, text in options
        )
        return (
            f'<label for="{control_id}">{_e(label)}</label>'
            f'<select id="{control_id}" name="{name}"{attributes}>{items}</select>'
        )

    def checkbox(self, name: str, label: str, checked: bool = False, value: str = "on") -> str:
        control_id = "rc-" + name.replace(".", "-") + ("" if value == "on" else "-" + value)
        mark = " checked" if checked else ""
        return (
            f'<div class="relcheck-check"><input type="checkbox" id="{control_id}" name="{name}"'
            f' value="{_e(value)}"{mark}><label for="{control_id}">{_e(label)}</label></div>'
        )

    def choices(self, name: str, legend: str, options: Iterable[tuple[str, str]], facts: str = "") -> str:
        boxes = "".join(self.checkbox(name, text, value=v) for v, text in options)
        return (
            f'<fieldset class="relcheck-field relcheck-choices" data-facts="{facts}">'
            f"<legend>{_e(legend)}</legend>{boxes}</fieldset>"
        )

    def services(self) -> list[tuple[str, str]]:
        return [(s, self.t(labels.SERVICES[s])) for s in SERVICES]

    def region_note(self, party: str) -> str:
        return f'<p class="relcheck-region" data-region-of="{party}.country" aria-live="polite"></p>'


def form_html(lang: str, links: Links, asset_base: str, versions: dict[str, str]) -> str:
    """The whole form, its results area, the texts its script reads, and the scripts themselves."""
    f = _Form(lang)
    t = f.t
    countries = country_names(lang)
    home = default_country(lang)
    editions = "".join(
        f'<div class="relcheck-check"><input type="radio" id="rc-edition-{key}" name="edition"'
        f' value="{key}"{" checked" if key == "global" else ""}>'
        f'<label for="rc-edition-{key}">{_e(t(edition.name))}</label></div>'
        for key, edition in EDITIONS.items()
    )
    cloud_edition = {cloud: key for key, clouds in CLOUDS_BY_EDITION.items() for cloud in clouds}
    most = limits()
    clouds = [(c, capitalized(t(labels.CLOUDS[c]))) for c in cloud_edition]
    partner_template = (
        '<template id="relcheck-partner-template"><fieldset class="relcheck-partner">'
        f"<legend>{_e(t(WORDS['another_partner']))}</legend>"
        f'<label data-part="name">{_e(t(WORDS["its_name"]))}</label><input type="text" data-part="name"'
        f' maxlength="{most["name"]}" required autocomplete="off">'
        f'<div class="relcheck-check"><input type="checkbox" data-part="transacts_in_csp" checked>'
        f'<label data-part="transacts_in_csp">{_e(t(WORDS["it_transacts_in_csp"]))}</label></div>'
        f'<fieldset class="relcheck-choices"><legend>{_e(t(WORDS["its_dap_services"]))}</legend>'
        + "".join(
            f'<div class="relcheck-check"><input type="checkbox" data-part="dap_services" value="{s}">'
            f'<label data-part="dap_services">{_e(text)}</label></div>'
            for s, text in f.services()
        )
        + "</fieldset>"
        f'<button type="button" class="md-button" data-action="remove-partner">{_e(t(WORDS["remove_this_partner"]))}</button>'
        "</fieldset></template>"
    )
    parts = [
        f'<link rel="stylesheet" href="{asset_base}{ASSETS}/situation.css?v={versions["situation.css"]}">',
        # What a link could not give; filled by the script (a live region, present from the start).
        '<div id="relcheck-notice" role="status"></div>',
        # The case in words, for print: the form's controls are not printed.
        '<section class="relcheck-case" aria-labelledby="relcheck-case-title" hidden>'
        f'<h2 id="relcheck-case-title">{_e(t(WORDS["your_case"]))}</h2><div class="relcheck-case-text"></div></section>',
        '<div class="relcheck-layout">',
        '<form id="relcheck-situation" class="relcheck-form" hidden novalidate>',
        f"<fieldset><legend>{_e(t(WORDS['edition_and_cloud']))}</legend>",
        f'<fieldset class="relcheck-choices"><legend>{_e(t(WORDS["edition"]))}</legend>{editions}</fieldset>',
        f.field("cloud", f.select("cloud", t(N_("Cloud")), clouds, "public", option_editions=cloud_edition)),
        "</fieldset>",
        f"<fieldset><legend>{_e(t(WORDS['your_company']))}</legend>",
        f.field(
            "role",
            f.select(
                "partner.role",
                t(N_("Your role in Partner Center")),
                [(k, capitalized(t(v))) for k, v in labels.ROLES.items()],
                "admin_agent",
            ),
        ),
        f.field(
            "partner_country partner_region",
            f.select(
                "partner.country", t(N_("Your country")), countries, home, ' data-region="partner.region"'
            )
            + f.region_note("partner"),
        ),
        f.field(
            "model",
            f.select(
                "partner.model",
                t(N_("Your partner model")),
                [(k, capitalized(t(v))) for k, v in labels.MODELS.items()],
                "direct",
            ),
        ),
        f.field(
            "original_reseller",
            f.checkbox(
                "partner.original_reseller",
                t(N_("You are the original reseller of the customer's subscriptions")),
            ),
        ),
        f.choices(
            "partner.services", t(N_("Services you take on for the customer")), f.services(), "services"
        ),
        f.field(
            "needs_dap_back",
            f.checkbox(
                "partner.needs_dap_back",
                t(N_("You held delegated administrative privileges before and need them again")),
            ),
        ),
        "</fieldset>",
        f"<fieldset><legend>{_e(t(WORDS['the_customer']))}</legend>",
        f.field(
            "customer_country customer_region",
            f.select(
                "customer.country",
                t(N_("The customer's country")),
                countries,
                home,
                ' data-region="customer.region"',
            )
            + f.region_note("customer"),
        ),
        f.field(
            "arrangement",
            f.select(
                "customer.arrangement",
                t(N_("How the customer works with its partners")),
                [(k, capitalized(t(v))) for k, v in labels.ARRANGEMENTS.items()],
                "neither",
            ),
        ),
        f.field(
            "accepting_user_is_global_admin",
            f.checkbox(
                "customer.accepting_user_is_global_admin",
                t(N_("The customer's user who accepts is a global admin")),
                checked=True,
            ),
        ),
        f.field(
            "mca_accepted",
            f.checkbox(
                "customer.mca_accepted",
                t(N_("The customer has already accepted the Microsoft Customer Agreement")),
            ),
        ),
        f.field(
            "accepts_mca",
            f.select(
                "customer.accepts_mca_when_prompted",
                t(N_("If it has not, does it accept it when asked at acceptance?")),
                [
                    ("", t(N_("Not given"))),
                    ("true", t(labels.OUTCOME_NAMES["yes"])),
                    ("false", t(labels.OUTCOME_NAMES["no"])),
                ],
                "",
                " data-boolean",
            ),
        ),
        '<fieldset class="relcheck-field" data-facts="others">',
        "<legend>" + _e(t(N_("The customer's other partners"))) + "</legend>",
        f'<div id="relcheck-partners" data-list="customer.partners" data-max="{most["partners"]}"></div>',
        f'<button type="button" class="md-button" data-action="add-partner">{_e(t(WORDS["add_a_partner"]))}</button>',
        f'<p id="relcheck-partners-cap" class="relcheck-hint" hidden>{_e(_plural(lang, CAP_PARTNERS, most["partners"]))}</p>',
        "</fieldset>",
        "</fieldset>",
        f"<fieldset><legend>{_e(t(WORDS['your_request']))}</legend>",
        f.field(
            "include_dap",
            f.checkbox(
                "request.include_dap", t(N_("The request includes delegated administration privileges")), True
            ),
        ),
        f.field(
            "azure_only",
            f.checkbox(
                "request.azure_only",
                t(N_("You only mean to manage the Azure subscriptions that you provision")),
            ),
        ),
        f.field(
            "email_edited", f.checkbox("request.email_edited", t(N_("You edited the text of the email")))
        ),
        f.field(
            "link_intact",
            f.checkbox(
                "request.link_intact", t(N_("The email's link is exactly as Partner Center gave it")), True
            ),
        ),
        f.field(
            "link_reused",
            f.checkbox("request.link_reused", t(N_("You reuse the link that you sent to other customers"))),
        ),
        f.field(
            "provider_invitation",
            f.checkbox(
                "request.provider_invitation",
                t(N_("As an indirect reseller, you send the invitation your indirect provider gave you")),
            ),
        ),
        "</fieldset>",
        f.choices(
            "after_acceptance",
            t(N_("Once the customer accepts, you mean to")),
            [(a, capitalized(t(labels.ACTIONS[a]))) for a in ACTIONS_AFTER_ACCEPTANCE],
        ),
        f"<fieldset><legend>{_e(t(WORDS['removal_of_your_permissions']))}</legend>",
        f.checkbox(
            "revocation", t(N_("The customer has removed the administrator permissions it granted you"))
        ),
        '<div data-needs="revocation">',
        f.checkbox("revocation.renegotiated", t(N_("You and the customer have renegotiated your agreement"))),
        f.choices(
            "revocation.then",
            t(N_("After the removal, you mean to")),
            [(a, capitalized(t(labels.ACTIONS[a]))) for a in ACTIONS_AFTER_REVOCATION],
        ),
        "</div></fieldset>",
        # Where the reader is: how many answers a change altered, when they are out of view.
        '<div class="relcheck-summary relcheck-summary--idle"><span role="status" aria-live="polite"></span>'
        f'<button type="button" class="md-button" data-action="show-answers" hidden>{_e(t(WORDS["show_answers"]))}</button>'
        "</div>",
        "</form>",
        partner_template,
        '<section class="relcheck-answers" aria-labelledby="relcheck-answers-title" hidden>',
        f'<h2 id="relcheck-answers-title" tabindex="-1">{_e(t(WORDS["answers"]))}</h2>',
        f'<p class="relcheck-dated">{_e(dated_pages(lang))}</p>',
        f'<p class="relcheck-pending-note" hidden>{_e(t(SCRIPT_WORDS["pending"]))}</p>',
        '<div id="relcheck-results" aria-live="polite" aria-atomic="false"></div>',
        '<div class="relcheck-actions">'
        '<p><button type="button" class="md-button md-button--primary" data-action="download"'
        f' aria-describedby="relcheck-file-name">{_e(t(WORDS["download"]))}</button>'
        f' <button type="button" class="md-button" data-action="copy-link">{_e(t(WORDS["copy_link"]))}</button></p>',
        '<p id="relcheck-file-name" class="relcheck-hint"></p>',
        '<p class="relcheck-copied" role="status" aria-live="polite"></p>',
        f'<p class="relcheck-hint">{_e(t(WORDS["download_hint"]))}</p>',
        "</div>",
        "</section>",
        "</div>",
        noscript(lang, links),
        f'<script type="application/json" id="relcheck-texts">{_json(texts(lang, links))}</script>',
        f'<script src="{asset_base}{ASSETS}/logic.js?v={versions["logic.js"]}"></script>',
        f'<script src="{asset_base}{ASSETS}/rules.js?v={versions["rules.js"]}"></script>',
        f'<script src="{asset_base}{ASSETS}/engine.js?v={versions["engine.js"]}"></script>',
        f'<script src="{asset_base}{ASSETS}/situation.js?v={versions["situation.js"]}"></script>',
    ]
    return "".join(parts)


def _plural(lang: str, forms: tuple[str, str], n: int, **params: str) -> str:
    return i18n.render(Message(forms[0], dict(params), forms[1], n), lang)


def noscript(lang: str, links: Links) -> str:
    items = "".join(
        f'<li><a href="{_e(links(edition.page))}">{_e(_t(lang, edition.name))}</a></li>'
        for edition in EDITIONS.values()
    )
    text = _t(lang, NOSCRIPT)
    return f'<noscript><div class="admonition warning"><p>{_e(text)}</p><ul>{items}</ul></div></noscript>'


def _json(data: Any) -> str:
    # "</" cannot end the script element early once escaped
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _keys() -> Iterator[str]:
    yield from labels.QUESTIONS
    yield from labels.REVOCATION_QUESTIONS
    yield from (f"action.{a}" for a in ACTIONS_AFTER_ACCEPTANCE)
    yield from (f"after_revocation.{a}" for a in ACTIONS_AFTER_REVOCATION)


def texts(lang: str, links: Links) -> dict[str, Any]:
    """What the script shows, in the page's language: reasons, labels, answers and rule links."""
    msgids = {NO_RULE, NOT_REACHED}
    plurals: dict[str, str] = {}  # a reason naming services: its msgid and plural msgid
    for rule in RULES.values():
        msgids.update(c.says.msgid for c in rule.cases if c.says is not None and c.says.plural is None)
        plurals.update((c.says.msgid, c.says.plural) for c in rule.cases if c.says and c.says.plural)
        # the places of the sources and the readings named in what an answer rests on
        msgids.update(c.basis.where for c in rule.cases if c.basis.names_a_text)

    def t(msgid: str) -> str:
        return _t(lang, msgid)

    most = limits()
    return {
        "lang": lang,
        "messages": {m: i18n.translator(lang).gettext(m) for m in sorted(msgids)},
        # a reason naming services, for each number of services it can name (index N): the language's
        # plural form, with %(services)s left for the script to fill
        "plurals": {
            msgid: [
                _plural(lang, (msgid, plural), n, services="%(services)s") for n in range(len(SERVICES) + 1)
            ]
            for msgid, plural in sorted(plurals.items())
        },
        "labels": {key: i18n.render(labels.label(key), lang) for key in _keys()},
        "answers": {
            **{k: t(v) for k, v in labels.OUTCOME_NAMES.items()},
            **{k: t(v) for k, v in labels.VALUE_NAMES.items()},
        },
        "services": {s: t(labels.SERVICES[s]) for s in SERVICES},
        # what an answer rests on (relcheck.vocab.labels.ground), with %(rule)s and %(where)s to fill
        "grounds": {
            kind: i18n.render(labels.ground(Ground(kind, rule, "%(where)s")), lang)
            for kind, rule in (("source", "%(rule)s"), ("reading", "%(rule)s"))
        }
        | {
            # by the number of sentence ids (index N), each language's plural form
            "sentences": [
                _plural(lang, labels.GROUND_SENTENCES, n, rule="%(rule)s", where="%(where)s")
                for n in range(most_sentences() + 1)
            ],
            "not_stated_rule": i18n.render(labels.ground(Ground("not_stated", "%(rule)s")), lang),
        },
        "changes": {
            c.id: {"text": t(c.text), "url": c.url(lang), "link": t(c.link)} for c in CHANGES.values()
        },
        "regions": {r: t(v) for r, v in labels.REGIONS.items()},
        # the language's "and" before the last item of a list (relcheck.quoting.with_and)
        "and": _t(lang, AND, before="%(before)s", after="%(after)s"),
        "rules": {
            rule_id: {"href": links(f"{rule.page}#{rule.anchor}"), "statement": t(rule.statement)}
            for rule_id, rule in RULES.items()
        },
        "words": {
            **{name: t(msgid) for name, msgid in SCRIPT_WORDS.items()},
            "title": t(SCENARIO_TITLE),
            "changed_since": _t(
                lang,
                N_("Changed since, as Microsoft's current pages said on %(date)s:"),
                date=i18n.format_date(CHECKED_ON, lang),
            ),
            "description": t(SCENARIO_DESCRIPTION),
            "too_many": _plural(lang, LINK_TOO_MANY, most["partners"]),
            # the partner's number is the script's to fill
            "name_long": _plural(lang, LINK_NAME_LONG, most["name"], number="%(number)s"),
            # "N answers changed", for every count of answers a scenario can have (index N)
            # none and one are said in words: "0 réponse a changé" follows French's plural rule, not
            # French usage, and a notice does not start with the figure 1
            "changed": [t(NO_ANSWER_CHANGED), t(ONE_ANSWER_CHANGED)]
            + [_plural(lang, ANSWERS_CHANGED, n) for n in range(2, len(list(_keys())) + 1)],
        },
        "english": {"title": SCENARIO_TITLE, "description": SCENARIO_DESCRIPTION},
        "limits": most,
        "required": required_paths(),
        # A field the chosen edition hides but the schema requires is written with this value.
        "hidden_defaults": {
            edition: {"partner.country": country, "customer.country": country}
            for edition, country in EDITION_COUNTRY.items()
        },
    }


def dated_pages(lang: str) -> str:
    """Above the answers: which dated pages they follow, and as of when what has changed was checked."""
    return _t(
        lang,
        N_(
            "These answers follow Microsoft's pages of %(worldwide)s (worldwide) and %(vianet)s (21Vianet). What Microsoft has changed since is noted beside the answers it affects, as its current pages said on %(checked)s."
        ),
        worldwide=i18n.format_date(EDITIONS["global"].source_date, lang),
        vianet=i18n.format_date(EDITIONS["21vianet"].source_date, lang),
        checked=i18n.format_date(CHECKED_ON, lang),
    )
