"""The main job: incident file -> layers, GeoPackage, page (and a PNG or PDF on request).

:func:`build_incident` does everything in memory; :func:`write_outputs` then
replaces the incident's previous outputs as one set (:mod:`geomap.io.atomic`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from geomap.document import incident_document
from geomap.errors import OutputError, Problem, clean
from geomap.incident import Incident, load_incident, timeline
from geomap.io import atomic
from geomap.io.geojson import read_geojson, to_geojson
from geomap.io.gpkg import geopackage_bytes
from geomap.layers import Layers, build_layers, layers_of
from geomap.resolve import Resolved, resolve
from geomap.styles import gpkg_styles
from geomap.validation import table_layers, validate_incident
from geomap.web import page as web_page
from geomap.web.encode import Streams

__all__ = ["Built", "build_incident", "output_set", "table_layers", "validate_incident", "write_outputs"]


@dataclass
class Built:
    """What one build made, in memory, before anything is written."""

    incident: Incident
    layers: Layers
    document: dict[str, Any]
    warnings: list[Problem] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    columns: Streams | None = None  # the event tables' columns (the page's binary island)

    @property
    def name(self) -> str:
        """What the outputs are called: the incident's id, and the moment for an as-of build."""
        at = self.incident.as_of
        return (
            self.incident.id if at is None else f"{self.incident.id}.as-of-{at.astimezone(UTC):%Y%m%dT%H%MZ}"
        )

    @property
    def metadata(self) -> dict[str, str]:
        """What every output says of itself: the incident, the seed file, and the as-of moment if any."""
        meta = {"incident": self.incident.id, "seed": self.incident.path.name}
        if self.incident.as_of is not None:
            meta["as_of"] = self.incident.as_of.isoformat()
        return meta

    @cached_property
    def geojson(self) -> dict[str, str]:
        """``"<name>/<layer>.geojson"`` -> file text, for every layer."""
        return {
            f"{self.name}/{layer}.geojson": to_geojson(frame, meta={**self.metadata, "layer": layer})
            for layer, frame in self.layers.items()
        }

    @cached_property
    def html(self) -> str:
        """The published page: constant shell, inline assets, and the document as one data island."""
        return web_page.page(self.document, binary=self.columns)

    def __repr__(self) -> str:
        """Return a short summary: the page itself is megabytes (a notebook shows it via ``_repr_html_``)."""
        counts = ", ".join(f"{name} {len(frame)}" for name, frame in self.layers.items())
        page = self.__dict__.get("html")  # rendered only when asked for
        parts = [f"layers: {counts or 'none'}", f"{len(self.warnings)} warning(s)"]
        if page is not None:
            parts.append(f"page {len(page.encode('utf-8')) / 2**20:.1f} MiB")
        if self.written:
            parts.append(f"{len(self.written)} file(s) written")
        return clean(f"<Built {self.name!r}: {'; '.join(parts)}>")

    def _repr_html_(self) -> str:
        from geomap.web.notebook import iframe

        return iframe(self.html)

    def to_folium(self) -> Any:
        """Return a ``folium.Map`` drawing the same page, for notebooks and plugins (:mod:`geomap.web.notebook`)."""
        from geomap.web.notebook import to_folium

        return to_folium(self.document)


def build_incident(
    seed: str | Path,
    /,
    *,
    tiles: str | None = None,
    as_of: datetime | date | None = None,
    style: dict[str, Any] | None = None,
) -> Built:
    """Load, validate, geocode, build and render one incident without writing files.

    ``style`` is a house style (:func:`geomap.styles.load_house_style`) for the page and its images.

    With ``as_of``, build the incident as it stood then (:func:`geomap.incident.timeline.as_of`; a
    date alone means the end of that day in the incident's time zone); its outputs are named
    ``<id>.as-of-<UTC time>`` so they never replace the latest ones.
    """
    incident, resolved, layers, (tables, columns) = _checked(seed, as_of)
    source = web_page.tile_source(tiles) if tiles else None
    document = incident_document(incident, layers, tiles=source, tables=tables)
    if style is not None:
        from geomap.styles import apply_house_style

        document = apply_house_style(document, style)
    return Built(incident, layers, document, resolved.warnings, columns=columns if tables else None)


