"""Multipolygons as ragged arrays, cut to a box with numpy alone: the basemap of the table pages.

``geomap map`` on a CSV or Parquet table loads no geometry library (issue 24): its basemap comes
from the packaged ragged arrays (:mod:`geomap.geo.basemap`), and the three things it needs of
them — a cut to the frame's box, an area, a point well inside for a label — are done here, on
arrays, the way GEOS does them (``clip_by_rect``, ``area``, ``representative_point``).  Tests
check each against shapely.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

Box = tuple[float, float, float, float]
#: One polygon: its exterior ring and its holes, each an open (n, 2) array (no repeated first point).
Polygon = list[np.ndarray]


@dataclass(frozen=True)
class Multipolygons:
    """Features whose geometries are multipolygons, as ``shapely.to_ragged_array`` lays them out.

    Ring ``r`` is ``coords[rings[r]:rings[r + 1]]`` (closed); polygon ``p`` is rings
    ``polygons[p]:polygons[p + 1]``, its exterior first; feature ``k`` is polygons
    ``parts[k]:parts[k + 1]`` and ``props[k]`` describes it.
    """

    props: list[dict[str, Any]]
    coords: np.ndarray
    rings: np.ndarray
    polygons: np.ndarray
    parts: np.ndarray

    #: (rings, 4) box of each ring: most rings lie wholly inside or outside a frame, and are not cut.
    ring_box: np.ndarray = field(init=False, repr=False)
    #: (features, 4) box of each feature (every feature has a polygon: the build drops empty ones).
    box: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Computed once, with the table (which is cached): every page asks for them.
        object.__setattr__(self, "ring_box", _boxes(self.coords, self.rings[:-1]))
        object.__setattr__(self, "box", _boxes(self.ring_box, self.polygons[self.parts[:-1]]))

    def clipped(self, k: int, box: Box, /) -> list[Polygon]:
        """Feature ``k`` cut to ``box``: its polygons that keep an area.

        Topology is not kept: where GEOS' ``clip_by_rect`` would return two polygons, a ring the
        box cuts in two comes back as one ring joined along the box's edge (Sutherland–Hodgman;
        a backdrop's fill and stroke look the same).
        """
        out = []
        for p in range(self.parts[k], self.parts[k + 1]):
            rings = [self._ring_in(r, box) for r in range(self.polygons[p], self.polygons[p + 1])]
            if rings[0] is None:  # an exterior outside the box takes its holes with it
                continue
            polygon = [rings[0], *(r for r in rings[1:] if r is not None)]
            if area([polygon]) > 0.0:  # a box inside a hole leaves the box twice: nothing
                out.append(polygon)
        return out

    def clipped_lines(self, k: int, box: Box, /) -> list[np.ndarray]:
        """Feature ``k``'s boundary inside ``box`` as lines: no part of the box's edge is one of them.

        For outlines drawn without fill (admin-1 units): a polygon cut to the box would stroke the
        cut along the box's edge, a straight line across the map where the basemap's frame ends.
        """
        out: list[np.ndarray] = []
        for r in range(self.polygons[self.parts[k]], self.polygons[self.parts[k + 1]]):
            where = self._where(r, box)
            ring = self.coords[self.rings[r] : self.rings[r + 1]]
            if where == "in":
                out.append(ring)
            elif where == "cut":
                out += clip_line(ring, box, closed=True)
        return out

    def _ring_in(self, r: int, box: Box) -> np.ndarray | None:
        where = self._where(r, box)
        if where == "out":
            return None
        ring = self.coords[self.rings[r] : self.rings[r + 1] - 1]  # open: the closing point dropped
        if where == "cut":
            ring = clip_ring(ring, box)
        return ring if len(ring) >= 3 and ring_area(ring) != 0.0 else None

    def _where(self, r: int, box: Box) -> str:
        """Whether ring ``r``'s box lies "out" of ``box``, "in" it, or is "cut" by it."""
        x0, y0, x1, y1 = self.ring_box[r]
        if x1 < box[0] or x0 > box[2] or y1 < box[1] or y0 > box[3]:
            return "out"
        inside = x0 >= box[0] and x1 <= box[2] and y0 >= box[1] and y1 <= box[3]
        return "in" if inside else "cut"


