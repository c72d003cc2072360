"""Benchmark ``geomap extract``: a report of about 1,000 words, cold start included, on one core.

The report is the seed article followed by the short field reports of ``tests/extract/reports``
(English, Polish, Ukrainian and Russian) until it holds ``--words`` words.  The goal is under a
second of wall time for the whole command (Python starting, geomap and its gazetteer loading, the
draft written), pinned to one core where the machine allows it.  Also printed: the time spent in
``draft()`` alone once everything is loaded, the time for the largest report geomap reads (2 MiB:
it must grow linearly with the text), and what the draft holds.

Prints figures; asserts nothing.  Run: ``python scripts/bench_extract.py [--words N] [--runs N]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def report(words: int) -> str:
    """Return a report of at least ``words`` words, made of real report texts."""
    parts = [(ROOT / "seeds" / "pl-drones-2025-09-10.article.txt").read_text("utf-8")]
    extra = sorted((ROOT / "tests" / "extract" / "reports").glob("*.txt"))
    i = 0
    while sum(len(p.split()) for p in parts) < words:
        parts.append(extra[i % len(extra)].read_text("utf-8"))
        i += 1
    return "\n\n".join(parts)


def one_core() -> list[str]:
    """Return the command prefix that pins a process to one core (``taskset``), if there is one."""
    return ["taskset", "-c", "0"] if sys.platform == "linux" and Path("/usr/bin/taskset").exists() else []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    text = report(args.words)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.txt"
        path.write_text(text, "utf-8")
        command = [*one_core(), sys.executable, "-m", "geomap", "extract", str(path), "--date", "2025-09-10"]
        walls = []
        for _ in range(args.runs):
            start = time.perf_counter()
            done = subprocess.run(
                command, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"}
            )
            walls.append(time.perf_counter() - start)
            if done.returncode:
                raise SystemExit(done.stderr)
        summary = done.stderr.strip()
        draft_size = (Path(tmp) / "report.draft.yaml").stat().st_size

    from geomap.extract import draft
    from geomap.places.geocoder import default_geocoder

    start = time.perf_counter()
    default_geocoder()
    load = time.perf_counter() - start
    warm = []
    for _ in range(args.runs):
        start = time.perf_counter()
        draft(text, name="report.txt", day=date(2025, 9, 10))
        warm.append(time.perf_counter() - start)
    # The largest report geomap reads (MAX_REPORT_BYTES): the time must grow with the text, no faster.
    from geomap.extract import MAX_REPORT_BYTES

    large = report(args.words)
    while len((large + "\n\n" + text).encode()) <= MAX_REPORT_BYTES:
        large += "\n\n" + text
    start = time.perf_counter()
    draft(large, name="large.txt", day=date(2025, 9, 10))
    large_time = time.perf_counter() - start
    pinned = "one core (taskset -c 0)" if one_core() else "not pinned (no taskset)"
    print(f"report: {len(text.split()):,} words, {len(text.encode()):,} bytes; draft {draft_size:,} bytes")
    print(f"geomap extract, whole command, {pinned}: median {statistics.median(walls):.2f} s, "
          f"max {max(walls):.2f} s over {args.runs} runs (goal < 1 s)")  # fmt: skip
    print(
        f"in process: gazetteer and geocoder load {load:.2f} s; draft() {statistics.median(warm) * 1000:.0f} ms"
    )
    print(f"largest report read ({len(large.encode()) / 2**20:.2f} MiB, {len(large.split()):,} words): "
          f"draft() {large_time:.1f} s")  # fmt: skip
    print(summary)


if __name__ == "__main__":
    main()
