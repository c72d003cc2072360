"""The geocoder against the seed's places, the traps of the source notes, and the gazetteer itself."""

from __future__ import annotations

import contextlib
from collections import Counter, defaultdict

import pytest
from common import MATCH_RECORD_KEYS
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.errors import AmbiguousPlaceError, GeocodeError, PlaceNotFoundError
from geomap.places.geocoder import LARGE_CITY, Query
from geomap.places.search import TOWN_POPULATION
from geomap.places.text import fold

# (query, gazetteer id, TERYT powiat, precision, match): every place of the seed, as its file writes it.
SEED_PLACES = [
    ("Wyryki-Wola, gm. Wyryki, Włodawa County", "geonames:754533", "0619", "place_part", "exact"),
    ("Czosnówka, gm. Biała Podlaska, Biała Podlaska County", "geonames:773703", "0601", "place", "exact"),
    ("Cześniki, gm. Sitno, Zamość County", "geonames:773720", "0620", "place", "exact"),
    # The register (PRNG) knows three villages GeoNames lacks, which were gmina or powiat fallbacks.
    ("Krzywowierzba-Kolonia, gm. Dębowa Kłoda, Parczew County", "prng:16895", "0613", "place", "exact"),
    ("Wohyń, gm. Wohyń, Radzyń Podlaski County", "geonames:755438", "0615", "place", "exact"),
    ("Wielki Łan, Włodawa County", "geonames:755871", "0619", "place", "exact"),
    ("Zabłocie-Kolonia, gm. Kodeń, Biała Podlaska County", "geonames:768396", "0601", "place", "exact"),
    ("Wyhalew, gm. Dębowa Kłoda, Parczew County", "geonames:754600", "0613", "place", "exact"),
    ("Bychawka Trzecia, gm. Bychawa, Lublin County", "geonames:774729", "0609", "place", "exact"),
    ("Przymiarki, gm. Księżpol, Biłgoraj County", "geonames:761040", "0602", "place", "exact"),
    ("Mniszków, gm. Mniszków, Opoczno County", "geonames:764572", "1007", "place", "exact"),
    ("Oleśno, gm. Gronowo Elbląskie, Elbląg County", "geonames:3090157", "2804", "place", "exact"),
    ("Rabiany, gm. Korytnica, Węgrów County", "geonames:760861", "1433", "place", "exact"),
    ("Sewerynów, gm. Korytnica, Węgrów County", "geonames:759448", "1433", "place", "exact"),
    ("Czyżów, gm. Stopnica, Busko County", "geonames:773672", "2601", "place", "exact"),
    ("Sobótka, gm. Ożarów, Opatów County", "geonames:758690", "2606", "place", "exact"),
    ("Smyków, gm. Raków, Kielce County", "geonames:758762", "2604", "place", "exact"),
    ("Stanisławka, gm. Sitno, Zamość County", "geonames:758433", "0620", "place", "exact"),
    (
        "Choiny, gm. Rybczewice, Świdnik County, Lublin Voivodeship",
        "geonames:774450",
        "0617",
        "place",
        "exact",
    ),
    ("Studzieniec, gm. Korsze, Kętrzyn County", "prng:34913", "2808", "place", "exact"),
    ("Wodynie, gm. Wodynie, Siedlce County", "geonames:755442", "1426", "place", "exact"),
    ("Biała Góra, Białobrzegi County", "prng:1135", "1401", "place", "exact"),
    ("Sulmice, gm. Skierbieszów, Zamość County", "geonames:757777", "0620", "place", "exact"),
    ("Goszcza, Kraków County", "geonames:771698", "1206", "place", "exact"),
    ("Rzeszów-Jasionka Airport, Rzeszów County", "geonames:6296783", "1816", "place", "exact"),
    ("Lublin Airport, Świdnik County", "geonames:765872", "0617", "place", "exact"),
    ("Warsaw Chopin Airport", "geonames:6296786", "1465", "place", "exact"),
    ("Warsaw-Modlin Mazovia Airport", "geonames:8298648", "1414", "place", "exact"),
]


