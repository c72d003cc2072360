"""A located table's columns encoded for the page: positions, categories, times, popup text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from geomap import vocab
from geomap.errors import TableError
from geomap.events.shapes import add_shapes
from geomap.events.spec import (
    FILTER_BARS,
    GRID_ABOVE,
    MAX_CATEGORIES,
    MAX_FILTER_VALUES,
    MAX_POPUP_COLUMNS,
    TableSpec,
)
from geomap.events.times import ZERO, time_zone, to_seconds
from geomap.io import tables as io_tables
from geomap.web import encode

if TYPE_CHECKING:
    from geomap.events.grid import Grid


#: A popup column whose first rows are mostly distinct is stored row by row without coding it all.
SAMPLE_ROWS = 10_000


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
            raise TableError(
                f"none of the {self.loaded.table.num_rows:,} rows has usable coordinates ({self.located.source})"
            )
        self.order = self.rows[encode.morton_order(self.located.lon[self.rows], self.located.lat[self.rows])]
        self.zone = time_zone(self.spec.timezone)

    def missing(self) -> pa.Table:
        """Return the rows without coordinates, for the sidecar CSV."""
        if len(self.rows) == self.loaded.table.num_rows:  # none (and no pandas imported to say so)
            return pa.table(
                {"row": io_tables.arrow_indices(self.rows[:0]), "reason": pa.nulls(0, pa.string())}
            )
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
            "key": key,
            "title": self.title,
            "rows": table.num_rows,
            "count": len(order),
            "embedded": embed,
            "source": self.located.source,
            "files": [Path(f).name for f in self.loaded.files],
            "bounds": list(self.bounds()),
            "missing": self._missing_summary(),
            "draw_limit": draw_limit,
        }
        start = len(streams.entries)
        if embed:
            encode.add_coordinates(streams, key, self.located.lon[order], self.located.lat[order])
        entry["categories"] = self._categories(streams if embed else None, order)
        entry["time"] = self._times(streams, order) if embed else None
        entry["columns"] = self._popup_columns(streams, order) if embed else []
        entry["filters"] = self._filters(streams, order) if embed else []
        entry["size"] = self._scale(streams, order, self.spec.size, "size") if embed else None
        entry["shade"] = self._scale(streams, order, self.spec.shade, "colour") if embed else None
        entry["density"] = {"auto": "auto", "on": "density", "off": "events"}[self.spec.density]
        if embed and self.located.shapes is not None:
            shaped = add_shapes(streams, key, self.located.shapes[order])
            if shaped is not None:  # lines and polygons drawn as such; the view fits them whole
                shaped["mixed_collections"] = self.located.mixed_collections
                entry["shapes"] = shaped
                entry["bounds"] = _union(entry["bounds"], shaped["bounds"])
        entry["grid"] = grid.entry(streams, key) if grid is not None else None
        entry["streams"] = streams.entries[start:]
        return entry

    def _missing_summary(self) -> dict[str, Any]:
        reasons = self.located.reason[~self.located.ok]
        counted: dict[str, int] = {}
        for r in reasons:
            counted[r] = counted.get(r, 0) + 1
        return {
            "count": len(reasons),
            "file": self.sidecar if len(reasons) else None,
            "reasons": dict(sorted(counted.items())),
        }

    def _column(self, name: str, what: str) -> pa.ChunkedArray:
        table = self.loaded.table
        if name not in table.column_names:
            raise TableError(
                f"--{what} {name!r}: no such column; the columns are: {', '.join(table.column_names)}"
            )
        return table[name]

    def _categories(self, streams: encode.Streams | None, order: np.ndarray) -> dict[str, Any] | None:
        """Category codes, most frequent first; beyond the palette, the rest are one "Other"."""
        if self.spec.category is None:
            return None
        codes, texts = text_codes(self._column(self.spec.category, "category"))
        labels = texts.to_pylist()
        seen = codes[order]
        counts = np.bincount(seen, minlength=len(labels))
        # Values only rows without coordinates (or a categorical's unused categories) have: not listed.
        ranked = sorted(
            (i for i in range(len(labels)) if counts[i]),
            key=lambda i: (labels[i] is None, -counts[i], labels[i] or ""),
        )
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
            out.append(
                {
                    "label": None,
                    "other": len(rest),
                    "colour": vocab.OTHER_COLOUR,
                    "count": int(counts[rest].sum()),
                }
            )
        return {"column": self.spec.category, "values": out}

    def _times(self, streams: encode.Streams, order: np.ndarray) -> dict[str, Any] | None:
        if self.spec.time is None:
            return None
        seconds, ok, precision = to_seconds(self._column(self.spec.time, "time"), self.zone, self.spec.time)
        seconds, ok = seconds[order], ok[order]
        if not ok.any():
            raise TableError(
                f"--time {self.spec.time!r}: no row has a time that can be read; write ISO 8601 dates"
            )
        base = int(seconds[ok].min())
        relative = np.where(ok, seconds - base, encode.MISSING_TIME)
        if relative.max() >= 2**31:
            raise TableError(f"--time {self.spec.time!r}: the times span more than 68 years")
        streams.add(f"{self.spec.key}.time", relative.astype(np.int32))
        first = datetime.fromtimestamp(base, UTC)
        last = datetime.fromtimestamp(int(seconds[ok].max()), UTC)
        return {
            "column": self.spec.time,
            "base": base,
            "precision": precision,
            "missing": int((~ok).sum()),
            "first": first.isoformat(),
            "last": last.isoformat(),
        }

    def _popup_columns(self, streams: encode.Streams, order: np.ndarray) -> list[dict[str, Any]]:
        names = list(self.spec.popup) if self.spec.popup is not None else self._default_popup()
        out = []
        for i, name in enumerate(names):
            store = self._popup_column(streams, f"{self.spec.key}.c{i}", self._column(name, "popup"), order)
            out.append(
                {"name": name, "store": store, "stream": f"{self.spec.key}.c{i}", "chunk": encode.TEXT_CHUNK}
            )
        return out

    @staticmethod
    def _popup_column(
        streams: encode.Streams, prefix: str, column: pa.ChunkedArray, order: np.ndarray
    ) -> str:
        """Add one popup column in the page's row order; return how it is stored (``"dict"`` or ``"text"``)."""
        if not _mostly_distinct(column):
            codes, values = _coded(column)
            if len(values) <= max(1, encode.DICTIONARY_SHARE * len(codes)):
                codes, texts = _distinct_texts(codes, values)
                encode.add_dictionary(streams, prefix, codes[order], texts)
                return "dict"
        # Blank or missing, a cell is shown empty: only the trimming of as_text matters here.
        encode.add_rows(streams, prefix, trimmed(column).take(io_tables.arrow_indices(order)))
        return "text"

    def _filters(self, streams: encode.Streams, order: np.ndarray) -> list[dict[str, Any]]:
        """``--filter`` columns: numbers as they are (with a histogram), anything else as value codes."""
        out = []
        for j, name in enumerate(self.spec.filters):
            column = self._column(name, "filter")
            kind = column.type.value_type if pa.types.is_dictionary(column.type) else column.type
            if pa.types.is_integer(kind) or pa.types.is_floating(kind):
                values = io_tables.as_numpy(column.cast(pa.float64()))[order].astype(np.float64)
                values[~np.isfinite(values)] = np.nan
                finite = values[np.isfinite(values)]
                low = float(finite.min()) if len(finite) else 0.0
                high = float(finite.max()) if len(finite) else 1.0
                high = high if high > low else low + 1.0
                histogram, _ = np.histogram(finite, bins=FILTER_BARS, range=(low, high))
                streams.add(f"{self.spec.key}.f{j}", values)
                out.append(
                    {
                        "name": name,
                        "kind": "number",
                        "min": low,
                        "max": high,
                        "missing": int(len(values) - len(finite)),
                        "histogram": histogram.tolist(),
                    }
                )
                continue
            codes, texts = text_codes(column)
            labels = texts.to_pylist()
            seen = codes[order]
            counts = np.bincount(seen, minlength=len(labels))
            ranked = sorted(
                (i for i in range(len(labels)) if counts[i]),
                key=lambda i: (-counts[i], labels[i] is None, labels[i] or ""),
            )
            named = ranked[:MAX_FILTER_VALUES] if len(ranked) > MAX_FILTER_VALUES + 1 else ranked
            rank = np.full(len(labels), len(named), dtype=np.int64)
            rank[named] = np.arange(len(named))
            streams.add(f"{self.spec.key}.f{j}", encode.smallest_codes(rank[seen]))
            listed: list[dict[str, Any]] = [{"label": labels[i], "count": int(counts[i])} for i in named]
            rest = ranked[len(named) :]
            if rest:
                listed.append({"label": None, "other": len(rest), "count": int(counts[rest].sum())})
            out.append({"name": name, "kind": "category", "values": listed})
        return out

    def _scale(
        self, streams: encode.Streams, order: np.ndarray, name: str | None, what: str
    ) -> dict[str, Any] | None:
        """Encode a numeric column that sizes (``--size``) or colours (``--colour``) each event."""
        if name is None:
            return None
        column = self._column(name, what)
        if not (pa.types.is_integer(column.type) or pa.types.is_floating(column.type)):
            raise TableError(f"--{what} {name!r} holds {column.type}, not numbers; name a numeric column")
        values = io_tables.as_numpy(column.cast(pa.float64()))[order].astype(np.float64)
        values[~np.isfinite(values)] = np.nan
        finite = values[np.isfinite(values)]
        low = float(finite.min()) if len(finite) else 0.0
        high = float(finite.max()) if len(finite) else 0.0
        stream = f"{self.spec.key}.{'size' if what == 'size' else 'shade'}"
        streams.add(stream, values)
        out: dict[str, Any] = {
            "column": name,
            "min": low,
            "max": high,
            "stream": stream,
            "missing": int(len(values) - len(finite)),
        }
        if what == "colour":
            out["colours"] = list(vocab.SCALE_COLOURS)
            out["none"] = vocab.OTHER_COLOUR
        return out

    def _default_popup(self) -> list[str]:
        table = self.loaded.table
        skip = {self.loaded.geometry, self.spec.lon, self.spec.lat}
        if self.located.source.startswith("columns "):
            skip |= set(self.located.source.removeprefix("columns ").split(", "))
        keep = [
            n
            for n in table.column_names
            if n not in skip
            and not pa.types.is_binary(table[n].type)
            and not pa.types.is_large_binary(table[n].type)
        ]
        return keep[:MAX_POPUP_COLUMNS]


