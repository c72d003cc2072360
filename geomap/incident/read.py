"""Read and validate an incident file: strict, typed, every problem with its line.

The reader follows :mod:`geomap.incident.schema` for keys and types, then
checks what the types cannot: references between sections, quotes against
their source texts, slugs and reserved names.  Every problem is collected, so
that a writer sees all of them at once as ``file:line: field: message``.
"""

from __future__ import annotations

import contextlib
import gc
import math
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from datetime import time as dt_time
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from geomap import vocab
from geomap.errors import IncidentError, Problem
from geomap.incident import schema
from geomap.incident.model import (
    AlertRegion,
    BorderRegion,
    Change,
    Claim,
    Count,
    Endpoint,
    Incident,
    LayerStyle,
    Mention,
    PlaceEntry,
    Quote,
    Report,
    Source,
    TableLayer,
    When,
)
from geomap.incident.yamlnodes import compose, read_text
from geomap.places.text import fold, has_cyrillic, transliterate

SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
LAYER_NAME = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
COUNTRY = re.compile(r"^[A-Z]{2}$")
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
    values: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        """Return the value read for ``key``, or ``default``."""
        return self.values.get(key, default)

    def line_of(self, key: str) -> int:
        """Return the line of ``key``, or the mapping's own line."""
        return self.lines.get(key, self.line)


class _Reader:
    """Reads nodes by schema type; records problems and warnings instead of raising."""

    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.zone: ZoneInfo = ZoneInfo("UTC")  # the incident's, once read: a day ends at its midnight

    def problem(self, where: yaml.Node | int | None, field: str, message: str) -> None:
        self.problems.append(Problem(self.file, _line(where), field, message))

    def warn(self, where: yaml.Node | int | None, field: str, message: str) -> None:
        self.warnings.append(Problem(self.file, _line(where), field, message, level="warning"))

    # -- sections -----------------------------------------------------------
    def record(self, node: yaml.Node, section: str, field: str) -> Record | None:
        """Read a mapping with ``section``'s keys; None when it is not a mapping or lacks a required key."""
        keys = {k.name: k for k in schema.SCHEMA[section]}
        allowed = ", ".join(keys)
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, field, f"must be a mapping with keys {allowed}")
            return None
        record = Record(_line(node))
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
            record.lines[key] = _line(key_node)
            if value.tag == _NULL and isinstance(value, yaml.ScalarNode):
                continue  # "key:" with no value reads as absent; a required key is then reported below
            read = self.value(value, keys[key], where)
            if read is not None:
                record.values[key] = read
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
        return _SCALARS[key.type](self, node, field, key)

    def nested(self, node: yaml.Node, key: schema.Key, field: str) -> Any:
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
            if not LAYER_NAME.match(name):
                self.problem(name_node, where, "layer names use lower-case letters, digits and _")
                continue
            if key.type == "layers":
                items = self.sequence(value, where)
                out[name] = (
                    _line(name_node),
                    [r for i, n in enumerate(items) if (r := self.record(n, key.section, f"{where}[{i}]"))],
                )
            else:
                out[name] = self.record(value, key.section, where)
        return out

    def sequence(self, node: yaml.Node, field: str) -> list[yaml.Node]:
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
        if isinstance(node, yaml.ScalarNode) and node.tag != _NULL:
            return str(node.value)
        self.problem(node, field, "must be a single value, not a list or mapping")
        return None

    def text(self, node: yaml.Node, field: str, *, one_line: bool) -> str | None:
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
            self.problem(node, field, f"holds the bidirectional control U+{ord(bidi.group()):04X}, which can "
                                      "reorder what a reader sees; remove it")  # fmt: skip
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
        if isinstance(node, yaml.ScalarNode) and not node.style and NUMBER.match(node.value.replace("_", "")):
            value = float(node.value.replace("_", ""))
            if math.isfinite(value):
                return value
        self.problem(node, field, "must be a finite number such as 30 or 2.5")
        return None


def _slug(r: _Reader, node: yaml.Node, field: str, key: schema.Key) -> str | None:
    text = r.text(node, field, one_line=True)
    if text is not None and not SLUG.match(text):
        r.problem(node, field, f"{text!r} is not a slug; use lower-case letters, digits, - and _")
        return None
    return text


