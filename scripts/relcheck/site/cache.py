"""The checker's result and the translation report, computed once and shared by every language build.

mkdocs-static-i18n builds the site five times in one process. Each build asks `refresh()` first; the
work is redone only when a scenario file or a page changed (which is what `mkdocs serve` needs when a
writer saves a file), so a whole five-language build loads and checks the catalog once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from relcheck.checker import check_paths
from relcheck.reporters.text import problem_lines
from relcheck.result import CheckResult
from relcheck.site.assets import Assets, load_assets
from relcheck.translations import pages as translations
from relcheck.translations.scenarios import ScenarioStatus, scenario_statuses


def _fingerprint(folder: Path, pattern: str) -> tuple[tuple[str, int, int], ...]:
    if not folder.is_dir():
        return ()
    entries = []
    for path in sorted(folder.rglob(pattern)):
        stat = path.stat()
        entries.append((path.as_posix(), stat.st_mtime_ns, stat.st_size))
    return tuple(entries)


@dataclass
class BuildCache:
    """What every language build shares: the checked catalog and the translation report."""

    docs_dir: Path
    scenarios_dir: Path
    languages: tuple[str, ...]
    default_language: str
    check: CheckResult = field(default_factory=CheckResult, init=False)
    _check_key: object = field(default=None, init=False)
    _translations: translations.TranslationReport | None = field(default=None, init=False)
    _docs_key: object = field(default=None, init=False)
    check_runs: int = field(default=0, init=False)  # how many times the catalog was checked
    json_logic_js: Path = Path(".cache/npm/json-logic-js-2.0.5/logic.js")
    _assets: Assets | None = field(default=None, init=False)

    def assets(self) -> Assets:
        """The "Check your situation" page's files (made once; the rules change only with the code)."""
        if self._assets is None:
            self._assets = load_assets(self.json_logic_js)
        return self._assets

    def refresh(self) -> list[str]:
        """Recompute what changed since the last build; return the problems found, once each."""
        problems: list[str] = []
        key = _fingerprint(self.scenarios_dir, "*")
        if key != self._check_key:
            self.check = check_paths([self.scenarios_dir])
            self.check_runs += 1
            self._check_key = key
            problems.extend(problem_lines(self.check))
            problems.extend(self._unexercised_rules())
        docs_key = _fingerprint(self.docs_dir, "*.md")
        if docs_key != self._docs_key:
            self._translations = None
            self._docs_key = docs_key
        return problems

    def translation_report(self) -> translations.TranslationReport:
        if self._translations is None:
            self._translations = translations.report(self.docs_dir, self.default_language, self.languages)
        return self._translations

    def scenario_translations(self) -> list[ScenarioStatus]:
        """How fresh each scenario's translated texts are (from the catalog already loaded)."""
        valid = [(f.path, f.scenario) for f in self.check.files if f.scenario is not None and not f.errors]
        return scenario_statuses(valid, self.languages, self.default_language)

    def _unexercised_rules(self) -> list[str]:
        from relcheck.site.coverage import rule_coverage

        return [
            f"rule {row.rule.id} can give {', '.join(row.missing)}, but no scenario in {self.scenarios_dir} shows it"
            for row in rule_coverage(self.check)
            if row.missing
        ]
