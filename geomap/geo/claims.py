"""Claimed directions drawn as claims, not tracks: entry sectors, corridors, fans and overlaps.

A claim ("the drones came from the direction of Ukraine", "via Belarusian
airspace") says which areas the drones passed through and, by implication,
which border they crossed.  It does not give a path.  So a claim is drawn as:

* its **entry sector**: the part of the border into the target country that
  the claim implies: the whole shared border when the last area is a country,
  the part adjoining a named region (or within reach of a named place);
* a **corridor**: a semi-transparent band ``width_km`` wide from the origin
  area to the middle of the sector, chained through the middles of the
  borders between the claimed areas and along any border the claim names
  ("along the Ukraine–Belarus border"), smoothed so that it never turns by
  more than 90°, and clipped to the claimed areas' countries;
* a **fan**: one geodesic line from the sector to each target a source ties
  to the claim, ending at the target's symbol or at the edge of its area of
  uncertainty, never at a centroid.

Where the sectors of two claims overlap, :func:`overlaps` marks the stretch:
there the claims cannot be told apart.  Metric work happens in a transverse
Mercator centred on the sector (:func:`geomap.geo.geodesy.local_crs`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import shapely
from shapely import LineString, Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points, substring

from geomap.errors import BoundaryError, OptionError, PlaceError
from geomap.geo import boundaries
from geomap.geo.geodesy import GEOD, Projector, bearing, distance_km, geodesic_path, local_crs

#: How far behind the first crossing a corridor starts inside its origin area.
ORIGIN_DEPTH_KM = 180.0
#: How much of a named border ("along the Ukraine–Belarus border") a corridor follows, and how far
#: before that border's end it leaves it (it does not run into the tripoint).
ALONG_KM = 260.0
ALONG_EXIT_KM = 90.0
#: A place named as an origin or waypoint implies the part of the border within this reach.
PLACE_REACH_KM = 150.0
MAX_TURN_DEG = 90.0


@dataclass(frozen=True)
class Area:
    """An origin or waypoint of a claim.

    ``kind`` is "country" or "region" (an admin-1 unit) with its polygon, "point"
    (a place or coordinates) with its point, or "border" (a named border two
    countries share, followed along its line).
    """

    label: str
    country: str
    geometry: BaseGeometry
    kind: str = "country"
    other: str | None = None  # the second country of a "border" area


@dataclass(frozen=True)
class Target:
    """A place a source ties to the claim, and the radius of its area of uncertainty."""

    id: str
    lon: float
    lat: float
    uncertainty_km: float = 0.0


@dataclass(frozen=True)
class Fan:
    """A dashed line from the entry sector to one target."""

    target: str
    geometry: LineString
    distance_from_border_km: int  # rounded down to 10 km: "at least"
    bearing: int  # rounded to 10 degrees


@dataclass(frozen=True)
class ClaimGeometry:
    """What one claim implies on the map (see the module docstring)."""

    sector: BaseGeometry
    sector_label: str
    corridor: BaseGeometry
    centreline: LineString
    bearing: int  # the corridor's direction where it meets the sector, rounded to 10 degrees
    fans: tuple[Fan, ...]


def build_claim(
    chain: list[Area], into: str, targets: list[Target], /, *, width_km: float = 40.0
) -> ClaimGeometry:
    """Draw one claim: ``chain`` is its origin then its route areas, ``into`` the country entered.

    Raises
    ------
    BoundaryError
        When the claim's last area shares no border with ``into``.
    PlaceError
        When an area of the chain lies in ``into`` itself.
    OptionError
        When the chain is empty (a claim with no direction has no geometry)
        or ``width_km`` is outside 30..50.
    """
    if not chain:
        raise OptionError("a claim with neither origin nor route has no direction to draw")
    if not 30 <= width_km <= 50:
        raise OptionError(f"a corridor is 30 to 50 km wide, not {width_km:g}")
    sector = sector_line(chain[-1], into)
    proj = Projector(local_crs(sector))
    middle = _middle(proj.to_metric(sector))
    nodes = _nodes(chain, into, middle, proj)
    centre = _smooth(nodes)
    corridor = _corridor(centre, chain, width_km, proj)
    last_leg = proj.to_lonlat(LineString(centre.coords[-2:])).coords
    heading = _rounded(bearing(last_leg[0], last_leg[1]))
    fans = tuple(_fan(sector, t, proj) for t in targets)
    label = _sector_label(chain[-1], into)
    return ClaimGeometry(sector, label, corridor, proj.to_lonlat(centre), heading, fans)


# -- sectors --------------------------------------------------------------------------
def sector_line(area: Area, into: str, /) -> BaseGeometry:
    """Return the part of the ``area``–``into`` border that crossing from ``area`` implies."""
    if area.country == into:
        raise PlaceError(
            f"{area.label} lies in {boundaries.country_name(into)}, the country entered: "
            "a claim's origin and route lie outside it"
        )
    border = boundaries.shared_border(area.country, into).geometry
    if area.kind in ("country", "border"):
        return border
    proj = Projector(local_crs(border))
    metric = proj.to_metric(border)
    reach = 2_000.0 if area.kind == "region" else PLACE_REACH_KM * 1000.0
    near = shapely.intersection(metric, proj.to_metric(area.geometry).buffer(reach))
    if near.is_empty or near.length < 5_000:
        raise BoundaryError(
            f"{area.label} does not border {boundaries.country_name(into)}: name the country it lies in"
        )
    return proj.to_lonlat(shapely.line_merge(near))


def _sector_label(area: Area, into: str) -> str:
    name = f"{area.country}–{into} border"
    return name if area.kind in ("country", "border") else f"{name}, the part nearest {area.label}"


def overlaps(
    sectors: dict[str, BaseGeometry], /, *, min_km: float = 5.0
) -> list[tuple[tuple[str, str], BaseGeometry]]:
    """Return the stretches where two claims' sectors coincide (within 500 m), for each pair that has one."""
    out = []
    ids = sorted(sectors)
    # Claims of one direction by several speakers share one sector (the same object): a pair of
    # sectors is compared once, whichever claims hold them.
    compared: dict[tuple[int, int], BaseGeometry | None] = {}
    for i, a in enumerate(ids[:-1]):
        near_a = None
        for b in ids[i + 1 :]:
            pair = (id(sectors[a]), id(sectors[b]))
            if pair not in compared:
                if near_a is None:
                    # One projection per sector, not per pair: making a Transformer is the costly part.
                    proj = Projector(local_crs(sectors[a]))
                    near_a = proj.to_metric(sectors[a]).buffer(500.0)
                compared[pair] = _common(proj.to_metric(sectors[b]), near_a, proj, min_km)
            if compared[pair] is not None:
                out.append(((a, b), compared[pair]))
    return out


