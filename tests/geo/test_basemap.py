"""The basemap's towns: the largest places, not the districts of a larger one."""

from __future__ import annotations

import math

import pytest

from geomap.geo.basemap import MIN_TOWN_POPULATION, towns
from geomap.places.gazetteer import load


def _km(a: list, b: list) -> float:
    dx = (a[0] - b[0]) * 111.32 * math.cos(math.radians((a[1] + b[1]) / 2))
    return math.hypot(dx, (a[1] - b[1]) * 110.57)


def test_towns_are_the_largest_first_and_no_district_of_a_larger_one():
    found = towns((20.0, 51.5, 22.5, 53.0))  # Warsaw and its region
    assert found[0][2] == "Warszawa"
    populations = [t[3] for t in found]
    assert populations == sorted(populations, reverse=True)
    assert min(populations) >= MIN_TOWN_POPULATION
    names = {t[2] for t in found}
    assert {"Siedlce", "Ciechanów", "Mińsk Mazowiecki"} <= names
    # Warsaw's districts, in the gazetteer with their people: never drawn as towns of their own.
    districts = {"Mokotów", "Praga-Południe", "Wola", "Ursynów"}
    rows = (row.split("\t") for row in load()._rows)
    assert {cells[1] for cells in rows if cells[1] in districts and int(cells[11]) >= MIN_TOWN_POPULATION}
    assert not names & districts
    closest = min(_km(a, b) for i, a in enumerate(found) for b in found[i + 1 :])
    assert closest > 5.0


def test_towns_keep_to_the_box_and_to_the_limit():
    box = (23.0, 50.5, 24.5, 51.5)
    found = towns(box)
    assert found and all(box[0] <= t[0] <= box[2] and box[1] <= t[1] <= box[3] for t in found)
    assert len(load().largest_places((14.0, 45.0, 41.0, 58.0), min_population=1, limit=7)) == 7


def test_a_place_of_unknown_population_is_never_among_the_largest():
    with pytest.raises(ValueError, match="1 or more"):
        load().largest_places((14.0, 45.0, 41.0, 58.0), min_population=0, limit=5)
