"""An incident's layers as the page's document: plain, JSON-ready data with no HTML in it.

The document is everything the page shows, and the only thing in the page
that varies with the input: :mod:`geomap.web.page` embeds it as one data
island, and the page's own JS builds every visible thing from it with DOM
nodes.  Its shape is versioned (``DOCUMENT_VERSION``) so that a page and its
document can be checked against each other.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from geomap import vocab
from geomap.geo.basemap import basemap, focus_country, view_bounds
from geomap.timeline import tables_timeline, timeline_steps, with_tables

if TYPE_CHECKING:
    import geopandas as gpd

    from geomap.incident.model import Count, Incident, Report, Source

DOCUMENT_VERSION = 1
ATTRIBUTION = (
    vocab.CREDIT_GEONAMES,
    vocab.CREDIT_PRNG,
    vocab.CREDIT_UKRAINE,
    vocab.CREDIT_REGISTERS,
    vocab.CREDIT_OSM,
    vocab.CREDIT_NATURAL_EARTH,
    vocab.CREDIT_LEAFLET,
)


#: The view of an incident with nothing drawn: Poland and its neighbours (lon, lat box).
EMPTY_VIEW = (13.5, 44.0, 33.5, 57.0)


def incident_document(
    incident: Incident,
    layers: dict[str, gpd.GeoDataFrame],
    /,
    *,
    tiles: dict[str, Any] | None = None,
    tables: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Return the page's document for ``incident`` and its built ``layers``.

    ``tiles`` is ``{"url", "attribution", "max_zoom", "host"}`` for online
    tiles under the offline basemap (see :func:`geomap.web.page.tile_source`).
    """
    from geomap import styles  # here, not above: an event table's page needs no incident styles

    language = incident.language
    # Uncertainty areas are drawn with their points (a dashed circle), not as layers of their own.
    layers = {name: frame for name, frame in layers.items() if not styles.is_uncertainty(name)}
    # The map opens on the other layers, on the areas only when there is nothing else.
    reported = [f for name, f in layers.items() if name not in styles.AREA_LAYERS and not f.empty]
    shown = reported or [f for f in layers.values() if not f.empty]
    # Nothing to draw (a report's claims and mentions only): the region geomap covers.
    bounds = view_bounds(shown) if shown else EMPTY_VIEW
    return {
        "version": DOCUMENT_VERSION,
        "lang": language,
        "vocab": vocab.page_vocabulary(language),
        "incident": {
            "id": incident.id,
            "title": incident.title,
            "summary": incident.summary,
            "start": incident.start.isoformat(),
            "end": incident.end.isoformat(),
            "timezone": incident.timezone,
        },
        "sources": [_source(s, i) for i, s in enumerate(incident.sources, start=1)],
        "as_of": incident.as_of.isoformat() if incident.as_of else None,
        "timeline": with_tables(timeline_steps(incident), tables or [], ZoneInfo(incident.timezone)),
        "counts": [_count(c) for c in incident.counts],
        "layers": _layer_entries(incident, layers),
        "tables": tables or [],
        "view": {"bounds": [[bounds[1], bounds[0]], [bounds[3], bounds[2]]]},
        "basemap": {**basemap(bounds, focus=focus_country(shown)), "fill": tiles is None},
        "attribution": [*ATTRIBUTION, *([tiles["attribution"]] if tiles else [])],
        "tiles": tiles,
    }


def table_document(
    tables: list[dict[str, Any]],
    /,
    *,
    title: str,
    timezone: str = "UTC",
    lang: str = "en",
    tiles: dict[str, Any] | None = None,
    summary: str = "",
) -> dict[str, Any]:
    """Return the page's document for event tables alone (their columns travel in the binary island)."""
    zone = ZoneInfo(timezone)
    x0 = min(t["bounds"][0] for t in tables)
    y0 = min(t["bounds"][1] for t in tables)
    x1 = max(t["bounds"][2] for t in tables)
    y1 = max(t["bounds"][3] for t in tables)
    bounds = (x0 - 0.1, y0 - 0.1, x1 + 0.1, y1 + 0.1)
    timeline = tables_timeline(tables, zone)
    return {
        "version": DOCUMENT_VERSION,
        "lang": lang,
        "vocab": vocab.page_vocabulary(lang),
        "incident": {
            "id": tables[0]["key"],
            "title": title,
            "summary": summary,
            "start": None,
            "end": None,
            "timezone": timezone,
        },
        "sources": [],
        "as_of": None,
        "timeline": timeline,
        "counts": [],
        "layers": [],
        "tables": tables,
        "view": {"bounds": [[bounds[1], bounds[0]], [bounds[3], bounds[2]]]},
        "basemap": {**basemap(bounds, focus=None), "fill": tiles is None},
        "attribution": list(ATTRIBUTION) + ([tiles["attribution"]] if tiles else []),
        "tiles": tiles,
    }