def _common(sector: BaseGeometry, near: BaseGeometry, proj: Projector, min_km: float) -> BaseGeometry | None:
    """Return the stretch of ``sector`` inside ``near`` (metric) if it is ``min_km`` or longer, in lon/lat."""
    common = shapely.intersection(sector, near)
    common = shapely.line_merge(shapely.union_all([g for g in shapely.get_parts(common) if g.length > 0]))
    return proj.to_lonlat(common) if not common.is_empty and common.length >= min_km * 1000 else None


# -- the corridor's centre line --------------------------------------------------------------
def _nodes(chain: list[Area], into: str, end: Point, proj: Projector) -> list[tuple[float, float]]:
    """Metric nodes from the origin to the sector's middle, chained through the borders between areas."""
    nodes = [(end.x, end.y)]
    for i in range(len(chain) - 1, -1, -1):
        area = chain[i]
        if area.kind == "border":
            nodes[0:0] = _along(area, Point(nodes[0]), proj)
            continue
        before = chain[i - 1] if i > 0 else None
        if before is not None and before.kind != "border" and before.country != area.country:
            crossing = _middle(proj.to_metric(sector_line(before, area.country)))
            nodes.insert(0, (crossing.x, crossing.y))
        elif before is None:
            nodes.insert(0, _origin(area, nodes, into, proj))
    return nodes


