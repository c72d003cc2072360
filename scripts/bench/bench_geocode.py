"""Benchmark the offline geocoder: cold start, throughput, peak memory, accuracy.

Goals (issue: offline geocoding): cold start <= 0.3 s, >= 20,000 hinted queries a
second on one core over 100,000 queries drawn from the gazetteer, peak memory
<= 300 MB.  Prints the figures; it is not a test and asserts nothing.

Run: ``python scripts/bench/bench_geocode.py [--queries 100000] [--seed 1]``.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time

COLD = """
import time
t = time.perf_counter()
from geomap.places.geocoder import Geocoder
Geocoder().geocode("Cześniki, Zamość County")
print(time.perf_counter() - t)
"""


def cold_start(runs: int = 5) -> tuple[float, float]:
    """Measure the best and median in-process cold start (import, load, first answer) over fresh interpreters."""
    times = sorted(
        float(subprocess.check_output([sys.executable, "-c", COLD], text=True)) for _ in range(runs)
    )
    return times[0], times[len(times) // 2]


def cli_wall(runs: int = 3) -> float:
    """Measure the median wall time of ``geomap geocode`` for one query, interpreter start included."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "geomap", "geocode", "Cześniki, Zamość County"],
            check=True,
            capture_output=True,
        )
        times.append(time.perf_counter() - t)
    return sorted(times)[len(times) // 2]


def draw_queries(n: int, seed: int) -> list[tuple[str, str]]:
    """Draw (query, expected gazetteer id) pairs for ``n`` Polish places with gmina or powiat hints."""
    from geomap.places.gazetteer import load

    gaz = load()
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    while len(out) < n:
        f = gaz.feature(rng.randrange(len(gaz)))
        if f.cc != "PL" or f.fclass != "P" or "," in f.name:  # a comma in a name needs a structured query
            continue
        gmina, powiat = gaz.admin_name("PL", "ADM3", f.a3), gaz.admin_name("PL", "ADM2", f.a2)
        style = rng.randrange(3)
        if style == 0 and gmina:
            out.append((f"{f.name}, gm. {gmina}", f.gazetteer_id))
        elif style == 1 and powiat:
            out.append((f"{f.name}, {powiat}", f.gazetteer_id))
        elif gmina and powiat:
            out.append((f"{f.name} ({powiat}), gmina {gmina}", f.gazetteer_id))
    return out


def throughput(queries: list[tuple[str, str]]) -> dict[str, float]:
    """Measure queries a second and count outcomes, in this process (one core)."""
    from geomap.errors import AmbiguousPlaceError, GeocodeError
    from geomap.places.geocoder import Geocoder

    geocoder = Geocoder()
    right = wrong = warned = ambiguous = failed = 0
    t = time.perf_counter()
    for text, expected in queries:
        try:
            m = geocoder.geocode(text)
        except AmbiguousPlaceError:
            ambiguous += 1
            continue
        except GeocodeError:
            failed += 1
            continue
        if m.gazetteer_id == expected:
            right += 1
        elif "town" in m.warning_codes:
            warned += 1  # a town taken over a namesake in the hinted unit, and the warning says so
        else:
            wrong += 1
    elapsed = time.perf_counter() - t
    return {
        "queries": len(queries),
        "seconds": round(elapsed, 2),
        "queries_per_second": round(len(queries) / elapsed),
        "right": right,
        "warned": warned,
        "wrong": wrong,
        "ambiguous": ambiguous,
        "failed": failed,
    }


def main() -> None:
    """Run and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    best, median = cold_start()
    print(
        f"cold start (import + load + first answer): best {best:.3f} s, median {median:.3f} s  [goal <= 0.3 s]"
    )
    print(f"geomap geocode, one query, wall clock incl. interpreter: {cli_wall():.3f} s")
    queries = draw_queries(args.queries, args.seed)
    figures = throughput(queries)
    print(f"throughput: {figures['queries_per_second']:,} hinted queries/s on one core  [goal >= 20,000]")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS of this process): {peak_mb:.0f} MB  [goal <= 300 MB]")
    answered = figures["right"] + figures["wrong"] + figures["warned"]
    print(
        f"accuracy: {figures['right']}/{answered} answered right ({figures['right'] / answered:.4%}); "
        f"{figures['warned']} took a town over a namesake in the same unit, with a warning; "
        f"{figures['wrong']} silently wrong; {figures['ambiguous']} honestly ambiguous (same name in one unit); "
        f"{figures['failed']} not found"
    )
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