def _boxes(xy: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """(len(starts), 4) boxes of the runs of ``xy`` that begin at ``starts``: points (n, 2) or boxes (n, 4)."""
    lo, hi = (0, 1), (-2, -1)
    return np.column_stack(
        [np.minimum.reduceat(xy[:, i], starts) for i in lo]
        + [np.maximum.reduceat(xy[:, i], starts) for i in hi]
    )


def clip_ring(ring: np.ndarray, box: Box, /) -> np.ndarray:
    """Cut an open ring to ``box`` (Sutherland–Hodgman, one side at a time), repeated points removed."""
    for axis, limit, below in ((0, box[0], False), (0, box[2], True), (1, box[1], False), (1, box[3], True)):
        if len(ring) == 0:
            break
        ring = _clip_side(ring, axis, limit, below)
    if len(ring) == 0:
        return ring
    repeated = np.all(ring == np.roll(ring, 1, axis=0), axis=1)
    return ring[~repeated] if not repeated.all() else ring[:1]


def _clip_side(ring: np.ndarray, axis: int, limit: float, below: bool) -> np.ndarray:
    """Keep the part of an open ring on one side of ``x = limit`` (axis 0) or ``y = limit`` (axis 1).

    Each vertex inside is kept, and each edge that crosses the line adds the point where it
    crosses, in ring order: vertex i, then the crossing of edge i → i + 1.
    """
    v = ring[:, axis]
    inside = v <= limit if below else v >= limit
    if inside.all():
        return ring
    ahead = np.roll(ring, -1, axis=0)
    cross = inside != np.roll(inside, -1)
    a, b = ring[cross], ahead[cross]
    t = (limit - a[:, axis]) / (b[:, axis] - a[:, axis])
    points = a + t[:, None] * (b - a)
    points[:, axis] = limit  # exactly on the line, not a rounding off it
    order = np.argsort(np.concatenate([np.flatnonzero(inside) * 2, np.flatnonzero(cross) * 2 + 1]))
    return np.concatenate([ring[inside], points])[order]


def clip_line(line: np.ndarray, box: Box, /, *, closed: bool = False) -> list[np.ndarray]:
    """Cut a line to ``box`` (Liang–Barsky, every segment at once): the runs of it inside, in order.

    ``closed``: the line is a ring (its last point its first), and a run through its start is one.
    """
    a, d = line[:-1], np.diff(line, axis=0)
    t0, t1 = np.zeros(len(a)), np.ones(len(a))
    with np.errstate(divide="ignore", invalid="ignore"):
        for axis, low, high in ((0, box[0], box[2]), (1, box[1], box[3])):
            step, at = d[:, axis], a[:, axis]
            lo, hi = (low - at) / step, (high - at) / step
            # A segment along the axis is inside the slab wholly or not at all.
            flat = step == 0
            within = (at >= low) & (at <= high)
            enter = np.where(flat, np.where(within, -np.inf, np.inf), np.minimum(lo, hi))
            leave = np.where(flat, np.where(within, np.inf, -np.inf), np.maximum(lo, hi))
            t0, t1 = np.maximum(t0, enter), np.minimum(t1, leave)
    kept = t0 < t1
    if not kept.any():
        return []
    t0, t1 = np.where(kept, t0, 0.0), np.where(kept, t1, 1.0)  # no infinities in the points below
    first, last = a + t0[:, None] * d, a + t1[:, None] * d
    # A kept segment goes on from the one before when both are whole at the vertex they share.
    joined = np.zeros(len(a), dtype=bool)
    joined[1:] = kept[1:] & kept[:-1] & (t1[:-1] == 1.0) & (t0[1:] == 0.0)
    starts = np.flatnonzero(kept & ~joined)
    runs = []
    for s in starts:
        e = s + 1
        while e < len(a) and joined[e]:
            e += 1
        runs.append(np.concatenate([first[s : s + 1], last[s:e]]))
    wraps = closed and len(runs) > 1 and kept[0] and kept[-1] and t1[-1] == 1.0 and t0[0] == 0.0
    if wraps:  # the last run ends where the first begins: one run
        runs[0] = np.concatenate([runs.pop(), runs[0][1:]])
    return runs


def lines_geojson(lines: list[np.ndarray], /, *, decimals: int = 3) -> dict[str, Any]:
    """Return a GeoJSON MultiLineString of the lines, coordinates rounded."""
    return {"type": "MultiLineString", "coordinates": [np.round(line, decimals).tolist() for line in lines]}


def ring_area(ring: np.ndarray, /) -> float:
    """Signed area of an open ring (shoelace): positive counter-clockwise."""
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y))