def _along(area: Area, towards: Point, proj: Projector) -> list[tuple[float, float]]:
    """Return ALONG_KM of the named border, leaving it ALONG_EXIT_KM before its end nearest ``towards``."""
    line = shapely.line_merge(
        proj.to_metric(boundaries.shared_border(area.country, area.other or "").geometry)
    )
    parts = shapely.get_parts(line)
    line = max(parts, key=lambda g: g.length) if len(parts) > 1 else line
    near_start = Point(line.coords[0]).distance(towards) < Point(line.coords[-1]).distance(towards)
    if near_start:
        line = LineString(line.coords[::-1])  # run the line towards the end nearest the next node
    stop = max(0.0, line.length - ALONG_EXIT_KM * 1000)
    stretch = substring(line, max(0.0, stop - ALONG_KM * 1000), stop)
    # A border wiggles; a corridor along it does not: keep a few points of the stretch.
    coords = shapely.simplify(stretch, 25_000).coords
    return [(x, y) for x, y in coords]


def _origin(area: Area, nodes: list[tuple[float, float]], into: str, proj: Projector) -> tuple[float, float]:
    """Return the corridor's start: inside the origin, straight behind its first leg where it can."""
    if area.kind == "point":
        p = proj.to_metric(area.geometry)
        return p.x, p.y
    first = Point(nodes[0])
    if len(nodes) > 1:
        away = np.subtract(nodes[0], nodes[1])
    else:  # only the sector's middle: head away from the country entered
        inside = proj.to_metric(boundaries.country(into).representative_point())
        away = np.subtract((first.x, first.y), (inside.x, inside.y))
    away = away / (np.hypot(*away) or 1.0)
    shape = proj.to_metric(area.geometry)
    behind = Point(first.x + away[0] * ORIGIN_DEPTH_KM * 1000, first.y + away[1] * ORIGIN_DEPTH_KM * 1000)
    depth = ORIGIN_DEPTH_KM * 250
    # Deep enough inside already: said by a distance, without shrinking the country (a negative
    # buffer of a country's outline: most of the time validating a draft's claims took).
    if shape.contains(behind) and shape.boundary.distance(behind) > depth * 1.001:
        return behind.x, behind.y
    core = _core_near(shape, behind, depth)
    if core.contains(behind):
        return behind.x, behind.y
    core = core if not core.is_empty else shape
    found, _ = nearest_points(core, behind)
    return found.x, found.y


def _core_near(shape: BaseGeometry, at: Point, depth: float) -> BaseGeometry:
    """Return ``shape.buffer(-depth)``, or the part of it around ``at`` when that holds its point nearest ``at``.

    Shrinking a whole country (Russia, Ukraine) took 30-50 ms a claim. Shrinking commutes with
    cutting: the shrunk cut is the shrunk shape within the box shrunk alike, so a nearest point
    found there, closer than the shrunk box's edge, is the whole shrunk shape's nearest point.
    """
    for reach in (ORIGIN_DEPTH_KM * 2000, ORIGIN_DEPTH_KM * 6000):
        box = shapely.box(
            at.x - reach - depth, at.y - reach - depth, at.x + reach + depth, at.y + reach + depth
        )
        core = _shrunk(shapely.intersection(shape, box), depth)
        if not core.is_empty and (core.contains(at) or core.distance(at) < reach):
            return core
    return _shrunk(shape, depth)


