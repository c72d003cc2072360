"""Draw the OpenStreetMap reference samples of tests/places/test_independent_osm.py.

Two public extracts of OpenStreetMap's settlement points (place=city/town/village/hamlet), neither
GeoNames, nor PRNG, nor KATOTTG, nor derived from them (OpenStreetMap's points are its mappers'):

- Ukraine: ``data/spatial/ua_settlements_with_regions.csv`` of GitHub ``nuclearfall/sitrepc2``
  (OSM id, place, Latin name, Ukrainian name, point, and the oblast from a spatial join with
  OpenStreetMap's admin polygons);
- Belarus: ``notebooks/output_data/csv_final_settlements.csv`` of GitHub
  ``by-ali/healthcare_access`` (the Humanitarian OpenStreetMap Team's export of Belarus's populated
  places: OSM id, place, Belarusian, Russian and Latin names, voblast and raion, point);
- Lithuania: ``Europe/lithuania.sqlite.zip`` of GitHub ``ObiWanLansi/GeoData`` (OpenStreetMap's
  named nodes of Geofabrik's Lithuania extract of 2019-09-11: node id, name, English name, tag and
  value, point). Geofabrik's extract reaches over the border, so a point is kept only inside
  Lithuania by Natural Earth and at least BORDER_KM from its border (Natural Earth's line is about
  1 km off); its county is the Natural Earth admin-1 unit it lies in (geomap's packaged boundaries).

Run by hand, once, with the two files taken from the repositories at the commits named in
``scripts/data/raw/README.md``::

    python scripts/data/extract_osm_samples.py ua_settlements_with_regions.csv csv_final_settlements.csv lithuania.sqlite.zip

It writes ``scripts/data/raw/ua-osm-settlements.tsv.gz``, ``scripts/data/raw/by-osm-settlements.tsv.gz``
and ``scripts/data/raw/lt-osm-settlements.tsv.gz``:
a random sample (fixed seed) with only the columns the test uses, points to 5 decimals (1 m), and
the split (``tune`` where the SHA-256 of the OSM id, read as a number, is even). Standard library
only, but for Lithuania's border test (shapely, on geomap's own boundaries); gzip without a
timestamp, so a rerun gives the same bytes.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import random
import re
import sys
from pathlib import Path

RAW = Path(__file__).resolve().parent / "raw"
SEED = 20261205
UA_SIZE = 3000
BY_VILLAGES = 2300  # and every town and city of the extract
LT_VILLAGES = 1500  # and every town and city of the extract
#: Natural Earth's border is about 1 km off: a point nearer it than this may lie on the other side.
BORDER_KM = 2.0
SETTLEMENTS = ("city", "town", "village", "hamlet")

# The extract names oblasts in English; a journalist writing in Ukrainian writes these.
UA_OBLAST_UK = {
    "Autonomous Republic of Crimea": "Автономна Республіка Крим",
    "Cherkasy Oblast": "Черкаська область",
    "Chernihiv Oblast": "Чернігівська область",
    "Chernivtsi Oblast": "Чернівецька область",
    "Dnipropetrovsk Oblast": "Дніпропетровська область",
    "Donetsk Oblast": "Донецька область",
    "Ivano-Frankivsk Oblast": "Івано-Франківська область",
    "Kharkiv Oblast": "Харківська область",
    "Kherson Oblast": "Херсонська область",
    "Khmelnytskyi Oblast": "Хмельницька область",
    "Kirovohrad Oblast": "Кіровоградська область",
    "Kyiv": "Київ",
    "Kyiv Oblast": "Київська область",
    "Luhansk Oblast": "Луганська область",
    "Lviv Oblast": "Львівська область",
    "Mykolaiv Oblast": "Миколаївська область",
    "Odesa Oblast": "Одеська область",
    "Poltava Oblast": "Полтавська область",
    "Rivne Oblast": "Рівненська область",
    "Sevastopol": "Севастополь",
    "Sumy Oblast": "Сумська область",
    "Ternopil Oblast": "Тернопільська область",
    "Vinnytsia Oblast": "Вінницька область",
    "Volyn Oblast": "Волинська область",
    "Zakarpattia Oblast": "Закарпатська область",
    "Zaporizhia Oblast": "Запорізька область",
    "Zhytomyr Oblast": "Житомирська область",
}
# The Belarusian extract names voblasts in English (the city of Minsk, 2 rows, is left out).
BY_VOBLAST_RU = {
    "Brest": "Брестская область",
    "Gomel": "Гомельская область",
    "Grodno": "Гродненская область",
    "Minsk": "Минская область",
    "Mogilev": "Могилёвская область",
    "Vitebsk": "Витебская область",
}


def split_of(osm_id: str) -> str:
    return "tune" if int(hashlib.sha256(osm_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    text = "\n".join("\t".join(r) for r in [header, *rows]) + "\n"
    path.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{path}: {len(rows)} rows")


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def ukraine(source: str) -> None:
    with open(source, encoding="utf-8", newline="") as f:
        rows = [
            r
            for r in csv.DictReader(f)
            if r["place"] in SETTLEMENTS and r["name"].strip() and r["name:uk"].strip() and r["region:name"]
        ]
    rows.sort(key=lambda r: (r["osm_type"], int(r["osm_id"])))
    sample = sorted(
        random.Random(SEED).sample(rows, UA_SIZE), key=lambda r: (r["osm_type"], int(r["osm_id"]))
    )
    header = ["id", "split", "place", "name_uk", "name_en", "oblast_en", "oblast_uk", "lon", "lat"]
    out = []
    for r in sample:
        osm_id = f"{r['osm_type']}/{r['osm_id']}"
        out.append(
            [
                osm_id,
                split_of(osm_id),
                r["place"],
                _clean(r["name:uk"]),
                _clean(r["name"]),
                r["region:name"],
                UA_OBLAST_UK[r["region:name"]],
                f"{float(r['lon']):.5f}",
                f"{float(r['lat']):.5f}",
            ]
        )
    _write(RAW / "ua-osm-settlements.tsv.gz", header, out)


def belarus(source: str) -> None:
    with open(source, encoding="utf-8", newline="") as f:
        rows = [
            r
            for r in csv.DictReader(f)
            if r["place"] in SETTLEMENTS
            and r["adm1_name"] in BY_VOBLAST_RU
            and r["adm2_name"]
            and r["name_latin"].strip()
            and r["name_ru"].strip()
        ]
    rows.sort(key=lambda r: int(r["id"].removeprefix("node/")))
    towns = [r for r in rows if r["place"] in ("city", "town")]
    villages = [r for r in rows if r["place"] in ("village", "hamlet")]
    sample = towns + random.Random(SEED).sample(villages, BY_VILLAGES)
    sample.sort(key=lambda r: int(r["id"].removeprefix("node/")))
    header = [
        "id",
        "split",
        "place",
        "name_latin",
        "name_ru",
        "name_be",
        "voblast",
        "voblast_ru",
        "raion",
        "lon",
        "lat",
    ]
    out = []
    for r in sample:
        lon, lat = re.fullmatch(r"POINT \(([-0-9.]+) ([-0-9.]+)\)", r["geometry"]).groups()  # type: ignore[union-attr]
        out.append(
            [
                r["id"],
                split_of(r["id"]),
                r["place"],
                _clean(r["name_latin"]),
                _clean(r["name_ru"]),
                _clean(r["name_be"]),
                r["adm1_name"],
                BY_VOBLAST_RU[r["adm1_name"]],
                r["adm2_name"],
                f"{float(lon):.5f}",
                f"{float(lat):.5f}",
            ]
        )
    _write(RAW / "by-osm-settlements.tsv.gz", header, out)


def _lithuania_shapes() -> tuple[object, list[tuple[str, object]]]:
    """Return Lithuania's polygon and its counties (name, polygon), from geomap's packaged Natural Earth data."""
    from geomap.geo import areas

    countries, units = areas.countries(), areas.admin1()
    country = next(g for p, g in zip(countries.props, countries.geoms, strict=True) if p["iso_a2"] == "LT")
    counties = [
        (p["name_en"], g) for p, g in zip(units.props, units.geoms, strict=True) if p["iso_a2"] == "LT"
    ]
    return country, counties


def settlement_nodes(
    source: str, member: str = "lithuania.sqlite"
) -> list[tuple[int, str, str, str | None, float, float]]:
    """Return the named settlement nodes of a zipped SQLite extract: id, place, name, English name, lon, lat.

    Lithuania's by default; ``member`` names another country's database in its zip (``moldova.sqlite``).
    """
    import sqlite3
    import tempfile
    import zipfile

    with zipfile.ZipFile(source) as z, tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / member
        db.write_bytes(z.read(member))
        with sqlite3.connect(db) as con:
            return con.execute(
                "SELECT ID, VALUE, NAME, NAME_EN, LON, LAT FROM NODE WHERE TAG = 'place' "
                "AND VALUE IN (?, ?, ?, ?) AND NAME IS NOT NULL AND NAME != '' ORDER BY ID",
                SETTLEMENTS,
            ).fetchall()


def lithuania(source: str) -> None:
    from shapely import Point

    rows = [(i, place, name, lon, lat) for i, place, name, _, lon, lat in settlement_nodes(source)]
    country, counties = _lithuania_shapes()
    inner = country.buffer(-BORDER_KM / 111.0)  # degrees of latitude; longitude's are shorter: stricter
    kept = []
    for osm_id, place, name, lon, lat in rows:
        point = Point(lon, lat)
        if not inner.contains(point):
            continue
        county = next((n for n, shape in counties if shape.contains(point)), None)
        if county is not None:
            kept.append((f"node/{osm_id}", place, _clean(name), county, lon, lat))
    towns = [r for r in kept if r[1] in ("city", "town")]
    villages = [r for r in kept if r[1] in ("village", "hamlet")]
    sample = sorted(towns + random.Random(SEED).sample(villages, LT_VILLAGES), key=lambda r: int(r[0][5:]))
    header = ["id", "split", "place", "name", "county", "lon", "lat"]
    out = [[i, split_of(i), p, n, c, f"{lon:.5f}", f"{lat:.5f}"] for i, p, n, c, lon, lat in sample]
    _write(RAW / "lt-osm-settlements.tsv.gz", header, out)


if __name__ == "__main__":
    ukraine(sys.argv[1])
    belarus(sys.argv[2])
    lithuania(sys.argv[3])
