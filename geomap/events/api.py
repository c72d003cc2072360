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

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from geomap import vocab
from geomap.errors import GeomapError
from geomap.io import tables as io_tables
from geomap.web import encode

#: Categories drawn in colours of their own, most frequent first; the rest are "Other".
MAX_CATEGORIES = len(vocab.CATEGORY_COLOURS)
#: Columns a popup shows when none are named.
MAX_POPUP_COLUMNS = 12
#: Time formats tried on a text time column; the one that reads most rows wins.
TIME_FORMATS = ("%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M",
                "%d %B %Y", "%d %b %Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d")  # fmt: skip
DATE_ONLY = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d")
#: The time control's steps: at most about this many.
MAX_STEPS = 400
#: Above this many events the page also carries a density grid, drawn while the view holds more
#: events than this; the events themselves appear as the reader zooms in.
GRID_ABOVE = 1_000_000
#: Above this many events the page carries the density grid alone.
MAX_EVENTS = 5_000_000
#: Cells along the longer side of a density grid.
GRID_CELLS = 320


@dataclass(frozen=True)
class TableSpec:
    """What a table's columns mean for the map (see ``geomap map --help``)."""

    lon: str | None = None
    lat: str | None = None
    place: str | None = None
    hints: tuple[str, ...] = ()
    country: str | None = None
    category: str | None = None
    time: str | None = None
    popup: tuple[str, ...] | None = None
    title: str | None = None
    timezone: str = "UTC"
    key: str = "events"


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
        self.written = write_files(path.parent, files, name=path.name, stale=stale)
        return self.written

    def _repr_html_(self) -> str:
        from geomap.web.notebook import iframe

        return iframe(self.html)


def missing_name(path: Path, /) -> str:
    """Return the sidecar CSV of rows without coordinates: ``events.html`` -> ``events.missing.csv``."""
    return path.stem + ".missing.csv"


def map_table(
    data: Any, /, *, out: str | Path | None = None, tiles: dict[str, Any] | None = None, lang: str = "en",
    max_events: int | None = None, grid_above: int | None = None, **spec: Any,
) -> TableMap:  # fmt: skip
    """Return the page for a table; ``data`` is a path or paths, a (Geo)DataFrame or an Arrow table.

    Keyword arguments are :class:`TableSpec` fields (``lon``, ``lat``, ``place``, ``hints``,
    ``category``, ``time``, ``popup``, ``title``, ``timezone``).  Above ``grid_above`` events
    (default :data:`GRID_ABOVE`) the page adds a density grid; above ``max_events`` (default
    :data:`MAX_EVENTS`) it carries the grid alone.  With ``out``, the page (and its sidecar of rows
    without coordinates) is written there.
    """
    prepared = prepare(_loaded(data), TableSpec(**spec), sidecar=missing_name(Path(out)) if out else None)
    return render([prepared], out=out, tiles=tiles, lang=lang, max_events=max_events, grid_above=grid_above)


def render(
    prepared: list[Prepared], /, *, out: str | Path | None = None, tiles: dict[str, Any] | None = None,
    lang: str = "en", max_events: int | None = None, grid_above: int | None = None,
    grids: list[Grid | None] | None = None,
) -> TableMap:  # fmt: skip
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
    streams.finish()
    first = prepared[0]
    document = table_document(
        entries, title=first.title, timezone=first.spec.timezone, lang=lang, tiles=tiles
    )
    missing = pa.concat_tables([p.missing() for p in prepared]) if len(prepared) > 1 else first.missing()
    result = TableMap(
        page(document, binary=streams), document, missing, "; ".join(p.summary() for p in prepared)
    )
    if out is not None:
        result.write(out)
    return result


def grid_only(
    rows: int, grid: Grid, spec: TableSpec, /, *, missing: pa.Table, out: str | Path | None = None,
    tiles: dict[str, Any] | None = None, lang: str = "en", files: Sequence[str] = (),
) -> TableMap:  # fmt: skip
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
        "key": spec.key, "title": spec.title or "Events", "rows": rows, "count": total, "embedded": False,
        "source": "density grid", "files": list(files), "draw_limit": 0, "categories": None, "time": None,
        "bounds": [grid.x0, grid.y0, grid.x0 + grid.nx * grid.cell, grid.y0 + grid.ny * grid.cell],
        "missing": {"count": rows - total, "file": sidecar, "reasons": dict(sorted(reasons.items()))},
        "columns": [], "grid": grid.entry(streams, spec.key),
    }  # fmt: skip
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


