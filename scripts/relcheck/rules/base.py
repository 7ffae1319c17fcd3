"""What a rule is, what it can find, and how one is written.

A rule is one documented fact (G1–G10 worldwide, V1–V11 for 21Vianet, MC1–MC2 from Microsoft's
multi-channel companion page), written once, top to bottom: its statement, where the source says it
(`At`), the audit texts, its cases grouped by the answer key they decide, and worked examples that run
as tests. The cases are data, not code (see `relcheck.rules.logic`), so that the checker and the
"Check your situation" page evaluate the same definition. For one key, the first of that key's cases
whose condition holds gives the finding; when none holds, the rule has nothing to say. A finding takes
one of four stances:

- ``for``: the source makes the answer Yes (or Allowed, or gives the value in `Finding.value`);
- ``against``: the source makes it No (or Blocked);
- ``unknown``: the source leaves this case open in a way that must not be read as Yes (a link the
  partner changed: the source says to keep it, not what happens otherwise); it outweighs ``for``;
- ``silent``: the rule only explains why the source does not decide; used when nothing else does.

Each case also says what it rests on (`Basis`): a place in the source, a reading of this project (the
country-to-region table, a suite counted with its parts), or nothing, because the source does not say.

Everything else is derived: the keys a rule answers, the outcomes it can give (for the coverage table)
and the single guarded case list the page receives. A rule written wrongly (an empty message id, a
source basis that names no place, an example for a key the rule does not answer) fails when it is
built, at import, not when a page renders.

The engine (`relcheck.engine`) turns the findings into an answer; the audit table on the site is
rendered from `Rule.says`, `Rule.decides_text` and `Rule.leaves`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal, cast, get_args

from relcheck.result import SENTENCE_ID, Ground, Message
from relcheck.rules.logic import ALWAYS, Compiled, Logic, Test, all_of, compile_logic, compile_test, key_is
from relcheck.vocab import flow
from relcheck.vocab.changes import Change
from relcheck.vocab.labels import services_list

Stance = Literal["for", "against", "unknown", "silent"]
Source = Literal["procedure", "companion"]
# What a rule can give, for the coverage table: a verdict, a value (for keys answered with one), or a
# reason why its source leaves the answer open.
Gives = Literal["yes", "no", "allowed", "blocked", "value", "not_stated"]
GIVES_ORDER: tuple[Gives, ...] = get_args(Gives)  # how a table lists them: verdicts first, silence last
BasisKind = Literal["source", "reading", "not_stated"]
BASIS_KINDS: tuple[BasisKind, ...] = ("source", "reading", "not_stated")
# The shape of a rule id; the schema's expectation patterns use the same one (see relcheck.validate.rule_ids).
RULE_ID = re.compile(r"^[A-Z]{1,2}[0-9]{1,2}$")


class RuleError(ValueError):
    """A rule written wrongly; raised while the rules are built, so that the import fails."""


def _text(text: object, what: str) -> str:
    """A message id, or a text a reviewer reads: a non-empty string."""
    if not isinstance(text, str) or not text.strip():
        raise RuleError(f"{what} must be a non-empty string, not {text!r}")
    return text


@dataclass(frozen=True)
class Finding:
    """What one rule says about one answer key."""

    stance: Stance
    reason: Message
    value: str | None = None  # for keys answered with a value (the acceptance portal, the agreement)
    basis: Basis | None = None  # what the case that gave it rests on


@dataclass(frozen=True)
class Says:
    """A finding as a rule declares it: its stance, its reason's msgid, and the value it gives."""

    stance: Stance
    msgid: str
    value: str | None = None
    # The reasons with a parameter (V9, G2) name services: a JSON Logic list, shown as %(services)s.
    services: Logic | None = None
    # Such a reason has a plural form, chosen by the number of services it names ("a service you
    # take on (Office 365)", "services you take on (Azure, Office 365)").
    plural: str | None = None
    _services: Compiled | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _text(self.msgid, "a reason's msgid")
        if (self.services is None) != (self.plural is None):
            raise RuleError(f"{self.msgid!r}: a reason that names services has a plural form, and only it")
        compiled = None if self.services is None else compile_logic(self.services)
        object.__setattr__(self, "_services", compiled)

    def finding(self, data: Mapping[str, Any], basis: Basis | None = None) -> Finding:
        if self._services is None:
            return Finding(self.stance, Message(self.msgid), self.value, basis)
        names = self._services(data)
        message = Message(self.msgid, {"services": services_list(names)}, self.plural, len(names))
        return Finding(self.stance, message, self.value, basis)


@dataclass(frozen=True)
class Basis:
    """What a case rests on: a place in the source (a step, a paragraph, sentence ids), a reading of
    this project (named), or nothing the source says."""

    kind: BasisKind
    where: str = ""

    def __post_init__(self) -> None:
        if self.kind not in BASIS_KINDS:
            raise RuleError(f"a case's basis is one of {', '.join(BASIS_KINDS)}, not {self.kind!r}")
        if self.kind != "not_stated":
            _text(self.where, f"a {self.kind} basis's place or name")

    @property
    def names_a_text(self) -> bool:
        """Whether `where` is a text each language translates (a step, a reading), rather than the
        worldwide page's sentence ids, which read the same in every language."""
        return bool(self.where) and not Ground(self.kind, None, self.where).names_sentences


