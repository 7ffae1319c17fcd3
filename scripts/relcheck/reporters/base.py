"""What every reporter shares: the language, the output stream, and the words for a mismatch."""

from __future__ import annotations

import abc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from relcheck.i18n import DEFAULT_LANGUAGE, N_, Np_, format_date, render
from relcheck.quoting import joined
from relcheck.result import CheckResult, FileResult, Ground, Message, Problem, Verdict
from relcheck.rules import RULES
from relcheck.vocab.changes import CHANGES, CHECKED_ON
from relcheck.vocab.flow import WRITTEN_ALONE
from relcheck.vocab.labels import answer, ground, label


@dataclass(frozen=True)
class Finding:
    """One thing a reviewer must act on, in the reporter's language: every format writes these.

    A problem of an invalid file has its line and column (when it has a place) and no details; a
    failed expectation has the line of the expectation, the deciding rules, and the explanation.
    """

    path: Path
    line: int | None
    column: int | None
    text: str  # one line: the JSON Pointer and what is wrong
    details: tuple[str, ...] = ()  # the explanation of a failed expectation, one line each
    rules: tuple[str, ...] = ()  # the rules that decide a failed expectation
    invalid: bool = True  # a problem of the file, rather than a failed expectation
    verdict: Verdict | None = None  # the answer a failed expectation disagrees with


