"""Compile geomap's boundary data from Natural Earth 1:10m.

Inputs (read-only, see ../shared/data/SOURCES.md):

* ``naturalearth/ne_10m_admin_0_countries_deu.zip``: admin-0 v5.1.1, the
  German point-of-view edition (Crimea in Ukraine);
* ``naturalearth/ne_10m_admin_1_states_provinces.geojson.gz``: admin-1.

Outputs, clipped to ``BBOX`` (which covers lon 5–45, lat 40–62 with a
margin) with coordinates rounded to 6 decimals (shared vertices stay shared):

* ``geomap/data/admin0.wkb.gz``: countries with ISO codes and names;
* ``geomap/data/admin1.wkb.gz``: admin-1 units of ``ADMIN1_COUNTRIES``
  with names in English, Polish, Ukrainian, Russian and the local form.

Each is a boundary file as :mod:`geomap.geo.areas` reads it (properties as JSON, geometries as
WKB, gzipped); ``geomap.geo.areas.countries()`` and ``admin1()`` read them.

Run: ``python scripts/data/build_boundaries.py [--shared ../shared]``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely
from datafiles import DATA, ROOT, write_gzip
from shapely.geometry import box

from geomap.geo.areas import encode

BBOX = (0.0, 36.0, 50.0, 66.0)
ADMIN1_COUNTRIES = ["PL", "BY", "UA", "LT", "LV", "EE", "RU", "SK", "CZ", "DE", "MD", "RO", "HU"]
ADMIN0_FIELDS = {
    "ISO_A2_EH": "iso_a2",
    "ISO_A3_EH": "iso_a3",
    "NAME_EN": "name",
    "NAME_PL": "name_pl",
    "NAME_UK": "name_uk",
    "NAME_RU": "name_ru",
    "NAME_DE": "name_de",
    "LABEL_X": "label_lon",
    "LABEL_Y": "label_lat",
}
ADMIN1_FIELDS = {
    "iso_a2": "iso_a2",
    "iso_3166_2": "iso_3166_2",
    "gn_a1_code": "gn_a1_code",
    "name": "name",
    "name_en": "name_en",
    "name_pl": "name_pl",
    "name_uk": "name_uk",
    "name_ru": "name_ru",
    "name_local": "name_local",
    "name_alt": "name_alt",
    "type_en": "type_en",
    "longitude": "label_lon",
    "latitude": "label_lat",
}


def clip(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Clip to BBOX, round to 6 decimals, drop what falls outside."""
    frame = frame[frame.intersects(box(*BBOX))].copy()
    geoms = shapely.intersection(frame.geometry.values, box(*BBOX))
    geoms = shapely.transform(geoms, lambda xy: np.round(xy, 6))
    frame = frame.set_geometry(shapely.make_valid(geoms))
    return frame[~frame.geometry.is_empty]


def write(frame: gpd.GeoDataFrame, fields: dict[str, str], out: Path, sort: list[str]) -> None:
    """Write a boundary file (:func:`geomap.geo.areas.encode`), sorted, with no timestamp in the gzip header."""
    frame = frame.rename(columns=fields)[[*fields.values(), "geometry"]].sort_values(sort)
    props = [
        {k: (None if v is None or (isinstance(v, float) and np.isnan(v)) else v) for k, v in row.items()}
        for row in frame.drop(columns="geometry").to_dict("records")
    ]
    write_gzip(out, encode(props, list(frame.geometry)))
    print(f"{out}: {len(props)} features, {out.stat().st_size / 1e6:.1f} MB")


def main() -> None:
    """Build admin0 and admin1."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    ne = args.shared / "data" / "naturalearth"
    admin0 = gpd.read_file(
        f"zip://{ne / 'ne_10m_admin_0_countries_deu.zip'}!ne_10m_admin_0_countries_deu.shp", encoding="utf-8"
    )
    admin0 = clip(admin0[admin0["ISO_A2_EH"] != "-99"])
    write(admin0, ADMIN0_FIELDS, DATA / "admin0.wkb.gz", ["iso_a2"])
    admin1 = gpd.read_file(f"/vsigzip/{ne / 'ne_10m_admin_1_states_provinces.geojson.gz'}")
    admin1 = clip(admin1[admin1["iso_a2"].isin(ADMIN1_COUNTRIES)])
    write(admin1, ADMIN1_FIELDS, DATA / "admin1.wkb.gz", ["iso_a2", "iso_3166_2"])


if __name__ == "__main__":
    main()