def _count(c: Count) -> dict[str, Any]:
    return {
        "id": c.id,
        "what": c.what,
        "value": c.value,
        "qualifier": c.qualifier,
        "date": c.when.text,
        "at": c.when.at.isoformat(),
        "speaker": c.speaker,
        "sources": list(c.sources),
        "quotes": [{"source": q.source, "text": q.text} for q in c.quotes],
    }


def _source(s: Source, number: int) -> dict[str, Any]:
    return {
        "id": s.id,
        "number": number,
        "title": s.title,
        "publisher": s.publisher,
        "date": s.date.isoformat(),
        "url": s.url,
        "on_file": s.text is not None,
    }


def _layer_entries(incident: Incident, layers: dict[str, gpd.GeoDataFrame]) -> list[dict[str, Any]]:
    """Return one entry a layer, in drawing order: areas first, then claims, then points by priority."""
    from geomap import styles

    explicit = {
        (layer, r.id)
        for layer, r in incident.reports()
        if "status" in r.lines or any(h.status for h in r.history)
    }
    from geomap.io.geojson import feature_records

    reports = {(layer, r.id): r for layer, r in incident.reports()}
    out = []
    for name, frame in layers.items():
        kind = styles.layer_kind(name)
        records = feature_records(frame) if not frame.empty else []
        for record in records:
            report = reports.get((name, _report_id(record)))
            if report is not None and len(report.history) > 1:
                record["properties"]["states"] = _states(report)
        entry: dict[str, Any] = {
            "key": name,
            "kind": kind,
            **styles.layer_style(name, incident),
            "features": records,
        }
        # A status badge says how sure a report is: every point has one; an area or line only when the
        # file gives it a status (a border is not "disputed" because claims about it are).
        entry["badges"] = [r["id"] for r in records if kind == "point" or (name, _report_id(r)) in explicit]
        if kind == "claims":
            colours = styles.claim_colours(incident)
            entry["claims"] = [
                {
                    "id": r["id"],
                    "title": r["properties"]["claim"],
                    "speaker": r["properties"]["speaker"],
                    "role": r["properties"].get("role"),
                    "colour": colours[r["id"]],
                    "has_direction": r["properties"]["has_direction"],
                }
                for r in records
                if r["properties"].get("kind") == "claim"
            ]
            in_file = list(colours)
            entry["claims"].sort(key=lambda c: in_file.index(c["id"]))
        out.append(entry)
    drawn_first = {"area": 0, "claims": 1, "point": 2}
    return sorted(out, key=lambda e: (drawn_first[e["kind"]], -e["priority"], e["key"]))


def _states(report: Report) -> list[dict[str, Any]]:
    """Return what the page shows of ``report`` before its last history entry, one state an entry.

    Each is :func:`geomap.incident.timeline.state` at that entry's moment: the status, text,
    sources and quotes as they stood, and how many entries were known (``entries``).  The page
    shows the latest that has begun, the feature's own properties after the last entry, and
    nothing before the first: the rule lives here only, and the page draws what it is given.
    """
    from geomap.incident.timeline import state

    out = []
    for n, entry in enumerate(report.history[:-1], start=1):
        then = state(report, entry.when.at)
        if then is None or len(then.history) != n:
            continue  # two entries of one moment: the state after both is the later one's
        out.append(
            {
                "at": entry.when.at.isoformat(),
                "entries": n,
                "status": then.status,
                "reported": then.reported,
                "sources": list(then.sources),
                "quotes": [asdict(q) for q in then.quotes],
            }
        )
    return out


def _report_id(record: dict[str, Any]) -> str:
    # Border features are "<id>-border" and "<id>-band"; their report is "<id>".
    fid = str(record["id"])
    return fid.rsplit("-", 1)[0] if record["properties"].get("kind") in ("border", "band") else fid
