"""Write the OpenStreetMap settlement points the gazetteer compiles for Ukraine, Belarus, Lithuania, Moldova, Latvia and Estonia.

The same three public extracts as ``extract_osm_samples.py`` (see there and
``scripts/data/raw/README.md`` for their repositories and commits), whole, with only the columns
``build_gazetteer.py`` reads:

- ``ua-osm-places.tsv.gz``: every city, town, village and hamlet with a Ukrainian name (OSM id,
  ``place``, ``name:uk``, Latin ``name``, point). It gives points to the settlements of Ukraine's
  register (KATOTTG), which names them but has none;
- ``by-osm-places.tsv.gz``: every Belarusian one with a Latin and a Russian name (OSM id, ``place``,
  Latin, Russian and Belarusian names, the export's raion code (``adm2_pcode``), point);
- ``lt-osm-places.tsv.gz``: every named Lithuanian one of the extract's box (OSM id, ``place``,
  name, English name, point); the gazetteer keeps those inside Lithuania;
- ``md-osm-places.tsv.gz``, ``lv-osm-places.tsv.gz``, ``ee-osm-places.tsv.gz``: the same of the
  Moldovan, Latvian and Estonian extracts (the same repository's ``Europe/moldova.sqlite.zip``,
  ``latvia.sqlite.zip``, ``estonia.sqlite.zip``); the gazetteer keeps those inside each country.

Run by hand, once::

    python scripts/data/extract_osm_places.py ua_settlements_with_regions.csv csv_final_settlements.csv \
        lithuania.sqlite.zip moldova.sqlite.zip latvia.sqlite.zip estonia.sqlite.zip

Points to 5 decimals (1 m), rows in OSM id order, gzip without a timestamp: a rerun gives the same
bytes. OpenStreetMap data, ODbL 1.0, "© OpenStreetMap contributors".
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from extract_osm_samples import RAW, SETTLEMENTS, _clean, _write, settlement_nodes


def _node_number(osm_id: str) -> tuple[str, int]:
    kind, number = osm_id.split("/")
    return kind, int(number)


def ukraine(source: str) -> None:
    with open(source, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["place"] in SETTLEMENTS and r["name:uk"].strip()]
    out = []
    for r in rows:
        names = [_clean(r["name:uk"]), _clean(r["name"])]
        out.append(
            [
                f"{r['osm_type']}/{r['osm_id']}",
                r["place"],
                *names,
                f"{float(r['lon']):.5f}",
                f"{float(r['lat']):.5f}",
            ]
        )
    out.sort(key=lambda r: _node_number(r[0]))
    _write(RAW / "ua-osm-places.tsv.gz", ["id", "place", "name_uk", "name_en", "lon", "lat"], out)


def belarus(source: str) -> None:
    with open(source, encoding="utf-8", newline="") as f:
        rows = [
            r
            for r in csv.DictReader(f)
            if r["place"] in SETTLEMENTS and r["name_latin"].strip() and r["name_ru"].strip()
        ]
    out = []
    for r in rows:
        lon, lat = re.fullmatch(r"POINT \(([-0-9.]+) ([-0-9.]+)\)", r["geometry"]).groups()  # type: ignore[union-attr]
        names = [_clean(r[k]) for k in ("name_latin", "name_ru", "name_be")]
        out.append([r["id"], r["place"], *names, r["adm2_pcode"], f"{float(lon):.5f}", f"{float(lat):.5f}"])
    out.sort(key=lambda r: _node_number(r[0]))
    header = ["id", "place", "name_latin", "name_ru", "name_be", "raion_pcode", "lon", "lat"]
    _write(RAW / "by-osm-places.tsv.gz", header, out)


def lithuania(source: str) -> None:
    rows = settlement_nodes(source)
    out = [
        [f"node/{i}", place, _clean(name), _clean(en or ""), f"{lon:.5f}", f"{lat:.5f}"]
        for i, place, name, en, lon, lat in rows
    ]
    _write(RAW / "lt-osm-places.tsv.gz", ["id", "place", "name", "name_en", "lon", "lat"], out)


def named_nodes(source: str, country: str, cc: str) -> None:
    """Every named settlement node of a country's extract's box (the gazetteer keeps those inside the country).

    ``country``: the database's name in its zip ("moldova", "latvia", "estonia"); ``cc``: the
    file's prefix.
    """
    rows = settlement_nodes(source, f"{country}.sqlite")
    out = [
        [f"node/{i}", place, _clean(name), _clean(en or ""), f"{lon:.5f}", f"{lat:.5f}"]
        for i, place, name, en, lon, lat in rows
    ]
    _write(RAW / f"{cc}-osm-places.tsv.gz", ["id", "place", "name", "name_en", "lon", "lat"], out)


if __name__ == "__main__":
    ukraine(sys.argv[1])
    belarus(sys.argv[2])
    lithuania(sys.argv[3])
    # (then any of Geofabrik's extracts of the same repository, by its file: "moldova.sqlite.zip")
    for path in sys.argv[4:]:
        country = Path(path).name.removesuffix(".sqlite.zip")
        named_nodes(path, country, {"moldova": "md", "latvia": "lv", "estonia": "ee"}[country])
