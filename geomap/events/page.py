"""A table's page: the prepared tables (or a density grid alone) assembled into one offline HTML page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from geomap.errors import clean
from geomap.events.encode import Prepared
from geomap.events.grid import Grid
from geomap.events.spec import GRID_ABOVE, MAX_EVENTS, TableSpec
from geomap.io import tables as io_tables
from geomap.web import encode


@dataclass
class TableMap:
    """A table's page and what could not be drawn: ``html``, ``missing`` rows, and the document."""

    html: str
    document: dict[str, Any]
    missing: pa.Table
    summary: str
    written: list[Path] = field(default_factory=list)

    def write(self, path: str | Path, /) -> list[Path]:
        """Write the page and, when rows lack coordinates, ``<name>.missing.csv`` beside it, as one set."""
        from geomap.io.atomic import write_files

        path = Path(path)
        files = {path.name: self.html.encode("utf-8")}
        if self.missing.num_rows:
            files[missing_name(path)] = io_tables.write_csv(self.missing)
        stale = () if self.missing.num_rows else (missing_name(path),)
        path.parent.mkdir(parents=True, exist_ok=True)
        guarded = (missing_name(path),)  # a sidecar the user did not name: never someone else's file
        self.written = write_files(path.parent, files, name=path.name, stale=stale, guarded=guarded)
        return self.written

    def __repr__(self) -> str:
        """Return a short summary: the page itself is megabytes (a notebook shows it via ``_repr_html_``)."""
        title = self.document.get("incident", {}).get("title")
        size = len(self.html.encode("utf-8")) / 2**20
        return clean(f"<TableMap {title!r}: {self.summary}; page {size:.1f} MiB>")

    def _repr_html_(self) -> str:
        from geomap.web.notebook import iframe

        return iframe(self.html)


def missing_name(path: Path, /) -> str:
    """Return the sidecar CSV of rows without coordinates: ``events.html`` -> ``events.missing.csv``."""
    return path.stem + ".missing.csv"


def render(
    prepared: list[Prepared],
    /,
    *,
    out: str | Path | None = None,
    tiles: dict[str, Any] | None = None,
    lang: str = "en",
    max_events: int | None = None,
    grid_above: int | None = None,
    grids: list[Grid | None] | None = None,
) -> TableMap:
    """Assemble the page of prepared tables (``grids``: density grids computed elsewhere, e.g. on Dask)."""
    from geomap.document import table_document
    from geomap.web.page import page

    limit = MAX_EVENTS if max_events is None else max_events
    above = GRID_ABOVE if grid_above is None else grid_above
    streams = encode.Streams()
    entries = []
    for i, p in enumerate(prepared):
        grid = grids[i] if grids else None
        if grid is None and len(p.rows) > above:
            grid = Grid.over(p.bounds()).filled(p.located.lon[p.rows], p.located.lat[p.rows])
        entries.append(p.entry(streams, grid=grid, embed=len(p.rows) <= limit, draw_limit=above))
    first = prepared[0]
    # The basemap is drawn while the streams deflate; finishing sets each stream's place in the island.
    document = table_document(
        entries, title=first.title, timezone=first.spec.timezone, lang=lang, tiles=tiles
    )
    streams.finish()
    missing = (
        pa.concat_tables([p.missing() for p in prepared], promote_options="permissive")
        if len(prepared) > 1
        else first.missing()
    )
    result = TableMap(
        page(document, binary=streams), document, missing, "; ".join(p.summary() for p in prepared)
    )
    if out is not None:
        result.write(out)
    return result


def grid_only(
    rows: int,
    grid: Grid,
    spec: TableSpec,
    /,
    *,
    missing: pa.Table,
    out: str | Path | None = None,
    tiles: dict[str, Any] | None = None,
    lang: str = "en",
    files: Sequence[str] = (),
) -> TableMap:
    """Return the page of a table too big to carry event by event: its density grid alone."""
    from geomap.document import table_document
    from geomap.web.page import page

    streams = encode.Streams()
    total = int(grid.counts.sum()) if grid.counts is not None else 0
    sidecar = missing_name(Path(out)) if out and missing.num_rows else None
    reasons: dict[str, int] = {}
    for r in missing.column("reason").to_pylist() if missing.num_rows else []:
        reasons[r] = reasons.get(r, 0) + 1
    entry: dict[str, Any] = {
        "key": spec.key,
        "title": spec.title or "Events",
        "rows": rows,
        "count": total,
        "embedded": False,
        "source": "density grid",
        "files": list(files),
        "draw_limit": 0,
        "categories": None,
        "time": None,
        "bounds": [grid.x0, grid.y0, grid.x0 + grid.nx * grid.cell, grid.y0 + grid.ny * grid.cell],
        "missing": {"count": rows - total, "file": sidecar, "reasons": dict(sorted(reasons.items()))},
        "columns": [],
        "grid": grid.entry(streams, spec.key),
    }
    entry["streams"] = list(streams.entries)
    streams.finish()
    document = table_document([entry], title=entry["title"], timezone=spec.timezone, lang=lang, tiles=tiles)
    line = f"{rows:,} rows: {total:,} counted in a density grid (too many to draw one by one)"
    if rows > total:
        line += f", {rows - total:,} without coordinates" + (f" (listed in {sidecar})" if sidecar else "")
    result = TableMap(page(document, binary=streams), document, missing, line)
    if out is not None:
        result.write(out)
    return result
