"""Flight paths: geodesic, through the claimed countries, across the claimed border."""

from __future__ import annotations

from itertools import pairwise

import pytest
import shapely
from pyproj import Geod

from geomap.geo import boundaries
from geomap.geo.claims import Area, build_path
from geomap.geo.geodesy import Projector, geodesic_path, local_crs

GEOD = Geod(ellps="WGS84")
POLISH_BORDERS = ["BY", "UA", "LT", "RU", "SK", "CZ", "DE"]


def distance_m(geom, other) -> float:
    proj = Projector(local_crs(other))
    return proj.to_metric(geom).distance(proj.to_metric(other))


@pytest.fixture(scope="module")
def flights(built):
    frame = built.layers["flight_directions"]
    return {row["id"]: row for _, row in frame.iterrows()}


@pytest.mark.parametrize(("claim", "entry"), [("via-belarus", "BY"), ("from-ukraine", "UA")])
def test_path_enters_poland_across_the_claimed_border_only(flights, claim, entry):
    path = flights[claim]
    assert path["entry_border"] == f"{entry}–PL"
    assert distance_m(path.geometry, boundaries.shared_border("PL", entry).geometry) < 5
    for other in POLISH_BORDERS:
        if other != entry:
            assert distance_m(path.geometry, boundaries.shared_border("PL", other).geometry) > 1000, other


def test_via_belarus_really_passes_through_belarus(flights):
    path = flights["via-belarus"].geometry
    inside = shapely.contains_xy(boundaries.country("BY"), *shapely.get_coordinates(path).T)
    assert inside.sum() > 5
    assert distance_m(path, boundaries.shared_border("BY", "UA").geometry) < 5
    assert shapely.contains_xy(boundaries.region("Volyn Oblast").geometry, *path.coords[0])


@pytest.mark.parametrize("claim", ["via-belarus", "from-ukraine"])
def test_measures_match_pyproj(flights, claim):
    path = flights[claim]
    line = path.geometry
    assert path["length_km"] == pytest.approx(GEOD.geometry_length(line) / 1000, abs=0.05)
    entry = tuple(path["entry_point"])
    i = min(range(len(line.coords)), key=lambda k: GEOD.inv(*entry, *line.coords[k])[2])
    # The next vertex after the entry point lies on the geodesic to the target: same azimuth.
    azimuth = GEOD.inv(*line.coords[i], *line.coords[i + 1])[0] % 360
    assert path["bearing_at_entry"] == pytest.approx(azimuth, abs=0.2)


def test_geodesic_path_is_densified_on_the_great_circle():
    line = geodesic_path([(14.0, 52.0), (30.0, 56.0)], spacing_km=10)
    coords = list(line.coords)
    steps = [GEOD.inv(*a, *b)[2] / 1000 for a, b in pairwise(coords)]
    assert max(steps) <= 10.0 + 1e-6
    total = GEOD.inv(*coords[0], *coords[-1])[2] / 1000
    assert sum(steps) == pytest.approx(total, rel=1e-6)  # every vertex lies on the geodesic


def test_construction_is_deterministic():
    area = Area("Belarus", "BY", boundaries.country("BY"))
    a = build_path(area, [], (22.5, 51.5), "PL")
    b = build_path(area, [], (22.5, 51.5), "PL")
    assert a == b


def test_origin_inside_the_target_country_is_refused():
    with pytest.raises(boundaries.GeomapError, match="never crosses into PL"):
        build_path((21.0, 52.2), [], (22.5, 51.5), "PL")


def test_target_country_comes_from_the_target(geocoder):
    vilnius = geocoder.geocode("Vilnius")
    target = (vilnius.lon, vilnius.lat)
    assert boundaries.country_at(target) == "LT"
    path = build_path(
        Area("Belarus", "BY", boundaries.country("BY")), [], target, boundaries.country_at(target)
    )
    assert path.entry_border == "BY–LT"
    assert distance_m(path.geometry, boundaries.shared_border("BY", "LT").geometry) < 5


def test_a_point_at_sea_has_no_country():
    with pytest.raises(boundaries.GeomapError, match="lies in no country"):
        boundaries.country_at((19.0, 55.5))  # Baltic Sea
