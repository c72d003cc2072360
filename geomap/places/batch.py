"""Geocode a whole column of place names: one lookup per distinct name and hints.

Event tables repeat their places: a million rows may name twenty thousand villages.
:func:`geocode_many` factorises the name and hint columns into integer codes, resolves each
distinct combination once with :meth:`Geocoder.resolve` (which never raises and never guesses),
and spreads the answers back over the rows.  The result is aligned to the input row for row:
``geocode_status`` says for each whether it was ``resolved``, located only to an admin unit
(``fallback``), ``ambiguous`` (``candidates`` names the places it could be) or ``not_found``.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd

from geomap.places.geocoder import Geocoder, default_geocoder
from geomap.places.results import Resolution

#: The columns :func:`geocode_many` returns, in order.
COLUMNS = (
    "geocode_status",
    "lon",
    "lat",
    "matched_name",
    "gazetteer_id",
    "precision",
    "uncertainty_km",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "candidates",
    "warnings",
    "warning_codes",
    "message",
)
#: Show a progress bar when there are at least this many distinct places to look up.
PROGRESS_FROM = 5_000
MAX_CANDIDATES = 10


def geocode_many(
    names: Sequence[Any] | pd.Series | np.ndarray,
    /,
    hints: Mapping[str, Sequence[Any] | pd.Series | np.ndarray] | None = None,
    *,
    country: str | None = None,
    fuzzy: bool = False,
    geocoder: Geocoder | None = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Geocode every row of ``names``, with each row's ``hints`` (admin units, one column each).

    Parameters
    ----------
    names : array-like of str
        Place names as written ("Cześniki", or "Cześniki, Zamość County" with hints inline).
    hints : mapping of column name to array-like, optional
        Free-text admin hints per row ("Zamość County", "lubelskie"); empty values are skipped.
    country : str, optional
        ISO alpha-2 code every place must lie in.
    fuzzy : bool, default False
        Take a close spelling when an admin hint confirms its unit.
    geocoder : Geocoder, optional
        Defaults to the packaged gazetteer's, shared in the process.
    progress : bool, optional
        Show a progress bar on standard error; by default on long runs in a terminal.

    Returns
    -------
    pandas.DataFrame
        One row per input row (same index when ``names`` is a Series), with :data:`COLUMNS`.
    """
    index = names.index if isinstance(names, pd.Series) else pd.RangeIndex(len(names))
    columns = [_coded(names), *(_coded(v) for v in (hints or {}).values())]
    if any(len(c[0]) != len(columns[0][0]) for c in columns):
        raise ValueError("every hint column must have as many rows as the names")
    first, inverse = _distinct([codes for codes, _ in columns])
    lookups = [[values[codes[i]] if codes[i] >= 0 else None for codes, values in columns] for i in first]
    answers = _resolve_all(lookups, geocoder or default_geocoder(), country, fuzzy, progress)
    out = pd.DataFrame(answers, columns=list(COLUMNS)).take(inverse)
    out.index = index
    return out


def _coded(values: Any) -> tuple[np.ndarray, np.ndarray]:
    """Return integer codes per row (-1: empty or missing) and the stripped text each code stands for.

    Only the distinct values are cleaned, so a million rows cost a hash each, not a Python call.
    """
    codes, uniques = pd.factorize(np.asarray(values, dtype=object), use_na_sentinel=True)
    cleaned = np.array([str(u).strip() or None for u in uniques], dtype=object)
    merged, texts = pd.factorize(cleaned, use_na_sentinel=True)  # "Chełm " and "Chełm" are one place
    lookup = np.append(merged, -1)  # code -1 stays -1
    return lookup[codes], np.asarray(texts, dtype=object)


def _distinct(columns: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Return the first row of each distinct combination of codes, and each row's combination."""
    key = np.zeros(len(columns[0]), dtype=np.int64)
    for codes in columns:
        key = key * (int(codes.max(initial=-1)) + 2) + (codes + 1)
        key = pd.factorize(key)[0].astype(np.int64)  # keep the combined key small
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    return first, inverse


#: Answers already given in this process, per geocoder, by (name and hints, country, fuzzy): a Dask
#: worker meets the same places in partition after partition.  Cleared when it grows past MEMO_SIZE.
_MEMO: weakref.WeakKeyDictionary[Geocoder, dict[tuple[Any, ...], tuple[Any, ...]]] = (
    weakref.WeakKeyDictionary()
)
MEMO_SIZE = 500_000


def _resolve_all(
    lookups: list[list[str | None]],
    geocoder: Geocoder,
    country: str | None,
    fuzzy: bool,
    progress: bool | None,
) -> list[tuple[Any, ...]]:
    todo: Any = lookups
    if progress or (progress is None and len(lookups) >= PROGRESS_FROM):
        from tqdm import tqdm

        todo = tqdm(
            lookups, desc="geocoding", unit="place", disable=None if progress is None else not progress
        )
    memo = _MEMO.setdefault(geocoder, {})
    if len(memo) > MEMO_SIZE:
        memo.clear()
    out = []
    for values in todo:
        key = (*values, country, fuzzy)
        answer = memo.get(key)
        if answer is None:
            answer = memo[key] = _answer(_lookup(geocoder, values, country, fuzzy))
        out.append(answer)
    return out


def _lookup(geocoder: Geocoder, values: list[str | None], country: str | None, fuzzy: bool) -> Resolution:
    name, *hints = values
    if name is None:
        return Resolution("", "not_found", message="no place name in this row")
    query = geocoder.parse(name)
    extra = tuple(h for h in hints if h)
    if extra:
        query = replace(query, hints=query.hints + extra)
    return geocoder.resolve(query, country=country, fuzzy=fuzzy)


def _answer(r: Resolution) -> tuple[Any, ...]:
    """One output row for a resolution (see :data:`COLUMNS`)."""
    candidates = (
        json.dumps(
            [
                {
                    "gazetteer_id": c.gazetteer_id,
                    "name": c.name,
                    "country": c.country,
                    "admin1": c.admin1,
                    "admin2": c.admin2,
                    "admin3": c.admin3,
                }
                for c in r.candidates[:MAX_CANDIDATES]
            ],
            ensure_ascii=False,
        )
        if r.candidates
        else None
    )
    found: dict[str, Any] = {
        "geocode_status": r.status,
        "candidates": candidates,
        "message": r.message or None,
    }
    m = r.match
    if m is not None:
        found |= {
            "lon": m.lon,
            "lat": m.lat,
            "matched_name": m.matched_name,
            "gazetteer_id": m.gazetteer_id,
            "precision": m.precision,
            "uncertainty_km": m.uncertainty_km,
            "country": m.country,
            "admin1": m.admin1 or None,
            "admin2": m.admin2 or None,
            "admin3": m.admin3 or None,
            "warnings": "; ".join(m.warnings) or None,
            "warning_codes": " ".join(m.warning_codes) or None,
        }
    return tuple(found.get(column, _EMPTY[column]) for column in COLUMNS)


#: What a column holds when the row located nothing.
_EMPTY: dict[str, Any] = {
    column: np.nan if column in ("lon", "lat", "uncertainty_km") else None for column in COLUMNS
}
