"""The geocoder measured on Ukrainian settlements of the official register (KATOTTG), not on its sources.

The reference set is ``scripts/data/raw/ua-katottg-sample.tsv.gz``: 3,000 settlements drawn at
random from KATOTTG, with the queries, the expected raion and the split, committed before the
geocoder first ran on them; its README fixes the scoring rules, restated here. The register has
no points: an answer is **right** when it is a place in the register's raion; a place in another
raion is **other raion, near** when it lies within NEAR_KM of the register's hromada centroid
(most likely the right place filed in the neighbouring raion), else **confident wrong** if it
carries no warning, **wrong under the blanket caveat** if its only warnings are the coverage
caveat every Ukrainian answer carries (and the grid note), else **honest**, as are ambiguous,
not-found and fallback answers. A fallback's circle covers the truth when its unit is the
settlement's hromada, raion, oblast or country. Settlements are **covered** when the gazetteer
has a Ukrainian place of that name (Ukrainian or transliterated, case and apostrophes aside) in
the same oblast: the goal (>= 85% right) is for those.

Poland's villages have no independent set yet (see the README): none is measured here.

First run (2026-12-05, gazetteer ``9abfc9e3209beb92``), recorded in FIRST_RUN; right of covered
settlements (tune / test split): name alone 48.5% / 53.3%, with the raion 68.6% / 70.5%, with the
oblast 62.9% / 68.3%, in Ukrainian with the oblast 67.4% / 71.8%. No confident wrong answer with a
hint; the misses of covered settlements are mostly a same-named village elsewhere in the oblast,
the only one the gazetteer holds, taken under the blanket caveat (oblast hint: 57 / 44), and
ambiguous names; every hinted fallback circle covered the settlement. Without a hint, 9 / 4 names
of uncovered villages were taken, with no warning, as a city of that name ("Lviv", "Poltava") or a
Polish village ("Lendy"). Neither split may fall below these: the counts are of one sample on one
gazetteer, so a gazetteer that covers more settlements re-records them in the commit that says so.
"""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

import pytest

from geomap.geo.geodesy import distance_km
from geomap.places.geocoder import Geocoder

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "scripts" / "data" / "raw"
#: A hromada is up to about 30 km across: a place this near its centroid is in it or next to it.
NEAR_KM = 15.0
#: Warnings that every Ukrainian answer (or every answer on the legacy grid) carries.
BLANKET = frozenset({"coverage", "grid"})
FORMS = ("name alone", "raion hint", "oblast hint", "Ukrainian, oblast hint")


