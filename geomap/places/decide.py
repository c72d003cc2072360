"""Deciding: what a query's search found, turned into an answer a reader can trust.

Several places left after the hints are ambiguous, listed and never picked, unless one is a
town people mean (a county seat or larger, a town of 10,000, a gmina seat of 5,000, or a town
with town rights in the register) and ten times larger than every namesake; then it is taken
with a warning naming the others.  Nothing found falls back on the one admin unit the hints
agree on, with a warning; a close spelling is taken only when asked (``fuzzy``) and confirmed
by an admin hint.  Every answer carries the notes a reader should check.
"""

from __future__ import annotations

from geomap.places import gazetteer as _gazetteer
from geomap.places.assemble import LISTED, MAX_ALTERNATIVES, Assembler, describe, unit_name
from geomap.places.hints import Hint
from geomap.places.query import Query
from geomap.places.regions import region_of
from geomap.places.results import Candidate, MatchKind, Note, Resolution
from geomap.places.search import LARGE_CITY, TIERS, Search, is_town, script_countries
from geomap.places.text import fold, has_cyrillic, transliterate, word_order_key
from geomap.vocab import precision_label

#: A town (search.is_town) is taken over namesakes only when this many times larger than each (a
#: village of unknown size counts as VILLAGE_POPULATION).
TOWN_FACTOR = 10
VILLAGE_POPULATION = 500
#: Where the gazetteer lists only towns, places this large (or regional capitals) need no coverage warning.
CAPITAL_CODES = frozenset({"PPLC", "PPLA"})
SCORES = {"exact": 1.0, "variant": 0.95, "alternate": 0.9, "word_order": 0.85, "id": 1.0}
#: Letters that only Polish writes among the region's Latin spellings: such a name is a Polish place's.
_POLISH_LATIN = frozenset("ąćęłńśźż")


def decide(
    gaz: _gazetteer.Gazetteer,
    results: Assembler,
    q: Query,
    tiers: dict[int, str],
    search: Search,
    rows: list[int],
    rejected: list[int],
    hints: list[Hint],
) -> Resolution:
    """Answer a query whose search found ``rows`` (tiers by row): resolved, ambiguous, or located."""
    hinted = bool(hints)
    notes = list(search.notes)
    smaller: frozenset[int] = frozenset()
    if len(rows) > 1:
        town = dominant_town(gaz, rows, tiers, q.has_admin_hint)
        locality = None if town is not None else main_locality(gaz, rows, tiers, q.has_admin_hint)
        if town is None and locality is None:
            unit = _common_unit(gaz, rows) if q.has_admin_hint else None
            if unit is not None:
                return _at_unit(gaz, results, q, rows, unit, notes)
            return _ambiguous(results, q, rows)
        chosen = town if town is not None else locality
        assert chosen is not None
        others = [i for i in rows if i != chosen]
        if town is not None:
            notes.append(
                Note(
                    "town",
                    f"{q.name!r} also names {len(others)} {_smaller(gaz.feature(town).population)} "
                    f"({results.listing(others, 5)}); took {_the_town(gaz.feature(town).population)}; add a hint to "
                    "choose another",
                )
            )
        else:
            notes.append(
                Note(
                    "locality",
                    f"{q.name!r} also names {len(others)} other locality(ies) of the register, not a town or "
                    f"village (a colony, hamlet, settlement or part of a locality: {results.listing(others, 5)}); "
                    f"took the {gaz.feature(chosen).status}; "
                    + (
                        "use an id to choose another"
                        if q.has_admin_hint
                        else "add a hint or use an id to choose another"
                    ),
                )
            )
        rows, rejected, smaller = [chosen], others + rejected, frozenset(others)
    f = gaz.feature(rows[0])
    tier = tiers[rows[0]]
    matched, kind = matched_name(f, tier, search.keys, q.name)
    if kind == "variant":
        notes.append(
            Note(
                "variant",
                f"{q.name!r} matched {matched!r}, which is spelled differently; check that it is the place meant",
            )
        )
    notes += namesake_notes(gaz, q, f, matched, kind, hinted)
    if not gaz.village_level(f.cc) and f.fclass == "P" and not is_capital(f):
        # An admin hint narrows the search but cannot vouch for a village the gazetteer lacks, and a
        # town of that name may not be the place meant either: only a regional capital is certain.
        notes.append(Note("coverage", _coverage_message(f.cc, q.name)))
    score = SCORES["variant"] if tier == "exact" and kind == "variant" else SCORES[tier]
    if any(n.code in ("town", "transliteration") for n in notes):
        score = round(score * 0.9, 3)
    if f.located:
        # The register names the settlement and its unit (or the locality it belongs to), and no
        # source gives its point: it is located as a fallback is, at the unit's centre (or that
        # locality's point) with its circle.
        notes.append(Note(f.precision, _located_message(gaz, f, gaz.admin_names(f))))
        score = min(score, 0.5)
    rejected = results.rivals(rejected, f)
    alternatives = results.alternatives(f, rejected, q, hints, smaller)
    match = results.match(q, f, matched, kind, score, alternatives, tuple(notes), len(rejected))
    return Resolution(str(q), "fallback" if f.located else "resolved", match)


