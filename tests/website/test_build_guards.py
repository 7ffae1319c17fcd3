"""The build stops writers and reviewers when the catalog, the rules and the pages disagree, and
shows readers what is stale or untranslated. Each test builds a temporary copy of the project."""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from relcheck.i18n import LANGUAGES, render
from relcheck.result import Message
from relcheck.site.render import FALLBACK_TITLE
from tests.html_reader import Page
from tests.support import ROOT, BuiltSite, WarningCollector, build_site

pytestmark = pytest.mark.slow
SCENARIO = "global-public-global-admin-same-region"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    copy = tmp_path / "project"
    copy.mkdir()
    for name in ("docs", "scenarios", "overrides"):
        shutil.copytree(ROOT / name, copy / name)
    shutil.copy(ROOT / "mkdocs.yml", copy / "mkdocs.yml")
    (copy / ".cache").symlink_to(ROOT / ".cache")  # json-logic-js, fetched by the set-up
    return copy


def build(project: Path) -> BuiltSite:
    return build_site(project, project.parent / "site")


def failed_build(project: Path) -> list[str]:
    """Build, expect the strict build to stop, and return the warnings that stopped it."""
    handler = WarningCollector()  # the same collector the session build uses
    logging.getLogger("mkdocs").addHandler(handler)
    try:
        with pytest.raises(Abort):
            build_site(project, project.parent / "site")
    finally:
        logging.getLogger("mkdocs").removeHandler(handler)
    assert handler.messages
    return handler.messages


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


HOSTILE_TITLE = '<script>alert("t")</script> [x](javascript:alert(1)) {: onclick="alert(2)" } **b** & <b>'


def test_hostile_scenario_text_stays_text(project: Path) -> None:
    source = project / "scenarios" / f"{SCENARIO}.yaml"
    text = source.read_text(encoding="utf-8")
    hostile = project / "scenarios" / "hostile-title.yaml"
    title_block = re.search(r"^title:\n(?:  .*\n)+", text, re.M)
    assert title_block
    hostile_text = text.replace(title_block[0], f"title:\n  en: '{HOSTILE_TITLE}'\n")
    hostile.write_text(hostile_text.replace(f"id: {SCENARIO}", "id: hostile-title"), encoding="utf-8")
    site = build(project)
    for lang in LANGUAGES:
        html = site.html(lang, "scenarios.md")
        page = Page(html)
        assert not [e for e in page.find_all("script") if "alert" in "".join(e.text_parts)]
        assert not [e for e in page.elements if "onclick" in e.attrs]
        assert not [e for e in page.find_all("a") if e.attrs.get("href", "").startswith("javascript")]
        heading = page.by_id("scenario-hostile-title")
        assert heading is not None
        assert " ".join(HOSTILE_TITLE.split()) in heading.text, heading.text
        if lang != "en":
            assert "hostile-title" in html  # the entry exists, and says its text is English
            entry = html.split('id="scenario-hostile-title"', 1)[1].split("<h3", 1)[0]
            assert "<em>" in entry


def test_disagreeing_expectation_stops_the_build(project: Path) -> None:
    path = project / "scenarios" / f"{SCENARIO}.yaml"
    edit(path, "  may_send: yes by", "  may_send: no by")
    warnings = failed_build(project)
    assert any(f"{SCENARIO}.yaml:" in w and "may_send" in w for w in warnings), warnings


def test_invalid_scenario_stops_the_build_with_file_and_line(project: Path) -> None:
    (project / "scenarios" / "broken.yaml").write_text("id: broken\nedition: global\n  cloud: public\n")
    warnings = failed_build(project)
    assert any(re.search(r"broken\.yaml:\d+", w) for w in warnings), warnings


def test_missing_rule_anchor_in_one_language_stops_the_build(project: Path) -> None:
    edit(project / "docs" / "it" / "request-reseller-relationship.md", "{: #rule-g5 }", "")
    warnings = failed_build(project)
    assert any("it/request-reseller-relationship.md" in w and "G5" in w and "#rule-g5" in w for w in warnings)


def test_outcome_no_scenario_shows_is_a_warning(project: Path) -> None:
    for path in (project / "scenarios").glob("*.yaml"):
        if path.stem != SCENARIO:
            path.unlink()
    warnings = failed_build(project)
    assert any("rule V9 can give yes, no, not_stated, but no scenario" in w for w in warnings), warnings


