"""geomap's shared words: statuses, precisions, layer kinds, markers, colours and UI strings.

Defined once here and shipped to the page inside its document, so the page's
JS and CSS keep no copies (a test checks that they do not).  Colours are
chosen to meet WCAG contrast: 3:1 for map symbols against the basemap's land
and 4.5:1 for text on the page's panels (``tests/test_vocab.py`` computes it).
"""

from __future__ import annotations

from typing import Any, Final

LANGUAGES: Final = ("en", "pl")

#: How sure a feature is, in the order a legend lists them.
STATUSES: Final = ("confirmed", "reported", "disputed", "reclassified", "excluded")
STATUS_COLOURS: Final = {
    "confirmed": "#b2182b",
    "reported": "#b45309",
    "disputed": "#6a3d9a",
    "reclassified": "#2166ac",
    "excluded": "#5b5b5b",
}
#: Statuses drawn dimmed: the feature stays on the map, but as ruled out.
DIMMED_STATUSES: Final = ("excluded",)

#: When a time is known to: exact minute, the hour, the day, "the night of", or not at all.
TIME_PRECISIONS: Final = ("exact", "hour", "day", "night", "unknown")

#: What a report names that the map does not draw (the ``mentions:`` of an incident file).
MENTION_KINDS: Final = (
    "country",
    "region",
    "place",
    "organisation",
    "government",
    "denial",
    "ambiguous",
    "claim",
)

#: What changed in a feature's history entry.
CHANGES: Final = ("reported", "status", "found", "corrected", "excluded", "note")

#: How a geocoded point was found, most to least precise.
PRECISIONS: Final = ("place", "place_part", "between", "admin3", "admin2", "admin1", "country")
#: Precisions drawn as an area of uncertainty, not a pin.
AREA_PRECISIONS: Final = ("between", "admin3", "admin2", "admin1", "country")

#: Local names of admin levels, by country (the label a precision level carries).
ADMIN_TERMS: Final = {
    "PL": {"admin1": "voivodeship", "admin2": "powiat", "admin3": "gmina"},
    "UA": {"admin1": "oblast", "admin2": "raion", "admin3": "hromada"},
    "BY": {"admin1": "voblast", "admin2": "raion", "admin3": "selsoviet"},
    "LT": {"admin1": "apskritis", "admin2": "municipality", "admin3": "eldership"},
    "RU": {"admin1": "oblast", "admin2": "raion", "admin3": "municipality"},
    "LV": {"admin1": "municipality", "admin2": "parish", "admin3": "unit"},
    "EE": {"admin1": "county", "admin2": "municipality", "admin3": "unit"},
    "RO": {"admin1": "county", "admin2": "commune", "admin3": "unit"},
}
DEFAULT_ADMIN_TERMS: Final = {"admin1": "region", "admin2": "district", "admin3": "municipality"}

#: Point symbols a layer may choose.
MARKERS: Final = ("circle", "square", "triangle", "diamond")

#: Defaults for well-known layer names; any other name gets the generic point style.
LAYER_DEFAULTS: Final[dict[str, dict[str, Any]]] = {
    "crash_sites": {"marker": "circle", "colour": None, "label": True, "priority": 1},
    "airports": {"marker": "square", "colour": "#0f766e", "label": True, "priority": 3},
    "bases": {"marker": "triangle", "colour": "#1b7837", "label": True, "priority": 3},
    "border_regions": {"marker": None, "colour": "#404040", "label": False, "priority": 9},
    "alert_regions": {"marker": None, "colour": "#a16207", "label": False, "priority": 9},
    "flight_directions": {"marker": None, "colour": None, "label": False, "priority": 9},
}
#: Titles of the well-known layers, per language; any other layer is titled from its name.
LAYER_TITLES: Final = {
    "en": {"crash_sites": "Crash and debris sites", "airports": "Airports", "bases": "Bases",
           "border_regions": "Borders", "alert_regions": "Regions on alert", "flight_directions": "Claimed directions"},
    "pl": {"crash_sites": "Miejsca upadku i szczątki", "airports": "Lotniska", "bases": "Bazy",
           "border_regions": "Granice", "alert_regions": "Regiony w pogotowiu", "flight_directions": "Deklarowane kierunki"},
}  # fmt: skip
#: One colour per claim, in the file's order.
CLAIM_COLOURS: Final = ("#c51b7d", "#2166ac", "#1b7837", "#8c510a", "#6a3d9a")
#: Where two claims' entry sectors overlap.
OVERLAP_COLOUR: Final = "#000000"
#: Event categories in a table, most frequent first (Observable 10, distinguishable in colour-blind
#: simulation on the light basemap; each dot has a dark rim); the rest share OTHER_COLOUR.
CATEGORY_COLOURS: Final = ("#4269d0", "#efb118", "#ff725c", "#6cc5b0", "#3ca951", "#ff8ab7", "#a463f2",
                           "#97bbf5", "#9c6b4e", "#2f2f2f")  # fmt: skip