def _smaller(population: int) -> str:
    """Return what a town's namesakes are called: smaller places, or other places where its size is unknown."""
    return "smaller place(s)" if population else "other place(s)"


def _the_town(population: int) -> str:
    """Return how a chosen town is named: by its population, or what the sources call it where they give none."""
    return (
        f"the town of {population:,} people"
        if population
        else "the one the sources call a town, of unknown size"
    )


def _common_unit(gaz: _gazetteer.Gazetteer, rows: list[int]) -> int | None:
    """Return the smallest unit holding ``rows`` when they are a register's localities, not all with a point, or None.

    Poland's (gmina, powiat or voivodeship) when none has a point of its own (SIMC's); Romania's county
    when some have none (SIRUTA's villages, drawn at their commune's seat, beside GeoNames' namesakes
    the register's names could not be joined to).
    """
    features = [gaz.feature(i) for i in rows]
    levels: tuple[tuple[str, str], ...]
    if all(f.id.startswith("simc:") for f in features):
        cc, levels = "PL", (("ADM3", "a3"), ("ADM2", "a2"), ("ADM1", "a1"))
    elif all(f.cc == "RO" and f.fclass == "P" for f in features) and any(f.located for f in features):
        cc, levels = "RO", (("ADM1", "a1"),)
    elif all(
        f.cc == "UA"
        and f.fclass == "P"
        and (f.register.startswith("katottg:") or f.id.startswith("katottg:"))
        for f in features
    ):
        # Ukraine's namesakes in one hromada or raion (a hinted oblast holds many "Shevchenko"s):
        # which is meant cannot be told, where they lie can
        cc, levels = "UA", (("ADM3", "a3"), ("ADM2", "a2"))
    else:
        return None
    for level, field in levels:
        codes = {getattr(f, field) for f in features}
        if len(codes) == 1:
            return gaz.unit_row(cc, level, codes.pop())
    return None


def _at_unit(
    gaz: _gazetteer.Gazetteer, results: Assembler, q: Query, rows: list[int], unit_row: int, notes: list[Note]
) -> Resolution:
    """Locate a name that several pointless localities of one unit bear at that unit, naming them.

    Two hamlets "Jasnowo" of gmina Chojnice, neither with a point: which one is meant cannot be
    told, but both lie in the gmina, so its circle is an honest answer, as a fallback to the
    hinted unit is (what geomap answered before it knew them).
    """
    unit = gaz.feature(unit_row)
    register, which = {
        "PL": ("TERYT SIMC", "none with a point"),
        "RO": ("SIRUTA", "not all with a point"),
        "UA": ("KATOTTG", "which is meant cannot be told"),
    }[unit.cc]
    note = Note(
        unit.precision,
        f"{q.name!r} names {len(rows)} localities of {unit_name(unit)} in the official register ({register}), "
        f"{which} ({results.listing(rows, 5)}): located at {unit_name(unit)} (±{unit.radius_km:g} km)",
    )
    candidates = tuple(results.candidate(i) for i in rows)
    match = results.match(
        q, unit, unit.name, "admin", 0.5, candidates[:MAX_ALTERNATIVES], (*notes, note), len(rows)
    )
    return Resolution(str(q), "fallback", match)


