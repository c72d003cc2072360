"""Write the Estonian and Latvian reference samples for the geocoder, from the two countries' registers.

Reference sets for *measuring* the geocoder, never inputs of the gazetteer. Neither source is
OpenStreetMap or GeoNames: both are official registers of the national land boards.

Estonia, ``scripts/data/raw/ee-ehak-sample.tsv.gz``
    EHAK, Estonia's administrative and settlement classification, as the Estonian Land Board
    (Maa-amet) publishes its settlement units (asustusüksused) with their boundaries, state of
    2018-09-01 (after the 2017 municipal reform). Copied to GitHub ``buildig/EHAK``, commit
    ``7cb1eac5464d107ff187729ba381940f0aa03d0b`` (2018-10-01), file ``topojson/asustusyksus.json``
    (sha256 ``d0c2ffe4ada4d29ae9a9c4262ca109276dbbac78cbcd703ff8f04708b46e2152``, checked by the
    script): Maa-amet's ``asustusyksus`` shapefile reprojected to WGS84 and simplified
    (Douglas-Peucker, 5 % of the vertices) by mapshaper, with every attribute kept: ``AKOOD``
    (EHAK code), ``ANIMI`` (name with its generic term, "Aa küla"), ``TYYP`` (3 alev, 4 linn,
    5 vallasisene linn, 6 linnaosa, 7 alevik, 8 küla), ``ONIMI``/``OKOOD`` (municipality),
    ``MNIMI``/``MKOOD`` (county). Licence: the Estonian Land Board's open data licence (of
    2018-07-01: free use, also commercial, derivatives and redistribution allowed, the licensor,
    the data's title and its date to be cited); the repository's README says "the use of
    administrative and settlement units data is not restricted but the reference to the data
    source (i.e. Estonian Land Board) and validity date must be made", and has no licence file of
    its own. Attribute "Estonian Land Board (Maa-amet), EHAK settlement units, 2018-09-01".

    The register has areas, not points: the point written is the area centroid of the unit's
    (simplified) polygon, computed here. Tallinn and Kohtla-Järve are no settlement units of the
    layer (their districts, linnaosad, are); each is written once, with its municipality's EHAK
    code (0784, 0321) and the centroid of its districts together. Districts (TYYP 6) are left out.
    A unit's centroid can lie 1-5 km from its built-up centre (Narva's about 5 km west of it), and
    outside a concave or many-part unit: so for 8 rows of the sample (Kohtla-Järve, whose districts
    lie apart, Paldiski with its islands, and 6 villages); the run prints which.

Latvia, ``scripts/data/raw/lv-vzd-sample.tsv.gz``
    The State Address Register of the State Land Service (Valsts zemes dienests, VZD), its open
    data file ``AW_VIETU_CENTROIDI.CSV`` (centroids of the addressing objects: state cities, towns,
    novadi, pagasti and villages, ciemi; with their register codes, names, parents and points in
    LKS-92 and WGS84, ``DD_N``/``DD_E``), as committed to GitHub ``neworldid/AutenticaExercise``,
    commit ``b320a294dde395b722a41949d097f93fe7715aff`` (2024-04-25), path
    ``AutenticaExercise/wwwroot/data/AW_VIETU_CENTROIDI.CSV`` (sha256
    ``d01e171ba9e241bcff46757db722c8c37db6c0cac03785c6b4e643991faa2824``; 6,929 rows; after the
    2021 reform: 36 novadi, 7 state cities, 74 towns, 6,273 villages; the file has no date, the
    commit is of 2024-04-25). Licence: VZD's open data (data.gov.lv, "Valsts adrešu reģistra
    informācijas sistēmas atvērtie dati"), which VZD publishes "without re-use restrictions",
    free of charge, also for commercial use, under an open licence (vzd.gov.lv/lv/atvertie-dati,
    read 2026-12-08; the data.gov.lv page naming the licence could not be read from here, so the
    attribution is given as CC BY 4.0 asks); the repository states no licence of its
    own. Attribute "State Land Service of Latvia (VZD), State Address Register".

    A register code with several centroids (a unit in several parts: 2 towns and 15 villages) is
    written once, at the mean of its parts.

Both samples: every town of the register (Estonia: linn, vallasisene linn, alev, and Tallinn and
Kohtla-Järve; Latvia: the 7 state cities and the 74 towns) and villages (Estonia: küla and alevik;
Latvia: ciems) drawn at random with seed 20261208, up to 600 rows. Columns:

``id``
    the register's code (EHAK ``AKOOD``, or ``OKOOD`` for Tallinn and Kohtla-Järve; VZD ``KODS``);
``split``
    ``tune`` if ``int(sha256(id).hexdigest(), 16)`` is even, else ``test``;
``kind``
    ``city`` (Latvia's state cities), ``town`` (linn, vallasisene linn; pilsēta), ``small town``
    (alev, alevik), ``village`` (küla; ciems);
``name``
    the name without its generic term ("Aa küla" -> "Aa", "Kolgaküla" stays), as the place-name
    register and addresses write it; Latvian names as the register writes them;
``municipality``
    Estonia: the municipality as EHAK names it ("Lüganuse vald", "Tartu linn"); Latvia: the
    village's pagasts as VZD names it ("Šķaunes pag."), empty for towns and cities;
``county``
    Estonia: the maakond in English ("Ida-Viru County"); Latvia: the novads as VZD names it
    ("Krāslavas nov."), for a state city the city itself (it belongs to no novads). The source
    gives no historical region;
``lon``, ``lat``
    5 decimals;
``namesakes``
    how many settlements of the whole register (all of the kinds above, not only the sample) bear
    the same ``name``, 1 = unique;
``register_name``
    the name exactly as the register writes it (Estonia with its generic term, "Aa küla").

Run by hand, once, on the two files taken out of the repositories' commits above (the script
checks their sha256 and downloads nothing)::

    git -C buildig+EHAK show 7cb1eac5464d107ff187729ba381940f0aa03d0b:topojson/asustusyksus.json > asustusyksus.json
    git -C neworldid+AutenticaExercise show b320a294dde395b722a41949d097f93fe7715aff:AutenticaExercise/wwwroot/data/AW_VIETU_CENTROIDI.CSV > AW_VIETU_CENTROIDI.CSV
    python scripts/data/extract_baltic_samples.py asustusyksus.json AW_VIETU_CENTROIDI.CSV

Written 2026-12-07, before the geocoder first ran on either sample.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

RAW = Path(__file__).resolve().parent / "raw"
SEED = 20261208
SIZE = 600
EE_SHA256 = "d0c2ffe4ada4d29ae9a9c4262ca109276dbbac78cbcd703ff8f04708b46e2152"
LV_SHA256 = "d01e171ba9e241bcff46757db722c8c37db6c0cac03785c6b4e643991faa2824"
HEADER = ["id", "split", "kind", "name", "municipality", "county", "lon", "lat", "namesakes", "register_name"]

#: EHAK settlement types (TYYP) kept, with the kind written and the generic term stripped from the name.
EE_TYPES = {
    "4": ("town", " linn"),  # linn: a town that is a municipality
    "5": ("town", " linn"),  # vallasisene linn: a town inside a rural municipality
    "3": ("small town", " alev"),  # alev, borough
    "7": ("small town", " alevik"),  # alevik, small borough
    "8": ("village", " küla"),  # küla
}
EE_TOWNS = ("4", "5", "3")  # every one written; alevik and küla are drawn
#: Cities whose settlement units are districts (linnaosad, TYYP 6): written once, as the municipality.
EE_DISTRICT_CITIES = {"0784": "Tallinn", "0321": "Kohtla-Järve"}


def split_of(code: str) -> str:
    return "tune" if int(hashlib.sha256(code.encode()).hexdigest(), 16) % 2 == 0 else "test"


def check(path: str, sha256: str) -> bytes:
    data = Path(path).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != sha256:
        sys.exit(f"{path}: sha256 {digest}, expected {sha256}")
    return data


def write(path: Path, rows: list[list[str]]) -> None:
    rows = sorted(rows, key=lambda r: int(r[0]))
    write_tsv(path, HEADER, rows)
    kinds = Counter((r[2], r[1]) for r in rows)
    print(f"{path}: {len(rows)} rows; " + ", ".join(f"{k} {s}: {n}" for (k, s), n in sorted(kinds.items())))


def _row(
    code: str,
    kind: str,
    name: str,
    municipality: str,
    county: str,
    lon: float,
    lat: float,
    namesakes: int,
    register_name: str,
) -> list[str]:
    """Return a sample's row in HEADER's order."""
    return [
        code,
        split_of(code),
        kind,
        name,
        municipality,
        county,
        f"{lon:.5f}",
        f"{lat:.5f}",
        str(namesakes),
        register_name,
    ]


def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    """Write rows under their header as gzipped TSV with no timestamp (a rerun gives the same bytes)."""
    text = "\n".join("\t".join(r) for r in [header, *rows]) + "\n"
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", fileobj=buf, mode="wb", compresslevel=9, mtime=0) as f:
        f.write(text.encode("utf-8"))
    path.write_bytes(buf.getvalue())


def draw(towns: list, pool: list, key) -> list:
    pool = sorted(pool, key=key)
    return towns + random.Random(SEED).sample(pool, SIZE - len(towns))


# --- Estonia ---------------------------------------------------------------------------------


def _arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Decode the topology's quantized, delta-encoded arcs to longitude and latitude."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(arcs: list, indices: list[int]) -> list[tuple[float, float]]:
    ring: list[tuple[float, float]] = []
    for i in indices:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(points if not ring else points[1:])
    return ring


def _moments(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Signed area and first moments of a ring (shoelace), in degrees (a local plane is enough)."""
    a = mx = my = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        c = x0 * y1 - x1 * y0
        a += c
        mx += (x0 + x1) * c
        my += (y0 + y1) * c
    return a / 2, mx / 6, my / 6


