"""JUnit XML for CI test views: one test case per file, failing when it is invalid or a verdict differs."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from relcheck.reporters.base import Reporter
from relcheck.reporters.text import TextReporter
from relcheck.result import CheckResult


class JUnitReporter(Reporter):
    def report(self, result: CheckResult) -> None:
        suite = ET.Element(
            "testsuite",
            name="relcheck",
            tests=str(len(result.files)),
            failures=str(len(result.failed)),
            errors=str(len(result.invalid)),
        )
        for file in result.files:
            case = ET.SubElement(suite, "testcase", classname="relcheck.scenarios", name=str(file.path))
            found = list(self.file_findings(file))
            if not found:
                continue
            lines = [line for finding in found for line in TextReporter.lines(finding)]
            if not file.valid:
                node = ET.SubElement(case, "error", type="invalid", message=lines[0])
            else:
                node = ET.SubElement(case, "failure", type="mismatch", message=lines[0])
            node.text = "\n".join(lines)
        ET.indent(suite)
        self.stream.write(ET.tostring(suite, encoding="unicode", xml_declaration=True) + "\n")