def _union(a: list[float], b: list[float]) -> list[float]:
    return [min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])]


def text_codes(column: pa.ChunkedArray) -> tuple[np.ndarray, pa.Array]:
    """Return a column as codes, one a row in the table's order, and the texts (:func:`as_text`) codes stand for.

    The texts are distinct; some may stand for no row (a categorical's unused categories, a slot
    for missing values): callers count the codes.

    The rows are coded first and the few distinct values made text after, so that trimming and the
    rows' reordering work on integers, not on a million strings (on a 1,000,000-event page, taking a
    text column in the page's order cost 0.17 s, and making it text as much again). Values that
    become one text ("a" and "a ", a missing value and an empty one) share one code; a missing value
    is a null in the texts.
    """
    return _distinct_texts(*_coded(column))


def _coded(column: pa.ChunkedArray) -> tuple[np.ndarray, pa.Array]:
    """Return a column as codes, one a row, and the distinct values they stand for (a missing one: null)."""
    if pa.types.is_dictionary(column.type):
        coded = column.unify_dictionaries().combine_chunks()
        codes = io_tables.as_numpy(coded.indices).astype(np.int64)
        codes[io_tables.as_numpy(pc.is_null(coded.indices))] = len(coded.dictionary)
        return codes, pa.concat_arrays([coded.dictionary, pa.nulls(1, coded.dictionary.type)])
    coded = pc.dictionary_encode(column.combine_chunks(), null_encoding="encode")
    return io_tables.as_numpy(coded.indices).astype(np.int64), coded.dictionary


