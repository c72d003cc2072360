"""Write Estonia's towns and villages from EHAK, its settlement classification, as the gazetteer compiles them.

The source is the Estonian Land Board's settlement units of 2018-09-01 (see
``extract_baltic_samples.py`` for the repository, commit, sha256 and licence): every town (linn),
borough (alev), small borough (alevik) and village (küla), 4,700, with its municipality (vald or
linn) and county.  ``scripts/data/raw/ee-ehak.tsv.gz`` holds one row a unit: ``code``, ``kind``
(``town``, ``small town``, ``village``), ``name`` without its generic term ("Aa"), ``register_name``
("Aa küla"), ``municipality`` ("Lüganuse vald") and its code, ``county`` in English, ``lon``, ``lat``: the
centroid of the unit's territory (5 decimals), or a point inside it where the centroid falls
outside (a concave or many-part unit).

Run by hand, once (the script checks the file's sha256 and downloads nothing)::

    python scripts/data/extract_ee_register.py asustusyksus.json

Since the gazetteer compiles it, ``ee-ehak-sample.tsv.gz`` (drawn from the same layer) is a
regression check, no longer an independent measure: its first run is.
"""

from __future__ import annotations

import sys

from extract_baltic_samples import RAW, _area_moments, _inside, ehak_units, write_tsv

HEADER = [
    "code",
    "kind",
    "name",
    "register_name",
    "municipality",
    "municipality_code",
    "county",
    "lon",
    "lat",
]


def _point(polygons: list) -> tuple[float, float]:
    """Return the territory's centroid, or (outside it) the representative point of its largest part."""
    area, mx, my = _area_moments(polygons)
    centre = (mx / area, my / area)
    if _inside(centre, polygons):
        return centre
    import shapely

    parts = [shapely.Polygon(rings[0], rings[1:]) for rings in polygons]
    inner = max(parts, key=lambda p: p.area).representative_point()
    return inner.x, inner.y


def main(source: str) -> None:
    out = []
    for code, _type, kind, name, register_name, municipality, county, polygons, unit in ehak_units(source):
        lon, lat = _point(polygons)
        out.append([code, kind, name, register_name, municipality, unit, county, f"{lon:.5f}", f"{lat:.5f}"])
    out.sort(key=lambda row: row[0])
    write_tsv(RAW / "ee-ehak.tsv.gz", HEADER, out)
    print(f"{RAW / 'ee-ehak.tsv.gz'}: {len(out)} rows")


if __name__ == "__main__":
    main(sys.argv[1])
