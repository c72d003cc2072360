"""Admin hints: the units a query names ("gm. Sitno", "Volyn Oblast", "PL"), and the unit to fall back on.

A hint is resolved once per geocoder (reports repeat their powiats) into the admin units it
may name; a candidate must lie in every hint.  When nothing fits, :meth:`Hints.fallback_unit`
finds the most specific unit every hint agrees on, for an honest "located at the unit" answer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from geomap.errors import PlaceNotFoundError
from geomap.places import gazetteer as _gazetteer
from geomap.places.gazetteer import LEVEL_CODE
from geomap.places.query import Query
from geomap.places.regions import region_of
from geomap.places.text import (
    GENERIC_UNIT_WORDS,
    close_spellings,
    fold,
    key_variants,
    loose_key,
    split_unit_words,
)
from geomap.vocab import precision_label

#: English unit words that end an admin unit's name ("Zamość County", "Volyn Oblast").
UNIT_SUFFIXES = (" County", " Voivodeship", " Oblast", " Region", " Crimea")


#: The unit words a loosely spelled hint must carry: a raion's ("Schuchin District").  A "county"
#: or "gmina" is Polish, and Poland's register is complete: its hints are never loose.
#: A preposition before a hint: "Oserdów, in Lublin Voivodeship" (the writer's word, not the unit's name).
_PREPOSITION = re.compile(r"^(?:in|within)\s+", re.I)
_RAION_WORDS = frozenset({"district", "raion", "rayon", "rajon", "раион", "раен"})  # folded


@dataclass(frozen=True)
class Hint:
    """One admin hint as written, and the units and countries it may name."""

    text: str
    units: frozenset[str]  # "cc|ADMn|code" of every admin unit it names
    countries: frozenset[str]
    rows: tuple[int, ...] = ()

    def contains(self, f: _gazetteer.Feature) -> bool:
        """Whether ``f`` lies in one of the units or countries the hint names."""
        return f.cc in self.countries or not self.units.isdisjoint(f.units)


def within(gaz: _gazetteer.Gazetteer, rows: list[int], hints: list[Hint]) -> list[int]:
    """Rows that lie in every hinted unit (one pass per hint: this is the hot loop)."""
    feature = gaz.feature
    for hint in hints:
        rows = [i for i in rows if hint.contains(feature(i))]
    return rows


def lookup(gaz: _gazetteer.Gazetteer, index: Mapping[str, str], keys: list[str]) -> list[int]:
    """Rows under the first of ``keys`` that the index holds."""
    for key in keys:
        rows = gaz.lookup(index, key)
        if rows:
            return list(dict.fromkeys(rows))
    return []


class Hints:
    """Resolve admin hints against one gazetteer, each text once."""

    def __init__(self, gaz: _gazetteer.Gazetteer):
        self.gaz = gaz
        self._cache: dict[tuple[str, str | None], Hint] = {}
        self._loose: tuple[dict[str, set[int]], dict[str, set[int]]] | None = None

    def for_query(self, q: Query, country: str | None) -> list[Hint]:
        """Return the query's hints: free ones, its admin fields, and its countries (``country`` added)."""
        hints = [self.get(h, None) for h in q.hints]
        for level, text in (("ADM1", q.admin1), ("ADM2", q.admin2), ("ADM3", q.admin3)):
            if text:
                hints.append(self.get(text, level))
        for cc in {c.upper() for c in (q.country, country) if c}:
            hints.append(Hint(cc, frozenset(), frozenset({cc})))
        return hints

    def get(self, text: str, level: str | None) -> Hint:
        """Return the hint ``text`` names at ``level`` (any level when None); raise PlaceNotFoundError if none."""
        cached = self._cache.get((text, level))
        if cached is None:
            cached = self._cache[(text, level)] = self._resolve(text, level)
        return cached

    def _resolve(self, text: str, level: str | None) -> Hint:
        gaz = self.gaz
        explicit = level is not None
        text = _PREPOSITION.sub("", text.strip())
        key = fold(text)
        bare, implied = split_unit_words(key)
        level = level or implied
        # Both forms: "Gmina Ostrówek" is an alternate name of one Ostrówek gmina only.  A region's
        # full name settles it, though: "Kyiv Oblast" is the oblast, not also the city of Kyiv.
        full = lookup(gaz, gaz.by_admin_name, key_variants(key))
        regions = [i for i in full if implied == "ADM1" and gaz.feature(i).fcode == "ADM1"]
        rows = regions or list(dict.fromkeys(full + lookup(gaz, gaz.by_admin_name, key_variants(bare))))
        if implied == "ADM1":
            # "Minsk Voblast": the region, not the city of Minsk, which is a unit of that level too.
            named = [i for i in rows if gaz.feature(i).name.endswith(UNIT_SUFFIXES)]
            rows = named if named and len(named) < len(rows) else rows
        at_level = [i for i in rows if level is None or gaz.feature(i).fcode == level]
        if rows and not at_level and not explicit and GENERIC_UNIT_WORDS & set(key.split()):
            at_level = rows  # "county" is a powiat in Poland, an apskritis in Lithuania: a preference only
        if rows and not at_level:
            found = gaz.feature(rows[0])
            wanted = precision_label(_gazetteer.PRECISION_BY_CODE.get(level or "", ""), found.cc)
            raise PlaceNotFoundError(
                text, f"{text!r} names a {found.precision_label} ({found.name}), not a {wanted}"
            )
        unit_words = set(key.split()) - set(bare.split())
        if not rows and unit_words and unit_words <= _RAION_WORDS:
            rows = at_level = self._loosely(bare, level)
        if not at_level and (country := _uncovered_country(key)):
            raise PlaceNotFoundError(
                text,
                f"admin hint {text!r} names {country}, whose places are not in the gazetteer ({_gazetteer.COVERAGE})",
            )
        if not at_level and not explicit and (region := region_of(text) or region_of(bare)) is not None:
            # "Rēzekne, Latgale": a historical region has no border in the gazetteer; its countries
            # are what it says of where the place lies (wider, never wrong)
            return Hint(text, frozenset(), frozenset(region[1]))
        if not at_level:
            suggestions = close_spellings(bare, list(gaz.by_admin_name), limit=5, cutoff=75)
            hint = f" (did you mean: {', '.join(suggestions)}?)" if suggestions else ""
            raise PlaceNotFoundError(
                text, f"admin hint {text!r} names no known gmina, powiat, region or country{hint}"
            )
        units, countries = set(), set()
        for i in at_level:
            f = gaz.feature(i)
            if f.fcode == "PCLI":
                countries.add(f.cc)
            else:
                units.add(_gazetteer.unit_key(f.cc, f.fcode, getattr(f, LEVEL_CODE[f.fcode])))
        return Hint(text, frozenset(units), frozenset(countries), tuple(at_level))

    def _loosely(self, bare: str, level: str | None) -> list[int]:
        """Return the one admin unit of a towns-only country whose name ``bare`` spells another way.

        Reports transliterate a Belarusian raion from Russian or from Belarusian ("Schuchin
        District", "Shchuchyn Raion"): the same consonant skeleton (:func:`loose_key`) of three
        letters or more, shared by no other unit, names it.  Only where no register lists the
        villages (Belarus, Lithuania, Kaliningrad): every answer there carries the coverage
        warning, so a wrong unit never passes unwarned.
        """
        compact, skeleton = self._loose_keys()
        # The name written without its apostrophes first ("Lelchitsy" for Lel'chitsy: a skeleton of
        # two letters, too short to trust), then its consonant skeleton.
        for index, key in ((compact, bare.replace(" ", "")), (skeleton, loose_key(bare))):
            if len(key) < 3:
                continue
            rows = [i for i in index.get(key, ()) if level is None or self.gaz.feature(i).fcode == level]
            if rows:
                return rows if len(rows) == 1 else []
        return []

    def _loose_keys(self) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
        """Units of the countries without a village register by their names without spaces, and by consonant skeleton."""
        if self._loose is None:
            compact: dict[str, set[int]] = {}
            skeleton: dict[str, set[int]] = {}
            for name in self.gaz.by_admin_name:
                for i in self.gaz.lookup(self.gaz.by_admin_name, name):
                    f = self.gaz.feature(i)
                    if f.fcode in LEVEL_CODE and not self.gaz.village_level(f.cc):
                        unit = split_unit_words(name)[0]
                        compact.setdefault(unit.replace(" ", ""), set()).add(i)
                        skeleton.setdefault(loose_key(unit), set()).add(i)
            self._loose = (compact, skeleton)
        return self._loose

    def fallback_unit(self, hints: list[Hint]) -> tuple[int | None, list[int]]:
        """Return the most specific admin unit that every hint agrees on, and the units it stands for.

        One unit: that unit, and no list.  Several units of one level that share a name ("gmina
        Chełm": the town and the rural gmina around it): the smallest unit that holds them all, and
        the list (None when they lie in different regions).
        """
        gaz = self.gaz
        units = [i for h in hints for i in h.rows if gaz.feature(i).fcode in LEVEL_CODE]
        fitting = within(gaz, units, hints)
        if len({gaz.feature(i).cc for i in fitting}) > 1:
            return None, sorted(set(fitting))  # "Minsk": a Belarusian region and city, and a Polish powiat
        for level in ("ADM3", "ADM2", "ADM1"):
            at_level = sorted({i for i in fitting if gaz.feature(i).fcode == level})
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


def _uncovered_country(key: str) -> str | None:
    """Return the English name of a country on the map whose places the gazetteer does not hold ("Latvia")."""
    from geomap.geo import areas  # only a failed hint reads the outlines' names

    names = ("name", "name_pl", "name_uk", "name_ru", "name_de")
    for props in areas.countries().props:
        if any(fold(props.get(n) or "") == key for n in names):
            return str(props["name"])
    return None