def _tsv(name: str) -> list[dict[str, str]]:
    lines = gzip.decompress((RAW / name).read_bytes()).decode("utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def _key(name: str) -> str:
    return name.casefold().replace("'", "").replace("’", "").replace("ʼ", "")


def _ukraine_in_gazetteer() -> tuple[set[tuple[str, str]], dict[str, str]]:
    """(name key, oblast pcode) of every Ukrainian populated place; oblast pcode -> GeoNames admin1."""
    names: set[tuple[str, str]] = set()
    admin1: dict[str, str] = {}
    path = ROOT / "geomap" / "data" / "gazetteer.tsv.gz"
    for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()[1:]:
        f = line.split("\t")
        if f[7] != "UA" or not f[9]:
            continue
        oblast = f[9][:4]
        admin1.setdefault(oblast, f[8])
        if f[5] == "P":
            names.update((_key(n), oblast) for n in [f[1], *f[2].split("|")] if n)
    return names, admin1


def _queries(row: dict[str, str]) -> dict[str, str]:
    return dict(
        zip(
            FORMS,
            (
                row["name_en"],
                f"{row['name_en']}, {row['raion_en']}",
                f"{row['name_en']}, {row['oblast_en']}",
                f"{row['name_uk']}, {row['oblast_uk']}",
            ),
            strict=True,
        )
    )


def _classify(
    geocoder: Geocoder,
    query: str,
    row: dict[str, str],
    hromada_at: dict[str, tuple[float, float]],
    admin1: dict[str, str],
) -> tuple[str, bool | None]:
    found = geocoder.resolve(query)
    m = found.match
    if m is None:
        return "honest", None
    _, raion, hromada = m.admin_codes
    if found.status == "fallback" or m.precision not in ("place", "place_part"):
        unit = hromada or raion
        if unit:
            covered = row["hromada"].startswith(unit)
        else:
            covered = m.feature_code.startswith("PCL") or m.admin_codes[0] == admin1.get(row["raion"][:4])
        return "honest", covered
    if raion == row["raion"]:
        return "right", None
    centre = hromada_at.get(row["hromada"])
    if centre is not None and distance_km((m.lon, m.lat), centre) <= NEAR_KM:
        return "other raion, near", None
    if not m.warning_codes:
        return "confident wrong", None
    if set(m.warning_codes) <= BLANKET:
        return "wrong under the blanket caveat", None
    return "honest", None


def _measure(geocoder: Geocoder) -> dict[tuple[str, str, str], Counter]:
    """Counts per (split, covered or not, query form); wrong answers under "wrong: <query>"."""
    names, admin1 = _ukraine_in_gazetteer()
    hromada_at = {
        r["code"]: (float(r["lon"]), float(r["lat"]))
        for r in _tsv("ua-raions-hromadas.tsv.gz")
        if r["level"] == "hromada"
    }
    counts: dict[tuple[str, str, str], Counter] = {}
    for row in _tsv("ua-katottg-sample.tsv.gz"):
        oblast = row["raion"][:4]
        covered = (_key(row["name_uk"]), oblast) in names or (_key(row["name_en"]), oblast) in names
        part = "covered" if covered else "not covered"
        for form, query in _queries(row).items():
            verdict, circle = _classify(geocoder, query, row, hromada_at, admin1)
            c = counts.setdefault((row["split"], part, form), Counter())
            c[verdict] += 1
            c["n"] += 1
            if circle is not None:
                c["fallbacks"] += 1
                c["covered"] += circle
            if verdict in ("confident wrong", "wrong under the blanket caveat"):
                c["wrong: " + query] += 1
    return counts


@pytest.fixture(scope="module")
def measured(geocoder: Geocoder) -> dict[tuple[str, str, str], Counter]:
    return _measure(geocoder)


def _report(figures: list[str], counts: dict[tuple[str, str, str], Counter], split: str) -> None:
    for (s, part, form), c in sorted(counts.items()):
        if s != split:
            continue
        cover = f"{c['covered']}/{c['fallbacks']}" if c["fallbacks"] else "no fallbacks"
        figures.append(
            f"UA settlements, KATOTTG ({split} split, {part} by the data), {form}: {c['n']} queries; "
            f"right {c['right'] / c['n']:.1%}, other raion near {c['other raion, near']}, "
            f"confident wrong {c['confident wrong']}, wrong under the blanket caveat "
            f"{c['wrong under the blanket caveat']}, honest failure {c['honest']}; fallback circles cover {cover}"
        )


#: (split, covered or not, form) -> right, queries, confident wrong, wrong under the blanket caveat.
FIRST_RUN = {
    ("test", "covered", "Ukrainian, oblast hint"): (229, 319, 0, 45),
    ("test", "covered", "name alone"): (170, 319, 0, 19),
    ("test", "covered", "oblast hint"): (218, 319, 0, 44),
    ("test", "covered", "raion hint"): (225, 319, 0, 0),
    ("test", "not covered", "Ukrainian, oblast hint"): (0, 1191, 0, 0),
    ("test", "not covered", "name alone"): (0, 1191, 4, 137),
    ("test", "not covered", "oblast hint"): (0, 1191, 0, 0),
    ("test", "not covered", "raion hint"): (0, 1191, 0, 0),
    ("tune", "covered", "Ukrainian, oblast hint"): (225, 334, 0, 54),
    ("tune", "covered", "name alone"): (162, 334, 0, 18),
    ("tune", "covered", "oblast hint"): (210, 334, 0, 57),
    ("tune", "covered", "raion hint"): (229, 334, 0, 0),
    ("tune", "not covered", "Ukrainian, oblast hint"): (0, 1156, 0, 0),
    ("tune", "not covered", "name alone"): (0, 1156, 9, 126),
    ("tune", "not covered", "oblast hint"): (0, 1156, 0, 0),
    ("tune", "not covered", "raion hint"): (0, 1156, 0, 0),
}


@pytest.mark.parametrize("split", ["tune", "test"])
def test_ukrainian_settlements_from_the_official_register(
    measured: dict[tuple[str, str, str], Counter], figures: list[str], split: str
) -> None:
    _report(figures, measured, split)
    mine = {k: c for k, c in measured.items() if k[0] == split}
    wrong = sorted(q[7:] for c in mine.values() for q in c if q.startswith("wrong: "))
    if wrong:
        figures.append(
            f"UA settlements ({split} split), wrong places: {len(wrong)}, e.g. {'; '.join(wrong[:8])}"
        )
    if split == "tune":
        for (_, part, form), c in mine.items():
            if form != "name alone":
                assert c["confident wrong"] == 0, (part, form)
                assert c["covered"] == c["fallbacks"], (part, form)
        assert all(c["wrong under the blanket caveat"] == 0 for k, c in mine.items() if k[2] == "raion hint")
    for key, (right, n, confident, caveat) in FIRST_RUN.items():
        if key[0] != split:
            continue
        c = measured[key]
        assert c["right"] / c["n"] >= right / n, (key, c["right"], c["n"])
        assert c["confident wrong"] <= confident, key
        assert c["wrong under the blanket caveat"] <= caveat, key
