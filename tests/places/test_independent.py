"""The geocoder measured on places it was not built from: independent lists, expected answers fixed.

The reference sets live in ``scripts/data/raw/`` (see its README: source, commit, licence); their
points are the expected answers and were committed before the geocoder first ran on them. Rows
with an even id are the tune split, odd ids the test split: both are measured and printed, per
country and per way of writing the query; only the tune split was looked at while changing code.

Each answer is one of: **right** (a place within RIGHT_KM of the expected point), **confident
wrong** (a place farther away with no warning: the failure geomap must never show), **honest**
(ambiguous, not found, a fallback to an admin unit, or a wrong place that carries a warning), and
for fallbacks whether the unit's circle covers the expected point.
"""

from __future__ import annotations

from collections import Counter

import pytest
from common import raw_tsv

from geomap.geo.geodesy import distance_km

#: A town's point in two sources differs by up to a few kilometres (centre, town hall, centroid).
RIGHT_KM = 5.0


def _queries(row: dict[str, str]) -> dict[str, str]:
    """The ways a journalist writes a town: alone, with its powiat, with its voivodeship."""
    name = row["name"]
    out = {"name alone": name}
    if row["powiat"]:
        out["powiat hint"] = f"{name}, powiat {row['powiat']}"
    if row["voivodeship"]:
        out["voivodeship hint"] = f"{name}, {row['voivodeship']}"
    return out


def _classify(geocoder, query: str, lon: float, lat: float) -> tuple[str, bool | None]:
    found = geocoder.resolve(query)
    m = found.match
    if m is None:
        return "honest", None
    km = distance_km((m.lon, m.lat), (lon, lat))
    if found.status == "fallback" or m.precision not in ("place", "place_part"):
        return "honest", km <= m.uncertainty_km  # located only to an admin unit: a circle, not a place
    if km <= RIGHT_KM:
        return "right", None
    return ("honest" if m.warnings else "confident wrong"), None


def _measure(geocoder, split: str) -> tuple[dict[str, Counter], list[str]]:
    counts: dict[str, Counter] = {}
    wrong = []
    for row in raw_tsv("pl-towns-ryczek02.tsv.gz"):
        if (int(row["id"]) % 2 == 0) != (split == "tune"):
            continue
        lon, lat = float(row["lon"]), float(row["lat"])
        for form, query in _queries(row).items():
            verdict, covered = _classify(geocoder, query, lon, lat)
            c = counts.setdefault(form, Counter())
            c[verdict] += 1
            if covered is not None:
                c["fallbacks"] += 1
                c["covered"] += covered
            if verdict == "confident wrong":
                wrong.append(query)
    return counts, wrong


@pytest.mark.parametrize("split", ["tune", "test"])
def test_polish_towns_from_an_independent_list(geocoder, figures, split):
    counts, wrong = _measure(geocoder, split)
    for form, c in counts.items():
        n = c["right"] + c["honest"] + c["confident wrong"]
        cover = f"{c['covered']}/{c['fallbacks']}" if c["fallbacks"] else "no fallbacks"
        figures.append(
            f"PL towns, independent list ({split} split), {form}: {n} queries; right {c['right'] / n:.1%}, "
            f"confident wrong {c['confident wrong']}, honest failure {c['honest']}; fallback circles cover {cover}"
        )
    if wrong:
        figures.append(f"PL towns ({split} split), confident wrong: {'; '.join(wrong)}")
    if split == "tune":
        assert wrong == []
    else:
        # Held out: reported as measured. On the first run the misses were the list's own points
        # (Kamionka, Budzyń and Wolin lie 10-70 km from the towns of those names in both GeoNames and
        # the register; Gdynia's centre differs by 5.4 km); a regression past 1% fails.
        total = sum(sum(c[k] for k in ("right", "honest", "confident wrong")) for c in counts.values())
        assert len(wrong) <= total // 100, wrong
