"""Typed node reading: a YAML file into nodes in one bounded pass, and nodes into typed values.

PyYAML's composer is pure Python and slow on deep nesting; this module drives
libyaml's C parser (when PyYAML has it) and builds the node tree itself, so
that the file is parsed once, nesting depth and aliases are refused as they
appear, and only plain YAML types are admitted.  Nodes keep their start marks
for ``file:line`` messages.

:class:`Reader` then reads nodes by the types of :mod:`geomap.incident.schema`
(one reader function a type, in ``SCALARS``), collecting every problem instead
of raising, so that a writer sees all of them at once.
"""

from __future__ import annotations

import math
import os
import re
import stat
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml
from yaml.resolver import Resolver

from geomap.errors import IncidentError, Problem
from geomap.incident import schema

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


SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
LAYER_NAME = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
MAX_SLUG, MAX_LAYER_NAME = 100, 60
GPKG_RESERVED = ("gpkg", "rtree_", "sqlite_", "layer_styles")
COUNTRY = re.compile(r"^[A-Z]{2}$")
#: The one wording of the rule a pair of countries (a border) follows, wherever a pair is read.
COUNTRY_PAIR_RULE = "must be two different ISO alpha-2 codes, e.g. [PL, BY]"
HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$")
# Plain scalars that YAML 1.2 reads as numbers but PyYAML's YAML 1.1 resolver leaves as text ("1e3").
NUMBER = re.compile(r"^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$")
_NULL = "tag:yaml.org,2002:null"

_REFUSED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")
_LINE_BREAKS = re.compile("[\n\r\u2028\u2029\x85]")


@dataclass
class Record:
    """A mapping read with a schema section: typed values and the line of each key."""

    line: int
    where: str = ""  # where it was read, as problems name it: "places.crash_sites[3]"
    values: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    refused: set[str] = field(default_factory=set)  # keys given a value that did not fit their type

    def get(self, key: str, default: Any = None) -> Any:
        """Return the value read for ``key``, or ``default``."""
        return self.values.get(key, default)

    def line_of(self, key: str) -> int:
        """Return the line of ``key``, or the mapping's own line."""
        return self.lines.get(key, self.line)


