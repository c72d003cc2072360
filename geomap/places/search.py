"""Name search: the rows a written name can mean, tier by tier, script first.

Tiers are tried in order: the name itself, an alternate name, the same words in another
order.  A Cyrillic name is looked up in its own script before its transliteration, and its
letters narrow the countries (see :func:`script_countries`).  The search only finds and
filters; choosing among what it found is :mod:`geomap.places.decide`'s.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from geomap.places import gazetteer as _gazetteer
from geomap.places.hints import Hint, lookup, within
from geomap.places.query import Query
from geomap.places.results import Note
from geomap.places.text import (
    close_spellings,
    fold,
    has_cyrillic,
    polish_spellings,
    regional_spellings,
    transliterate,
    ukrainian_forms,
    word_order_key,
)

#: Feature codes each structured ``kind`` admits (class P for "place").
KIND_CODES: dict[str, frozenset[str]] = {
    "airport": frozenset({"AIRP", "AIRF", "AIRB", "AIRH", "AIRQ"}),
    "airbase": frozenset({"AIRB", "AIRF", "MILB", "INSM"}),
    "station": frozenset({"RSTN"}),
}
# Without a kind, populated places win over class-S features, which win over
# admin units: "Lublin" is the city, not its railway station or its gmina.
CLASS_PREFERENCE = {"P": 0, "S": 1, "A": 2}
#: A city known by a name only as an alternate competes with places bearing it from this size on ...
LARGE_CITY = 100_000
#: ... and a town (see is_town), when only villages of other countries bear the name: "Kholm" is the
#: Russian name of the city of Chełm, and the primary name of two Belarusian villages.
#: Towns people mean: seats of a county or larger, towns of 10,000, gmina seats of 5,000.
SEAT_CODES = frozenset({"PPLC", "PPLA", "PPLA2"})
TOWN_POPULATION = 10_000
SMALL_TOWN_POPULATION = 5_000
#: Countries whose names are written in Cyrillic, and letters that point to one of them.
CYRILLIC_COUNTRIES = frozenset({"UA", "BY", "RU"})
#: Countries whose names Russian and Ukrainian reports write in Cyrillic, read back by
#: ``text.regional_spellings`` when nothing else is found: the Baltic states, Moldova and Romania.
REGIONAL_COUNTRIES = frozenset({"LT", "LV", "EE", "MD", "RO"})
_UKRAINIAN = frozenset("їєґ")
_BELARUSIAN = frozenset("ў")
_BELARUSIAN_LATIN = frozenset("ŭ")
TIERS = ("exact", "alternate", "word_order")
_TIER_INDEX = {"exact": "by_name", "alternate": "by_alternate", "word_order": "by_word_order"}


@dataclass
class Search:
    """What the name tiers found: rows by tier, the rows the hints rejected, and notes."""

    found: dict[str, list[int]]
    rejected: list[int]
    notes: list[Note]
    keys: list[str]


class Searcher:
    """Find a name's rows in one gazetteer."""

    def __init__(self, gaz: _gazetteer.Gazetteer):
        self.gaz = gaz
        self._keys_by_initial: dict[str, list[str]] | None = None
        self._latin_keys: list[str] | None = None

    def search(self, q: Query, hints: list[Hint]) -> Search:
        """Find the rows the name can mean, tier by tier, script first (see the module)."""
        gaz = self.gaz
        key = fold(q.name)
        if not has_cyrillic(key):
            search = self._tiers([key], hints, q.kind)
            preferred = frozenset({"BY"}) if _BELARUSIAN_LATIN & set(q.name.casefold()) else None
            return self._prefer_countries(search, preferred)
        latin = transliterate(key)
        preferred = script_countries(q.name)
        rows = self._kind_filter(gaz.lookup(gaz.by_alternate, key), q.kind)
        # A Russian spelling of a Ukrainian name: the places named so in Ukrainian compete too.
        for form in ukrainian_forms(key):
            named = gaz.lookup(gaz.by_alternate, form) + gaz.lookup(gaz.by_name, form)
            rows += [i for i in self._kind_filter(named, q.kind) if i not in rows]
        passing = within(gaz, rows, hints)
        narrowed = self._tiers([latin], [*hints, Hint("script", frozenset(), preferred)], q.kind)
        if passing:
            passing += [i for i in self._seats(passing, q.kind) if i not in passing]
            if preferred == CYRILLIC_COUNTRIES:
                # Russian spelling names places in all three countries, and GeoNames lacks many of
                # those names: places whose names transliterate the same compete ("Шацк").
                passing += [i for t in narrowed.found.values() for i in t if i not in passing]
            search = self._prefer_countries(
                Search({"alternate": passing}, [i for i in rows if i not in passing], [], [key, latin]),
                preferred,
            )
            return self._with_polish_towns(search, key, hints, q.kind)
        widened = narrowed if any(narrowed.found.values()) else self._tiers([latin], hints, q.kind)
        how = f"matched as {latin!r}" + (
            "" if widened is narrowed else " (outside the countries its script suggests)"
        )
        if not any(widened.found.values()):
            # A Polish place written in Ukrainian or Russian ("Осини", "Вирики"): the gazetteer
            # names it in Polish only.  Tried last, and in Poland only.
            in_poland = [*hints, Hint("Poland", frozenset(), frozenset({"PL"}))]
            # (a soft "е" read as "ie" only where a hint puts the place in Poland: see polish_spellings)
            soft = any(
                h.countries == frozenset({"PL"}) or (h.units and all(u.startswith("PL|") for u in h.units))
                for h in hints
            )
            polish = self._tiers(polish_spellings(key, soft=soft), in_poland, q.kind)
            if any(polish.found.values()):
                widened, how = polish, "read as a Polish name"
            else:
                # ... or a Baltic, Moldovan or Romanian one ("Мядининкай", "Кухурештий-де-Жос")
                regional = self._regional(key, hints, q.kind)
                if any(regional.found.values()):
                    widened, how = regional, "read as a Lithuanian, Latvian, Estonian or Romanian name"
        if any(widened.found.values()):
            widened.notes.append(
                Note("transliteration", f"{q.name!r} is not in the gazetteer in Cyrillic; {how}")
            )
        widened.keys = [key, latin]
        widened.rejected += [i for i in rows if i not in widened.rejected]
        return self._with_polish_towns(widened, key, hints, q.kind)

    def _regional(self, key: str, hints: list[Hint], kind: str | None) -> Search:
        """Find what a Cyrillic key names in the Baltic states, Moldova and Romania, by their own spellings.

        Every spelling the reading gives that is a name there competes: two places so found are
        ambiguous, never one taken for the other.
        """
        if self._latin_keys is None:
            # (once per searcher: a few tens of milliseconds)
            self._latin_keys = self.gaz.by_name.latin_keys()
        keys = self._latin_keys

        def begins(prefix: str) -> bool:
            at = bisect_left(keys, prefix)
            return at < len(keys) and keys[at].startswith(prefix)

        spellings = regional_spellings(key, begins, self.gaz.by_name.__contains__)
        rows = self._kind_filter([i for s in spellings for i in self.gaz.lookup(self.gaz.by_name, s)], kind)
        rows = [i for i in dict.fromkeys(rows) if self.gaz.feature(i).cc in REGIONAL_COUNTRIES]
        passing = within(self.gaz, rows, hints)
        return Search({"alternate": passing}, [i for i in rows if i not in passing], [], spellings)

    def _with_polish_towns(self, search: Search, key: str, hints: list[Hint], kind: str | None) -> Search:
        """Add the Polish towns a Cyrillic name spells to what else it names, as alternate names.

        They compete whatever the script says ("Свідник": Świdnik, near Lublin, and a Ukrainian
        village Svydnyk; "Перемишль": Przemyśl): the gazetteer holds many Polish towns in Polish only,
        and a report names a town by itself.
        """
        found = [i for rows in search.found.values() for i in rows]
        if not found or any(is_town(self.gaz.feature(i)) for i in found):
            # (read as a Polish name already, or nothing; or a town of its script's countries, which
            # the name means: "Щучин" is Shchuchyn, not also the small Polish town Szczuczyn)
            return search
        towns = [i for i in self._polish_towns(key, hints, kind) if i not in found]
        search.found["alternate"] = [*search.found.get("alternate", []), *towns]
        search.rejected = [i for i in search.rejected if i not in towns]
        return search

    def pool(self, found: dict[str, list[int]], q: Query, hints: Sequence[Hint]) -> list[int]:
        """Return the candidates that compete: primary-name matches, and large cities known by that name.

        "Grodno" is the primary name of two Polish villages and an alternate
        name of the Belarusian city of Hrodna: all three compete.  Smaller
        places matched only by an alternate name do not, but towns of
        ``TOWN_POPULATION`` do where only villages of other countries bear the name,
        and regions (admin-1 units) where only villages bear it.
        """
        exact = self._prefer(found.get("exact", []), q.kind)
        if exact:
            # A town abroad, where only villages bear the name: an exonym (Chełm, "Kholm" in Russian).
            villages_in = {self.gaz.feature(i).cc for i in exact} if all(map(self._village, exact)) else None
            cities = [
                i for i in found.get("alternate", []) if self._competes(self.gaz.feature(i), villages_in)
            ]
            pool = self._prefer(exact + cities, q.kind) if cities else exact
            # ... and a region known by the name, where only villages bear it ("Saaremaa": Saare
            # County, and a village of Võru Parish), whatever a place's precedence over a unit
            # (not under a hint below the country: it names the region itself, or lies inside it;
            # "Saaremaa, Estonia" is still the county or the village)
            # (the query's admin fields are hints with their units too: see Hints.for_query)
            if villages_in is None or q.kind not in (None, "any") or any(h.units for h in hints):
                return pool
            return pool + [i for i in found.get("alternate", []) if self.gaz.feature(i).fcode == "ADM1"]
        for tier in ("alternate", "word_order"):
            if found.get(tier):
                return self._prefer(found[tier], q.kind)
        return []

    @staticmethod
    def _competes(f: _gazetteer.Feature, villages_in: set[str] | None) -> bool:
        if f.population >= LARGE_CITY:
            return True
        return villages_in is not None and f.cc not in villages_in and f.population >= TOWN_POPULATION

    def _village(self, i: int) -> bool:
        f = self.gaz.feature(i)
        return f.fclass == "P" and not is_town(f)

    def same_spelling(self, rows: list[int], written: str) -> tuple[list[int], list[int]]:
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

    def suggest(self, key: str, hints: list[Hint], kind: str | None) -> list[int]:
        """Rows whose name is a close spelling of ``key`` and that fit the hints."""
        gaz = self.gaz
        if self._keys_by_initial is None:
            buckets: dict[str, list[str]] = {}
            for k in (*gaz.by_name, *gaz.by_alternate):
                buckets.setdefault(k[:1], []).append(k)
            self._keys_by_initial = buckets
        close = close_spellings(key, self._keys_by_initial.get(key[:1], []), limit=8, cutoff=80)
        found = [i for k in close for index in (gaz.by_name, gaz.by_alternate) for i in gaz.lookup(index, k)]
        fitting = self._prefer(within(gaz, self._kind_filter(found, kind), hints), kind)
        return list(dict.fromkeys(fitting))[:5]

    def _tiers(self, keys: list[str], hints: list[Hint], kind: str | None) -> Search:
        rejected: list[int] = []
        found: dict[str, list[int]] = {}
        taken: set[int] = set()
        for tier in TIERS:
            index = getattr(self.gaz, _TIER_INDEX[tier])  # by_word_order is built only when first needed
            wanted = [word_order_key(k) for k in keys] if tier == "word_order" else keys
            rows = self._kind_filter(lookup(self.gaz, index, wanted), kind)
            passing = within(self.gaz, rows, hints)
            kept, seen = set(passing), set(rejected)
            rejected += [i for i in rows if i not in kept and i not in seen]
            found[tier] = [i for i in passing if i not in taken]
            taken.update(passing)
            if tier == "alternate" and (found["exact"] or found["alternate"]):
                break  # word-order variants only when no name matched at all
        return Search(found, rejected, [], keys)

    def _prefer_countries(self, search: Search, preferred: frozenset[str] | None) -> Search:
        """Keep the candidates in the countries the query's script points to, when there are any."""
        if not preferred:
            return search
        for tier, rows in search.found.items():
            # (a town abroad known by the name keeps competing where the script's countries hold only
            # villages of it: "Білосток" is Białystok as well as a Ukrainian village, "Холм" Chełm)
            towns_inside = any(
                is_town(self.gaz.feature(i)) for i in rows if self.gaz.feature(i).cc in preferred
            )
            inside = [
                i
                for i in rows
                if self.gaz.feature(i).cc in preferred or (not towns_inside and is_town(self.gaz.feature(i)))
            ]
            if inside and len(inside) < len(rows):
                search.rejected += [i for i in rows if i not in inside]
                search.found[tier] = inside
        return search

    def _kind_filter(self, rows: list[int], kind: str | None) -> list[int]:
        if kind in (None, "any"):
            return rows
        if kind == "place":
            return [i for i in rows if self.gaz.feature(i).fclass == "P"]
        if kind == "admin":
            return [i for i in rows if self.gaz.feature(i).fclass == "A"]
        codes = KIND_CODES[kind]
        return [i for i in rows if self.gaz.feature(i).fcode in codes]

    def _polish_towns(self, key: str, hints: list[Hint], kind: str | None) -> list[int]:
        """Return the Polish towns (see :func:`is_town`) a Cyrillic key spells, within the hints."""
        latin = self.gaz.lookup(self.gaz.by_name, transliterate(key))
        if any(self.gaz.feature(i).cc == "PL" for i in latin):
            return []  # (its Latin transliteration names it already: found with the others)
        in_poland = [*hints, Hint("Poland", frozenset(), frozenset({"PL"}))]
        # (primary names only: the other tiers' indexes load lazily, and a town goes by its own name)
        rows = self._kind_filter(lookup(self.gaz, self.gaz.by_name, polish_spellings(key)), kind)
        return [i for i in within(self.gaz, rows, in_poland) if is_town(self.gaz.feature(i))]

    def _seats(self, rows: list[int], kind: str | None) -> list[int]:
        """Return the Polish places an admin unit of ``rows`` is named after, inside it.

        GeoNames gives Russian names to Polish gminas, rarely to their seats: "Вохынь" is the gmina
        of Wohyń only, and a report naming the village would get the gmina's area, not its point.
        """
        if kind not in (None, "any"):
            return []
        gaz, out = self.gaz, []
        for i in rows:
            unit = gaz.feature(i)
            depth = _UNIT_DEPTH.get(unit.fcode)
            if unit.cc != "PL" or depth is None:
                continue
            codes = (unit.a1, unit.a2, unit.a3)[:depth]
            for j in gaz.lookup(gaz.by_name, fold(unit.name)):
                f = gaz.feature(j)
                if f.fclass == "P" and f.cc == "PL" and (f.a1, f.a2, f.a3)[:depth] == codes:
                    out.append(j)
        return out

    def _prefer(self, rows: list[int], kind: str | None) -> list[int]:
        if not rows or kind not in (None, "any"):
            return rows
        ranks = [CLASS_PREFERENCE.get(self.gaz.feature(i).fclass, 3) for i in rows]
        best = min(ranks)
        return [i for i, rank in zip(rows, ranks, strict=True) if rank == best]

    def _names(self, i: int) -> tuple[str, ...]:
        f = self.gaz.feature(i)
        return (f.name, *f.alternates)


#: How many admin codes an admin unit's places share with it, by its feature code.
_UNIT_DEPTH = {"ADM1": 1, "ADM2": 2, "ADM3": 3}


def is_town(f: _gazetteer.Feature) -> bool:
    """Whether ``f`` is a town people mean by its name (see ``SEAT_CODES`` and the populations)."""
    return (
        f.status == "town"
        or f.fcode in SEAT_CODES
        or f.population >= TOWN_POPULATION
        or (f.fcode == "PPLA3" and f.population >= SMALL_TOWN_POPULATION)
    )


def script_countries(text: str) -> frozenset[str]:
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