def _polygons(arcs: list, geometry: dict) -> list[list[list[tuple[float, float]]]]:
    if geometry["type"] == "Polygon":
        return [[_ring(arcs, r) for r in geometry["arcs"]]]
    return [[_ring(arcs, r) for r in p] for p in geometry["arcs"]]


def _area_moments(polygons: list) -> tuple[float, float, float]:
    """Area and moments of polygons, outer ring counted positive and holes negative."""
    area = mx = my = 0.0
    for rings in polygons:
        for n, ring in enumerate(rings):
            a, x, y = _moments(ring)
            sign = (1 if n == 0 else -1) * (1 if a > 0 else -1)
            area, mx, my = area + sign * a, mx + sign * x, my + sign * y
    return area, mx, my


def _inside(point: tuple[float, float], polygons: list) -> bool:
    px, py = point
    inside = False
    for rings in polygons:
        for ring in rings:
            for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
                if (y0 > py) != (y1 > py) and px < x0 + (py - y0) * (x1 - x0) / (y1 - y0):
                    inside = not inside
    return inside


def ehak_units(source: str) -> list[tuple]:
    """Read EHAK's settlement units, each with its municipality and county, and its territory's polygons.

    Tuples of (code, type, kind, name, register name, municipality, county, polygons, municipality's
    code). Tallinn and Kohtla-Järve, whose units are their districts, once each, as their municipality.
    """
    topology = json.loads(check(source, EE_SHA256))
    arcs = _arcs(topology)
    units = []  # (code, type, kind, name, register name, municipality, county, polygons)
    districts: dict[str, list] = defaultdict(list)
    for g in topology["objects"]["asustusyksus"]["geometries"]:
        p = g["properties"]
        county = p["MNIMI"].removesuffix(" maakond") + " County"
        if p["TYYP"] == "6":
            districts[p["OKOOD"]].append((p["ONIMI"], county, _polygons(arcs, g)))
            continue
        kind, term = EE_TYPES[p["TYYP"]]
        name = p["ANIMI"].removesuffix(term)
        units.append(
            (
                p["AKOOD"],
                p["TYYP"],
                kind,
                name,
                p["ANIMI"],
                p["ONIMI"],
                county,
                _polygons(arcs, g),
                p["OKOOD"],
            )
        )
    for code, parts in sorted(districts.items()):
        ((municipality, county),) = {(m, c) for m, c, _ in parts}
        polygons = [poly for _, _, polys in parts for poly in polys]
        units.append(
            (code, "4", "town", EE_DISTRICT_CITIES[code], municipality, municipality, county, polygons, code)
        )
    return units


