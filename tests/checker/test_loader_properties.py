"""Property-based: whatever text or structure a file holds, the loader answers with data or one
`ParseError`, and a checked file with a result: never another exception."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relcheck.checker import check_file
from relcheck.load import yaml_document
from relcheck.load.errors import ParseError

YAML_PIECES = st.sampled_from(
    [
        "id: x\n",
        "- a\n",
        "  b: 1\n",
        "\t",
        "&a [1]\n",
        "*a\n",
        "<<: *a\n",
        "!!python/object:os.system\n",
        "{",
        "}",
        "[",
        "]",
        ": ",
        "---\n",
        "...\n",
        "? k\n",
        "|\n  text\n",
        "'",
        '"',
        "\\",
        "#c\n",
        "\ufeff",
        "on: yes\n",
        "2024-02-30\n",
        "010\n",
        ".nan\n",
        "key: &x [*x]\n",
        "\x00",
        "é",
        "\n",
    ]
)
YAML_TEXT = st.one_of(
    # whole constructs: tags, anchors, merges, BOMs, YAML 1.1 surprises, glued together
    st.lists(YAML_PIECES | st.text(max_size=8), max_size=40).map("".join),
    # YAML's punctuation, one character at a time
    st.text(alphabet=st.sampled_from(list("ab:-[]{},&*!<>|'\"#\n\t ?.01~%@`")), max_size=120),
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(YAML_TEXT)
def test_any_text_loads_or_raises_a_parse_error(text: str) -> None:
    try:
        document = yaml_document.load(text)
    except ParseError as error:
        assert error.message.msgid
    else:
        if document is not None:
            json.dumps(document.data, default=str)  # plain data: no objects, no cycles


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(JSON_VALUES)
def test_any_structure_in_a_file_gets_a_result(tmp_path: Path, value: object) -> None:
    path = tmp_path / "random.yaml"
    path.write_text(yaml.safe_dump(value, allow_unicode=True), encoding="utf-8")
    result = check_file(path)
    assert result.errors or result.evaluation is not None
    for problem in result.errors:
        assert problem.path == path
