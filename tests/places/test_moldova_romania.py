"""Moldova and Romania in the gazetteer: Romania's localities, Moldova's towns and villages.

Romania at town level (GeoNames cities500) from 2026-12-07, at locality level from its register
SIRUTA since 2026-12-08 (a village with no point drawn at its commune's seat); Moldova's villages
from OpenStreetMap (Geofabrik's extract via ``ObiWanLansi/GeoData``), every answer there keeping its
coverage warning. Romanian names are written as the country writes them, and a name they share
with a Polish or Ukrainian place is a namesake, never a silent swap.
"""

from __future__ import annotations

import pytest

from geomap.places.gazetteer import load


@pytest.mark.parametrize(
    ("query", "name", "match"),
    [
        ("Galați", "Galați", "exact"),
        ("Galaţi", "Galați", "exact"),  # the cedilla GeoNames long used: the same letter
        ("Galati", "Galați", "variant"),  # no diacritics: found, warned
        ("Chișinău", "Chișinău", "exact"),  # GeoNames' name is "Chisinau": the country's spelling wins
        ("Кишинев", "Chișinău", "alternate"),
        ("Tiraspol", "Tiraspol", "exact"),
    ],
)
def test_romanian_names_as_the_country_writes_them(geocoder, query, name, match):
    m = geocoder.geocode(query)
    assert (m.name, m.match, m.country) == (name, match, "MD" if name in ("Chișinău", "Tiraspol") else "RO")


@pytest.mark.parametrize("query", ["Tulcea", "Deva", "Nufăru"])
def test_a_romanian_town_is_the_registers_with_no_coverage_caveat(geocoder, query):
    # Romania's register of localities (SIRUTA) lists every village: a town is no longer warned that a
    # village of its name may be missing
    m = geocoder.geocode(query)
    assert m.country == "RO"
    assert not any("only towns of 500+ people in Romania" in w for w in m.warnings)
    assert not any("Romania" in w and "town level" in w for w in m.warnings)


@pytest.mark.parametrize(
    ("query", "district"), [("Pepeni", "Sîngerei District"), ("Cosăuți", "Soroca District")]
)
def test_a_moldovan_village_comes_from_openstreetmap_with_its_caveat(geocoder, query, district):
    m = geocoder.geocode(query)
    assert (m.name, m.country, m.admin1) == (query, "MD", district)
    assert m.gazetteer_id.startswith("osm:node/")
    assert any("Moldova's villages from OpenStreetMap" in w for w in m.warnings)


def test_a_name_shared_with_a_polish_city_is_a_namesake_not_a_swap(geocoder):
    m = geocoder.geocode("Sopot")
    assert (m.name, m.country) == ("Sopot", "PL")
    assert any("Dolj" in w for w in m.warnings)  # the Romanian village named in the warning


@pytest.mark.parametrize(
    ("query", "seat", "km"),
    [("Plauru, Romania", "Ceatalchioi", 20), ("Periprava, Tulcea County", "C.A. Rosetti", 30)],
)
def test_a_romanian_village_with_no_point_is_located_at_its_communes_seat(geocoder, query, seat, km):
    # SIRUTA names every village and its commune, with no point: the village is drawn at its commune's
    # seat, with the commune's circle, and says so ("Plauru" was not found before the register joined)
    m = geocoder.geocode(query)
    assert (m.name, m.admin1, m.precision) == (query.split(",")[0], "Tulcea County", "admin2")
    assert m.gazetteer_id.startswith("siruta:")
    assert 3 <= m.uncertainty_km <= km
    assert any(f"located at {seat}'s point" in w and "SIRUTA" in w for w in m.warnings)


def test_a_romanian_village_geonames_places_keeps_its_point_and_takes_the_registers_id(geocoder):
    m = geocoder.geocode("Chilia Veche")
    assert (m.country, m.precision) == ("RO", "place")
    assert m.gazetteer_id.startswith("geonames:")
    from geomap.places.gazetteer import load

    gaz = load()
    row = gaz.row_of(m.gazetteer_id)
    assert row is not None and gaz.feature(row).register.startswith("siruta:")


def test_romanian_namesakes_in_other_counties_make_a_name_ambiguous(geocoder):
    from geomap.errors import AmbiguousPlaceError

    with pytest.raises(AmbiguousPlaceError):
        geocoder.geocode("Valea Mare, Romania")  # villages of some twenty counties, none a town
    assert geocoder.geocode("Victoria, Tulcea County").admin1 == "Tulcea County"  # (Brașov's town aside)


def test_romanian_and_moldovan_rows_hold_names_only():
    """No airport codes ("DVA") nor lower-case romanisations ("dwa", Deva's: the Polish "two") as places' names.

    (A unit keeps its letters: "UTAG" is Gagauzia's.)
    """
    gaz = load()
    for i in range(len(gaz)):
        f = gaz.feature(i)
        if f.cc not in ("RO", "MD") or f.fclass != "P" or f.id.startswith("osm:"):
            continue
        for alt in f.alternates:
            assert alt[:1].isupper(), (f.name, alt)
            assert not (alt.isascii() and alt.isupper() and len(alt) <= 4), (f.name, alt)
        assert not set(f.name) & set("şţŞŢ"), f.name  # the comma below, not the cedilla


def test_a_unit_keeps_its_english_name(geocoder):
    m = geocoder.geocode("Pepeni")
    assert m.admin1 == "Sîngerei District"  # (GeoNames: "Sîngerei"; "Raionul Ocnița" is "Ocnița District")
    assert geocoder.geocode("Etulia Nouă").admin1 == "Gagauzia"


def test_transnistria_and_dubasari_are_units_though_natural_earth_codes_neither(geocoder):
    """GeoNames names them (MD.58, MD.72); Natural Earth draws them without a code: units all the same."""
    assert geocoder.geocode("Tiraspol").admin1 == "Transnistria"
    district = geocoder.geocode("Dubăsari District")
    assert (district.name, district.country) == ("Dubăsari District", "MD")
    assert district.uncertainty_km > 5  # sized on its villages too, not on its towns alone (2.6 km)


def test_a_romanian_named_village_on_the_dniesters_right_bank_is_not_filed_in_transnistria(geocoder):
    """Natural Earth's generalised river puts Cuhureștii de Jos in a Transnistria piece; it is Florești's."""
    m = geocoder.geocode("Cuhureștii de Jos, Florești District")
    assert (m.name, m.admin1, m.precision) == ("Cuhureștii de Jos", "Florești District", "place")


@pytest.mark.parametrize(("query", "county"), [("Craiova", "Dolj County"), ("Pitești", "Argeș County")])
def test_units_are_named_in_english(geocoder, query, county):
    assert geocoder.geocode(query).admin1 == county


def test_a_raion_hint_names_moldovas_first_level_too(geocoder):
    # a raion is Ukraine's and Belarus's second level and Moldova's first: "Кагульський район" was
    # refused as "a region, not a district"
    for query in ("Vadul lui Isac, Cahul Raion", "Вадул-луй-Ісак, Кагульський район"):
        found = geocoder.geocode(query)
        assert (found.name, found.admin1) == ("Vadul lui Isac", "Cahul District"), query
    assert geocoder.geocode("Шацьк, Ковельський район").admin2 == "Kovelskyi Raion"  # (Ukraine's, as before)


def test_a_romanian_last_i_the_cyrillic_drops_is_read(geocoder):
    # "Колибаш" is Colibași: five places bear the name (Romanian towns, a Moldovan village), listed
    found = geocoder.resolve("Колибаш")
    assert found.status == "ambiguous" and {c.name for c in found.candidates} == {"Colibași"}
