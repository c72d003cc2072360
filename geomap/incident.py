"""The incident file: a strict, typed reading of a hand-written YAML file.

Every problem is collected with the line it stands on, so that a writer sees
all of them at once as ``file:line: field: message``.  See the README for the
format by example.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from geomap._text import fold
from geomap.errors import IncidentError, Problem
from geomap.geocode import KIND_CODES

Status = Literal["reported", "confirmed", "disputed"]
STATUSES: tuple[Status, ...] = ("reported", "confirmed", "disputed")
KINDS = ("place", "admin", "any", *KIND_CODES)
SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
COUNTRY = re.compile(r"^[A-Z]{2}$")
T = TypeVar("T")
MAX_FILE_BYTES = 4 * 2**20


@dataclass(frozen=True)
class Source:
    """A document the incident rests on."""

    id: str
    title: str
    publisher: str
    date: date
    url: str | None = None
    text: Path | None = None


@dataclass(frozen=True)
class Quote:
    """Words quoted from a source."""

    source: str
    text: str


@dataclass(frozen=True)
class Report:
    """What every feature carries: what was reported, when, how sure, on whose word."""

    id: str
    name: str
    reported: str
    status: Status
    sources: tuple[str, ...]
    quotes: tuple[Quote, ...] = ()
    time: datetime | None = None
    line: int = 0  # where the feature starts; the fields below point problems at their own lines
    sources_line: int = 0
    quotes_line: int = 0


@dataclass(frozen=True)
class PlaceEntry:
    """A named place of a point layer, geocoded unless coordinates are given."""

    report: Report
    text: str  # as written: "Cześniki, gm. Sitno, Zamość County"; the geocoder parses it
    coordinates: tuple[float, float] | None = None
    country: str | None = None
    kind: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None


@dataclass(frozen=True)
class BorderRegion:
    """The shared border of two countries and an optional band along it."""

    report: Report
    countries: tuple[str, str]
    band_km: float = 0.0
    side: str = "both"
    official_length_km: float | None = None


@dataclass(frozen=True)
class AlertRegion:
    """An admin-1 region named in the reports (e.g. put on alert)."""

    report: Report
    region: str
    country: str | None


@dataclass(frozen=True)
class Endpoint:
    """Origin or waypoint of a flight direction."""

    kind: Literal["country", "region", "place", "coordinates"]
    value: str | tuple[float, float]
    country: str | None = None


@dataclass(frozen=True)
class FlightDirection:
    """One claim about where the drones came from, kept apart from the others."""

    report: Report
    claim: str
    claimed_by: tuple[str, ...]
    origin: Endpoint
    via: tuple[Endpoint, ...]
    target_layer: str | None
    target_places: tuple[str, ...]
    targets_line: int = 0


@dataclass(frozen=True)
class Incident:
    """A validated incident file."""

    path: Path
    id: str
    title: str
    start: datetime
    end: datetime
    timezone: str
    summary: str
    sources: tuple[Source, ...]
    places: dict[str, tuple[PlaceEntry, ...]]
    border_regions: tuple[BorderRegion, ...]
    alert_regions: tuple[AlertRegion, ...]
    flight_directions: tuple[FlightDirection, ...]


# -- reading -----------------------------------------------------------------
class _Reader:
    """Typed access to YAML nodes that records problems instead of raising."""

    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []

    def problem(self, node: yaml.Node | None, field: str, message: str) -> None:
        line = node.start_mark.line + 1 if node is not None else 1
        self.problems.append(Problem(self.file, line, field, message))

    def mapping(
        self, node: yaml.Node, field: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> dict[str, yaml.Node] | None:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, field, f"must be a mapping with keys {', '.join(required + optional)}")
            return None
        out: dict[str, yaml.Node] = {}
        for key_node, value in node.value:
            key = str(key_node.value)
            where = f"{field}.{key}" if field else key
            if key in out:
                self.problem(key_node, where, "appears twice; keep one")
            elif key not in required and key not in optional:
                allowed = ", ".join(required + optional)
                self.problem(key_node, where, f"unknown key; allowed here: {allowed}")
            else:
                out[key] = value
        missing = [key for key in required if key not in out]
        for key in missing:
            self.problem(node, f"{field}.{key}" if field else key, "is required; add it")
        # Callers read required keys freely: an incomplete mapping is reported and skipped.
        return None if missing else out

    def sequence(self, node: yaml.Node, field: str) -> list[yaml.Node]:
        if isinstance(node, yaml.SequenceNode):
            return list(node.value)
        self.problem(node, field, "must be a list (items starting with '- ')")
        return []

    def string(self, node: yaml.Node, field: str) -> str | None:
        if isinstance(node, yaml.ScalarNode) and node.tag != "tag:yaml.org,2002:null":
            text = str(node.value).strip()
            if text:
                return text
        self.problem(node, field, "must be a non-empty text")
        return None

    def number(self, node: yaml.Node, field: str) -> float | None:
        if isinstance(node, yaml.ScalarNode) and node.tag in (
            "tag:yaml.org,2002:int",
            "tag:yaml.org,2002:float",
        ):
            value = float(yaml.safe_load(node.value))
            if math.isfinite(value):
                return value
        self.problem(node, field, "must be a finite number")
        return None

    def strings(self, node: yaml.Node, field: str) -> tuple[str, ...]:
        if isinstance(node, yaml.ScalarNode):
            one = self.string(node, field)
            return (one,) if one else ()
        items = (self.string(n, f"{field}[{i}]") for i, n in enumerate(self.sequence(node, field)))
        return tuple(s for s in items if s)

    def timestamp(self, node: yaml.Node, field: str) -> datetime | None:
        text = self.string(node, field)
        if text is None:
            return None
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            self.problem(
                node, field, f"{text!r} is not an ISO 8601 time; write e.g. 2025-09-10T05:40:00+02:00"
            )
            return None
        if value.tzinfo is None:
            self.problem(node, field, f"{text!r} has no UTC offset; add one, e.g. +02:00")
            return None
        return value

    def day(self, node: yaml.Node, field: str) -> date | None:
        text = self.string(node, field)
        try:
            return date.fromisoformat(text) if text else None
        except ValueError:
            self.problem(node, field, f"{text!r} is not a date; write YYYY-MM-DD")
            return None

    def coordinates(self, node: yaml.Node, field: str) -> tuple[float, float] | None:
        items = self.sequence(node, field)
        if len(items) != 2:
            if items:
                self.problem(node, field, "must be [longitude, latitude]")
            return None
        lon, lat = self.number(items[0], f"{field}[0]"), self.number(items[1], f"{field}[1]")
        if lon is None or lat is None:
            return None
        if not -180 <= lon <= 180:
            self.problem(
                items[0], f"{field}[0]", f"longitude {lon} is outside -180..180 (order is [lon, lat])"
            )
            return None
        if not -90 <= lat <= 90:
            self.problem(items[1], f"{field}[1]", f"latitude {lat} is outside -90..90 (order is [lon, lat])")
            return None
        return lon, lat

    def choice(self, node: yaml.Node, field: str, choices: tuple[str, ...]) -> str | None:
        text = self.string(node, field)
        if text is not None and text not in choices:
            self.problem(node, field, f"{text!r} is not one of: {', '.join(choices)}")
            return None
        return text

    def optional(
        self, fields: dict[str, yaml.Node], key: str, field: str, read: Callable[[yaml.Node, str], T | None]
    ) -> T | None:
        node = fields.get(key)
        return read(node, f"{field}.{key}") if node is not None else None


REPORT_KEYS = ("id", "reported", "status", "sources", "quotes", "time")


def _report(r: _Reader, f: dict[str, yaml.Node], field: str, node: yaml.Node, name: str | None) -> Report:
    given_id = r.optional(f, "id", field, r.string)
    if given_id is not None and not SLUG.match(given_id):
        r.problem(f["id"], f"{field}.id", f"{given_id!r} is not a slug; use lower-case letters, digits and -")
    quotes = []
    if "quotes" in f:
        for i, q in enumerate(r.sequence(f["quotes"], f"{field}.quotes")):
            qf = r.mapping(q, f"{field}.quotes[{i}]", ("source", "text"))
            if qf:
                source, text = (
                    r.string(qf["source"], f"{field}.quotes[{i}].source"),
                    r.string(qf["text"], f"{field}.quotes[{i}].text"),
                )
                if source and text:
                    quotes.append(Quote(source, text))
    return Report(
        id=given_id or _slug(name or ""),
        name=name or given_id or "",
        reported=r.optional(f, "reported", field, r.string) or "",
        status=_status(r.optional(f, "status", field, lambda n, fl: r.choice(n, fl, STATUSES))),
        sources=r.strings(f["sources"], f"{field}.sources") if "sources" in f else (),
        quotes=tuple(quotes),
        time=r.optional(f, "time", field, r.timestamp),
        line=node.start_mark.line + 1,
        sources_line=_line(f.get("sources"), node),
        quotes_line=_line(f.get("quotes"), node),
    )


def _status(text: str | None) -> Status:
    for status in STATUSES:
        if text == status:
            return status
    return "reported"


def _line(node: yaml.Node | None, fallback: yaml.Node) -> int:
    return (node if node is not None else fallback).start_mark.line + 1


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def _place(r: _Reader, node: yaml.Node, field: str) -> PlaceEntry | None:
    f = r.mapping(
        node,
        field,
        ("name", "sources"),
        (*REPORT_KEYS, "place", "kind", "country", "admin1", "admin2", "admin3", "coordinates"),
    )
    if f is None:
        return None
    name = r.string(f["name"], f"{field}.name") if "name" in f else None
    report = _report(r, f, field, node, name)
    place = r.optional(f, "place", field, r.string) or name or ""
    kind = r.optional(f, "kind", field, lambda n, fl: r.choice(n, fl, KINDS))
    country = r.optional(f, "country", field, r.string)
    if country is not None and not COUNTRY.match(country):
        r.problem(
            f["country"], f"{field}.country", f"{country!r} is not an ISO 3166-1 alpha-2 code such as PL"
        )
    return PlaceEntry(
        report, place, r.optional(f, "coordinates", field, r.coordinates), country, kind,
        admin1=r.optional(f, "admin1", field, r.string), admin2=r.optional(f, "admin2", field, r.string),
        admin3=r.optional(f, "admin3", field, r.string),
    )  # fmt: skip


def _border(r: _Reader, node: yaml.Node, field: str) -> BorderRegion | None:
    f = r.mapping(
        node, field, ("countries", "sources"), (*REPORT_KEYS, "name", "band_km", "side", "official_length_km")
    )
    if f is None:
        return None
    countries = r.strings(f["countries"], f"{field}.countries")
    if len(countries) != 2 or not all(COUNTRY.match(c) for c in countries) or countries[0] == countries[1]:
        r.problem(
            f["countries"], f"{field}.countries", "must be two different ISO alpha-2 codes, e.g. [PL, BY]"
        )
        countries = ("", "")
    name = r.optional(f, "name", field, r.string) or "–".join(countries) + " border"
    report = _report(r, f, field, node, name)
    band = r.optional(f, "band_km", field, r.number) or 0.0
    if not 0 <= band <= 500:
        r.problem(f["band_km"], f"{field}.band_km", f"{band} km is outside 0..500")
    side = r.optional(f, "side", field, r.string) or "both"
    if side not in (*countries, "both"):
        r.problem(f["side"], f"{field}.side", f"must be one of {countries[0]}, {countries[1]} or both")
    official = r.optional(f, "official_length_km", field, r.number)
    if official is not None and official <= 0:
        r.problem(f["official_length_km"], f"{field}.official_length_km", "must be a positive length in km")
    return BorderRegion(report, (countries[0], countries[1]), band, side, official)


def _alert(r: _Reader, node: yaml.Node, field: str) -> AlertRegion | None:
    f = r.mapping(node, field, ("region", "sources"), (*REPORT_KEYS, "country"))
    if f is None:
        return None
    region = r.string(f["region"], f"{field}.region") or ""
    country = r.optional(f, "country", field, r.string)
    return AlertRegion(_report(r, f, field, node, region), region, country)


def _endpoint(r: _Reader, node: yaml.Node, field: str) -> Endpoint | None:
    f = r.mapping(node, field, (), ("country", "region", "place", "coordinates"))
    if f is None:
        return None
    given: list[str] = [k for k in ("region", "place", "coordinates") if k in f] or (
        ["country"] if "country" in f else []
    )
    if len(given) != 1:
        r.problem(
            node,
            field,
            "give exactly one of country, region, place or coordinates (country may go with region or place)",
        )
        return None
    kind = given[0]
    country = r.optional(f, "country", field, r.string)
    if country is not None and not COUNTRY.match(country):
        r.problem(f["country"], f"{field}.country", f"{country!r} is not an ISO alpha-2 code such as BY")
        return None
    if kind == "coordinates":
        xy = r.coordinates(f["coordinates"], f"{field}.coordinates")
        return Endpoint("coordinates", xy, country) if xy else None
    value = r.string(f[kind], f"{field}.{kind}")
    return Endpoint(kind, value, country) if value else None  # type: ignore[arg-type]


def _flight(r: _Reader, node: yaml.Node, field: str) -> FlightDirection | None:
    f = r.mapping(node, field, ("claim", "claimed_by", "origin", "targets", "sources"), (*REPORT_KEYS, "via"))
    if f is None:
        return None
    claim = r.string(f["claim"], f"{field}.claim") or ""
    report = _report(r, f, field, node, claim)
    origin = _endpoint(r, f["origin"], f"{field}.origin")
    via = (
        [_endpoint(r, n, f"{field}.via[{i}]") for i, n in enumerate(r.sequence(f["via"], f"{field}.via"))]
        if "via" in f
        else []
    )
    tf = r.mapping(f["targets"], f"{field}.targets", (), ("layer", "places"))
    layer: str | None = None
    places: tuple[str, ...] = ()
    if tf is not None:
        layer = r.optional(tf, "layer", f"{field}.targets", r.string)
        places = r.strings(tf["places"], f"{field}.targets.places") if "places" in tf else ()
        if layer is None and not places:
            r.problem(f["targets"], f"{field}.targets", "give a layer (e.g. crash_sites) or a list of places")
    if origin is None or None in via:
        return None
    claimed_by = r.strings(f["claimed_by"], f"{field}.claimed_by")
    via_areas = tuple(v for v in via if v)
    return FlightDirection(
        report, claim, claimed_by, origin, via_areas, layer, places, _line(f["targets"], node)
    )


def _source(r: _Reader, node: yaml.Node, field: str, base: Path) -> Source | None:
    f = r.mapping(node, field, ("id", "title", "publisher", "date"), ("url", "text"))
    if f is None:
        return None
    if "url" not in f and "text" not in f:
        r.problem(node, field, "give a url, a text file beside the incident file, or both")
    sid, url = r.string(f["id"], f"{field}.id"), r.optional(f, "url", field, r.string)
    if url and not re.match(r"^https?://[^\s/]+", url):
        r.problem(f["url"], f"{field}.url", f"{url!r} is not an http(s) URL")
    text = r.optional(f, "text", field, r.string)
    if text is not None and not (base / text).is_file():
        r.problem(f["text"], f"{field}.text", f"file {text!r} not found beside the incident file")
    title, publisher, day = (r.string(f["title"], f"{field}.title"), r.string(f["publisher"], f"{field}.publisher"),
                             r.day(f["date"], f"{field}.date"))  # fmt: skip
    if not (sid and title and publisher and day):
        return None
    return Source(sid, title, publisher, day, url, base / text if text else None)


def _items(
    r: _Reader, node: yaml.Node, field: str, read: Callable[[_Reader, yaml.Node, str], T | None]
) -> tuple[T, ...]:
    items = (read(r, n, f"{field}[{i}]") for i, n in enumerate(r.sequence(node, field)))
    return tuple(x for x in items if x is not None)


def _check_references(r: _Reader, incident: dict[str, Any]) -> None:
    """Dangling source ids, duplicate feature ids, unknown target layers."""
    known = {s.id for s in incident["sources"]}
    reports: list[tuple[str, Report]] = [
        (layer, e.report) for layer, es in incident["places"].items() for e in es
    ]
    for key in ("border_regions", "alert_regions", "flight_directions"):
        reports += [(key, e.report) for e in incident[key]]
    seen: dict[tuple[str, str], int] = {}
    for layer, rep in reports:
        listed = ", ".join(sorted(known))
        for field, line, ids in (
            ("sources", rep.sources_line, rep.sources),
            ("quotes", rep.quotes_line, [q.source for q in rep.quotes]),
        ):
            for sid in ids:
                if sid not in known:
                    r.problem(
                        _LineNode(line),
                        f"{layer}.{rep.id}.{field}",
                        f"source {sid!r} is not defined under sources: ({listed})",
                    )
        if not rep.sources:
            r.problem(_LineNode(rep.sources_line), f"{layer}.{rep.id}.sources", "name at least one source id")
        if (layer, rep.id) in seen:
            r.problem(
                _LineNode(rep.line),
                f"{layer}.{rep.id}",
                f"id also used on line {seen[(layer, rep.id)]}; give each an id of its own",
            )
        seen[(layer, rep.id)] = rep.line
    _check_quotes(r, reports, {s.id: s for s in incident["sources"]})
    for flight in incident["flight_directions"]:
        if flight.target_layer and flight.target_layer not in incident["places"]:
            r.problem(_LineNode(flight.targets_line), f"flight_directions.{flight.report.id}.targets.layer",
                      f"no layer {flight.target_layer!r}; layers: {', '.join(sorted(incident['places']))}")  # fmt: skip


def _check_quotes(r: _Reader, reports: list[tuple[str, Report]], sources: dict[str, Source]) -> None:
    """Check that quotes from a source whose text is on file stand in that text, word for word."""
    texts = {
        sid: _normalise_quote(s.text.read_text("utf-8"))
        for sid, s in sources.items()
        if s.text and s.text.is_file()
    }
    for layer, rep in reports:
        for q in rep.quotes:
            if q.source in texts and _normalise_quote(q.text) not in texts[q.source]:
                r.problem(_LineNode(rep.quotes_line), f"{layer}.{rep.id}.quotes",
                          f"quote {q.text[:40]!r}... is not in source {q.source!r}'s text; copy it word for word")  # fmt: skip


_QUOTE_MARKS = str.maketrans("“”‘’–—", "\"\"''--")


def _normalise_quote(text: str) -> str:
    # Typographic quotes, dashes and line breaks differ between copies of one text.
    text = text.translate(_QUOTE_MARKS)
    return " ".join(text.split())


class _LineNode(yaml.Node):
    """A stand-in node that only knows its line (for problems found after reading)."""

    def __init__(self, line: int):
        mark = yaml.Mark("", 0, line - 1, 0, None, 0)  # no buffer to point into
        super().__init__("", None, mark, None)


def load_incident(path: str | Path, /) -> Incident:
    """Read and validate an incident file.

    Raises
    ------
    IncidentError
        With every problem found, each as ``file:line: field: message``.
    """
    path = Path(path)
    r = _Reader(str(path))
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise IncidentError(
                [Problem(str(path), 1, "file", f"is larger than {MAX_FILE_BYTES // 2**20} MiB; split it")]
            )
        text = path.read_text("utf-8")
        _refuse_aliases(text, str(path))
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except OSError as err:
        raise IncidentError([Problem(str(path), 1, "file", f"cannot be read: {err.strerror}")]) from err
    except UnicodeDecodeError as err:
        raise IncidentError([Problem(str(path), 1, "file", "is not UTF-8 text; save it as UTF-8")]) from err
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        what = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise IncidentError([Problem(str(path), line, "yaml", f"{what}; fix the YAML syntax")]) from err
    if root is None:
        raise IncidentError([Problem(str(path), 1, "file", "is empty; see the README for the format")])
    incident = _read(r, root, path)
    if r.problems:
        raise IncidentError(sorted(r.problems, key=lambda p: p.line))
    return incident


def _refuse_aliases(text: str, file: str) -> None:
    """Refuse YAML anchors and aliases: a hand-written incident needs none, and they can nest exponentially."""
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            line = event.start_mark.line + 1 if event.start_mark is not None else 1
            raise IncidentError(
                [
                    Problem(
                        file,
                        line,
                        "yaml",
                        "anchors (&name) and aliases (*name) are not allowed; write the value out",
                    )
                ]
            )


def _read(r: _Reader, root: yaml.Node, path: Path) -> Incident:
    top = r.mapping(
        root, "", ("incident", "sources"), ("places", "border_regions", "alert_regions", "flight_directions")
    )
    if top is None:
        raise IncidentError(r.problems)
    head = (
        r.mapping(top["incident"], "incident", ("id", "title", "start", "end", "timezone"), ("summary",))
        if "incident" in top
        else None
    )
    head = head or {}
    inc_id = r.string(head["id"], "incident.id") if "id" in head else None
    if inc_id and not SLUG.match(inc_id):
        r.problem(
            head["id"], "incident.id", f"{inc_id!r} is not a slug; use lower-case letters, digits and -"
        )
    start = r.optional(head, "start", "incident", r.timestamp)
    end = r.optional(head, "end", "incident", r.timestamp)
    tz = r.optional(head, "timezone", "incident", r.string)
    if tz is not None:
        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            r.problem(
                head["timezone"],
                "incident.timezone",
                f"{tz!r} is not an IANA time zone such as Europe/Warsaw",
            )
    if start and end and end < start:
        r.problem(head["end"], "incident.end", "is before incident.start")
    places: dict[str, tuple[PlaceEntry, ...]] = {}
    if "places" in top:
        layers = r.mapping(top["places"], "places", (), tuple(_layer_names(top["places"])))
        for layer, node in (layers or {}).items():
            if not SLUG.match(layer) or "-" in layer:
                r.problem(node, f"places.{layer}", "layer names use lower-case letters, digits and _")
            places[layer] = _items(r, node, f"places.{layer}", _place)
    fields: dict[str, Any] = {
        "sources": tuple(s for s in (_source(r, n, f"sources[{i}]", path.parent) for i, n in enumerate(r.sequence(top["sources"], "sources"))) if s) if "sources" in top else (),
        "places": places,
        "border_regions": _items(r, top["border_regions"], "border_regions", _border) if "border_regions" in top else (),
        "alert_regions": _items(r, top["alert_regions"], "alert_regions", _alert) if "alert_regions" in top else (),
        "flight_directions": _items(r, top["flight_directions"], "flight_directions", _flight) if "flight_directions" in top else (),
    }  # fmt: skip
    _check_references(r, fields)
    return Incident(
        path=path, id=inc_id or "", title=r.optional(head, "title", "incident", r.string) or "",
        start=start or datetime.min, end=end or datetime.min,
        timezone=r.optional(head, "timezone", "incident", r.string) or "",
        summary=r.optional(head, "summary", "incident", r.string) or "", **fields,
    )  # fmt: skip


def _layer_names(node: yaml.Node) -> list[str]:
    return [str(k.value) for k, _ in node.value] if isinstance(node, yaml.MappingNode) else []
