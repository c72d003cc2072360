"""Event tables on Dask: ``geomap geocode --table --dask`` and ``geomap map --dask``.

The table is split into partitions read on the workers; each worker loads the gazetteer once and
runs :func:`geomap.events.jobs.process` on its partitions.  ``map --dask`` counts the density grid
per partition and collects the rows only when the page can carry them.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from geomap.errors import OptionError, TableError
from geomap.events.jobs import (
    PREFIX,
    JobResult,
    JobSpec,
    _check,
    _frame,
    geo_frame,
    process,
    summary_line,
)
from geomap.io import tables as io_tables


def client_for(scheduler: str, /) -> Any:
    """Return a Dask client: on the scheduler at ``scheduler``, or a new local cluster (``"local"``).

    Dask is told to keep each column's type as read (not to turn text into its own string type), so
    that the partitions hold what one process would.
    """
    import logging

    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise TableError("--dask needs Dask: pip install 'geomap[dask]'") from err

    dask.config.set({"dataframe.convert-string": False})
    # The command line speaks in one-line messages; Dask's own log lines would interleave with them.
    logging.getLogger("distributed").setLevel(logging.ERROR)

    if scheduler == "local":
        cluster = LocalCluster(n_workers=None, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster)
    if not re.match(r"^(tcp|tls|inproc|ucx|ws|wss)://", scheduler):
        raise TableError(f"--dask {scheduler!r}: give a scheduler address such as tcp://10.0.0.5:8786")
    try:
        return Client(scheduler, timeout=15)
    except (ValueError, TypeError) as err:  # Dask's parser: "invalid address", "missing port number"
        raise OptionError(
            f"--dask {scheduler!r}: {err}; give an address such as tcp://10.0.0.5:8786"
        ) from err
    except OSError as err:
        raise TableError(f"--dask {scheduler}: cannot reach the scheduler ({err})") from err


def _warm() -> float:
    """Load the gazetteer and its geocoder on a worker; return how long it took (seconds)."""
    from geomap.places.geocoder import default_geocoder

    started = time.perf_counter()
    default_geocoder().geocode("Cześniki, Zamość County")
    return time.perf_counter() - started


def read_dask(paths: Sequence[str | Path], /, *, partitions: int) -> tuple[Any, str | None]:
    """Return a Dask frame of the tables: Parquet as it is partitioned, other files split evenly."""
    import dask.dataframe as dd

    given = [Path(p) for p in paths]
    for path in given:
        io_tables.check_plain(path)  # Dask reads the files itself: the same refusals first
    if all(p.is_dir() or p.name.lower().endswith(io_tables.PARQUET_SUFFIXES) for p in given):
        files = [f for p in given for f in (io_tables.parquet_files(p) if p.is_dir() else [str(p)])]
        import pyarrow.parquet as pq

        geometry = io_tables.geoparquet_column(pq.read_schema(files[0]))
        return dd.read_parquet(files, dtype_backend="pyarrow", split_row_groups=False), geometry
    if all(p.name.lower().endswith(io_tables.CSV_SUFFIXES) for p in given):
        return _read_csv_dask(given, partitions), None
    loaded = io_tables.read_table(given)
    frame = _frame(loaded.table)
    return dd.from_pandas(frame, npartitions=max(1, min(partitions, len(frame)))), loaded.geometry


def _read_csv_dask(paths: list[Path], partitions: int) -> Any:
    """Read CSV on the workers, in about ``partitions`` blocks of 256 KiB to 64 MiB.

    Every block is typed as Arrow types the first one, as one process reading the file would.
    """
    import dask.dataframe as dd
    import pyarrow.csv as csv

    tsv = paths[0].name.lower().endswith((".tsv", ".tsv.gz"))
    options = csv.ParseOptions(delimiter="\t" if tsv else ",", newlines_in_values=True)
    schema = csv.open_csv(paths[0], parse_options=options).schema
    dtype = {f.name: pd.ArrowDtype(f.type) for f in schema}
    size = sum(p.stat().st_size for p in paths)
    return dd.read_csv(
        [str(p) for p in paths],
        engine="pyarrow",
        dtype_backend="pyarrow",
        dtype=dtype,
        sep="\t" if tsv else ",",
        blocksize=min(64 * 2**20, max(2**18, size // partitions + 1)),
    )


def geocode_table_on_dask(
    paths: Sequence[str | Path], out: str | Path, spec: JobSpec, /, *, scheduler: str
) -> JobResult:
    """:func:`geocode_table` on Dask: partitioned GeoParquet out, with how the time went.

    ``spec`` without its geometry column: that is known once the tables are read.
    """
    # Registers GeoDataFrames with Dask: partitions that return one make a dask-geopandas frame,
    # whose to_parquet writes GeoParquet.
    import dask_geopandas  # noqa: F401

    out = Path(out)
    # Dask's own convention: ``-o events.parquet`` is a folder of that name holding the parts.
    if out.suffix and not out.name.lower().endswith((".parquet", ".geoparquet")):
        raise TableError(
            f"-o {out}: with --dask, name a folder or NAME.parquet (a folder of GeoParquet parts)"
        )
    if out.is_file():
        raise TableError(f"-o {out}: a file; with --dask the result is a folder of parts, name another")
    timings: dict[str, float] = {}
    started = time.perf_counter()
    client = client_for(scheduler)
    try:
        workers = len(client.scheduler_info()["workers"])
        timings["start-up"] = time.perf_counter() - started
        loads = client.run(_warm)
        timings["gazetteer per worker"] = max(loads.values()) if loads else 0.0
        begun = time.perf_counter()
        ddf, geometry = read_dask(paths, partitions=4 * workers)
        spec = replace(spec, geometry=geometry)
        _check(list(ddf.columns), spec)
        done = ddf.map_partitions(_geo_partition, spec, meta=_geo_partition(ddf._meta, spec))
        if out.exists():
            for stale in out.glob("part.*.parquet"):
                stale.unlink()
        counts = _write_and_count(done, out, spec)
        timings["work"] = time.perf_counter() - begun
    finally:
        client.close()
    written = sorted(out.glob("part.*.parquet"), key=lambda p: int(p.name.split(".")[1]))
    summary = summary_line(counts, spec, timings, workers=workers)
    return JobResult(written, summary, counts.get("failed", 0), timings)


def _geo_partition(frame: pd.DataFrame, spec: JobSpec) -> Any:
    """One partition done: :func:`process`, then each row's point as its geometry (as :func:`write`)."""
    return geo_frame(process(frame, spec), spec)


