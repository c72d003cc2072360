"""Lines, polygons and multipoints for the page: every shape's vertices as flat, quantised, delta-coded columns.

A table whose geometries are lines, polygons or multipoints is drawn as such; each row also keeps
a point on its shape (:func:`geomap.io.tables.coordinates`), where density squares count it.  The shapes
travel as six streams, in the page's row order, as GeoArrow lays out geometries:

- ``geom.kind``: per row, 0 (a point: drawn as a dot), 1 LineString, 2 MultiLineString,
  3 Polygon, 4 MultiPolygon, 5 MultiPoint (each of its points a dot);
- ``geom.parts``: per row, how many lines, polygons or points it has (0 for a point);
- ``geom.rings``: per part, how many rings (1 for a line or a point of a multipoint; a polygon's
  exterior, then its holes);
- ``geom.len``: per ring, how many vertices;
- ``geom.x``, ``geom.y``: every vertex, quantised to 1e-5 degrees as the points are, each the
  difference from the previous vertex (a vertex repeating the previous one is dropped).

The page's bytes and memory stay bounded: past :data:`MAX_SHAPE_VERTICES` vertices the shapes are
simplified (topology kept), with a tolerance doubled until they fit, and the page says so.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from geomap.web import encode

#: Vertices a page carries at most (8 bytes each in the browser); beyond, the shapes are simplified.
MAX_SHAPE_VERTICES = 2_000_000
#: Simplification tolerances tried in turn (degrees), from two quanta to about two kilometres.
SIMPLIFY_STEPS = tuple(2e-5 * 4**k for k in range(6))
#: shapely's type ids -> the page's kinds (a LinearRing is drawn as the line it is).
KINDS = {1: 1, 2: 1, 5: 2, 3: 3, 6: 4, 4: 5}
POLYGON_TYPE = 3
#: Metres in a degree of latitude: to say in metres how far shapes were simplified.
METRES_PER_DEGREE = 111_320.0


def add_shapes(
    streams: encode.Streams, key: str, geoms: np.ndarray, *, budget: int | None = None
) -> dict[str, Any] | None:
    """Encode the lines, polygons and multipoints among ``geoms`` (one per row, page order; None for a point row).

    Returns what the page's document says of them (counts, vertices, bounds, the simplification
    tolerance in metres or None), or None when there are none.  ``budget``: the vertices the page
    may carry (default :data:`MAX_SHAPE_VERTICES`).
    """
    import shapely

    budget = MAX_SHAPE_VERTICES if budget is None else budget

    type_ids = shapely.get_type_id(geoms)
    kind = np.zeros(len(geoms), dtype=np.uint8)
    for type_id, page_kind in KINDS.items():
        kind[type_ids == type_id] = page_kind
    rows = np.flatnonzero(kind)
    if not len(rows):
        return None
    shaped = geoms[rows]
    shaped, tolerance = _within_budget(shaped, budget)
    if np.isin(kind[rows], (2, 4, 5)).any():
        parts, part_row = shapely.get_parts(shaped, return_index=True)
    else:  # no Multi- kinds: each shape is its one part (get_parts would copy them all, slowly)
        parts, part_row = shaped, np.arange(len(shaped))
    ring_geoms, ring_part = _rings(parts)
    coords, ring_of = shapely.get_coordinates(ring_geoms, return_index=True)
    quantised = np.round(coords * encode.SCALE).astype(np.int64)
    # A vertex on the one before it (after quantising) draws nothing: dropped.
    repeat = np.zeros(len(quantised), dtype=bool)
    repeat[1:] = (quantised[1:] == quantised[:-1]).all(axis=1) & (ring_of[1:] == ring_of[:-1])
    quantised, ring_of = quantised[~repeat], ring_of[~repeat]
    parts_per_row = np.zeros(len(geoms), dtype=np.int64)
    parts_per_row[rows] = np.bincount(part_row, minlength=len(rows))
    streams.add(f"{key}.geom.kind", kind)
    streams.add(f"{key}.geom.parts", encode.smallest_codes(parts_per_row))
    streams.add(f"{key}.geom.rings", encode.smallest_codes(np.bincount(ring_part, minlength=len(parts))))
    streams.add(f"{key}.geom.len", encode.smallest_codes(np.bincount(ring_of, minlength=len(ring_geoms))))
    for axis, values in (("x", quantised[:, 0]), ("y", quantised[:, 1])):
        streams.add(f"{key}.geom.{axis}", np.diff(values, prepend=0).astype(np.int32))
    west, south, east, north = (float(v) for v in shapely.total_bounds(shaped))
    return {
        "lines": int(np.isin(kind, (1, 2)).sum()),
        "polygons": int(np.isin(kind, (3, 4)).sum()),
        "multipoints": int((kind == 5).sum()),
        "points": int(len(geoms) - len(rows)),
        "vertices": len(quantised),
        "bounds": [west, south, east, north],
        "simplified_m": None if tolerance is None else round(tolerance * METRES_PER_DEGREE),
    }


def _within_budget(shaped: np.ndarray, budget: int) -> tuple[np.ndarray, float | None]:
    """Return the shapes, simplified (topology kept) until their vertices fit ``budget``, and the tolerance."""
    import shapely

    if int(shapely.get_num_coordinates(shaped).sum()) <= budget:
        return shaped, None
    # Four times coarser each time, up to about two kilometres: a ring keeps four vertices and a
    # line two whatever the tolerance, so the shapes' own count bounds what is left past that.
    for tolerance in SIMPLIFY_STEPS:
        simpler = shapely.simplify(shaped, tolerance, preserve_topology=True)
        if int(shapely.get_num_coordinates(simpler).sum()) <= budget:
            break
    return simpler, tolerance


def _rings(parts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every ring of the parts in order (a line or a point is its own ring; a polygon, exterior then holes), and its part."""
    import shapely

    is_polygon = shapely.get_type_id(parts) == POLYGON_TYPE
    polygons = np.flatnonzero(is_polygon)
    lines = np.flatnonzero(~is_polygon)
    rings, of_polygon = shapely.get_rings(parts[polygons], return_index=True)
    ring_geoms = np.concatenate([rings, parts[lines]])
    ring_part = np.concatenate([polygons[of_polygon], lines])
    order = np.argsort(ring_part, kind="stable")  # by part; a polygon's rings keep their order
    return ring_geoms[order], ring_part[order]
