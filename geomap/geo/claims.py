"""Flight-direction paths: origin, waypoints and target joined by geodesics.

The construction works backwards from the target ``T`` (a place, or the
geodesic centre of a layer's places) and is deterministic:

1. For the last area before the target (the last waypoint, else the origin),
   take the border it shares with the target's country, trimmed by
   ``TRIM_KM`` at each end so that a path never enters at a tripoint, and
   find the point ``E`` of that border nearest to ``T``: the entry point.
2. Inside that area, go ``depth_km`` back from ``E`` along the geodesic from
   ``T`` through ``E`` (so the path runs straight on), provided that point lies
   well inside the area; otherwise take the point nearest to ``E`` that lies
   ``depth_km`` inside the area's outline (an inward buffer).  Either way the
   path really passes through the area and reaches the border from its side.
3. Repeat for the area before it, with that inside point as the new target,
   and the border between the two areas (limited to the origin region, when
   the origin is an admin-1 region rather than a whole country).
4. Join the points with geodesic legs (:func:`geomap.geodesy.geodesic_path`).

A "via Belarus" path therefore enters Poland across the PL–BY border, never
the PL–UA one.  Nearest points and buffers are computed in a transverse
Mercator centred on the area at hand.
"""

from __future__ import annotations

from dataclasses import dataclass

import shapely
from shapely import LineString, Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points, substring

from geomap.errors import GeomapError
from geomap.geo import boundaries
from geomap.geo.geodesy import GEOD, Projector, bearing, geodesic_path, length_km, local_crs

TRIM_KM = 10.0


@dataclass(frozen=True)
class Area:
    """An origin or waypoint: a country or an admin-1 region, with its country code."""

    label: str
    country: str
    geometry: BaseGeometry
    is_country: bool = True


@dataclass(frozen=True)
class FlightPath:
    """The constructed path and what a reader asks of it."""

    geometry: LineString
    nodes: tuple[tuple[float, float], ...]
    entry_border: str
    entry_point: tuple[float, float]
    bearing_at_entry: float
    length_km: float


def build_path(
    origin: Area | tuple[float, float],
    via: list[Area],
    target: tuple[float, float],
    target_country: str,
    /,
    *,
    depth_km: float = 50.0,
    spacing_km: float = 10.0,
) -> FlightPath:
    """Construct the path of one claim (see the module docstring)."""
    chain: list[Area | tuple[float, float]] = [origin, *via]
    nodes: list[tuple[float, float]] = [target]
    current, next_country = target, target_country
    entry: tuple[str, tuple[float, float]] | None = None
    for step in reversed(chain):
        if not isinstance(step, Area):
            nodes.insert(0, step)
            break
        if step.country == next_country:
            anchor = _inside_point(step.geometry, current, depth_km)
            nodes.insert(0, anchor)
            current = anchor
            continue
        border = _crossing_line(step, next_country)
        crossing = _nearest_on_line(border, current)
        anchor = _behind_point(step.geometry, crossing, current, depth_km) or _inside_point(
            step.geometry, crossing, depth_km
        )
        if entry is None:
            entry = (f"{step.country}–{next_country}", crossing)
        nodes[0:0] = [anchor, crossing]
        current, next_country = anchor, step.country
    if entry is None:
        raise GeomapError(
            f"the path never crosses into {target_country}: give an origin or waypoint outside it"
        )
    line = geodesic_path(nodes, spacing_km=spacing_km)
    after_entry = nodes[nodes.index(entry[1]) + 1]
    return FlightPath(
        geometry=line, nodes=tuple(nodes), entry_border=entry[0], entry_point=entry[1],
        bearing_at_entry=bearing(entry[1], after_entry), length_km=length_km(line),
    )  # fmt: skip


def _crossing_line(area: Area, other: str) -> BaseGeometry:
    """Return the part of the ``area.country``–``other`` border to cross, ends trimmed."""
    border = boundaries.shared_border(area.country, other).geometry
    proj = Projector(local_crs(border))
    metric = proj.to_metric(border)
    if not area.is_country:
        near = shapely.intersection(metric, proj.to_metric(area.geometry).buffer(2000.0))
        if not near.is_empty and near.length > 0:
            metric = near
    parts = []
    for part in shapely.get_parts(shapely.line_merge(metric)):
        trim = min(TRIM_KM * 1000.0, part.length / 4)
        parts.append(substring(part, trim, part.length - trim))
    return proj.to_lonlat(shapely.union_all(parts))


def _nearest_on_line(line: BaseGeometry, point: tuple[float, float]) -> tuple[float, float]:
    proj = Projector(local_crs(line))
    _, on_line = nearest_points(Point(proj.to_metric(Point(point))), proj.to_metric(line))
    return proj.point_to_lonlat(on_line)


def _behind_point(
    area: BaseGeometry, crossing: tuple[float, float], ahead: tuple[float, float], depth_km: float
) -> tuple[float, float] | None:
    """Return the point ``depth_km`` behind ``crossing`` on the geodesic from ``ahead``, if well inside ``area``.

    Continuing the next leg backwards keeps the path straight where the area
    allows it; a point near the area's edge (within a quarter of the depth)
    does not count, so the path never grazes a third country.
    """
    back = (bearing(ahead, crossing) + 360.0) % 360.0
    lon, lat, _ = GEOD.fwd(crossing[0], crossing[1], back, depth_km * 1000.0)
    point = (float(lon), float(lat))
    proj = Projector(local_crs(Point(point)))
    metric_area = proj.to_metric(area)
    inner = metric_area.buffer(-depth_km * 250.0)
    return point if inner.contains(proj.to_metric(Point(point))) else None


def _inside_point(area: BaseGeometry, point: tuple[float, float], depth_km: float) -> tuple[float, float]:
    """Return the point ``depth_km`` inside ``area`` nearest to ``point`` (or the area's centre if it is too thin)."""
    proj = Projector(local_crs(Point(point)))
    metric = proj.to_metric(area)
    inner = metric.buffer(-depth_km * 1000.0)
    if inner.is_empty:
        return proj.point_to_lonlat(metric.point_on_surface())
    inside, _ = nearest_points(inner, proj.to_metric(Point(point)))
    return proj.point_to_lonlat(inside)
