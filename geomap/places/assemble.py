"""Result assembly: a chosen gazetteer row, its rivals and its notes turned into a Match or a Candidate.

Everything a reader sees of a place is built here: its admin names, its precision and
uncertainty (a legacy grid point is good to about a kilometre), the alternatives nearest
first, and the words that describe a candidate in a message.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence

from geomap.places import gazetteer as _gazetteer
from geomap.places.hints import UNIT_SUFFIXES, Hint
from geomap.places.query import Query
from geomap.places.results import Candidate, Match, MatchKind, Note
from geomap.places.text import fold, has_cyrillic

MAX_ALTERNATIVES = 10
#: An ambiguous name's message lists this many candidates (a Ukrainian "Ivanivka" has 119).
LISTED = 12
GRID_UNCERTAINTY_KM = 1.0
#: Why a namesake inside the hinted units was passed over for a town (see ``decide.dominant_town``).
SMALLER = "smaller than the chosen town; add a hint to choose it"
#: ... where the chosen town's size is not known (OpenStreetMap's Lithuanian small towns): only its rank.
BESIDE_TOWN = "a namesake of the chosen town, which the sources call a town; add a hint to choose it"
#: What a facility is, by its GeoNames feature code (a register's type names a settlement).
FACILITY_TYPES = {
    "AIRP": "airport",
    "AIRF": "airfield",
    "AIRB": "airbase",
    "AIRH": "heliport",
    "MILB": "military base",
    "INSM": "military installation",
    "RSTN": "railway station",
}
#: How many of a candidate's admin names (admin3, admin2, admin1) are its own or below it, by level:
#: a unit is described by the units above it (popups.js OWN_LEVEL reads them alike).
_OWN_NAMES = {"ADM3": 1, "ADM2": 2, "ADM1": 3}


class Assembler:
    """Build results from rows of one gazetteer."""

    def __init__(self, gaz: _gazetteer.Gazetteer):
        self.gaz = gaz
        # A candidate's fields and its type, by row: lists repeat rows, and building a Candidate from
        # them is cheaper than copying one with another reason (dataclasses.replace).
        self._fields: dict[int, tuple[tuple[str, str, str, str, str, str, str, float, float], str]] = {}

    def candidate(self, i: int, reason: str = "") -> Candidate:
        """Return row ``i`` as a candidate a message or ``--json`` lists, with why it was not taken."""
        cached = self._fields.get(i)
        if cached is None:
            f = self.gaz.feature(i)
            a1, a2, a3 = self.gaz.admin_names(f)
            cached = self._fields[i] = (
                (f.gazetteer_id, f.name, f.fcode, f.cc, a1, a2, a3, f.lon, f.lat),
                place_type(f),
            )
        fields, kind = cached
        return Candidate(*fields, reason=reason, place_type=kind)

    def listing(self, rows: Iterable[int], limit: int | None = None) -> str:
        """Describe rows for a message, "; " between them."""
        return "; ".join(describe(self.candidate(i)) for i in list(rows)[:limit])

    def rivals(self, rejected: list[int], chosen: _gazetteer.Feature | None = None) -> list[int]:
        """Return ``rejected`` without the admin units named after a place among them (or ``chosen``) that they hold.

        The gmina Sobótka is not another place "Sobótka" beside the town of Sobótka, its seat: a
        reader shown both would count two candidates where there is one.  A unit whose namesake
        place is not in the list stays (it may be the place meant).
        """
        features = [self.gaz.feature(i) for i in rejected]
        units = [g for g in features if g.fclass == "A" and g.fcode in _gazetteer.LEVEL_CODE]
        if not units:
            return rejected
        places = [g for g in (*features, *([chosen] if chosen else [])) if g.fclass != "A"]
        seats = {u.id for u in units if any(_seat_of(g, u) for g in places)}
        return [i for i, g in zip(rejected, features, strict=True) if g.id not in seats]

    def alternatives(
        self,
        f: _gazetteer.Feature,
        rejected: list[int],
        q: Query,
        hints: Sequence[Hint],
        smaller: frozenset[int] = frozenset(),
    ) -> tuple[Candidate, ...]:
        """Return the rejected rows nearest ``f`` (at most MAX_ALTERNATIVES), each with why it was not taken."""

        def near(i: int) -> float:
            return _rough_distance(self.gaz.feature(i), f)

        many = len(rejected) > MAX_ALTERNATIVES
        nearest = (
            heapq.nsmallest(MAX_ALTERNATIVES, rejected, key=near) if many else sorted(rejected, key=near)
        )
        beside = SMALLER if f.population else BESIDE_TOWN
        return tuple(
            self.candidate(i, beside if i in smaller else self.rejection(i, q, hints)) for i in nearest
        )

    def rejection(self, i: int, q: Query, hints: Sequence[Hint]) -> str:
        """Say why row ``i`` was not taken for ``q``: its spelling, the hint it lies outside, or its country."""
        f = self.gaz.feature(i)
        if not q.name.isascii() and f.name.casefold() != q.name.casefold() and not has_cyrillic(q.name):
            return f"spelled {f.name!r}, not {q.name!r}"
        outside = next((h for h in hints if not h.contains(f)), None)
        if outside is not None:
            return (
                f"outside {outside.text}"
                if outside.units
                else f"outside the query's country ({outside.text})"
            )
        # Inside every hint: passed over for the countries the name's script points to (Cyrillic
        # names Ukrainian, Belarusian or Russian places; Belarusian Latin letters, Belarusian ones).
        return f"in {f.cc}, not a country the name's script points to"

    def match(
        self,
        q: Query,
        f: _gazetteer.Feature,
        matched: str,
        kind: MatchKind,
        score: float,
        alternatives: tuple[Candidate, ...],
        notes: Iterable[Note] = (),
        rejected_count: int = 0,
    ) -> Match:
        """Return ``f`` as the answer to ``q``, with its admin names, precision and uncertainty."""
        a1, a2, a3 = self.gaz.admin_names(f)
        notes = tuple(notes)
        uncertainty = f.radius_km if f.fclass == "A" or f.located else 0.0
        if f.fclass != "A" and not f.located and _on_arcminute_grid(f):
            uncertainty = GRID_UNCERTAINTY_KM
            notes += (
                Note("grid", "GeoNames gives this place on a 1-arc-minute grid (legacy data): about ±1 km"),
            )
        return Match(
            query=str(q),
            name=f.name,
            matched_name=matched,
            match=kind,
            lon=f.lon,
            lat=f.lat,
            country=f.cc,
            admin1=a1,
            admin2=a2,
            admin3=a3,
            admin_codes=(f.a1, f.a2, f.a3),
            precision=f.precision,
            precision_label=f.precision_label,
            score=score,
            gazetteer_id=f.gazetteer_id,
            feature_code=f.fcode,
            uncertainty_km=uncertainty,
            alternatives=alternatives,
            notes=notes,
            rejected_count=rejected_count,
        )


def describe(c: Candidate) -> str:
    """Describe a candidate for a message: "Sitno [geonames:…] (village in gm. Sitno, Zamość County, Lublin Voivodeship)"."""
    # A Polish gmina is written "gm. Sitno"; a hromada's name says what it is ("Stryiska Hromada").
    admin3 = f"gm. {c.admin3.removeprefix('Gmina ')}" if c.admin3 and c.country == "PL" else c.admin3
    # An admin unit is described by the units above it, not by itself ("gmina in Wrocław County").
    units = ", ".join(u for u in (admin3, c.admin2, c.admin1)[_OWN_NAMES.get(c.feature_code, 0) :] if u)
    units = units or c.country
    return f"{c.name} [{c.gazetteer_id}] ({c.place_type + ' in ' if c.place_type else ''}{units})"


def place_type(f: _gazetteer.Feature) -> str:
    """Return what ``f`` is, in English: the register's type, a facility's or an admin unit's kind, or "" (see Candidate)."""
    if f.fclass == "A":
        return f.precision_label
    return f.status or FACILITY_TYPES.get(f.fcode, "")