def region_named(
    gaz: _gazetteer.Gazetteer, results: Assembler, q: Query, rows: list[int], hints: list[Hint]
) -> Resolution | None:
    """Refuse a historical region's name taken for a settlement of that name ("Latgale"), or None.

    A report writing "Latgale" or "Dobrogea" alone means the land (see :mod:`geomap.places.regions`),
    not the village of that name the gazetteer holds: the answer is ambiguous, the villages listed
    with their ids, and the message says how to name the village or place a point by hand.  A hint
    below the country ("Latgale, Līksna Parish") or an id names the village; the country alone does
    not ("Latgale, Latvia" is the land too).  Admin units ("Волинь", Volyn Oblast) are left to the
    search.
    """
    region = region_of(q.name)
    if region is None or any(h.units for h in hints) or q.kind not in (None, "place"):
        return None
    if not rows or any(gaz.feature(i).fclass != "P" for i in rows):
        return None
    name, countries = region
    candidates = tuple(results.candidate(i) for i in rows)
    return Resolution(
        str(q),
        "ambiguous",
        candidates=candidates,
        message=f"{q.name!r} names a historical region ({name}, {'/'.join(countries)}), which has no border of its own in the "
        f"gazetteer, and {len(rows)} settlement(s): {_listing(candidates)}; a region is no place to map: for a "
        "settlement, add a hint or use its id; for a point in the region, give it by hand (coordinates: [lon, lat])",
    )


def _listing(candidates: tuple[Candidate, ...]) -> str:
    """Return the first LISTED candidates described, and how many more there are."""
    listing = "; ".join(describe(c) for c in candidates[:LISTED])
    if len(candidates) > LISTED:
        listing += f"; and {len(candidates) - LISTED} more (--json lists them all)"
    return listing


def _ambiguous(results: Assembler, q: Query, rows: list[int]) -> Resolution:
    candidates = tuple(results.candidate(i) for i in rows)
    listing = _listing(candidates)
    return Resolution(
        str(q),
        "ambiguous",
        candidates=candidates,
        message=f"{q.name!r} matches {len(rows)} places; add a hint ({_hint_words(candidates)}) or use one "
        f"of the ids: {listing}",
    )


def _hint_words(candidates: tuple[Candidate, ...]) -> str:
    """Return the units that tell the candidates apart, in their country's terms ("hromada, raion or oblast")."""
    countries = {c.country for c in candidates}
    if len(countries) != 1:
        return "region or country"
    (cc,) = countries
    if cc in _HINT_WORDS:
        return _HINT_WORDS[cc]
    small, middle, large = (precision_label(level, cc) for level in ("admin3", "admin2", "admin1"))
    return f"{small}, {middle} or {large}"


#: The hints to ask for where a country's three levels are not what reports write: Lithuania's
#: eldership is rarely written, its county is ("Kaunas County"); Latvia and Estonia have two levels.
_HINT_WORDS = {"LT": "municipality or county", "LV": "parish or municipality", "EE": "municipality or county"}


def by_id(gaz: _gazetteer.Gazetteer, results: Assembler, q: Query, hints: list[Hint]) -> Resolution:
    """Answer a gazetteer id ("geonames:773720"), refused when it lies outside a hint."""
    row = gaz.row_of(q.name)
    if row is None:
        return Resolution(
            str(q), "not_found", message=f"no gazetteer entry {q.name}; copy an id from a candidate list"
        )
    f = gaz.feature(row)
    outside = [h.text for h in hints if not h.contains(f)]
    if outside:
        return Resolution(
            str(q),
            "not_found",
            candidates=(results.candidate(row),),
            message=f"{q.name} is {f.name} ({describe(results.candidate(row))}), outside {', '.join(outside)}",
        )
    return Resolution(str(q), "resolved", results.match(q, f, f.name, "id", SCORES["id"], ()))


