"""Event tables as maps: ``geomap map`` and :func:`map_table`.

A table (a file, several, a DataFrame or an Arrow table) becomes one offline page: every row with
coordinates drawn by the page's compact renderer, coloured by a category column, filtered by a
time column with the page's time control, and listed on click with the columns asked for.  Rows
without coordinates are counted, named in the page and listed in a sidecar CSV, never dropped in
silence.

Nothing here imports geopandas, folium, fiona or pyproj when the table has longitude and latitude
columns: the page is assembled from Arrow columns and numpy arrays.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from geomap.events.grid import Grid
from geomap.events.page import TableMap, grid_only, missing_name, render
from geomap.events.read import loaded, prepare
from geomap.events.spec import GRID_ABOVE, MAX_EVENTS, TableSpec

__all__ = [
    "GRID_ABOVE",
    "MAX_EVENTS",
    "Grid",
    "TableMap",
    "TableSpec",
    "grid_only",
    "map_table",
    "missing_name",
    "prepare",
    "render",
]


def map_table(
    data: Any,
    /,
    *,
    out: str | Path | None = None,
    tiles: dict[str, Any] | None = None,
    lang: str = "en",
    max_events: int | None = None,
    grid_above: int | None = None,
    **spec: Any,
) -> TableMap:
    """Return the page for a table; ``data`` is a path or paths, a (Geo)DataFrame or an Arrow table.

    Keyword arguments are :class:`TableSpec` fields (``lon``, ``lat``, ``place``, ``hints``,
    ``category``, ``time``, ``popup``, ``title``, ``timezone``).  Above ``grid_above`` events
    (default :data:`GRID_ABOVE`) the page adds a density grid; above ``max_events`` (default
    :data:`MAX_EVENTS`) it carries the grid alone.  With ``out``, the page (and its sidecar of rows
    without coordinates) is written there.
    """
    prepared = prepare(loaded(data), TableSpec(**spec), sidecar=missing_name(Path(out)) if out else None)
    return render([prepared], out=out, tiles=tiles, lang=lang, max_events=max_events, grid_above=grid_above)
