"""An incident's layers as the page's document: plain, JSON-ready data with no HTML in it.

The document is everything the page shows, and the only thing in the page
that varies with the input: :mod:`geomap.web.page` embeds it as one data
island, and the page's own JS builds every visible thing from it with DOM
nodes.  Its shape is versioned (``DOCUMENT_VERSION``) so that a page and its
document can be checked against each other.
"""

from __future__ import annotations

from typing import Any

import geopandas as gpd

from geomap import vocab
from geomap.geo.basemap import basemap, view_bounds
from geomap.incident.model import Incident
from geomap.io.geojson import feature_records

DOCUMENT_VERSION = 1
ATTRIBUTION = (
    "Contains GeoNames data (geonames.org), CC BY 4.0",
    "Boundaries: Natural Earth (public domain)",
    "Map: Leaflet (BSD-2-Clause)",
)
#: Layers that set the view the map opens on; area layers only when there is nothing else.
AREA_LAYERS = ("border_regions", "alert_regions")


def incident_document(
    incident: Incident, layers: dict[str, gpd.GeoDataFrame], /, *, tiles: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Return the page's document for ``incident`` and its built ``layers``.

    ``tiles`` is ``{"url", "attribution", "max_zoom", "host"}`` for online
    tiles under the offline basemap (see :func:`geomap.web.page.tile_source`).
    """
    language = "en"
    entries = _layer_entries(layers)
    reported = [f for name, f in layers.items() if name not in AREA_LAYERS and not f.empty]
    bounds = view_bounds(reported or [f for f in layers.values() if not f.empty])
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
        "sources": [
            {
                "id": s.id,
                "number": i,
                "title": s.title,
                "publisher": s.publisher,
                "date": s.date.isoformat(),
                "url": s.url,
                "on_file": s.text is not None,
            }
            for i, s in enumerate(incident.sources, start=1)
        ],
        "layers": entries,
        "view": {"bounds": [[bounds[1], bounds[0]], [bounds[3], bounds[2]]]},
        "basemap": {**basemap(bounds), "fill": tiles is None},
        "attribution": [*ATTRIBUTION, *([tiles["attribution"]] if tiles else [])],
        "tiles": tiles,
    }


def _layer_entries(layers: dict[str, gpd.GeoDataFrame]) -> list[dict[str, Any]]:
    """One entry a layer, in drawing order: areas first, then claims, then points by priority."""
    out = []
    palette = iter(vocab.LAYER_PALETTE * 4)
    for name, frame in layers.items():
        style = vocab.LAYER_DEFAULTS.get(
            name, {"marker": "circle", "colour": None, "label": True, "priority": 5}
        )
        kind = "claims" if name == "flight_directions" else ("area" if name in AREA_LAYERS else "point")
        colour = style["colour"] or (next(palette) if kind == "point" and name != "crash_sites" else None)
        records = feature_records(frame) if not frame.empty else []
        entry: dict[str, Any] = {
            "key": name,
            "title": name.replace("_", " ").capitalize(),
            "description": "",
            "kind": kind,
            "colour": colour,
            "marker": style["marker"],
            "label": style["label"],
            "priority": style["priority"],
            "features": records,
        }
        if kind == "claims":
            entry["claims"] = [
                {"id": r["id"], "title": r["properties"].get("claim", r["id"]),
                 "speakers": r["properties"].get("claimed_by", []),
                 "colour": vocab.CLAIM_COLOURS[i % len(vocab.CLAIM_COLOURS)]}
                for i, r in enumerate(records)
            ]  # fmt: skip
        out.append(entry)
    order = {"area": 0, "claims": 1, "point": 2}
    return sorted(out, key=lambda e: (order[e["kind"]], -e["priority"], e["key"]))
