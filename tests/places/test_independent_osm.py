"""The geocoder measured on OpenStreetMap's settlement points in Ukraine, Belarus and Lithuania.

The reference sets are ``scripts/data/raw/ua-osm-settlements.tsv.gz`` (3,000 Ukrainian cities,
towns, villages and hamlets), ``scripts/data/raw/by-osm-settlements.tsv.gz`` (every Belarusian
town and city of the extract, and 2,300 villages and hamlets) and
``scripts/data/raw/lt-osm-settlements.tsv.gz`` (every Lithuanian city and town of its extract
away from the border, and 1,500 villages and hamlets): points placed by OpenStreetMap's
mappers, neither GeoNames, nor PRNG, nor KATOTTG, nor derived from them. Their README fixes the
source, the queries and these rules; both were committed before the geocoder first ran on them.

Each query is scored by where its answer lies from the reference point:

- **right**: a place (precision ``place`` or ``place_part``) within RIGHT_KM of the point;
- **located right**: a fallback (an admin unit, or a settlement drawn at its hromada) whose circle,
  ``uncertainty_km`` around the answer's point, holds the reference point; else **fallback misses**;
- **confident wrong**: a place farther than RIGHT_KM with no warning at all;
- **warned wrong**: a place farther than RIGHT_KM with a warning; counted apart when its only
  warnings are the blanket ``coverage`` or ``grid`` caveats (**blanket only**), which a reader
  sees on every answer of the country and so cannot tell from a right one;
- **ambiguous** and **not found**: honest failures.

Rows whose SHA-256 of the OSM id is even are the **tune** split (may be looked at while changing
the geocoder), the others the **test** split (reported, never tuned on). Figures are printed per
country, split, kind of settlement (towns: city or town; villages: village or hamlet) and query form.

First run (2026-12-05, test split; tune split in the test's output). Ukraine, 67 towns: right
55.2% by name alone, 73.1% with the oblast (Latin or Ukrainian), plus 9.0-14.9% located right;
no confident wrong. Ukraine, 1,452 villages: with the oblast right 11.1% and located right 51.5%
(the register's settlements have no point of their own: their hromada's circle), ambiguous 25%,
circles missing the point 11%; by name alone ambiguous 51%; confident wrong 4 (Latin, alone), 4
(with the oblast), 8 (Ukrainian, alone), 4 (Ukrainian with the oblast): villages OpenStreetMap
names in Russian (Crimea above all), taken for a namesake elsewhere through a GeoNames alternate.
Belarus, 102 towns: right 72.5% by name alone (23 not found), 75.5% with the voblast and 89.2% in
Russian with it, the rest located right; raion hints not understood (94 not found); 1 confident
wrong. Belarus, 1,133 villages (not in the gazetteer): located right 86.8% with the voblast;
by name alone 1,044 not found and 21 confident wrong (a Polish or Ukrainian namesake).

Then, looking at the tune split only: a village found only by another of its names, or a
Ukrainian place the register does not know by that name, warns (``alternate``); a name alone that
may be a village of a towns-only country warns (``unhinted``); hromada circles grew from 0.7 to 0.9
mean neighbour distances and towns-only admin-1 circles to 90% of their polygon. Test split after:
confident wrong 2 in all (Ust-Putyla, 6 km from OpenStreetMap's point), Ukrainian villages with
the oblast right or located right 69.8%, circles holding the point in 93% of their fallbacks,
Belarusian villages with the voblast located right 91.4%. Then Belarus's raions (GeoNames'
admin-2 table, at their centre towns; circle reach 1.0, chosen on the tune split where 0.9 held
88% of raion fallbacks): test split with a raion hint, towns right 53.9% (was 5.9%) and located
right 24.5%, villages located right 73.0% (was 7.6%), circles holding the point in 90% of
fallbacks, confident wrong 0. Then raions spelled another way (a unique consonant skeleton, after
a raion's word, towns-only countries only; 285 tune-split raion queries not found fell to 65):
test split towns right 67.6% and located right 29.4%, villages located right 85.7%, 65 not found,
circles holding the point in 92%, confident wrong 0. Then the raions GeoNames lists twice (the
cities of Barysaw, Mahilyow and Kirawsk as units of their own, Maladzyechna's raion under two
names: a hint naming them was ambiguous, so not found) and raions written without an apostrophe
("Lelchitsy"); on the tune split, villages' raion queries not found fell from 78 to 19: test split
villages with a raion hint located right 91.4% (was 85.7%), 9 not found (was 65), circles holding
the point in 93% of fallbacks, confident wrong 0; towns unchanged.

Lithuania, first run (2026-12-06, gazetteer ``5f2f738``, towns-only there: GeoNames' places of
500+ people), test split: 170 towns right 35.3% by name alone, with the country and without
diacritics alike (108-109 not found), with the county right 34.7% and located right 57.6% (the
county's circle misses 13); 739 villages with the county located right 93.0%, not found
otherwise; confident wrong 0 in every form.

**Since 2026-12-06 these sets are no longer independent of the gazetteer, only regression checks.**
The gazetteer now compiles the three extracts they were drawn from (``scripts/data/raw/*-osm-places``):
Ukraine's register settlements take OpenStreetMap's points, and Belarus's and Lithuania's villages
are OpenStreetMap's. The figures above are the independent ones; the figures this module prints
now measure the joins and the geocoder's decisions (namesakes, hints) on data it holds. The join
of Ukraine's points was checked against an independent source instead: of the 4,520 register
settlements both GeoNames and OpenStreetMap place, 4,510 lie within 5 km of each other
(``scripts/data/build_gazetteer.py`` prints it). FLOORS keeps the figures of the run after the
change as floors and ceilings.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

import pytest
from common import raw_tsv

from geomap.geo.geodesy import distance_km
from geomap.places.geocoder import Geocoder

#: Two sources put a village's point up to 1-2 km apart (centre, church, crossroads) and a city's
#: up to 3-4 km; same-named settlements are rarely closer than 10 km. So 5 km (as for the Polish towns).
RIGHT_KM = 5.0
#: Caveats that every answer of a country (or every legacy-grid point) carries.
BLANKET = frozenset({"coverage", "grid"})
VERDICTS = (
    "right",
    "located right",
    "fallback misses",
    "confident wrong",
    "warned wrong",
    "blanket only",
    "ambiguous",
    "not found",
)


def _queries_ua(row: dict[str, str]) -> dict[str, str]:
    """As a journalist writes a Ukrainian settlement: Latin or Ukrainian, alone or with its oblast."""
    return {
        "name alone": row["name_en"],
        "oblast hint": f"{row['name_en']}, {row['oblast_en']}",
        "Ukrainian, name alone": row["name_uk"],
        "Ukrainian, oblast hint": f"{row['name_uk']}, {row['oblast_uk']}",
    }


def _queries_by(row: dict[str, str]) -> dict[str, str]:
    """As a journalist writes a Belarusian settlement: Latin alone, with voblast or raion; Russian with voblast."""
    return {
        "name alone": row["name_latin"],
        "voblast hint": f"{row['name_latin']}, {row['voblast']} Region",
        "raion hint": f"{row['name_latin']}, {row['raion']} District",
        "Russian, voblast hint": f"{row['name_ru']}, {row['voblast_ru']}",
    }


def _queries_lt(row: dict[str, str]) -> dict[str, str]:
    """As a journalist writes a Lithuanian settlement: alone, with its county or the country, and without diacritics."""
    bare = unicodedata.normalize("NFKD", row["name"]).encode("ascii", "ignore").decode()
    return {
        "name alone": row["name"],
        "county hint": f"{row['name']}, {row['county']} County",
        "country hint": f"{row['name']}, Lithuania",
        "no diacritics, country hint": f"{bare}, Lithuania",
    }


def _classify(
    geocoder: Geocoder, query: str, lon: float, lat: float, *, right_km: float = RIGHT_KM
) -> tuple[str, float, str]:
    """The verdict, the answer's distance from the reference point (km), and the answer's name."""
    found = geocoder.resolve(query)
    m = found.match
    if m is None:
        return ("ambiguous" if found.status == "ambiguous" else "not found"), 0.0, ""
    km = distance_km((m.lon, m.lat), (lon, lat))
    if found.status == "fallback" or m.precision not in ("place", "place_part"):
        return ("located right" if km <= m.uncertainty_km else "fallback misses"), km, m.name
    if km <= right_km:
        return "right", km, m.name
    if not m.warning_codes:
        return "confident wrong", km, m.name
    if set(m.warning_codes) <= BLANKET:
        return "blanket only", km, m.name
    return "warned wrong", km, m.name


Key = tuple[str, str, str, str]  # country, split, kind, form


def _measure(geocoder: Geocoder) -> tuple[dict[Key, Counter], dict[tuple[str, str], list]]:
    counts: dict[Key, Counter] = {}
    wrong: dict[tuple[str, str], list] = {}
    for country, name, queries in (
        ("UA", "ua-osm-settlements.tsv.gz", _queries_ua),
        ("BY", "by-osm-settlements.tsv.gz", _queries_by),
        ("LT", "lt-osm-settlements.tsv.gz", _queries_lt),
    ):
        for row in raw_tsv(name):
            kind = "towns" if row["place"] in ("city", "town") else "villages"
            lon, lat = float(row["lon"]), float(row["lat"])
            for form, query in queries(row).items():
                verdict, km, answer = _classify(geocoder, query, lon, lat)
                c = counts.setdefault((country, row["split"], kind, form), Counter())
                c[verdict] += 1
                c["n"] += 1
                if verdict == "confident wrong":
                    wrong.setdefault((country, row["split"]), []).append((km, query, answer))
    return counts, wrong


@pytest.fixture(scope="module")
def measured(geocoder: Geocoder) -> tuple[dict[Key, Counter], dict[tuple[str, str], list]]:
    return _measure(geocoder)


def _line(key: Key, c: Counter, source: str = "OpenStreetMap") -> str:
    country, split, kind, form = key
    n = c["n"]
    return (
        f"{country} {kind}, {source} ({split} split), {form}: {n} queries; right {c['right'] / n:.1%}, "
        f"located right {c['located right'] / n:.1%}, confident wrong {c['confident wrong']}, warned wrong "
        f"{c['warned wrong'] + c['blanket only']} (blanket caveat only {c['blanket only']}), ambiguous "
        f"{c['ambiguous']}, not found {c['not found']}, fallback misses {c['fallback misses']}"
    )


#: (country, split, kind, form) -> (right + located right, confident wrong, queries): floors of the
#: first, ceilings of the second, from the run after the gazetteer compiled these extracts
#: (2026-12-06; the first run's figures are in the module's docstring).
FLOORS: dict[Key, tuple[int, int, int]] = {
    ("BY", "test", "towns", "Russian, voblast hint"): (102, 0, 102),
    ("BY", "test", "towns", "name alone"): (99, 0, 102),
    ("BY", "test", "towns", "raion hint"): (101, 0, 102),
    ("BY", "test", "towns", "voblast hint"): (102, 0, 102),
    ("BY", "test", "villages", "Russian, voblast hint"): (815, 0, 1133),
    ("BY", "test", "villages", "name alone"): (625, 0, 1133),  # 3 Polish hamlets of SIMC since 2026-12-06
    ("BY", "test", "villages", "raion hint"): (1060, 0, 1133),
    ("BY", "test", "villages", "voblast hint"): (829, 0, 1133),
    ("BY", "tune", "towns", "Russian, voblast hint"): (102, 0, 102),
    ("BY", "tune", "towns", "name alone"): (96, 0, 102),
    ("BY", "tune", "towns", "raion hint"): (98, 0, 102),
    ("BY", "tune", "towns", "voblast hint"): (102, 0, 102),
    ("BY", "tune", "villages", "Russian, voblast hint"): (828, 0, 1167),
    ("BY", "tune", "villages", "name alone"): (
        660,
        0,
        1167,
    ),  # 3 Polish hamlets of SIMC since 2026-12-06, a Moldovan village since 2026-12-07
    ("BY", "tune", "villages", "raion hint"): (1070, 0, 1167),
    ("BY", "tune", "villages", "voblast hint"): (852, 0, 1167),
    ("LT", "test", "towns", "country hint"): (157, 0, 170),
    ("LT", "test", "towns", "county hint"): (158, 0, 170),
    ("LT", "test", "towns", "name alone"): (156, 0, 170),
    ("LT", "test", "towns", "no diacritics, country hint"): (156, 0, 170),
    ("LT", "test", "villages", "country hint"): (465, 0, 739),
    ("LT", "test", "villages", "county hint"): (601, 0, 739),
    ("LT", "test", "villages", "name alone"): (463, 0, 739),
    ("LT", "test", "villages", "no diacritics, country hint"): (460, 0, 739),
    ("LT", "tune", "towns", "country hint"): (178, 0, 189),
    ("LT", "tune", "towns", "county hint"): (180, 0, 189),
    ("LT", "tune", "towns", "name alone"): (175, 0, 189),
    ("LT", "tune", "towns", "no diacritics, country hint"): (178, 0, 189),
    ("LT", "tune", "villages", "country hint"): (474, 0, 761),
    ("LT", "tune", "villages", "county hint"): (617, 0, 761),
    ("LT", "tune", "villages", "name alone"): (472, 0, 761),
    ("LT", "tune", "villages", "no diacritics, country hint"): (468, 0, 761),
    ("UA", "test", "towns", "Ukrainian, name alone"): (43, 0, 67),
    ("UA", "test", "towns", "Ukrainian, oblast hint"): (59, 0, 67),
    ("UA", "test", "towns", "name alone"): (44, 0, 67),
    ("UA", "test", "towns", "oblast hint"): (59, 0, 67),
    ("UA", "test", "villages", "Ukrainian, name alone"): (641, 0, 1452),
    ("UA", "test", "villages", "Ukrainian, oblast hint"): (1067, 1, 1452),
    ("UA", "test", "villages", "name alone"): (652, 0, 1452),  # 2 Polish hamlets of SIMC since 2026-12-06
    ("UA", "test", "villages", "oblast hint"): (1071, 1, 1452),
    # Name alone, lower by one to four since Latvia's and Estonia's villages joined (2026-12-07; Latvia's
    # whole register): a name one of them bears too is ambiguous now, as it should be (confident wrong
    # still 0).
    # Lower by one or two since a Russian name meets the Ukrainian namesakes it may stand for:
    # "Новосёловское" alone is three Novoselivske (Crimea, Luhansk, Dnipropetrovsk), no longer the
    # Crimean one by luck; on the tune split 12 answers went from wrong or not found to ambiguous
    # ("Проточное" and "Харитоновка" had been taken for villages in Belarus), 5 from right to ambiguous.
    ("UA", "tune", "towns", "Ukrainian, name alone"): (39, 0, 65),
    ("UA", "tune", "towns", "Ukrainian, oblast hint"): (53, 0, 65),
    ("UA", "tune", "towns", "name alone"): (40, 0, 65),
    ("UA", "tune", "towns", "oblast hint"): (53, 0, 65),
    ("UA", "tune", "villages", "Ukrainian, name alone"): (632, 0, 1416),
    ("UA", "tune", "villages", "Ukrainian, oblast hint"): (1036, 0, 1416),  # "Громовка": see test_places
    ("UA", "tune", "villages", "name alone"): (645, 0, 1416),
    ("UA", "tune", "villages", "oblast hint"): (1043, 0, 1416),
}


@pytest.mark.parametrize("split", ["tune", "test"])
def test_settlements_from_openstreetmap(measured, figures: list[str], split: str) -> None:
    counts, wrong = measured
    mine = {k: c for k, c in sorted(counts.items()) if k[1] == split}
    figures.extend(_line(k, c) for k, c in mine.items())
    for (country, s), found in sorted(wrong.items()):
        if s == split:
            worst = "; ".join(f"{q!r} -> {a} {km:.0f} km off" for km, q, a in sorted(found, reverse=True)[:8])
            figures.append(f"{country} ({split} split), confident wrong {len(found)}, worst: {worst}")
    for key, c in mine.items():
        assert sum(c[v] for v in VERDICTS) == c["n"], key
        if key in FLOORS:
            good, confident_wrong, n = FLOORS[key]
            assert c["n"] == n, (key, c["n"], n)
            assert c["right"] + c["located right"] >= good, (key, c["right"] + c["located right"], good)
            assert c["confident wrong"] <= confident_wrong, (key, c["confident wrong"], confident_wrong)
