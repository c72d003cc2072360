"""The basemap: its packaged data as its script builds it; its towns the largest places, not districts."""

from __future__ import annotations

import gzip
import importlib.util
import json
import math
from pathlib import Path

import pytest
import shapely
from common import as_shapely

from geomap.geo import areas
from geomap.geo.basemap import BASEMAP_FILE, MAX_TOWNS, MIN_TOWN_POPULATION, SIMPLIFY_DEG, basemap, towns
from geomap.places.gazetteer import load

ROOT = Path(__file__).resolve().parents[2]


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


def test_the_towns_are_the_gazetteers_largest_places_in_any_box():
    """The basemap's own list of towns gives what the gazetteer's ``largest_places`` gives."""
    for box in [
        (20.0, 51.5, 22.5, 53.0),
        (22.0, 49.0, 25.0, 52.0),
        (30.0, 46.0, 36.0, 51.0),
        (5.0, 40.0, 45.0, 62.0),
    ]:
        expected = load().largest_places(box, min_population=MIN_TOWN_POPULATION, limit=MAX_TOWNS)
        assert towns(box) == [[round(f.lon, 4), round(f.lat, 4), f.name, f.population] for f in expected]


def test_the_packaged_basemap_is_what_its_script_builds(monkeypatch):
    """scripts/data/build_basemap.py, run on the packaged boundaries and gazetteer, gives the packaged file."""
    monkeypatch.syspath_prepend(str(ROOT / "scripts" / "data"))
    spec = importlib.util.spec_from_file_location(
        "build_basemap", ROOT / "scripts" / "data" / "build_basemap.py"
    )
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    packaged = json.loads(gzip.decompress((ROOT / "geomap" / "data" / BASEMAP_FILE).read_bytes()))
    assert packaged["countries"] == script.simplified(areas.countries(), script.COUNTRY_FIELDS)
    assert packaged["admin1"] == script.simplified(areas.admin1(), script.REGION_FIELDS)
    assert packaged["towns"] == script.towns()


def test_the_basemap_keeps_to_its_frame_and_to_the_full_borders():
    """Each drawn country lies within its frame and within ~SIMPLIFY_DEG of Natural Earth's border."""
    bounds = (22.0, 49.0, 25.0, 52.0)
    drawn = basemap(bounds, focus="PL")
    full = areas.countries()
    by_code = {p["iso_a2"]: g for p, g in zip(full.props, full.geoms, strict=True)}
    assert {"PL", "UA", "BY"} <= {f["properties"]["iso_a2"] for f in drawn["countries"]["features"]}
    for feature in drawn["countries"]["features"]:
        shape = shapely.geometry.shape(feature["geometry"])
        x0, y0, x1, y1 = shape.bounds
        assert (
            x0 >= bounds[0] - 12.0
            and x1 <= bounds[2] + 12.0
            and y0 >= bounds[1] - 6.0
            and y1 <= bounds[3] + 6.0
        )
        truth = shapely.clip_by_rect(by_code[feature["properties"]["iso_a2"]], *shape.bounds)
        assert shape.hausdorff_distance(truth) < 4 * SIMPLIFY_DEG, feature["properties"]


def test_every_packaged_basemap_geometry_is_valid_and_a_page_anywhere_builds():
    """Rounding to thousandths of a degree can make a ring cross itself: the build makes them valid."""
    from geomap.geo import basemap as packaged

    for table in (packaged._countries(), packaged._regions()):
        assert shapely.is_valid(as_shapely(table)).all()
    for lon, lat in [(18.3, 41.5), (24.0, 52.0), (36.0, 47.0), (5.5, 61.0)]:  # Albania first
        assert basemap((lon - 1, lat - 1, lon + 1, lat + 1), focus=None)["countries"]["features"]