OTHER_COLOUR: Final = "#9498a0"
#: An event dot's rim: its colour times this (light colours stand out from the land by their rim).
CATEGORY_RIM_SHADE: Final = 0.55
#: A numeric column's continuous colour scale (``geomap map --colour``), low to high (viridis).
SCALE_COLOURS: Final = (
    "#440154",
    "#46327e",
    "#365c8d",
    "#277f8e",
    "#1fa187",
    "#4ac16d",
    "#a0da39",
    "#fde725",
)
#: A table's density grid, from few events to many.
DENSITY_COLOURS: Final = (
    "#fde0c5",
    "#facba6",
    "#f8b58b",
    "#f59e72",
    "#f2855d",
    "#ef6a4c",
    "#eb4a40",
    "#c2203a",
)
#: How the parts of a claim are drawn: line width (px), dash, opacity; fill opacity for the corridor.
CLAIM_PARTS: Final[dict[str, dict[str, Any]]] = {
    "corridor": {"width": 1, "opacity": 0.7, "fill_opacity": 0.18},
    "route": {"width": 2, "opacity": 0.9},
    # The page draws a claim's fans only strongly for the selected claim (``selected_*``), faintly
    # while none is (``faint_*``), and not at all while another is.
    "fan": {
        "width": 1.5,
        "dash": "4 6",
        "opacity": 0.9,
        "selected_width": 2,
        "selected_opacity": 0.95,
        "faint_width": 1,
        "faint_opacity": 0.3,
    },
    "sector": {"width": 6, "opacity": 0.95},
    "overlap": {"width": 12, "opacity": 0.45},
}
#: How an area layer's shapes are drawn, on the page and in the GeoJSON alike: a border's line and band, any other area.
SHAPE_PARTS: Final[dict[str, dict[str, Any]]] = {
    "band": {"width": 0, "fill_opacity": 0.12},
    "border": {"width": 3, "opacity": 0.9},
    "area": {"width": 1.5, "fill_opacity": 0.1},
    # A point located only to an admin unit: the unit's circle, dashed (fainter when the report is
    # excluded or reclassified: ``dimmed_fill_opacity``).
    "uncertainty": {"width": 2, "dash": "5 4", "fill_opacity": 0.12, "dimmed_fill_opacity": 0.05},
}
#: How a point is drawn on the page: its radius (px; ``radius_by_layer`` where a layer's differs),
#: its outline, and its fill (hollow, with a wider outline in its colour, when dimmed).
POINT_PAINT: Final[dict[str, Any]] = {
    "radius": 7,
    "radius_by_layer": {"crash_sites": 8},
    "width": 1.5,
    "dimmed_width": 2.5,
    "fill_opacity": 0.95,
}