def _shrunk(shape: BaseGeometry, depth: float) -> BaseGeometry:
    """Return ``shape`` shrunk by ``depth`` metres, to within 1.5 km.

    The corridor's start is a point deep inside its country, not a line on the map: the outline is
    simplified (1 km) and its corners drawn with 8 segments, not 16, which makes a country's
    shrinking three times faster.
    """
    return shapely.simplify(shape, 1_000.0).buffer(-depth, quad_segs=8)


def _smooth(nodes: list[tuple[float, float]]) -> LineString:
    """Round the corners (Chaikin) and drop any node that would still turn the route by more than 90°."""
    points = [p for i, p in enumerate(nodes) if i == 0 or math.dist(p, nodes[i - 1]) > 1_000]
    while len(points) > 2 and max(turns(points)) > MAX_TURN_DEG:
        worst = int(np.argmax(turns(points))) + 1
        del points[worst]
    for _ in range(3):
        if len(points) < 3:
            break
        cut = [points[0]]
        for a, b in pairwise(points):
            cut += [
                (0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1]),
                (0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1]),
            ]
        points = [*cut, points[-1]]
    return LineString(points)


def turns(points: list[tuple[float, float]] | LineString, /) -> list[float]:
    """Return the change of direction at each inner vertex, in degrees (0 straight on, 180 back)."""
    coords = list(points.coords) if isinstance(points, LineString) else points
    out = []
    for a, b, c in zip(coords, coords[1:], coords[2:], strict=False):
        h1 = math.atan2(b[1] - a[1], b[0] - a[0])
        h2 = math.atan2(c[1] - b[1], c[0] - b[0])
        out.append(abs(math.degrees((h2 - h1 + math.pi) % (2 * math.pi) - math.pi)))
    return out or [0.0]


def _corridor(centre: LineString, chain: list[Area], width_km: float, proj: Projector) -> BaseGeometry:
    """Return the band around the centre line, flat at the sector, inside the claimed countries."""
    band = centre.buffer(width_km * 500.0, quad_segs=8, cap_style="flat")
    start_cap = Point(centre.coords[0]).buffer(width_km * 500.0, quad_segs=8)
    countries = {a.country for a in chain} | {a.other for a in chain if a.other}
    allowed = shapely.union_all([proj.to_metric(boundaries.country(c)) for c in sorted(countries)])
    corridor = shapely.intersection(shapely.union(band, start_cap), allowed)
    corridor = shapely.simplify(corridor, 500.0)
    parts = [g for g in shapely.get_parts(corridor) if g.geom_type == "Polygon" and g.area > 50e6]
    return proj.to_lonlat(shapely.union_all(parts)) if parts else proj.to_lonlat(corridor)


# -- fans ---------------------------------------------------------------------------------------
def _fan(sector: BaseGeometry, target: Target, proj: Projector) -> Fan:
    """From the sector point nearest the target to the target's symbol or the edge of its circle."""
    point = (target.lon, target.lat)
    start_m, _ = nearest_points(proj.to_metric(sector), proj.to_metric(Point(point)))
    start = proj.point_to_lonlat(start_m)
    total = distance_km(start, point)
    end = point
    if target.uncertainty_km > 0 and total > target.uncertainty_km:
        azimuth, _, _ = GEOD.inv(point[0], point[1], start[0], start[1])
        lon, lat, _ = GEOD.fwd(point[0], point[1], azimuth, target.uncertainty_km * 1000)
        end = (float(lon), float(lat))
    line = geodesic_path([start, end], spacing_km=10.0)
    return Fan(target.id, line, int(distance_km(start, end) // 10 * 10), _rounded(bearing(start, end)))


# -- helpers ------------------------------------------------------------------------------------
def _middle(metric_line: BaseGeometry) -> Point:
    """Return the point halfway along a (Multi)LineString's longest part."""
    parts = shapely.get_parts(shapely.line_merge(metric_line))
    longest = max(parts, key=lambda g: g.length)
    return longest.interpolate(0.5, normalized=True)


def _rounded(degrees: float) -> int:
    return int(round(degrees / 10.0) * 10) % 360