def not_found(
    gaz: _gazetteer.Gazetteer,
    results: Assembler,
    q: Query,
    hints: list[Hint],
    search: Search,
    suggestions: list[int],
    fallback: tuple[int | None, list[int]],
    fuzzy: bool,
) -> Resolution:
    """Answer a query no place fits: a confirmed close spelling (``fuzzy``), the hinted unit, or not found.

    ``suggestions`` are the close spellings inside the hints; ``fallback`` is the unit every hint
    agrees on and the same-named units it stands for (see :meth:`Hints.fallback_unit`).
    """
    key = search.keys[-1] if search.keys else fold(q.name)
    confirmed = any(h.units for h in hints)  # an admin unit, not only a country, vouches for the spelling
    near = [results.candidate(i, "similar spelling") for i in suggestions]
    did_you_mean = f"; did you mean: {'; '.join(describe(c) for c in near)}?" if near else ""
    if fuzzy and len(suggestions) == 1 and confirmed:
        f = gaz.feature(suggestions[0])
        note = Note(
            "fuzzy",
            f"{q.name!r} is not in the gazetteer; took the close spelling {f.name!r} in the hinted unit",
        )
        from rapidfuzz import fuzz  # only a close spelling needs it: kept out of the cold start

        score = round(0.8 * fuzz.ratio(key, fold(f.name)) / 100, 3)
        return Resolution(str(q), "resolved", results.match(q, f, f.name, "fuzzy", score, (), (note,)))
    rejected = results.rivals(search.rejected)
    alternatives = tuple(
        results.candidate(i, results.rejection(i, q, hints)) for i in rejected[:MAX_ALTERNATIVES]
    )
    unit_row, shared = fallback
    if shared and unit_row is None:
        return Resolution(
            str(q),
            "ambiguous",
            candidates=tuple(results.candidate(i) for i in shared),
            message=f"no place {q.name!r} found; the hints name {len(shared)} admin units "
            f"that share a name ({results.listing(shared)}): add the powiat or region",
        )
    if unit_row is not None:
        unit = gaz.feature(unit_row)
        which = (
            f"; the hints name {len(shared)} units that share a name ({results.listing(shared)}), all in it"
            if shared
            else ""
        )
        note = Note(
            unit.precision,
            f"{q.name!r} is not in the gazetteer within {', '.join(h.text for h in hints)}; "
            f"located at {unit_name(unit)} (±{unit.radius_km:g} km){which}{did_you_mean}",
        )
        match = results.match(q, unit, unit.name, "admin", 0.5, alternatives, (note,), len(rejected))
        return Resolution(str(q), "fallback", match)
    elsewhere = (
        f"; same name outside the hints: {'; '.join(describe(c) for c in alternatives)}"
        if alternatives
        else ""
    )
    why = (
        " (--fuzzy takes a close spelling only inside a hinted gmina, powiat or region)"
        if fuzzy and near
        else ""
    )
    # a place abroad looked for by its name or its country alone: say where the gazetteer looks
    covers = f" ({_gazetteer.COVERAGE})" if not confirmed and not alternatives else ""
    return Resolution(
        str(q),
        "not_found",
        candidates=alternatives + tuple(near),
        message=f"no place {q.name!r} found{elsewhere}{did_you_mean}{why}{covers}",
    )


def dominant_town(
    gaz: _gazetteer.Gazetteer, rows: list[int], tiers: dict[int, str], hinted: bool = False
) -> int | None:
    """Return the town people mean when they write a name several places share, or None.

    The one town among them (see ``search.is_town``: seats, the population figures and the register's
    town rights) found in the best tier: a town with town rights in the register, or else one
    ten times larger than every other candidate.  "Zamość" is the city, not one of its thirteen
    namesake villages; "Korytnica" stays ambiguous.
    """
    towns = [i for i in rows if is_town(gaz.feature(i))]
    if len(towns) != 1:
        return None
    top = gaz.feature(towns[0])
    best = min(TIERS.index(tiers[i]) for i in rows)
    if TIERS.index(tiers[towns[0]]) != best:
        return None
    if top.status == "town" and hinted:
        # Inside a hinted unit, a town with town rights in the register is the place its name means
        # over villages of that name, whatever their size ("Mrozy, mazowieckie"): taken, and the
        # warning names them.  Without a hint, sizes decide ("Sobótka" stays ambiguous).
        return towns[0]
    # A village of unknown size counts as VILLAGE_POPULATION, except against a town with town rights.
    floor = 0 if top.status == "town" else VILLAGE_POPULATION
    for i in rows:
        if i != towns[0] and top.population < TOWN_FACTOR * max(gaz.feature(i).population, floor):
            return None
    return towns[0]


