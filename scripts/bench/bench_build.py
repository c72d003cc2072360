"""Benchmark the main job: time per stage, output sizes, peak memory.

On the bundled seed by default, or on a generated incident of ``--places N`` crash sites (half
named with their powiat and geocoded, half given as coordinates): the goal for 50,000 places is a
build in 30 s or less.  Prints figures; asserts nothing.

Run: ``python scripts/bench/bench_build.py [SEED.yaml | --places 50000]``.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAD = """\
incident:
  id: bench-{n}
  title: A generated incident of {n:,} places
  start: 2025-09-09T23:30:00+02:00
  end: 2025-09-10T06:45:00+02:00
  timezone: Europe/Warsaw
sources:
  - id: src
    title: Generated
    publisher: scripts/bench/bench_build.py
    date: 2025-09-10
    url: https://example.org/bench
places:
  crash_sites:
"""


def generated(n: int, folder: Path) -> Path:
    """Write an incident of ``n`` places: villages named with their powiat, and points by coordinates."""
    from geomap.places.gazetteer import load
    from geomap.places.text import fold

    gaz = load()
    seen: dict[tuple[str, str, str], int] = {}
    villages = []
    for i in range(len(gaz)):
        f = gaz.feature(i)
        if f.cc == "PL" and f.fclass == "P":
            _, county, gmina = gaz.admin_names(f)
            # Spellings the geocoder takes as one ("Truskolasy Lachy", "Truskolasy-Lachy") count as one.
            same = (fold(f.name).replace("-", " "), county, gmina)
            seen[same] = seen.get(same, 0) + 1
            villages.append(((f.name, county, gmina), same))
    unique = [(key, same) for key, same in villages if seen[same] == 1 and key[1] and key[2]]
    lines = [HEAD.format(n=n)]
    for i in range(n):
        if i % 2 == 0:
            (name, county, gmina), _ = unique[(i // 2) % len(unique)]
            place = f"{name}, gm. {gmina}, {county}"
            lines.append(
                f'    - {{id: s{i}, name: "{name}", place: "{place}", sources: [src], status: reported}}\n'
            )
        else:
            lon, lat = 14.5 + (i * 7919 % 9000) / 1000, 49.2 + (i * 104729 % 5500) / 1000
            lines.append(
                f"    - {{id: s{i}, name: Point {i}, coordinates: [{lon:.4f}, {lat:.4f}], sources: [src]}}\n"
            )
    path = folder / f"bench-{n}.yaml"
    path.write_text("".join(lines), "utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("seed", nargs="?", type=Path, default=ROOT / "seeds" / "pl-drones-2025-09-10.yaml")
    parser.add_argument("--places", type=int, help="build a generated incident of this many places instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seed = generated(args.places, Path(tmp)) if args.places else args.seed
        times = {}
        t = time.perf_counter()
        from geomap.build import Built, table_layers, write_outputs
        from geomap.document import incident_document
        from geomap.incident import load_incident
        from geomap.layers import layers_of
        from geomap.resolve import resolve

        times["imports"] = time.perf_counter() - t
        t = time.perf_counter()
        incident = load_incident(seed)
        times["read and validate"] = time.perf_counter() - t
        t = time.perf_counter()
        resolved = resolve(incident)
        times["geocode and resolve"] = time.perf_counter() - t
        t = time.perf_counter()
        layers = layers_of(resolved)
        times["layers"] = time.perf_counter() - t
        t = time.perf_counter()
        tables, columns = table_layers(incident)
        built = Built(
            incident,
            layers,
            incident_document(incident, layers, tables=tables),
            columns=columns if tables else None,
        )
        _ = built.html
        times["document and page"] = time.perf_counter() - t
        t = time.perf_counter()
        write_outputs(built, layers_dir=Path(tmp) / "layers", out_dir=Path(tmp) / "build")
        times["GeoJSON, GeoPackage, write"] = time.perf_counter() - t
        print(
            f"{seed.name}: {sum(len(v) for v in incident.places.values()):,} places, file {seed.stat().st_size / 2**20:.1f} MiB"
        )
        for stage, took in times.items():
            print(f"  {stage:<28} {took:7.2f} s")
        print(f"  {'total':<28} {sum(times.values()):7.2f} s")
        for path in built.written:
            print(f"  {path.relative_to(tmp)}: {path.stat().st_size / 1024:,.0f} KiB")
        print(f"  peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB")


if __name__ == "__main__":
    main()
