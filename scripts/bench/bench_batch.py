"""Benchmark batch geocoding: one process, and on Dask with one and with two workers.

A table of ``--rows`` rows (default 1,000,000) names ``--distinct`` places (default 20,000 Polish
villages and towns, each with its powiat as a hint, so that most resolve): the goals are at least
200,000 rows a second on one core, and the Dask path within 1.5 times the one-process time plus
the cluster's start-up.  For Dask it reports how the time splits: start-up, loading the gazetteer
on each worker, and the work itself (reading, geocoding, writing partitioned GeoParquet).

Prints figures; asserts nothing.  Run: ``python scripts/bench/bench_batch.py [--rows N] [--distinct N]``.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq


def table(rows: int, distinct: int, seed: int = 1) -> pa.Table:
    """``rows`` rows drawn from ``distinct`` gazetteer places, with their powiat as a hint."""
    from geomap.places.gazetteer import load

    gaz = load()
    places = []
    for i in range(len(gaz)):
        f = gaz.feature(i)
        # Villages and towns with a point of their own: the register's hamlets and parts of
        # localities (SIMC, no point) would change what the goal measures.
        if f.cc == "PL" and f.fclass == "P" and not f.located:
            places.append((f.name, gaz.admin_names(f)[1]))
    rng = np.random.default_rng(seed)
    chosen = rng.choice(len(places), distinct, replace=False)
    names = np.array([places[i][0] for i in chosen], dtype=object)
    hints = np.array([places[i][1] for i in chosen], dtype=object)
    pick = rng.integers(0, distinct, rows)
    return pa.table({"id": np.arange(rows), "place": names[pick].tolist(), "county": hints[pick].tolist()})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--distinct", type=int, default=20_000)
    args = parser.parse_args()
    from geomap.events.jobs import geocode_table
    from geomap.places.batch import geocode_many

    data = table(args.rows, args.distinct)
    frame = data.to_pandas()
    started = time.perf_counter()
    found = geocode_many(frame["place"], {"county": frame["county"]}, progress=False)
    took = time.perf_counter() - started
    statuses = found["geocode_status"].value_counts().to_dict()
    print(
        f"geocode_many: {args.rows:,} rows, {args.distinct:,} distinct: {took:.2f} s, {args.rows / took:,.0f} rows/s {statuses}"
    )
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        parts = Path(tmp) / "in"
        parts.mkdir()
        for i, start in enumerate(range(0, args.rows, 125_000)):
            pq.write_table(data.slice(start, 125_000), parts / f"part.{i}.parquet")
        started = time.perf_counter()
        single = geocode_table([parts], Path(tmp) / "single", column="place", hints=("county",))
        one = time.perf_counter() - started
        print(
            f"geomap geocode --table (one process, read + geocode + write GeoParquet): {one:.2f} s; {single.summary}"
        )
        from distributed import LocalCluster

        for workers in (1, 2):
            up = time.perf_counter()
            with LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster:
                cluster_start = time.perf_counter() - up
                result = geocode_table(
                    [parts],
                    Path(tmp) / f"dask{workers}",
                    column="place",
                    hints=("county",),
                    dask=cluster.scheduler_address,
                )
                wall = time.perf_counter() - up
            split = ", ".join(f"{k} {v:.2f} s" for k, v in result.timings.items())
            print(
                f"--dask, {workers} worker(s): {wall:.2f} s (cluster start {cluster_start:.2f} s, {split}); "
                f"without the start-up {(wall - cluster_start) / one:.2f}x one process"
            )


if __name__ == "__main__":
    main()