def _name(r: _Reader, node: yaml.Node, field: str, key: schema.Key) -> str | None:
    return r.text(node, field, one_line=True)


def _free_text(r: _Reader, node: yaml.Node, field: str, key: schema.Key) -> str | None:
    return r.text(node, field, one_line=False)


def _number(r: _Reader, node: yaml.Node, field: str, key: schema.Key) -> float | None:
    return r.number(node, field)


def _int(r: _Reader, node: yaml.Node, field: str, key: schema.Key) -> int | None:
    value = r.number(node, field)
    if value is not None and value != int(value):
        r.problem(node, field, f"{value:g} is not a whole number")
        return None
    return int(value) if value is not None else None


def _bool(r: _Reader, node: yaml.Node, field: str, key: schema.Key) -> bool | None:
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:bool":
        return node.value.lower() in ("true", "yes", "on")
    r.problem(node, field, "must be true or false")
    return None


def _time(r: _Reader, node: yaml.Node, field: str, key: schema.Key) -> datetime | None:
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


def _when(r: _Reader, node: yaml.Node, field: str, key: schema.Key) -> date | datetime | None:
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


def _date(r: _Reader, node: yaml.Node, field: str, key: schema.Key) -> date | None:
    text = r.text(node, field, one_line=True)
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        r.problem(node, field, f"{text!r} is not a date; write YYYY-MM-DD")
        return None


def _country(r: _Reader, node: yaml.Node, field: str, key: schema.Key) -> str | None:
    text = r.text(node, field, one_line=True)
    if text is not None and not COUNTRY.match(text):
        r.problem(node, field, f"{text!r} is not an ISO 3166-1 alpha-2 code such as PL")
        return None
    return text


def _choice(r: _Reader, node: yaml.Node, field: str, key: schema.Key) -> str | None:
    text = r.text(node, field, one_line=True)
    if text is not None and text not in key.choices:
        r.problem(node, field, f"{text!r} is not one of: {', '.join(key.choices)}")
        return None
    return text


def _names(r: _Reader, node: yaml.Node, field: str, key: schema.Key) -> tuple[str, ...] | None:
    if isinstance(node, yaml.ScalarNode):
        one = r.text(node, field, one_line=True)
        return (one,) if one else None
    items = r.sequence(node, field)
    read = [r.text(n, f"{field}[{i}]", one_line=True) for i, n in enumerate(items)]
    if not items:
        r.problem(node, field, "must name at least one")
        return None
    return tuple(s for s in read if s) if all(read) else None


def _ids(r: _Reader, node: yaml.Node, field: str, key: schema.Key) -> tuple[str, ...] | None:
    names = _names(r, node, field, key)
    bad = [n for n in names or () if not SLUG.match(n)]
    if bad:
        r.problem(node, field, f"{bad[0]!r} is not a source id (a slug)")
        return None
    return names


def _coords(r: _Reader, node: yaml.Node, field: str, key: schema.Key) -> tuple[float, float] | None:
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


_SCALARS: dict[str, Callable[[_Reader, yaml.Node, str, schema.Key], Any]] = {
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
    "choice": _choice,
    "names": _names,
    "ids": _ids,
    "coords": _coords,
}


def _line(where: yaml.Node | int | None) -> int:
    if isinstance(where, int):
        return where
    if where is not None and where.start_mark is not None:
        return int(where.start_mark.line) + 1
    return 1


# -- the model ---------------------------------------------------------------------------
def _feature_id(given: str | None, name: str) -> str:
    """Return a stable slug for a feature: the given id, else the name folded (Cyrillic transliterated)."""
    if given:
        return given
    key = fold(name)
    if has_cyrillic(key):
        key = transliterate(key)
    slug = re.sub(r"[^a-z0-9]+", "-", key).strip("-")
    # A name in another script folds to nothing: derive the id from its letters instead.
    return slug or "f-" + "-".join(f"{ord(c):x}" for c in name if c.isalnum())[:40]


def _quotes(rec: Record) -> tuple[Quote, ...]:
    return tuple(Quote(q.get("source"), q.get("text")) for q in rec.get("quotes", []))


