"""Plain data produced by the checker: nothing here loads, decides or prints.

The data model, from the outside in:

- `CheckResult` holds one `FileResult` per scenario file, in the order the files were found.
  `CheckResult.success` is true when no file has an error and every expectation matches.
- `FileResult` is one file: its `path`, the loaded `scenario` mapping (``None`` when the file could not be
  loaded or is not a valid scenario), its `errors` (a list of `Problem`, empty when the file is valid)
  and its `evaluation` (``None`` when the file is invalid).
- `Problem` is one thing wrong with a file: where (`line` and `column`, 1-based, ``None`` when the file has
  no position to point at; `pointer`, a JSON Pointer into the document, ``""`` for the whole document)
  and what (`message`).
- `Message` is a text to show, kept as its English gettext msgid plus parameters so that each reporter
  can render it in the reader's language (`relcheck.i18n.render`). A parameter may itself be a `Message`
  (a role or service name, for instance), rendered in the same language.
- `ScenarioEvaluation` is the rules' answer for one scenario: a list of `Verdict`, one per question
  (`relcheck.vocab.flow.QUESTIONS`, then `REVOCATION_QUESTIONS` when the customer removes the partner's
  permissions) and one per intended action (``action.<name>`` after acceptance,
  ``after_revocation.<name>`` after the removal).
- `Verdict` is one answer: its `key`, its `outcome` (``yes``/``no`` for a question, a value id for a
  question answered with a value, ``allowed``/``blocked`` for an action, or ``not_stated`` /
  ``not_reached``), `rules` (the ids of the rules that decided it: every rule against when the answer is
  No or Blocked, every rule for it otherwise; for ``not_stated``, the rules whose silence explains it;
  empty for ``not_reached``), `reasons` (one `Message` per rule, in the words a partner understands; a
  single explanation when no rule applies), and what the file expected: `expected`
  (``None`` when the scenario says nothing, as for an in-memory mapping without expectations),
  `expected_rules`, the `pointer` and `line` of that expectation in the file, and `matches`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

from relcheck.vocab.flow import WRITTEN_ALONE

# A question is answered "yes" or "no" (or, for a question such as "where does the customer accept?",
# with the id of a value: see `relcheck.vocab.labels.VALUE_NAMES`); an action is "allowed" or "blocked".
# Two outcomes are not verdicts: "not_stated" (the edition's source says nothing about it) and
# "not_reached" (an earlier answer ended the flow).
Outcome = str

Param = Union[str, int, "Message"]


@dataclass(frozen=True)
class Message:
    """A text to show: an English msgid, its parameters, and for plural texts the plural msgid and count.

    The msgid uses ``%(name)s`` placeholders filled from `params`. A `Message` with `plural` set is
    rendered through ``ngettext(msgid, plural, n)``, so that each language chooses its own plural form.
    """

    msgid: str
    params: Mapping[str, Param] = field(default_factory=dict)
    plural: str | None = None
    n: int = 1

    def __hash__(self) -> int:
        return hash((self.msgid, self.plural, self.n, tuple(sorted(self.params.items(), key=repr))))


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: its position (1-based) and what is wrong.

    `pointer` is the JSON Pointer of the offending value for a schema error (``""`` for the whole
    document), and ``None`` for a file that could not be read or loaded at all.
    """

    path: Path
    line: int | None
    column: int | None
    pointer: str | None
    message: Message


# The seeds' sentence ids, such as d9498-119: how the worldwide rules name the sentences they rest on.
SENTENCE_ID = re.compile(r"^[0-9a-f]+-[0-9]+$")


@dataclass(frozen=True)
class Ground:
    """What one part of an answer rests on (`kind`): a rule's ``source`` (at `where`: a step, a paragraph,
    the worldwide page's sentence ids), a ``reading`` of this project (named by `where`), ``not_stated``
    (the edition's source leaves it open), or ``not_reached`` (`where` is the answer that ended the flow)."""

    kind: str
    rule: str | None = None
    where: str = ""

    @property
    def says_more(self) -> bool:
        """Whether a line for it adds to the answer's reason: a Not reached answer's reason names the
        answer that ended the flow, and an answer no rule decided says already that the source is silent."""
        return self.kind in ("source", "reading") or (self.kind == "not_stated" and self.rule is not None)

    @property
    def sentence_ids(self) -> tuple[str, ...]:
        """The worldwide page's sentence ids `where` names (such as ``d9498-115, d9498-118``), which read
        the same in every language; none when `where` is a text to translate (``step 2``)."""
        parts = tuple(self.where.split(", ")) if self.where else ()
        return parts if parts and all(SENTENCE_ID.match(part) for part in parts) else ()

    @property
    def names_sentences(self) -> bool:
        return bool(self.sentence_ids)


@dataclass(frozen=True)
class Verdict:
    """The answer to one question or one intended action, and whether the file expected it."""

    key: str
    outcome: Outcome
    rules: tuple[str, ...]
    reasons: tuple[Message, ...]
    expected: Outcome | None = None
    expected_rules: tuple[str, ...] = ()
    pointer: str = ""
    line: int | None = None
    grounds: tuple[Ground, ...] = ()  # what the answer rests on, one per deciding rule
    changes: tuple[str, ...] = ()  # ids of what Microsoft changed since (`relcheck.vocab.changes`)

    @property
    def reason(self) -> Message:
        """The explanation of the first deciding rule."""
        return self.reasons[0]

    @property
    def matches(self) -> bool:
        """True when the file expected nothing, or expected this outcome decided by these rules. For an
        outcome that is not a verdict ("not_stated", "not_reached") the outcome alone is compared."""
        if self.expected is None:
            return True
        if self.expected != self.outcome:
            return False
        return self.outcome in WRITTEN_ALONE or set(self.expected_rules) == set(self.rules)


@dataclass(frozen=True)
class ScenarioEvaluation:
    """Every verdict for one scenario, questions first, in a fixed order."""

    edition: str
    verdicts: list[Verdict]

    @property
    def mismatches(self) -> list[Verdict]:
        return [v for v in self.verdicts if not v.matches]

    def verdict(self, key: str) -> Verdict:
        for v in self.verdicts:
            if v.key == key:
                return v
        raise KeyError(key)


@dataclass
class FileResult:
    """One file: the loaded scenario, its problems, and the rules' evaluation when it is valid."""

    path: Path
    # The loaded mapping; None when the file could not be loaded or is not a valid scenario.
    scenario: Mapping[str, Any] | None = None
    # Every problem found in the file, the most useful first; empty when the file is valid.
    errors: list[Problem] = field(default_factory=list)
    evaluation: ScenarioEvaluation | None = None  # the rules' verdicts; None when the file is invalid
    # The problems a file of the contract's refusals was refused with, as it declares (`errors` is then
    # empty); see `relcheck.validate.refusals`.
    refused: list[Problem] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        """True when the file loaded and matches the schema."""
        return not self.errors

    @property
    def success(self) -> bool:
        """True when the file is valid and every expectation in it holds."""
        return not self.errors and (self.evaluation is None or not self.evaluation.mismatches)


@dataclass
class CheckResult:
    """The outcome of checking a set of paths: one `FileResult` per file found."""

    files: list[FileResult] = field(default_factory=list)

    @property
    def success(self) -> bool:
        return all(f.success for f in self.files)

    @property
    def invalid(self) -> list[FileResult]:
        """Files that could not be loaded or do not match the schema."""
        return [f for f in self.files if not f.valid]

    @property
    def failed(self) -> list[FileResult]:
        """Valid files whose expectations do not all match."""
        return [f for f in self.files if f.valid and not f.success]