def test_seed_places_summary(geocoder, figures):
    right = sum(geocoder.geocode(q).gazetteer_id == gid for q, gid, *_ in SEED_PLACES)
    figures.append(
        f"seed places: {right}/{len(SEED_PLACES)} resolved to the expected place or honest fallback"
    )
    assert right == len(SEED_PLACES)


@pytest.mark.parametrize(
    ("query", "gid", "powiat", "precision", "match"),
    SEED_PLACES,
    ids=[q[0].split(",")[0] for q in SEED_PLACES],
)
def test_seed_places(geocoder, query, gid, powiat, precision, match):
    m = geocoder.geocode(query)
    assert (m.gazetteer_id, m.admin_codes[1], m.precision, m.match) == (gid, powiat, precision, match)


def test_krzywowierzba_kolonia_never_lands_in_wlodawa_county(geocoder):
    # GeoNames lacks it (it was a gmina fallback); the register has it, in Parczew County.
    m = geocoder.geocode("Krzywowierzba-Kolonia, gm. Dębowa Kłoda, Parczew County")
    assert (m.admin2, m.precision, m.gazetteer_id) == ("Parczew County", "place", "prng:16895")
    assert geocoder.geocode("Krzywowierzba-Kolonia").gazetteer_id == "prng:16895"  # the only one


def test_same_name_in_another_unit_is_rejected_not_taken(geocoder):
    # GeoNames has Krzywowierzba only in gm. Wyryki (Włodawa County).
    m = geocoder.geocode("Krzywowierzba, Parczew County")
    assert m.precision == "admin2"
    assert [a.admin2 for a in m.alternatives] == ["Włodawa County"]
    assert m.alternatives[0].reason == "outside Parczew County"


@pytest.mark.parametrize(
    ("query", "count"),
    [("Mniszków", 2), ("Sobótka", 8), ("Smyków", 18), ("Wólka Krzywowierzbska", None)],
    ids=["mniszkow", "sobotka", "smykow", "missing"],
)
def test_traps_without_hints(geocoder, query, count):
    if count is None:
        with pytest.raises(PlaceNotFoundError, match="no place 'Wólka Krzywowierzbska' found"):
            geocoder.geocode(query)
        return
    with pytest.raises(AmbiguousPlaceError, match=f"matches {count} places; add a hint") as err:
        geocoder.geocode(query)
    assert len(err.value.candidates) == count
    assert all(c["admin2"] for c in err.value.candidates)


def test_two_smykow_in_one_powiat_need_the_gmina(geocoder):
    with pytest.raises(AmbiguousPlaceError, match="matches 2 places"):
        geocoder.geocode("Smyków, powiat konecki")
    assert geocoder.geocode("Smyków, gm. Smyków, powiat konecki").admin3 == "Smyków"
    assert geocoder.geocode("Smyków, gmina Fałków").admin3 == "Fałków"


@pytest.mark.parametrize(
    ("query", "name", "match"),
    [
        ("Czesniki", "Cześniki", "variant"),
        ("Wyryki Wola", "Wyryki-Wola", "variant"),
        ("CZEŚNIKI, Zamość County", "Cześniki", "exact"),
        ("Kolonia Zabłocie", "Zabłocie-Kolonia", "alternate"),
        ("Zabłocie Kolonia, Biała Podlaska County", "Zabłocie-Kolonia", "variant"),
        ("Луцьк", "Lutsk", "alternate"),
        ("Lwów", "Lviv", "alternate"),
        ("Brest, Брэсцкая вобласць", "Brest", "exact"),
        ("Lutsk, Volyn Oblast", "Lutsk", "exact"),
        ("Oleśno (gm. Gronowo Elbląskie)", "Oleśno", "exact"),
        ("Oleśno, Elbląg County", "Oleśno", "exact"),
        ("Olesno, Opole Voivodeship", "Olesno", "exact"),
    ],
    ids=[
        "no-diacritics",
        "space-for-hyphen",
        "upper-case",
        "geonames-name",
        "space-for-hyphen-2",
        "ukrainian-cyrillic",
        "polish-exonym",
        "belarusian-region-hint",
        "oblast-hint",
        "parenthesised-gmina",
        "county-by-seat",
        "voivodeship-hint",
    ],
)
def test_spellings(geocoder, query, name, match):
    m = geocoder.geocode(query)
    assert (m.name, m.match) == (name, match)