def estonia(source: str) -> None:
    units = ehak_units(source)
    namesakes = Counter(u[3] for u in units)
    towns = [u for u in units if u[1] in EE_TOWNS]
    chosen = draw(towns, [u for u in units if u[1] not in EE_TOWNS], key=lambda u: int(u[0]))
    rows, outside = [], []
    for code, _, kind, name, register_name, municipality, county, polygons, _ in chosen:
        area, mx, my = _area_moments(polygons)
        lon, lat = mx / area, my / area
        if not _inside((lon, lat), polygons):
            outside.append(register_name)
        rows.append(_row(code, kind, name, municipality, county, lon, lat, namesakes[name], register_name))
    write(RAW / "ee-ehak-sample.tsv.gz", rows)
    print(
        f"  {len(units)} settlements in the register; {len(outside)} sampled centroids outside their own polygon: "
        + ", ".join(outside)
    )


# --- Latvia ----------------------------------------------------------------------------------


def vzd_parts(source: str) -> dict[str, list[dict[str, str]]]:
    """Read VZD's centroid file: its records by register code (a unit in several parts has several)."""
    text = check(source, LV_SHA256).decode("utf-8-sig")
    # VZD quotes every field with "#"; a field holding a double quote is also quoted with "…".
    rows = [
        [field.strip("#") for field in r] for r in csv.reader(io.StringIO(text), delimiter=";", quotechar='"')
    ]
    header, rows = rows[0], rows[1:]
    parts: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        record = dict(zip(header, r, strict=True))
        parts[record["KODS"]].append(record)
    return parts


