from __future__ import annotations

import textwrap

import pytest

from relcheck.site.markers import Marker, MarkerError, replace_markers


def test_marker_is_replaced_and_keeps_its_indentation() -> None:
    page = textwrap.dedent(
        """\
        !!! note "Title"

            Text.
            <!-- relcheck:rule-scenarios g4 -->
        """
    )
    out = replace_markers(page, {"rule-scenarios": lambda m: f"- one {m.arg}\n- two"})
    assert out == '!!! note "Title"\n\n    Text.\n    - one g4\n    - two\n'


def test_inline_marker_in_a_sentence() -> None:
    out = replace_markers("Dated <!-- relcheck:source-date global -->.\n", {"source-date": lambda m: "1 May"})
    assert out == "Dated 1 May.\n"


def test_unknown_marker_names_its_line() -> None:
    with pytest.raises(MarkerError, match=r"line 3: unknown marker 'relcheck:scenario'"):
        replace_markers("a\n\n<!-- relcheck:scenario -->\n", {"scenarios": lambda m: ""})


def test_handlers_are_told_each_marker_s_line_argument_and_indentation() -> None:
    seen: list[Marker] = []

    def keep(marker: Marker) -> str:
        seen.append(marker)
        return ""

    replace_markers(
        "x\n  <!-- relcheck:rule-scenarios v9 -->\n<!-- relcheck:scenarios -->\n",
        {
            "rule-scenarios": keep,
            "scenarios": keep,
        },
    )
    assert [(m.name, m.arg, m.line, m.indent) for m in seen] == [
        ("rule-scenarios", "v9", 2, "  "),
        ("scenarios", None, 3, ""),
    ]