def _drafted(r: _Reader, rec: Record, field: str) -> None:
    """Warn of a drafted item (``draft: true``, written by ``geomap extract``) until it is reviewed."""
    if rec.get("draft"):
        r.warn(rec.line_of("draft"), f"{field}.draft",
               "drafted from the report and not reviewed yet: check its evidence, then delete draft: true")  # fmt: skip


def _report(r: _Reader, rec: Record, name: str) -> Report:
    _drafted(r, rec, _feature_id(rec.get("id"), name))
    history = tuple(
        Change(_moment(r, h.get("date")), h.get("change"), h.get("status"), h.get("reported"),
               tuple(h.get("sources", ())), _quotes(h), h.line)
        for h in rec.get("history", [])
    )  # fmt: skip
    # The latest state: what the file says at the top, else what its history says last; every
    # source and quote the history gives counts too.
    said = [h.status for h in history if h.status]
    told = [h.reported for h in history if h.reported]
    own_quotes = _quotes(rec)
    return Report(
        id=_feature_id(rec.get("id"), name),
        name=name,
        reported=rec.get("reported") or (told[-1] if told else ""),
        status=rec.get("status") or (said[-1] if said else "reported"),
        sources=tuple(dict.fromkeys([*rec.get("sources", ()), *(s for h in history for s in h.sources)])),
        quotes=own_quotes + tuple(q for h in history for q in h.quotes if q not in own_quotes),
        time=rec.get("time"),
        time_precision=rec.get("time_precision", "exact" if rec.get("time") else None),
        history=history,
        line=rec.line,
        lines=dict(rec.lines),
    )


def _moment(r: _Reader, value: date | datetime) -> When:
    """Return a time as given, or a day as the end of that day in the incident's time zone."""
    if isinstance(value, datetime):
        return When(value.isoformat(), value)
    end = datetime.combine(value, dt_time(23, 59, 59), tzinfo=r.zone)
    return When(value.isoformat(), end, day=True)


def _place(r: _Reader, rec: Record, field: str) -> PlaceEntry:
    name = rec.get("name")
    expect = rec.get("expect", ())
    known = vocab.expect_terms()
    for term in expect:
        if term not in known:
            r.problem(rec.line_of("expect"), f"{field}.expect", f"{term!r} is not a warning geomap gives; use one of {', '.join(known)}")  # fmt: skip
    between = rec.get("between", ())
    if between and len(between) != 2:
        r.problem(rec.line_of("between"), f"{field}.between", "must name two places: [first, second]")
    if between and ("coordinates" in rec.values or "place" in rec.values):
        r.problem(
            rec.line_of("between"), f"{field}.between", "give between, place or coordinates, not several"
        )
    priority = rec.get("priority")
    if priority is not None and not 1 <= priority <= 9:
        r.problem(rec.line_of("priority"), f"{field}.priority", "must be 1 (labelled first) to 9")
        priority = None
    return PlaceEntry(
        _report(r, rec, name), rec.get("place", name), rec.get("coordinates"), rec.get("country"),
        rec.get("kind"), rec.get("admin1"), rec.get("admin2"), rec.get("admin3"), tuple(expect), tuple(between),
        rec.get("label"), priority,
    )  # fmt: skip


def _border(r: _Reader, rec: Record, field: str) -> BorderRegion | None:
    countries = rec.get("countries")
    if len(countries) != 2 or not all(COUNTRY.match(c) for c in countries) or countries[0] == countries[1]:
        r.problem(rec.line_of("countries"), f"{field}.countries", "must be two different ISO alpha-2 codes, e.g. [PL, BY]")  # fmt: skip
        return None
    band = rec.get("band_km", 0.0)
    if not 0 <= band <= 500:
        r.problem(rec.line_of("band_km"), f"{field}.band_km", f"{band:g} km is outside 0..500")
    side = rec.get("side", "both")
    if side not in (*countries, "both"):
        r.problem(
            rec.line_of("side"), f"{field}.side", f"must be one of {countries[0]}, {countries[1]} or both"
        )
    official = rec.get("official_length_km")
    if official is not None and official <= 0:
        r.problem(rec.line_of("official_length_km"), f"{field}.official_length_km", "must be a positive length in km")  # fmt: skip
    name = rec.get("name") or "–".join(countries) + " border"
    return BorderRegion(_report(r, rec, name), (countries[0], countries[1]), band, side, official)