def main_locality(
    gaz: _gazetteer.Gazetteer, rows: list[int], tiers: dict[int, str], hinted: bool
) -> int | None:
    """Return the town or village a hinted name means over the register's lesser localities of that name, or None.

    Inside a hinted unit, the one town or village (by the register's type) is the place its name
    means over the colonies, hamlets, settlements and parts of localities of that name in its
    powiat (most of which have no point of their own: drawn at the locality they belong to, or at
    their gmina): "Kąty, gmina Osiek" is the village, and the warning names the hamlet.  Two towns
    or villages, a place of no known type, or namesakes in other powiats (a voivodeship hint is
    too wide to choose) stay ambiguous.  A name alone is the one town or village with a point when
    every namesake is a locality no source gives a point (SIMC's alone): "Frącki" names a village
    in gmina Giby and a hamlet of Pogórze, and a report naming it means the village, as it means
    Zamość the city; the warning names the hamlet.
    """
    main = [i for i in rows if gaz.feature(i).status in ("town", "village")]
    if len(main) != 1:
        return None
    f = gaz.feature(main[0])
    others = [gaz.feature(i) for i in rows if i != main[0]]
    if hinted and any(not o.status or o.a2 != f.a2 for o in others):
        return None
    if not hinted and (f.located or any(not o.id.startswith("simc:") for o in others)):
        return None
    best = min(TIERS.index(tiers[i]) for i in rows)
    return main[0] if TIERS.index(tiers[main[0]]) == best else None


def namesake_notes(
    gaz: _gazetteer.Gazetteer, q: Query, f: _gazetteer.Feature, matched: str, kind: MatchKind, hinted: bool
) -> list[Note]:
    """Warn where a village the gazetteer lacks may bear the name written, though one was found.

    Some countries are listed at town level only, and some villages come from OpenStreetMap, not a
    register (``gazetteer.COVERAGE_GAPS``), so a name alone may be one of their villages however well it
    matches here.  And a village found only by another of its names (a Russian or former one,
    "Zolotoe" for Zolote) is not vouched for by it: the village whose own name it is may be
    missing (Crimea's villages carry their Ukrainian names in the register).  Towns are what
    such names mean (a town found by another name still warns when no hint was given), and a
    Polish admin hint confines the search to a complete register.
    """
    if f.fclass != "P" or is_capital(f) or not gaz.village_level(f.cc):
        return []
    town = is_town(f)
    other_name = kind == "alternate" and not _own_name(f, matched)
    # Ukraine's register names every settlement: a GeoNames place it does not know by this name
    # bears a former or Russian one, which may be another settlement's own ("Voykovo", Crimea).
    unregistered = f.cc == "UA" and not (f.register or f.located)
    notes = []
    if not town and (other_name or unregistered) and not (f.cc == "PL" and q.has_admin_hint):
        why = (
            f"{q.name!r} matched {matched!r}, another name of {f.name}, not its own"
            if other_name
            else f"{f.name!r} is {_source(f)}'s name for it, not one in Ukraine's register (KATOTTG)"
        )
        notes.append(
            Note(
                "alternate",
                f"{why}: a place whose own name it is, missing from the gazetteer, may be meant; check it",
            )
        )
    if not hinted and (not town or other_name) and not _spelled_as_in(q.name, f.cc):
        notes.append(
            Note(
                "unhinted",
                f"{q.name!r} alone: {_gazetteer.COVERAGE_GAPS}: "
                "a village of that name there may be missing; add the country or region to be sure",
            )
        )
    return notes


def _source(f: _gazetteer.Feature) -> str:
    return "OpenStreetMap" if f.id.startswith("osm:") else "GeoNames"


def matched_name(f: _gazetteer.Feature, tier: str, keys: list[str], written: str) -> tuple[str, MatchKind]:
    """Return the name of ``f`` the query met in ``tier``, and how (exact, a variant spelling, an alternate)."""
    if tier == "exact":
        # spelled as the place's name, or as another of its names with the letters' diacritics
        # ("Chișinău" beside GeoNames' "Chisinau"; not "Czesniki" for Cześniki, a name written without them)
        spelled = _typographic(written)
        names = (f.name, *(a for a in f.alternates if not a.isascii()))
        return f.name, "exact" if any(_typographic(n) == spelled for n in names) else "variant"
    wanted = set(keys) if tier == "alternate" else {word_order_key(k) for k in keys}
    for name in (f.name, *f.alternates):
        key = fold(name)
        forms = {key, transliterate(key)} if has_cyrillic(key) else {key}
        if tier == "word_order":
            forms = {word_order_key(k) for k in forms}
        if forms & wanted:
            return name, "alternate" if tier == "alternate" else "variant"
    return f.name, "variant"


