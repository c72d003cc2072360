"""Synthetic ACLED-like event tables for the map benchmark and the table tests.

Each row is an event in Ukraine or eastern Poland between January 2024 and December 2025: an
ACLED-style id, date, event type and sub-type, actor, admin-1 region, location name, coordinates,
source, fatalities and a short note.  Locations are real towns from geomap's gazetteer; 30% of
the events sit exactly on their town's point (as town-level geocoding puts them, so they stack),
the rest within about 15 km of it.  The same ``n`` and ``seed`` give the same table.

Run ``python scripts/synthetic_events.py N OUT.csv`` to write one.
"""

from __future__ import annotations

import sys
from functools import cache

import numpy as np
import pyarrow as pa

EVENT_TYPES = {
    "Explosions/Remote violence": (
        0.46,
        ("Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED"),
    ),
    "Battles": (0.28, ("Armed clash", "Government regains territory", "Non-state actor overtakes territory")),
    "Strategic developments": (
        0.1,
        ("Looting/property destruction", "Disrupted weapons use", "Arrests", "Other"),
    ),
    "Protests": (0.09, ("Peaceful protest", "Protest with intervention")),
    "Violence against civilians": (0.05, ("Attack", "Abduction/forced disappearance")),
    "Riots": (0.02, ("Violent demonstration", "Mob violence")),
}
ACTORS = tuple(f"Military Forces of {c} (2019-)" for c in ("Ukraine", "Russia")) + tuple(
    f"Unidentified Armed Group {i}" for i in range(1, 39)
)
SOURCES = tuple(f"Source {chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(30))
STACKED = 0.3


@cache
def towns() -> tuple[np.ndarray, np.ndarray, list[str], list[str]]:
    """Towns of Ukraine and eastern Poland in the gazetteer: lon, lat, name, admin-1 name."""
    from geomap.places.gazetteer import load

    gaz = load()
    lon, lat, names, regions = [], [], [], []
    for i in range(len(gaz)):
        f = gaz.feature(i)
        if f.fclass == "P" and (f.cc == "UA" or (f.cc == "PL" and f.lon > 21.5 and f.population >= 2000)):
            lon.append(f.lon)
            lat.append(f.lat)
            names.append(f.name)
            regions.append(gaz.admin_names(f)[0] or f.cc)
    return np.array(lon), np.array(lat), names, regions


def events(n: int, /, *, seed: int = 1) -> pa.Table:
    """Return ``n`` synthetic events (see the module docstring)."""
    rng = np.random.default_rng(seed)
    lon, lat, names, regions = towns()
    # A few towns see most events, as in real conflict data.
    weights = rng.pareto(1.2, len(lon)) + 0.05
    town = rng.choice(len(lon), n, p=weights / weights.sum())
    stacked = rng.random(n) < STACKED
    dist = rng.exponential(0.06, n)
    angle = rng.uniform(0, 2 * np.pi, n)
    x = np.where(stacked, lon[town], np.round(lon[town] + dist * np.cos(angle) * 1.5, 4))
    y = np.where(stacked, lat[town], np.round(lat[town] + dist * np.sin(angle), 4))
    kinds = list(EVENT_TYPES)
    kind = rng.choice(len(kinds), n, p=[EVENT_TYPES[k][0] for k in kinds])
    sub = [
        EVENT_TYPES[kinds[k]][1][j % len(EVENT_TYPES[kinds[k]][1])]
        for k, j in zip(kind, rng.integers(0, 6, n), strict=True)
    ]
    day = np.datetime64("2024-01-01") + rng.integers(0, 731, n).astype("timedelta64[D]")
    actor = rng.integers(0, len(ACTORS), n)
    fatalities = np.where(rng.random(n) < 0.8, 0, rng.geometric(0.3, n))
    place = [names[t] for t in town]
    notes = [
        f"On {d}, {ACTORS[a].split(' (')[0]} reported {sub[i].lower()} in {place[i]}. Fatalities: {f}."
        for i, (d, a, f) in enumerate(zip(day.astype(str), actor, fatalities, strict=True))
    ]
    return pa.table(
        {
            "event_id_cnty": [f"UKR{i + 1:07d}" for i in range(n)],
            "event_date": pa.array(day.astype("datetime64[D]")),
            "event_type": [kinds[k] for k in kind],
            "sub_event_type": sub,
            "actor1": [ACTORS[a] for a in actor],
            "admin1": [regions[t] for t in town],
            "location": place,
            "latitude": y,
            "longitude": x,
            "source": [SOURCES[s] for s in rng.integers(0, len(SOURCES), n)],
            "fatalities": fatalities.astype(np.int64),
            "notes": notes,
        }
    )


if __name__ == "__main__":
    import pyarrow.csv as csv

    csv.write_csv(events(int(sys.argv[1])), sys.argv[2])