class Reader:
    """Reads nodes by schema type; records problems and warnings instead of raising."""

    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.zone: ZoneInfo = ZoneInfo("UTC")  # the incident's, once read: a day ends at its midnight

    def problem(self, where: yaml.Node | int | None, field: str, message: str) -> None:
        """Record an error at ``where`` (a node or a line)."""
        self.problems.append(Problem(self.file, node_line(where), field, message))

    def warn(self, where: yaml.Node | int | None, field: str, message: str) -> None:
        """Record a warning at ``where`` (a node or a line)."""
        self.warnings.append(Problem(self.file, node_line(where), field, message, level="warning"))

    # -- sections -----------------------------------------------------------
    def record(self, node: yaml.Node, section: str, field: str) -> Record | None:
        """Read a mapping with ``section``'s keys; None when it is not a mapping or lacks a required key."""
        keys = {k.name: k for k in schema.SCHEMA[section]}
        allowed = ", ".join(keys)
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, field, f"must be a mapping with keys {allowed}")
            return None
        record = Record(node_line(node), field)
        seen: set[str] = set()
        for key_node, value in node.value:
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
            where = f"{field}.{key}" if field else key
            if key in seen:
                self.problem(key_node, where, "appears twice; keep one")
                continue
            seen.add(key)
            if key not in keys:
                self.problem(key_node, where, f"unknown key; allowed here: {allowed}")
                continue
            record.lines[key] = node_line(key_node)
            if value.tag == _NULL and isinstance(value, yaml.ScalarNode):
                continue  # "key:" with no value reads as absent; a required key is then reported below
            read = self.value(value, keys[key], where)
            if read is not None:
                record.values[key] = read
            else:
                record.refused.add(key)
        missing = [k.name for k in schema.SCHEMA[section] if k.required and k.name not in record.lines]
        for key in missing:
            self.problem(node, f"{field}.{key}" if field else key, "is required; add it")
        empty = [
            k.name
            for k in schema.SCHEMA[section]
            if k.required and k.name in record.lines and k.name not in record.values
        ]
        if missing or empty:
            for key in empty:
                where = f"{field}.{key}" if field else key
                if not any(p.field.startswith(where) for p in self.problems):
                    self.problem(record.line_of(key), where, "is required; give it a value")
            return None
        return record

    def value(self, node: yaml.Node, key: schema.Key, field: str) -> Any:
        """Read one value of the key's type; None (with a problem) when it does not fit."""
        if key.type in ("section", "list", "dict", "layers"):
            return self.nested(node, key, field)
        return SCALARS[key.type](self, node, field, key)

    def nested(self, node: yaml.Node, key: schema.Key, field: str) -> Any:
        """Read a section, a list of them, or a mapping of layer names to them."""
        assert key.section is not None
        if key.type == "section":
            return self.record(node, key.section, field)
        if key.type == "list":
            items = self.sequence(node, field)
            read = (self.record(n, key.section, f"{field}[{i}]") for i, n in enumerate(items))
            return [r for r in read if r is not None]
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, field, "must be a mapping from layer names to their entries")
            return None
        out: dict[str, Any] = {}
        for name_node, value in node.value:
            name = str(name_node.value) if isinstance(name_node, yaml.ScalarNode) else "?"
            where = f"{field}.{name}"
            if name in out:
                self.problem(name_node, where, "appears twice; keep one")
                continue
            if not LAYER_NAME.match(name) or len(name) > MAX_LAYER_NAME:
                self.problem(
                    name_node,
                    where,
                    f"layer names use lower-case letters, digits and _, at most {MAX_LAYER_NAME}",
                )
                continue
            if name.startswith(GPKG_RESERVED):
                # A GeoPackage keeps its own tables under these names; a layer there would break it.
                self.problem(
                    name_node, where, "names starting gpkg, rtree_ or sqlite_ are reserved; rename the layer"
                )
                continue
            if key.type == "layers":
                items = self.sequence(value, where)
                out[name] = (
                    node_line(name_node),
                    [r for i, n in enumerate(items) if (r := self.record(n, key.section, f"{where}[{i}]"))],
                )
            else:
                out[name] = self.record(value, key.section, where)
        return out

    def sequence(self, node: yaml.Node, field: str) -> list[yaml.Node]:
        """Return the items of a list node (none, with a problem, when it is not a list or too long)."""
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, field, "must be a list (items starting with '- ')")
            return []
        if len(node.value) > schema.MAX_LIST_ITEMS:
            self.problem(
                node, field, f"has {len(node.value):,} items; at most {schema.MAX_LIST_ITEMS:,} are read"
            )
            return []
        return list(node.value)

    # -- scalars -------------------------------------------------------------
    def scalar(self, node: yaml.Node, field: str) -> str | None:
        """Return a single value's text; None (with a problem) for a list, a mapping or a null."""
        if isinstance(node, yaml.ScalarNode) and node.tag != _NULL:
            return str(node.value)
        self.problem(node, field, "must be a single value, not a list or mapping")
        return None

    def text(self, node: yaml.Node, field: str, *, one_line: bool) -> str | None:
        """Return a bounded, NFC-normalised text free of control characters (a name: one line)."""
        raw = self.scalar(node, field)
        if raw is None:
            return None
        limit = schema.MAX_NAME_CHARS if one_line else schema.MAX_TEXT_CHARS
        if len(raw) > limit:
            self.problem(node, field, f"is {len(raw):,} characters long; at most {limit:,} are allowed")
            return None
        bad = _REFUSED.search(raw)
        if bad:
            self.problem(node, field, f"holds the control character U+{ord(bad.group()):04X}; remove it")
            return None
        bidi = _BIDI.search(raw)
        if bidi:
            self.problem(
                node,
                field,
                f"holds the bidirectional control U+{ord(bidi.group()):04X}, which can "
                "reorder what a reader sees; remove it",
            )
            return None
        if one_line:
            raw = self.one_line(node, field, raw)
        text = unicodedata.normalize("NFC", raw).strip()
        if not text:
            self.problem(node, field, "must be a non-empty text")
            return None
        return text

    def one_line(self, node: yaml.Node, field: str, raw: str) -> str:
        """Names and titles are one line of visible text: line breaks become spaces, zero-width characters go."""
        fixed = raw
        if _LINE_BREAKS.search(fixed.strip()):
            fixed = " ".join(_LINE_BREAKS.sub(" ", fixed).split())
        fixed = _ZERO_WIDTH.sub("", fixed)
        if fixed != raw and fixed.strip() != raw.strip():
            self.warn(
                node, field, f"line breaks or zero-width characters removed; now reads {fixed.strip()!r}"
            )
        return fixed

    def number(self, node: yaml.Node, field: str) -> float | None:
        """Return a finite number written as a plain (unquoted) scalar."""
        if isinstance(node, yaml.ScalarNode) and not node.style and NUMBER.match(node.value.replace("_", "")):
            value = float(node.value.replace("_", ""))
            if math.isfinite(value):
                return value
        self.problem(node, field, "must be a finite number such as 30 or 2.5")
        return None


def _matching(
    pattern: re.Pattern[str], refusal: str
) -> Callable[[Reader, yaml.Node, str, schema.Key], str | None]:
    """Return the reader of one line of text that must match ``pattern``; ``refusal`` follows the text."""

    def read(r: Reader, node: yaml.Node, field: str, key: schema.Key) -> str | None:
        text = r.text(node, field, one_line=True)
        if text is not None and not pattern.match(text):
            r.problem(node, field, f"{text!r} {refusal}")
            return None
        return text

    return read


_slug_text = _matching(SLUG, "is not a slug; use lower-case letters, digits, - and _")


def _slug(r: Reader, node: yaml.Node, field: str, key: schema.Key) -> str | None:
    text = _slug_text(r, node, field, key)
    if text is not None and len(text) > MAX_SLUG:
        # Ids become file names (layers/<id>/, build/<id>.gpkg): keep them well inside the 255-byte limit.
        r.problem(node, field, f"is {len(text)} characters long; keep ids to {MAX_SLUG} at most")
        return None
    return text


