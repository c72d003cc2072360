"""The diff page: both states on one offline map, and the change list beside it.

Built on the page contract (:mod:`geomap.web.page`): the constant frame, one
data island holding the document below, and a CSP admitting only the page's
own inline script and style.  Its script (``geomap-pages.js``) draws added
features filled, removed ones hollow and dashed, moves as an arrow from the old
place to the new, and changed ones outlined; it writes every text with
``textContent``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from geomap import vocab
from geomap.diff import describe, headline

#: The page's code: Leaflet, the arrowheads, and geomap's small script for the diff and site pages.
SCRIPTS = ("leaflet.js", "leaflet.polylineDecorator.js", "geomap-pages.js")
STYLES = ("leaflet.css", "geomap-pages.css")
DOCUMENT_VERSION = 1
#: Context: unchanged features drawn faintly, at most this many (a 50,000-place incident stays light).
MAX_CONTEXT = 5_000
ATTRIBUTION = (vocab.CREDIT_NATURAL_EARTH, vocab.CREDIT_LEAFLET)


def _bounds(geometries: Iterable[Mapping[str, Any] | None]) -> tuple[float, float, float, float] | None:
    xs: list[float] = []
    ys: list[float] = []

    def walk(coords: Any) -> None:
        if coords and isinstance(coords[0], (int, float)):
            xs.append(float(coords[0]))
            ys.append(float(coords[1]))
        else:
            for c in coords or ():
                walk(c)

    def visit(geometry: Mapping[str, Any] | None) -> None:
        if geometry and geometry.get("type") == "GeometryCollection":
            for part in geometry.get("geometries") or ():
                visit(part)
        elif geometry:
            walk(geometry.get("coordinates"))

    for geometry in geometries:
        visit(geometry)
    if not xs:
        return None
    return min(xs), min(ys), max(xs), max(ys)


def diff_document(diff: Mapping[str, Any], /, *, context: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Return the diff page's document: the changes with both geometries, the basemap and the view.

    ``context`` maps ``(incident, layer)`` names to unchanged GeoJSON features to draw faintly.
    """
    from geomap.geo.basemap import basemap

    changes = []
    for incident in diff["incidents"]:
        for layer in incident["layers"]:
            for c in layer["changes"]:
                moved = c.get("moved") or {}
                changes.append(
                    {
                        "incident": incident["id"],
                        "layer": layer["layer"],
                        "id": c["id"],
                        "kind": c["kind"],
                        "change": c["change"]
                        if not moved
                        else ("moved" if moved["kind"] == "point" else "reshaped"),
                        "name": c["name"],
                        "speaker": c.get("speaker"),
                        "details": describe(c),
                        "old": c.get("old_geometry")
                        if c["change"] == "changed"
                        else (c.get("geometry") if c["change"] == "removed" else None),
                        "new": c.get("geometry") if c["change"] != "removed" else None,
                        "distance_km": moved.get("distance_km"),
                        "uncertainty_km": [
                            (moved.get("old") or {}).get("uncertainty_km"),
                            (moved.get("new") or {}).get("uncertainty_km"),
                        ],
                    }
                )
    drawn = [g for c in changes for g in (c["old"], c["new"])]
    bounds = (
        _bounds(drawn)
        or _bounds(f.get("geometry") for f in (context or {}).get("features", ()))
        or (14.0, 49.0, 24.2, 54.9)
    )
    pad = 0.3
    bounds = (bounds[0] - pad, bounds[1] - pad, bounds[2] + pad, bounds[3] + pad)
    counts = {k: v for k, v in diff["summary"].items() if v}
    return {
        "version": DOCUMENT_VERSION,
        "page": "diff",
        "lang": "en",
        "title": f"geomap diff: {diff['old']['label']} → {diff['new']['label']}",
        "headline": headline(diff),
        "old": diff["old"]["label"],
        "new": diff["new"]["label"],
        "summary": counts,
        "changes": changes,
        "context": list((context or {}).get("features", ()))[:MAX_CONTEXT],
        "colours": {
            "added": "#1b7837",
            "removed": "#b2182b",
            "moved": "#2166ac",
            "reshaped": "#8c510a",
            "changed": "#e08214",
            "old": "#6b6b6b",
            "context": "#9a9a9a",
        },
        "basemap_colours": dict(vocab.BASEMAP_COLOURS),
        "view": {"bounds": [[bounds[1], bounds[0]], [bounds[3], bounds[2]]]},
        "basemap": {**basemap(bounds, focus=None), "fill": True},
        "attribution": list(ATTRIBUTION),
    }


def diff_page(diff: Mapping[str, Any], /, *, context: Mapping[str, Any] | None = None) -> str:
    """Return the diff page's HTML: the constant frame, the document as one data island, the CSP."""
    from geomap.web.page import page

    return page(diff_document(diff, context=context), scripts=SCRIPTS, styles=STYLES)