def source(*where: str) -> Basis:
    """The case restates the source, at these places (``"step 2"``, ``"d9498-112"``)."""
    return Basis("source", ", ".join(where))


def reading(what: str) -> Basis:
    """The case rests on a reading of this project, which the audit table labels as such."""
    return Basis("reading", what)


NOT_STATED = Basis("not_stated")  # the source does not say: the case gives a reason, never a Yes or No


@dataclass(frozen=True)
class Case:
    """When `when` holds, the rule says `says` (or nothing, when it is None), resting on `basis`."""

    when: Logic
    says: Says | None
    basis: Basis
    test: Test = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.basis, Basis):
            raise RuleError(f"a case's basis must be a Basis, not {self.basis!r}")
        object.__setattr__(self, "test", compile_test(self.when))


def when(condition: Logic, says: Says | None, *, basis: Basis) -> Case:
    return Case(condition, says, basis)


def otherwise(says: Says | None, *, basis: Basis) -> Case:
    return Case(ALWAYS, says, basis)


def grant(msgid: str) -> Says:
    """The source makes the answer Yes / Allowed."""
    return Says("for", msgid)


Reason = str | tuple[str, str]  # a msgid, or (singular, plural) for a reason that names services


def _says(stance: Stance, reason: Reason, services: Logic | None) -> Says:
    if isinstance(reason, tuple):
        return Says(stance, reason[0], services=services, plural=reason[1])
    return Says(stance, reason, services=services)


def refuse(reason: Reason, *, services: Logic | None = None) -> Says:
    """The source makes the answer No / Blocked; a reason naming `services` is ``Np_(singular, plural)``."""
    return _says("against", reason, services)


def unknown(reason: Reason, *, services: Logic | None = None) -> Says:
    """The source leaves this case open; the answer is Not stated even if another rule says Yes."""
    return _says("unknown", reason, services)


def silent(msgid: str) -> Says:
    """Why the source does not decide this case; shown when no other rule decides it either."""
    return Says("silent", msgid)


def value(answer: str, msgid: str) -> Says:
    """The source gives this value (an admin portal, an agreement)."""
    return Says("for", msgid, answer)


@dataclass(frozen=True)
class At:
    """Where the source says it: a step or paragraph of its page, and, on the worldwide page, the ids
    of its sentences (the seeds' ``sxs-lookup`` spans, such as ``d9498-119``)."""

    place: str
    sentences: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _text(self.place, "a rule's place in its source")
        for sentence in self.sentences:
            if not SENTENCE_ID.match(sentence):
                raise RuleError(f"{sentence!r} is not a sentence id such as 'd9498-119'")


# Facts -> what the rule alone gives for each key: "yes", "no", "allowed", "blocked", a value id,
# "unknown", "not_stated" (a silent finding), or None (it says nothing); where two cases of a key give
# the same outcome, (outcome, a few words of the reason) tells which of them holds.
Expected = str | None | tuple[str, str]
Example = tuple[Mapping[str, Any], Mapping[str, Expected]]
Answers = Mapping[str | tuple[str, ...], Sequence[Case]]


def _decided(key: str, stance: Stance, given: str | None) -> str:
    """What the flow makes of a finding for or against a key, by the key's kind (`relcheck.vocab.flow`)."""
    outcome = flow.OUTCOMES[flow.kind_of(key)].get(stance)
    if outcome is None:
        raise ValueError(f"a {stance!r} finding cannot answer {key}, which is answered {flow.kind_of(key)}")
    return (given or "") if outcome == flow.VALUE else outcome


def outcome_of(key: str, finding: Finding | None) -> str | None:
    """What one finding alone makes of a key, in the words of a rule's examples."""
    return None if finding is None else _word(key, finding.stance, finding.value)


def example_holds(rule: Rule, facts: Mapping[str, Any], key: str, expected: Expected) -> bool:
    """Whether the rule alone gives `expected` for `key` on these facts (absent facts read as null)."""
    finding = rule.check_data({**facts, "key": key})
    if isinstance(expected, tuple):
        outcome, words = expected
        return finding is not None and outcome_of(key, finding) == outcome and words in finding.reason.msgid
    return outcome_of(key, finding) == expected


def _word(key: str, stance: Stance, given: str | None) -> str:
    if stance in ("for", "against"):
        return _decided(key, stance, given)
    return "unknown" if stance == "unknown" else "not_stated"


def _gives(key: str, says: Says) -> Gives:
    if says.value is not None:
        return "value"
    if says.stance in ("for", "against"):
        return cast(Gives, _decided(key, says.stance, None))
    return "not_stated"


