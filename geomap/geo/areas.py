"""The packaged boundaries as plain arrays: properties and shapely geometries, no geopandas.

The files are read here, once per process; :mod:`geomap.geo.boundaries` makes its GeoDataFrames
for the incident pipeline from the same arrays.  The table tools (``geomap map``, the admin-unit
join) need only the shapes and a few names, and start faster without geopandas.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from typing import Any

import numpy as np
import shapely

from geomap._data import read_bytes_gunzipped
from geomap.errors import DataError


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
    return _read("admin0.wkb.gz")


@cache
def admin1() -> Areas:
    """Admin-1 units (voivodeships, oblasts, voblasts, ...) of the region."""
    return _read("admin1.wkb.gz")


#: The first line of a boundary file.  Then one line of JSON, ``{"properties": [...], "sizes":
#: [...]}``: each feature's properties and the length of its geometry's WKB; then the WKB of every
#: geometry, one after another (little-endian, 2D).  The whole gzipped.  WKB, not GeoJSON, because
#: parsing the countries' GeoJSON cost every ``validate``, ``build`` and ``extract`` 0.05-0.08 s of
#: its start, and building the shapes from WKB costs 0.007 s.  ``scripts/data/build_boundaries.py``
#: writes it with :func:`encode`.
LAYOUT = b"geomap-areas 1\n"


def encode(props: list[dict[str, Any]], geoms: Sequence[shapely.Geometry], /) -> bytes:
    """Return a boundary file's content (before gzip): ``props[i]`` describes ``geoms[i]``."""
    wkb = [shapely.to_wkb(g, output_dimension=2, byte_order=1, include_srid=False) for g in geoms]
    header = json.dumps(
        {"properties": props, "sizes": [len(w) for w in wkb]}, ensure_ascii=False, separators=(",", ":")
    )
    return LAYOUT + header.encode("utf-8") + b"\n" + b"".join(wkb)


def decode(data: bytes, name: str, /) -> Areas:
    """Return the features of a boundary file's content (gunzipped); a damaged one is a :class:`DataError`."""
    damaged = DataError(f"geomap/data/{name}", "is damaged (not a boundary file)")
    if not data.startswith(LAYOUT):
        raise damaged
    head, _, blob = data[len(LAYOUT) :].partition(b"\n")
    try:
        header = json.loads(head)
        props, sizes = header["properties"], header["sizes"]
        ends = list(accumulate(sizes))
        if len(props) != len(sizes) or (ends[-1] if ends else 0) != len(blob):
            raise ValueError("the sizes do not add up")
        geoms = shapely.from_wkb(
            np.array([blob[e - n : e] for n, e in zip(sizes, ends, strict=True)], dtype=object)
        )
    except (ValueError, KeyError, TypeError, shapely.errors.GEOSException) as err:
        raise damaged from err
    return Areas(props, geoms)


def _read(name: str) -> Areas:
    return decode(read_bytes_gunzipped(name), name)


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
