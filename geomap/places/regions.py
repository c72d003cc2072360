"""Historical and informal regions: names reports write for a land, never a place to map.

"A drone crashed in Latgale", "nad Podlasiem", "в Добрудже": each names a land with no border of
its own in the gazetteer (Latgale is no unit of Latvia's; Podlasie none of Poland's), and most
of the names are also borne by a village somewhere ("Latgale" in Līksna parish, "Dobrogea" in
Moldova, "Podlasie" 27 times in Poland).  A report naming one means the land, so the geocoder
never takes such a name alone for its village (:func:`region_of`), and ``geomap extract`` drafts
it as a region mention, not a place.

The forms are the names in the languages of the region's reports (Latin script: the local one,
English and Polish; Cyrillic: Ukrainian and Russian), with the inflected forms Polish,
Ukrainian and Russian reports write after a preposition.  Deliberately left out: names that are
first a settlement's in the region's reports ("Żmudź" is a village near Chełm, where drones fell;
"Moldova" is a country), and two-word names.
"""

from __future__ import annotations

from functools import cache

from geomap.places.text import fold

#: English name -> (the countries it lies in, the first its main one; its names and their inflected
#: forms as reports write them).
REGIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # Poland's historical and informal lands (GeoNames lists several as regions, class L "RGN")
    "Podlachia": (("PL",), ("Podlasie", "Podlasia", "Podlasiu", "Podlasiem", "Podlachia", "Підляшшя",
                         "Підляшші", "Подляшье", "Подляшья")),
    "Lublin region": (("PL",), ("Lubelszczyzna", "Lubelszczyzny", "Lubelszczyźnie", "Lubelszczyznę",
                             "Люблінщина", "Люблінщині", "Люблінщини", "Люблинщина", "Люблинщине")),
    "Subcarpathia": (("PL",), ("Podkarpacie", "Podkarpacia", "Podkarpaciu", "Podkarpaciem", "Subcarpathia",
                            "Підкарпаття", "Підкарпатті", "Подкарпатье")),
    "Mazovia": (("PL",), ("Mazowsze", "Mazowsza", "Mazowszu", "Mazowszem", "Mazovia", "Мазовія", "Мазовії",
                       "Мазовия", "Мазовии")),
    "Warmia": (("PL",), ("Warmia", "Warmii", "Warmię")),
    "Masuria": (("PL",), ("Mazury", "Mazurach", "Mazurami", "Masuria", "Мазури", "Мазурах", "Мазуры")),
    "Suwałki region": (("PL", "LT"), ("Suwalszczyzna", "Suwalszczyzny", "Suwalszczyźnie")),
    "Zamość region": (("PL",), ("Zamojszczyzna", "Zamojszczyzny", "Zamojszczyźnie")),
    "Polesia": (("PL", "BY", "UA"), ("Polesie", "Polesia", "Polesiu", "Polesiem", "Polissia", "Полісся", "Поліссі",
                       "Полесье", "Полесья")),
    "Pomerania": (("PL",), ("Pomorze", "Pomorza", "Pomorzu", "Pomorzem", "Pomerania")),
    "Lesser Poland": (("PL",), ("Małopolska", "Małopolski", "Małopolsce")),
    "Greater Poland": (("PL",), ("Wielkopolska", "Wielkopolski", "Wielkopolsce")),
    "Silesia": (("PL",), ("Śląsk", "Śląska", "Śląsku", "Silesia", "Сілезія", "Сілезії", "Силезия", "Силезии")),
    "Kuyavia": (("PL",), ("Kujawy", "Kujawach", "Kuyavia")),
    # Latvia's historical lands (the law of 2021; Natural Earth's regions of Latvia bear four names)
    "Latgale": (("LV",), ("Latgale", "Latgalē", "Latgales", "Latgalia", "Łatgalia", "Łatgalii", "Łatgalię",
                       "Латгале", "Латгалия", "Латгалии", "Латгалию", "Латгалія", "Латгалії", "Латгалію")),
    "Vidzeme": (("LV",), ("Vidzeme", "Vidzemē", "Vidzemes", "Widzeme", "Видземе", "Відземе")),
    "Courland": (("LV",), ("Kurzeme", "Kurzemē", "Kurzemes", "Courland", "Kurlandia", "Kurlandii", "Kurlandię",
                        "Курземе", "Курляндия", "Курляндии", "Курляндія", "Курляндії")),
    "Semigallia": (("LV",), ("Zemgale", "Zemgalē", "Zemgales", "Semigallia", "Semigalia", "Semigalii",
                          "Земгале", "Земгалия", "Земгалии", "Земгалія", "Земгалії")),
    "Selonia": (("LV",), ("Sēlija", "Sēlijā", "Selonia", "Селия", "Селія")),
    # Lithuania's ethnographic regions
    "Aukštaitija": (("LT",), ("Aukštaitija", "Aukštaitijoje", "Auksztota", "Auksztocie", "Аукштайтия",
                           "Аукштайтии", "Аукштайтія", "Аукштайтії")),
    "Samogitia": (("LT",), ("Žemaitija", "Žemaitijoje", "Samogitia", "Жемайтия", "Жемайтии", "Жемайтія",
                         "Жемайтії")),
    "Dzūkija": (("LT",), ("Dzūkija", "Dzūkijoje", "Dzukija", "Дзукия", "Дзукии", "Дзукія", "Дзукії")),
    "Suvalkija": (("LT",), ("Suvalkija", "Suvalkijoje", "Сувалкия", "Сувалкии", "Сувалкія", "Сувалкії")),
    # Romania, Moldova and Ukraine
    "Dobruja": (("RO",), ("Dobrogea", "Dobrogei", "Dobruja", "Dobrudja", "Dobrudża", "Dobrudży", "Dobrudżę",
                       "Добруджа", "Добруджі", "Добрудже", "Добруджу", "Добруджи")),
    "Bukovina": (("UA", "RO"), ("Bucovina", "Bucovinei", "Bukovina", "Bukowina", "Bukowinie", "Bukowiny",
                        "Буковина", "Буковині", "Буковине", "Буковини", "Буковину")),
    "Bessarabia": (("MD", "UA"), ("Bessarabia", "Basarabia", "Basarabiei", "Besarabia", "Besarabii",
                          "Бессарабия", "Бессарабии", "Бессарабія", "Бессарабії", "Бесарабія", "Бесарабії")),
    "Budjak": (("UA",), ("Budjak", "Bugeac", "Budżak", "Budżaku", "Буджак", "Буджаку", "Буджаке")),
    "Volhynia": (("UA", "BY"), ("Volhynia", "Wołyń", "Wołyniu", "Wołynia", "Wołyniem", "Волинь", "Волині",
                        "Волынь", "Волыни")),
    "Podolia": (("UA",), ("Podolia", "Podole", "Podolu", "Поділля", "Поділлі", "Подолье", "Подолии")),
    "Galicia": (("UA", "PL"), ("Galicia", "Galicja", "Galicji", "Галичина", "Галичині", "Галичини", "Галиция",
                       "Галиции")),
}  # fmt: skip


@cache
def _by_form() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Folded form -> (English name, countries)."""
    return {fold(form): (name, countries) for name, (countries, forms) in REGIONS.items() for form in forms}


def region_of(name: str) -> tuple[str, tuple[str, ...]] | None:
    """Return (English name, countries) of the region ``name`` writes, in any form listed, or None."""
    return _by_form().get(fold(name))
