"""One builder per top-level key of an incident file: records read by the schema -> the model.

Each builder takes what :class:`~geomap.incident.nodes.Reader` read for its key
and returns the :class:`~geomap.incident.model.Incident` fields it fills, with
the problems of its own entries; what spans several sections (references,
quotes, history order) is checked afterwards, over the built incident, in
:mod:`geomap.incident.checks`.  ``SECTIONS`` runs in its order: a later builder
may use what an earlier one built (the styles, the layers).

Adding a top-level key: a :class:`~geomap.incident.schema.Key` in ``schema.py``
and a builder here (plus the model field it fills).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from geomap import vocab
from geomap.errors import IncidentError
from geomap.incident import schema
from geomap.incident.model import (
    AlertRegion,
    BorderRegion,
    Change,
    Claim,
    Count,
    Endpoint,
    LayerStyle,
    Mention,
    PlaceEntry,
    Quote,
    Report,
    Source,
    TableLayer,
    When,
)
from geomap.incident.nodes import HEX_COLOUR, URL, Reader, Record, read_text
from geomap.incident.timeline import end_of_day
from geomap.places.text import fold, has_cyrillic, transliterate


@dataclass
class Context:
    """What the builders share: the reader, the incident file's folder, and what is built so far."""

    reader: Reader
    folder: Path
    fields: dict[str, Any] = field(default_factory=dict)  # Incident fields, as the builders return them
    texts: dict[str, str] = field(default_factory=dict)  # source id -> its text file's content


Builder = Callable[[Context, Any], dict[str, Any]]


def build(r: Reader, top: Record, path: Path) -> Context:
    """Run every section's builder on ``top`` (the file's top-level record), in ``SECTIONS``' order."""
    ctx = Context(r, path.parent)
    for key, builder in SECTIONS.items():
        ctx.fields.update(builder(ctx, top.get(key)))
    return ctx


def _incident(ctx: Context, head: Record) -> dict[str, Any]:
    r = ctx.reader
    start, end, tz = head.get("start"), head.get("end"), head.get("timezone")
    try:
        r.zone = ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        r.problem(
            head.line_of("timezone"),
            "incident.timezone",
            f"{tz!r} is not an IANA time zone such as Europe/Warsaw",
        )
    if end < start:
        r.problem(head.line_of("end"), "incident.end", "is before incident.start")
    return {
        "id": head.get("id"),
        "title": head.get("title"),
        "start": start,
        "end": end,
        "timezone": tz,
        "summary": head.get("summary", ""),
        "language": head.get("language", "en"),
    }


def _sources(ctx: Context, records: list[Record] | None) -> dict[str, Any]:
    records = records or []
    sources = [_source(ctx.reader, rec, rec.where, ctx.folder) for rec in records]
    ctx.texts = _source_texts(ctx.reader, sources, records, ctx.folder)
    return {"sources": tuple(sources)}


def _places(ctx: Context, layers: dict[str, tuple[int, list[Record]]] | None) -> dict[str, Any]:
    r = ctx.reader
    places: dict[str, tuple[PlaceEntry, ...]] = {}
    for layer, (line, entries) in (layers or {}).items():
        if layer in schema.RESERVED_LAYERS:
            r.problem(
                line,
                f"places.{layer}",
                f"{layer!r} is a layer geomap builds itself; name this layer otherwise",
            )
            continue
        places[layer] = tuple(_place(r, rec, rec.where) for rec in entries)
    return {"places": places}


def _border_regions(ctx: Context, records: list[Record] | None) -> dict[str, Any]:
    built = (_border(ctx.reader, rec, rec.where) for rec in records or [])
    return {"border_regions": tuple(b for b in built if b)}


def _alert_regions(ctx: Context, records: list[Record] | None) -> dict[str, Any]:
    return {
        "alert_regions": tuple(
            AlertRegion(_report(ctx.reader, rec, rec.get("region")), rec.get("region"), rec.get("country"))
            for rec in records or []
        )
    }


def _flight_directions(ctx: Context, records: list[Record] | None) -> dict[str, Any]:
    built = (_claim(ctx.reader, rec, rec.where) for rec in records or [])
    return {"flight_directions": tuple(c for c in built if c)}


def _counts(ctx: Context, records: list[Record] | None) -> dict[str, Any]:
    return {"counts": tuple(_count(ctx.reader, rec) for rec in records or [])}


def _tables(ctx: Context, records: list[Record] | None) -> dict[str, Any]:
    built = (_table(ctx.reader, rec, rec.where, ctx.folder) for rec in records or [])
    return {"tables": tuple(t for t in built if t)}


def _mentions(ctx: Context, records: list[Record] | None) -> dict[str, Any]:
    return {"mentions": tuple(_mention(ctx.reader, rec, rec.where) for rec in records or [])}


