"""Read a YAML file into nodes in one bounded pass.

PyYAML's composer is pure Python and slow on deep nesting; this module drives
libyaml's C parser (when PyYAML has it) and builds the node tree itself, so
that the file is parsed once, nesting depth and aliases are refused as they
appear, and only plain YAML types are admitted.  Nodes keep their start marks
for ``file:line`` messages.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import yaml
from yaml.resolver import Resolver

from geomap.errors import IncidentError, Problem

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_RESOLVER = Resolver()
_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
)


def read_text(path: Path, *, limit: int, field: str, file: str | None = None) -> str:
    """Read a UTF-8 text file of at most ``limit`` bytes, refusing devices, FIFOs and folders unread.

    Problems are reported against ``file`` (default: ``path`` itself) and ``field``.
    """
    where = file or str(path)

    def fail(message: str) -> IncidentError:
        return IncidentError([Problem(where, 1, field, message)])

    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise fail("is not a regular file (a folder, device or pipe); name a text file")
        # O_NONBLOCK: if the path became a FIFO since the check, open() must not wait for a writer.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as err:
        raise fail(f"cannot be read: {err.strerror}") from err
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise fail("is not a regular file (a folder, device or pipe); name a text file")
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise fail(f"is larger than {limit / 2**20:g} MiB; split it or shorten it")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise fail(f"is not UTF-8 text (byte {err.start}); save it as UTF-8") from err


def compose(text: str, file: str, *, max_depth: int) -> yaml.Node | None:
    """Return the root node of the single YAML document in ``text`` (None for an empty file).

    Raises
    ------
    IncidentError
        For YAML syntax errors, more than one document, anchors or aliases,
        explicit tags and nesting deeper than ``max_depth``.
    """

    def fail(event: yaml.Event | None, message: str) -> IncidentError:
        line = event.start_mark.line + 1 if event is not None and event.start_mark is not None else 1
        return IncidentError([Problem(file, line, "yaml", message)])

    stack: list[tuple[yaml.Node, list[yaml.Node]]] = []
    root: yaml.Node | None = None
    documents = 0
    try:
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise fail(event, "anchors (&name) and aliases (*name) are not allowed; write the value out")
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise fail(event, "holds more than one YAML document ('---'); keep one incident a file")
                continue
            if isinstance(event, yaml.ScalarEvent):
                tag = _scalar_tag(event)
                if tag not in _PLAIN_TAGS:
                    raise fail(event, f"the tag {event.tag!r} is not allowed; write plain values")
                node: yaml.Node = yaml.ScalarNode(tag, event.value, *_marks(event), event.style)
                _add(stack, node)
                root = root or node
            elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                if event.tag not in (None, "!") and event.tag not in _PLAIN_TAGS:
                    raise fail(event, f"the tag {event.tag!r} is not allowed; write plain values")
                if len(stack) >= max_depth:
                    raise fail(event, f"is nested deeper than {max_depth} levels; flatten it")
                kind = yaml.SequenceNode if isinstance(event, yaml.SequenceStartEvent) else yaml.MappingNode
                tag = "tag:yaml.org,2002:seq" if kind is yaml.SequenceNode else "tag:yaml.org,2002:map"
                node = kind(tag, [], *_marks(event), event.flow_style)
                _add(stack, node)
                stack.append((node, []))
                root = root or node
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                node, items = stack.pop()
                node.end_mark = event.end_mark
                node.value = (
                    items
                    if isinstance(node, yaml.SequenceNode)
                    else list(zip(items[::2], items[1::2], strict=True))
                )
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        what = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise IncidentError([Problem(file, line, "yaml", f"{what}; fix the YAML syntax")]) from err
    return root


def _scalar_tag(event: yaml.ScalarEvent) -> str:
    if event.tag not in (None, "!"):
        return str(event.tag)
    return str(_RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit))


def _marks(event: yaml.Event) -> tuple[Any, Any]:
    # libyaml's marks are its own type; they carry the same line numbers.
    return event.start_mark, event.end_mark


def _add(stack: list[tuple[yaml.Node, list[yaml.Node]]], node: yaml.Node) -> None:
    if stack:
        stack[-1][1].append(node)


class LineNode(yaml.Node):
    """A stand-in node that only knows its line (for problems found after reading)."""

    def __init__(self, line: int):
        mark = yaml.Mark("", 0, line - 1, 0, None, 0)  # no buffer to point into
        super().__init__("", None, mark, None)
