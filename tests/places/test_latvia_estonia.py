"""Latvia and Estonia in the gazetteer: towns from GeoNames, villages from OpenStreetMap (2026-12-07).

Drones fell there too (a Shahed near Gaigalava, Rēzekne Municipality, in September 2024; one in a
field in Tartu County in 2025). Their towns come from GeoNames cities500, their villages from
Geofabrik's extracts of 2019 (via ``ObiWanLansi/GeoData``, ODbL): every answer keeps the
OpenStreetMap caveat, units are named as English writes them, and Latvia's villages are filed in
the municipalities of the 2021 reform, not in the 119 Natural Earth still draws.
"""

from __future__ import annotations

import pytest

from geomap.errors import PlaceError
from geomap.geo.geodesy import distance_km


@pytest.mark.parametrize(
    ("query", "name", "cc", "unit", "lon", "lat"),
    [
        ("Rēzekne", "Rēzekne", "LV", "Rēzekne", 27.33, 56.51),  # a state city, its own unit
        ("Резекне", "Rēzekne", "LV", "Rēzekne", 27.33, 56.51),
        ("Gaigalava", "Gaigalava", "LV", "Rēzekne Municipality", 27.07, 56.73),  # the 2024 crash site
        ("Kaunata", "Kaunata", "LV", "Rēzekne Municipality", 27.55, 56.33),
        ("Zilupe", "Zilupe", "LV", "Ludza Municipality", 28.12, 56.39),
        ("Narva", "Narva", "EE", "Ida-Viru County", 28.19, 59.38),
        ("Elva", "Elva", "EE", "Tartu County", 26.42, 58.22),
        ("Tallinn", "Tallinn", "EE", "Harju County", 24.75, 59.44),
    ],
)
def test_latvian_and_estonian_places(geocoder, query, name, cc, unit, lon, lat):
    m = geocoder.geocode(query)
    assert (m.name, m.country, m.admin1) == (name, cc, unit)
    assert distance_km((m.lon, m.lat), (lon, lat)) < 3


@pytest.mark.parametrize(("query", "cc"), [("Gaigalava", "LV"), ("Elva", "EE"), ("Rēzekne", "LV")])
def test_every_answer_keeps_the_openstreetmap_caveat(geocoder, query, cc):
    m = geocoder.geocode(query)
    assert any(f"{cc}'s villages from OpenStreetMap" in w for w in m.warnings)


def test_a_village_is_openstreetmaps_and_says_so(geocoder):
    assert geocoder.geocode("Gaigalava, Latvia").gazetteer_id.startswith("osm:node/")


@pytest.mark.parametrize(
    ("query", "unit"),
    [
        ("Saldus, Saldus Municipality", "Saldus Municipality"),  # GeoNames: "Saldus Rajons"
        ("Preiļi, Preiļi Municipality", "Preiļi Municipality"),  # GeoNames: "Preiļu novads"
        ("Elva, Tartu County", "Tartu County"),
        ("Võru, Võru County", "Võru County"),  # GeoNames: "Võrumaa"
    ],
)
def test_units_are_named_as_english_writes_them(geocoder, query, unit):
    assert geocoder.geocode(query).admin1 == unit


def test_a_municipalitys_circle_holds_its_villages(geocoder):
    # Rēzekne Municipality was sized on its villages: the fallback circle covers the 2024 crash site
    unit = geocoder.geocode("Rēzekne Municipality")
    assert unit.precision == "admin1"
    village = geocoder.geocode("Gaigalava")
    assert distance_km((unit.lon, unit.lat), (village.lon, village.lat)) <= unit.uncertainty_km


def test_a_place_neither_holds_is_still_not_found(geocoder):
    with pytest.raises(PlaceError, match="Latvia, Estonia"):
        geocoder.geocode("Vaindloo")