def _endpoint(r: _Reader, rec: Record, field: str) -> Endpoint | None:
    given: list[str] = [k for k in ("region", "place", "coordinates", "border") if k in rec.values] or (
        ["country"] if "country" in rec.values else []
    )
    if len(given) != 1:
        r.problem(rec.line, field, "give exactly one of country, region, place, coordinates or border (country may go with region or place)")  # fmt: skip
        return None
    kind = given[0]
    if kind == "border":
        pair = rec.get("border")
        if len(pair) != 2 or not all(COUNTRY.match(c) for c in pair) or pair[0] == pair[1]:
            r.problem(
                rec.line_of("border"),
                f"{field}.border",
                "must be two different ISO alpha-2 codes, e.g. [UA, BY]",
            )
            return None
        return Endpoint("border", (pair[0], pair[1]))
    return Endpoint(kind, rec.get(kind), rec.get("country"))  # type: ignore[arg-type]


def _claim(r: _Reader, rec: Record, field: str) -> Claim | None:
    if "claimed_by" in rec.values:
        r.problem(rec.line_of("claimed_by"), f"{field}.claimed_by",
                  "is now speaker: one claim per speaker; give each speaker a claim of their own")  # fmt: skip
        return None
    origin = _endpoint(r, rec.get("origin"), f"{field}.origin") if rec.get("origin") is not None else None
    via = [_endpoint(r, v, f"{field}.via[{i}]") for i, v in enumerate(rec.get("via", []))]
    targets = rec.get("targets")
    layer, places = (targets.get("layer"), targets.get("places", ())) if targets is not None else (None, ())
    if targets is not None and layer is None and not places:
        r.problem(targets.line, f"{field}.targets", "give a layer (e.g. crash_sites) or a list of places")
    window = rec.get("window")
    if window is not None and window.get("end") < window.get("start"):
        r.problem(window.line_of("end"), f"{field}.window.end", "is before window.start")
    width = rec.get("width_km", 40.0)
    if not 30 <= width <= 50:
        r.problem(
            rec.line_of("width_km"), f"{field}.width_km", f"{width:g} km: a corridor is 30 to 50 km wide"
        )
    if (rec.get("origin") is not None and origin is None) or None in via:
        return None
    span = (window.get("start"), window.get("end")) if window is not None else None
    return Claim(
        _report(r, rec, rec.get("claim")), rec.get("claim"), rec.get("speaker"), rec.get("role"), origin,
        tuple(v for v in via if v), rec.get("into"), layer, tuple(places), span, width,
    )  # fmt: skip


def _source(r: _Reader, rec: Record, field: str, folder: Path) -> Source:
    url, text = rec.get("url"), rec.get("text")
    if url is None and text is None:
        r.problem(rec.line, field, "give a url, a text file beside the incident file, or both")
    if url is not None and not URL.match(url):
        r.problem(rec.line_of("url"), f"{field}.url", f"{url!r} is not an http(s) URL")
    if text is not None and _local_file(folder, text) is None:
        r.problem(rec.line_of("text"), f"{field}.text",
                  f"{text!r} must name a file in the incident file's folder (no absolute path, no '..', "
                  "no link out of the folder)")  # fmt: skip
        text = None
    return Source(rec.get("id"), rec.get("title"), rec.get("publisher"), rec.get("date"), url, text)


def _mention(r: _Reader, rec: Record, field: str) -> Mention:
    _drafted(r, rec, field)
    return Mention(rec.get("text"), rec.get("kind"), rec.get("country"), tuple(rec.get("candidates", ())),
                   rec.get("why", ""), rec.get("speaker"), tuple(rec.get("sources", ())), _quotes(rec), rec.line)  # fmt: skip


