"""Packaged Natural Earth boundaries: countries, admin-1 regions, shared borders, bands.

Everything here is found by code (ISO alpha-2, GeoNames admin-1, ISO 3166-2): no
geocoder inside.  Names are the geocoder's business (:func:`geomap.resolve.region`).

Natural Earth 1:10m is generalised (the Poland–Belarus border has ~140
vertices, about 1 km off in places): good for drawing and for lengths of the
right order, never for deciding which side of a border a point within ~2 km
lies on.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from geomap.errors import BoundaryError, OptionError
from geomap.geo import areas
from geomap.geo.geodesy import Projector, area_km2, length_km, local_crs

if TYPE_CHECKING:
    import geopandas as gpd

# The lookups below read the plain arrays of geomap.geo.areas: validating an incident (and so
# drafting one with extract) needs no geopandas.  The GeoDataFrames are for callers who want them.


@cache
def countries() -> gpd.GeoDataFrame:
    """Admin-0 countries of the region, indexed by ISO alpha-2 code."""
    return _frame(areas.countries()).set_index("iso_a2", drop=False)


@cache
def admin1() -> gpd.GeoDataFrame:
    """Admin-1 units (voivodeships, oblasts, voblasts, ...) of the region."""
    return _frame(areas.admin1())


def _frame(read: areas.Areas) -> gpd.GeoDataFrame:
    """Return a boundary file as :mod:`~geomap.geo.areas` read it, as a GeoDataFrame (geometry first)."""
    import geopandas as gpd

    frame = gpd.GeoDataFrame(read.props, geometry=list(read.geoms), crs="EPSG:4326")
    return frame[["geometry", *(c for c in frame.columns if c != "geometry")]]


@cache
def country_rows() -> dict[str, int]:
    """Return the ISO alpha-2 codes of the packaged countries, each with its row in :func:`areas.countries`."""
    codes: dict[str, int] = {}
    for i, props in enumerate(areas.countries().props):
        codes.setdefault(str(props["iso_a2"]), i)
    return codes


def country(code: str, /) -> BaseGeometry:
    """Return the (Multi)Polygon of country ``code`` (ISO alpha-2)."""
    row = country_rows().get(code)
    if row is None:
        known = ", ".join(sorted(country_rows()))
        raise BoundaryError(f"country {code!r} is not in the packaged boundaries; known: {known}")
    return areas.countries().geoms[row]


def country_name(code: str, /) -> str:
    """English name of country ``code``."""
    country(code)
    return str(areas.countries().props[country_rows()[code]]["name"])


def country_at(point: tuple[float, float], /) -> str:
    """Return the ISO code of the country containing ``point`` (lon, lat)."""
    table = areas.countries()
    inside = np.flatnonzero(shapely.contains_xy(table.geoms, *point))
    if not len(inside):
        raise BoundaryError(f"{point[1]:.4f}, {point[0]:.4f} lies in no country of the packaged boundaries")
    return str(table.props[inside[0]]["iso_a2"])


@dataclass(frozen=True)
class Region:
    """An admin-1 unit of the packaged boundaries."""

    name: str
    country: str
    iso_3166_2: str
    geometry: BaseGeometry


def region_by_code(cc: str, admin1_code: str, /) -> Region:
    """Return the admin-1 region ``admin1_code`` of country ``cc``.

    ``admin1_code`` is the unit's GeoNames admin-1 code (``"75"`` or ``"PL.75"``, what the
    gazetteer's admin units carry) or its ISO 3166-2 code (``"PL-LU"``).  No names are
    looked up here: to find a region by name, ask a geocoder for the admin unit
    (:meth:`geomap.Geocoder.admin_unit`) and pass its code, as :func:`geomap.region` does.

    Raises
    ------
    BoundaryError
        When the packaged boundaries have no such region.
    """
    table = areas.admin1()
    cc = cc.upper()
    code = admin1_code if admin1_code.startswith(f"{cc}.") else f"{cc}.{admin1_code}"
    rows = [
        i
        for i, p in enumerate(table.props)
        if p.get("gn_a1_code") == code or (p.get("iso_a2") == cc and p.get("iso_3166_2") == admin1_code)
    ]
    if not rows:
        country(cc)  # an unknown country is named as such
        raise BoundaryError(f"no admin-1 region {admin1_code!r} of {cc} in the packaged boundaries")
    first = table.props[rows[0]]
    return Region(str(first["name"]), cc, str(first["iso_3166_2"]), shapely.union_all(table.geoms[rows]))


@dataclass(frozen=True)
class SharedBorder:
    """The common border of two countries as drawn by Natural Earth 1:10m."""

    countries: tuple[str, str]
    geometry: BaseGeometry  # (Multi)LineString
    length_km: float


@cache
def shared_border(a: str, b: str, /) -> SharedBorder:
    """Return the border that countries ``a`` and ``b`` share, with its geodesic length.

    Natural Earth draws neighbours from one topology, so their outlines share
    vertices and the intersection of the two outlines is the border itself.
    """
    line = shapely.intersection(country(a).boundary, country(b).boundary)
    parts = [
        g
        for g in shapely.get_parts(line)
        if g.geom_type in ("LineString", "MultiLineString") and not g.is_empty
    ]
    if not parts:
        raise BoundaryError(f"{a} and {b} share no border in the packaged boundaries")
    merged = shapely.line_merge(shapely.union_all(parts))
    return SharedBorder((a, b), merged, length_km(merged))


@dataclass(frozen=True)
class Band:
    """A strip along a border, clipped to one side (or both)."""

    geometry: BaseGeometry
    width_km: float
    side: str
    area_km2: float


def border_band(a: str, b: str, /, *, width_km: float, side: str = "both") -> Band:
    """Return a band ``width_km`` wide along the ``a``–``b`` border, on ``side`` (a, b or "both").

    The buffer is computed in a transverse Mercator centred on the border,
    not in degrees, then clipped to the chosen country (or both).
    """
    if side not in (a, b, "both"):
        raise OptionError(f"side {side!r} must be {a}, {b} or both")
    border = shared_border(a, b).geometry
    proj = Projector(local_crs(border))
    strip = proj.to_metric(border).buffer(width_km * 1000.0, quad_segs=16)
    sides = [a, b] if side == "both" else [side]
    clip = shapely.union_all([proj.to_metric(country(c)) for c in sides])
    band = proj.to_lonlat(shapely.intersection(strip, clip))
    return Band(band, width_km, side, area_km2(band))
