"""Compile the offline basemap's own data from the package's boundaries and gazetteer.

Inputs (package data, built first by ``build_boundaries.py`` and ``build_gazetteer.py``):

* ``geomap/data/admin0.wkb.gz`` and ``admin1.wkb.gz`` (read with :mod:`geomap.geo.areas`);
* ``geomap/data/gazetteer-towns.tsv.gz``.

Output: ``geomap/data/basemap.json.gz``: the countries and admin-1 units simplified to about
500 m (``SIMPLIFY_DEG``) with coordinates in thousandths of a degree, as flat ragged arrays of
multipolygons with the few properties a page draws; and the towns of at least
``MIN_TOWN_POPULATION`` people, largest first, as ``[lon, lat, name, population, cc, a3]``.

A page's basemap is the same drawing at any zoom that shows a country, so it is simplified once
here instead of on every page: reading the full boundaries and the gazetteer's towns took a table
page about 0.15 s of its 0.5 s at 100,000 events.

Run: ``python scripts/data/build_basemap.py`` (after the two builds above).
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import shapely
from datafiles import DATA, write_gzip

from geomap.geo import areas
from geomap.geo.basemap import (
    BASEMAP_FILE,
    COUNTRY_FIELDS,
    MIN_TOWN_POPULATION,
    REGION_FIELDS,
    SCALE,
    SIMPLIFY_DEG,
)
from geomap.io.tables import flat_parts
from geomap.places.gazetteer import load


def simplified(table: areas.Areas, fields: tuple[str, ...]) -> dict[str, Any]:
    """Return one boundary table simplified, as multipolygons in ragged arrays of integer coordinates."""
    geoms = shapely.simplify(table.geoms, SIMPLIFY_DEG, preserve_topology=False)
    geoms = shapely.transform(geoms, lambda xy: np.round(xy * SCALE))
    # Rounding can make a ring cross itself (Albania did): made valid, its polygons kept.
    geoms = np.array([_polygons(g) for g in shapely.make_valid(geoms)], dtype=object)
    keep = ~shapely.is_empty(geoms)
    multi = list(geoms[keep])
    _, coords, (rings, polygons, parts) = shapely.to_ragged_array(multi)
    return {
        "props": [{f: p[f] for f in fields} for p, kept in zip(table.props, keep, strict=True) if kept],
        "coords": coords.astype(np.int64).ravel().tolist(),
        "rings": rings.tolist(),
        "polygons": polygons.tolist(),
        "parts": parts.tolist(),
    }


def _polygons(geometry: Any) -> Any:
    """One kind for the ragged arrays: the polygons of a geometry as a multipolygon (lines and points dropped)."""
    return shapely.MultiPolygon([p for p in flat_parts(geometry) if p.geom_type == "Polygon"])


def towns() -> list[list[Any]]:
    """Every populated place of at least MIN_TOWN_POPULATION, largest first (ties by name, then id)."""
    gazetteer = load()
    everywhere = (-180.0, -90.0, 180.0, 90.0)
    found = gazetteer.places_by_size(everywhere, min_population=MIN_TOWN_POPULATION)
    return [[f.lon, f.lat, f.name, f.population, f.cc, f.a3] for f in found]


def main() -> None:
    """Write basemap.json.gz."""
    data = {
        "simplify_deg": SIMPLIFY_DEG,
        "scale": SCALE,
        "countries": simplified(areas.countries(), COUNTRY_FIELDS),
        "admin1": simplified(areas.admin1(), REGION_FIELDS),
        "towns": towns(),
    }
    out = DATA / BASEMAP_FILE
    write_gzip(out, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    print(
        f"{out}: {len(data['countries']['props'])} countries, {len(data['admin1']['props'])} admin-1 units, "
        f"{len(data['towns'])} towns, {out.stat().st_size / 1e3:.0f} kB"
    )


if __name__ == "__main__":
    main()