def latvia(source: str) -> None:
    parts = vzd_parts(source)
    names = {code: p[0]["NOSAUKUMS"] for code, p in parts.items()}
    parent = {code: p[0]["VKUR_CD"] for code, p in parts.items()}
    units = []  # (code, kind, name, municipality, county, lon, lat)
    for code, p in parts.items():
        r = p[0]
        lat = sum(float(x["DD_N"]) for x in p) / len(p)
        lon = sum(float(x["DD_E"]) for x in p) / len(p)
        if r["TIPS_CD"] == "104" and r["VKUR_TIPS"] == "101":  # a state city: belongs to no novads
            units.append((code, "city", r["NOSAUKUMS"], "", r["NOSAUKUMS"], lon, lat))
        elif r["TIPS_CD"] == "104":
            units.append((code, "town", r["NOSAUKUMS"], "", names[r["VKUR_CD"]], lon, lat))
        elif r["TIPS_CD"] == "106":
            assert r["VKUR_TIPS"] == "105", r
            pagasts = r["VKUR_CD"]
            units.append((code, "village", r["NOSAUKUMS"], names[pagasts], names[parent[pagasts]], lon, lat))
    namesakes = Counter(u[2] for u in units)
    towns = [u for u in units if u[1] != "village"]
    chosen = draw(towns, [u for u in units if u[1] == "village"], key=lambda u: int(u[0]))
    out = [
        _row(code, kind, name, municipality, county, lon, lat, namesakes[name], name)
        for code, kind, name, municipality, county, lon, lat in chosen
    ]
    write(RAW / "lv-vzd-sample.tsv.gz", out)
    multi = sum(1 for u in chosen if len(parts[u[0]]) > 1)
    print(f"  {len(units)} settlements in the register; {multi} sampled at the mean of several centroids")


def main(ee_source: str, lv_source: str) -> None:
    estonia(ee_source)
    latvia(lv_source)


if __name__ == "__main__":
    main(*sys.argv[1:3])