#: The facts a feature's popup lists, in order; the page draws them and decides nothing (popups.js,
#: ``facts``), so a new fact is a line here and, for a new label, a word in :data:`UI`.  Each has a
#: ``label`` (a key of :data:`UI`), the ``parts`` of its value, joined: ``[field, format]``, where a
#: field is a property of the feature, ``claim.<p>`` of the claim it is part of, ``target.<p>`` of
#: the feature a fan points at, ``a|b`` the first of these that is set, or a list of fields (their
#: values, each that is set); a format is ``text``, ``km``, ``km2``, ``label:<kind>`` (a word of
#: :data:`LABELS`), ``paren`` (" (value)"), ``pm_km`` (" (±n km)", none for 0), ``template:<key>`` (``{n}`` in
#: a :data:`UI` text) or ``alternatives`` (rejected candidates, each with its admin units).  A fact
#: is shown when its first part is set and every field in ``if`` is (``kinds`` and ``not_kinds``:
#: the feature's ``kind`` in, not in, these); ``missing``: the :data:`UI` word shown instead of an
#: unset value; ``list``: a value of several items is shown one item per line (a list), not run
#: together with semicolons (rejected candidates, which on a phone otherwise read as one paragraph).
POPUP_FACTS: Final[tuple[dict[str, Any], ...]] = (
    {"label": "length_measured", "kinds": ["border"], "parts": [["length_km", "km"]]},
    {"label": "length_official", "kinds": ["border"], "parts": [["official_length_km", "km"]]},
    {"label": "area", "kinds": ["band"], "parts": [["area_km2", "km2"]]},
    *(
        dict(fact, **{"if": ["claim_id", *fact.get("if", [])], "not_kinds": ["overlap"]})
        for fact in (
            {"label": "speaker", "parts": [["speaker", "text"], ["role", "paren"]]},
            {
                "label": "origin",
                "if": ["claim.has_direction"],
                "missing": "unknown",
                "parts": [["claim.origin", "text"]],
            },
            {"label": "route", "parts": [["claim.via", "text"]]},
            {"label": "entry_sector", "parts": [["claim.entry_sector", "text"]]},
            {"label": "bearing", "parts": [["claim.bearing", "template:bearing_about"]]},
            {"label": "targets", "kinds": ["fan"], "parts": [["target.name|target", "text"]]},
            {
                "label": "distance_from_border",
                "kinds": ["fan"],
                "parts": [["distance_from_border_km", "template:at_least_km"]],
            },
        )
    ),
)
#: The facts of "How this was located", as :data:`POPUP_FACTS` (for a feature the geocoder placed).
LOCATED_FACTS: Final[tuple[dict[str, Any], ...]] = (
    {"label": "written_as", "parts": [["query", "text"]]},
    {"label": "matched", "parts": [["matched_name", "text"], ["gazetteer_id", "paren"]]},
    {"label": "match", "parts": [["match", "label:match"]]},
    {"label": "precision", "parts": [["precision", "label:precision"], ["uncertainty_km", "pm_km"]]},
    {"label": "admin_units", "parts": [[["admin3", "admin2", "admin1"], "text"]]},
    {"label": "warnings", "parts": [["warnings", "text"]]},
    {"label": "rejected", "list": True, "parts": [["alternatives", "alternatives"]]},
)

#: The credits the pages show for the data and code they draw with, each written once: the incident
#: page shows them all (geomap.document), the diff page and the site's index the ones they use.
CREDIT_GEONAMES: Final = "Contains GeoNames data (geonames.org), CC BY 4.0"
CREDIT_PRNG: Final = "Places in Poland: PRNG, GUGiK; TERYT, GUS (Polish open data)"
CREDIT_UKRAINE: Final = (
    "Places in Ukraine: KATOTTG (Ministry for Communities and Territories); pcodes: xls-form-builder (ISC)"
)
#: (short: at 740x500 the credits took four lines of the map; the READMEs name the registers in full)
CREDIT_REGISTERS: Final = "Places in Latvia: VZD; Estonia: EHAK, Maa-amet; Romania: SIRUTA, INS"
#: ODbL 1.0 asks for this attribution wherever its data (settlement points in Ukraine, Belarus, Lithuania,
#: Estonia and Moldova) is shown.
CREDIT_OSM: Final = "Villages: © OpenStreetMap contributors (ODbL)"
CREDIT_NATURAL_EARTH: Final = "Boundaries: Natural Earth (public domain)"
CREDIT_LEAFLET: Final = "Map: Leaflet (BSD-2-Clause)"

#: The basemap's own colours (what symbols must stand out against).
BASEMAP_COLOURS: Final = {
    "water": "#c9dbe6",
    "land": "#ecebe4",
    "focus": "#fbfaf5",
    "border": "#7d7d7d",
    "admin1": "#a9a9a9",
    "label": "#595959",
    "town": "#3d3d3d",
}
PANEL_COLOURS: Final = {"background": "#ffffff", "text": "#1a1a1a", "muted": "#595959", "focus": "#005fcc"}