def _distinct_texts(codes: np.ndarray, values: pa.Array) -> tuple[np.ndarray, pa.Array]:
    distinct = pc.dictionary_encode(as_text(values), null_encoding="encode")
    return io_tables.as_numpy(distinct.indices).astype(np.int64)[codes], distinct.dictionary


def _mostly_distinct(column: pa.ChunkedArray) -> bool:
    """Whether the column's first rows are mostly distinct values (ids, notes): text stored row by row.

    Coding a million distinct strings to find it out cost 0.1–0.2 s a column; either storage gives
    the page the same text.
    """
    head = column.slice(0, SAMPLE_ROWS)
    if pa.types.is_dictionary(head.type) or pa.types.is_null(head.type) or len(head) < SAMPLE_ROWS:
        return False  # (a column with no value at all is Arrow's null type: nothing to count)
    return int(pc.count_distinct(head).as_py()) > encode.DICTIONARY_SHARE * len(head)


#: What ``utf8_trim_whitespace`` trims (Python's ``str.isspace``), for RE2: the ASCII controls
#: that are space, U+0085, and Unicode's separators (Zs, Zl, Zp).
_EDGE_SPACE = r"^[\t\n\x{0b}\x{0c}\r\x{1c}-\x{1f}\x{85}\p{Z}]|[\t\n\x{0b}\x{0c}\r\x{1c}-\x{1f}\x{85}\p{Z}]$"


def as_text(column: pa.ChunkedArray | pa.Array) -> pa.ChunkedArray | pa.Array:
    """Return a column as text: numbers and dates as Arrow writes them, trimmed, empty as missing."""
    text = trimmed(column)
    if not pc.any(pc.equal(pc.binary_length(text), ZERO)).as_py():
        return text
    # No Python value goes to Arrow here: converting one has pyarrow import pandas (a quarter second).
    return pc.if_else(pc.equal(pc.binary_length(text), ZERO), pa.nulls(1, text.type)[0], text)


def trimmed(column: pa.ChunkedArray | pa.Array) -> pa.ChunkedArray | pa.Array:
    """Return a column as text, numbers and dates as Arrow writes them, without spaces at either end.

    A column is copied only when a value needs trimming: each copy of a million notes is a hundred
    megabytes of fresh memory, 0.1–0.3 s the first time a process asks for it.
    """
    if pa.types.is_dictionary(column.type):
        column = column.cast(column.type.value_type)
    if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
        column = column.cast(pa.string())
    if not pc.any(pc.match_substring_regex(column, _EDGE_SPACE)).as_py():
        return column
    return pc.utf8_trim_whitespace(column)
