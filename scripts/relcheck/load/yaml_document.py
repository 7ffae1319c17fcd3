"""Load one YAML document safely, keeping the node tree so that every value has a line and column.

Why it is built this way (each point was measured, see the README's "Bad input" section):

- PyYAML's C parser composes the node tree quickly, but recurses in C and crashes the interpreter on
  tens of thousands of nesting levels. A cheap upper bound on the depth (every nesting level needs one
  of ``[ { - : ?``) lets ordinary files go straight to it; a file whose bound is high is first walked
  event by event, iteratively, and refused when it really is too deep.
- Scalars are resolved with the YAML 1.2 JSON-compatible core only: ``true``/``false``, ``null``,
  decimal integers and plain floats. ``yes``, ``on``, ``010`` and ``2018-10-29`` stay text, so a
  schema error names them instead of a silent conversion. ``.nan`` and ``.inf`` stay text too.
- Only the standard tags are accepted; any other tag (``!!python/object``, ``!!binary``, ``!custom``)
  is refused before anything is constructed.
- Duplicate keys are refused on the explicit key nodes of each mapping, before merge keys (``<<``)
  are flattened, so that overriding a merged key stays legal.
- Aliases are expanded into fresh copies, after the expanded size of the tree has been measured
  (iteratively, memoised, cycle-aware), so an alias bomb or a self-referencing alias is refused at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver

from relcheck.i18n import N_
from relcheck.load.errors import ParseError
from relcheck.load.yaml_problems import CONTEXTS, PROBLEMS
from relcheck.result import Message

try:  # libyaml's parser is the fast path; the pure one gives the same nodes
    from yaml import CBaseLoader as _ParserLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import BaseLoader as _ParserLoader  # type: ignore[assignment]


MAX_DEPTH = 32  # a scenario is 5 levels deep; 32 leaves room and keeps every walk shallow
MAX_NODES = 50_000  # alias-expanded size; a scenario has a few hundred
_C_SAFE_DEPTH = 2_000  # the C composer recurses; it is measured safe far beyond this

_TAG = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL = (_TAG + t for t in ("str", "int", "float", "bool", "null"))
MAP, SEQ, MERGE = _TAG + "map", _TAG + "seq", _TAG + "merge"
_ALLOWED_TAGS = frozenset({STR, INT, FLOAT, BOOL, NULL, MAP, SEQ, MERGE})


_INT = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_CONSTANTS = {
    **dict.fromkeys(("true", "True", "TRUE", "false", "False", "FALSE"), BOOL),
    **dict.fromkeys(("~", "null", "Null", "NULL", ""), NULL),
    "<<": MERGE,
}
_NUMBER_START = frozenset("-+.0123456789")


class CoreResolver(BaseResolver):
    """Implicit typing of the YAML 1.2 core schema, minus the special floats (``.nan``, ``.inf``).

    The parser asks for the tag of every node; answering from a table and two anchored regular
    expressions, instead of PyYAML's general resolver, is what keeps loading cheaper than
    ``yaml.CSafeLoader`` itself.
    """

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        """No path-dependent resolvers are used."""

    def ascend_resolver(self) -> None:
        """No path-dependent resolvers are used."""

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is ScalarNode:
            if implicit[0]:  # a plain scalar: typed by its text
                tag = _CONSTANTS.get(value)
                if tag is not None:
                    return tag
                if value[0] in _NUMBER_START:
                    if _INT.fullmatch(value):
                        return INT
                    if _FLOAT.fullmatch(value):
                        return FLOAT
            return STR
        return SEQ if kind is SequenceNode else MAP


class _Loader(CoreResolver, _ParserLoader):
    """PyYAML's public loader, used only to compose the node tree, with the core schema's resolver."""

    def __init__(self, stream: str) -> None:
        _ParserLoader.__init__(self, stream)


def _at(node: Node, msgid: str, **params: str | int) -> ParseError:
    return ParseError(Message(msgid, params), node.start_mark.line + 1, node.start_mark.column + 1)


@dataclass
class Document:
    """A loaded document: the plain data, and the node tree it was built from (for positions)."""

    data: Any
    root: Node


def load(text: str) -> Document | None:
    """Load one YAML document from text; ``None`` when the text holds no document. Raises `ParseError`."""
    if _depth_bound(text) > _C_SAFE_DEPTH:
        _check_event_depth(text)
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise _yaml_error(exc, text) from None
    except yaml.YAMLError as exc:  # pragma: no cover - every parser error is marked
        raise ParseError(Message(N_("invalid YAML: %(problem)s"), {"problem": str(exc)})) from None
    finally:
        loader.dispose()
    if root is None:
        return None
    if "*" in text:  # aliases are rare; measure only when there can be one
        _check_size(root)
    return Document(_construct(root, 0), root)


def _depth_bound(text: str) -> int:
    return sum(text.count(c) for c in "[{-:?")


def _check_event_depth(text: str) -> None:
    depth = 0
    loader = _Loader(text)
    try:
        while (event := loader.get_event()) is not None:
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    raise ParseError(
                        Message(N_("nested more than %(limit)s levels deep"), {"limit": MAX_DEPTH}),
                        mark.line + 1 if mark else None,
                        mark.column + 1 if mark else None,
                    )
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.MarkedYAMLError as exc:
        raise _yaml_error(exc, text) from None
    finally:
        loader.dispose()


def _yaml_error(exc: yaml.MarkedYAMLError, text: str) -> ParseError:
    """Reported where PyYAML found the problem; what it was reading, and where that began, is named too.

    For an unclosed quote the problem is found at the end of the file, and the place a reviewer must
    look is the start of the quoted text: the context mark.
    """
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else None
    column = mark.column + 1 if mark else None
    if mark is not None and _tab_near(text, mark.index):
        return ParseError(
            Message(N_("a tab character is used for indentation; indent with spaces")), line, column
        )
    if "single document" in f"{exc.context} {exc.problem}":
        return ParseError(
            Message(N_("more than one YAML document; a scenario file holds exactly one")), line, column
        )
    problem = _phrase(exc.problem or exc.context or "syntax error", PROBLEMS)
    context = exc.context_mark if exc.problem and exc.context else None
    if context is None:
        return ParseError(Message(N_("invalid YAML: %(problem)s"), {"problem": problem}), line, column)
    return ParseError(
        Message(
            N_("invalid YAML: %(problem)s, %(context)s that starts at %(line)s:%(column)s"),
            {
                "problem": problem,
                "context": _phrase(str(exc.context), CONTEXTS),
                "line": context.line + 1,
                "column": context.column + 1,
            },
        ),
        line,
        column,
    )


def _phrase(text: str, known: frozenset[str]) -> Message | str:
    """A PyYAML phrase as a translatable message when it is a known one; as written otherwise."""
    return Message(text) if text in known else text


def _tab_near(text: str, index: int) -> bool:
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    line = text[start : end if end >= 0 else len(text)]
    return "\t" in line[: len(line) - len(line.lstrip(" \t"))] or text[index : index + 1] == "\t"


def _children(node: Node) -> Iterator[Node]:
    if isinstance(node, MappingNode):
        for key, value in node.value:
            yield key
            yield value
    elif isinstance(node, SequenceNode):
        yield from node.value


def _check_size(root: Node) -> None:
    """Refuse a tree whose alias-expanded size is too large, or that refers to itself."""
    size: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            total = 1 + sum(size[id(c)] for c in _children(node))
            if total > MAX_NODES:
                raise _at(node, N_("aliases expand to more than %(limit)s values"), limit=MAX_NODES)
            size[key] = total
        elif key in on_path:
            raise _at(node, N_("an alias refers to a value that contains it"))
        elif key not in size:
            on_path.add(key)
            stack.append((node, True))
            stack.extend((c, False) for c in _children(node) if id(c) not in size)


def _construct(node: Node, depth: int) -> Any:
    if depth > MAX_DEPTH:
        raise _at(node, N_("nested more than %(limit)s levels deep"), limit=MAX_DEPTH)
    tag = node.tag
    if tag not in _ALLOWED_TAGS:
        raise _at(node, N_("the tag %(tag)s is not allowed; only plain YAML data is"), tag=tag)
    if isinstance(node, ScalarNode):
        return _scalar(node)
    if isinstance(node, SequenceNode):
        if tag != SEQ:
            raise _at(node, N_("the tag %(tag)s does not fit a list"), tag=tag)
        return [_construct(child, depth + 1) for child in node.value]
    if tag != MAP or not isinstance(node, MappingNode):
        raise _at(node, N_("the tag %(tag)s does not fit a mapping"), tag=tag)
    return _mapping(node, depth)


def _scalar(node: ScalarNode) -> Any:
    tag, value = node.tag, node.value
    if tag == STR:
        return value
    if tag == BOOL and value.lower() in ("true", "false"):
        return value.lower() == "true"
    if tag == NULL and value in ("", "~", "null", "Null", "NULL"):
        return None
    try:
        if tag == INT:
            return int(value, 10)
        if tag == FLOAT:
            return float(value)
    except ValueError:
        pass
    raise _at(node, N_("%(value)s cannot be read as %(tag)s"), value=value[:40], tag=tag.rpartition(":")[2])


def _key(node: Node) -> str:
    if not isinstance(node, ScalarNode) or node.tag != STR:
        shown = node.value[:40] if isinstance(node, ScalarNode) else "…"
        raise _at(node, N_("a key must be text; %(key)s is not (quote it)"), key=shown)
    return str(node.value)


def _mapping(node: MappingNode, depth: int) -> dict[str, Any]:
    result: dict[str, Any] = {}
    merged: list[MappingNode] = []
    for key_node, value_node in node.value:
        if key_node.tag == MERGE:
            merged.extend(_merge_sources(value_node))
            continue
        key = _key(key_node)
        if key in result:
            raise _at(key_node, N_("duplicate key %(key)s"), key=key)
        result[key] = _construct(value_node, depth + 1)
    for source in merged:  # explicit keys win; among merged mappings the first one wins
        for key, value in _mapping(source, depth).items():
            result.setdefault(key, value)
    return result


def _merge_sources(node: Node) -> list[MappingNode]:
    if isinstance(node, MappingNode):
        return [node]
    if isinstance(node, SequenceNode) and all(isinstance(n, MappingNode) for n in node.value):
        return list(node.value)
    raise _at(node, N_("a merge key (<<) needs a mapping or a list of mappings"))