def _table(r: _Reader, rec: Record, field: str, folder: Path) -> TableLayer | None:
    """Read an event table layer; its file must lie beside the incident file.

    Its columns are checked when it is read, at build.
    """
    name = rec.get("file")
    path = _local_file(folder, name)
    if path is None:
        r.problem(rec.line_of("file"), f"{field}.file",
                  f"{name!r} must name a file or folder in the incident file's folder (no absolute path, no '..')")  # fmt: skip
        return None
    if not path.exists():
        r.problem(rec.line_of("file"), f"{field}.file", f"{name!r}: no such file beside the incident file")
        return None
    if (rec.get("lon") is None) != (rec.get("lat") is None):
        r.problem(rec.line, field, "give both lon and lat, or neither")
    if rec.get("place") is not None and rec.get("lon") is not None:
        r.problem(rec.line_of("place"), f"{field}.place", "give place (to geocode) or lon and lat, not both")
    return TableLayer(
        rec.get("id"), rec.get("title") or rec.get("id"), rec.get("description", ""), path, rec.get("lon"),
        rec.get("lat"), rec.get("place"), tuple(rec.get("hints", ())), rec.get("country"), rec.get("category"),
        rec.get("time"), tuple(rec.get("popup")) if rec.get("popup") else None, tuple(rec.get("sources", ())), rec.line,
    )  # fmt: skip


def _local_file(folder: Path, name: str) -> Path | None:
    """Return the file ``name`` inside ``folder``, or None when it leads outside (``..``, absolute, symlink)."""
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if not parts or PurePosixPath(name).is_absolute() or ".." in parts or ":" in name:
        return None
    path = folder.joinpath(*parts)
    try:
        inside = path.resolve(strict=True).is_relative_to(folder.resolve(strict=True))
    except (OSError, RuntimeError):
        return path  # missing: read_text reports it with its own message
    return path if inside else None


def _count(r: _Reader, rec: Record) -> Count:
    what = rec.get("what")
    _drafted(r, rec, f"counts.{_feature_id(rec.get('id'), what)}")
    return Count(_feature_id(rec.get("id"), what), what, rec.get("value"), rec.get("qualifier", "exact"),
                 _moment(r, rec.get("date")), rec.get("speaker"), tuple(rec.get("sources", ())), _quotes(rec),
                 rec.line)  # fmt: skip


def _check_history(r: _Reader, incident: dict[str, Any], start: datetime, counts: tuple[Count, ...]) -> None:
    """History dates in order and not before the incident began; counts not before it either."""
    reports = [(layer, e.report) for layer, es in incident["places"].items() for e in es]
    reports += [
        (key, e.report)
        for key in ("border_regions", "alert_regions", "flight_directions")
        for e in incident[key]
    ]
    for layer, rep in reports:
        for before, after in zip(rep.history, rep.history[1:], strict=False):
            if after.when.at < before.when.at:
                r.problem(after.line, f"{layer}.{rep.id}.history", f"{after.when.text} comes before {before.when.text}; keep the history in date order")  # fmt: skip
        said = [h.status for h in rep.history if h.status]
        if said and "status" in rep.lines and said[-1] != rep.status:
            r.problem(rep.line_of("status"), f"{layer}.{rep.id}.status",
                      f"is {rep.status!r} but its history ends with {said[-1]!r}; make them agree")  # fmt: skip
        if rep.history and not rep.history[0].reported and any(h.reported for h in rep.history[1:]):
            r.problem(rep.history[0].line, f"{layer}.{rep.id}.history",
                      "a later entry changes what was reported: say what was reported first too (reported:)")  # fmt: skip
        for entry in rep.history:
            if entry.when.at < start:
                r.problem(entry.line, f"{layer}.{rep.id}.history", f"{entry.when.text} is before the incident began; what became known must come after")  # fmt: skip
    for count in counts:
        if count.when.at < start:
            r.problem(
                count.line, f"counts.{count.id}.date", f"{count.when.text} is before the incident began"
            )


def _styles(r: _Reader, records: dict[str, Record | None], layers: set[str]) -> dict[str, LayerStyle]:
    """Per-layer styles; a style for a layer the file does not have is a mistake."""
    styles = {}
    for name, rec in records.items():
        if rec is None:
            continue
        if name not in layers:
            r.problem(
                rec.line,
                f"layers.{name}",
                f"no layer {name!r} in this file; layers: {', '.join(sorted(layers)) or 'none'}",
            )
            continue
        colour = rec.get("colour")
        if colour is not None and not HEX_COLOUR.match(colour):
            r.problem(
                rec.line_of("colour"),
                f"layers.{name}.colour",
                f"{colour!r} is not a colour; write it as #rrggbb",
            )
            colour = None
        priority = rec.get("priority")
        if priority is not None and not 1 <= priority <= 9:
            r.problem(rec.line_of("priority"), f"layers.{name}.priority", "must be 1 (labelled first) to 9")
        styles[name] = LayerStyle(rec.get("title"), rec.get("description"), colour, rec.get("marker"),
                                  rec.get("label"), priority)  # fmt: skip
    return styles


