"""Latvia and Estonia in the gazetteer: towns from GeoNames, villages from OpenStreetMap (2026-12-07).

Drones fell there too (a Shahed near Gaigalava, Rēzekne Municipality, in September 2024; one in a
field in Tartu County in 2025). Their towns come from GeoNames cities500; Latvia's towns and
villages from its State Address Register (VZD), in the municipalities of the 2021 reform (not the
119 Natural Earth still draws) and their parishes; Estonia's from EHAK, its settlement
classification (Estonian Land Board), in its municipalities and counties, at OpenStreetMap's
point of the village where there is one. Units are named as English writes them, and as the
country does.
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


@pytest.mark.parametrize(
    "query",
    ["Gaigalava, Latvia", "Rēzekne", "Kaunata, Rēzeknes novads", "Elva", "Narva", "Kallaste, Tartu County"],
)
def test_latvia_and_estonia_are_their_registers_no_openstreetmap_caveat(geocoder, query):
    m = geocoder.geocode(query)
    assert not any("from OpenStreetMap, not from an official register" in w for w in m.warnings)


def test_a_village_only_the_register_knows_is_named_by_its_register_id(geocoder):
    m = geocoder.geocode("Gaigalava, Latvia")
    assert m.gazetteer_id == "vzd:100175933"
    assert geocoder.geocode("vzd:100175933").name == "Gaigalava"


def test_a_town_both_know_answers_to_either_id(geocoder):
    m = geocoder.geocode("Rīga")
    assert m.gazetteer_id == "geonames:456172"
    assert geocoder.geocode("vzd:100003003").name == "Rīga"  # the register's spelling


@pytest.mark.parametrize(
    ("query", "unit"),
    [
        ("Saldus, Saldus Municipality", "Saldus Municipality"),  # GeoNames: "Saldus Rajons"
        ("Preiļi, Preiļi Municipality", "Preiļi Municipality"),  # GeoNames: "Preiļu novads"
        ("Kaunata, Rēzeknes novads", "Rēzekne Municipality"),  # the municipality as Latvian writes it
        ("Kaunata, Rēzeknes nov.", "Rēzekne Municipality"),  # ... and as the register abbreviates it
        ("Elva, Tartu County", "Tartu County"),
        ("Võru, Võru County", "Võru County"),  # GeoNames: "Võrumaa"
    ],
)
def test_units_are_named_as_english_writes_them(geocoder, query, unit):
    assert geocoder.geocode(query).admin1 == unit


@pytest.mark.parametrize(
    "query", ["Gaigalava, Gaigalava Parish", "Gaigalava, Gaigalavas pagasts", "Gaigalava, Gaigalavas pag."]
)
def test_a_latvian_parish_is_a_hint_in_english_and_as_latvian_writes_it(geocoder, query):
    m = geocoder.geocode(query)
    assert (m.name, m.admin2, m.admin1) == ("Gaigalava", "Gaigalava Parish", "Rēzekne Municipality")


def test_a_parish_alone_is_a_fallback_whose_circle_holds_its_villages(geocoder):
    unit = geocoder.geocode("Gaigalavas pagasts")
    assert (unit.precision, unit.precision_label) == ("admin2", "parish")
    village = geocoder.geocode("Gaigalava, Latvia")
    assert distance_km((unit.lon, unit.lat), (village.lon, village.lat)) <= unit.uncertainty_km


@pytest.mark.parametrize(
    ("query", "parish"),
    [("Aa, Lüganuse vald", "Lüganuse Parish"), ("Elva, Elva Parish", "Elva Parish"), ("Tartu", "Tartu City")],
)
def test_an_estonian_municipality_is_a_hint_in_english_and_as_estonian_writes_it(geocoder, query, parish):
    assert geocoder.geocode(query).admin2 == parish


def test_an_estonian_village_only_the_register_knows_is_named_by_its_register_id(geocoder):
    m = geocoder.geocode("Aa, Lüganuse vald")
    assert m.gazetteer_id.startswith("ehak:")
    assert geocoder.geocode(m.gazetteer_id).name == "Aa"


def test_a_town_municipalitys_code_is_its_towns_and_the_unit_has_its_own(geocoder):
    assert geocoder.geocode("ehak:0784").precision == "place"  # Tallinn
    assert geocoder.geocode("ehak:m0784").precision == "admin2"  # Tallinn's municipality


def test_a_village_does_not_take_a_town_by_one_of_its_other_names(geocoder):
    # GeoNames lists "Järve" among Kohtla-Järve's names: the register's village Järve is another place
    assert geocoder.geocode("Kohtla-Järve").name == "Kohtla-Järve"


def test_a_municipalitys_circle_holds_its_villages(geocoder):
    # Rēzekne Municipality was sized on its villages: the fallback circle covers the 2024 crash site
    unit = geocoder.geocode("Rēzekne Municipality")
    assert (unit.precision, unit.precision_label) == ("admin1", "municipality")
    village = geocoder.geocode("Gaigalava")
    assert distance_km((unit.lon, unit.lat), (village.lon, village.lat)) <= unit.uncertainty_km


def test_a_place_neither_holds_is_still_not_found(geocoder):
    with pytest.raises(PlaceError, match="Latvia, Estonia"):
        geocoder.geocode("Vaindloo")


@pytest.mark.parametrize(
    ("query", "name", "unit"),
    [
        ("Maardu", "Maardu", "Maardu City"),  # the town, not the village Maardu that had overwritten it
        ("Loksa", "Loksa", "Loksa City"),
        ("ehak:0446", "Maardu", "Maardu City"),  # the town's register id finds it
    ],
)
def test_a_town_and_a_village_of_its_name_are_two_places(geocoder, query, name, unit):
    m = geocoder.geocode(query)
    assert (m.name, m.admin2, m.precision) == (name, unit, "place")


def test_a_latvian_town_keeps_its_register_id_beside_geonames(geocoder):
    assert geocoder.geocode("vzd:100003077").name == "Aizkraukle"  # the town; the village has its own id
    assert geocoder.geocode("Aizkraukle").feature_code != "ADM1"


def test_a_merged_place_takes_the_registers_units_not_geonames(geocoder):
    # GeoNames files Dreiliņi in Riga; the register in Stopiņi Parish, Ropaži Municipality
    m = geocoder.geocode("Dreiliņi")
    assert (m.admin2, m.admin1) == ("Stopiņi Parish", "Ropaži Municipality")
    assert geocoder.geocode("Dreiliņi, Ropažu novads").precision == "place"


def test_a_parish_is_named_as_its_village_is(geocoder):
    # "Krimūnu pag.": the village Krimūnas, not "Krimūni" read back from the genitive
    assert geocoder.geocode("Krimūnu pagasts").name == "Krimūnas Parish"


def test_a_state_citys_circle_is_the_citys_size(geocoder):
    # its one place gave it 1 km; Natural Earth's polygon of Jūrmala, a long seaside city, more
    for city, at_least in (("Jūrmala", 10), ("Daugavpils", 3), ("Rīga", 8)):
        unit = geocoder.gaz.feature(geocoder.gaz.unit_row("LV", "ADM1", _code(geocoder, city)))
        assert unit.radius_km >= at_least, city


def _code(geocoder, city: str) -> str:
    return geocoder.geocode(city).admin_codes[0]


def test_a_name_a_region_and_only_villages_bear_is_ambiguous(geocoder):
    # "Saaremaa" is Saare County to a reader, and a village of Võru Parish: both, never the village alone
    found = geocoder.resolve("Saaremaa")
    assert found.status == "ambiguous"
    assert {c.name for c in found.candidates} == {"Saaremaa", "Saare County"}
    # the country settles nothing: both lie in Estonia
    assert geocoder.resolve("Saaremaa, Estonia").status == "ambiguous"
    assert geocoder.resolve("Saaremaa", country="EE").status == "ambiguous"
    assert geocoder.geocode("Saaremaa, Võru County").name == "Saaremaa"  # a hint settles it


def test_a_coverage_warning_names_the_country_in_words(geocoder):
    (warning,) = [w for w in geocoder.geocode("Chernyakhovsk").warnings if "500+" in w]
    assert "in Kaliningrad Oblast:" in warning


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Гайгалава", "Gaigalava"),  # (a Latvian village only the register names: no Cyrillic name)
        ("Капчяместис", "Kapčiamiestis"),
        ("Кухурештий-де-Жос", "Cuhureștii de Jos"),
        ("Наславча", "Naslavcea"),
        ("Косэуць", "Cosăuți"),
        ("Шалчинінкяй", "Šalčininkai"),  # (Ukrainian; the Russian "Шальчининкай" is a GeoNames name)
    ],
)
def test_a_baltic_or_moldovan_name_written_in_cyrillic_is_read_in_its_own_spelling(geocoder, written, name):
    found = geocoder.resolve(written)
    assert found.status == "resolved" and found.match.name == name
    assert any("read as a Lithuanian, Latvian, Estonian or Romanian name" in w for w in found.match.warnings)


def test_a_cyrillic_reading_that_two_places_bear_is_ambiguous(geocoder):
    # "Мядининкай" reads as Medininkai, which six Lithuanian places bear in OpenStreetMap: listed,
    # whichever OpenStreetMap tags a town (of no known size), never the reading taken silently
    found = geocoder.resolve("Мядининкай, Vilnius County")
    assert found.status == "resolved" and found.match.admin1 == "Vilnius County"
    assert geocoder.resolve("Будапешт").status == "not_found"  # no Baltic nor Romanian reading


def test_a_town_of_unknown_size_is_not_said_to_be_larger(geocoder):
    # OpenStreetMap's Lithuanian small towns have no population: "the town of 0 people", "smaller
    # than the chosen town" said what nobody knows
    found = geocoder.geocode("Medininkai")
    (note,) = [w for w in found.warnings if "also names" in w]
    assert "other place(s)" in note and "of unknown size" in note and "0 people" not in note
    assert all("smaller" not in c.reason for c in found.alternatives)