def _layers(ctx: Context, records: dict[str, Record | None] | None) -> dict[str, Any]:
    """Per-layer styles, for the place layers built above and the layers geomap builds itself."""
    built_in = {k for k in schema.RESERVED_LAYERS if ctx.fields.get(k)}
    return {"styles": _styles(ctx.reader, records or {}, set(ctx.fields["places"]) | built_in)}


#: The builder of each top-level key, in the order they run (``layers`` styles what the others built).
SECTIONS: dict[str, Builder] = {
    "incident": _incident,
    "sources": _sources,
    "places": _places,
    "border_regions": _border_regions,
    "alert_regions": _alert_regions,
    "flight_directions": _flight_directions,
    "counts": _counts,
    "tables": _tables,
    "mentions": _mentions,
    "layers": _layers,
}


# -- the entries -------------------------------------------------------------------------
def feature_id(given: str | None, name: str) -> str:
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


def _drafted(r: Reader, rec: Record, field: str) -> None:
    """Warn of a drafted item (``draft: true``, written by ``geomap extract``) until it is reviewed."""
    if rec.get("draft"):
        r.warn(
            rec.line_of("draft"),
            f"{field}.draft",
            "drafted from the report and not reviewed yet: check its evidence, then delete draft: true",
        )


def _report(r: Reader, rec: Record, name: str) -> Report:
    _drafted(r, rec, feature_id(rec.get("id"), name))
    history = tuple(
        Change(
            _moment(r, h.get("date")),
            h.get("change"),
            h.get("status"),
            h.get("reported"),
            tuple(h.get("sources", ())),
            _quotes(h),
            h.line,
        )
        for h in rec.get("history", [])
    )
    # The latest state: what the file says at the top, else what its history says last; every
    # source and quote the history gives counts too.
    said = [h.status for h in history if h.status]
    told = [h.reported for h in history if h.reported]
    own_quotes = _quotes(rec)
    return Report(
        id=feature_id(rec.get("id"), name),
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


def _moment(r: Reader, value: date | datetime) -> When:
    """Return a time as given, or a day as the end of that day in the incident's time zone."""
    if isinstance(value, datetime):
        return When(value.isoformat(), value)
    return When(value.isoformat(), end_of_day(value, r.zone), day=True)


def _place(r: Reader, rec: Record, field: str) -> PlaceEntry:
    name = rec.get("name")
    expect = rec.get("expect", ())
    known = vocab.expect_terms()
    for term in expect:
        if term not in known:
            r.problem(
                rec.line_of("expect"),
                f"{field}.expect",
                f"{term!r} is not a warning geomap gives; use one of {', '.join(known)}",
            )
    between = rec.get("between", ())
    if between and len(between) != 2:
        r.problem(rec.line_of("between"), f"{field}.between", "must name two places: [first, second]")
    if between and ("coordinates" in rec.values or "place" in rec.values):
        r.problem(
            rec.line_of("between"), f"{field}.between", "give between, place or coordinates, not several"
        )
    hints = {k: rec.get(k) for k in ("coordinates", "country", "kind", "admin1", "admin2", "admin3")}
    text = rec.get("place", name)
    return PlaceEntry(
        _report(r, rec, name),
        text,
        **hints,
        expect=tuple(expect),
        between=tuple(between),
        label=rec.get("label"),
        priority=_priority(r, rec, field),
    )


def _priority(r: Reader, rec: Record, field: str) -> int | None:
    """Return a label priority, 1 (labelled first) to 9; None, with a problem, outside that."""
    priority: int | None = rec.get("priority")
    if priority is not None and not 1 <= priority <= 9:
        r.problem(rec.line_of("priority"), f"{field}.priority", "must be 1 (labelled first) to 9")
        return None
    return priority


def _border(r: Reader, rec: Record, field: str) -> BorderRegion | None:
    countries = rec.get("countries")  # a country_pair: two different codes, checked as it was read
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
        r.problem(
            rec.line_of("official_length_km"),
            f"{field}.official_length_km",
            "must be a positive length in km",
        )
    name = rec.get("name") or "–".join(countries) + " border"
    return BorderRegion(_report(r, rec, name), (countries[0], countries[1]), band, side, official)


def _endpoint(r: Reader, rec: Record, field: str) -> Endpoint | None:
    # A border pair that broke its rule still counts as given: its problem is already told.
    given: list[str] = [
        k
        for k in ("region", "place", "coordinates", "border")
        if k in rec.values or (k == "border" and k in rec.refused)
    ] or (["country"] if "country" in rec.values else [])
    if len(given) != 1:
        r.problem(
            rec.line,
            field,
            "give exactly one of country, region, place, coordinates or border (country may go with region or place)",
        )
        return None
    kind = given[0]
    if kind == "border":
        pair = rec.get("border")  # a country_pair, checked as it was read
        return Endpoint("border", pair) if pair is not None else None
    return Endpoint(kind, rec.get(kind), rec.get("country"))  # type: ignore[arg-type]


def _claim(r: Reader, rec: Record, field: str) -> Claim | None:
    if "claimed_by" in rec.values:
        r.problem(
            rec.line_of("claimed_by"),
            f"{field}.claimed_by",
            "is now speaker: one claim per speaker; give each speaker a claim of their own",
        )
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
    said = {k: rec.get(k) for k in ("claim", "speaker", "role", "into")}
    route = tuple(v for v in via if v)
    return Claim(
        _report(r, rec, rec.get("claim")),
        **said,
        origin=origin,
        via=route,
        target_layer=layer,
        target_places=tuple(places),
        window=span,
        width_km=width,
    )


def _source(r: Reader, rec: Record, field: str, folder: Path) -> Source:
    url, text = rec.get("url"), rec.get("text")
    if url is None and text is None:
        r.problem(rec.line, field, "give a url, a text file beside the incident file, or both")
    if url is not None and not URL.match(url):
        r.problem(rec.line_of("url"), f"{field}.url", f"{url!r} is not an http(s) URL")
    if text is not None and _local_file(folder, text) is None:
        r.problem(
            rec.line_of("text"),
            f"{field}.text",
            f"{text!r} must name a file in the incident file's folder (no absolute path, no '..', "
            "no link out of the folder)",
        )
        text = None
    return Source(rec.get("id"), rec.get("title"), rec.get("publisher"), rec.get("date"), url, text)


def _mention(r: Reader, rec: Record, field: str) -> Mention:
    _drafted(r, rec, field)
    named = {k: rec.get(k) for k in ("text", "kind", "country", "speaker")}
    return Mention(
        **named,
        candidates=tuple(rec.get("candidates", ())),
        why=rec.get("why", ""),
        sources=tuple(rec.get("sources", ())),
        quotes=_quotes(rec),
        line=rec.line,
    )


def _table(r: Reader, rec: Record, field: str, folder: Path) -> TableLayer | None:
    """Read an event table layer; its file must lie beside the incident file.

    Its columns are checked when it is read, at build.
    """
    name = rec.get("file")
    path = _local_file(folder, name)
    if path is None:
        r.problem(
            rec.line_of("file"),
            f"{field}.file",
            f"{name!r} must name a file or folder in the incident file's folder (no absolute path, no '..')",
        )
        return None
    if not path.exists():
        r.problem(rec.line_of("file"), f"{field}.file", f"{name!r}: no such file beside the incident file")
        return None
    if (rec.get("lon") is None) != (rec.get("lat") is None):
        r.problem(rec.line, field, "give both lon and lat, or neither")
    if rec.get("place") is not None and rec.get("lon") is not None:
        r.problem(rec.line_of("place"), f"{field}.place", "give place (to geocode) or lon and lat, not both")
    columns = {k: rec.get(k) for k in ("lon", "lat", "place", "country", "category", "time")}
    popup = tuple(rec.get("popup")) if rec.get("popup") else None
    return TableLayer(
        id=rec.get("id"),
        title=rec.get("title") or rec.get("id"),
        description=rec.get("description", ""),
        file=path,
        **columns,
        hints=tuple(rec.get("hints", ())),
        popup=popup,
        sources=tuple(rec.get("sources", ())),
        line=rec.line,
    )


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


def _count(r: Reader, rec: Record) -> Count:
    what = rec.get("what")
    _drafted(r, rec, f"counts.{feature_id(rec.get('id'), what)}")
    return Count(
        feature_id(rec.get("id"), what),
        what,
        rec.get("value"),
        rec.get("qualifier", "exact"),
        _moment(r, rec.get("date")),
        rec.get("speaker"),
        tuple(rec.get("sources", ())),
        _quotes(rec),
        rec.line,
    )


def _styles(r: Reader, records: dict[str, Record | None], layers: set[str]) -> dict[str, LayerStyle]:
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
        styles[name] = LayerStyle(
            rec.get("title"),
            rec.get("description"),
            colour,
            rec.get("marker"),
            rec.get("label"),
            _priority(r, rec, f"layers.{name}"),
        )
    return styles


def _source_texts(r: Reader, sources: list[Source], records: list[Record], folder: Path) -> dict[str, str]:
    """Read each source's text file once (bounded), for the quote check."""
    texts: dict[str, str] = {}
    for s, rec in zip(sources, records, strict=True):
        if s.text is None:
            continue
        path = _local_file(folder, s.text)
        assert path is not None
        try:
            texts[s.id] = read_text(
                path, limit=schema.MAX_SOURCE_TEXT_BYTES, field=f"{rec.where}.text", file=r.file
            )
        except IncidentError as err:
            for p in err.problems:
                r.problem(rec.line_of("text"), p.field, f"file {s.text!r} {p.message}")
    return texts
