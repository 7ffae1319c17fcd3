"""JSON for tools: every file, its problems and every verdict, with messages in the chosen language."""

from __future__ import annotations

import json
from typing import Any

from relcheck.reporters.base import Reporter
from relcheck.result import CheckResult, FileResult, Verdict
from relcheck.vocab.changes import CHECKED_ON


class JsonReporter(Reporter):
    def report(self, result: CheckResult) -> None:
        data = {
            "success": result.success,
            "changes_checked_on": CHECKED_ON.isoformat(),
            "files": [self._file(f) for f in result.files],
        }
        json.dump(data, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")

    def _file(self, file: FileResult) -> dict[str, Any]:
        return {
            "path": str(file.path),
            "valid": not file.errors,
            "success": file.success,
            "errors": [
                {"line": p.line, "column": p.column, "pointer": p.pointer, "message": self.t(p.message)}
                for p in file.errors
            ],
            "verdicts": [self._verdict(v) for v in file.evaluation.verdicts] if file.evaluation else [],
            # a file of the contract's refusals: the problems it was refused with, as it declares
            "refused": [
                {"line": p.line, "column": p.column, "pointer": p.pointer, "message": self.t(p.message)}
                for p in file.refused
            ],
        }

    def _verdict(self, v: Verdict) -> dict[str, Any]:
        return {
            "key": v.key,
            "outcome": v.outcome,
            "rules": list(v.rules),
            "reasons": [self.t(r) for r in v.reasons],
            # what the answer rests on: a rule's source, this site's reading, not stated, not reached
            "basis": self.grounds_data(v),
            # what Microsoft changed since the dated source, as its current pages said on `changes_checked_on`
            "changes": self.changes_data(v),
            "expected": v.expected,
            "expected_rules": list(v.expected_rules),
            "pointer": v.pointer,
            "line": v.line,
            "matches": v.matches,
        }