def _write_and_count(done: Any, out: Path, spec: JobSpec) -> dict[str, int]:
    """Write the parts and count the rows (and statuses) in one pass over the graph, not two."""
    import dask

    write = done.to_parquet(out, write_index=False, compute=False)
    lengths = done.map_partitions(len, meta=(None, "int64"))
    # Statuses counted per partition and added up here: no shuffle across workers for a few keys.
    statuses = (
        done[PREFIX + "status"].map_partitions(lambda s: s.value_counts(), meta=(None, "int64"))
        if spec.column is not None
        else None
    )
    in_admin1 = done[PREFIX + "in_admin1"].count() if spec.admin else None  # the non-empty cells
    _, sizes, per_part, admin = dask.compute(write, lengths, statuses, in_admin1)
    counts: dict[str, int] = {"rows": int(sizes.sum())}
    if admin is not None:
        counts["in_admin1"] = int(admin)
    if per_part is not None:
        counts.update({str(k): int(v) for k, v in per_part.groupby(level=0).sum().items()})
        counts["failed"] = counts.get("ambiguous", 0) + counts.get("not_found", 0)
    return counts


def map_on_dask(
    paths: Sequence[str | Path],
    scheduler: str,
    /,
    *,
    out: str | Path,
    tiles: dict[str, Any] | None = None,
    lang: str = "en",
    max_events: int | None = None,
    grid_above: int | None = None,
    **spec: Any,
) -> Any:
    """``geomap map --dask``: count and grid the rows on Dask, then draw them (or the grid alone)."""
    import pyarrow as pa

    from geomap.events import api as tables

    table_spec = tables.TableSpec(**spec)
    if table_spec.place is not None:
        raise TableError("--place with --dask: geocode first (geomap geocode --table ... --dask), then map")
    limit = tables.MAX_EVENTS if max_events is None else max_events
    client = client_for(scheduler)
    try:
        import dask  # (client_for has made sure it is installed)

        ddf, geometry = read_dask(paths, partitions=4 * len(client.scheduler_info()["workers"]))
        coords = ddf.map_partitions(_lonlat, table_spec, geometry, meta={"lon": float, "lat": float})
        ok = coords.dropna()
        # The row count and the four edges in one pass over the files, not five.
        n, west, south, east, north = dask.compute(
            coords.shape[0], ok.lon.min(), ok.lat.min(), ok.lon.max(), ok.lat.max()
        )
        rows, bounds = int(n), (float(west), float(south), float(east), float(north))
        empty = tables.Grid.over(bounds)
        counts = coords.map_partitions(
            lambda f: pd.Series(empty.count(f.lon.to_numpy(), f.lat.to_numpy())), meta=(None, "int64")
        ).compute()
        grid = tables.Grid(
            empty.x0,
            empty.y0,
            empty.cell,
            empty.nx,
            empty.ny,
            counts.to_numpy().reshape(-1, empty.nx * empty.ny).sum(axis=0),
        )
        if int(counts.sum()) <= limit:
            frame = ddf.compute()
            loaded = io_tables.Loaded(
                pa.Table.from_pandas(frame, preserve_index=False), geometry, tuple(str(p) for p in paths)
            )
        else:
            loaded = None
            missing = _missing_on_dask(ddf, table_spec, geometry)
    finally:
        client.close()
    out = Path(out)
    if loaded is None:
        return tables.grid_only(
            rows,
            grid,
            table_spec,
            missing=missing,
            out=out,
            tiles=tiles,
            lang=lang,
            files=[Path(p).name for p in paths],
        )
    prepared = tables.prepare(loaded, table_spec, sidecar=tables.missing_name(out))
    return tables.render(
        [prepared],
        out=out,
        tiles=tiles,
        lang=lang,
        max_events=max_events,
        grid_above=grid_above,
        grids=[grid if len(prepared.rows) > (grid_above or tables.GRID_ABOVE) else None],
    )


