"""Offline geocoding against the packaged gazetteer.

A query is a place name plus hints, written the way reports write them
("Cześniki, Zamość County", "Oleśno (gm. Gronowo Elbląskie)") or given as a
:class:`Query`.  The geocoder matches the name in tiers (primary name,
alternate name, word-order variant), keeps the candidates that lie in every
hinted admin unit, and then either

* returns the one place left, with how it matched and what it rejected;
* raises :class:`~geomap.errors.AmbiguousPlaceError` listing the candidates
  when several remain: it never picks one silently;
* falls back to the most specific hinted unit (gmina, powiat, voivodeship)
  when the place itself is missing, with a warning and the unit's precision;
* or raises :class:`~geomap.errors.PlaceNotFoundError` with "did you mean"
  suggestions.  Fuzzy matches only resolve when asked for (``fuzzy=True``).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any, Literal

from rapidfuzz import fuzz, process

from geomap.errors import AmbiguousPlaceError, GeomapError, PlaceNotFoundError
from geomap.places import gazetteer as _gazetteer
from geomap.places.text import fold, has_cyrillic, split_unit_words, transliterate, word_order_key
from geomap.vocab import precision_label

MatchKind = Literal["exact", "variant", "alternate", "fuzzy", "admin"]
Kind = Literal["place", "airport", "airbase", "station", "admin", "any"]

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
LARGE_CITY = 100_000
GRID_UNCERTAINTY_KM = 1.0
SCORES = {"exact": 1.0, "variant": 0.95, "alternate": 0.9, "word_order": 0.85}
LEVEL_CODE = {"ADM1": "a1", "ADM2": "a2", "ADM3": "a3"}
_PARENS = re.compile(r"\(([^()]*)\)")


@dataclass(frozen=True)
class Query:
    """A structured geocoding query.

    Parameters
    ----------
    name : str
        The place name as written.
    hints : tuple of str
        Free-text admin hints ("Zamość County", "gm. Sitno", "lubelskie").
    country : str, optional
        ISO 3166-1 alpha-2 code the place must lie in.
    admin1, admin2, admin3 : str, optional
        Admin unit names, matched at that level only.
    kind : str, optional
        "place", "airport", "airbase", "station", "admin" or "any".
    """

    name: str
    hints: tuple[str, ...] = ()
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    kind: Kind | None = None

    @classmethod
    def parse(cls, text: str, /, *, is_name: Callable[[str], bool] | None = None, **kwargs: Any) -> Query:
        """Parse free text: "Name, hint, hint" or "Name (hint), hint".

        Parentheses after the name are hints ("Oleśno (gm. Gronowo Elbląskie)");
        parentheses in a later hint belong to it ("gmina Słupia (Konecka)").
        ``is_name`` lets the caller keep parentheses that are part of a
        gazetteer name ("Krąg (Polanów)").
        """
        head, *rest = (part.strip() for part in text.split(","))
        groups = list(_PARENS.finditer(head))
        cut = 0
        if is_name is not None:
            # The longest prefix ending at a parenthesis that is itself a name.
            cut = next((k for k in range(len(groups), 0, -1) if is_name(head[: groups[k - 1].end()])), 0)
        name = head[: groups[cut - 1].end()] if cut else _PARENS.sub(" ", head)
        hints = [g.group(1).strip() for g in groups[cut:]]
        name = name.strip() if cut else " ".join(name.split())
        return cls(name, tuple(h for h in hints + rest if h), **kwargs)

    def __str__(self) -> str:
        return ", ".join([self.name, *self.hints])


@dataclass(frozen=True)
class Candidate:
    """A place a query could mean, or one it rejected, and why."""

    gazetteer_id: str
    name: str
    feature_code: str
    country: str
    admin1: str
    admin2: str
    admin3: str
    lon: float
    lat: float
    reason: str = ""


# A Candidate's fields but its reason, cached per gazetteer row.
_CandidateFields = tuple[str, str, str, str, str, str, str, float, float]


@dataclass(frozen=True)
class Match:
    """A resolved place: where it is, how sure, and how it was found."""

    query: str
    name: str
    matched_name: str
    match: MatchKind
    lon: float
    lat: float
    country: str
    admin1: str
    admin2: str
    admin3: str
    admin_codes: tuple[str, str, str]
    precision: str
    precision_label: str
    score: float
    gazetteer_id: str
    feature_code: str
    uncertainty_km: float
    alternatives: tuple[Candidate, ...] = ()
    warnings: tuple[str, ...] = ()
    rejected_count: int = 0  # alternatives lists the nearest MAX_ALTERNATIVES of them

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form (the ``geomap geocode --json`` record)."""
        out = asdict(self)
        out["admin_codes"] = list(self.admin_codes)
        out["alternatives"] = [asdict(a) for a in self.alternatives]
        out["warnings"] = list(self.warnings)
        return out