@dataclass(frozen=True, eq=False)
class Rule:
    """One documented rule; its texts are English msgids, rendered in the reader's language."""

    id: str
    edition: str
    page: str  # docs-relative page that states it, the same in every language
    source: Source  # the procedure page itself, or a Microsoft companion page
    at: At  # where that source says it
    statement: str  # the rule in one sentence
    says: str  # audit: what the source says, in our words
    decides_text: str  # audit: what the checker decides from it
    leaves: str  # audit: what it leaves as not stated
    answers: Mapping[str, tuple[Case, ...]]  # per answer key, its cases in order
    examples: tuple[Example, ...]
    later: tuple[Change, ...] = ()  # what Microsoft changed since, shown beside the answers it gives
    keys: frozenset[str] = field(init=False)  # derived: the answer keys it can decide
    gives: frozenset[Gives] = field(init=False)  # derived: the outcomes it can give

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not RULE_ID.match(self.id):
            raise RuleError(f"{self.id!r} is not a rule id: one or two capitals and one or two digits")
        for name in ("statement", "says", "decides_text", "leaves"):
            _text(getattr(self, name), f"{self.id}: {name}")
        if not self.answers or not all(self.answers.values()):
            raise RuleError(f"{self.id}: every key it answers needs at least one case")
        gives = {_gives(k, c.says) for k, cases in self.answers.items() for c in cases if c.says is not None}
        object.__setattr__(self, "keys", frozenset(self.answers))
        object.__setattr__(self, "gives", frozenset(gives))
        for change in self.later:
            if not any(change.concerns(key) for key in self.keys):
                raise RuleError(f"{self.id}: the change {change.id!r} concerns none of the answers it gives")
        self._check_examples()

    def later_for(self, key: str) -> tuple[Change, ...]:
        """What Microsoft changed since that concerns this rule's answer to `key`."""
        return tuple(change for change in self.later if change.concerns(key))

    def _check_examples(self) -> None:
        if not 1 <= len(self.examples) <= 5:
            raise RuleError(f"{self.id}: give one to five worked examples, not {len(self.examples)}")
        for _facts, expected in self.examples:
            for key, outcome in expected.items():
                possible = {(None, "")} | {(_word(key, s.stance, s.value), s.msgid) for s in self._says(key)}
                word, words = outcome if isinstance(outcome, tuple) else (outcome, "")
                if not any(word == w and words in (msgid or "") for w, msgid in possible):
                    raise RuleError(
                        f"{self.id}: an example expects {outcome!r} for {key!r}, which it never gives"
                    )

    def _says(self, key: str) -> list[Says]:
        if key not in self.answers:
            raise RuleError(f"{self.id}: an example names {key!r}, a key the rule does not answer")
        return [c.says for c in self.answers[key] if c.says is not None]

    @property
    def anchor(self) -> str:
        return "rule-" + self.id.lower()

    def check_data(self, data: Mapping[str, Any]) -> Finding | None:
        """What the rule says about ``data["key"]`` for the facts in `data` (see `relcheck.rules.logic`)."""
        for case in self.answers.get(data["key"], ()):
            if case.test(data):
                return None if case.says is None else case.says.finding(data, case.basis)
        return None

    @cached_property
    def cases(self) -> tuple[Case, ...]:
        """All the cases in one list, each guarded by its key when the rule answers several: the form
        the page evaluates (see `relcheck.rules.export`); a key's cases cannot reach another key."""
        if len(self.answers) == 1:
            return next(iter(self.answers.values()))
        return tuple(
            Case(key_is(key) if c.when is ALWAYS else all_of(key_is(key), c.when), c.says, c.basis)
            for key, cases in self.answers.items()
            for c in cases
        )


@dataclass(frozen=True)
class RuleBook:
    """The rules of one source page: the edition and page are declared here once for all of them.
    `sentences`: the page's sentences have ids, and every rule must cite them."""

    edition: str
    page: str
    source: Source = "procedure"
    sentences: bool = False

    def rule(
        self,
        rule_id: str,
        *,
        statement: str,
        at: At,
        says: str,
        decides: str,
        leaves: str,
        answers: Answers,
        examples: Sequence[Example],
        later: Sequence[Change] = (),
    ) -> Rule:
        """One rule; a key written as a tuple of keys shares its cases (each key gets its own copy)."""
        if self.sentences and not at.sentences:
            raise RuleError(f"{rule_id}: name the sentences of the source that state it")
        by_key: dict[str, tuple[Case, ...]] = {}
        for keys, cases in answers.items():
            for key in (keys,) if isinstance(keys, str) else keys:
                if key in by_key:
                    raise RuleError(f"{rule_id}: the key {key!r} is answered twice")
                by_key[key] = tuple(cases)
        return Rule(
            id=rule_id,
            edition=self.edition,
            page=self.page,
            source=self.source,
            at=at,
            statement=statement,
            says=says,
            decides_text=decides,
            leaves=leaves,
            answers=by_key,
            examples=tuple(examples),
            later=tuple(later),
        )
