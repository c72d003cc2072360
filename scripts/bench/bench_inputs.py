"""Benchmark how reading and geocoding scale with the size of hostile or large inputs.

The limits of ``geomap.incident.schema`` refuse what is too big; below them, the cost must grow
linearly.  Prints seconds per size and the ratio to the smallest, so a super-linear path shows as
a ratio that outgrows the size ratio.  Asserts nothing.

Run: ``python scripts/bench/bench_inputs.py``.
"""

from __future__ import annotations

import contextlib
import tempfile
import time
from pathlib import Path

HEAD = """incident:
  id: bench
  title: Bench
  start: 2025-09-09T23:30:00+02:00
  end: 2025-09-10T06:45:00+02:00
  timezone: Europe/Warsaw
sources:
  - id: src
    title: A source
    publisher: P
    date: 2025-09-10
    url: https://example.org/
"""


def timed(action) -> float:
    t = time.perf_counter()
    with contextlib.suppress(Exception):
        action()
    return time.perf_counter() - t


def series(label: str, sizes: list[int], make) -> None:
    base = None
    for n in sizes:
        seconds = timed(make(n))
        base = base or (seconds, n)
        print(
            f"{label:<38} n={n:>9,}  {seconds:8.3f} s   x{seconds / base[0]:6.1f} for size x{n / base[1]:5.0f}"
        )


def main() -> None:
    """Print the series."""
    from geomap.incident import load_incident
    from geomap.places.geocoder import Geocoder

    folder = Path(tempfile.mkdtemp(prefix="geomap-bench-"))

    def places(n: int):
        path = folder / f"places-{n}.yaml"
        rows = "".join(
            f"    - id: p{i}\n      name: Place {i}\n      coordinates: [{22 + i % 100 / 100:.2f}, {51 + i // 100 % 100 / 100:.2f}]\n"
            f"      reported: Something was found here.\n      sources: [src]\n"
            for i in range(n)
        )
        path.write_text(HEAD + "places:\n  crash_sites:\n" + rows, "utf-8")
        return lambda: load_incident(path)

    def nesting(n: int):
        path = folder / f"nest-{n}.yaml"
        path.write_text(HEAD + "extra: " + "[" * n + "]" * n + "\n", "utf-8")
        return lambda: load_incident(path)

    def long_text(n: int):
        path = folder / f"text-{n}.yaml"
        path.write_text(
            HEAD
            + "places:\n  crash_sites:\n    - name: x\n      reported: "
            + "a" * n
            + "\n      sources: [src]\n"
        )
        return lambda: load_incident(path)

    geocoder = Geocoder()

    def query(n: int):
        text = ("Wola (x), " * (n // 10))[:n]
        return lambda: geocoder.geocode(text)

    series("read an incident of n places", [1_000, 5_000, 20_000, 50_000], places)
    series("read n levels of nesting (24 allowed)", [10, 24, 1_000, 100_000], nesting)
    series("read a text of n characters", [1_000, 20_000, 1_000_000, 10_000_000], long_text)
    series("geocode a query of n characters", [30, 300, 48_000, 1_000_000], query)


if __name__ == "__main__":
    main()
