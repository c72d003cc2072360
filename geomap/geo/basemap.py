"""The offline basemap around an incident: countries, admin-1 lines, and labels for orientation.

Everything is plain GeoJSON-ready data for the page; nothing here knows HTML.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from geomap._data import read_json
from geomap.geo import rings
from geomap.geo.rings import Box, Multipolygons

if TYPE_CHECKING:
    import geopandas as gpd

#: Countries around the incident, wide enough for a 16:9 image; admin-1 lines nearer in.
MARGIN_DEG = (12.0, 6.0)
ADMIN1_MARGIN_DEG = (5.0, 3.0)
#: The basemap's own data, simplified once by ``scripts/data/build_basemap.py``: see :func:`_packaged`.
BASEMAP_FILE = "basemap.json.gz"
#: About 500 m: finer than a pixel at the zooms that show a whole country, and a quarter of the bytes.
SIMPLIFY_DEG = 0.005
#: Coordinates are kept in thousandths of a degree (about 100 m), as the page draws them.
SCALE = 1000
COUNTRY_FIELDS = ("iso_a2", "name", "label_lon", "label_lat")
REGION_FIELDS = ("iso_a2", "iso_3166_2", "name", "name_local", "label_lon", "label_lat")
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
    frame, near = (_grown(bounds, dx, dy) for dx, dy in (MARGIN_DEG, ADMIN1_MARGIN_DEG))
    countries, regions = _countries(), _regions()
    # Labels go where the map opens: the incident's bounds with a little to spare.
    view = _grown(bounds, 1.5, 1.0)
    found = (_country_label(countries, k, view) for k in _touching(countries, view))
    labels = [label for label in found if label is not None]
    labels += [
        {
            "lon": float(p["label_lon"]),
            "lat": float(p["label_lat"]),
            "text": str(p["name_local"] or p["name"]),
            "kind": "region",
        }
        for p in regions.props
        if p["iso_a2"] == focus and _inside(near, p["label_lon"], p["label_lat"])
    ]
    return {
        "focus": focus,
        "countries": _collection(countries, frame, ["iso_a2", "name"]),
        "admin1": _collection(regions, near, ["iso_3166_2"], outline=True),
        "labels": sorted(labels, key=lambda label: (label["kind"], label["text"])),
        "towns": towns(frame),
    }


def _grown(bounds: Bounds, dx: float, dy: float) -> Box:
    return bounds[0] - dx, bounds[1] - dy, bounds[2] + dx, bounds[3] + dy


def _inside(box: Box, lon: float, lat: float) -> bool:
    return box[0] < lon < box[2] and box[1] < lat < box[3]


def _touching(table: Multipolygons, box: Box) -> np.ndarray:
    """Return the indices of the features whose boxes meet ``box``: the only ones that can reach it."""
    b = table.box
    return np.flatnonzero(
        (b[:, 0] <= box[2]) & (b[:, 2] >= box[0]) & (b[:, 1] <= box[3]) & (b[:, 3] >= box[1])
    )


def _collection(
    table: Multipolygons, frame: Box, fields: list[str], *, outline: bool = False
) -> dict[str, Any]:
    """Return the features that reach ``frame``, cut to it: polygons, or with ``outline`` their boundaries as lines.

    Cut without keeping topology: a backdrop drawn at about 500 m (already simplified), where a
    sliver's self-touching ring cannot be seen.  The cut adds vertices on the box's edge: rounded
    as the rest.  Admin-1 units are drawn as outlines only, and a polygon's cut would draw the
    frame's edge as a border across the map: they come as lines.
    """
    features = []
    for k in _touching(table, frame):
        geometry: dict[str, Any] | None = None
        if outline:
            lines = table.clipped_lines(int(k), frame)
            geometry = rings.lines_geojson(lines) if lines else None
        else:
            polygons = table.clipped(int(k), frame)
            geometry = rings.geojson(polygons) if polygons else None
        if geometry is not None:
            properties = {f: table.props[k][f] for f in fields}
            features.append({"type": "Feature", "properties": properties, "geometry": geometry})
    return {"type": "FeatureCollection", "features": features}


def _country_label(table: Multipolygons, k: int, view: Box) -> dict[str, Any] | None:
    """Natural Earth's label point, or, when that lies outside the view, a point of the country well inside it.

    None when the country does not reach into the view, or only as a sliver at its edge, where
    its label would spill over the neighbour.
    """
    props = table.props[k]
    shown = table.clipped(k, view)
    if not shown:
        return None
    lon, lat = float(props["label_lon"]), float(props["label_lat"])
    if not _inside(view, lon, lat):
        inside = table.clipped(k, _grown(view, -0.3, -0.3))
        point = rings.interior_point(inside) if rings.area(inside) >= MIN_LABEL_AREA_DEG2 else None
        if point is None:
            return None
        lon, lat = point
    return {"lon": round(lon, 4), "lat": round(lat, 4), "text": str(props["name"]), "kind": "country"}


def towns(bounds: Bounds, /) -> list[list[Any]]:
    """Return the largest places of the gazetteer inside ``bounds`` as [lon, lat, name, population].

    The same towns as the gazetteer's ``largest_places``, from the basemap's own list of them.
    """
    from geomap.places.gazetteer import skip_districts

    x0, y0, x1, y1 = bounds
    inside = (t for t in _towns() if x0 <= t.lon <= x1 and y0 <= t.lat <= y1)
    return [
        [round(t.lon, 4), round(t.lat, 4), t.name, t.population] for t in skip_districts(inside, MAX_TOWNS)
    ]


class Town(NamedTuple):
    """A town of the basemap's list: its point, name, people and the units that tell a district."""

    lon: float
    lat: float
    name: str
    population: int
    cc: str
    a3: str


@cache
def _packaged() -> dict[str, Any]:
    """Read the basemap's own data: boundaries simplified once, and the towns (``scripts/data/build_basemap.py``).

    Reading the full boundaries and the gazetteer's towns for every page cost about 0.15 s.
    """
    return read_json(BASEMAP_FILE, gzipped=True)


@cache
def _countries() -> Multipolygons:
    return _multipolygons(_packaged()["countries"])


@cache
def _regions() -> Multipolygons:
    return _multipolygons(_packaged()["admin1"])


@cache
def _towns() -> list[Town]:
    return [Town(*t) for t in _packaged()["towns"]]


def _multipolygons(table: dict[str, Any]) -> Multipolygons:
    """Return one table of :data:`BASEMAP_FILE` as ragged arrays in degrees."""
    coords = np.array(table["coords"], dtype=np.float64).reshape(-1, 2) / SCALE
    offsets = (np.array(table[k], dtype=np.int64) for k in ("rings", "polygons", "parts"))
    return Multipolygons(table["props"], coords, *offsets)


def focus_country(frames: list[gpd.GeoDataFrame], /) -> str | None:
    """Return the country most of the frames' features lie in (None when they lie in none).

    Each feature counts once, at a point inside it; a tie goes to the first code alphabetically.
    """
    import shapely

    from geomap.geo import areas

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