@pytest.mark.parametrize("query", ["Oserdów, in Lublin Voivodeship", "Oserdów, within Tomaszów County"])
def test_a_hint_after_in_is_the_unit(geocoder, query):
    # "the village of Oserdów, in Lublin Voivodeship": the preposition is the writer's
    m = geocoder.geocode(query)
    assert (m.name, m.match, m.admin1) == ("Oserdów", "exact", "Lublin Voivodeship")


@pytest.mark.parametrize(
    "hint",
    [
        "Zamość County",
        "powiat zamojski",
        "pow. zamojski",
        "gm. Sitno",
        "gmina Sitno",
        "Lublin Voivodeship",
        "lubelskie",
    ],
)
def test_hints_in_english_and_polish(geocoder, hint):
    assert geocoder.geocode(f"Cześniki, {hint}").gazetteer_id == "geonames:773720"


def test_structured_query(geocoder):
    q = Query("Mniszków", admin2="powiat jeleniogórski", country="PL", kind="place")
    assert geocoder.geocode(q).admin3 == "Janowice Wielkie"


@pytest.mark.parametrize(
    ("query", "hinted", "city"),
    [("Grodno", "Grodno, Belarus", "Hrodna"), ("Kijów", "Kijów, Ukraina", "Kyiv")],
)
def test_a_city_known_by_an_alternate_name_is_a_candidate_not_a_pick(geocoder, query, hinted, city):
    with pytest.raises(AmbiguousPlaceError) as err:
        geocoder.geocode(query)
    assert city in [c["name"] for c in err.value.candidates]
    assert geocoder.geocode(hinted).name == city


def test_exact_spelling_settles_a_cross_border_pair(geocoder):
    # "Trąby" is Polish (a village, and two hamlets of the register with no point, named in the
    # warning); "Traby" may be Belarus's too.
    found = geocoder.resolve("Trąby")
    assert (
        found.status == "resolved" and found.match.country == "PL" and "locality" in found.match.warning_codes
    )
    found = geocoder.resolve("Traby")
    assert found.status == "ambiguous" and {c.country for c in found.candidates} == {"PL", "BY"}


def test_spelling_twins_resolve_by_diacritics_and_report_the_twin(geocoder):
    m = geocoder.geocode("Zgoń")
    assert m.name == "Zgoń"
    assert any(a.name == "Zgon" for a in m.alternatives)


def test_kind_airport(geocoder):
    m = geocoder.geocode(Query("Nowe Miasto", admin2="Grójec County", kind="airport"))
    assert m.feature_code == "AIRP"


def test_typo_suggests_rather_than_guesses(geocoder):
    with pytest.raises(PlaceNotFoundError, match=r"did you mean: Cześniki \[geonames:773720\]"):
        geocoder.geocode("Czeszniki, Zamość County")
    assert geocoder.geocode("Czeszniki, Zamość County", fuzzy=True).match == "fuzzy"


def test_unknown_hint_is_an_error(geocoder):
    with pytest.raises(PlaceNotFoundError, match="admin hint 'Atlantis County' names no known"):
        geocoder.geocode("Cześniki, Atlantis County")


@pytest.mark.parametrize(
    ("query", "region", "village"),
    [
        ("Latgale", "Latgale, LV", "vzd:100120293"),
        ("Vidzeme", "Vidzeme, LV", "vzd:100190800"),
        ("Dobrogea", "Dobruja, RO", "osm:node/559725466"),
        ("Wołyń", "Volhynia, UA/BY", "prng:40287"),
    ],
)
def test_a_historical_regions_name_alone_is_never_its_village(geocoder, query, region, village):
    # "a drone crashed in Latgale": the land, not the village of Līksna parish 60 km from Rēzekne
    with pytest.raises(AmbiguousPlaceError, match=rf"names a historical region \({region}\)") as err:
        geocoder.geocode(query)
    assert village in [c["gazetteer_id"] for c in err.value.candidates]
    # its village, named with a hint or by its id, is the village
    assert geocoder.geocode(village).gazetteer_id == village