def test_untranslated_page_is_served_in_english_with_a_notice(project: Path) -> None:
    (project / "docs" / "es" / "glossary.md").unlink()
    site = build(project)
    page = Page(site.html("es", "glossary.md"))
    assert page.html_lang == "es"
    notice = page.with_class("admonition")[0]
    assert "info" in notice.classes
    title = next(e.text for e in page.with_class("admonition-title"))
    assert title == render(Message(FALLBACK_TITLE), "es") != FALLBACK_TITLE  # said in Spanish
    # The page that stands in is the English one.
    assert page.find_all("h1")[0].text == Page(site.html("en", "glossary.md")).find_all("h1")[0].text
    status = Page(site.html("en", "translation-status.md"))
    row = next(r for r in status.find_all("tr") if "glossary.md" in r.text)
    assert "Missing" in row.text, row.text


def relcheck(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "relcheck", *args]
    return subprocess.run(
        command, cwd=project, capture_output=True, text=True, env={**os.environ}, timeout=120
    )


def test_edited_english_page_makes_translations_outdated_until_marked(project: Path) -> None:
    page = "concepts/multi-partner.md"
    english = project / "docs" / "en" / page
    edit(english, "\n## ", "\nA sentence added to the English page.\n\n## ")
    result = relcheck(project, "translations", "--format", "json", "--strict")
    assert result.returncode == 1, result.stderr
    import json

    states = {(row["page"], row["lang"]): row["state"] for row in json.loads(result.stdout)["pages"]}
    assert {states[(page, lang)] for lang in ("es", "it", "fr", "ru")} == {"outdated"}

    import logging

    records: list[logging.LogRecord] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    collect = Collect(logging.INFO)
    mkdocs_logger = logging.getLogger("mkdocs")
    level = mkdocs_logger.level
    mkdocs_logger.addHandler(collect)
    mkdocs_logger.setLevel(logging.INFO)
    try:
        site = build(project)  # strict: an outdated translation must not fail it
    finally:
        mkdocs_logger.removeHandler(collect)
        mkdocs_logger.setLevel(level)
    outdated = [r for r in records if "outdated translation" in r.getMessage()]
    for lang in ("es", "it", "fr", "ru"):
        assert sum(f"{lang}/{page}: outdated translation" in r.getMessage() for r in outdated) == 1
    assert {r.levelno for r in outdated} == {logging.INFO}
    for lang in ("es", "it", "fr", "ru"):
        document = Page(site.html(lang, page))
        notice = next(e for e in document.with_class("admonition") if "warning" in e.classes)
        assert "English" not in notice.text or lang == "en"
        links = [
            a.attrs["href"]
            for a in document.find_all("a")
            if a.attrs.get("href", "").endswith("concepts/multi-partner/")
        ]
        assert "../../../concepts/multi-partner/" in links, links

    marked = relcheck(project, "translations", "mark", page, "es")
    assert marked.returncode == 0, marked.stderr
    result = relcheck(project, "translations", "--format", "json")
    states = {
        (row["page"], row["lang"]): row["state"] for row in __import__("json").loads(result.stdout)["pages"]
    }
    assert states[(page, "es")] == "up_to_date"
    assert states[(page, "fr")] == "outdated"
    assert relcheck(project, "translations", "mark", "nope.md", "es").returncode == 1


def test_unknown_marker_or_placeholder_in_a_page_stops_the_build_naming_the_page(project: Path) -> None:
    page = project / "docs" / "fr" / "glossary.md"
    edit(page, "\n# ", "\n<!-- relcheck:scenario -->\n\n# ")
    line = page.read_text(encoding="utf-8").splitlines().index("<!-- relcheck:scenario -->") + 1
    errors = failed_build(project)
    assert any(f"fr/glossary.md:{line}: unknown marker 'relcheck:scenario'" in e for e in errors), errors
    edit(page, "<!-- relcheck:scenario -->", "<!-- relcheck-html:forged -->")
    errors = failed_build(project)
    assert any("fr/glossary.md: no content for the placeholder 'forged'" in e for e in errors), errors


def test_broken_front_matter_of_a_translation_is_named_not_a_traceback(project: Path) -> None:
    page = project / "docs" / "it" / "glossary.md"
    edit(page, "source_hash: ", "source_hash: : ")
    errors = failed_build(project)
    assert any("it/glossary.md:2: the front matter is not valid YAML" in e for e in errors), errors
    result = relcheck(project, "translations")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "it/glossary.md:2:" in result.stderr, result.stderr


def test_a_build_without_json_logic_js_says_how_to_fetch_it(project: Path) -> None:
    (project / ".cache").unlink()
    errors = failed_build(project)
    expected = ".cache/npm/json-logic-js-2.0.5/logic.js is missing"
    assert any(expected in e and "scripts/dev/fetch_npm.py" in e for e in errors), errors
    assert not (project.parent / "site" / "assets" / "relcheck").exists()
