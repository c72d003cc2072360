"""Draw the OpenStreetMap reference samples of tests/places/test_independent_osm.py.

Two public extracts of OpenStreetMap's settlement points (place=city/town/village/hamlet), neither
GeoNames, nor PRNG, nor KATOTTG, nor derived from them (OpenStreetMap's points are its mappers'):

- Ukraine: ``data/spatial/ua_settlements_with_regions.csv`` of GitHub ``nuclearfall/sitrepc2``
  (OSM id, place, Latin name, Ukrainian name, point, and the oblast from a spatial join with
  OpenStreetMap's admin polygons);
- Belarus: ``notebooks/output_data/csv_final_settlements.csv`` of GitHub
  ``by-ali/healthcare_access`` (the Humanitarian OpenStreetMap Team's export of Belarus's populated
  places: OSM id, place, Belarusian, Russian and Latin names, voblast and raion, point).

Run by hand, once, with the two files taken from the repositories at the commits named in
``scripts/data/raw/README.md``::

    python scripts/data/extract_osm_samples.py ua_settlements_with_regions.csv csv_final_settlements.csv

It writes ``scripts/data/raw/ua-osm-settlements.tsv.gz`` and ``scripts/data/raw/by-osm-settlements.tsv.gz``:
a random sample (fixed seed) with only the columns the test uses, points to 5 decimals (1 m), and
the split (``tune`` where the SHA-256 of the OSM id, read as a number, is even). Standard library
only; gzip without a timestamp, so a rerun gives the same bytes.
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


if __name__ == "__main__":
    ukraine(sys.argv[1])
    belarus(sys.argv[2])