def _check_citations(
    r: _Reader, where: str, sources_line: int, quotes_line: int, sids: tuple[str, ...], quotes: tuple[Quote, ...],
    known: set[str], texts: dict[str, str],
) -> None:  # fmt: skip
    """Every source id defined; every quote from a source whose text is on file found in that text."""
    listed = ", ".join(sorted(known))
    for sid in sids:
        if sid not in known:
            r.problem(
                sources_line, f"{where}.sources", f"source {sid!r} is not defined under sources: ({listed})"
            )
    for q in quotes:
        if q.source not in known:
            r.problem(
                quotes_line,
                f"{where}.quotes",
                f"source {q.source!r} is not defined under sources: ({listed})",
            )
        elif q.source in texts and _normalise_quote(q.text) not in texts[q.source]:
            r.problem(quotes_line, f"{where}.quotes",
                      f"quote {q.text[:40]!r}... is not in source {q.source!r}'s text; copy it word for word")  # fmt: skip


def _check_references(
    r: _Reader, incident: dict[str, Any], texts: dict[str, str], counts: tuple[Count, ...] = (),
    tables: tuple[TableLayer, ...] = (), mentions: tuple[Mention, ...] = (),
) -> None:  # fmt: skip
    """Report dangling source ids, duplicate ids, quotes not in their text, unknown target layers."""
    known = {s.id for s in incident["sources"]}
    reports = [(layer, e.report) for layer, es in incident["places"].items() for e in es]
    reports += [
        (key, e.report)
        for key in ("border_regions", "alert_regions", "flight_directions")
        for e in incident[key]
    ]
    seen: dict[tuple[str, str], int] = {}
    # What a history entry cites is checked at that entry, not again at its feature.
    cited = [
        (f"{layer}.{rep.id}", rep.line_of("sources"), rep.line_of("quotes"),
         tuple(s for s in rep.sources if not any(s in h.sources for h in rep.history)),
         tuple(q for q in rep.quotes if not any(q in h.quotes for h in rep.history)))
        for layer, rep in reports
    ]  # fmt: skip
    cited += [
        (f"{layer}.{rep.id}.history", h.line, h.line, h.sources, h.quotes)
        for layer, rep in reports
        for h in rep.history
    ]
    cited += [(f"counts.{c.id}", c.line, c.line, c.sources, c.quotes) for c in counts]
    cited += [(f"tables.{t.id}", t.line, t.line, t.sources, ()) for t in tables]
    cited += [(f"mentions[{i}]", m.line, m.line, m.sources, m.quotes) for i, m in enumerate(mentions)]
    for where, sources_line, quotes_line, ids, quotes in cited:
        _check_citations(r, where, sources_line, quotes_line, ids, quotes, known, texts)
    for layer, rep in reports:
        where = f"{layer}.{rep.id}"
        if (layer, rep.id) in seen:
            r.problem(
                rep.line, where, f"id also used on line {seen[(layer, rep.id)]}; give each an id of its own"
            )
        seen.setdefault((layer, rep.id), rep.line)
    defined: set[str] = set()
    for s in incident["sources"]:
        if s.id in defined:
            r.problem(1, f"sources.{s.id}", "source id used twice; give each source an id of its own")
        defined.add(s.id)
    for flight in incident["flight_directions"]:
        if flight.target_layer and flight.target_layer not in incident["places"]:
            r.problem(flight.report.line_of("targets"), f"flight_directions.{flight.report.id}.targets.layer",
                      f"no layer {flight.target_layer!r}; layers: {', '.join(sorted(incident['places'])) or 'none'}")  # fmt: skip


_QUOTE_MARKS = str.maketrans("“”„‘’‚–—", "\"\"\"'''--")


def _normalise_quote(text: str) -> str:
    # Typographic quotes, dashes and line breaks differ between copies of one text.
    text = unicodedata.normalize("NFC", text).translate(_QUOTE_MARKS)
    return " ".join(text.split())