def _lonlat(frame: pd.DataFrame, spec: Any, geometry: str | None) -> pd.DataFrame:
    import pyarrow as pa

    loaded = io_tables.Loaded(pa.Table.from_pandas(frame, preserve_index=False), geometry, ())
    located = io_tables.coordinates(loaded, lon=spec.lon, lat=spec.lat)
    return pd.DataFrame({"lon": located.lon, "lat": located.lat}, index=frame.index)


def _missing_on_dask(ddf: Any, spec: Any, geometry: str | None) -> Any:
    """Return the rows without coordinates, with their row number in the whole table and the reason."""
    import pyarrow as pa

    lengths = ddf.map_partitions(len).compute().tolist()
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)

    def missing(frame: pd.DataFrame, partition_info: dict[str, Any] | None = None) -> pd.DataFrame:
        loaded = io_tables.Loaded(pa.Table.from_pandas(frame, preserve_index=False), geometry, ())
        located = io_tables.coordinates(loaded, lon=spec.lon, lat=spec.lat)
        rows = io_tables.missing_rows(loaded, located).to_pandas()
        rows["row"] += offsets[partition_info["number"]] if partition_info else 0
        return rows

    meta = missing(ddf._meta_nonempty.iloc[:0])
    return pa.Table.from_pandas(ddf.map_partitions(missing, meta=meta).compute(), preserve_index=False)
