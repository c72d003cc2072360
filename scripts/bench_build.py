"""Benchmark the main job on the bundled seed: time per stage, output sizes, peak memory.

Prints figures; asserts nothing.  Run: ``python scripts/bench_build.py [SEED.yaml]``.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    """Time each stage of one build and print the sizes of what it writes."""
    seed = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "seeds" / "pl-drones-2025-09-10.yaml"
    t0 = time.perf_counter()
    from geomap.export import geojson_files
    from geomap.render import render_map

    from geomap.build import Built, write_outputs
    from geomap.incident import load_incident
    from geomap.layers import build_layers

    t1 = time.perf_counter()
    incident = load_incident(seed)
    t2 = time.perf_counter()
    layers = build_layers(incident)
    t3 = time.perf_counter()
    files = geojson_files(layers, incident.id)
    page = render_map(incident, layers)
    t4 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        built = write_outputs(
            Built(incident, layers, files, page), layers_dir=Path(tmp) / "l", out_dir=Path(tmp) / "b"
        )
        t5 = time.perf_counter()
        sizes = {p.name: p.stat().st_size for p in built.written}
    print(f"import {t1 - t0:.2f} s, load+validate {t2 - t1:.3f} s, geocode+layers {t3 - t2:.2f} s, "
          f"GeoJSON+HTML {t4 - t3:.2f} s, write (GeoJSON, GeoPackage, HTML) {t5 - t4:.2f} s; total {t5 - t0:.2f} s")  # fmt: skip
    for name, size in sizes.items():
        print(f"  {name}: {size / 1024:.0f} KiB")
    print(f"peak memory (max RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
