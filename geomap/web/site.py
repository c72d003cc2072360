"""Many incidents, one static site: each incident's page and downloads, and an index page.

``geomap build seeds/*.yaml --site OUT/`` writes, into ``OUT``, each incident's page and
GeoPackage (and PNG or PDF when asked), a copy of its GeoJSON layers under
``layers/<id>/``, and ``index.html``: a map of all incidents (one symbol each), a sortable list
(title, time span, features, sources, last change) with links to each page and its downloads.
Offline and on the page contract (:mod:`geomap.web.page`); deployable as is (GitHub Pages).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap import vocab

if TYPE_CHECKING:
    from geomap.build import Built

SCRIPTS = ("leaflet.js", "geomap-pages.js")
STYLES = ("leaflet.css", "geomap-pages.css")
DOCUMENT_VERSION = 1
ATTRIBUTION = (vocab.CREDIT_GEONAMES, vocab.CREDIT_NATURAL_EARTH, vocab.CREDIT_LEAFLET)
COLUMNS = (
    {"key": "title", "label": "Incident", "sort": True},
    {"key": "start", "label": "When", "sort": True},
    {"key": "features", "label": "Features", "sort": True},
    {"key": "sources", "label": "Sources", "sort": True},
    {"key": "changed", "label": "Last change", "sort": True},
    {"key": "downloads", "label": "Downloads", "sort": False},
)


def _span(start: str, end: str) -> str:
    a, b = datetime.fromisoformat(start), datetime.fromisoformat(end)
    if a.date() == b.date():
        return f"{a:%Y-%m-%d %H:%M}–{b:%H:%M}"
    return f"{a:%Y-%m-%d %H:%M} – {b:%Y-%m-%d %H:%M}"


def _entry(built: Built, files: Sequence[str]) -> dict[str, Any]:
    doc = built.document
    incident = doc["incident"]
    (south, west), (north, east) = doc["view"]["bounds"]
    timeline = doc.get("timeline") or {}
    last = max(
        [incident["end"], *([timeline["last"]] if timeline.get("last") else [])], key=datetime.fromisoformat
    )
    name = built.name
    labels = {".html": "page", ".gpkg": "GeoPackage", ".png": "PNG", ".pdf": "PDF"}
    downloads = [{"href": f, "label": labels[Path(f).suffix]} for f in files if Path(f).suffix in labels]
    downloads += [
        {"href": f"layers/{name}/{layer}.geojson", "label": f"{layer}.geojson"}
        for layer in sorted(built.layers)
    ]
    return {
        "id": incident["id"],
        "title": incident["title"],
        "start": incident["start"],
        "end": incident["end"],
        "span": _span(incident["start"], incident["end"]),
        "features": int(sum(len(frame) for frame in built.layers.values())),
        "sources": len(doc.get("sources") or ()),
        "changed": datetime.fromisoformat(last).strftime("%Y-%m-%d"),
        "page": f"{name}.html",
        "downloads": downloads,
        "point": [round((west + east) / 2, 5), round((south + north) / 2, 5)],
        "bounds": [west, south, east, north],
    }


def site_document(built: Sequence[Built], files: dict[str, list[str]], /, *, title: str) -> dict[str, Any]:
    """Return the index page's document: one entry per incident, the view over all of them, the basemap.

    ``files`` maps each built name to the files written for it in the site's folder.
    """
    from geomap.geo.basemap import basemap

    entries = [_entry(b, files.get(b.name, [])) for b in built]
    west = min(e["bounds"][0] for e in entries)
    south = min(e["bounds"][1] for e in entries)
    east = max(e["bounds"][2] for e in entries)
    north = max(e["bounds"][3] for e in entries)
    # At least a region's worth of map around the symbols: one incident alone is not a street map.
    pad_x, pad_y = max(0.5, (3.0 - (east - west)) / 2), max(0.5, (2.0 - (north - south)) / 2)
    west, east, south, north = west - pad_x, east + pad_x, south - pad_y, north + pad_y
    return {
        "version": DOCUMENT_VERSION,
        "page": "site",
        "lang": "en",
        "title": title,
        "incidents": entries,
        "columns": list(COLUMNS),
        "colour": vocab.STATUS_COLOURS["confirmed"],
        "basemap_colours": dict(vocab.BASEMAP_COLOURS),
        "view": {"bounds": [[south, west], [north, east]]},
        "basemap": {**basemap((west, south, east, north), focus=None), "fill": True},
        "attribution": list(ATTRIBUTION),
    }


def site_index(built: Sequence[Built], files: dict[str, list[str]], /, *, title: str = "Incidents") -> str:
    """Return the site's ``index.html``: the constant frame, the document as one data island, the CSP."""
    from geomap.web.page import page

    return page(site_document(built, files, title=title), scripts=SCRIPTS, styles=STYLES)
