"""Table jobs: geocode a column and find each row's admin units, in one process or on Dask.

One function, :func:`process`, does the work on a pandas frame; the single-process path runs it on
the whole table, the Dask path on every partition (``--dask``).  On Dask the table is split with
dask-geopandas, each worker loads the gazetteer once (the geocoder is cached per process) and
resolves each distinct place once (:func:`geomap.places.batch.geocode_many` memoises per
process), and the result is written as partitioned GeoParquet.  The two paths give the same rows.

Every column geomap adds starts with ``geomap_``: event tables have ``admin1`` and ``latitude``
columns of their own.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from geomap.errors import TableError
from geomap.io import tables as io_tables

PREFIX = "geomap_"


@dataclass(frozen=True)
class JobSpec:
    """What to do to each row: geocode ``column`` (with ``hints``), and/or find its admin units."""

    column: str | None = None
    hints: tuple[str, ...] = ()
    country: str | None = None
    fuzzy: bool = False
    admin: bool = False
    lon: str | None = None
    lat: str | None = None
    geometry: str | None = None


@dataclass
class JobResult:
    """What a job wrote, a one-line summary, and how many rows it could not place."""

    written: list[Path]
    summary: str
    failed: int = 0
    timings: dict[str, float] = field(default_factory=dict)


def process(frame: pd.DataFrame, spec: JobSpec, /) -> pd.DataFrame:
    """Return ``frame`` with the job's columns added (``geomap_...``), row for row."""
    from geomap.geo.admin import admin_units
    from geomap.places.batch import geocode_many

    out = frame.copy()
    lon: np.ndarray | None = None
    lat: np.ndarray | None = None
    if spec.column is not None:
        found = geocode_many(
            frame[spec.column],
            {h: frame[h] for h in spec.hints},
            country=spec.country,
            fuzzy=spec.fuzzy,
            progress=False,
        )
        for name in found.columns:
            out[PREFIX + ("status" if name == "geocode_status" else name)] = found[name].to_numpy()
        lon, lat = found["lon"].to_numpy(np.float64), found["lat"].to_numpy(np.float64)
    if spec.admin:
        if lon is None or lat is None:
            lon, lat = _coordinates(frame, spec)
        for name, values in admin_units(lon, lat).items():
            out[PREFIX + name] = values
    # Typed columns, not Python objects: Parquet (and Dask's schema, read from the types) needs them.
    for name in out.columns[len(frame.columns) :]:
        numeric = name.endswith(("lon", "lat", "_km"))
        out[name] = out[name].astype("float64" if numeric else pd.StringDtype("pyarrow"))
    return out


def _coordinates(frame: pd.DataFrame, spec: JobSpec) -> tuple[np.ndarray, np.ndarray]:
    import pyarrow as pa

    loaded = io_tables.Loaded(pa.Table.from_pandas(frame, preserve_index=False), spec.geometry, ())
    located = io_tables.coordinates(loaded, lon=spec.lon, lat=spec.lat)
    return located.lon, located.lat


def _point_columns(frame: pd.DataFrame, spec: JobSpec) -> tuple[np.ndarray, np.ndarray]:
    """Return the coordinates each output row is placed at: geocoded, else its own."""
    if spec.column is not None:
        return frame[PREFIX + "lon"].to_numpy(np.float64), frame[PREFIX + "lat"].to_numpy(np.float64)
    return _coordinates(frame, spec)


def _frame(table: Any) -> pd.DataFrame:
    """Return an Arrow table as pandas with Arrow-backed columns.

    The types survive the round trip through Parquet, and Dask infers its schema from them (not
    from Python objects).
    """
    return table.to_pandas(types_mapper=pd.ArrowDtype)


def _check(frame_columns: Sequence[str], spec: JobSpec) -> None:
    for name in (spec.column, *spec.hints):
        if name is not None and name not in frame_columns:
            raise TableError(f"no column {name!r}; the columns are: {', '.join(frame_columns)}")
    taken = [c for c in frame_columns if c.startswith(PREFIX)]
    if taken:
        raise TableError(
            f"the table already has {', '.join(taken)}; geomap's own columns start with {PREFIX}"
        )