@pytest.mark.parametrize("query", ["Томашів-Любельський", "Томашов-Любельский", "Томашув-Любельський"])
def test_a_polish_towns_adjective_in_cyrillic_reads_as_polish(geocoder, query):
    # "-ський", "-ский" is Polish "-ski": Tomaszów Lubelski, whose Ukrainian name GeoNames does not hold
    assert geocoder.geocode(query).name == "Tomaszów Lubelski"


def test_a_historical_regions_village_is_found_with_a_hint(geocoder):
    assert geocoder.geocode("Latgale, Līksna Parish").gazetteer_id == "vzd:100120293"
    assert geocoder.geocode("Mazury, gmina Świętajno").name == "Mazury"


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Rēzekne, Latgale", "Rēzekne"),
        ("Rezekne, Latgale region", "Rēzekne"),
        ("Suceava, Bucovina", "Suceava"),
    ],
)
def test_a_historical_region_as_a_hint_narrows_to_its_countries(geocoder, query, name):
    assert geocoder.geocode(query).name == name


def test_a_historical_region_hint_never_takes_a_place_outside_its_countries(geocoder):
    # Latgale is in Latvia: no "Chełm" there, and the Polish city is not taken
    with pytest.raises(PlaceNotFoundError):
        geocoder.geocode("Chełm, Latgale")


def test_a_country_whose_places_are_not_held_says_so(geocoder):
    # Slovakia is on the map (its outline) but has no places in the gazetteer: say so, not "unknown"
    with pytest.raises(
        PlaceNotFoundError,
        match=r"admin hint 'Słowacja' names Slovakia, whose places are not in the gazetteer \(the gazetteer holds",
    ):
        geocoder.geocode("Vyšné Remety (Słowacja)")


def test_a_name_found_nowhere_says_what_the_gazetteer_holds(geocoder):
    with pytest.raises(
        PlaceNotFoundError, match=r"found \(the gazetteer holds the towns and villages of Poland, "
    ):
        geocoder.geocode("Xyzzyqv")
    with pytest.raises(PlaceNotFoundError, match=r"found \(the gazetteer holds"):
        geocoder.geocode("Moscow, Russia")  # a country alone vouches for nothing
    # with a unit named, the unit's fallback or its own message says enough
    assert geocoder.geocode("Xyzzyqv, Lublin Voivodeship").match == "admin"


def test_country_filter(geocoder):
    with pytest.raises(PlaceNotFoundError):
        geocoder.geocode("Cześniki", country="UA")


def test_result_carries_provenance(geocoder):
    d = geocoder.geocode("Mniszków, Opoczno County").to_dict()
    for key in MATCH_RECORD_KEYS:
        assert key in d
    assert d["alternatives"][0]["admin2"] == "Jelenia Góra County"


# -- cases built from the gazetteer itself -------------------------------------------------
def _places(geocoder, country="PL"):
    gaz = geocoder.gaz
    for key, rows in gaz.by_name.items():
        for i in rows.split(","):
            f = gaz.feature(int(i))
            if f.fclass == "P" and country in (None, f.cc):
                yield key, f


@pytest.fixture(scope="module")
def same_name_groups(geocoder):
    # Same name, letter for letter: "Annówka" and "Annowka" are two names, settled by spelling.
    groups = defaultdict(list)
    for _, f in _places(geocoder):
        groups[f.name.casefold()].append(f)
    return {k: v for k, v in groups.items() if len(v) > 1}


def _is_town(f):
    return (
        f.status == "town"
        or f.fcode in ("PPLC", "PPLA", "PPLA2")
        or f.population >= 10_000
        or (f.fcode == "PPLA3" and f.population >= 5_000)
    )


def _dominant(members, hinted=False):
    """The town a same-name group defers to: the one town, with town rights under a hint, or ten times larger."""
    towns = [f for f in members if _is_town(f)]
    if len(towns) != 1:
        return None
    top, floor = towns[0], 0 if towns[0].status == "town" else 500
    if (hinted and top.status == "town") or all(
        top.population >= 10 * max(o.population, floor) for o in members if o is not top
    ):
        return top
    return None