UI: Final[dict[str, dict[str, str]]] = {
    "en": {
        "about": "About this map",
        "about_short": "About",
        "legend": "Legend",
        "layers": "Layers",
        "table": "Table",
        "table_title": "Every feature on this map",
        "claims": "Claims",
        "close": "Close",
        "sources": "Sources",
        "source_text_on_file": "text kept with the incident file",
        "what_reported": "What was reported",
        "when": "When",
        "where": "Where",
        "status": "Status",
        "layer": "Layer",
        "name": "Name",
        "what": "What",
        "history": "How the picture changed",
        "how_located": "How this was located",
        "written_as": "Written as",
        "matched": "Matched",
        "match": "Match",
        "precision": "Precision",
        "admin_units": "Admin units",
        "rejected": "Same name elsewhere, not taken",
        "warnings": "Caveats",
        "speaker": "Said by",
        "origin": "Origin",
        "route": "Route",
        "entry_sector": "Entry sector",
        "targets": "Targets",
        "distance_from_border": "Distance from the border",
        "bearing": "Bearing",
        "not_a_track": "Claimed direction, not a radar track.",
        "claim_window": "Claimed for",
        "no_geometry": "No direction to draw",
        "part.sector": "Entry sector",
        "part.corridor": "Corridor",
        "part.route": "Claimed route",
        "part.fan": "Towards a target",
        "at_least_km": "at least {n} km from the entry sector",
        "bearing_about": "about {n}°",
        "role": "Role",
        "overlap": "Claims cannot be told apart on this stretch",
        "length_measured": "Length (measured)",
        "length_official": "Length (official)",
        "area": "Area",
        "uncertain": "Located only to an admin unit (area of uncertainty)",
        "counts": "Counts",
        "as_of": "As of",
        "time_control": "Time",
        "play": "Play",
        "pause": "Pause",
        "latest": "Latest",
        "end_of_day": "end of day",
        "time_keys": "Arrow keys: one step. Page Up / Page Down: the next or previous change. Home / End: the start or the latest.",
        "none_yet": "None yet.",
        "not_yet_known": "not yet known",
        "features": "features",
        "zoom_in": "Zoom in",
        "zoom_out": "Zoom out",
        "sort_by": "Sort by",
        "show_on_map": "Show on map",
        "km": "km",
        "at_least": "at least",
        "about_n": "about",
        "at_most": "at most",
        "unknown": "unknown",
        "attribution": "Data and map",
        "events_here_one": "{n} event here",
        "events_here_few": "{n} events here",
        "events_here_other": "{n} events here",
        "events_shown": "{shown} of {total} events shown",
        "event_count_one": "{n} event",
        "event_count_few": "{n} events",
        "event_count_other": "{n} events",
        "no_value": "(none)",
        "other": "Other",
        "other_categories": "{n} more categories",
        "show_more": "Show {n} more",
        "density": "Events per cell (all times)",
        "density_note": "Zoom in to see the events themselves.",
        "not_embedded": "Too many events to include one by one ({n}); the map shows how many fall in each cell.",
        "without_time": "Events without a time (always shown): {n}.",
        "without_coordinates": "Rows not drawn, without usable coordinates: {n} (listed in {file}).",
        "data_from": "Data",
        "column": "Column",
        "row": "Row",
        "hint_wheel": "Use {key} + scroll to zoom the map",
        "hint_touch": "Use two fingers to move the map",
        "full_screen": "Full screen",
        "exit_full_screen": "Exit full screen",
        "sites_here": "{n} sites here",
        "numbered": "Numbered on the map",
        "fan_meaning": "Fan: a line from the entry sector towards each place the claim names as a target, not a flight path. Drawn strongly for the selected claim.",
        "select_claim": "Show this claim's fans",
        "scale": "Scale",
        "locator": "Where this map is",
    },
    "pl": {
        "about": "O tej mapie",
        "about_short": "O mapie",
        "legend": "Legenda",
        "layers": "Warstwy",
        "table": "Tabela",
        "table_title": "Wszystkie obiekty na mapie",
        "claims": "Twierdzenia",
        "close": "Zamknij",
        "sources": "Źródła",
        "source_text_on_file": "tekst przechowywany z plikiem zdarzenia",
        "what_reported": "Co podano",
        "when": "Kiedy",
        "where": "Gdzie",
        "status": "Status",
        "layer": "Warstwa",
        "name": "Nazwa",
        "what": "Co",
        "history": "Jak zmieniał się obraz",
        "how_located": "Jak ustalono położenie",
        "written_as": "Zapisano jako",
        "matched": "Dopasowano",
        "match": "Dopasowanie",
        "precision": "Dokładność",
        "admin_units": "Jednostki administracyjne",
        "rejected": "Ta sama nazwa gdzie indziej, odrzucona",
        "warnings": "Zastrzeżenia",
        "speaker": "Mówi",
        "origin": "Skąd",
        "route": "Trasa",
        "entry_sector": "Odcinek wlotu",
        "targets": "Cele",
        "distance_from_border": "Odległość od granicy",
        "bearing": "Kurs",
        "not_a_track": "Deklarowany kierunek, nie ślad radarowy.",
        "claim_window": "Dotyczy okresu",
        "no_geometry": "Brak kierunku do narysowania",
        "part.sector": "Odcinek wlotu",
        "part.corridor": "Korytarz",
        "part.route": "Deklarowana trasa",
        "part.fan": "W stronę celu",
        "at_least_km": "co najmniej {n} km od odcinka wlotu",
        "bearing_about": "około {n}°",
        "role": "Funkcja",
        "overlap": "Na tym odcinku twierdzeń nie da się rozróżnić",
        "length_measured": "Długość (zmierzona)",
        "length_official": "Długość (oficjalna)",
        "area": "Powierzchnia",
        "uncertain": "Położenie znane tylko do jednostki administracyjnej (obszar niepewności)",
        "counts": "Liczby",
        "as_of": "Stan na",
        "time_control": "Czas",
        "play": "Odtwórz",
        "pause": "Wstrzymaj",
        "latest": "Najnowszy stan",
        "end_of_day": "koniec dnia",
        "time_keys": "Strzałki: jeden krok. Page Up / Page Down: następna lub poprzednia zmiana. Home / End: początek lub najnowszy stan.",
        "none_yet": "Jeszcze brak.",
        "not_yet_known": "jeszcze nieznane",
        "features": "obiektów",
        "zoom_in": "Przybliż",
        "zoom_out": "Oddal",
        "sort_by": "Sortuj według",
        "show_on_map": "Pokaż na mapie",
        "km": "km",
        "at_least": "co najmniej",
        "about_n": "około",
        "at_most": "najwyżej",
        "unknown": "nieznane",
        "attribution": "Dane i mapa",
        "events_here_one": "{n} zdarzenie tutaj",
        "events_here_few": "{n} zdarzenia tutaj",
        "events_here_other": "{n} zdarzeń tutaj",
        "events_shown": "Pokazane zdarzenia: {shown} z {total}",
        "event_count_one": "{n} zdarzenie",
        "event_count_few": "{n} zdarzenia",
        "event_count_other": "{n} zdarzeń",
        "no_value": "(brak)",
        "other": "Inne",
        "other_categories": "jeszcze {n} kategorii",
        "show_more": "Pokaż kolejne {n}",
        "density": "Zdarzenia w komórce (cały okres)",
        "density_note": "Przybliż, aby zobaczyć pojedyncze zdarzenia.",
        "not_embedded": "Zbyt wiele zdarzeń, by dołączyć je pojedynczo ({n}); mapa pokazuje, ile przypada na komórkę.",
        "without_time": "Zdarzenia bez czasu (pokazywane zawsze): {n}.",
        "without_coordinates": "Wiersze nierysowane, bez poprawnych współrzędnych: {n} (lista w {file}).",
        "data_from": "Dane",
        "column": "Kolumna",
        "row": "Wiersz",
        "hint_wheel": "Użyj {key} + przewijania, aby przybliżyć mapę",
        "hint_touch": "Przesuń mapę dwoma palcami",
        "full_screen": "Pełny ekran",
        "exit_full_screen": "Zamknij pełny ekran",
        "sites_here": "Miejsca tutaj: {n}",
        "numbered": "Numery na mapie",
        "fan_meaning": "Wachlarz: linia od sektora wlotu do każdego miejsca wskazanego w twierdzeniu jako cel, nie trasa lotu. Wyraźnie dla wybranego twierdzenia.",
        "select_claim": "Pokaż wachlarz tego twierdzenia",
        "scale": "Skala",
        "locator": "Położenie mapy",
    },
}

