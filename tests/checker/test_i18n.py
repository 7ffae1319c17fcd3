"""Translations: catalogs complete and in step with the code, plural forms, dates."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from relcheck.i18n import LANGUAGES, Np_, format_date, render, translator
from relcheck.result import Message
from relcheck.rules import RULES
from tests.support import ROOT

PYBABEL = str(Path(sys.executable).with_name("pybabel"))
EXTRACT = [
    PYBABEL,
    "extract",
    "-F",
    "pyproject.toml",
    "-k",
    "Np_:1,2",
    "--no-location",
    "--sort-output",
    "-w",
    "110",
    "--project",
    "relcheck",
    "--version",
    "0.1.0",
]


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The code, catalogs and configuration, copied so that the checks below never touch the tree."""
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(
        ROOT / "scripts" / "relcheck",
        root / "scripts" / "relcheck",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    shutil.copytree(ROOT / "locales", root / "locales", ignore=shutil.ignore_patterns("*.mo"))
    shutil.copy(ROOT / "pyproject.toml", root)
    return root


def test_the_template_and_every_catalog_are_in_step_with_the_code(copy: Path) -> None:
    extracted = run([*EXTRACT, "-o", "fresh.pot", "scripts/relcheck"], copy)
    assert extracted.returncode == 0, extracted.stderr
    ids = re.compile(r'^msgid(?:_plural)? "(.*)"$', re.M)
    fresh = ids.findall((copy / "fresh.pot").read_text(encoding="utf-8"))
    committed = ids.findall((copy / "locales" / "messages.pot").read_text(encoding="utf-8"))
    assert fresh == committed, (
        "locales/messages.pot is out of date: run the commands in README.md (Translations)"
    )
    check = run(
        [
            PYBABEL,
            "update",
            "--check",
            "--ignore-pot-creation-date",
            "--no-fuzzy-matching",
            "-w",
            "110",
            "-i",
            "fresh.pot",
            "-d",
            "locales",
        ],
        copy,
    )
    assert check.returncode == 0, check.stdout + check.stderr


def test_every_language_is_fully_translated_without_fuzzy_entries(copy: Path) -> None:
    compiled = run([PYBABEL, "compile", "--statistics", "-d", "locales"], copy)
    assert compiled.returncode == 0, compiled.stderr
    report = compiled.stdout + compiled.stderr
    stats = re.findall(r"(\d+) of (\d+) messages \((\d+)%\) translated in locales/(\w+)/", report)
    assert sorted(s[3] for s in stats) == sorted(LANGUAGES), report
    for done, total, _, lang in stats:
        assert done == total, f"{lang}: {done} of {total} translated"
    assert "fuzzy" not in report and "error" not in report.lower(), report


def test_an_untranslated_entry_would_be_caught(copy: Path, tmp_path: Path) -> None:
    broken = tmp_path / "locales"
    shutil.copytree(copy / "locales", broken)
    po = broken / "fr" / "LC_MESSAGES" / "messages.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "autorisé"', 'msgstr ""'), encoding="utf-8")
    report = run([PYBABEL, "compile", "--statistics", "-d", str(broken), "-l", "fr"], copy)
    assert re.search(r"(\d+) of (?!\1)\d+ messages", report.stdout + report.stderr)


def test_every_rule_statement_is_translated_in_every_language() -> None:
    for rule in RULES.values():
        english = render(Message(rule.statement), "en")
        assert english == rule.statement
        for lang in LANGUAGES[1:]:
            assert render(Message(rule.statement), lang) != english, (rule.id, lang)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ru", ["проверен 1 файл", "проверено 3 файла", "проверено 5 файлов", "проверен 21 файл"]),
        ("fr", ["0 fichier vérifié", "1 fichier vérifié", "2 fichiers vérifiés", "21 fichiers vérifiés"]),
        ("en", ["0 files checked", "1 file checked", "2 files checked", "21 files checked"]),
    ],
)
def test_plural_forms_come_from_the_catalog(lang: str, expected: list[str]) -> None:
    singular, plural = Np_("%(num)d file checked", "%(num)d files checked")
    counts = [1, 3, 5, 21] if lang == "ru" else [0, 1, 2, 21]
    assert [render(Message(singular, {}, plural, n), lang) for n in counts] == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "29 October 2018"),
        ("es", "29 de octubre de 2018"),
        ("it", "29 ottobre 2018"),
        ("fr", "29 octobre 2018"),
        ("ru", "29 октября 2018 года"),
    ],
)
def test_dates_in_the_long_format(lang: str, expected: str) -> None:
    """Babel's long format, its parts held together by no-break spaces (a date never breaks a line)."""
    assert format_date(date(2018, 10, 29), lang) == expected.replace(" ", "\u00a0")


def test_catalogs_are_compiled_in_memory_and_cached() -> None:
    before = set((ROOT / "locales").rglob("*"))
    translator.cache_clear()
    assert translator("it") is translator("it")
    assert set((ROOT / "locales").rglob("*")) == before  # nothing written, no .mo file needed
    with pytest.raises(ValueError, match="unknown language"):
        translator("de")


def test_the_english_catalog_repeats_every_msgid_so_english_needs_no_catalog() -> None:
    """English is rendered without a catalog (relcheck.i18n.translator): that is only right while the
    English catalog says exactly what the code says."""
    from babel.messages.pofile import read_po

    with (ROOT / "locales" / "en" / "LC_MESSAGES" / "messages.po").open("rb") as fp:
        catalog = read_po(fp, locale="en_GB")
    differing = [m.id for m in catalog if m.id and (m.string if m.string else None) != m.id]
    assert differing == []