def _source_texts(r: _Reader, sources: list[Source], records: list[Record], folder: Path) -> dict[str, str]:
    """Read each source's text file once (bounded), normalised for the quote check."""
    texts: dict[str, str] = {}
    for i, (s, rec) in enumerate(zip(sources, records, strict=True)):
        if s.text is None:
            continue
        path = _local_file(folder, s.text)
        assert path is not None
        try:
            texts[s.id] = _normalise_quote(
                read_text(path, limit=schema.MAX_SOURCE_TEXT_BYTES, field=f"sources[{i}].text", file=r.file)
            )
        except IncidentError as err:
            for p in err.problems:
                r.problem(rec.line_of("text"), p.field, f"file {s.text!r} {p.message}")
    return texts


def load_incident(path: str | Path, /) -> Incident:
    """Read and validate an incident file.

    Raises
    ------
    IncidentError
        With every problem found, each as ``file:line: field: message``.
    """
    with _gc_paused():
        return _load(Path(path))


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while reading.

    Reading makes millions of small acyclic objects; the collector's passes over them would make
    reading a large file grow quadratically with its size.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _load(path: Path) -> Incident:
    file = str(path)
    text = read_text(path, limit=schema.MAX_FILE_BYTES, field="file")
    root = compose(text, file, max_depth=schema.MAX_DEPTH)
    if root is None:
        raise IncidentError([Problem(file, 1, "file", "is empty; see the README for the format")])
    r = _Reader(file)
    top = r.record(root, "file", "")
    if top is None:
        raise IncidentError(sorted(r.problems, key=lambda p: p.line))
    incident = _build(r, top, path)
    if r.problems:
        raise IncidentError(sorted(r.problems, key=lambda p: p.line))
    return incident


def _build(r: _Reader, top: Record, path: Path) -> Incident:
    head: Record = top.get("incident")
    start, end, tz = head.get("start"), head.get("end"), head.get("timezone")
    try:
        r.zone = ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        r.problem(head.line_of("timezone"), "incident.timezone", f"{tz!r} is not an IANA time zone such as Europe/Warsaw")  # fmt: skip
    if end < start:
        r.problem(head.line_of("end"), "incident.end", "is before incident.start")
    records = top.get("sources", [])
    sources = [_source(r, rec, f"sources[{i}]", path.parent) for i, rec in enumerate(records)]
    places: dict[str, tuple[PlaceEntry, ...]] = {}
    for layer, (line, entries) in top.get("places", {}).items():
        if layer in schema.RESERVED_LAYERS:
            r.problem(line, f"places.{layer}", f"{layer!r} is a layer geomap builds itself; name this layer otherwise")  # fmt: skip
            continue
        places[layer] = tuple(_place(r, rec, f"places.{layer}[{i}]") for i, rec in enumerate(entries))
    fields: dict[str, Any] = {
        "sources": tuple(sources),
        "places": places,
        "border_regions": tuple(b for i, rec in enumerate(top.get("border_regions", [])) if (b := _border(r, rec, f"border_regions[{i}]"))),
        "alert_regions": tuple(AlertRegion(_report(r, rec, rec.get("region")), rec.get("region"), rec.get("country")) for rec in top.get("alert_regions", [])),
        "flight_directions": tuple(c for i, rec in enumerate(top.get("flight_directions", [])) if (c := _claim(r, rec, f"flight_directions[{i}]"))),
    }  # fmt: skip
    counts = tuple(_count(r, rec) for rec in top.get("counts", []))
    tables = tuple(
        t for i, rec in enumerate(top.get("tables", [])) if (t := _table(r, rec, f"tables[{i}]", path.parent))
    )
    mentions = tuple(_mention(r, rec, f"mentions[{i}]") for i, rec in enumerate(top.get("mentions", [])))
    built_in = {k for k in schema.RESERVED_LAYERS if top.get(k)}
    styles = _styles(r, top.get("layers", {}), set(places) | built_in)
    texts = _source_texts(r, sources, records, path.parent)
    _check_references(r, fields, texts, counts, tables, mentions)
    _check_history(r, fields, start, counts)
    return Incident(
        path=path, id=head.get("id"), title=head.get("title"), start=start, end=end, timezone=tz,
        summary=head.get("summary", ""), warnings=tuple(r.warnings), language=head.get("language", "en"),
        styles=styles, counts=counts, tables=tables, mentions=mentions, **fields,
    )  # fmt: skip
