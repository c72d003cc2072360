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

The work is split by stage behind this façade: :mod:`~geomap.places.hints` (admin
hints and fallback units), :mod:`~geomap.places.search` (name tiers and scripts),
:mod:`~geomap.places.decide` (choosing, warning, falling back) and
:mod:`~geomap.places.assemble` (matches and candidates); the gazetteer's file format
is :mod:`~geomap.places.gazetteer`'s.
"""

from __future__ import annotations

from dataclasses import asdict
from functools import cache
from typing import Any

from geomap.errors import AmbiguousPlaceError, GeocodeError, PlaceError, PlaceNotFoundError
from geomap.places import decide
from geomap.places import gazetteer as _gazetteer
from geomap.places.assemble import Assembler, describe
from geomap.places.hints import Hints
from geomap.places.query import Kind, Query
from geomap.places.results import Candidate, Match, Note, Resolution
from geomap.places.search import LARGE_CITY, Searcher
from geomap.places.text import fold

__all__ = [
    "LARGE_CITY",
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

#: Longer queries are refused: no place name with its hints needs more, and parsing is not free.
MAX_QUERY_CHARS = 300


class Geocoder:
    """Resolve place names against a :class:`~geomap.places.gazetteer.Gazetteer`.

    Parameters
    ----------
    gaz : Gazetteer, optional
        Defaults to the packaged gazetteer.
    """

    def __init__(self, gaz: _gazetteer.Gazetteer | None = None):
        self.gaz = gaz if gaz is not None else _gazetteer.load()
        self._hints = Hints(self.gaz)
        self._searcher = Searcher(self.gaz)
        self._results = Assembler(self.gaz)

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
            hints = self._hints.for_query(q, country)
        except GeocodeError as err:
            return Resolution(str(q), "not_found", message=str(err))
        if q.gazetteer_id:
            return decide.by_id(self.gaz, self._results, q, hints)
        search = self._searcher.search(q, hints)
        pool = self._searcher.pool(search.found, q, hints)
        if not pool:
            key = search.keys[-1] if search.keys else fold(q.name)
            suggestions = self._searcher.suggest(key, hints, q.kind)
            fallback = self._hints.fallback_unit(hints)
            return decide.not_found(self.gaz, self._results, q, hints, search, suggestions, fallback, fuzzy)
        refused = decide.region_named(self.gaz, self._results, q, pool, hints)
        if refused is not None:
            return refused
        pool, differently = self._searcher.same_spelling(pool, q.name)
        rejected = search.rejected + [i for i in differently if i not in search.rejected]
        tiers = {i: t for t in ("word_order", "alternate", "exact") for i in search.found.get(t, [])}
        rejected = [i for i in rejected if i not in pool]
        return decide.decide(self.gaz, self._results, q, tiers, search, pool, rejected, hints)

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
        hint = self._hints.get(text, level)
        rows = [i for i in hint.rows if country is None or self.gaz.feature(i).cc == country.upper()]
        rows = [i for i in rows if level is None or self.gaz.feature(i).fcode == level]
        if len(rows) != 1:
            candidates = [self._results.candidate(i) for i in rows]
            if not rows:
                raise PlaceNotFoundError(text, f"no admin unit {text!r} in {country or 'any country'}")
            raise AmbiguousPlaceError(
                text,
                f"{text!r} names {len(rows)} admin units: {'; '.join(describe(c) for c in candidates)}",
                [asdict(c) for c in candidates],
            )
        f = self.gaz.feature(rows[0])
        return self._results.match(Query(text), f, f.name, "admin", 1.0, ())

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


@cache
def default_geocoder() -> Geocoder:
    """Return the geocoder over the packaged gazetteer, shared within the process."""
    return Geocoder()


def geocode(query: str | Query, /, *, country: str | None = None, fuzzy: bool = False) -> Match:
    """Resolve ``query`` with the packaged gazetteer (see :meth:`Geocoder.geocode`)."""
    return default_geocoder().geocode(query, country=country, fuzzy=fuzzy)
