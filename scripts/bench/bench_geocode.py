"""Benchmark the offline geocoder: cold start, throughput, peak memory, accuracy.

Goals (issue: offline geocoding): cold start <= 0.3 s, >= 20,000 hinted queries a
second on one core over 100,000 queries drawn from the gazetteer, peak memory
<= 300 MB; and (issue 23) cold start and queries a second within 10% of the previous
code on the same machine: ``--anchor REF`` checks REF out in a temporary git worktree
and measures it and this tree alternately, on the same queries, in one run.  Prints the
figures; it is not a test and asserts nothing.

Run: ``python scripts/bench/bench_geocode.py [--queries 100000] [--seed 1] [--anchor main~1]``.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

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


def _measure_tree(tree: Path, queries_file: Path) -> dict[str, float]:
    """Cold start and throughput of the geomap in ``tree``, in fresh interpreters (PYTHONPATH first)."""
    env = {"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"}
    cold = sorted(
        float(subprocess.check_output([sys.executable, "-c", COLD], text=True, env=env, cwd=tree))
        for _ in range(3)
    )
    child = [sys.executable, str(Path(__file__).resolve()), "--child", str(queries_file)]
    out = json.loads(subprocess.check_output(child, text=True, env=env, cwd=tree).splitlines()[-1])
    return {"cold": cold[0], **out}


def compare(ref: str, n: int, seed: int, rounds: int = 3) -> None:
    """Print this tree's cold start and queries a second beside REF's, measured alternately."""
    queries = draw_queries(n, seed)
    with tempfile.TemporaryDirectory() as tmp:
        anchor = Path(tmp) / "anchor"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(anchor), ref], check=True)
        try:
            qfile = Path(tmp) / "queries.json"
            qfile.write_text(json.dumps(queries), "utf-8")
            runs: dict[str, list[dict[str, float]]] = {"anchor": [], "this": []}
            for _ in range(rounds):
                for name, tree in (("anchor", anchor), ("this", ROOT)):
                    runs[name].append(_measure_tree(tree, qfile))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(anchor)], check=True)
    best = {k: (min(r["cold"] for r in v), max(r["queries_per_second"] for r in v)) for k, v in runs.items()}
    (ca, qa), (ct, qt) = best["anchor"], best["this"]
    print(
        f"cold start, best of {3 * rounds}: {ref} {ca:.3f} s, this tree {ct:.3f} s ({ct / ca - 1:+.0%})  [goal within +10%]"
    )
    print(
        f"throughput, best of {rounds}: {ref} {qa:,.0f}/s, this tree {qt:,.0f}/s ({qt / qa - 1:+.0%})  [goal within -10%]"
    )


def main() -> None:
    """Run and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--anchor", metavar="REF", help="also measure git REF (e.g. main~1) alternately with this tree"
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # throughput over a query file, as JSON
    args = parser.parse_args()
    if args.child:
        print(json.dumps(throughput([tuple(q) for q in json.loads(args.child.read_text("utf-8"))])))
        return
    if args.anchor:
        compare(args.anchor, args.queries, args.seed)
        return
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
