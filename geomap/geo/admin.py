"""Which admin units each point lies in: admin-1 by polygon, the lower units by the nearest place.

Admin-1 units (voivodeships, oblasts, voblasts...) and countries come from the packaged Natural
Earth polygons: a point inside one gets its English name (the gazetteer's: "Lviv Oblast", "Kyiv")
and ISO 3166-2 code, and the country that code names (Crimea and Sevastopol are Ukraine, as the
borders geomap draws).  There are no polygons for
powiats and gminas in the package, so those come from the nearest populated place of the gazetteer
(its admin-2 and admin-3), with that place and its distance given, and only within
:data:`NEAREST_MAX_KM`.  Where the gazetteer lists villages (Poland) that is usually the unit the
point lies in; near a unit's edge, or where it lists only towns (Ukraine, Belarus, Lithuania), it
is the unit of the nearest place, which the column names say.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy as np
import shapely

from geomap.geo import areas
from geomap.places.text import has_cyrillic

#: Lower admin units are taken from a nearest place no farther than this.
NEAREST_MAX_KM = 15.0
#: The columns :func:`admin_units` returns.
COLUMNS = (
    "in_country",
    "in_admin1",
    "in_admin1_code",
    "in_admin2",
    "in_admin3",
    "nearest_place",
    "nearest_place_id",
    "nearest_place_km",
    "in_admin1_local",
    "in_admin2_local",
    "in_admin3_local",
)
#: Natural Earth's field for an admin-1 unit's name in the country's own language.  Belarus has
#: no Belarusian Cyrillic name there; Russian is an official language of Belarus too.
_LOCAL_FIELD = {"PL": "name_pl", "UA": "name_uk", "RU": "name_ru", "BY": "name_ru"}
EARTH_KM = 6371.0088


def admin_units(lon: np.ndarray, lat: np.ndarray, /) -> dict[str, np.ndarray]:
    """Return, per point, its country and admin-1 unit (polygons), and admin-2/3 of the nearest place.

    Points that are NaN get None everywhere.
    """
    lon = np.asarray(lon, dtype=np.float64)
    lat = np.asarray(lat, dtype=np.float64)
    n = len(lon)
    out = {name: np.full(n, None, dtype=object) for name in COLUMNS}
    ok = np.isfinite(lon) & np.isfinite(lat)
    if not ok.any():
        return out
    points = shapely.points(lon[ok], lat[ok])
    rows = np.flatnonzero(ok)
    regions = areas.admin1()
    inside = areas.first_containing(regions.geoms, points)
    found = inside >= 0
    out["in_admin1"][rows[found]] = _admin1_names()[inside[found]]
    out["in_admin1_local"][rows[found]] = _admin1_local_names()[inside[found]]
    codes = regions.column("iso_3166_2")
    out["in_admin1_code"][rows[found]] = codes[inside[found]]
    # The country of the ISO 3166-2 code, which follows the borders geomap draws (Natural Earth's
    # German point of view): Crimea (UA-43) and Sevastopol (UA-40) are Ukraine, whatever the
    # admin-1 file's own country column says.
    out["in_country"][rows[found]] = np.array([str(c)[:2] for c in codes], dtype=object)[inside[found]]
    countries = areas.countries()
    rest = ~found
    if rest.any():
        there = areas.first_containing(countries.geoms, points[rest])
        hit = there >= 0
        out["in_country"][rows[rest][hit]] = countries.column("iso_a2")[there[hit]]
    _nearest_places(lon[ok], lat[ok], rows, out)
    return out


@cache
def _admin1_names() -> np.ndarray:
    """Return the English names of the admin-1 units, in the order of their polygons.

    The gazetteer's name where it has the unit ("Lviv Oblast", "Kyiv", "Łódź Voivodeship"), else
    Natural Earth's English name.
    """
    from geomap.places.gazetteer import load

    gaz = load()
    names = []
    for props in areas.admin1().props:
        cc, _, a1 = str(props.get("gn_a1_code") or "").partition(".")
        names.append(gaz.admin_name(cc, "ADM1", a1) or props.get("name_en") or props.get("name"))
    return np.array(names, dtype=object)


@cache
def _admin1_local_names() -> np.ndarray:
    """Return the admin-1 units' names in their country's language ("województwo lubelskie").

    None where Natural Earth has none (Lithuania's counties are "Vilniaus apskritis" from the
    Lithuanian name it gives; other countries of the region have none here).
    """
    names = []
    for props in areas.admin1().props:
        cc = str(props.get("iso_a2") or "")
        if cc in _LOCAL_FIELD:
            names.append(props.get(_LOCAL_FIELD[cc]) or None)
        elif cc == "LT" and props.get("type_en") == "County":
            names.append(f"{props['name']} apskritis")
        else:
            names.append(None)
    return np.array(names, dtype=object)


def local_unit_name(f: Any) -> str | None:
    """Return an admin-2 or admin-3 unit's name in its country's language, or None.

    The gazetteer keeps the local forms among a unit's alternates: "powiat zamojski" (and the
    gmina's own name, "gmina Sitno"), "Львівський район", "Львівська громада", "Жлобинский район".
    """
    if f.cc == "PL":
        if f.fcode == "ADM3":
            return f"gmina {f.name}"
        return next((a for a in f.alternates if a.startswith("powiat ")), None)
    ending = {"ADM2": ("ий район", "ый район", "ій район"), "ADM3": ("громада",)}.get(f.fcode, ())
    return next((a for a in f.alternates if has_cyrillic(a) and a.endswith(ending)), None)


@cache
def _places() -> tuple[np.ndarray, np.ndarray, np.ndarray, shapely.STRtree]:
    """Return the gazetteer's populated places: row numbers, lon, lat, and a tree on a local plane."""
    from geomap.places.gazetteer import load

    gaz = load()
    # A register's village without a point of its own stands at its hromada's centre: not a place to be near.
    rows = np.flatnonzero((np.array(gaz.column("fclass")) == "P") & (np.array(gaz.column("located")) == ""))
    lon = np.array([float(x) for x in gaz.column("lon")])[rows]
    lat = np.array([float(x) for x in gaz.column("lat")])[rows]
    return rows, lon, lat, shapely.STRtree(shapely.points(*_plane(lon, lat)))


