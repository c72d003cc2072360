"""Result assembly: a chosen gazetteer row, its rivals and its notes turned into a Match or a Candidate.

Everything a reader sees of a place is built here: its admin names, its precision and
uncertainty (a legacy grid point is good to about a kilometre), the alternatives nearest
first, and the words that describe a candidate in a message.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable

from geomap.places import gazetteer as _gazetteer
from geomap.places.hints import UNIT_SUFFIXES
from geomap.places.query import Query
from geomap.places.results import Candidate, Match, MatchKind, Note
from geomap.places.text import has_cyrillic

MAX_ALTERNATIVES = 10
#: An ambiguous name's message lists this many candidates (a Ukrainian "Ivanivka" has 119).
LISTED = 12
GRID_UNCERTAINTY_KM = 1.0
#: Why a namesake inside the hinted units was passed over for a town (see ``decide.dominant_town``).
SMALLER = "smaller than the chosen town; add a hint to choose it"


class Assembler:
    """Build results from rows of one gazetteer (a candidate's fields are cached: lists repeat them)."""

    def __init__(self, gaz: _gazetteer.Gazetteer):
        self.gaz = gaz
        self._candidate_fields: dict[int, tuple[str, str, str, str, str, str, str, float, float]] = {}

    def candidate(self, i: int, reason: str = "") -> Candidate:
        """Return row ``i`` as a candidate a message or ``--json`` lists, with why it was not taken."""
        fields = self._candidate_fields.get(i)
        if fields is None:
            f = self.gaz.feature(i)
            fields = self._candidate_fields[i] = (
                f.gazetteer_id,
                f.name,
                f.fcode,
                f.cc,
                *self.gaz.admin_names(f),
                f.lon,
                f.lat,
            )
        return Candidate(*fields, reason=reason)

    def listing(self, rows: Iterable[int], limit: int | None = None) -> str:
        """Describe rows for a message, "; " between them."""
        return "; ".join(describe(self.candidate(i)) for i in list(rows)[:limit])

    def alternatives(
        self, f: _gazetteer.Feature, rejected: list[int], q: Query, smaller: frozenset[int] = frozenset()
    ) -> tuple[Candidate, ...]:
        """Return the rejected rows nearest ``f`` (at most MAX_ALTERNATIVES), each with why it was not taken."""

        def near(i: int) -> float:
            return _rough_distance(self.gaz.feature(i), f)

        many = len(rejected) > MAX_ALTERNATIVES
        nearest = (
            heapq.nsmallest(MAX_ALTERNATIVES, rejected, key=near) if many else sorted(rejected, key=near)
        )
        return tuple(self.candidate(i, SMALLER if i in smaller else self._rejection(i, q)) for i in nearest)

    def _rejection(self, i: int, q: Query) -> str:
        f = self.gaz.feature(i)
        if not q.name.isascii() and f.name.casefold() != q.name.casefold() and not has_cyrillic(q.name):
            return f"spelled {f.name!r}, not {q.name!r}"
        return "outside the hinted units or the query's countries"

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
    """Describe a candidate for a message: "Sitno [geonames:…] (gm. Sitno, Powiat zamojski, Lublin)"."""
    # A Polish gmina is written "gm. Sitno"; a hromada's name says what it is ("Stryiska Hromada").
    admin3 = f"gm. {c.admin3.removeprefix('Gmina ')}" if c.admin3 and c.country == "PL" else c.admin3
    units = ", ".join(u for u in (admin3, c.admin2, c.admin1) if u)
    return f"{c.name} [{c.gazetteer_id}] ({units or c.country})"


def unit_name(unit: _gazetteer.Feature) -> str:
    """Name an admin unit: "the gmina Korsze", but "Powiat białobrzeski" (its name says what it is)."""
    label = unit.precision_label
    named = label.casefold() in unit.name.casefold() or unit.name.endswith(UNIT_SUFFIXES)
    return unit.name if named else f"the {label} {unit.name}"


def _on_arcminute_grid(f: _gazetteer.Feature) -> bool:
    # About 10% of Polish GeoNames points are legacy 1' grid positions, good to about a kilometre.
    return abs(f.lon * 60 - round(f.lon * 60)) < 1e-3 and abs(f.lat * 60 - round(f.lat * 60)) < 1e-3


def _rough_distance(a: _gazetteer.Feature, b: _gazetteer.Feature) -> float:
    # Only orders alternatives by nearness; degrees suffice for that.
    return (a.lon - b.lon) ** 2 + (a.lat - b.lat) ** 2
