"""Where a path of a scenario document sits in its file: the YAML node tree keeps every position.

Every stage that reports a problem at a line (the schema, the consistency checks, the engine's
expectations) asks here; the loader's node tree is the one source of positions.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from yaml.nodes import MappingNode, Node, SequenceNode

from relcheck.vocab.flow import SECTIONS


def pointer(path: Any) -> str:
    """The JSON Pointer (RFC 6901) of a path of keys and indexes."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def expectation_lines(root: Node) -> dict[tuple[str, ...], int]:
    """The line of every expectation, in each section of the flow (`relcheck.vocab.flow.SECTIONS`)."""
    lines: dict[tuple[str, ...], int] = {}
    for section in SECTIONS:
        node: Node | None = root
        for name in section.path:
            node = (
                next((v for k, v in _pairs(node) if k.value == name), None)
                if isinstance(node, MappingNode)
                else None
            )
        if isinstance(node, MappingNode):
            for key, _ in _pairs(node):
                lines.setdefault((*section.path, key.value), key.start_mark.line + 1)
    return lines


def locate(root: Node | None, path: Any) -> tuple[int | None, int | None]:
    """The 1-based line and column of the value at a path of the document, or of its nearest parent."""
    if root is None:
        return None, None
    node = _deepest(root, path)
    return node.start_mark.line + 1, node.start_mark.column + 1


def locate_key(root: Node, path: Any, key: Any) -> tuple[int, int]:
    """The 1-based line and column of a key of the mapping at a path (of the mapping when not found)."""
    node = _deepest(root, path)
    if isinstance(node, MappingNode):
        for key_node, _ in _pairs(node):
            if key_node.value == key:
                return key_node.start_mark.line + 1, key_node.start_mark.column + 1
    return node.start_mark.line + 1, node.start_mark.column + 1


def _deepest(root: Node, path: Any) -> Node:
    """The node at a path of the document, or its nearest existing parent."""
    node = root
    for step in path:
        child = _child(node, step)
        if child is None:
            break
        node = child
    return node


def _child(node: Node, step: Any) -> Node | None:
    if isinstance(node, SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
        child: Node = node.value[step]
        return child
    if isinstance(node, MappingNode):
        for key, value in _pairs(node):
            if key.value == step:
                return value
    return None


def _pairs(node: MappingNode) -> Iterator[tuple[Node, Node]]:
    """Explicit pairs first, then those brought in by merge keys (the same precedence as the loader)."""
    merges: list[Node] = []
    for key, value in node.value:
        if key.tag.endswith(":merge"):
            merges.extend(value.value if isinstance(value, SequenceNode) else [value])
        else:
            yield key, value
    for source in merges:
        if isinstance(source, MappingNode):
            yield from _pairs(source)
