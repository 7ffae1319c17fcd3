"""Long-form text: the full reasoning for one scenario, and the list of rules."""

from __future__ import annotations

from relcheck.i18n import DEFAULT_LANGUAGE, N_, render
from relcheck.reporters.base import Reporter, location
from relcheck.result import CheckResult, Message
from relcheck.rules import RULES
from relcheck.vocab.editions import EDITIONS
from relcheck.vocab.enums import has_one_cloud
from relcheck.vocab.labels import answer, cloud_in_text, label


class ExplainReporter(Reporter):
    """Every question and action of each file, answered with its rules and reasons."""

    def report(self, result: CheckResult) -> None:
        write = self.stream.write
        for file in result.files:
            for problem in file.errors:
                write(f"{location(file.path, problem.line, problem.column)}: {self.problem_text(problem)}\n")
            if file.evaluation is None or file.scenario is None:
                continue
            scenario = file.scenario
            title = scenario["title"].get(self.lang) or scenario["title"][DEFAULT_LANGUAGE]
            write(f"{file.path}: {title}\n")
            edition = Message(EDITIONS[scenario["edition"]].name)
            if has_one_cloud(scenario["edition"]):
                header = Message(N_("edition: %(edition)s"), {"edition": edition})
            else:
                header = Message(
                    N_("edition: %(edition)s; cloud: %(cloud)s"),
                    {"edition": edition, "cloud": cloud_in_text(scenario["cloud"], self.lang)},
                )
            write(self.t(header) + "\n")
            stated: set[str] = set()  # each rule's statement once per file
            for n, verdict in enumerate(file.evaluation.verdicts, 1):
                # the answer as the reader's word, its rules after a separator: no "by" to clash with a
                # portal's own name, no capitals to change a brand (21Vianet)
                outcome = self.t(answer(verdict.outcome))
                rules = f" · {', '.join(verdict.rules)}" if verdict.rules else ""
                write(f"\n{n}. {self.t(label(verdict.key))}\n   → {outcome}{rules}\n")
                for line in self.explanation(verdict, stated):
                    write(f"   {line}\n")
                if verdict.expected is None:
                    continue
                if verdict.matches:
                    write("   " + self.t(Message(N_("as the scenario expects"))) + "\n")
                else:
                    expected = self.outcome_text(verdict.expected, verdict.expected_rules)
                    where = location(file.path, verdict.line, None)
                    write(
                        "   "
                        + self.t(
                            Message(
                                N_("but the scenario expects %(expected)s (%(where)s)"),
                                {"expected": expected, "where": where},
                            )
                        )
                        + "\n"
                    )
            write("\n")
        write(self.summary(result) + "\n")


def rule_list(lang: str) -> str:
    """Every rule: id, edition, statement in the language, and the page and anchor that state it."""
    lines = []
    for rule in RULES.values():
        source = "" if rule.source == "procedure" else " " + render(Message(N_("(companion page)")), lang)
        lines.append(f"{rule.id:<4} [{rule.edition}]{source} {render(Message(rule.statement), lang)}")
        lines.append(f"     {rule.page}#{rule.anchor}")
    return "\n".join(lines) + "\n"