#: What a candidate place is (geomap.places.results.Candidate.place_type), English to Polish: the
#: registers' types (PRNG, TERYT SIMC, KATOTTG), facilities by feature code, and admin units by their
#: local terms (ADMIN_TERMS).  The page shows them through LABELS ("place_type.<English>").
PLACE_TYPES: Final = {
    "town": "miasto",
    "village": "wieś",
    "colony": "kolonia",
    "hamlet": "przysiółek",
    "settlement": "osada",
    "forest settlement": "osada leśna",
    "part of a locality": "część miejscowości",
    "housing estate": "osiedle",
    "tourist hostel": "schronisko turystyczne",
    "airport": "port lotniczy",
    "airfield": "lotnisko",
    "airbase": "baza lotnicza",
    "heliport": "lądowisko dla śmigłowców",
    "military base": "baza wojskowa",
    "military installation": "obiekt wojskowy",
    "railway station": "stacja kolejowa",
    "voivodeship": "województwo",
    "powiat": "powiat",
    "gmina": "gmina",
    "oblast": "obwód",
    "raion": "rejon",
    "hromada": "hromada",
    "voblast": "obwód",
    "selsoviet": "sielsowiet",
    "apskritis": "okręg",
    "municipality": "samorząd",
    "eldership": "starostwo",
    "region": "region",
    "district": "okręg",
    "country": "kraj",
}

