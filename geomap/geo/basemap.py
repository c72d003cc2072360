"""The offline basemap around an incident: countries, admin-1 lines, and labels for orientation.

Everything is plain GeoJSON-ready data for the page; nothing here knows HTML.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
from shapely.geometry import box, mapping

from geomap.geo import areas

if TYPE_CHECKING:
    import geopandas as gpd

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


def basemap(bounds: Bounds, /, *, focus: str | None = None) -> dict[str, Any]:
    """Countries, admin-1 units, country and region labels and towns around ``bounds``.

    ``focus`` is the country drawn lighter than its neighbours, with its regions labelled
    (the incident's own: :func:`focus_country`); None draws every country alike.
    """
    frame, near = (
        box(bounds[0] - dx, bounds[1] - dy, bounds[2] + dx, bounds[3] + dy)
        for dx, dy in (MARGIN_DEG, ADMIN1_MARGIN_DEG)
    )
    countries, regions = areas.countries(), areas.admin1()
    # Labels go where the map opens: the incident's bounds with a little to spare.
    view = box(bounds[0] - 1.5, bounds[1] - 1.0, bounds[2] + 1.5, bounds[3] + 1.0)
    seen = shapely.intersects(countries.geoms, view)
    found = (_country_label(countries.props[i], countries.geoms[i], view) for i in np.flatnonzero(seen))
    labels = [label for label in found if label is not None]
    mine = [p for p in regions.props if p["iso_a2"] == focus]
    seen_at = shapely.contains_xy(near, [p["label_lon"] for p in mine], [p["label_lat"] for p in mine])
    labels += [
        {
            "lon": float(p["label_lon"]),
            "lat": float(p["label_lat"]),
            "text": str(p["name_local"] or p["name"]),
            "kind": "region",
        }
        for p, seen_here in zip(mine, seen_at, strict=True)
        if seen_here
    ]
    return {
        "focus": focus,
        "countries": _collection(countries, frame, ["iso_a2", "name"]),
        "admin1": _collection(regions, near, ["iso_3166_2"]),
        "labels": sorted(labels, key=lambda label: (label["kind"], label["text"])),
        "towns": towns(frame.bounds),
    }


def _collection(table: areas.Areas, frame: Any, fields: list[str]) -> dict[str, Any]:
    inside = np.flatnonzero(shapely.intersects(table.geoms, frame))
    # Clipped to the frame's box and simplified without keeping topology: a backdrop drawn at
    # about 500 m, where a sliver's self-touching ring cannot be seen; ten times faster than an
    # intersection and a topology-preserving simplification (a 100k-event page: 20 ms, not 170).
    clipped = shapely.clip_by_rect(table.geoms[inside], *frame.bounds)
    geoms = shapely.simplify(clipped, SIMPLIFY_DEG, preserve_topology=False)
    geoms = shapely.transform(geoms, lambda xy: xy.round(3))
    features = [
        {"type": "Feature", "properties": {f: table.props[i][f] for f in fields}, "geometry": mapping(g)}
        for i, g in zip(inside, geoms, strict=True)
        if not g.is_empty
    ]
    return {"type": "FeatureCollection", "features": features}


def _country_label(props: dict[str, Any], geometry: Any, frame: Any) -> dict[str, Any] | None:
    """Natural Earth's label point, or, when that lies outside the view, a point of the country well inside it."""
    point = shapely.Point(props["label_lon"], props["label_lat"])
    if not frame.contains(point):
        inside = shapely.intersection(geometry, frame.buffer(-0.3))
        if inside.area < MIN_LABEL_AREA_DEG2:
            return None  # a sliver at the edge: its label would spill over the neighbour
        point = inside.representative_point()
    return {"lon": round(point.x, 4), "lat": round(point.y, 4), "text": str(props["name"]), "kind": "country"}


def towns(bounds: Bounds, /) -> list[list[Any]]:
    """Return the largest places of the gazetteer inside ``bounds`` as [lon, lat, name, population]."""
    from geomap.places.gazetteer import load

    found = load().largest_places(bounds, min_population=MIN_TOWN_POPULATION, limit=MAX_TOWNS)
    return [[round(f.lon, 4), round(f.lat, 4), f.name, f.population] for f in found]


def focus_country(frames: list[gpd.GeoDataFrame], /) -> str | None:
    """Return the country most of the frames' features lie in (None when they lie in none).

    Each feature counts once, at a point inside it; a tie goes to the first code alphabetically.
    """
    geoms = [g for f in frames for g in f.geometry.values if g is not None and not g.is_empty]
    if not geoms:
        return None
    points = shapely.point_on_surface(np.array(geoms, dtype=object))
    codes = [str(c) for c in areas.country_codes(shapely.get_x(points), shapely.get_y(points)) if c]
    return max(sorted(set(codes)), key=codes.count) if codes else None


def view_bounds(frames: list[gpd.GeoDataFrame], /, *, margin_deg: float = 0.3) -> Bounds:
    """Return the box a map should open on: every frame's bounds, with a margin."""
    boxes = np.array([f.total_bounds for f in frames if not f.empty])
    x0, y0 = boxes[:, :2].min(axis=0)
    x1, y1 = boxes[:, 2:].max(axis=0)
    return float(x0) - margin_deg, float(y0) - margin_deg, float(x1) + margin_deg, float(y1) + margin_deg