def _plane(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return points on the sinusoidal plane (longitude shrunk by the cosine of the latitude).

    Nearest on that plane is nearest on the ground at these scales.
    """
    return lon * np.cos(np.radians(lat)), lat


def _nearest_places(lon: np.ndarray, lat: np.ndarray, rows: np.ndarray, out: dict[str, np.ndarray]) -> None:
    from geomap.places.gazetteer import load

    gaz = load()
    place_rows, plon, plat, tree = _places()
    query_idx, tree_idx = tree.query_nearest(shapely.points(*_plane(lon, lat)), all_matches=False)
    nearest = np.full(len(lon), -1, dtype=np.int64)
    nearest[query_idx] = tree_idx
    km = _haversine_km(lon, lat, plon[nearest], plat[nearest])
    near = km <= NEAREST_MAX_KM
    out["nearest_place_km"][rows] = np.round(km, 2)
    used, which = np.unique(nearest, return_inverse=True)
    found = [gaz.feature(int(place_rows[k])) for k in used]
    units = [gaz.admin_names(f) for f in found]
    for column, values in (
        ("nearest_place", [f.name for f in found]),
        ("nearest_place_id", [f.gazetteer_id for f in found]),
        ("in_admin2", [u[1] or None for u in units]),
        ("in_admin3", [u[2] or None for u in units]),
        ("in_admin2_local", [_local(gaz, f, "ADM2", f.a2) for f in found]),
        ("in_admin3_local", [_local(gaz, f, "ADM3", f.a3) for f in found]),
    ):
        taken = np.array(values, dtype=object)[which]
        if column.startswith("in_"):
            taken[~near] = None
        out[column][rows] = taken


def _local(gaz: Any, f: Any, level: str, code: str) -> str | None:
    row = gaz.unit_row(f.cc, level, code) if code else None
    return local_unit_name(gaz.feature(row)) if row is not None else None


def _haversine_km(lon1: np.ndarray, lat1: np.ndarray, lon2: np.ndarray, lat2: np.ndarray) -> np.ndarray:
    p1, p2 = np.radians(lat1), np.radians(lat2)
    a = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(np.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_KM * np.arcsin(np.sqrt(a))