_country = _matching(COUNTRY, "is not an ISO 3166-1 alpha-2 code such as PL")


def _name(r: Reader, node: yaml.Node, field: str, key: schema.Key) -> str | None:
    return r.text(node, field, one_line=True)


def _free_text(r: Reader, node: yaml.Node, field: str, key: schema.Key) -> str | None:
    return r.text(node, field, one_line=False)


def _number(r: Reader, node: yaml.Node, field: str, key: schema.Key) -> float | None:
    return r.number(node, field)


def _int(r: Reader, node: yaml.Node, field: str, key: schema.Key) -> int | None:
    value = r.number(node, field)
    if value is not None and value != int(value):
        r.problem(node, field, f"{value:g} is not a whole number")
        return None
    return int(value) if value is not None else None


def _bool(r: Reader, node: yaml.Node, field: str, key: schema.Key) -> bool | None:
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:bool":
        return node.value.lower() in ("true", "yes", "on")
    r.problem(node, field, "must be true or false")
    return None


def _time(r: Reader, node: yaml.Node, field: str, key: schema.Key) -> datetime | None:
    text = r.text(node, field, one_line=True)
    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        r.problem(node, field, f"{text!r} is not an ISO 8601 time; write e.g. 2025-09-10T05:40:00+02:00")
        return None
    if value.tzinfo is None:
        r.problem(node, field, f"{text!r} has no UTC offset; add one, e.g. +02:00")
        return None
    return value


def _when(r: Reader, node: yaml.Node, field: str, key: schema.Key) -> date | datetime | None:
    text = r.text(node, field, one_line=True)
    if text is None:
        return None
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError:
        r.problem(
            node, field, f"{text!r} is not a date or time; write 2025-09-16 or 2025-09-10T09:00:00+02:00"
        )
        return None


def _date(r: Reader, node: yaml.Node, field: str, key: schema.Key) -> date | None:
    text = r.text(node, field, one_line=True)
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        r.problem(node, field, f"{text!r} is not a date; write YYYY-MM-DD")
        return None


def _country_pair(r: Reader, node: yaml.Node, field: str, key: schema.Key) -> tuple[str, str] | None:
    names = _names(r, node, field, key)
    if names is None:
        return None
    if len(names) != 2 or not all(COUNTRY.match(c) for c in names) or names[0] == names[1]:
        r.problem(node, field, COUNTRY_PAIR_RULE)
        return None
    return names[0], names[1]


def _choice(r: Reader, node: yaml.Node, field: str, key: schema.Key) -> str | None:
    text = r.text(node, field, one_line=True)
    if text is not None and text not in key.choices:
        r.problem(node, field, f"{text!r} is not one of: {', '.join(key.choices)}")
        return None
    return text


def _names(r: Reader, node: yaml.Node, field: str, key: schema.Key) -> tuple[str, ...] | None:
    if isinstance(node, yaml.ScalarNode):
        one = r.text(node, field, one_line=True)
        return (one,) if one else None
    items = r.sequence(node, field)
    read = [r.text(n, f"{field}[{i}]", one_line=True) for i, n in enumerate(items)]
    if not items:
        r.problem(node, field, "must name at least one")
        return None
    return tuple(s for s in read if s) if all(read) else None


def _ids(r: Reader, node: yaml.Node, field: str, key: schema.Key) -> tuple[str, ...] | None:
    names = _names(r, node, field, key)
    bad = [n for n in names or () if not SLUG.match(n)]
    if bad:
        r.problem(node, field, f"{bad[0]!r} is not a source id (a slug)")
        return None
    return names


def _coords(r: Reader, node: yaml.Node, field: str, key: schema.Key) -> tuple[float, float] | None:
    items = r.sequence(node, field)
    if len(items) != 2:
        if items:
            r.problem(node, field, "must be [longitude, latitude]")
        return None
    lon, lat = r.number(items[0], f"{field}[0]"), r.number(items[1], f"{field}[1]")
    if lon is None or lat is None:
        return None
    if not -180 <= lon <= 180:
        r.problem(items[0], f"{field}[0]", f"longitude {lon} is outside -180..180 (order is [lon, lat])")
        return None
    if not -90 <= lat <= 90:
        r.problem(items[1], f"{field}[1]", f"latitude {lat} is outside -90..90 (order is [lon, lat])")
        return None
    return lon, lat


SCALARS: dict[str, Callable[[Reader, yaml.Node, str, schema.Key], Any]] = {
    "slug": _slug,
    "name": _name,
    "text": _free_text,
    "number": _number,
    "int": _int,
    "bool": _bool,
    "time": _time,
    "date": _date,
    "when": _when,
    "country": _country,
    "country_pair": _country_pair,
    "choice": _choice,
    "names": _names,
    "ids": _ids,
    "coords": _coords,
}


def node_line(where: yaml.Node | int | None) -> int:
    """Return the 1-based line of a node (or a line given as such); 1 when unknown."""
    if isinstance(where, int):
        return where
    if where is not None and where.start_mark is not None:
        return int(where.start_mark.line) + 1
    return 1
