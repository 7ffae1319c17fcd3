"""The rendering functions on their own: plural forms, fallbacks, and escaping, without MkDocs."""

from __future__ import annotations

from pathlib import Path

import pytest

from relcheck import i18n
from relcheck.result import CheckResult, FileResult, Message, ScenarioEvaluation, Verdict
from relcheck.site import render
from relcheck.vocab import labels, regions
from relcheck.vocab.editions import EDITIONS


def catalog(n: int, title: dict[str, str] | None = None) -> CheckResult:
    verdict = Verdict("may_send", "yes", ("G1",), (Message("You hold the Admin agent role."),))
    files = []
    for i in range(n):
        scenario = {
            "id": f"s{i}",
            "edition": "global",
            "cloud": "public",
            "title": title or {"en": f"Scenario {i}"},
            "description": {"en": "Text."},
        }
        files.append(FileResult(Path(f"s{i}.yaml"), scenario, [], ScenarioEvaluation("global", [verdict])))
    return CheckResult(files)


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("ru", 1, "1 сценарий"),
        ("ru", 2, "2 сценария"),
        ("ru", 5, "5 сценариев"),
        ("ru", 21, "21 сценарий"),
        ("fr", 0, "0 scénario"),
        ("fr", 1, "1 scénario"),
        ("fr", 2, "2 scénarios"),
        ("en", 1, "1 scenario"),
        ("en", 0, "0 scenarios"),
        ("es", 2, "2 escenarios"),
        ("it", 1, "1 scenario"),
    ],
)
def test_summary_counts_with_the_language_plural_forms(lang: str, n: int, expected: str) -> None:
    first_line = render.scenarios_page(catalog(n), lang).markdown.splitlines()[0]
    assert (
        first_line.startswith(expected + " ")
        or first_line == expected
        or first_line.startswith(expected + ":")
    )


def test_missing_language_falls_back_to_english_and_says_so() -> None:
    texts = {"en": "English only", "fr": "Seulement en français"}
    page = render.scenarios_page(catalog(1, texts), "es").markdown
    assert "English only" in page
    assert "se muestra en inglés" in page
    french = render.scenarios_page(catalog(1, texts), "fr").markdown
    assert "Seulement en français" in french


def test_verdicts_link_to_the_rule_paragraph_through_the_resolver() -> None:
    rendered = render.scenarios_page(catalog(1), "it", links=lambda target: f"/it/{target}")
    table = rendered.fragments["scenario-s0"]
    assert '<a href="/it/request-reseller-relationship.md#rule-g1">G1</a>' in table
    assert "<td>Sì</td>" in table
    # The page's Markdown holds the heading and a placeholder that the fragment fills after conversion.
    assert "### Scenario 0 {: #scenario-s0 }" in rendered.markdown
    filled = render.fill_placeholders(rendered.markdown, rendered.fragments)
    assert table in filled and "relcheck-html" not in filled


def test_scenario_text_is_escaped_in_html_fragments() -> None:
    check = catalog(1)
    check.files[0].scenario["partner"] = {"country": "<script>x</script>", "role": "admin_agent"}  # type: ignore[index]
    fragment = render.scenarios_page(check, "en").fragments["scenario-s0"]
    assert "<script>" not in fragment and "&lt;script&gt;" in fragment


def test_rule_block_links_to_scenario_entries() -> None:
    block = render.rule_scenarios(catalog(2), "G1", "ru").fragments["rule-g1"]
    assert block.startswith('<details class="example">\n<summary>2 сценария')
    assert 'href="scenarios.md#scenario-s0"' in block and 'href="scenarios.md#scenario-s1"' in block


def test_rule_no_scenario_exercises_gets_no_block() -> None:
    assert render.rule_scenarios(catalog(2), "V9", "en").markdown == ""


def test_each_outcome_no_scenario_shows_is_flagged_in_the_coverage_table() -> None:
    table = render.coverage_table(catalog(1), "en").fragments["rule-coverage"]
    g1 = next(line for line in table.splitlines() if ">G1</a>" in line)
    v9 = next(line for line in table.splitlines() if ">V9</a>" in line)
    assert "<td>No: 0 — no scenario shows it</td>" not in g1
    assert (
        "<td>Yes: 1<br><strong>No: 0 — no scenario shows it</strong></td>" in g1
    )  # verdicts in reading order
    for outcome in ("No", "Not stated", "Yes"):
        assert f"<strong>{outcome}: 0 — no scenario shows it</strong>" in v9


@pytest.mark.parametrize("lang", ["en", "fr", "ru"])
def test_group_heading_names_the_edition_and_the_cloud_in_the_reader_s_language(lang: str) -> None:
    heading = next(
        line
        for line in render.scenarios_page(catalog(1), lang).markdown.splitlines()
        if line.startswith("## ")
    )
    edition = i18n.render(Message(EDITIONS["global"].name), lang)
    cloud = i18n.render(Message(labels.CLOUDS["public"]), lang)
    assert heading == f"## {edition} — {cloud[:1].lower()}{cloud[1:]}"  # a cloud inside a line, no capital
    assert (edition == "Partner Center worldwide") == (lang == "en")


@pytest.mark.parametrize("lang", ["es", "it", "fr"])
def test_hong_kong_and_macao_are_named_and_sorted_where_readers_look_for_them(lang: str) -> None:
    """Babel's « R.A.S. chinoise de Hong Kong » would sort under R; the reviewed name sorts under H."""
    from relcheck.site.situation import country_names as sorted_names

    names = [name for _, name in sorted_names(lang)]
    hong_kong = next(n for n in names if n.startswith("Hong Kong"))
    before = names[names.index(hong_kong) - 1]
    assert i18n.collation_key(before) < i18n.collation_key(hong_kong)
    assert i18n.collation_key(before)[0][0] in "gh"  # among the G and H countries, not the R ones
    assert {code for code in i18n.COUNTRY_NAMES[lang]} <= set(regions.region_of())


def test_russian_lists_file_short_i_after_i_and_spanish_enye_after_n() -> None:
    """Each alphabet's own letters: «Йемен» after «Италия» and before «Кабо-Верде», «Ñ» after «N»."""
    from relcheck.site.situation import country_names as sorted_names

    russian = [name for _, name in sorted_names("ru")]
    assert russian.index("Италия") < russian.index("Йемен") < russian.index("Кабо-Верде")
    assert sorted(["ñu", "nz", "o"], key=lambda w: i18n.collation_key(w, "es")) == ["nz", "ñu", "o"]
    assert sorted(["ñu", "nz"], key=lambda w: i18n.collation_key(w, "en")) == ["ñu", "nz"]


@pytest.mark.parametrize("lang", ["en", "es", "it", "fr", "ru"])
def test_a_country_reads_with_one_pair_of_parentheses(lang: str) -> None:
    """« Myanmar (Birmanie) (MM) » reads as a typo: the code joins the name's own parentheses."""
    labels_with_code = [i18n.country_label(code, lang) for code in regions.region_of()]
    assert not [label for label in labels_with_code if ") (" in label]
    assert all(
        label.endswith(f"{code})") for code, label in zip(regions.region_of(), labels_with_code, strict=True)
    )
    if lang == "fr":
        assert i18n.country_label("MM", lang) == "Myanmar (Birmanie, MM)"


def test_russian_country_names_spell_out_islands() -> None:
    names = i18n.country_names("ru")
    assert not [name for name in names.values() if "о-ва" in name]
    assert names["MH"] == "Маршалловы Острова"