def test_every_same_name_group_is_ambiguous_without_hints(geocoder, same_name_groups, figures):
    silent, cities, villages = [], 0, 0
    for members in same_name_groups.values():
        try:
            m = geocoder.geocode(Query(members[0].name, kind="place"))
        except AmbiguousPlaceError:
            continue
        city = _dominant(members)
        if "town" in m.warning_codes and (city is None or m.gazetteer_id == city.gazetteer_id):
            cities += 1  # a town people mean (here or across the border), taken with a warning
            continue
        others = [f for f in members if f.gazetteer_id != m.gazetteer_id]
        if "locality" in m.warning_codes and all(f.id.startswith("simc:") for f in others):
            villages += 1  # the one village, over the register's hamlets with no point, with a warning
            continue
        silent.append(members[0].name)
    figures.append(
        f"same-name groups without hints: {len(same_name_groups)}; ambiguity raised for "
        f"{len(same_name_groups) - cities - villages - len(silent)}, a town taken with a warning for "
        f"{cities}, a village over the register's pointless hamlets, with a warning, for {villages}, "
        f"silent picks {len(silent)}"
    )
    assert silent == []


def test_every_same_name_place_resolves_with_its_gmina_and_powiat(geocoder, same_name_groups, figures):
    gaz = geocoder.gaz
    right = wrong = ambiguous = 0
    for members in same_name_groups.values():
        for f in members:
            gmina, powiat = gaz.admin_name("PL", "ADM3", f.a3), gaz.admin_name("PL", "ADM2", f.a2)
            if not gmina or not powiat:
                continue
            # Twins: the same name in a gmina of the same name (an urban and a rural gmina Lipno share it).
            twins = [g for g in members if gaz.admin_names(g)[1:] == (powiat, gmina)]
            try:
                m = geocoder.geocode(Query(f.name, admin3=gmina, admin2=powiat, kind="place"))
            except AmbiguousPlaceError:
                ambiguous += 1
                assert len(twins) > 1, f"{f.name} in gm. {gmina} has no twin there but stayed ambiguous"
                continue
            city = _dominant(twins, hinted=True) if len(twins) > 1 else None
            if city is not None and f is not city:
                assert m.gazetteer_id == city.gazetteer_id and m.warnings  # a city and a namesake inside it
                continue
            if len(twins) > 1 and all(g.located for g in twins):
                # Localities of the register with no point, all in one gmina: located at the gmina.
                assert m.precision == "admin3" and m.admin_codes[2] == f.a3 and m.warnings
                continue
            main = [g for g in twins if g.status in ("town", "village")]
            if len(twins) > 1 and len(main) == 1 and f is not main[0]:
                # A village and the register's hamlet or part of a locality of its name: the village.
                assert m.gazetteer_id == main[0].gazetteer_id and "locality" in m.warning_codes
                continue
            right += m.gazetteer_id == f.gazetteer_id
            wrong += m.gazetteer_id != f.gazetteer_id
    total = right + wrong
    figures.append(
        f"same-name places with gmina + powiat hints: {total + ambiguous}; right {right}, wrong {wrong}, "
        f"ambiguous (twins in one gmina) {ambiguous}; accuracy {right / total:.4%}"
    )
    assert wrong == 0


def test_every_diacritic_free_spelling_finds_its_place(geocoder, figures):
    import unicodedata

    # Same-name places in any country, large cities known by the name, and towns abroad known by
    # it (an exonym: "Kołomyja" is a Polish village and the Polish name of the city of Kolomyia).
    counts = defaultdict(int)
    for key, _ in _places(geocoder, None):
        counts[key] += 1
    gaz = geocoder.gaz
    for key, rows in gaz.by_alternate.items():
        known = [gaz.feature(int(i)) for i in rows.split(",")]
        counts[key] += sum(
            f.population >= LARGE_CITY or (f.cc != "PL" and f.population >= TOWN_POPULATION) for f in known
        )
    tried = found = 0
    for key, f in _places(geocoder):
        plain = unicodedata.normalize("NFKD", f.name.replace("ł", "l").replace("Ł", "L"))
        plain = "".join(c for c in plain if not unicodedata.combining(c))
        if plain == f.name or counts[key] > 1:
            continue
        tried += 1
        with contextlib.suppress(AmbiguousPlaceError):
            found += geocoder.geocode(Query(plain, kind="place")).gazetteer_id == f.gazetteer_id
    figures.append(f"diacritic-free spellings of unique names: {tried}; found {found} ({found / tried:.4%})")
    assert tried > 10_000
    assert found == tried