def geocode_table(
    paths: Sequence[str | Path],
    out: str | Path,
    /,
    *,
    column: str | None = None,
    hints: tuple[str, ...] = (),
    country: str | None = None,
    fuzzy: bool = False,
    admin: bool = False,
    lon: str | None = None,
    lat: str | None = None,
    dask: str | None = None,
) -> JobResult:
    """Geocode ``column`` of the tables and/or add admin units; write ``out`` (.csv, .parquet or a folder)."""
    spec = JobSpec(column, hints, country, fuzzy, admin, lon, lat)
    if dask:
        from geomap.events.dask import geocode_table_on_dask

        return geocode_table_on_dask(paths, out, spec, scheduler=dask)
    started = time.perf_counter()
    loaded = io_tables.read_table(list(paths))
    frame = _frame(loaded.table)
    spec = replace(spec, geometry=loaded.geometry)
    _check(list(frame.columns), spec)
    result = process(frame, spec)
    written = write(result, Path(out), spec)
    return _result(result, spec, written, {"total": time.perf_counter() - started})


def _result(frame: pd.DataFrame, spec: JobSpec, written: list[Path], timings: dict[str, float]) -> JobResult:
    counts: dict[str, int] = {"rows": len(frame)}
    if spec.column is not None:
        counts.update({str(k): int(v) for k, v in frame[PREFIX + "status"].value_counts().items()})
        counts["failed"] = counts.get("ambiguous", 0) + counts.get("not_found", 0)
    if spec.admin:
        counts["in_admin1"] = int(frame[PREFIX + "in_admin1"].notna().sum())
    return JobResult(written, summary_line(counts, spec, timings), counts.get("failed", 0), timings)


def summary_line(
    counts: dict[str, int], spec: JobSpec, timings: dict[str, float], *, workers: int | None = None
) -> str:
    """Return the one line both runs print, in one process or on Dask: the same counts in the same words."""
    parts = [f"{counts['rows']:,} rows"]
    if spec.column is not None:
        parts += [
            f"{counts.get(s, 0):,} {s.replace('_', ' ')}"
            for s in ("resolved", "fallback", "ambiguous", "not_found")
        ]
    if spec.admin:
        parts.append(f"{counts.get('in_admin1', 0):,} in a known admin-1 unit")
    took = ", ".join(f"{k} {v:.1f} s" for k, v in timings.items())
    where = f"on {workers} Dask workers" if workers else "in one process"
    return "; ".join(parts) + f" ({where}: {took})"


def write(frame: pd.DataFrame, out: Path, spec: JobSpec, /) -> list[Path]:
    """Write the result: CSV, one GeoParquet file, or a folder of GeoParquet parts (``part.0.parquet``)."""
    from geomap.io.atomic import write_files

    name = out.name.lower()
    if name.endswith(".csv"):
        text = frame.drop(columns=[c for c in frame.columns if frame[c].map(type).eq(bytes).any()])
        data = io_tables.write_csv(pa.Table.from_pandas(text, preserve_index=False))
        return write_files(out.parent, {out.name: data}, name=out.name)
    data = _geoparquet(frame, spec)
    if name.endswith((".parquet", ".geoparquet")):
        return write_files(out.parent, {out.name: data}, name=out.name)
    if out.suffix:
        raise TableError(f"-o {out}: write .csv, .parquet, or a folder name (partitioned GeoParquet)")
    stale = (
        tuple(p.name for p in out.glob("part.*.parquet") if p.name != "part.0.parquet")
        if out.is_dir()
        else ()
    )
    out.mkdir(parents=True, exist_ok=True)
    return write_files(out, {"part.0.parquet": data}, name="geomap-parts", stale=stale)


def geo_frame(frame: pd.DataFrame, spec: JobSpec, /) -> Any:
    """Return the done frame as a GeoDataFrame, each row's geometry the point it is placed at."""
    import geopandas as gpd

    x, y = _point_columns(frame, spec)
    data = frame.drop(columns=[spec.geometry]) if spec.geometry in frame.columns else frame
    return gpd.GeoDataFrame(data, geometry=gpd.points_from_xy(x, y, crs=4326), index=frame.index)


def _geoparquet(frame: pd.DataFrame, spec: JobSpec) -> bytes:
    """Return the frame as GeoParquet bytes (:func:`geo_frame`)."""
    import io

    sink = io.BytesIO()
    geo_frame(frame, spec).to_parquet(sink, index=False)
    return sink.getvalue()