@dataclass(frozen=True)
class Grid:
    """A density grid: events counted per cell of ``cell`` degrees from (``x0``, ``y0``)."""

    x0: float
    y0: float
    cell: float
    nx: int
    ny: int
    counts: np.ndarray | None = None

    @classmethod
    def over(cls, bounds: tuple[float, float, float, float], /) -> Grid:
        """Return an empty grid of about :data:`GRID_CELLS` cells along the longer side of ``bounds``."""
        x0, y0, x1, y1 = bounds
        cell = max(x1 - x0, y1 - y0, 1e-6) / GRID_CELLS
        return cls(x0, y0, cell, int((x1 - x0) // cell) + 1, int((y1 - y0) // cell) + 1)

    def count(self, lon: np.ndarray, lat: np.ndarray, /) -> np.ndarray:
        """Events per cell (row-major from the south-west corner) for these points (NaN skipped)."""
        ok = np.isfinite(lon) & np.isfinite(lat)
        col = np.clip(((lon[ok] - self.x0) // self.cell).astype(np.int64), 0, self.nx - 1)
        row = np.clip(((lat[ok] - self.y0) // self.cell).astype(np.int64), 0, self.ny - 1)
        return np.bincount(row * self.nx + col, minlength=self.nx * self.ny)

    def filled(self, lon: np.ndarray, lat: np.ndarray, /) -> Grid:
        """Return a copy of the grid with the points counted."""
        return Grid(self.x0, self.y0, self.cell, self.nx, self.ny, self.count(lon, lat))

    def entry(self, streams: encode.Streams, key: str) -> dict[str, Any]:
        """Return the grid for the page: its frame, and the cells with events (index, count) as streams."""
        counts = self.counts if self.counts is not None else np.zeros(self.nx * self.ny, dtype=np.int64)
        cells = np.flatnonzero(counts)
        streams.add(f"{key}.grid.cells", cells.astype(np.uint32))
        streams.add(f"{key}.grid.counts", counts[cells].astype(np.uint32))
        return {"x0": self.x0, "y0": self.y0, "cell": self.cell, "nx": self.nx, "ny": self.ny,
                "max": int(counts.max(initial=0)), "total": int(counts.sum())}  # fmt: skip


def _loaded(data: Any) -> io_tables.Loaded:
    if isinstance(data, (str, Path)):
        return io_tables.read_table([data])
    if isinstance(data, Sequence) and all(isinstance(d, (str, Path)) for d in data):
        return io_tables.read_table(list(data))
    if isinstance(data, pa.Table):
        return io_tables.Loaded(data, None, ())
    geometry = getattr(data, "geometry", None)
    if geometry is not None and hasattr(data, "to_wkb"):  # a GeoDataFrame
        frame = data.to_crs(4326) if data.crs is not None and not data.crs.equals("EPSG:4326") else data
        name = frame.geometry.name
        table = pa.Table.from_pandas(frame.to_wkb(), preserve_index=False)
        return io_tables.Loaded(table, name, ())
    if hasattr(data, "columns"):  # a DataFrame
        return io_tables.Loaded(pa.Table.from_pandas(data, preserve_index=False), None, ())
    raise GeomapError(f"cannot map a {type(data).__name__}: give a file, a DataFrame or an Arrow table")


# -- preparing the columns ----------------------------------------------------------------------


@dataclass
class Prepared:
    """A table read and checked: where each row is, its category, time and popup columns."""

    spec: TableSpec
    loaded: io_tables.Loaded
    located: io_tables.Located
    title: str
    sidecar: str | None

    def __post_init__(self) -> None:
        self.rows = np.flatnonzero(self.located.ok)
        if not len(self.rows):
            raise GeomapError(f"none of the {self.loaded.table.num_rows:,} rows has usable coordinates ({self.located.source})")  # fmt: skip
        self.order = self.rows[encode.morton_order(self.located.lon[self.rows], self.located.lat[self.rows])]
        self.zone = _zone(self.spec.timezone)

    def missing(self) -> pa.Table:
        """Return the rows without coordinates, for the sidecar CSV."""
        return io_tables.missing_rows(self.loaded, self.located)

    def summary(self) -> str:
        """One line for the command line: rows drawn, rows without coordinates and where they are listed."""
        total, drawn = self.loaded.table.num_rows, len(self.rows)
        line = f"{total:,} rows: {drawn:,} drawn"
        if drawn < total:
            line += f", {total - drawn:,} without coordinates" + (
                f" (listed in {self.sidecar})" if self.sidecar else ""
            )
        return line

    def bounds(self) -> tuple[float, float, float, float]:
        """Return the west, south, east and north of the located rows."""
        lon, lat = self.located.lon[self.rows], self.located.lat[self.rows]
        return float(lon.min()), float(lat.min()), float(lon.max()), float(lat.max())

    def entry(
        self,
        streams: encode.Streams,
        *,
        grid: Grid | None = None,
        embed: bool = True,
        draw_limit: int = GRID_ABOVE,
    ) -> dict[str, Any]:
        """Encode the columns into ``streams``; return the table's entry in the page's document.

        ``embed`` False leaves the events out (the page draws ``grid`` alone); with both, the page
        draws the grid while the view holds more than ``draw_limit`` events.
        """
        key, table, order = self.spec.key, self.loaded.table, self.order
        entry: dict[str, Any] = {
            "key": key, "title": self.title, "rows": table.num_rows, "count": len(order), "embedded": embed,
            "source": self.located.source, "files": [Path(f).name for f in self.loaded.files],
            "bounds": list(self.bounds()), "missing": self._missing_summary(), "draw_limit": draw_limit,
        }  # fmt: skip
        start = len(streams.entries)
        if embed:
            encode.add_coordinates(streams, key, self.located.lon[order], self.located.lat[order])
        entry["categories"] = self._categories(streams if embed else None, order)
        entry["time"] = self._times(streams, order) if embed else None
        entry["columns"] = self._popup_columns(streams, order) if embed else []
        entry["grid"] = grid.entry(streams, key) if grid is not None else None
        entry["streams"] = streams.entries[start:]
        return entry

    def _missing_summary(self) -> dict[str, Any]:
        reasons = self.located.reason[~self.located.ok]
        counted: dict[str, int] = {}
        for r in reasons:
            counted[r] = counted.get(r, 0) + 1
        return {"count": len(reasons), "file": self.sidecar if len(reasons) else None,
                "reasons": dict(sorted(counted.items()))}  # fmt: skip

    def _column(self, name: str, what: str) -> pa.ChunkedArray:
        table = self.loaded.table
        if name not in table.column_names:
            raise GeomapError(
                f"--{what} {name!r}: no such column; the columns are: {', '.join(table.column_names)}"
            )
        return table[name]

    def _categories(self, streams: encode.Streams | None, order: np.ndarray) -> dict[str, Any] | None:
        """Category codes, most frequent first; beyond the palette, the rest are one "Other"."""
        if self.spec.category is None:
            return None
        values = (
            _as_text(self._column(self.spec.category, "category"))
            .take(io_tables.arrow_indices(order))
            .combine_chunks()
        )
        encoded = pc.dictionary_encode(values, null_encoding="encode")
        labels = encoded.dictionary.to_pylist()
        seen = io_tables.as_numpy(encoded.indices).astype(np.int64)
        counts = np.bincount(seen, minlength=len(labels))
        ranked = sorted(range(len(labels)), key=lambda i: (labels[i] is None, -counts[i], labels[i] or ""))
        named = ranked[: MAX_CATEGORIES - 1] if len(ranked) > MAX_CATEGORIES else ranked
        rank = np.full(len(labels), len(named), dtype=np.int64)
        rank[named] = np.arange(len(named))
        if streams is not None:
            streams.add(f"{self.spec.key}.category", encode.smallest_codes(rank[seen]))
        palette = vocab.CATEGORY_COLOURS
        out: list[dict[str, Any]] = [
            {"label": labels[i], "colour": palette[k], "count": int(counts[i])} for k, i in enumerate(named)
        ]
        rest = ranked[len(named) :]
        if rest:
            out.append({"label": None, "other": len(rest), "colour": vocab.OTHER_COLOUR,
                        "count": int(counts[rest].sum())})  # fmt: skip
        return {"column": self.spec.category, "values": out}

    def _times(self, streams: encode.Streams, order: np.ndarray) -> dict[str, Any] | None:
        if self.spec.time is None:
            return None
        seconds, ok, precision = _seconds(self._column(self.spec.time, "time"), self.zone, self.spec.time)
        seconds, ok = seconds[order], ok[order]
        if not ok.any():
            raise GeomapError(
                f"--time {self.spec.time!r}: no row has a time that can be read; write ISO 8601 dates"
            )
        base = int(seconds[ok].min())
        relative = np.where(ok, seconds - base, encode.MISSING_TIME)
        if relative.max() >= 2**31:
            raise GeomapError(f"--time {self.spec.time!r}: the times span more than 68 years")
        streams.add(f"{self.spec.key}.time", relative.astype(np.int32))
        first = datetime.fromtimestamp(base, UTC)
        last = datetime.fromtimestamp(int(seconds[ok].max()), UTC)
        return {"column": self.spec.time, "base": base, "precision": precision, "missing": int((~ok).sum()),
                "first": first.isoformat(), "last": last.isoformat()}  # fmt: skip

    def _popup_columns(self, streams: encode.Streams, order: np.ndarray) -> list[dict[str, Any]]:
        names = list(self.spec.popup) if self.spec.popup is not None else self._default_popup()
        out = []
        taken = io_tables.arrow_indices(order)
        for i, name in enumerate(names):
            values = _as_text(self._column(name, "popup")).take(taken)
            store = encode.add_text(streams, f"{self.spec.key}.c{i}", values)
            out.append(
                {"name": name, "store": store, "stream": f"{self.spec.key}.c{i}", "chunk": encode.TEXT_CHUNK}
            )
        return out

    def _default_popup(self) -> list[str]:
        table = self.loaded.table
        skip = {self.loaded.geometry, self.spec.lon, self.spec.lat}
        if self.located.source.startswith("columns "):
            skip |= set(self.located.source.removeprefix("columns ").split(", "))
        keep = [n for n in table.column_names if n not in skip and not pa.types.is_binary(table[n].type)
                and not pa.types.is_large_binary(table[n].type)]  # fmt: skip
        return keep[:MAX_POPUP_COLUMNS]


def prepare(
    loaded: io_tables.Loaded, spec: TableSpec, /, *, sidecar: str | None = None, until: datetime | None = None
) -> Prepared:
    """Locate every row of ``loaded`` (from coordinates, geometry or a geocoded place column).

    With ``until``, rows whose time comes later are left out: not yet happened, not missing.
    """
    if until is not None and spec.time is not None:
        column = loaded.table[spec.time] if spec.time in loaded.table.column_names else None
        if column is not None:
            seconds, ok, _ = _seconds(column, _zone(spec.timezone), spec.time)
            keep = ~ok | (seconds <= until.timestamp())
            loaded = io_tables.Loaded(loaded.table.filter(pa.array(keep)), loaded.geometry, loaded.files)
    if spec.place is not None:
        located = _geocoded(loaded, spec)
    else:
        located = io_tables.coordinates(loaded, lon=spec.lon, lat=spec.lat)
    title = spec.title or (Path(loaded.files[0]).stem if loaded.files else "Events")
    return Prepared(spec, loaded, located, title, sidecar)


def _geocoded(loaded: io_tables.Loaded, spec: TableSpec) -> io_tables.Located:
    """Coordinates from a place column, geocoded in batch; a row not resolved says why."""
    from geomap.places.batch import geocode_many

    table = loaded.table
    for name in (spec.place, *spec.hints):
        if name not in table.column_names:
            raise GeomapError(f"no column {name!r}; the columns are: {', '.join(table.column_names)}")
    names = io_tables.as_numpy(table[spec.place])
    hints = {h: io_tables.as_numpy(table[h]) for h in spec.hints}
    found = geocode_many(names, hints, country=spec.country)
    lon, lat = found["lon"].to_numpy(np.float64), found["lat"].to_numpy(np.float64)
    reason = np.full(len(lon), None, dtype=object)
    failed = ~np.isfinite(lon)
    messages = found["message"].to_numpy(dtype=object)
    statuses = found["geocode_status"].to_numpy(dtype=object)
    reason[failed] = [f"{s}: {m}" for s, m in zip(statuses[failed], messages[failed], strict=True)]
    return io_tables.Located(lon, lat, reason, f"geocoded place column {spec.place}")


def _as_text(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """Return a column as text: numbers and dates as Arrow writes them, trimmed, empty as missing."""
    if pa.types.is_dictionary(column.type):
        column = column.cast(column.type.value_type)
    if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
        column = column.cast(pa.string())
    text = pc.utf8_trim_whitespace(column)
    return pc.if_else(pc.equal(text, ""), pa.scalar(None, text.type), text)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as err:
        raise GeomapError(f"--timezone {name!r} is not a time zone; write e.g. Europe/Warsaw or UTC") from err


def _seconds(column: pa.ChunkedArray, zone: ZoneInfo, name: str) -> tuple[np.ndarray, np.ndarray, str]:
    """Return each row's time as Unix seconds, which rows have one, and the precision (day or exact).

    Times without an offset are read in ``zone``; a date alone is its day's start there.
    """
    kind = column.type
    if pa.types.is_dictionary(kind):
        column, kind = column.cast(kind.value_type), kind.value_type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        column, date_only = _parse_text_times(column, name)
        kind = column.type
        precision = "day" if date_only else "exact"
    elif pa.types.is_date(kind):
        precision = "day"
    elif pa.types.is_timestamp(kind):
        precision = "exact"
    else:
        raise GeomapError(f"--time {name!r} holds {kind}, not dates or times; write ISO 8601 (2025-09-10)")
    if pa.types.is_date(kind):
        column = column.cast(pa.timestamp("s"))
    if column.type.tz is None:
        column = pc.assume_timezone(column, timezone=zone.key, ambiguous="earliest", nonexistent="earliest")
    values = column.cast(pa.timestamp("s", tz="UTC")).cast(pa.int64())
    ok = io_tables.as_numpy(values.is_valid())
    seconds = io_tables.as_numpy(values.fill_null(0)).astype(np.int64)
    return seconds, ok, precision


def _parse_text_times(column: pa.ChunkedArray, name: str) -> tuple[pa.ChunkedArray, bool]:
    """Read text times with the format that reads the most rows (an offset, if written, is kept)."""
    text = pc.utf8_trim_whitespace(column)
    if pc.any(pc.match_substring_regex(text, r"(Z|[+-]\d\d:?\d\d)$")).as_py():
        cleaned = pc.replace_substring_regex(text, r"(\d\d):?(\d\d)$", r"\1\2")
        parsed = pc.strptime(pc.replace_substring_regex(cleaned, "Z$", "+0000"), format="%Y-%m-%dT%H:%M:%S%z",
                             unit="s", error_is_null=True)  # fmt: skip
        return parsed, False
    best, best_format, best_count = None, "", -1
    for fmt in TIME_FORMATS:
        parsed = pc.strptime(text, format=fmt, unit="s", error_is_null=True)
        count = len(parsed) - parsed.null_count
        if count > best_count:
            best, best_format, best_count = parsed, fmt, count
    if not best_count:
        raise GeomapError(f"--time {name!r}: no row has a time that can be read; write ISO 8601 (2025-09-10)")
    return best, best_format in DATE_ONLY


def table_timeline(first: datetime, last: datetime, zone: ZoneInfo, precision: str, /) -> dict[str, Any]:
    """Return the time control's steps over a table: minutes over a short span, else days, weeks, months."""
    start, end = first.astimezone(zone), last.astimezone(zone)
    span = end - start
    if precision != "day" and span <= timedelta(hours=12):
        return {
            "start": start.isoformat(),
            "end": end.isoformat(),
            "days": [],
            "changes": [],
            "last": end.isoformat(),
        }
    if precision != "day" and span <= timedelta(days=3):
        steps = []
        at = start.replace(minute=start.minute - start.minute % 10, second=0, microsecond=0)
        while at < end:
            at += timedelta(minutes=10)
            steps.append(at.isoformat())
        return {"start": start.isoformat(), "end": start.isoformat(), "days": [], "steps": steps, "changes": [],
                "last": end.isoformat()}  # fmt: skip
    days = _period_ends(start.date(), end.date(), zone)
    return {
        "start": start.isoformat(),
        "end": start.isoformat(),
        "days": days,
        "changes": [],
        "last": days[-1],
    }


def _period_ends(first: Any, last: Any, zone: ZoneInfo) -> list[str]:
    """Return the end of each day from ``first`` to ``last`` (of each week or month when days are many)."""
    n_days = (last - first).days + 1
    ends = []
    if n_days <= MAX_STEPS:
        ends = [first + timedelta(days=i) for i in range(n_days)]
    elif n_days <= 7 * MAX_STEPS:
        day = first + timedelta(days=6 - first.weekday())  # Sundays
        while day < last + timedelta(days=7):
            ends.append(day)
            day += timedelta(days=7)
    else:
        year, month = first.year, first.month
        while (year, month) <= (last.year, last.month):
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            ends.append(datetime(year, month, 1).date() - timedelta(days=1))
    return [datetime.combine(d, time(23, 59, 59), tzinfo=zone).isoformat() for d in ends]