def test_packaged_index_agrees_with_fold(geocoder):
    # The index is folded at build time; a change to fold() must come with a rebuilt index.
    gaz = geocoder.gaz
    missing = [i for i in range(len(gaz)) if i not in gaz.lookup(gaz.by_name, fold(gaz.feature(i).name))]
    assert missing == []


def test_rejected_alternatives_are_capped_and_counted(geocoder):
    m = geocoder.geocode("Wólka, gm. Sitno")  # no Wólka in gm. Sitno; 47 elsewhere
    assert m.precision == "admin3"
    assert len(m.alternatives) == 10 < m.rejected_count


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=0, max_size=40))
def test_any_text_gets_an_answer_or_a_geocode_error(geocoder, text):
    try:
        m = geocoder.geocode(text)
    except GeocodeError as err:
        assert str(err)
    else:
        assert -180 <= m.lon <= 180 and -90 <= m.lat <= 90


def test_legacy_grid_coordinates_are_flagged(geocoder):
    gaz = geocoder.gaz
    for i in range(len(gaz)):
        f = gaz.feature(i)
        on_grid = abs(f.lon * 60 - round(f.lon * 60)) < 1e-3 and abs(f.lat * 60 - round(f.lat * 60)) < 1e-3
        if f.cc == "PL" and f.fclass == "P" and on_grid and len(gaz.lookup(gaz.by_name, fold(f.name))) == 1:
            break
    m = geocoder.geocode(Query(f.name, kind="place"))
    assert m.precision == "place" and m.uncertainty_km == 1.0
    assert "1-arc-minute grid" in m.warnings[-1]


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("Shevchenko, Donetsk Oblast", "add a hint (hromada, raion or oblast)"),  # in several raions
        ("Wilkowo", "add a hint (gmina, powiat or voivodeship)"),
        ("Mariampol", "add a hint (region or country)"),  # Polish and Lithuanian namesakes
    ],
)
def test_an_ambiguous_answer_asks_for_the_units_of_its_candidates_country(geocoder, query, words):
    found = geocoder.resolve(query)
    assert found.status == "ambiguous"
    assert words in found.message


def test_ukrainian_namesakes_of_one_hromada_are_located_at_it(geocoder):
    # two villages "Marianivka" of Makarivska Hromada: which is meant cannot be told, where they lie can
    found = geocoder.resolve("Marianivka, Buchanskyi Raion")
    assert found.status == "fallback"
    assert (found.match.name, found.match.precision) == ("Makarivska Hromada", "admin3")
    assert (
        "names 2 localities of Makarivska Hromada in the official register (KATOTTG)"
        in found.match.warnings[-1]
    )
    assert len(found.match.alternatives) >= 2


# TERYT SIMC: the register's colonies, hamlets and parts of localities, most with no point of their own.


def test_a_hamlet_with_no_point_is_located_at_the_village_it_belongs_to(geocoder):
    found = geocoder.resolve("Purda Szczycieńska")
    m = found.match
    assert found.status == "fallback" and m.gazetteer_id == "simc:1047080"
    assert m.precision == "place_part" and m.uncertainty_km > 0 and m.admin3 == "Szczytno"
    assert "part of Lipowiec" in m.warnings[0] and "no point in any source" in m.warnings[0]
    assert geocoder.resolve("simc:1047080").match.name == "Purda Szczycieńska"  # its id finds it


def test_a_name_the_register_gives_a_hamlet_too_is_no_longer_unique(geocoder):
    # "Frącki" was taken, unwarned, for the village in gmina Giby; the register also has a hamlet in Biała.
    found = geocoder.resolve("Frącki")
    assert found.status == "ambiguous"
    assert {c.admin3 for c in found.candidates} == {"Giby", "Biała"}


