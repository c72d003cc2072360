"""The main job: incident file -> layers, GeoPackage, HTML (and a PNG on request)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from geomap.export import geojson_files, write_geopackage, write_text
from geomap.incident import Incident, load_incident
from geomap.layers import Layers, build_layers
from geomap.render import render_map


@dataclass
class Built:
    """What one build made, in memory, before anything is written."""

    incident: Incident
    layers: Layers
    geojson: dict[str, str]  # "<incident-id>/<layer>.geojson" -> text
    html: str
    written: list[Path] = field(default_factory=list)


def build_incident(seed: str | Path, /, *, tiles: str | None = None) -> Built:
    """Load, validate, geocode, build and render one incident without writing files."""
    incident = load_incident(seed)
    layers = build_layers(incident)
    return Built(
        incident, layers, geojson_files(layers, incident.id), render_map(incident, layers, tiles=tiles)
    )


def write_outputs(
    built: Built, /, *, layers_dir: str | Path = "layers", out_dir: str | Path = "build"
) -> Built:
    """Write the GeoJSON layers, the GeoPackage and the HTML; drop stale layer files."""
    layers_dir, out_dir = Path(layers_dir), Path(out_dir)
    incident_dir = layers_dir / built.incident.id
    wanted = {layers_dir / rel for rel in built.geojson}
    for rel, text in built.geojson.items():
        write_text(layers_dir / rel, text)
        built.written.append(layers_dir / rel)
    for stale in sorted(incident_dir.glob("*.geojson")):
        if stale not in wanted:
            stale.unlink()
    gpkg = out_dir / f"{built.incident.id}.gpkg"
    write_geopackage(built.layers, gpkg)
    html = out_dir / f"{built.incident.id}.html"
    write_text(html, built.html)
    built.written += [gpkg, html]
    return built


def check_layers(seeds: list[Path], /, *, layers_dir: str | Path = "layers") -> list[str]:
    """Rebuild every seed in memory; return one line per committed layer file that differs."""
    layers_dir = Path(layers_dir)
    problems = []
    for seed in seeds:
        incident = load_incident(seed)
        files = geojson_files(build_layers(incident), incident.id)
        for rel, text in sorted(files.items()):
            path = layers_dir / rel
            if not path.is_file():
                problems.append(f"{path}: missing; run geomap build {seed}")
            elif path.read_bytes() != text.encode("utf-8"):
                problems.append(
                    f"{path}: differs from a rebuild of {seed}; run geomap build {seed} and commit"
                )
        for path in sorted((layers_dir / incident.id).glob("*.geojson")):
            if str(path.relative_to(layers_dir)) not in files:
                problems.append(f"{path}: no longer built from {seed}; delete it")
    return problems