#: Labels of the enumerations above, per language.
LABELS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "status.confirmed": "Confirmed",
        "status.reported": "Reported",
        "status.disputed": "Disputed",
        "status.reclassified": "Reclassified",
        "status.excluded": "Excluded",
        "precision.place": "the place itself",
        "precision.place_part": "part of a village",
        "precision.between": "between two places",
        "precision.admin3": "municipality",
        "precision.admin2": "district",
        "precision.admin1": "region",
        "precision.country": "country",
        "match.exact": "exact name",
        "match.variant": "spelling variant",
        "match.alternate": "alternate name",
        "match.fuzzy": "close spelling",
        "match.admin": "admin unit only",
        "match.coordinates": "coordinates given in the file",
        "match.id": "gazetteer id given in the file",
        "match.between": "between two places",
        "time.exact": "",
        "time.hour": "around",
        "time.day": "during the day",
        "time.night": "during the night",
        "time.unknown": "time unknown",
        "change.reported": "First reported",
        "change.status": "Status changed",
        "change.found": "Found",
        "change.corrected": "Corrected",
        "change.excluded": "Excluded",
        "change.note": "Note",
        "qualifier.exact": "",
        "qualifier.at_least": "at least",
        "qualifier.about": "about",
        "qualifier.at_most": "at most",
        **{f"place_type.{k}": k for k in PLACE_TYPES},
    },
    "pl": {
        "status.confirmed": "Potwierdzone",
        "status.reported": "Zgłoszone",
        "status.disputed": "Sporne",
        "status.reclassified": "Przeklasyfikowane",
        "status.excluded": "Wykluczone",
        "precision.place": "sama miejscowość",
        "precision.place_part": "część wsi",
        "precision.between": "między dwiema miejscowościami",
        "precision.admin3": "gmina",
        "precision.admin2": "powiat",
        "precision.admin1": "województwo / region",
        "precision.country": "kraj",
        "match.exact": "dokładna nazwa",
        "match.variant": "wariant pisowni",
        "match.alternate": "nazwa alternatywna",
        "match.fuzzy": "podobna pisownia",
        "match.admin": "tylko jednostka administracyjna",
        "match.coordinates": "współrzędne z pliku",
        "match.id": "identyfikator z pliku",
        "match.between": "między dwiema miejscowościami",
        "time.exact": "",
        "time.hour": "około",
        "time.day": "w ciągu dnia",
        "time.night": "w nocy",
        "time.unknown": "czas nieznany",
        "change.reported": "Pierwsze doniesienie",
        "change.status": "Zmiana statusu",
        "change.found": "Znaleziono",
        "change.corrected": "Sprostowanie",
        "change.excluded": "Wykluczono",
        "change.note": "Uwaga",
        "qualifier.exact": "",
        "qualifier.at_least": "co najmniej",
        "qualifier.about": "około",
        "qualifier.at_most": "najwyżej",
        **{f"place_type.{k}": v for k, v in PLACE_TYPES.items()},
    },
}

QUALIFIERS: Final = ("exact", "at_least", "about", "at_most")

#: Geocoder warnings an incident file may acknowledge with ``expect:`` (see geomap.places.results.Note).
NOTE_CODES: Final = (
    "variant",
    "transliteration",
    "town",
    "locality",
    "coverage",
    "fuzzy",
    "grid",
    "place_part",
    "admin3",
    "admin2",
    "admin1",
)


def note_code(term: str, country: str = "PL") -> str:
    """Return the warning code an ``expect:`` term stands for: a code, or a local admin term ("gmina")."""
    if term in NOTE_CODES:
        return term
    for terms in (ADMIN_TERMS.get(country, DEFAULT_ADMIN_TERMS), *ADMIN_TERMS.values()):
        for level, local in terms.items():
            if local == term:
                return level
    return term