def unit_name(unit: _gazetteer.Feature) -> str:
    """Name an admin unit: "the gmina Korsze", but "Powiat białobrzeski" (its name says what it is)."""
    label = unit.precision_label
    named = label.casefold() in unit.name.casefold() or unit.name.endswith(UNIT_SUFFIXES)
    return unit.name if named else f"the {label} {unit.name}"


def _seat_of(place: _gazetteer.Feature, unit: _gazetteer.Feature) -> bool:
    """Whether ``place`` bears ``unit``'s name and lies in it (the gmina Sobótka and the town)."""
    key = _gazetteer.unit_key(unit.cc, unit.fcode, getattr(unit, _gazetteer.LEVEL_CODE[unit.fcode]))
    return key in place.units and fold(place.name) == fold(unit.name)


def _on_arcminute_grid(f: _gazetteer.Feature) -> bool:
    # About 10% of Polish GeoNames points are legacy 1' grid positions, good to about a kilometre.
    return abs(f.lon * 60 - round(f.lon * 60)) < 1e-3 and abs(f.lat * 60 - round(f.lat * 60)) < 1e-3


def _rough_distance(a: _gazetteer.Feature, b: _gazetteer.Feature) -> float:
    # Only orders alternatives by nearness; degrees suffice for that.
    return (a.lon - b.lon) ** 2 + (a.lat - b.lat) ** 2
