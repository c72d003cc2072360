"""Places you can trust: no confident wrong place, and a warning wherever a reader should check.

Tables over each way a geocoder goes wrong on real reports: Cyrillic in Ukrainian and Russian
spelling, the towns-only coverage of the neighbours, fallbacks to admin areas, close spellings,
towns against villages, gazetteer ids, and the press spellings of the seed's own sites.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.geo.geodesy import distance_km
from geomap.places.assemble import describe
from geomap.places.query import Query

#: (query, expected): a place name and country, "ambiguous", or "not_found"; and warning codes.
CYRILLIC = [
    ("Шацьк", ("Shatsk", "UA"), ()),  # Ukrainian spelling: Shatsk in Volyn, not Šack (BY)
    ("Шацк", "ambiguous", ()),  # Russian spelling of both Shatsk (UA) and Šack (BY)
    ("Шацьк, Волинська область", ("Shatsk", "UA"), ()),
    ("Шацк, Volyn Oblast", ("Shatsk", "UA"), ()),
    (
        "Репки",
        "ambiguous",
        (),
    ),  # Ripky's Russian name, and two Belarusian villages' own; not the Polish Repki
    ("Жлобин", ("Zhlobin", "BY"), ()),  # not the Polish Złobin
    (
        "Береза",
        ("Biaroza", "BY"),
        ("town",),
    ),  # the town (its national romanisation), over villages of that name
    ("Берёза", ("Biaroza", "BY"), ("town",)),
    ("Луцьк", ("Lutsk", "UA"), ()),
    ("Луцк", ("Lutsk", "UA"), ()),
    ("Ковель", ("Kovel", "UA"), ()),
    ("Гродно", ("Hrodna", "BY"), ()),
    ("Брэст", ("Brest", "BY"), ()),
    ("Люблин", ("Lublin", "PL"), ()),  # Russian for a Polish city: the script does not exclude Poland
    ("Хелм", ("Chełm", "PL"), ()),  # Russian for Chełm, which GeoNames knows
    # A Polish town by its Cyrillic name competes with villages of the script's countries named so,
    # and is taken over them with a warning naming them: a report means the town
    ("Білосток", ("Białystok", "PL"), ("town",)),  # not only the village Bilostok in Volyn
    ("Перемишль", ("Przemyśl", "PL"), ("town",)),  # not only the village Peremyshel
    ("Холм", ("Chełm", "PL"), ("town",)),  # the old name, also Belarusian and Russian villages'
    ("Свідник", ("Świdnik", "PL"), ("town",)),  # spelled from Polish; a Lviv Oblast village Svydnyk too
    ("Білосток, Волинська область", ("Bilostok", "UA"), ()),  # the village, where the hint says so
    ("Білосток, Підляське воєводство", ("Białystok", "PL"), ()),
    # ... but never over a town of the script's countries: "Щучин" is Shchuchyn, not also Szczuczyn
    ("Щучин", ("Shchuchyn", "BY"), ("coverage",)),
    ("Дрогичин", ("Drahichyn", "BY"), ("coverage",)),
]
LATIN_NEIGHBOURS = [
    ("Uhryniv", "ambiguous", ()),  # a town, and three villages the register names (one on the border)
    ("Lutsk, Volyn Oblast", ("Lutsk", "UA"), ()),
    ("Lutsk", ("Lutsk", "UA"), ()),  # a large town: coverage is not in doubt
    ("Shatsk, Volyn Oblast", ("Shatsk", "UA"), ()),
    ("Vilnius", ("Vilnius", "LT"), ()),
    ("Brèsckaja voblasc'", ("Brest Region", "BY"), ()),  # the region, named in English
]
TOWNS = [
    ("Zamość", ("Zamość", "PL"), ("town",)),
    ("Chełm", ("Chełm", "PL"), ("town",)),
    ("Terespol", ("Terespol", "PL"), ("town",)),
    ("Przemyśl", ("Przemyśl", "PL"), ("town",)),
    ("Opole", ("Opole", "PL"), ("town",)),
    ("Korytnica", "ambiguous", ()),  # comparable villages: no town to prefer
    ("Sitno", "ambiguous", ()),
    ("Sobótka", "ambiguous", ()),
    ("Mniszków", "ambiguous", ()),
]
VARIANTS = [
    # GeoNames knew only a "Biala Góra" 87 km from the find; the register knows the site itself.
    ("Biała Góra, mazowieckie", ("Biała Góra", "PL"), ()),
    ("Czesniki", ("Cześniki", "PL"), ("variant",)),
    ("Wyryki Wola", ("Wyryki-Wola", "PL"), ("variant",)),
    ("Zabłocie-Kolonia, Biała Podlaska County", ("Zabłocie-Kolonia", "PL"), ()),  # the register's name
    ("Kolonia Zabłocie, Biała Podlaska County", ("Zabłocie-Kolonia", "PL"), ()),  # GeoNames' name
    ("Rzeszów-Jasionka Airport", ("Rzeszów–Jasionka Airport", "PL"), ()),  # a dash is not a spelling
    ("Cześniki, Zamość County", ("Cześniki", "PL"), ()),
]
#: Press spellings of the seed's sites (sites-and-timeline-2025-09.md): never a confident wrong place.
PRESS = [
    ("Radiany, gm. Korytnica", "fallback", ("admin3",)),  # for Rabiany: the gmina, with "did you mean"
    ("Seweryn, gm. Korytnica", "fallback", ("admin3",)),
    ("Siewierinów, gm. Korytnica", "fallback", ("admin3",)),
    ("Czyżew, gm. Stopnica", "fallback", ("admin3",)),  # not the town of Czyżew, 300 km away
    ("Zabłocze, gm. Kodeń", "fallback", ("admin3",)),
    ("Korytnica", "ambiguous", ()),  # the gmina's name alone: six places
    ("Smyków, pow. konecki", "ambiguous", ()),  # two Smyków in Końskie County, neither the site
    ("Wyryki", ("Wyryki", "PL"), ()),  # the village as written; the site is Wyryki-Wola
]
FALLBACKS = [
    ("Some Village, Lviv Oblast", "fallback", ("admin1",)),
    ("Some Village, Брестская область", "fallback", ("admin1",)),
    ("Some Village, Volyn Oblast", "fallback", ("admin1",)),
    (
        "Mytnytsia, Lviv Oblast",
        "fallback",
        ("admin3",),
    ),  # the register's, at its hromada: no source has its point
    ("Dolhobyczuw, Hrubieszów County", "fallback", ("admin2",)),  # a typo: the county, with "did you mean"
]
TABLE = CYRILLIC + LATIN_NEIGHBOURS + TOWNS + VARIANTS + PRESS + FALLBACKS


@pytest.mark.parametrize(("query", "expected", "codes"), TABLE, ids=[row[0] for row in TABLE])
def test_table(geocoder, query, expected, codes):
    found = geocoder.resolve(query)
    if isinstance(expected, tuple):
        assert found.status == "resolved", found.message
        assert (found.match.name, found.match.country) == expected
    else:
        assert found.status == expected, (found.match and found.match.name, found.message)
    if found.match is not None:
        assert set(codes) <= set(found.match.warning_codes), found.match.warnings


def test_table_figures(geocoder, figures):
    right = 0
    for query, expected, _ in TABLE:
        found = geocoder.resolve(query)
        got = (found.match.name, found.match.country) if found.status == "resolved" else found.status
        right += got == expected
    figures.append(
        f"place tables (Cyrillic, neighbours, towns, variants, press spellings, fallbacks): "
        f"{right}/{len(TABLE)} as expected, 0 confident wrong places"
    )
    assert right == len(TABLE)


def test_oblast_fallback_is_an_area_not_the_capital(geocoder):
    m = geocoder.geocode("Some Village, Lviv Oblast")
    city = geocoder.geocode("Lviv")
    assert m.precision == "admin1" and m.precision_label == "oblast"
    assert m.uncertainty_km > 50
    assert distance_km((m.lon, m.lat), (city.lon, city.lat)) > 10
    assert "located at Lviv Oblast" in m.warnings[0]


@pytest.mark.parametrize(
    ("query", "label"),
    [
        ("Some Village, Volyn Oblast", "oblast"),
        ("Some Village, Brest Voblast", "voblast"),
        ("Some Village, Lublin Voivodeship", "voivodeship"),
        ("Some Village, Vilnius County", "apskritis"),
    ],
)
def test_every_admin_fallback_has_a_radius_and_its_local_name(geocoder, query, label):
    m = geocoder.geocode(query)
    assert m.precision == "admin1" and m.precision_label == label and m.uncertainty_km > 20


def test_fuzzy_never_guesses(geocoder):
    far = geocoder.resolve("Yahodyn", fuzzy=True)  # Yahotyn is 500 km away: suggested, not taken
    assert far.status == "not_found" and "Yahotyn [geonames:" in far.message.split("did you mean: ")[1]
    assert "only inside a hinted" in far.message
    near = geocoder.resolve("Dolhobyczuw, Hrubieszów County", fuzzy=True)  # the hint confirms the unit
    assert near.match.name == "Dołhobyczów" and near.match.warning_codes == ("fuzzy",)
    plain = geocoder.resolve("Dolhobyczuw, Hrubieszów County")  # without --fuzzy: the county, and why
    assert plain.status == "fallback" and "did you mean: Dołhobyczów [geonames:" in plain.match.warnings[0]


def test_variant_names_the_spelling_it_matched(geocoder):
    m = geocoder.geocode("Wyryki Wola, Włodawa County")
    assert "matched 'Wyryki-Wola'" in m.warnings[0] and m.match == "variant"


def test_a_russian_name_geonames_gives_a_gmina_finds_its_seat_village(geocoder):
    """GeoNames names the gmina of Wohyń "Вохынь", not the village: a report of the village means the village."""
    m = geocoder.geocode("Вохынь")
    assert (m.name, m.feature_code, m.precision) == ("Wohyń", "PPL", "place")
    assert m.gazetteer_id == geocoder.geocode("Wohyń").gazetteer_id
    assert geocoder.geocode("gmina Wohyń").precision == "admin3"  # the gmina itself, asked for, stays


def test_gazetteer_ids_are_accepted_and_printed(geocoder):
    m = geocoder.geocode("geonames:773720")
    assert (m.name, m.match) == ("Cześniki", "id")
    assert geocoder.resolve("geonames:1").status == "not_found"
    outside = geocoder.resolve(Query("geonames:773720", hints=("Włodawa County",)))
    assert outside.status == "not_found" and "outside Włodawa County" in outside.message
    ambiguous = geocoder.resolve("Mniszków")
    for c in ambiguous.candidates:
        assert f"[{c.gazetteer_id}]" in ambiguous.message and c.gazetteer_id.startswith("geonames:")
        assert geocoder.geocode(c.gazetteer_id).gazetteer_id == c.gazetteer_id  # ids can be passed back


def test_coverage_without_a_register_is_disclosed(geocoder):
    assert geocoder.gaz.village_level("PL") and geocoder.gaz.village_level("UA")
    assert not geocoder.gaz.village_level("BY") and not geocoder.gaz.village_level("LT")
    assert (
        "villages from OpenStreetMap, not from an official register" in geocoder.geocode("Kobryn").warnings[0]
    )
    assert "lists only towns" in geocoder.geocode("Sovetsk").warnings[0]  # Kaliningrad
    assert "coverage" not in geocoder.geocode("Cześniki, Zamość County").warning_codes


def test_a_belarusian_raion_is_a_hint_and_a_fallback_and_never_vouches_for_a_village(geocoder):
    # A raion as journalists write it in English, Russian and GeoNames' form names one unit.
    for hint in ("Luninets District", "Лунинецкий район", "Luninyets Raion"):
        m = geocoder.geocode(f"Luninyets, {hint}")
        assert (m.name, m.admin2, m.precision) == ("Luniniec", "Luniniec Raion", "place"), hint
        assert "coverage" in m.warning_codes  # towns only in Belarus: a hint never switches that off
    assert geocoder.geocode("Пинск, Пинский район").admin2 == "Pinsk Raion"
    # A village the gazetteer lacks falls back on its raion's circle, around the centre town.
    found = geocoder.resolve("Krasnoye, Zhlobin District")
    assert found.status == "fallback" and found.match.precision == "admin2"
    assert found.match.name == "Zhlobin Raion" and 20 < found.match.uncertainty_km < 60
    # A town outside the hinted raion is not taken for the place: the raion's circle stands for it.
    assert geocoder.resolve("Pinsk, Zhlobin District").status == "fallback"
    # A raion transliterated from Russian another way names it when no other unit spells so.
    loose = geocoder.resolve("Krasnoye, Schuchin District")
    assert loose.status == "fallback" and loose.match.name == "Shchuchyn Raion"
    assert geocoder.resolve("Dubrovno, Mjadel District").match.name == "Myadzyel Raion"
    # Never a Polish hint (its register is complete), nor one without a raion's word.
    assert geocoder.resolve("Cześniki, Zamosk County").status == "not_found"
    assert geocoder.resolve("Krasnoye, Schuchin").status == "not_found"
    # Novopolotsk also bears "Polotsk" among GeoNames' alternates; the raion is Polotsk's.
    assert geocoder.admin_unit("Polotsk District", country="BY").name == "Polatsk Raion"


def test_a_belarusian_raion_is_named_as_its_centre_town_is_and_centred_on_it(geocoder):
    # OpenStreetMap renamed GeoNames' "Gorodok" Haradok: its raion is Haradok's too, not "Gorodok
    # Raion" beside the town of Haradok; the Russian-transliterated hint still names it.
    town = geocoder.geocode("Haradok, Gorodok District")
    assert (town.name, town.admin2) == ("Haradok", "Haradok Raion")
    # "Starodorozhskiy Rayon" is Staryya Darohi's raion, not Starobin's ("Staro-" alike), and
    # Starobin lies in Salihorsk raion.
    centre = geocoder.geocode("Staryia Darogi, Starye Dorogi District")
    unit = geocoder.admin_unit("Starye Dorogi District", country="BY")
    assert (centre.admin2, unit.name) == ("Staryia Darogi Raion", "Staryia Darogi Raion")
    assert distance_km((unit.lon, unit.lat), (centre.lon, centre.lat)) < 1
    assert geocoder.geocode("Starobin").admin2 == "Salihorsk Raion"


def test_a_belarusian_raion_is_one_unit_whatever_geonames_lists_twice(geocoder):
    # GeoNames lists the cities of Barysaw and Mahilyow as admin-2 units beside their raions, and
    # Maladzyechna's raion under two names: a hint naming any of them is one unit, not two.
    for hint, raion in (
        ("Borisov District", "Barysaw Raion"),
        ("Mogilev District", "Mahilyow Raion"),
        ("Molodechno District", "Maladzyechna Raion"),
        ("Molodechnenskij Rajon", "Maladzyechna Raion"),
        ("Kirovsk District", "Kirawsk Raion"),
    ):
        assert geocoder.admin_unit(hint, country="BY").name == raion, hint
    assert geocoder.resolve("Krasnoye, Borisov District").match.name == "Barysaw Raion"  # its circle
    # The city is a place, found by its name, not a unit of its own.
    assert geocoder.geocode("Barysaw").precision == "place"
    # A raion written without the apostrophe of its soft sign: "Lelchitsy" for Lel'chitsy.
    tonezh = geocoder.geocode("Tonezh, Lelchitsy District")  # the village, from OpenStreetMap
    assert (tonezh.name, tonezh.admin2, tonezh.precision) == ("Tonezh", "Lelchytsy Raion", "place")


def test_every_ukrainian_settlement_is_named_and_one_without_a_point_is_its_hromada(geocoder):
    # The register names the village Mytnytsia (Lviv Oblast); no source gives its point.
    found = geocoder.resolve("Mytnytsia, Lviv Oblast")
    m = found.match
    assert found.status == "fallback" and m.gazetteer_id == "katottg:UA46040010330083106"
    assert (m.precision, m.precision_label, m.admin3) == ("admin3", "hromada", "Brodivska Hromada")
    assert m.uncertainty_km == 16.8 and "official register (KATOTTG)" in m.warnings[0]


def test_a_ukrainian_settlement_takes_openstreetmaps_point_and_answers_to_both_ids(geocoder):
    # The border village Uhryniv (Lviv Oblast): the register names it, OpenStreetMap places it.
    m = geocoder.geocode("Uhryniv, Lviv Oblast")
    assert (m.gazetteer_id, m.precision, m.admin3) == ("osm:node/337519530", "place", "Sokalska Hromada")
    assert (m.lon, m.lat) == (24.11462, 50.57502)
    assert geocoder.geocode("katottg:UA46120110540091369").gazetteer_id == "osm:node/337519530"
    # Without a hint the town of that name (Ivano-Frankivsk Oblast) is one of four, not the answer.
    assert geocoder.resolve("Uhryniv").status == "ambiguous"


def test_a_register_settlement_two_distant_openstreetmap_points_claim_keeps_its_hromada(geocoder):
    # OpenStreetMap has a village and a hamlet named Данилівка 25 km apart near Ternuvatska
    # Hromada, which the register lists once: which one it is, is unsure, so neither point is taken.
    m = geocoder.geocode("Данилівка, Запорізька область")
    assert (m.gazetteer_id, m.precision, m.admin3) == (
        "katottg:UA23060310050039983",
        "admin3",
        "Ternuvatska Hromada",
    )

    # A city is still the city, with its village namesakes named in a warning.
    poltava = geocoder.geocode("Poltava")
    assert poltava.admin1 == "Poltava Oblast" and poltava.warning_codes == ("town",)
    assert "osm:node/" in poltava.warnings[0]  # the villages, at OpenStreetMap's points


def test_a_place_geonames_and_the_ukrainian_register_share_answers_to_either_id(geocoder):
    stryi = geocoder.geocode("katottg:UA46100230010074173")
    assert (stryi.name, stryi.gazetteer_id) == ("Stryi", "geonames:692372")
    # The register's name is the name; GeoNames' own (a 2024 renaming away) still finds it.
    assert geocoder.geocode("Chervonohrad").name == "Sheptytskyi"


NAMES = st.sampled_from(
    [
        "Brest",
        "Grodno",
        "Lublin",
        "Lwów",
        "Sobótka",
        "Zamość",
        "Repki",
        "Rivne",
        "Shatsk",
        "Kovel",
        "Cześniki",
        "Terespol",
        "Wola",
        "Шацк",
        "Береза",
        "Люблин",
        "Bereza",
        "Konotop",
    ]
)


@settings(max_examples=120, deadline=None)
@given(NAMES, st.sampled_from(["PL", "UA", "BY", "LT", "RU"]))
def test_no_answer_contradicts_a_country_hint(geocoder, name, country):
    found = geocoder.resolve(name, country=country)
    if found.match is not None:
        assert found.match.country == country
    assert all(c.country == country for c in found.candidates if found.status == "ambiguous")


# -- the classes of confident wrong answers measured on the official register (issue 23) ------------------------------
def test_a_name_the_register_adds_a_second_bearer_of_is_ambiguous(geocoder):
    # GeoNames knows one Żywkowo (Podlaskie); the register a second (Warmia-Masuria): never a silent pick.
    found = geocoder.resolve("Żywkowo")
    assert found.status == "ambiguous"
    assert {c.gazetteer_id for c in found.candidates} == {"geonames:752952", "prng:43618"}
    assert geocoder.geocode("Żywkowo, Bartoszyce County").gazetteer_id == "prng:43618"


def test_two_same_named_villages_in_one_powiat_stay_ambiguous_under_the_powiat(geocoder):
    found = geocoder.resolve("Zaorze, powiat ostrołęcki")
    assert found.status == "ambiguous"
    assert {c.admin3 for c in found.candidates} == {"Goworowo", "Czerwin"}
    assert geocoder.geocode("Zaorze, gm. Czerwin").gazetteer_id == "prng:41999"


@pytest.mark.parametrize(
    "query",
    [
        "Kobryn, Brest Region",
        "Kobryn",
        "Pruzhany, Брестская область",
        "Druskininkai, Alytus County",
    ],
)
def test_an_admin_hint_never_switches_off_the_coverage_warning(geocoder, query):
    # Towns only there (Belarus, Lithuania): a village of that name may be the place meant, hint or no hint.
    assert "coverage" in geocoder.geocode(query).warning_codes


def test_regional_capitals_need_no_coverage_warning(geocoder):
    for query in ("Lviv", "Lutsk, Volyn Oblast", "Vilnius", "Hrodna"):
        assert "coverage" not in geocoder.geocode(query).warning_codes


def test_either_id_finds_a_place_both_sources_know(geocoder):
    merged = geocoder.geocode("Cześniki, gm. Sitno")
    assert merged.gazetteer_id == "geonames:773720"
    assert geocoder.geocode("prng:5714").gazetteer_id == "geonames:773720"
    assert geocoder.geocode("prng:41999").name == "Zaorze"
    assert geocoder.resolve("prng:999999").status == "not_found"


def test_gminas_sharing_a_name_resolve_through_the_place_or_fall_back_listing_them(geocoder):
    # "gmina Chełm" is the town's urban gmina and the rural gmina around it.
    assert geocoder.geocode("Pokrówka, gmina Chełm").admin2 == "Chełm County"
    both = geocoder.resolve("Nowhere, gmina Chełm")
    assert both.status == "fallback" and both.match.precision == "admin1"
    assert "geonames:7531895" in both.match.warnings[0] and "geonames:7532434" in both.match.warnings[0]
    apart = geocoder.resolve("Nowhere, gmina Dobra")  # three gminas Dobra in three voivodeships
    assert apart.status == "ambiguous" and len(apart.candidates) == 3
    assert geocoder.resolve("Nowhere, gmina Chełm, powiat chełmski").match.precision == "admin3"


def test_a_namesake_passed_over_for_a_town_says_so(geocoder):
    m = geocoder.geocode("Zamość")
    assert m.alternatives and all(a.reason.startswith("smaller than the chosen town") for a in m.alternatives)
    hinted = geocoder.geocode("Krzywowierzba, Parczew County")  # the namesake lies outside the hint
    assert hinted.alternatives[0].reason == "outside Parczew County"


def test_a_rejected_candidate_says_what_it_is_and_the_true_reason(geocoder):
    m = geocoder.geocode("Sobótka, gm. Ożarów, Opatów County")
    by_id = {a.gazetteer_id: a for a in m.alternatives}
    # The town with its register's type, the namesake villages with theirs, a hamlet-like
    # settlement from TERYT SIMC; a GeoNames place no register lists is not guessed at.
    assert by_id["geonames:3085252"].place_type == "town"
    assert by_id["geonames:758689"].place_type == "village"
    assert by_id["simc:0848865"].place_type == "settlement"
    assert by_id["geonames:3085249"].place_type == ""
    # Each lies outside the first hint that fails it, named as written.
    assert {a.reason for a in m.alternatives} == {"outside gm. Ożarów"}
    # The country a query asks for, and the countries a name's script points to.
    dubno = geocoder.geocode("Dubno", country="UA")
    assert "outside the query's country (UA)" in {a.reason for a in dubno.alternatives}
    cyrillic = geocoder.geocode("Дубно")
    assert "in PL, not a country the name's script points to" in {a.reason for a in cyrillic.alternatives}


def test_a_unit_is_not_a_rival_of_the_place_named_after_it_that_it_holds(geocoder):
    # The gmina Sobótka holds the town of Sobótka: one candidate for a reader, not two.  Units
    # stay out of the count too.
    m = geocoder.geocode("Sobótka, gm. Ożarów, Opatów County")
    assert all(a.feature_code != "ADM3" for a in m.alternatives)
    assert m.rejected_count == 7 and len(m.alternatives) == 7
    oleśno = geocoder.geocode("Oleśno, gm. Gronowo Elbląskie")  # Olesno spelled without the accent
    assert [a.feature_code for a in oleśno.alternatives] == ["PPLA3", "PPLA3"]
    # A unit whose namesake place is not among the candidates stays: it may be what was meant.
    gmina, seat, village = (
        geocoder.gaz.row_of(i) for i in ("geonames:7532902", "geonames:758759", "geonames:758761")
    )
    assert geocoder._results.rivals([gmina, seat, village]) == [seat, village]
    assert geocoder._results.rivals([gmina, village]) == [gmina, village]
    assert geocoder._results.rivals([gmina], geocoder.gaz.feature(seat)) == []


def test_a_candidate_is_described_with_what_it_is(geocoder):
    r = geocoder.resolve("Sobótka")
    assert r.status == "ambiguous"
    assert (
        "Sobótka [geonames:3085252] (town in gm. Sobótka, Wrocław County, Lower Silesian Voivodeship)"
        in r.message
    )
    assert "Sobótka [geonames:758689] (village in gm. Bliżyn, Skarżysko County" in r.message
    assert "Sobótka [geonames:3085249] (gm. Grabów, Łęczyca County" in r.message  # no register: no type
    unit_row = geocoder.gaz.row_of("geonames:7533188")
    described = describe(geocoder._results.candidate(unit_row))
    # A unit by the units above it, not by itself ("gmina in gm. Sobótka").
    assert described == "Sobótka [geonames:7533188] (gmina in Wrocław County, Lower Silesian Voivodeship)"


@pytest.mark.parametrize(
    ("ukrainian", "russian", "name"),
    [
        ("Сілезьке", "Силезское", "Silesian Voivodeship"),
        ("Малопольське", "Малопольское", "Lesser Poland Voivodeship"),
        ("Підкарпатське", "Подкарпатское", "Podkarpackie Voivodeship"),
        ("Нижньосілезьке", "Нижнесилезское", "Lower Silesian Voivodeship"),
        ("Опольське", "Опольское", "Opole Voivodeship"),
        ("Підляське", "Подляское", "Podlaskie Voivodeship"),
        ("Вармінсько-Мазурське", "Варминско-Мазурское", "Warmian-Masurian Voivodeship"),
        ("Любуське", "Любушское", "Lubusz Voivodeship"),
        ("Західнопоморське", "Западно-Поморское", "West Pomeranian Voivodeship"),
        ("Люблінське", "Люблинское", "Lublin Voivodeship"),
        ("Поморське", "Поморское", "Pomeranian Voivodeship"),
        ("Мазовецьке", "Мазовецкое", "Masovian Voivodeship"),
        ("Лодзинське", "Лодзинское", "Łódź Voivodeship"),
        ("Куявсько-Поморське", "Куявско-Поморское", "Kuyavian-Pomeranian Voivodeship"),
        ("Великопольське", "Великопольское", "Greater Poland Voivodeship"),
        ("Свентокшиське", "Свентокшиское", "Świętokrzyskie Voivodeship"),
    ],
)
def test_every_voivodeship_in_ukrainian_and_russian(geocoder, ukrainian, russian, name):
    # Natural Earth's names, compiled as alternates: "Підляське воєводство" was not understood
    for hint in (f"{ukrainian} воєводство", f"{russian} воеводство"):
        m = geocoder.geocode(f"Some Village, {hint}")
        assert (m.name, m.precision) == (name, "admin1"), hint


@pytest.mark.parametrize(
    "hint",
    ["Волинська область", "Volynska oblast", "Volyn Oblast", "Волынская область", "Волинь", "Volyn"],
)
def test_every_written_form_of_an_oblast(geocoder, hint):
    m = geocoder.geocode(f"Some Village, {hint}")
    assert (m.name, m.precision) == ("Volyn Oblast", "admin1")


@pytest.mark.parametrize(
    ("hint", "name"),
    [
        ("Kyivska oblast", "Kyiv Oblast"),
        ("Kyiv Oblast", "Kyiv Oblast"),  # the oblast, not also the city of Kyiv
        ("Minsk Voblast", "Minsk Region"),  # the voblast, not also the city of Minsk
        ("Київська область", "Kyiv Oblast"),
        ("Zaporizka oblast", "Zaporizhzhia Oblast"),
        ("Odeska oblast", "Odesa Oblast"),
        ("Kharkivska oblast", "Kharkiv Oblast"),
    ],
)
def test_oblasts_in_the_national_transliteration(geocoder, hint, name):
    assert geocoder.geocode(f"Some Village, {hint}").name == name


def test_admin_names_are_english_in_one_output(geocoder):
    m = geocoder.geocode("Mniszków, gm. Mniszków")
    assert (m.admin1, m.admin2) == ("Łódź Voivodeship", "Opoczno County")
    assert geocoder.geocode("Hrodna").admin1 == "Hrodna Region"
    assert geocoder.geocode("Lviv").admin1 == "Lviv Oblast"


@pytest.mark.parametrize(
    "hint",
    ["Stryi Raion", "Stryiskyi raion", "Стрийський район", "Стрыйский район"],
)
def test_ukrainian_raions_of_2020(geocoder, hint):
    m = geocoder.geocode(f"Some Village, {hint}")
    assert (m.name, m.precision, m.precision_label) == ("Stryiskyi Raion", "admin2", "raion")
    assert m.admin1 == "Lviv Oblast" and 20 < m.uncertainty_km < 100
    assert geocoder.geocode(f"Stryi, {hint}").admin3 == "Stryiska Hromada"  # the town, in its raion


def test_ukrainian_hromadas(geocoder):
    m = geocoder.geocode("Some Village, Стрийська територіальна громада")
    assert (m.name, m.precision, m.admin2) == ("Stryiska Hromada", "admin3", "Stryiskyi Raion")
    assert 3 < m.uncertainty_km < 30
    assert geocoder.geocode("Some Village, Drohobych Raion").name == "Drohobytskyi Raion"  # by its centre
    assert geocoder.geocode("cod:UA4606").name == "Lvivskyi Raion"  # a raion by its pcode


def test_a_town_with_town_rights_over_a_village_of_its_name_in_the_hinted_region(geocoder):
    # Mrozy (a town) and a larger-than-usual village Mrozy, both in Masovia: the town, with a warning.
    m = geocoder.geocode("Mrozy, mazowieckie")
    assert m.admin3 == "Mrozy" and "town" in m.warning_codes
    assert any(a.admin2 == "Żyrardów County" for a in m.alternatives)
    assert geocoder.resolve("Sobótka").status == "ambiguous"  # no hint: sizes decide, and they do not


def test_a_hint_naming_units_in_two_countries_is_never_a_silent_fallback(geocoder):
    # "Minsk": the Belarusian region and city, and Mińsk County in Poland.
    found = geocoder.resolve("Some Village, Minsk")
    assert found.status == "ambiguous" and {c.country for c in found.candidates} == {"BY", "PL"}
    assert geocoder.geocode("Some Village, Минская область").name == "Minsk Region"


@pytest.mark.parametrize(
    ("query", "place", "codes"),
    [
        ("Belin, Płońsk County", ("Belin", "PL"), ()),
        ("Cześniki", ("Cześniki", "PL"), ()),  # Polish letters: a Polish place
        ("Луцьк", ("Lutsk", "UA"), ()),  # the register's own name, in Ukrainian
        # Found only by a Russian or former name: the village whose own name it is may be missing.
        ("Ozyornoe", ("Ozerne", "UA"), ("alternate", "unhinted")),
        ("Voykovo, Autonomous Republic of Crimea", ("Voykovo", "UA"), ("alternate",)),  # not in the register
    ],
)
def test_a_namesake_the_gazetteer_may_lack_is_named_in_a_warning(geocoder, query, place, codes):
    m = geocoder.geocode(query)
    assert (m.name, m.country) == place and m.warning_codes == codes, m.warnings


def test_a_name_a_neighbours_village_bears_too_is_ambiguous(geocoder):
    # Belarus's and Lithuania's villages, from OpenStreetMap, are namesakes like any other.
    assert "[osm:node/242988029] (Drahichyn Raion, Brest Region)" in geocoder.resolve("Belin").message
    # "Kholm": the Russian name of the city of Chełm, and a Belarusian village's own name.
    kholm = geocoder.resolve("Kholm").message
    assert "Chełm [" in kholm and "Kholm [osm:node/243041101]" in kholm


def test_a_polish_place_written_in_cyrillic_is_read_as_polish_with_a_warning(geocoder):
    # Ukrainian and Russian reports write Polish villages in their own script; the gazetteer names
    # them in Polish only.  Read back in Polish spelling, in Poland only, and always said so.
    m = geocoder.geocode("Вирики")
    assert (m.name, m.country, m.admin2) == ("Wyryki", "PL", "Włodawa County")
    assert "transliteration" in m.warning_codes and "read as a Polish name" in m.warnings[0]
    assert geocoder.geocode("Вирики-Полуд").name == "Wyryki-Połód"  # "у" for "ó"
    # A Ukrainian namesake found first stays the answer without a hint; a Polish hint finds the Polish one.
    assert geocoder.geocode("Чесники").country == "UA"
    assert geocoder.geocode("Чесники, Люблінське воєводство").name == "Cześniki"
    # Many Polish villages bear the name: ambiguous, never one of them picked.
    assert geocoder.resolve("Осини").status == "ambiguous"
    # Compound names as Ukrainian reports of September 2025 wrote the crash sites.
    assert geocoder.geocode("Нове Місто над Піліцою").name == "Nowe Miasto nad Pilicą"
    assert geocoder.geocode("Бичавка Тшеча").name == "Bychawka Trzecia"
    assert geocoder.geocode("Нове Мисто-над-Пилицей").name == "Nowe Miasto nad Pilicą"  # in Russian
    rabiany = geocoder.geocode("Раб'яни, Węgrów County")
    assert (rabiany.name, rabiany.admin2) == ("Rabiany", "Węgrów County")
    assert "transliteration" in rabiany.warning_codes


def test_an_openstreetmap_settlement_the_ukrainian_register_does_not_name_warns(geocoder):
    # No settlement of the register is named Єсаулівка near OpenStreetMap's point (a former name,
    # or a place it merged): the point is a place, named with a warning, and counts as a namesake.
    m = geocoder.geocode("Єсаулівка")
    assert (m.gazetteer_id, m.warning_codes) == ("osm:node/2422469577", ("alternate",))
    assert "OpenStreetMap's name for it, not one in Ukraine's register" in m.warnings[0]


def test_a_russian_name_of_a_ukrainian_village_meets_its_ukrainian_namesakes(geocoder):
    """ "Громовка" is the Russian alternate of one Crimean village and the Russian form of another's
    Ukrainian name (Громівка): both compete, never the first alone and unwarned."""
    r = geocoder.resolve("Громовка, Автономна Республіка Крим")
    assert r.status == "ambiguous", r
    assert {"Hromovka", "Hromivka"} <= {c.name for c in r.candidates}
    # "Мысовое" is the Russian name of two Crimean villages named Mysove: once taken, with a
    # warning, for the one GeoNames knows by it (90 km from the one OpenStreetMap's point names).
    r = geocoder.resolve("Мысовое, Автономна Республіка Крим")
    assert r.status == "ambiguous" and [c.name for c in r.candidates] == ["Mysove", "Mysove"], r


def test_the_coverage_texts_agree_with_the_coverage_sets():
    # the coverage is told in three texts; they had drifted apart once (Estonia still "from
    # OpenStreetMap" after its register was compiled)
    from geomap.places.gazetteer import (
        COUNTRY_NAMES,
        COVERAGE,
        COVERAGE_BRIEF,
        COVERAGE_GAPS,
        OSM_VILLAGES,
        VILLAGE_LEVEL,
    )

    osm_part = COVERAGE_GAPS.split(", and ")[1]
    brief_osm = COVERAGE_BRIEF.split(" from their registers, ")[1].split(" from OpenStreetMap")[0]
    for cc in OSM_VILLAGES:
        assert COUNTRY_NAMES[cc] in osm_part and COUNTRY_NAMES[cc] in brief_osm, cc
    for cc in VILLAGE_LEVEL:
        assert COUNTRY_NAMES[cc] not in osm_part and COUNTRY_NAMES[cc] not in brief_osm, cc
        assert COUNTRY_NAMES[cc] in COVERAGE.split(", and the towns")[0], cc
    for cc in set(COUNTRY_NAMES) - VILLAGE_LEVEL - OSM_VILLAGES:
        town_level = COUNTRY_NAMES[cc].split()[0]  # ("Kaliningrad Oblast": "Kaliningrad")
        assert town_level in COVERAGE_GAPS.split(" are listed")[0] and town_level in COVERAGE_BRIEF, cc
