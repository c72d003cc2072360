"""Offline geocoding against the packaged gazetteer.

A query is a place name plus hints, written the way reports write them
("Cześniki, Zamość County", "Oleśno (gm. Gronowo Elbląskie)", "Шацьк"), a
:class:`~geomap.places.query.Query`, or a gazetteer id ("geonames:773720").
:meth:`Geocoder.resolve` answers every query with a
:class:`~geomap.places.results.Resolution` and never raises; :meth:`Geocoder.geocode`
returns the match or raises.  The rules, in the order they apply:

* **Script first.**  A Cyrillic query matches alternate names written in that
  script before its transliteration is tried, and its letters narrow the
  countries (і, ї, є, ґ: Ukraine; ў: Belarus; otherwise the Cyrillic-script
  countries).  Transliteration widens the search only when the script found
  nothing, and says so.
* **Hints decide.**  Candidates must lie in every hinted unit (gmina, powiat,
  voivodeship, oblast, country).  Several left: ambiguous, listed, never picked,
  unless one is a town people mean (a county seat or larger, or a town of 10,000,
  or a gmina seat of 5,000) and ten times larger than every namesake; then it is
  taken with a warning naming the others.
* **Honest fallbacks.**  A place missing from the gazetteer whose hints name one
  admin unit is located at that unit's area (its centre and radius), with a
  warning; a close spelling is only suggested, and taken (``fuzzy=True``) only
  when an admin hint confirms its unit.
* **Warnings for everything a reader should check**: spelling variants,
  transliterations, towns taken over villages, towns-only coverage outside
  Poland, legacy grid coordinates.  Each has a code that an incident file can
  acknowledge with ``expect:``.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from geomap.errors import AmbiguousPlaceError, GeocodeError, PlaceError, PlaceNotFoundError
from geomap.places import gazetteer as _gazetteer
from geomap.places.gazetteer import LEVEL_CODE
from geomap.places.query import Kind, Query
from geomap.places.results import Candidate, Match, MatchKind, Note, Resolution
from geomap.places.text import (
    GENERIC_UNIT_WORDS,
    fold,
    has_cyrillic,
    split_unit_words,
    transliterate,
    word_order_key,
)
from geomap.vocab import precision_label

__all__ = [
    "Candidate",
    "Geocoder",
    "Kind",
    "Match",
    "Note",
    "Query",
    "Resolution",
    "default_geocoder",
    "geocode",
]

#: Feature codes each structured ``kind`` admits (class P for "place").
KIND_CODES: dict[str, frozenset[str]] = {
    "airport": frozenset({"AIRP", "AIRF", "AIRB", "AIRH", "AIRQ"}),
    "airbase": frozenset({"AIRB", "AIRF", "MILB", "INSM"}),
    "station": frozenset({"RSTN"}),
}
# Without a kind, populated places win over class-S features, which win over
# admin units: "Lublin" is the city, not its railway station or its gmina.
CLASS_PREFERENCE = {"P": 0, "S": 1, "A": 2}
MAX_ALTERNATIVES = 10
#: Longer queries are refused: no place name with its hints needs more, and parsing is not free.
MAX_QUERY_CHARS = 300
#: A city known by a name only as an alternate competes with places bearing it from this size on.
LARGE_CITY = 100_000
#: Towns people mean: seats of a county or larger, towns of 10,000, gmina seats of 5,000 ...
SEAT_CODES = frozenset({"PPLC", "PPLA", "PPLA2"})
TOWN_POPULATION = 10_000
SMALL_TOWN_POPULATION = 5_000
#: ... taken over namesakes only when this many times larger than each (a village of unknown size
#: counts as VILLAGE_POPULATION).
TOWN_FACTOR = 10
VILLAGE_POPULATION = 500
GRID_UNCERTAINTY_KM = 1.0
SCORES = {"exact": 1.0, "variant": 0.95, "alternate": 0.9, "word_order": 0.85, "id": 1.0}
#: Countries whose names are written in Cyrillic, and letters that point to one of them.
CYRILLIC_COUNTRIES = frozenset({"UA", "BY", "RU"})
_UKRAINIAN = frozenset("їєґ")
_BELARUSIAN = frozenset("ў")
_BELARUSIAN_LATIN = frozenset("ŭ")
#: Letters that only Polish writes among the region's Latin spellings: such a name is a Polish place's.
_POLISH_LATIN = frozenset("ąćęłńśźż")
_TIERS = ("exact", "alternate", "word_order")
_TIER_INDEX = {"exact": "by_name", "alternate": "by_alternate", "word_order": "by_word_order"}
#: Why a namesake inside the hinted units was passed over for a town (see ``_dominant_town``).
_SMALLER = "smaller than the chosen town; add a hint to choose it"


@dataclass(frozen=True)
class _Hint:
    text: str
    units: frozenset[str]  # "cc|ADMn|code" of every admin unit it names
    countries: frozenset[str]
    rows: tuple[int, ...] = ()

    def contains(self, f: _gazetteer.Feature) -> bool:
        return f.cc in self.countries or not self.units.isdisjoint(f.units)


@dataclass
class _Search:
    """What the name tiers found: rows by tier, the rows the hints rejected, and notes."""

    found: dict[str, list[int]]
    rejected: list[int]
    notes: list[Note]
    keys: list[str]


class Geocoder:
    """Resolve place names against a :class:`~geomap.places.gazetteer.Gazetteer`.

    Parameters
    ----------
    gaz : Gazetteer, optional
        Defaults to the packaged gazetteer.
    """

    def __init__(self, gaz: _gazetteer.Gazetteer | None = None):
        self.gaz = gaz if gaz is not None else _gazetteer.load()
        self._hints: dict[tuple[str, str | None], _Hint] = {}
        self._keys_by_initial: dict[str, list[str]] | None = None
        self._candidate_fields: dict[int, tuple[str, str, str, str, str, str, str, float, float]] = {}

    # -- public -------------------------------------------------------------
    def geocode(self, query: str | Query, /, *, country: str | None = None, fuzzy: bool = False) -> Match:
        """Resolve one query to one place.

        Parameters
        ----------
        query : str or Query
            Free text ("Cześniki, Zamość County"), a gazetteer id, or a structured query.
        country : str, optional
            ISO alpha-2 code the place must lie in (added to the query's).
        fuzzy : bool, default False
            Take a close spelling when an admin hint confirms its unit.

        Raises
        ------
        AmbiguousPlaceError
            Several places fit; ``candidates`` lists them with admin units.
        PlaceNotFoundError
            Nothing fits; ``candidates`` holds suggestions and rejected places.
        """
        found = self.resolve(query, country=country, fuzzy=fuzzy)
        if found.match is not None:
            return found.match
        error = AmbiguousPlaceError if found.status == "ambiguous" else PlaceNotFoundError
        raise error(found.query, found.message, [asdict(c) for c in found.candidates])

    def resolve(
        self, query: str | Query, /, *, country: str | None = None, fuzzy: bool = False
    ) -> Resolution:
        """Answer one query without raising: resolved, fallback, ambiguous or not found (see the module)."""
        text = str(query)
        if len(text) > MAX_QUERY_CHARS:
            return Resolution(
                text[:60] + "…",
                "not_found",
                message=f"the query is {len(text):,} characters long; at most {MAX_QUERY_CHARS} are read",
            )
        q = self.parse(query) if isinstance(query, str) else query
        try:
            hints = self._query_hints(q, country)
        except GeocodeError as err:
            return Resolution(str(q), "not_found", message=str(err))
        if q.gazetteer_id:
            return self._by_id(q, hints)
        search = self._search(q, hints)
        pool = self._pool(search.found, q)
        if not pool:
            return self._not_found(q, hints, search, fuzzy)
        pool, differently = self._same_spelling(pool, q.name)
        rejected = search.rejected + [i for i in differently if i not in search.rejected]
        tiers = {i: t for t in ("word_order", "alternate", "exact") for i in search.found.get(t, [])}
        return self._decide(q, tiers, search, pool, [i for i in rejected if i not in pool], bool(hints))

    def admin_unit(self, text: str, /, *, level: str | None = None, country: str | None = None) -> Match:
        """Resolve the name of an admin unit ("Lubelskie", "Volyn Oblast", "gm. Sitno").

        Parameters
        ----------
        text : str
            The unit's name, with or without its unit word.
        level : {"ADM1", "ADM2", "ADM3"}, optional
            Only units of this level.
        country : str, optional
            Only units of this country (ISO alpha-2).
        """
        hint = self._hint(text, level)
        rows = [i for i in hint.rows if country is None or self.gaz.feature(i).cc == country.upper()]
        rows = [i for i in rows if level is None or self.gaz.feature(i).fcode == level]
        if len(rows) != 1:
            candidates = [self._candidate(i) for i in rows]
            if not rows:
                raise PlaceNotFoundError(text, f"no admin unit {text!r} in {country or 'any country'}")
            raise AmbiguousPlaceError(
                text,
                f"{text!r} names {len(rows)} admin units: {'; '.join(_describe(c) for c in candidates)}",
                [asdict(c) for c in candidates],
            )
        f = self.gaz.feature(rows[0])
        return self._match(Query(text), f, f.name, "admin", 1.0, ())

    def parse(self, text: str, /, **kwargs: Any) -> Query:
        """Parse free text like :meth:`Query.parse`, keeping parentheses that belong to a gazetteer name."""
        return Query.parse(text, is_name=lambda head: fold(head) in self.gaz.by_name, **kwargs)

    def check_country(self, code: str, /) -> str:
        """Return ``code`` if the gazetteer covers that country; raise a PlaceError naming those it covers."""
        covered = self.gaz.countries()
        if code not in covered:
            raise PlaceError(
                f"--country {code!r} is not a country the gazetteer covers; use one of {', '.join(covered)}"
            )
        return code

    # -- hints --------------------------------------------------------------
    def _query_hints(self, q: Query, country: str | None) -> list[_Hint]:
        hints = [self._hint(h, None) for h in q.hints]
        for level, text in (("ADM1", q.admin1), ("ADM2", q.admin2), ("ADM3", q.admin3)):
            if text:
                hints.append(self._hint(text, level))
        for cc in {c.upper() for c in (q.country, country) if c}:
            hints.append(_Hint(cc, frozenset(), frozenset({cc})))
        return hints

    def _hint(self, text: str, level: str | None) -> _Hint:
        cached = self._hints.get((text, level))
        if cached is None:
            cached = self._hints[(text, level)] = self._resolve_hint(text, level)
        return cached

    def _resolve_hint(self, text: str, level: str | None) -> _Hint:
        explicit = level is not None
        key = fold(text)
        bare, implied = split_unit_words(key)
        level = level or implied
        # Both forms: "Gmina Ostrówek" is an alternate name of one Ostrówek gmina only.  A region's
        # full name settles it, though: "Kyiv Oblast" is the oblast, not also the city of Kyiv.
        full = self._lookup(self.gaz.by_admin_name, _variants(key))
        regions = [i for i in full if implied == "ADM1" and self.gaz.feature(i).fcode == "ADM1"]
        rows = regions or list(dict.fromkeys(full + self._lookup(self.gaz.by_admin_name, _variants(bare))))
        if implied == "ADM1":
            # "Minsk Voblast": the region, not the city of Minsk, which is a unit of that level too.
            named = [i for i in rows if self.gaz.feature(i).name.endswith(_UNIT_SUFFIXES)]
            rows = named if named and len(named) < len(rows) else rows
        at_level = [i for i in rows if level is None or self.gaz.feature(i).fcode == level]
        if rows and not at_level and not explicit and GENERIC_UNIT_WORDS & set(key.split()):
            at_level = rows  # "county" is a powiat in Poland, an apskritis in Lithuania: a preference only
        if rows and not at_level:
            found = self.gaz.feature(rows[0])
            wanted = precision_label(_gazetteer.PRECISION_BY_CODE.get(level or "", ""), found.cc)
            raise PlaceNotFoundError(
                text, f"{text!r} names a {found.precision_label} ({found.name}), not a {wanted}"
            )
        if not at_level:
            suggestions = _close(bare, list(self.gaz.by_admin_name), limit=5, cutoff=75)
            hint = f" (did you mean: {', '.join(suggestions)}?)" if suggestions else ""
            raise PlaceNotFoundError(
                text, f"admin hint {text!r} names no known gmina, powiat, region or country{hint}"
            )
        units, countries = set(), set()
        for i in at_level:
            f = self.gaz.feature(i)
            if f.fcode == "PCLI":
                countries.add(f.cc)
            else:
                units.add(_gazetteer.unit_key(f.cc, f.fcode, getattr(f, LEVEL_CODE[f.fcode])))
        return _Hint(text, frozenset(units), frozenset(countries), tuple(at_level))

    # -- search ---------------------------------------------------------------
    def _search(self, q: Query, hints: list[_Hint]) -> _Search:
        """Find the rows the name can mean, tier by tier, script first (see the module)."""
        key = fold(q.name)
        if not has_cyrillic(key):
            search = self._tiers([key], hints, q.kind)
            preferred = frozenset({"BY"}) if _BELARUSIAN_LATIN & set(q.name.casefold()) else None
            return self._prefer_countries(search, preferred)
        latin = transliterate(key)
        preferred = _script_countries(q.name)
        rows = self._kind_filter(self.gaz.lookup(self.gaz.by_alternate, key), q.kind)
        passing = self._within(rows, hints)
        narrowed = self._tiers([latin], [*hints, _Hint("script", frozenset(), preferred)], q.kind)
        if passing:
            if preferred == CYRILLIC_COUNTRIES:
                # Russian spelling names places in all three countries, and GeoNames lacks many of
                # those names: places whose names transliterate the same compete ("Шацк").
                passing += [i for t in narrowed.found.values() for i in t if i not in passing]
            search = _Search({"alternate": passing}, [i for i in rows if i not in passing], [], [key, latin])
            return self._prefer_countries(search, preferred)
        widened = narrowed if any(narrowed.found.values()) else self._tiers([latin], hints, q.kind)
        if any(widened.found.values()):
            where = "" if widened is narrowed else " (outside the countries its script suggests)"
            widened.notes.append(
                Note(
                    "transliteration",
                    f"{q.name!r} is not in the gazetteer in Cyrillic; matched as {latin!r}{where}",
                )
            )
        widened.keys = [key, latin]
        widened.rejected += [i for i in rows if i not in widened.rejected]
        return widened

    def _tiers(self, keys: list[str], hints: list[_Hint], kind: str | None) -> _Search:
        rejected: list[int] = []
        found: dict[str, list[int]] = {}
        taken: set[int] = set()
        for tier in _TIERS:
            index = getattr(self.gaz, _TIER_INDEX[tier])  # by_word_order is built only when first needed
            wanted = [word_order_key(k) for k in keys] if tier == "word_order" else keys
            rows = self._kind_filter(self._lookup(index, wanted), kind)
            passing = self._within(rows, hints)
            kept, seen = set(passing), set(rejected)
            rejected += [i for i in rows if i not in kept and i not in seen]
            found[tier] = [i for i in passing if i not in taken]
            taken.update(passing)
            if tier == "alternate" and (found["exact"] or found["alternate"]):
                break  # word-order variants only when no name matched at all
        return _Search(found, rejected, [], keys)

    def _prefer_countries(self, search: _Search, preferred: frozenset[str] | None) -> _Search:
        """Keep the candidates in the countries the query's script points to, when there are any."""
        if not preferred:
            return search
        for tier, rows in search.found.items():
            inside = [i for i in rows if self.gaz.feature(i).cc in preferred]
            if inside and len(inside) < len(rows):
                search.rejected += [i for i in rows if i not in inside]
                search.found[tier] = inside
        return search

    def _within(self, rows: list[int], hints: list[_Hint]) -> list[int]:
        """Rows that lie in every hinted unit (one pass per hint: this is the hot loop)."""
        feature = self.gaz.feature
        for hint in hints:
            rows = [i for i in rows if hint.contains(feature(i))]
        return rows

    def _lookup(self, index: dict[str, str], keys: list[str]) -> list[int]:
        """Rows under the first of ``keys`` that the index holds."""
        for key in keys:
            rows = self.gaz.lookup(index, key)
            if rows:
                return list(dict.fromkeys(rows))
        return []

    def _kind_filter(self, rows: list[int], kind: str | None) -> list[int]:
        if kind in (None, "any"):
            return rows
        if kind == "place":
            return [i for i in rows if self.gaz.feature(i).fclass == "P"]
        if kind == "admin":
            return [i for i in rows if self.gaz.feature(i).fclass == "A"]
        codes = KIND_CODES[kind]
        return [i for i in rows if self.gaz.feature(i).fcode in codes]

    def _pool(self, found: dict[str, list[int]], q: Query) -> list[int]:
        """Return the candidates that compete: primary-name matches, and large cities known by that name.

        "Grodno" is the primary name of two Polish villages and an alternate
        name of the Belarusian city of Hrodna: all three compete.  Smaller
        places matched only by an alternate name do not.
        """
        exact = self._prefer(found.get("exact", []), q.kind)
        if exact:
            cities = [i for i in found.get("alternate", []) if self.gaz.feature(i).population >= LARGE_CITY]
            return self._prefer(exact + cities, q.kind) if cities else exact
        for tier in ("alternate", "word_order"):
            if found.get(tier):
                return self._prefer(found[tier], q.kind)
        return []

    def _prefer(self, rows: list[int], kind: str | None) -> list[int]:
        if not rows or kind not in (None, "any"):
            return rows
        ranks = [CLASS_PREFERENCE.get(self.gaz.feature(i).fclass, 3) for i in rows]
        best = min(ranks)
        return [i for i, rank in zip(rows, ranks, strict=True) if rank == best]

    def _same_spelling(self, rows: list[int], written: str) -> tuple[list[int], list[int]]:
        """Split rows into those with a name spelled exactly as written (diacritics included) and the rest.

        "Trąby" written with its ogonek means the Polish village, not the
        Belarusian "Traby"; a name written without diacritics settles nothing.
        """
        if written.isascii() or has_cyrillic(written) or len(rows) < 2:
            return rows, []  # Cyrillic spellings were weighed by script already
        wanted = written.casefold()
        same = [i for i in rows if any(n.casefold() == wanted for n in self._names(i))]
        if not same or len(same) == len(rows):
            return rows, []
        return same, [i for i in rows if i not in same]

    def _names(self, i: int) -> tuple[str, ...]:
        f = self.gaz.feature(i)
        return (f.name, *f.alternates)

    # -- deciding ----------------------------------------------------------------
    def _decide(
        self,
        q: Query,
        tiers: dict[int, str],
        search: _Search,
        rows: list[int],
        rejected: list[int],
        hinted: bool = False,
    ) -> Resolution:
        notes = list(search.notes)
        smaller: frozenset[int] = frozenset()
        if len(rows) > 1:
            town = self._dominant_town(rows, tiers, q.has_admin_hint)
            if town is None:
                candidates = tuple(self._candidate(i) for i in rows)
                listing = "; ".join(_describe(c) for c in candidates[:LISTED])
                if len(candidates) > LISTED:
                    listing += f"; and {len(candidates) - LISTED} more (--json lists them all)"
                return Resolution(
                    str(q),
                    "ambiguous",
                    candidates=candidates,
                    message=f"{q.name!r} matches {len(rows)} places; add a hint (gmina, powiat, "
                    f"region or country) or use one of the ids: {listing}",
                )
            others = [i for i in rows if i != town]
            names = "; ".join(_describe(self._candidate(i)) for i in others[:5])
            notes.append(
                Note(
                    "town",
                    f"{q.name!r} also names {len(others)} smaller place(s) ({names}); took the "
                    f"town of {self.gaz.feature(town).population:,} people; add a hint to choose another",
                )
            )
            rows, rejected, smaller = [town], others + rejected, frozenset(others)
        f = self.gaz.feature(rows[0])
        tier = tiers[rows[0]]
        matched, kind = self._matched_name(f, tier, search.keys, q.name)
        if kind == "variant":
            notes.append(
                Note(
                    "variant",
                    f"{q.name!r} matched {matched!r}, which is spelled differently; "
                    "check that it is the place meant",
                )
            )
        notes += self._namesake_notes(q, f, matched, kind, hinted)
        if not self.gaz.village_level(f.cc) and f.fclass == "P" and not _is_capital(f):
            # An admin hint narrows the search but cannot vouch for a village the gazetteer lacks, and a
            # town of that name may not be the place meant either: only a regional capital is certain.
            notes.append(Note("coverage", _coverage_message(f.cc, q.name)))
        score = SCORES["variant"] if tier == "exact" and kind == "variant" else SCORES[tier]
        if any(n.code in ("town", "transliteration") for n in notes):
            score = round(score * 0.9, 3)
        if f.located:
            # The register names the settlement and its hromada, and no source gives its point: it is
            # located as a fallback is, at the unit's centre with its circle.
            notes.append(Note(f.precision, _located_message(f, self.gaz.admin_names(f))))
            score = min(score, 0.5)
        match = self._match(
            q,
            f,
            matched,
            kind,
            score,
            self._alternatives(f, rejected, q, smaller),
            tuple(notes),
            len(rejected),
        )
        return Resolution(str(q), "fallback" if f.located else "resolved", match)

    def _namesake_notes(
        self, q: Query, f: _gazetteer.Feature, matched: str, kind: MatchKind, hinted: bool
    ) -> list[Note]:
        """Warn where a village the gazetteer lacks may bear the name written, though one was found.

        Belarus, Lithuania and Kaliningrad are listed at town level only, so a name alone may be
        one of their villages however well it matches here ("Belin", a Polish and a Belarusian
        village).  And a village found only by another of its names (a Russian or former one,
        "Zolotoe" for Zolote) is not vouched for by it: the village whose own name it is may be
        missing (Crimea's villages carry their Ukrainian names in the register).  Towns are what
        such names mean (a town found by another name still warns when no hint was given), and a
        Polish admin hint confines the search to a complete register.
        """
        if f.fclass != "P" or _is_capital(f) or not self.gaz.village_level(f.cc):
            return []
        town = _is_town(f)
        other_name = kind == "alternate" and not _own_name(f, matched)
        # Ukraine's register names every settlement: a GeoNames place it does not know by this name
        # bears a former or Russian one, which may be another settlement's own ("Voykovo", Crimea).
        unregistered = f.cc == "UA" and not (f.register or f.located)
        notes = []
        if not town and (other_name or unregistered) and not (f.cc == "PL" and q.has_admin_hint):
            why = (
                f"{q.name!r} matched {matched!r}, another name of {f.name}, not its own"
                if other_name
                else f"{f.name!r} is GeoNames' name for it, not the one in Ukraine's register (KATOTTG)"
            )
            notes.append(
                Note(
                    "alternate",
                    f"{why}: a place whose own name it is, missing from the gazetteer, may be meant; check it",
                )
            )
        if not hinted and (not town or other_name) and not self._spelled_as_in(q.name, f.cc):
            notes.append(
                Note(
                    "unhinted",
                    f"{q.name!r} alone: Belarus, Lithuania and Kaliningrad are listed at town level only, and "
                    "a village of that name there would be missing; add the country or region to be sure",
                )
            )
        return notes

    @staticmethod
    def _spelled_as_in(name: str, cc: str) -> bool:
        """Whether the spelling itself says the place is in ``cc`` ("Cześniki" is Polish, "Їжаківка" Ukrainian)."""
        if has_cyrillic(name):
            return _script_countries(name) == {cc}
        return cc == "PL" and bool(_POLISH_LATIN & set(name.casefold()))

    def _dominant_town(self, rows: list[int], tiers: dict[int, str], hinted: bool = False) -> int | None:
        """Return the town people mean when they write a name several places share, or None.

        The one town among them (see ``SEAT_CODES``, the population figures and
        the register's town rights) found in the best tier: a town with town rights
        in the register, or else one ten times larger than every other candidate.  "Zamość" is the city, not one of its thirteen namesake
        villages; "Korytnica" stays ambiguous.
        """
        towns = [i for i in rows if _is_town(self.gaz.feature(i))]
        if len(towns) != 1:
            return None
        top = self.gaz.feature(towns[0])
        best = min(_TIERS.index(tiers[i]) for i in rows)
        if _TIERS.index(tiers[towns[0]]) != best:
            return None
        if top.status == "town" and hinted:
            # Inside a hinted unit, a town with town rights in the register is the place its name means
            # over villages of that name, whatever their size ("Mrozy, mazowieckie"): taken, and the
            # warning names them.  Without a hint, sizes decide ("Sobótka" stays ambiguous).
            return towns[0]
        # A village of unknown size counts as VILLAGE_POPULATION, except against a town with town rights.
        floor = 0 if top.status == "town" else VILLAGE_POPULATION
        for i in rows:
            if i != towns[0] and top.population < TOWN_FACTOR * max(self.gaz.feature(i).population, floor):
                return None
        return towns[0]

    def _matched_name(
        self, f: _gazetteer.Feature, tier: str, keys: list[str], written: str
    ) -> tuple[str, MatchKind]:
        if tier == "exact":
            return f.name, "exact" if _typographic(f.name) == _typographic(written) else "variant"
        wanted = set(keys) if tier == "alternate" else {word_order_key(k) for k in keys}
        for name in (f.name, *f.alternates):
            key = fold(name)
            forms = {key, transliterate(key)} if has_cyrillic(key) else {key}
            if tier == "word_order":
                forms = {word_order_key(k) for k in forms}
            if forms & wanted:
                return name, "alternate" if tier == "alternate" else "variant"
        return f.name, "variant"

    def _alternatives(
        self, f: _gazetteer.Feature, rejected: list[int], q: Query, smaller: frozenset[int] = frozenset()
    ) -> tuple[Candidate, ...]:
        def near(i: int) -> float:
            return _rough_distance(self.gaz.feature(i), f)

        many = len(rejected) > MAX_ALTERNATIVES
        nearest = (
            heapq.nsmallest(MAX_ALTERNATIVES, rejected, key=near) if many else sorted(rejected, key=near)
        )
        return tuple(self._candidate(i, _SMALLER if i in smaller else self._rejection(i, q)) for i in nearest)

    def _rejection(self, i: int, q: Query) -> str:
        f = self.gaz.feature(i)
        if not q.name.isascii() and f.name.casefold() != q.name.casefold() and not has_cyrillic(q.name):
            return f"spelled {f.name!r}, not {q.name!r}"
        return "outside the hinted units or the query's countries"

    def _by_id(self, q: Query, hints: list[_Hint]) -> Resolution:
        row = self.gaz.row_of(q.name)
        if row is None:
            return Resolution(
                str(q), "not_found", message=f"no gazetteer entry {q.name}; copy an id from a candidate list"
            )
        f = self.gaz.feature(row)
        outside = [h.text for h in hints if not h.contains(f)]
        if outside:
            return Resolution(
                str(q),
                "not_found",
                candidates=(self._candidate(row),),
                message=f"{q.name} is {f.name} ({_describe(self._candidate(row))}), outside {', '.join(outside)}",
            )
        return Resolution(str(q), "resolved", self._match(q, f, f.name, "id", SCORES["id"], ()))

    def _not_found(self, q: Query, hints: list[_Hint], search: _Search, fuzzy: bool) -> Resolution:
        key = search.keys[-1] if search.keys else fold(q.name)
        suggestions = self._suggest(key, hints, q.kind)
        confirmed = any(h.units for h in hints)  # an admin unit, not only a country, vouches for the spelling
        near = [self._candidate(i, "similar spelling") for i in suggestions]
        did_you_mean = f"; did you mean: {'; '.join(_describe(c) for c in near)}?" if near else ""
        if fuzzy and len(suggestions) == 1 and confirmed:
            f = self.gaz.feature(suggestions[0])
            note = Note(
                "fuzzy",
                f"{q.name!r} is not in the gazetteer; took the close spelling {f.name!r} in the hinted unit",
            )
            from rapidfuzz import fuzz  # only a close spelling needs it: kept out of the cold start

            match = self._match(
                q, f, f.name, "fuzzy", round(0.8 * fuzz.ratio(key, fold(f.name)) / 100, 3), (), (note,)
            )
            return Resolution(str(q), "resolved", match)
        rejected = search.rejected
        alternatives = tuple(
            self._candidate(i, "outside the hinted units") for i in rejected[:MAX_ALTERNATIVES]
        )
        fallback, shared = self._fallback_unit(hints)
        if shared:
            listing = "; ".join(_describe(self._candidate(i)) for i in shared)
            if fallback is None:
                return Resolution(
                    str(q),
                    "ambiguous",
                    candidates=tuple(self._candidate(i) for i in shared),
                    message=f"no place {q.name!r} found; the hints name {len(shared)} admin units "
                    f"that share a name ({listing}): add the powiat or region",
                )
        if fallback is not None:
            unit = self.gaz.feature(fallback)
            which = (
                f"; the hints name {len(shared)} units that share a name ({listing}), all in it"
                if shared
                else ""
            )
            note = Note(
                unit.precision,
                f"{q.name!r} is not in the gazetteer within {', '.join(h.text for h in hints)}; "
                f"located at {_unit_name(unit)} (±{unit.radius_km:g} km){which}"
                f"{did_you_mean}",
            )
            match = self._match(q, unit, unit.name, "admin", 0.5, alternatives, (note,), len(rejected))
            return Resolution(str(q), "fallback", match)
        elsewhere = (
            f"; same name outside the hints: {'; '.join(_describe(c) for c in alternatives)}"
            if alternatives
            else ""
        )
        why = (
            " (--fuzzy takes a close spelling only inside a hinted gmina, powiat or region)"
            if fuzzy and near
            else ""
        )
        return Resolution(
            str(q),
            "not_found",
            candidates=alternatives + tuple(near),
            message=f"no place {q.name!r} found{elsewhere}{did_you_mean}{why}",
        )

    def _fallback_unit(self, hints: list[_Hint]) -> tuple[int | None, list[int]]:
        """Return the most specific admin unit that every hint agrees on, and the units it stands for.

        One unit: that unit, and no list.  Several units of one level that share a name ("gmina
        Chełm": the town and the rural gmina around it): the smallest unit that holds them all, and
        the list (None when they lie in different regions).
        """
        units = [i for h in hints for i in h.rows if self.gaz.feature(i).fcode in LEVEL_CODE]
        fitting = self._within(units, hints)
        if len({self.gaz.feature(i).cc for i in fitting}) > 1:
            return None, sorted(set(fitting))  # "Minsk": a Belarusian region and city, and a Polish powiat
        for level in ("ADM3", "ADM2", "ADM1"):
            at_level = sorted({i for i in fitting if self.gaz.feature(i).fcode == level})
            if len(at_level) == 1:
                return at_level[0], []
            if at_level and level == "ADM3":
                return self._common_unit(at_level), at_level
            if at_level:
                return None, []  # "Zamość County": the city or the land powiat around it; say not found
        return None, []

    def _common_unit(self, rows: list[int]) -> int | None:
        """Return the row of the smallest admin unit above ``rows`` that holds them all, or None."""
        features = [self.gaz.feature(i) for i in rows]
        for level in ("ADM2", "ADM1"):
            if level == "ADM2" and features[0].fcode != "ADM3":
                continue
            codes = {(f.cc, getattr(f, LEVEL_CODE[level])) for f in features}
            if len(codes) == 1:
                (cc, code) = codes.pop()
                return self.gaz.unit_row(cc, level, code) if code else None
        return None

    def _suggest(self, key: str, hints: list[_Hint], kind: str | None) -> list[int]:
        """Rows whose name is a close spelling of ``key`` and that fit the hints."""
        if self._keys_by_initial is None:
            buckets: dict[str, list[str]] = {}
            for k in (*self.gaz.by_name, *self.gaz.by_alternate):
                buckets.setdefault(k[:1], []).append(k)
            self._keys_by_initial = buckets
        close = _close(key, self._keys_by_initial.get(key[:1], []), limit=8, cutoff=80)
        found = [
            i
            for k in close
            for index in (self.gaz.by_name, self.gaz.by_alternate)
            for i in self.gaz.lookup(index, k)
        ]
        fitting = self._prefer(self._within(self._kind_filter(found, kind), hints), kind)
        return list(dict.fromkeys(fitting))[:5]

    # -- results ------------------------------------------------------------
    def _candidate(self, i: int, reason: str = "") -> Candidate:
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

    def _match(
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


def _unit_name(unit: _gazetteer.Feature) -> str:
    """Name an admin unit: "the gmina Korsze", but "Powiat białobrzeski" (its name says what it is)."""
    label = unit.precision_label
    named = label.casefold() in unit.name.casefold() or unit.name.endswith(_UNIT_SUFFIXES)
    return unit.name if named else f"the {label} {unit.name}"


#: English unit words that end an admin unit's name ("Zamość County", "Volyn Oblast").
_UNIT_SUFFIXES = (" County", " Voivodeship", " Oblast", " Region", " Crimea")


#: Where the gazetteer lists only towns, places this large (or regional capitals) need no coverage warning.
CAPITAL_CODES = frozenset({"PPLC", "PPLA"})


def _is_capital(f: _gazetteer.Feature) -> bool:
    return f.fcode in CAPITAL_CODES or f.population >= LARGE_CITY


def _coverage_message(cc: str, name: str) -> str:
    return (
        f"the gazetteer lists only towns of 500+ people in {cc}: a village named {name!r} would be "
        "missing, and may be the place meant; check it"
    )


def _own_name(f: _gazetteer.Feature, name: str) -> bool:
    """Whether ``name`` is the place's own: its name, or (a Ukrainian register's place) its first alternate.

    The gazetteer lists a Ukrainian settlement's name in the register, in Ukrainian, first among its
    alternates; the others are GeoNames' (Russian, former, foreign).
    """
    key = fold(name)
    if key == fold(f.name):
        return True
    return (
        f.cc == "UA" and bool(f.register or f.located) and bool(f.alternates) and key == fold(f.alternates[0])
    )


def _located_message(f: _gazetteer.Feature, units: tuple[str, str, str]) -> str:
    unit = units[2] or units[1]
    return (
        f"{f.name!r} is a settlement of the official register (KATOTTG) in {unit}, {units[1]}, with no point "
        f"in any source: located at the hromada's centre (±{f.radius_km:g} km)"
    )


def _is_town(f: _gazetteer.Feature) -> bool:
    return (
        f.status == "town"
        or f.fcode in SEAT_CODES
        or f.population >= TOWN_POPULATION
        or (f.fcode == "PPLA3" and f.population >= SMALL_TOWN_POPULATION)
    )


def _script_countries(text: str) -> frozenset[str]:
    """Return the countries a Cyrillic spelling points to.

    ї, є, ґ are Ukrainian; ў is Belarusian; і and a soft "ць" are both (Russian
    has neither); any other spelling may be Russian, which names places in all three.
    """
    lower = text.casefold()
    letters = set(lower)
    if letters & _UKRAINIAN:
        return frozenset({"UA"})
    if letters & _BELARUSIAN:
        return frozenset({"BY"})
    if "і" in letters or "ць" in lower:
        return frozenset({"UA", "BY"})
    return CYRILLIC_COUNTRIES


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
    }
)