def expect_terms() -> tuple[str, ...]:
    """Every term ``expect:`` accepts: the codes and the local names of admin levels."""
    local = sorted({t for terms in ADMIN_TERMS.values() for t in terms.values()})
    return (*NOTE_CODES, *local)


def precision_label(precision: str, country: str) -> str:
    """Return the local term for a precision level: ``("admin3", "PL") -> "gmina"``."""
    if precision.startswith("admin"):
        return ADMIN_TERMS.get(country, DEFAULT_ADMIN_TERMS)[precision]
    return {"place": "place", "place_part": "village part", "between": "between two places"}.get(
        precision, precision
    )


def page_vocabulary(language: str) -> dict[str, object]:
    """Everything the page needs to name and colour things, in ``language``."""
    return {
        "ui": {**UI[language], **TABLE_UI[language]},
        "labels": LABELS[language],
        "statuses": list(STATUSES),
        "status_colours": dict(STATUS_COLOURS),
        "dimmed_statuses": list(DIMMED_STATUSES),
        "area_precisions": list(AREA_PRECISIONS),
        "markers": list(MARKERS),
        "overlap_colour": OVERLAP_COLOUR,
        "category_colours": list(CATEGORY_COLOURS),
        "other_colour": OTHER_COLOUR,
        "category_rim_shade": CATEGORY_RIM_SHADE,
        "density_colours": list(DENSITY_COLOURS),
        "claim_parts": {k: dict(v) for k, v in CLAIM_PARTS.items()},
        "shape_parts": {k: dict(v) for k, v in SHAPE_PARTS.items()},
        "point_paint": {**POINT_PAINT, "radius_by_layer": dict(POINT_PAINT["radius_by_layer"])},
        "popup_facts": list(POPUP_FACTS),
        "located_facts": list(LOCATED_FACTS),
        "basemap": dict(BASEMAP_COLOURS),
        "panel": dict(PANEL_COLOURS),
    }