class Reporter(abc.ABC):
    """Writes a `CheckResult` to a stream, in one language."""

    def __init__(self, stream: TextIO, lang: str = DEFAULT_LANGUAGE) -> None:
        self.stream = stream
        self.lang = lang

    @abc.abstractmethod
    def report(self, result: CheckResult) -> None:
        """Write the whole result."""

    def findings(self, result: CheckResult) -> Iterator[Finding]:
        """Every finding of every file, in file order: problems first, then failed expectations."""
        for file in result.files:
            yield from self.file_findings(file)

    def file_findings(self, file: FileResult) -> Iterator[Finding]:
        if file.success:  # known without unpacking a result that came from a worker
            return
        for problem in file.errors:
            yield Finding(file.path, problem.line, problem.column, self.problem_text(problem))
        for verdict in mismatches(file):
            yield Finding(
                file.path,
                verdict.line,
                None,
                f"{verdict.pointer}: {self.mismatch_title(verdict)}",
                tuple(self.explanation(verdict)),
                verdict.rules or verdict.expected_rules,
                invalid=False,
                verdict=verdict,
            )

    def t(self, message: Message) -> str:
        """A message in the reporter's language."""
        return render(message, self.lang)

    def problem_text(self, problem: Problem) -> str:
        """The problem's JSON Pointer (``/`` for the whole document) and message; no pointer for a file
        that could not be loaded at all."""
        text = self.t(problem.message)
        return text if problem.pointer is None else f"{problem.pointer or '/'}: {text}"

    def outcome_text(self, outcome: str | None, rules: tuple[str, ...]) -> str:
        word = answer(outcome or "not_stated")
        if not rules or outcome in WRITTEN_ALONE:
            return self.t(word)
        return self.t(Message(N_("%(outcome)s by %(rules)s"), {"outcome": word, "rules": ", ".join(rules)}))

    def mismatch_title(self, verdict: Verdict) -> str:
        """One line: which question, what the file expected, what the rules decide."""
        return self.t(
            Message(
                N_("%(question)s — expected: %(expected)s; the rules decide: %(actual)s"),
                {
                    "question": label(verdict.key),
                    "expected": self.outcome_text(verdict.expected, verdict.expected_rules),
                    "actual": self.outcome_text(verdict.outcome, verdict.rules),
                },
            )
        )

    def explanation(self, verdict: Verdict, stated: set[str] | None = None) -> Iterator[str]:
        """The reasons behind a verdict: each deciding rule, its statement, where it is stated and what
        it rests on; then what Microsoft has changed since, when the answer's rules are affected.

        `stated` collects the rules whose statement was already written for this file: a rule that
        decides several answers states itself once."""
        if not verdict.rules:
            yield self.t(verdict.reason)
            for alone in verdict.grounds:
                if alone.says_more:
                    yield "    " + self.t(ground(alone))
            return
        grounds: tuple[Ground | None, ...] = verdict.grounds or (None,) * len(verdict.rules)
        for rule_id, reason, found in zip(verdict.rules, verdict.reasons, grounds, strict=True):
            rule = RULES[rule_id]
            # the colon is the language's (French puts a no-break space before it)
            yield self.t(Message(N_("%(rule)s: %(reason)s"), {"rule": rule_id, "reason": reason}))
            if stated is None or rule_id not in stated:
                yield "    " + self.t(
                    Message(N_("rule: %(statement)s"), {"statement": Message(rule.statement)})
                )
                yield "    " + self.t(
                    Message(N_("stated at: %(where)s"), {"where": f"{rule.page}#{rule.anchor}"})
                )
                if stated is not None:
                    stated.add(rule_id)
            if found is not None:
                yield "    " + self.t(ground(found))
        yield from self.change_lines(verdict)

    def change_lines(self, verdict: Verdict) -> Iterator[str]:
        """What Microsoft has changed since the dated source, for this answer: each note and its link."""
        if not verdict.changes:
            return
        yield self.t(
            Message(
                N_("Changed since, as Microsoft's current pages said on %(date)s:"), {"date": self.checked_on}
            )
        )
        for change_id in verdict.changes:
            change = CHANGES[change_id]
            yield f"    {self.t(Message(change.text))} {change.url(self.lang)}"

    def grounds_data(self, verdict: Verdict) -> list[dict[str, str | None]]:
        """What the answer rests on, for the formats that write data (json, sarif)."""
        return [
            {"kind": g.kind, "rule": g.rule, "where": g.where, "text": self.t(ground(g))}
            for g in verdict.grounds
        ]

    def changes_data(self, verdict: Verdict) -> list[dict[str, str]]:
        """What Microsoft has changed since, for the formats that write data (json, sarif)."""
        return [
            {
                "id": c,
                "text": self.t(Message(CHANGES[c].text)),
                "link": self.t(Message(CHANGES[c].link)),
                "url": CHANGES[c].url(self.lang),
            }
            for c in verdict.changes
        ]

    @property
    def checked_on(self) -> str:
        return format_date(CHECKED_ON, self.lang)

    def summary(self, result: CheckResult) -> str:
        """The closing line, with each language's plural forms."""
        total, invalid, failed = len(result.files), len(result.invalid), len(result.failed)
        parts = [self.t(_plural(Np_("%(num)d file checked", "%(num)d files checked"), total))]
        if invalid:
            parts.append(self.t(_plural(Np_("%(num)d invalid", "%(num)d invalid"), invalid)))
        if failed:
            parts.append(
                self.t(
                    _plural(
                        Np_("%(num)d with failed expectations", "%(num)d with failed expectations"), failed
                    )
                )
            )
        refused = sum(1 for f in result.files if f.refused)
        if refused:
            parts.append(
                self.t(
                    _plural(Np_("%(num)d refused as it declares", "%(num)d refused as they declare"), refused)
                )
            )
        if result.success:
            parts.append(self.t(Message(N_("all expectations hold"))))
        # each language's separator (French puts a no-break space before the semicolon)
        joined_parts = joined(list(parts), N_("%(before)s; %(after)s"))
        return joined_parts if isinstance(joined_parts, str) else self.t(joined_parts)


def _plural(forms: tuple[str, str], n: int) -> Message:
    return Message(forms[0], {}, forms[1], n)


def location(path: object, line: int | None, column: int | None) -> str:
    """``file:line:column`` (parts left out when unknown), the form editors and CI logs link."""
    where = str(path)
    if line is not None:
        where += f":{line}"
        if column is not None:
            where += f":{column}"
    return where


def mismatches(file: FileResult) -> list[Verdict]:
    if file.success:  # known without unpacking a result that came from a worker
        return []
    return file.evaluation.mismatches if file.evaluation else []