def test_the_village_is_taken_over_a_hamlet_of_its_name_in_the_hinted_unit(geocoder):
    m = geocoder.geocode("Załęże, gmina Koniecpol")
    assert m.gazetteer_id == "geonames:3080753" and "locality" in m.warning_codes
    assert "geonames:3080754" in m.warnings[0]  # the forest settlement, named in the warning


def test_pointless_namesakes_in_one_gmina_are_located_at_the_gmina(geocoder):
    found = geocoder.resolve("Jasnowo, gmina Chojnice")
    assert found.status == "fallback" and found.match.precision == "admin3"
    assert found.match.admin3 == "Chojnice" and "simc:0081607" in found.match.warnings[0]


def test_a_town_lies_in_its_urban_gmina_not_the_rural_one_of_its_name(geocoder):
    # GeoNames filed the town of Szczytno in the rural gmina Szczytno; TERC's code settles it.
    assert geocoder.geocode("Szczytno, powiat szczycieński").admin_codes[2] == "281701"


def test_a_place_geonames_filed_in_the_next_gmina_takes_the_registers(geocoder):
    m = geocoder.geocode("Krzywe Błoto, gmina Włocławek")
    assert m.gazetteer_id == "geonames:3094434" and m.admin2 == "Włocławek County" and not m.warnings


def test_a_renamed_rural_gmina_is_not_taken_for_the_urban_one(geocoder):
    # TERC (2020) names the rural gmina around Wąbrzeźno "Ryńsk"; PRNG (2021) still "Wąbrzeźno-gmina
    # wiejska". Its villages must not move to the town's urban gmina by name.
    assert geocoder.geocode("Wronie, powiat wąbrzeski").admin_codes[2] == "041705"


def test_polish_admin_units_are_named_in_one_language(geocoder):
    # "Łowicz County" beside "Lublin Voivodeship", never "powiat Łowicki"; "Dywity", not "Gmina Dywity".
    gaz = geocoder.gaz
    odd = [
        f.name
        for i in range(len(gaz))
        if (f := gaz.feature(i)).cc == "PL"
        and f.fcode in ("ADM2", "ADM3")
        and f.name.casefold().startswith(("powiat ", "gmina ", "województwo "))
    ]
    assert odd == []


def test_a_gmina_written_with_its_kind_names_one_of_two_namesakes(geocoder):
    # "gmina Szczytno" is the town's urban gmina or the rural one around it; with its kind, one.
    assert geocoder.geocode("X, gmina Szczytno").precision == "admin2"  # both, in their powiat
    urban = geocoder.geocode("X, gmina miejska Szczytno")
    rural = geocoder.geocode("X, gmina wiejska Szczytno")
    assert (urban.precision, urban.admin_codes[2]) == ("admin3", "281701")
    assert (rural.precision, rural.admin_codes[2]) == ("admin3", "281706")


def test_a_name_alone_is_the_village_over_the_registers_pointless_hamlets(geocoder):
    # One village "Adamka" with a point, and localities of the register with none: the village, warned.
    m = geocoder.geocode("Adamka")
    assert m.precision == "place" and "locality" in m.warning_codes and "simc:" in m.warnings[0]


def test_a_name_one_register_village_bears_is_that_village_alone(geocoder, figures):
    # A self-check, not an independent measure (the gazetteer compiles PRNG): names that one town or
    # village of PRNG's list bears, alone. Hamlets of SIMC with no point do not make them ambiguous;
    # GeoNames' or OpenStreetMap's namesakes with points do, and stay so.
    gaz = geocoder.gaz
    counts: Counter[str] = Counter()
    register = []
    for i in range(len(gaz)):
        f = gaz.feature(i)
        if f.cc == "PL" and (f.id.startswith("prng:") or f.register.startswith("prng:")):
            counts[f.name] += 1
            register.append(f)
    unique = sorted((f for f in register if counts[f.name] == 1), key=lambda f: f.gazetteer_id)
    sample = unique[:: len(unique) // 1000][:1000]
    found = [geocoder.resolve(f.name).match for f in sample]
    right = sum(
        m is not None and m.gazetteer_id == f.gazetteer_id for m, f in zip(found, sample, strict=True)
    )
    figures.append(
        f"PRNG's one-village names alone (self-check, not independent): {right}/{len(sample)} right"
    )
    assert right >= 0.92 * len(sample)