#: The event-table tools' words (geomap-table.js): the density view, time windows, filters, summaries.
TABLE_UI: Final = {
    "en": {
        "shapes_drawn": "Drawn as they are: {what}; density squares count each at a point on it.",
        "line_count_one": "{n} line",
        "line_count_few": "{n} lines",
        "line_count_other": "{n} lines",
        "polygon_count_one": "{n} polygon",
        "polygon_count_few": "{n} polygons",
        "polygon_count_other": "{n} polygons",
        "multipoint_count_one": "{n} multipoint",
        "multipoint_count_few": "{n} multipoints",
        "multipoint_count_other": "{n} multipoints",
        "scale_line_width": "Line width: {column}",
        "scale_no_polygons": "Polygons keep one outline; size applies to points and lines.",
        "shapes_simplified": "Shapes simplified (tolerance about {m} m) to keep the page small.",
        "shapes_mixed": "{n} geometry collections of mixed kinds: each drawn as its polygons if it has any, else its lines; its other parts are left out.",
        "tools": "Explore the events",
        "view": "Show",
        "view_auto": "Density where events overlap",
        "view_density": "Density everywhere",
        "view_events": "Every event",
        "colour_by_category": "Colour squares by their main category",
        "per_bin": "Events per square ({px} px)",
        "bin_dominant_note": "Each square in the colour of its most frequent category; darker: more events.",
        "mostly": "mostly {label} ({pct}%)",
        "time_window": "Time",
        "window_off": "Up to the time shown",
        "window_day": "Day",
        "window_week": "Week",
        "window_month": "Month",
        "window_range": "Dragged range",
        "window_off_note": "Events up to the time on the time control. Pick a window, or drag across the histogram.",
        "window_hint": "Drag across the histogram to pick a range.",
        "window_text": "{from} to {to}: {n} events",
        "window_previous": "Previous window",
        "window_next": "Next window",
        "histogram_label": "Histogram of {n} events over time, {from} to {to}",
        "filters": "Filters",
        "other_values": "{n} other values",
        "filter_min": "{name}: lowest",
        "filter_max": "{name}: highest",
        "filter_range": "{min} to {max}",
        "filter_missing": "{n} without a value (shown only with the full range)",
        "summary_span": "{first} to {last}",
        "summary_more": "{n} more",
        "summary_numbers": "total {sum}, highest {max}",
        "tip_more": "and {n} more here: click to list them",
        "scale": "Scale",
        "scale_size": "Size: {column}",
        "scale_colour": "Colour: {column}",
        "scale_missing": "{n} without a value: smallest, grey",
        "select": "Select",
        "select_box": "Draw a box on the map",
        "select_polygon": "Draw a polygon (double-click to close)",
        "select_cancel": "Cancel the box",
        "selected": "{n} events selected",
        "selected_one": "{n} event selected",
        "select_csv": "Download as CSV",
        "select_clear": "Clear",
    },
    "pl": {
        "shapes_drawn": "Rysowane w swoim kształcie: {what}; kwadraty gęstości liczą każdy w punkcie na nim.",
        "line_count_one": "{n} linia",
        "line_count_few": "{n} linie",
        "line_count_other": "{n} linii",
        "polygon_count_one": "{n} wielokąt",
        "polygon_count_few": "{n} wielokąty",
        "polygon_count_other": "{n} wielokątów",
        "multipoint_count_one": "{n} wielopunkt",
        "multipoint_count_few": "{n} wielopunkty",
        "multipoint_count_other": "{n} wielopunktów",
        "scale_line_width": "Grubość linii: {column}",
        "scale_no_polygons": "Wielokąty mają jeden obrys; rozmiar dotyczy punktów i linii.",
        "shapes_simplified": "Kształty uproszczone (tolerancja ok. {m} m), by strona była mała.",
        "shapes_mixed": "Kolekcje geometrii różnych rodzajów: {n}; każda rysowana jako jej wielokąty, a gdy ich nie ma, linie; pozostałe części pominięto.",
        "tools": "Przeglądaj zdarzenia",
        "view": "Pokaż",
        "view_auto": "Gęstość tam, gdzie zdarzenia się nakładają",
        "view_density": "Gęstość wszędzie",
        "view_events": "Każde zdarzenie",
        "colour_by_category": "Kolor kwadratu według przeważającej kategorii",
        "per_bin": "Zdarzenia w kwadracie ({px} px)",
        "bin_dominant_note": "Każdy kwadrat w kolorze najczęstszej kategorii; ciemniejszy: więcej zdarzeń.",
        "mostly": "głównie {label} ({pct}%)",
        "time_window": "Czas",
        "window_off": "Do czasu na suwaku",
        "window_day": "Dzień",
        "window_week": "Tydzień",
        "window_month": "Miesiąc",
        "window_range": "Zaznaczony zakres",
        "window_off_note": "Zdarzenia do czasu na suwaku. Wybierz okno lub przeciągnij po histogramie.",
        "window_hint": "Przeciągnij po histogramie, aby wybrać zakres.",
        "window_text": "Od {from} do {to}: {n} zdarzeń",
        "window_previous": "Poprzednie okno",
        "window_next": "Następne okno",
        "histogram_label": "Histogram {n} zdarzeń w czasie, od {from} do {to}",
        "filters": "Filtry",
        "other_values": "{n} innych wartości",
        "filter_min": "{name}: najniższa",
        "filter_max": "{name}: najwyższa",
        "filter_range": "od {min} do {max}",
        "filter_missing": "{n} bez wartości (widoczne tylko przy pełnym zakresie)",
        "summary_span": "od {first} do {last}",
        "summary_more": "i {n} innych",
        "summary_numbers": "razem {sum}, najwięcej {max}",
        "tip_more": "i {n} innych tutaj: kliknij, aby je wypisać",
        "scale": "Skala",
        "scale_size": "Wielkość: {column}",
        "scale_colour": "Kolor: {column}",
        "scale_missing": "Bez wartości: {n} (najmniejsze, szare)",
        "select": "Zaznacz",
        "select_box": "Narysuj prostokąt na mapie",
        "select_polygon": "Narysuj wielokąt (dwuklik zamyka)",
        "select_cancel": "Anuluj prostokąt",
        "selected": "Zaznaczone zdarzenia: {n}",
        "selected_one": "Zaznaczone zdarzenie: {n}",
        "select_csv": "Pobierz jako CSV",
        "select_clear": "Wyczyść",
    },
}


#: The name ``geomap extract`` gives a draft beside its report ("x.article.txt": "x.draft.yaml"); a
#: file so named in seeds/ is a draft still to review, which ``geomap check`` leaves out.
DRAFT_SUFFIX: Final = ".draft.yaml"