def _typographic(name: str) -> str:
    """Fold case, dash and apostrophe forms away; keep letters and diacritics."""
    return " ".join(name.translate(_DASHES).casefold().split())


def _close(key: str, choices: list[str], *, limit: int, cutoff: float) -> list[str]:
    """Return the closest spellings to ``key`` among ``choices`` (rapidfuzz: linear in the choices)."""
    from rapidfuzz import fuzz, process  # only misspellings need it: kept out of the cold start

    return [
        c for c, _, _ in process.extract(key, choices, scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff)
    ]


def _on_arcminute_grid(f: _gazetteer.Feature) -> bool:
    # About 10% of Polish GeoNames points are legacy 1' grid positions, good to about a kilometre.
    return abs(f.lon * 60 - round(f.lon * 60)) < 1e-3 and abs(f.lat * 60 - round(f.lat * 60)) < 1e-3


def _rough_distance(a: _gazetteer.Feature, b: _gazetteer.Feature) -> float:
    # Only orders alternatives by nearness; degrees suffice for that.
    return (a.lon - b.lon) ** 2 + (a.lat - b.lat) ** 2


def _variants(key: str) -> list[str]:
    return [key, transliterate(key)] if has_cyrillic(key) else [key]


#: An ambiguous name's message lists this many candidates (a Ukrainian "Ivanivka" has 119).
LISTED = 12


def _describe(c: Candidate) -> str:
    # A Polish gmina is written "gm. Sitno"; a hromada's name says what it is ("Stryiska Hromada").
    admin3 = f"gm. {c.admin3}" if c.admin3 and c.country == "PL" else c.admin3
    units = ", ".join(u for u in (admin3, c.admin2, c.admin1) if u)
    return f"{c.name} [{c.gazetteer_id}] ({units or c.country})"


@cache
def default_geocoder() -> Geocoder:
    """Return the geocoder over the packaged gazetteer, shared within the process."""
    return Geocoder()


def geocode(query: str | Query, /, *, country: str | None = None, fuzzy: bool = False) -> Match:
    """Resolve ``query`` with the packaged gazetteer (see :meth:`Geocoder.geocode`)."""
    return default_geocoder().geocode(query, country=country, fuzzy=fuzzy)