@dataclass(frozen=True)
class _Hint:
    text: str
    units: frozenset[str]  # "cc|ADMn|code" of every admin unit it names
    countries: frozenset[str]
    rows: tuple[int, ...] = field(default=())

    def contains(self, f: _gazetteer.Feature) -> bool:
        return f.cc in self.countries or not self.units.isdisjoint(f.units)


class Geocoder:
    """Resolve place names against a :class:`~geomap.gazetteer.Gazetteer`.

    Parameters
    ----------
    gaz : Gazetteer, optional
        Defaults to the packaged gazetteer.
    """

    def __init__(self, gaz: _gazetteer.Gazetteer | None = None):
        self.gaz = gaz if gaz is not None else _gazetteer.load()
        self._hints: dict[tuple[str, str | None], _Hint] = {}
        self._keys_by_initial: dict[str, list[str]] | None = None
        self._candidate_fields: dict[int, _CandidateFields] = {}

    # -- public -------------------------------------------------------------
    def geocode(self, query: str | Query, /, *, country: str | None = None, fuzzy: bool = False) -> Match:
        """Resolve one query.

        Parameters
        ----------
        query : str or Query
            Free text ("Cześniki, Zamość County") or a structured query.
        country : str, optional
            ISO alpha-2 code the place must lie in (added to the query's).
        fuzzy : bool, default False
            Accept a single close spelling instead of only suggesting it.

        Raises
        ------
        AmbiguousPlaceError
            Several places fit; ``candidates`` lists them with admin units.
        PlaceNotFoundError
            Nothing fits; ``candidates`` holds suggestions and rejected places.
        """
        if len(str(query)) > MAX_QUERY_CHARS:
            raise PlaceNotFoundError(
                str(query)[:60] + "…",
                f"the query is {len(str(query)):,} characters long; at most {MAX_QUERY_CHARS} are read",
            )
        q = self.parse(query) if isinstance(query, str) else query
        hints = self._query_hints(q, country)
        keys = _name_keys(q.name)
        rejected: list[int] = []
        found: dict[str, list[int]] = {}
        taken: set[int] = set()
        for tier, index in (
            ("exact", self.gaz.by_name),
            ("alternate", self.gaz.by_alternate),
            ("word_order", self.gaz.by_word_order),
        ):
            wanted = [word_order_key(k) for k in keys] if tier == "word_order" else keys
            rows = self._kind_filter(self._lookup(index, wanted), q.kind)
            passing = self._within(rows, hints)
            kept, seen = set(passing), set(rejected)
            rejected += [i for i in rows if i not in kept and i not in seen]
            found[tier] = [i for i in passing if i not in taken]
            taken.update(passing)
            if tier == "alternate" and (found["exact"] or found["alternate"]):
                break  # word-order variants only when no name matched at all
        pool = self._pool(found, q)
        if not pool:
            return self._not_found(q, hints, keys, rejected, fuzzy)
        pool, differently = self._same_spelling(pool, q.name)
        rejected += [i for i in differently if i not in rejected]
        tiers = {i: t for t in ("word_order", "alternate", "exact") for i in found.get(t, [])}
        return self._decide(q, tiers, keys, pool, [i for i in rejected if i not in pool])

    def _within(self, rows: list[int], hints: list[_Hint]) -> list[int]:
        """Rows that lie in every hinted unit (one pass per hint: this is the hot loop)."""
        feature = self.gaz.feature
        for hint in hints:
            rows = [i for i in rows if hint.contains(feature(i))]
        return rows

    def _pool(self, found: dict[str, list[int]], q: Query) -> list[int]:
        """Return the candidates that compete: primary-name matches, and large cities known by that name.

        "Grodno" is the primary name of two Polish villages and an alternate
        name of the Belarusian city of Hrodna: all three compete.  Smaller
        places matched only by an alternate name do not.
        """
        exact = self._prefer(found.get("exact", []), q.kind)
        if exact:
            cities = [i for i in found.get("alternate", []) if self.gaz.feature(i).population >= LARGE_CITY]
            return self._prefer(exact + cities, q.kind)
        for tier in ("alternate", "word_order"):
            if found.get(tier):
                return self._prefer(found[tier], q.kind)
        return []

    def check_country(self, code: str, /) -> str:
        """Return ``code`` if the gazetteer covers that country; raise a GeomapError naming those it covers."""
        covered = self.gaz.countries()
        if code not in covered:
            raise GeomapError(
                f"--country {code!r} is not a country the gazetteer covers; use one of {', '.join(covered)}"
            )
        return code

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
        key = fold(text)
        bare, implied = split_unit_words(key)
        level = level or implied
        # Both forms: "Gmina Ostrówek" is an alternate name of one Ostrówek gmina only.
        rows = list(
            dict.fromkeys(
                self._lookup(self.gaz.by_admin_name, _variants(key))
                + self._lookup(self.gaz.by_admin_name, _variants(bare))
            )
        )
        at_level = [i for i in rows if level is None or self.gaz.feature(i).fcode == level]
        if rows and not at_level:
            found = self.gaz.feature(rows[0])
            wanted = precision_label(_gazetteer.PRECISION_BY_CODE.get(level or "", ""), found.cc)
            raise PlaceNotFoundError(
                text, f"{text!r} names a {found.precision_label} ({found.name}), not a {wanted}"
            )
        rows = at_level
        if not rows:
            suggestions = _close(bare, list(self.gaz.by_admin_name), limit=5, cutoff=75)
            hint = f" (did you mean: {', '.join(suggestions)}?)" if suggestions else ""
            raise PlaceNotFoundError(
                text, f"admin hint {text!r} names no known gmina, powiat, region or country{hint}"
            )
        units, countries = set(), set()
        for i in rows:
            f = self.gaz.feature(i)
            if f.fcode == "PCLI":
                countries.add(f.cc)
            else:
                units.add(f"{f.cc}|{f.fcode}|{getattr(f, LEVEL_CODE[f.fcode])}")
        return _Hint(text, frozenset(units), frozenset(countries), tuple(rows))

    # -- matching -----------------------------------------------------------
    def _lookup(self, index: dict[str, str], keys: list[str]) -> list[int]:
        """Rows under the first of ``keys`` that the index holds.

        Keys come most literal first (the Cyrillic spelling before its
        transliteration), so "Луцьк" finds Lutsk and not a Polish "Łucka".
        """
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
        if written.isascii() or len(rows) < 2:
            return rows, []
        wanted = written.casefold()
        same = [
            i
            for i in rows
            if any(
                n.casefold() == wanted for n in (self.gaz.feature(i).name, *self.gaz.feature(i).alternates)
            )
        ]
        if not same or len(same) == len(rows):
            return rows, []
        return same, [i for i in rows if i not in same]

    def _decide(
        self, q: Query, tiers: dict[int, str], keys: list[str], rows: list[int], rejected: list[int]
    ) -> Match:
        warnings: tuple[str, ...] = ()
        if len(rows) > 1:
            city = self._dominant_city(rows, tiers)
            if city is None:
                candidates = [self._candidate(i) for i in rows]
                listing = "; ".join(_describe(c) for c in candidates)
                raise AmbiguousPlaceError(
                    str(q),
                    f"{q.name!r} matches {len(rows)} places; add a hint (gmina, powiat, region or country) "
                    f"to pick one: {listing}",
                    [asdict(c) for c in candidates],
                )
            others = [i for i in rows if i != city]
            warnings = (
                f"{q.name!r} also names {len(others)} smaller place(s); took the city of "
                f"{self.gaz.feature(city).population:,} people; add a hint to choose another",
            )
            rows, rejected = [city], others + rejected
        f = self.gaz.feature(rows[0])
        tier = tiers[rows[0]]
        matched, kind = self._matched_name(f, tier, keys, q.name)
        nearest = (
            heapq.nsmallest(MAX_ALTERNATIVES, rejected, key=lambda i: _rough_distance(self.gaz.feature(i), f))
            if len(rejected) > MAX_ALTERNATIVES
            else sorted(rejected, key=lambda i: _rough_distance(self.gaz.feature(i), f))
        )
        alternatives = tuple(self._candidate(i, self._rejection(i, q)) for i in nearest)
        score = SCORES["variant"] if tier == "exact" and kind == "variant" else SCORES[tier]
        if warnings:
            score = round(score * 0.9, 3)
        return self._match(q, f, matched, kind, score, alternatives, warnings, len(rejected))

    def _dominant_city(self, rows: list[int], tiers: dict[int, str]) -> int | None:
        """Return a city of LARGE_CITY people or more, ten times any other candidate, or None.

        Reports that write "Rivne" or "Opole" mean the city, not a village of
        the same name; the pick is stated in the warnings, never silent.  A
        city known by the name only as an alternate ("Grodno" for Hrodna,
        "Biała" for Bielsko-Biała) is listed among the candidates but never
        taken over places that bear the name.
        """
        ranked = sorted(rows, key=lambda i: -self.gaz.feature(i).population)
        first, second = (self.gaz.feature(i).population for i in ranked[:2])
        big = first >= LARGE_CITY and first >= 10 * max(second, 1)
        return ranked[0] if big and tiers[ranked[0]] == "exact" else None

    def _matched_name(
        self, f: _gazetteer.Feature, tier: str, keys: list[str], written: str
    ) -> tuple[str, MatchKind]:
        if tier == "exact":
            return f.name, "exact" if f.name.casefold() == written.casefold() else "variant"
        wanted = set(keys) if tier == "alternate" else {word_order_key(k) for k in keys}
        for name in (f.name, *f.alternates):
            key = fold(name)
            forms = {key, transliterate(key)} if has_cyrillic(key) else {key}
            if tier == "word_order":
                forms = {word_order_key(k) for k in forms}
            if forms & wanted:
                return name, "alternate" if tier == "alternate" else "variant"
        return f.name, "variant"

    def _rejection(self, i: int, q: Query) -> str:
        f = self.gaz.feature(i)
        if not q.name.isascii() and f.name.casefold() != q.name.casefold():
            return f"spelled {f.name!r}, not {q.name!r}"
        return "outside the hinted units"

    def _not_found(
        self, q: Query, hints: list[_Hint], keys: list[str], rejected: list[int], fuzzy: bool
    ) -> Match:
        suggestions = self._suggest(keys[0], hints, q.kind)
        if fuzzy and len(suggestions) == 1:
            f = self.gaz.feature(suggestions[0])
            ratio = fuzz.ratio(keys[0], fold(f.name)) / 100
            return self._match(
                q, f, f.name, "fuzzy", round(0.8 * ratio, 3), (), (f"fuzzy match for {q.name!r}",)
            )
        alternatives = [self._candidate(i, "outside the hinted units") for i in rejected[:MAX_ALTERNATIVES]]
        fallback = self._fallback_unit(hints)
        if fallback is not None:
            unit = self.gaz.feature(fallback)
            warning = (
                f"{q.name!r} is not in the gazetteer within {', '.join(h.text for h in hints)}; "
                f"located at the {unit.precision_label} {unit.name} (±{unit.radius_km:g} km)"
            )
            return self._match(
                q, unit, unit.name, "admin", 0.5, tuple(alternatives), (warning,), len(rejected)
            )
        near = [self._candidate(i, "similar spelling") for i in suggestions]
        did_you_mean = f"; did you mean: {'; '.join(_describe(c) for c in near)}?" if near else ""
        elsewhere = (
            f"; same name outside the hints: {'; '.join(_describe(c) for c in alternatives)}"
            if alternatives
            else ""
        )
        raise PlaceNotFoundError(
            str(q),
            f"no place {q.name!r} found{elsewhere}{did_you_mean}",
            [asdict(c) for c in alternatives + near],
        )

    def _fallback_unit(self, hints: list[_Hint]) -> int | None:
        """Return the most specific admin unit that every hint agrees on, if exactly one."""
        units = [i for h in hints for i in h.rows if self.gaz.feature(i).fcode in LEVEL_CODE]
        fitting = self._within(units, hints)
        for level in ("ADM3", "ADM2", "ADM1"):
            at_level = sorted({i for i in fitting if self.gaz.feature(i).fcode == level})
            if len(at_level) == 1:
                return at_level[0]
            if at_level:
                return None  # several units fit: no honest fallback
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
        rows = self._kind_filter(found, kind)
        fitting = self._within(rows, hints)
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
        return Candidate(*fields, reason)

    def _match(
        self,
        q: Query,
        f: _gazetteer.Feature,
        matched: str,
        kind: MatchKind,
        score: float,
        alternatives: tuple[Candidate, ...],
        warnings: tuple[str, ...] = (),
        rejected_count: int = 0,
    ) -> Match:
        a1, a2, a3 = self.gaz.admin_names(f)
        uncertainty = f.radius_km if f.fclass == "A" else 0.0
        if f.fclass != "A" and _on_arcminute_grid(f):
            uncertainty = GRID_UNCERTAINTY_KM
            warnings = (
                *warnings,
                "GeoNames gives this place on a 1-arc-minute grid (legacy data): about ±1 km",
            )
        return Match(
            query=str(q), name=f.name, matched_name=matched, match=kind, lon=f.lon, lat=f.lat,
            country=f.cc, admin1=a1, admin2=a2, admin3=a3, admin_codes=(f.a1, f.a2, f.a3),
            precision=f.precision, precision_label=f.precision_label, score=score, gazetteer_id=f.gazetteer_id, feature_code=f.fcode,
            uncertainty_km=uncertainty,
            alternatives=alternatives, warnings=warnings, rejected_count=rejected_count,
        )  # fmt: skip


def _close(key: str, choices: list[str], *, limit: int, cutoff: float) -> list[str]:
    """Return the closest spellings to ``key`` among ``choices`` (rapidfuzz: linear in the choices)."""
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


def _name_keys(name: str) -> list[str]:
    return _variants(fold(name))


def _describe(c: Candidate) -> str:
    units = ", ".join(u for u in (c.admin3 and f"gm. {c.admin3}", c.admin2, c.admin1) if u)
    return f"{c.name} [{c.gazetteer_id}] ({units or c.country})"


@cache
def default_geocoder() -> Geocoder:
    """Return the geocoder over the packaged gazetteer, shared within the process."""
    return Geocoder()


def geocode(query: str | Query, /, *, country: str | None = None, fuzzy: bool = False) -> Match:
    """Resolve ``query`` with the packaged gazetteer (see :meth:`Geocoder.geocode`)."""
    return default_geocoder().geocode(query, country=country, fuzzy=fuzzy)
