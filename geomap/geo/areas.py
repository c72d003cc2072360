"""The packaged boundaries as plain arrays: properties and shapely geometries, no geopandas.

The files are read here, once per process; :mod:`geomap.geo.boundaries` makes its GeoDataFrames
for the incident pipeline from the same arrays.  The table tools (``geomap map``, the admin-unit
join) need only the shapes and a few names, and start faster without geopandas.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
import shapely

from geomap import _gc
from geomap._data import read_json


@dataclass(frozen=True)
class Areas:
    """Features of one boundary file: ``props[i]`` describes ``geoms[i]``."""

    props: list[dict[str, Any]]
    geoms: np.ndarray

    def column(self, name: str) -> np.ndarray:
        """One property of every feature, as an object array."""
        return np.array([p.get(name) for p in self.props], dtype=object)


@cache
def countries() -> Areas:
    """Admin-0 countries of the region."""
    return _read("admin0.geojson.gz")


@cache
def admin1() -> Areas:
    """Admin-1 units (voivodeships, oblasts, voblasts, ...) of the region."""
    return _read("admin1.geojson.gz")


def _read(name: str) -> Areas:
    with _gc.paused():  # nested coordinate lists by the hundred thousand: see geomap._gc
        features = read_json(name, gzipped=True)["features"]
        return Areas([f["properties"] for f in features], _shapes([f["geometry"] for f in features]))


_RAGGED = {"Polygon": shapely.GeometryType.POLYGON, "MultiPolygon": shapely.GeometryType.MULTIPOLYGON}


def _shapes(geometries: list[dict[str, Any]]) -> np.ndarray:
    """Return GeoJSON geometries as shapely ones: (multi)polygons in one call per kind, any other one by one.

    Building the few hundred boundaries one ``shape()`` at a time cost each process about 0.15 s.
    """
    geoms = np.full(len(geometries), None, dtype=object)
    for kind, type_id in _RAGGED.items():
        at = [i for i, g in enumerate(geometries) if g["type"] == kind]
        if at:
            geoms[at] = _ragged(type_id, [geometries[i]["coordinates"] for i in at])
    for i, g in enumerate(geometries):
        if g["type"] not in _RAGGED:
            geoms[i] = shapely.geometry.shape(g)
    return geoms


def _ragged(type_id: shapely.GeometryType, parts: list[Any]) -> np.ndarray:
    """Polygons (lists of rings) or multipolygons (lists of those) from nested coordinate lists."""
    multi = type_id == shapely.GeometryType.MULTIPOLYGON
    polygons = [p for m in parts for p in m] if multi else parts
    rings = [r for p in polygons for r in p]
    coords = np.array([xy for r in rings for xy in r], dtype=np.float64).reshape(-1, 2)
    offsets = [_offsets(rings), _offsets(polygons)] + ([_offsets(parts)] if multi else [])
    return shapely.from_ragged_array(type_id, coords, tuple(offsets))


def _offsets(lists: list[Any]) -> np.ndarray:
    return np.cumsum([0, *map(len, lists)], dtype=np.int64)


def first_containing(polygons: np.ndarray, points: np.ndarray, /) -> np.ndarray:
    """Return, for each point, the lowest index of a polygon covering it, or -1.

    A point on a shared edge takes the first, so the answer does not depend on the query's order.
    The tree is over the points and queried with each polygon: each polygon is prepared once and
    tested against the points in its box (five times faster than a tree of polygons).
    """
    if not len(points):
        return np.zeros(0, dtype=np.int64)
    tree = shapely.STRtree(points)
    poly_idx, point_idx = tree.query(polygons, predicate="intersects")
    first = np.full(len(points), np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(first, point_idx, poly_idx)
    return np.where(first == np.iinfo(np.int64).max, -1, first)


def country_codes(lon: np.ndarray, lat: np.ndarray, /) -> np.ndarray:
    """Return the ISO code of the country each point lies in (None outside the packaged countries)."""
    table = countries()
    inside = first_containing(table.geoms, shapely.points(np.asarray(lon, float), np.asarray(lat, float)))
    codes = np.full(len(inside), None, dtype=object)
    codes[inside >= 0] = table.column("iso_a2")[inside[inside >= 0]]
    return codes