def _checked(
    seed: str | Path, as_of: datetime | date | None
) -> tuple[Incident, Resolved, Layers, tuple[list[dict[str, Any]], Streams]]:
    """Load, validate, geocode and build the layers and event tables: all a build checks."""
    incident = load_incident(seed)
    if as_of is not None:
        incident = timeline.as_of(incident, as_of)
    resolved = resolve(incident)
    return incident, resolved, layers_of(resolved), table_layers(incident)


def output_set(
    built: Built, /, *, layers_dir: str | Path = "layers", out_dir: str | Path = "build"
) -> atomic.OutputSet:
    """Return the files of ``built`` as one set, not yet written."""
    ident = built.name
    return atomic.OutputSet(
        incident=ident,
        layers_root=Path(layers_dir),
        out_dir=Path(out_dir),
        layers={rel.split("/", 1)[1]: text.encode("utf-8") for rel, text in built.geojson.items()},
        files={
            f"{ident}.gpkg": geopackage_bytes(
                built.layers, styles=gpkg_styles(built.layers, built.incident), metadata=built.metadata
            ),
            f"{ident}.html": built.html.encode("utf-8"),
        },
        stale=(f"{ident}.png", f"{ident}.pdf", f"{ident}.svg"),
    )


def write_outputs(
    built: Built,
    /,
    *,
    layers_dir: str | Path = "layers",
    out_dir: str | Path = "build",
    extra: dict[str, bytes] | None = None,
) -> Built:
    """Replace the incident's outputs (layers, GeoPackage, page, and ``extra`` files) as one set.

    Raises
    ------
    OutputError
        When the incident's layer folder holds layers another seed file built.
    """
    outputs = output_set(built, layers_dir=layers_dir, out_dir=out_dir)
    outputs.files.update(extra or {})
    outputs.stale = tuple(n for n in outputs.stale if n not in outputs.files)
    _refuse_foreign_layers(outputs.layer_dir, built.incident.path.name)
    built.written = atomic.commit(outputs)
    return built


def _refuse_foreign_layers(folder: Path, seed: str) -> None:
    """One seed may not overwrite the layers another seed file built under the same incident id."""
    for path in sorted(folder.glob("*.geojson"))[:1]:
        if path.is_symlink():
            continue  # read nothing through a link: its target is not this incident's layer
        try:
            owner = read_geojson(path.read_text("utf-8"))[0].get("seed")
        except (OSError, ValueError, KeyError):
            continue
        if owner and owner != seed:
            raise OutputError(
                f"{folder} holds layers built from {owner}, not {seed}: two seeds share one incident.id; "
                "give this incident an id of its own"
            )


def check_layers(seeds: list[Path], /, *, layers_dir: str | Path = "layers") -> list[str]:
    """Rebuild every seed in memory; return one line per committed layer file that differs.

    Reads only: an interrupted build's journal is reported (a build finishes it), never obeyed here.
    """
    layers_dir = Path(layers_dir)
    problems = []
    for seed in seeds:
        incident = load_incident(seed)
        if os.path.lexists(atomic.journal_path(layers_dir, incident.id)):
            problem = atomic.journal_problem(layers_dir, incident.id)
            problems.append(
                problem or f"{layers_dir / incident.id}: a build was interrupted; run geomap build {seed}"
            )
            continue
        built = Built(incident, build_layers(incident), {})
        files = built.geojson
        for rel, text in sorted(files.items()):
            path = layers_dir / rel
            if path.is_symlink() or (path.exists() and not path.is_file()):
                problems.append(f"{path}: not a plain file (a link or a special file); left unread")
            elif not path.is_file():
                problems.append(f"{path}: missing; run geomap build {seed}")
            elif path.read_bytes() != text.encode("utf-8"):
                problems.append(
                    f"{path}: differs from a rebuild of {seed}; run geomap build {seed} and commit"
                )
        for path in sorted((layers_dir / incident.id).glob("*.geojson")):
            if str(path.relative_to(layers_dir)) not in files:
                problems.append(f"{path}: no longer built from {seed}; delete it")
    return problems
