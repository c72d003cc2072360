"""Reading a table for the map: its rows located (coordinates, geometry, or a geocoded place column)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from geomap.errors import TableError
from geomap.events.encode import Prepared, as_text
from geomap.events.spec import TableSpec
from geomap.events.times import time_zone, to_seconds
from geomap.io import tables as io_tables


def loaded(data: Any) -> io_tables.Loaded:
    """Return ``data`` (a path or paths, a (Geo)DataFrame or an Arrow table) as a loaded table."""
    if isinstance(data, (str, Path)):
        return io_tables.read_table([data])
    if isinstance(data, Sequence) and all(isinstance(d, (str, Path)) for d in data):
        return io_tables.read_table(list(data))
    if isinstance(data, pa.Table):
        return io_tables.Loaded(data, None, ())
    geometry = getattr(data, "geometry", None)
    if geometry is not None and hasattr(data, "to_wkb"):  # a GeoDataFrame: its geometries kept as they are
        frame = data.to_crs(4326) if data.crs is not None and not data.crs.equals("EPSG:4326") else data
        name = frame.geometry.name
        table = pa.Table.from_pandas(frame.drop(columns=[name]), preserve_index=False)
        return io_tables.Loaded(table, name, (), np.asarray(frame.geometry.values, dtype=object))
    if hasattr(data, "columns"):  # a DataFrame
        return io_tables.Loaded(pa.Table.from_pandas(data, preserve_index=False), None, ())
    raise TableError(f"cannot map a {type(data).__name__}: give a file, a DataFrame or an Arrow table")


def prepare(
    loaded: io_tables.Loaded, spec: TableSpec, /, *, sidecar: str | None = None, until: datetime | None = None
) -> Prepared:
    """Locate every row of ``loaded`` (from coordinates, geometry or a geocoded place column).

    With ``until``, rows whose time comes later are left out: not yet happened, not missing.
    """
    if until is not None and spec.time is not None:
        column = loaded.table[spec.time] if spec.time in loaded.table.column_names else None
        if column is not None:
            seconds, ok, _ = to_seconds(column, time_zone(spec.timezone), spec.time)
            keep = ~ok | (seconds <= until.timestamp())
            geoms = loaded.geoms[keep] if loaded.geoms is not None else None
            loaded = io_tables.Loaded(
                loaded.table.filter(pa.array(keep)), loaded.geometry, loaded.files, geoms
            )
    if spec.place is not None:
        located = _geocoded(loaded, spec)
    elif spec.lon is None and spec.lat is None and _is_geocode_output(loaded.table):
        located = _from_geocode_output(loaded)
    else:
        located = io_tables.coordinates(loaded, lon=spec.lon, lat=spec.lat)
    title = spec.title or (Path(loaded.files[0]).stem if loaded.files else "Events")
    return Prepared(spec, loaded, located, title, sidecar)


def _geocoded(loaded: io_tables.Loaded, spec: TableSpec) -> io_tables.Located:
    """Coordinates from a place column, geocoded in batch; a row not resolved says why."""
    from geomap.places.batch import geocode_many

    table = loaded.table
    for name in (spec.place, *spec.hints):
        if name not in table.column_names:
            raise TableError(f"no column {name!r}; the columns are: {', '.join(table.column_names)}")
    names = io_tables.as_numpy(table[spec.place])
    hints = {h: io_tables.as_numpy(table[h]) for h in spec.hints}
    found = geocode_many(names, hints, country=spec.country)
    lon, lat = found["lon"].to_numpy(np.float64), found["lat"].to_numpy(np.float64)
    reason = np.full(len(lon), None, dtype=object)
    failed = ~np.isfinite(lon)
    messages = found["message"].to_numpy(dtype=object)
    statuses = found["geocode_status"].to_numpy(dtype=object)
    reason[failed] = [f"{s}: {m}" for s, m in zip(statuses[failed], messages[failed], strict=True)]
    return io_tables.Located(lon, lat, reason, f"geocoded place column {spec.place}")


#: The columns ``geomap geocode --table`` adds that place a row (see :mod:`geomap.events.jobs`).
GEOCODED_LON, GEOCODED_LAT, GEOCODED_STATUS, GEOCODED_MESSAGE = (
    "geomap_lon",
    "geomap_lat",
    "geomap_status",
    "geomap_message",
)


def _is_geocode_output(table: pa.Table) -> bool:
    return GEOCODED_LON in table.column_names and GEOCODED_LAT in table.column_names


def _from_geocode_output(loaded: io_tables.Loaded) -> io_tables.Located:
    """Coordinates ``geomap geocode --table`` found; a row it could not place keeps its status and why.

    These columns win over a table's own coordinate columns: geocoding the table says where its
    rows are meant to be.
    """
    located = io_tables.coordinates(loaded, lon=GEOCODED_LON, lat=GEOCODED_LAT)
    table, reason = loaded.table, located.reason.copy()
    if GEOCODED_STATUS in table.column_names:
        status = io_tables.as_numpy(as_text(table[GEOCODED_STATUS]))
        message = (
            io_tables.as_numpy(as_text(table[GEOCODED_MESSAGE]))
            if GEOCODED_MESSAGE in table.column_names
            else np.full(len(status), None, dtype=object)
        )
        failed = np.flatnonzero(~located.ok & (status != None))  # noqa: E711 (an object array)
        reason[failed] = [f"{status[i]}: {message[i]}" if message[i] else str(status[i]) for i in failed]
    return io_tables.Located(located.lon, located.lat, reason, f"columns {GEOCODED_LON}, {GEOCODED_LAT}")
