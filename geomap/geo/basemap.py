"""The offline basemap around an incident: countries, admin-1 lines, and labels for orientation.

Everything is plain GeoJSON-ready data for the page; nothing here knows HTML.
"""

from __future__ import annotations

from typing import Any

import geopandas as gpd
import numpy as np
import shapely
from shapely.geometry import box, mapping

from geomap.geo import boundaries

#: Countries around the incident, wide enough for a 16:9 image; admin-1 lines nearer in.
MARGIN_DEG = (12.0, 6.0)
ADMIN1_MARGIN_DEG = (5.0, 3.0)
#: About 500 m: finer than a pixel at the zooms that show a whole country, and a quarter of the bytes.
SIMPLIFY_DEG = 0.005
MIN_LABEL_AREA_DEG2 = 2.0
#: Towns offered to the page's labeller, largest first; it thins them by zoom and by collision.
MAX_TOWNS = 400
MIN_TOWN_POPULATION = 5_000
Bounds = tuple[float, float, float, float]


def basemap(bounds: Bounds, /, *, focus: str | None = "PL") -> dict[str, Any]:
    """Countries, admin-1 units, country and region labels and towns around ``bounds``.

    ``focus`` is the country drawn lighter than its neighbours (the incident's own).
    """
    frame, near = (box(bounds[0] - dx, bounds[1] - dy, bounds[2] + dx, bounds[3] + dy)
                   for dx, dy in (MARGIN_DEG, ADMIN1_MARGIN_DEG))  # fmt: skip
    countries = boundaries.countries()
    regions = boundaries.admin1()
    # Labels go where the map opens: the incident's bounds with a little to spare.
    view = box(bounds[0] - 1.5, bounds[1] - 1.0, bounds[2] + 1.5, bounds[3] + 1.0)
    found = (_country_label(r, view) for _, r in countries[countries.intersects(view)].iterrows())
    labels = [label for label in found if label is not None]
    labels += [
        {"lon": float(r["label_lon"]), "lat": float(r["label_lat"]), "text": str(r["name_local"] or r["name"]),
         "kind": "region"}
        for _, r in regions[regions["iso_a2"] == focus].iterrows()
        if near.contains(shapely.Point(r["label_lon"], r["label_lat"]))
    ]  # fmt: skip
    return {
        "focus": focus,
        "countries": _collection(countries, frame, ["iso_a2", "name"]),
        "admin1": _collection(regions, near, ["iso_3166_2"]),
        "labels": sorted(labels, key=lambda label: (label["kind"], label["text"])),
        "towns": towns(frame.bounds),
    }


def _collection(table: gpd.GeoDataFrame, frame: Any, fields: list[str]) -> dict[str, Any]:
    table = table[table.intersects(frame)]
    geoms = shapely.simplify(shapely.intersection(table.geometry.values, frame), SIMPLIFY_DEG)
    geoms = shapely.transform(geoms, lambda xy: xy.round(3))
    rows = table[fields].itertuples(index=False, name=None)
    features = [
        {"type": "Feature", "properties": dict(zip(fields, row, strict=True)), "geometry": mapping(g)}
        for row, g in zip(rows, geoms, strict=True)
        if not g.is_empty
    ]
    return {"type": "FeatureCollection", "features": features}


def _country_label(row: Any, frame: Any) -> dict[str, Any] | None:
    """Natural Earth's label point, or, when that lies outside the view, a point of the country well inside it."""
    point = shapely.Point(row["label_lon"], row["label_lat"])
    if not frame.contains(point):
        inside = shapely.intersection(row.geometry, frame.buffer(-0.3))
        if inside.area < MIN_LABEL_AREA_DEG2:
            return None  # a sliver at the edge: its label would spill over the neighbour
        point = inside.representative_point()
    return {"lon": round(point.x, 4), "lat": round(point.y, 4), "text": str(row["name"]), "kind": "country"}


def towns(bounds: Bounds, /) -> list[list[Any]]:
    """Return the largest places of the gazetteer inside ``bounds`` as [lon, lat, name, population]."""
    from geomap.places.gazetteer import load

    found = load().largest_places(bounds, min_population=MIN_TOWN_POPULATION, limit=MAX_TOWNS)
    return [[round(f.lon, 4), round(f.lat, 4), f.name, f.population] for f in found]


def view_bounds(frames: list[gpd.GeoDataFrame], /, *, margin_deg: float = 0.3) -> Bounds:
    """Return the box a map should open on: every frame's bounds, with a margin."""
    boxes = np.array([f.total_bounds for f in frames if not f.empty])
    x0, y0 = boxes[:, :2].min(axis=0)
    x1, y1 = boxes[:, 2:].max(axis=0)
    return float(x0) - margin_deg, float(y0) - margin_deg, float(x1) + margin_deg, float(y1) + margin_deg