def area(polygons: list[Polygon], /) -> float:
    """Area of polygons: each exterior's less its holes', in square degrees."""
    return sum(abs(ring_area(p[0])) - sum(abs(ring_area(h)) for h in p[1:]) for p in polygons)


#: Horizontal lines tried per polygon by :func:`interior_point`.
SCAN_LINES = 16


def interior_point(polygons: list[Polygon], /) -> tuple[float, float] | None:
    """Return a point well inside the polygons: the middle of a wide stretch inside along a horizontal line.

    GEOS' ``representative_point`` tries one line, near the middle of each polygon's height, and
    takes the widest stretch of the polygons'.  Here each polygon tries :data:`SCAN_LINES`, from
    the middle outwards, because a ring cut by a box is joined along the box's edge
    (:meth:`Multipolygons.clipped`): the pieces GEOS would keep apart are one ring here, and the
    middle line may meet nothing but the join.  The line nearest the middle whose stretch is at
    least :data:`WIDE_ENOUGH` of the polygon's widest is taken (a label belongs in the middle, not
    where a triangle is widest), in the polygon whose widest stretch is widest.
    """
    best: tuple[float, float, float] | None = None  # the polygon's widest, x, y
    for polygon in polygons:
        found = _stretches(polygon)
        if not found:
            continue
        widest = max(w for w, _, _ in found)
        if best is None or widest > best[0]:
            x, y = next((x, y) for w, x, y in found if w >= widest * WIDE_ENOUGH)
            best = (widest, x, y)
    return None if best is None or best[0] == 0.0 else (best[1], best[2])


#: How wide, of a polygon's widest stretch, a stretch nearer the middle must be to take the label.
WIDE_ENOUGH = 0.5


def _stretches(polygon: Polygon) -> list[tuple[float, float, float]]:
    """Return the widest stretch inside the polygon on each of its scan lines, middle first: (width, x, y)."""
    a = np.concatenate(polygon)
    b = np.concatenate([np.roll(ring, -1, axis=0) for ring in polygon])
    out = []
    for y in _scan_lines(a[:, 1]):
        cross = (a[:, 1] > y) != (b[:, 1] > y)
        p, q = a[cross], b[cross]
        xs = np.sort(p[:, 0] + (y - p[:, 1]) * (q[:, 0] - p[:, 0]) / (q[:, 1] - p[:, 1]))
        if len(xs) < 2:
            continue
        widths = xs[1::2] - xs[0:-1:2]  # inside from each even crossing to the next
        i = int(np.argmax(widths))
        if widths[i] > 0.0:
            out.append((float(widths[i]), float(xs[2 * i] + xs[2 * i + 1]) / 2, float(y)))
    return out


def _scan_lines(ys: np.ndarray) -> np.ndarray:
    """:data:`SCAN_LINES` heights evenly up ``ys``, the middle first, each on no vertex (moved half-way up)."""
    heights = np.sort(ys)
    lo, hi = float(heights[0]), float(heights[-1])
    steps = np.arange(SCAN_LINES) + 0.5
    steps = steps[np.argsort(np.abs(steps - SCAN_LINES / 2), kind="stable")]
    levels = lo + (hi - lo) * steps / SCAN_LINES
    after = np.searchsorted(heights, levels, side="right")  # first vertex height above each level
    on = heights[np.maximum(after - 1, 0)] == levels
    above = heights[np.minimum(after, len(heights) - 1)]
    return np.where(on, (levels + above) / 2, levels)


def geojson(polygons: list[Polygon], /, *, decimals: int = 3) -> dict[str, Any]:
    """Return a GeoJSON MultiPolygon of the polygons, rings closed and coordinates rounded."""
    return {
        "type": "MultiPolygon",
        "coordinates": [
            [np.round(np.concatenate([ring, ring[:1]]), decimals).tolist() for ring in polygon]
            for polygon in polygons
        ],
    }