def is_capital(f: _gazetteer.Feature) -> bool:
    """Whether ``f`` is a capital or a large city, which no missing village can be mistaken for."""
    return f.fcode in CAPITAL_CODES or f.population >= LARGE_CITY


def _spelled_as_in(name: str, cc: str) -> bool:
    """Whether the spelling itself says the place is in ``cc`` ("Cześniki" is Polish, "Їжаківка" Ukrainian)."""
    if has_cyrillic(name):
        return script_countries(name) == {cc}
    return cc == "PL" and bool(_POLISH_LATIN & set(name.casefold()))


def _own_name(f: _gazetteer.Feature, name: str) -> bool:
    """Whether ``name`` is the place's own: its name, or (a Ukrainian register's or OpenStreetMap's place) its first alternate.

    The gazetteer lists a Ukrainian settlement's name in the register (or OpenStreetMap's), in
    Ukrainian, first among its alternates; the others are GeoNames' (Russian, former, foreign).
    """
    key = fold(name)
    if key == fold(f.name):
        return True
    ukrainian_first = bool(f.register or f.located) or f.id.startswith("osm:")
    return f.cc == "UA" and ukrainian_first and bool(f.alternates) and key == fold(f.alternates[0])


def _coverage_message(cc: str, name: str) -> str:
    country = _gazetteer.COUNTRY_NAMES.get(cc, cc)
    if cc in _gazetteer.OSM_VILLAGES:
        return (
            f"the gazetteer lists {country}'s villages from OpenStreetMap, not from an official register: a "
            f"village named {name!r} may be missing, and may be the place meant; check it"
        )
    return (
        f"the gazetteer lists only towns of 500+ people in {country}: a village named {name!r} would be "
        "missing, and may be the place meant; check it"
    )


def _located_message(gaz: _gazetteer.Gazetteer, f: _gazetteer.Feature, units: tuple[str, str, str]) -> str:
    if f.located == "gmina":
        return (
            f"{f.name!r} is a {f.status} of the official register (TERYT SIMC) in gmina {units[2]}, {units[1]}, "
            f"with no point in any source: located at the gmina's centre (±{f.radius_km:g} km)"
        )
    if f.located.startswith("parent:"):
        row = gaz.row_of(f.located.removeprefix("parent:"))
        parent = gaz.feature(row).name if row is not None else "the locality it belongs to"
        kind = "part" if f.status == "part of a locality" else f.status
        return (
            f"{f.name!r} is a {kind} of {parent} in the official register (TERYT SIMC), gmina {units[2]}, "
            f"with no point in any source: located at {parent}'s point (±{f.radius_km:g} km)"
        )
    if f.located.startswith("commune:"):
        row = gaz.row_of(f.located.removeprefix("commune:"))
        seat = gaz.feature(row).name if row is not None else "its seat"
        return (
            f"{f.name!r} is a {f.status} of Romania's register of localities (SIRUTA) in {units[0]}, of the commune "
            f"or town seated at {seat}, with no point in any source: located at {seat}'s point (±{f.radius_km:g} km)"
        )
    if f.located == "county":
        return (
            f"{f.name!r} is a {f.status} of Romania's register of localities (SIRUTA) in {units[0]}, with no point "
            f"in any source, nor any locality of its commune: located at the county's centre (±{f.radius_km:g} km)"
        )
    unit = units[2] or units[1]
    return (
        f"{f.name!r} is a settlement of the official register (KATOTTG) in {unit}, {units[1]}, with no point "
        f"in any source: located at the hromada's centre (±{f.radius_km:g} km)"
    )


_DASHES = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2019": "'",
        "\u02bc": "'",
        "`": "'",
        # Romanian's s and t with a comma below, long printed (and still stored by GeoNames) with a
        # cedilla: one letter in two codings ("Galaţi" is "Galați")
        "ş": "ș",
        "Ş": "Ș",
        "ţ": "ț",
        "Ţ": "Ț",
    }
)


def _typographic(name: str) -> str:
    """Fold case, dash and apostrophe forms away; keep letters and diacritics."""
    return " ".join(name.translate(_DASHES).casefold().split())
