"""Event tables for the tests of tests/events/ and tests/browser/: twenty canonical events, an
incident with them as a layer, place names to geocode in batch, and real admin-1 units as polygons.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from geomap.cli import main

ROOT = Path(__file__).resolve().parents[1]


def canonical() -> pd.DataFrame:
    """Twenty events: Polish and Cyrillic text, a missing category, two stacked on one point, and
    three rows that cannot be placed (no latitude, a longitude out of range, and 0, 0)."""
    rng = np.random.default_rng(3)
    n = 20
    df = pd.DataFrame(
        {
            "event_id": [f"E{i:02d}" for i in range(n)],
            "place": ["Cześniki", "Łódź", "Шацьк", "Wyryki-Wola"] * 5,
            "kind": ["Shelling", "Drone", "Protest", None, "Drone"] * 4,
            "when": pd.to_datetime("2025-09-01") + pd.to_timedelta(rng.integers(0, 30, n), unit="D"),
            "longitude": np.round(rng.uniform(22, 24, n), 5),
            "latitude": np.round(rng.uniform(50, 52, n), 5),
            "note": [f"note {i}: ąę «x»" for i in range(n)],
        }
    )
    df.loc[1, ["longitude", "latitude"]] = df.loc[0, ["longitude", "latitude"]].to_numpy()  # stacked
    df.loc[5, "latitude"] = np.nan
    df.loc[6, "longitude"] = 200.0
    df.loc[7, ["longitude", "latitude"]] = 0.0
    df["when"] = df["when"].dt.date
    return df


#: The canonical events that can be placed: twenty, less the three without usable coordinates.
LOCATED = 17


def _incident_with_table(folder: Path, table: str = "") -> Path:
    from common import HEAD, write_incident

    canonical().to_csv(folder / "events.csv", index=False)
    body = (
        "places:\n  crash_sites:\n    - {name: Site, coordinates: [22.5, 51.5], sources: [src]}\n"
        "tables:\n  - id: events\n    title: Reported events\n    file: events.csv\n    category: kind\n"
        "    time: when\n    popup: [event_id, note]\n    sources: [src]\n" + table
    )
    return write_incident(folder, body, head=HEAD)


def _places_csv(folder: Path) -> Path:
    """Place names geomap resolves, one it cannot tell apart, one it does not know, and an empty one."""
    rows = pd.DataFrame(
        {
            "event_id": ["A", "B", "C", "D", "E", "F"],
            "location": ["Cześniki", "Wyryki-Wola", "Łódź", "Atlantis-upon-Nowhere", "Cześniki", None],
            "admin1": ["lubelskie", "lubelskie", "łódzkie", None, "lubelskie", None],
            "latitude": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0],  # the table's own, wrong: the geocoded ones win
            "longitude": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
        }
    )
    path = folder / "places.csv"
    rows.to_csv(path, index=False)
    return path


def _geocode_places(path: Path, target: Path, *extra: str) -> int:
    """``geomap geocode --table`` on the places of :func:`_places_csv`, into ``target``."""
    places = ["--table", str(path), "--column", "location", "--hint-column", "admin1"]
    return main(["geocode", *places, "-o", str(target), *extra])


#: The countries whose admin-1 units ``units`` gives.
COUNTRIES = ("PL", "UA", "DE", "CZ", "SK", "LT", "BY")


def units():
    """Admin-1 units of seven countries, Berlin left out (Brandenburg keeps its hole), with an id,
    a day each and their area."""
    import geopandas as gpd

    from geomap.geo import areas

    table = areas.admin1()
    frame = gpd.GeoDataFrame(pd.DataFrame(table.props), geometry=list(table.geoms), crs=4326)
    frame = frame[frame.iso_a2.isin(COUNTRIES) & (frame.iso_3166_2 != "DE-BE")].reset_index(drop=True)
    frame["unit"] = [f"U{i:03d}" for i in range(len(frame))]
    frame["day"] = (pd.Timestamp("2025-09-01") + pd.to_timedelta(np.arange(len(frame)) % 5, unit="D")).date
    frame["area_km2"] = (frame.to_crs(3035).area / 1e6).round(1)
    return frame[["unit", "name", "iso_a2", "iso_3166_2", "day", "area_km2", "geometry"]]
