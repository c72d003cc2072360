"""A table's time column as Unix seconds: text in any of the usual formats, dates, timestamps."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from geomap.errors import TableError
from geomap.io import tables as io_tables

#: Time formats tried on a text time column; the one that reads most rows wins.
TIME_FORMATS = (
    "%Y-%m-%d",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M",
    "%d %B %Y",
    "%d %b %Y",
    "%d/%m/%Y",
    "%d.%m.%Y",
    "%Y/%m/%d",
)

DATE_ONLY = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d")


#: 0 as an Arrow scalar made from a buffer: converting a Python 0 has pyarrow import pandas.
ZERO = pa.Array.from_buffers(pa.int64(), 1, [None, pa.py_buffer(np.zeros(1, np.int64))])[0]


def time_zone(name: str) -> ZoneInfo:
    """Return the time zone ``name`` (``--timezone``)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as err:
        raise TableError(f"--timezone {name!r} is not a time zone; write e.g. Europe/Warsaw or UTC") from err


def to_seconds(column: pa.ChunkedArray, zone: ZoneInfo, name: str) -> tuple[np.ndarray, np.ndarray, str]:
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
        raise TableError(f"--time {name!r} holds {kind}, not dates or times; write ISO 8601 (2025-09-10)")
    if pa.types.is_date(kind):
        column = column.cast(pa.timestamp("s"))
    if column.type.tz is None:
        column = pc.assume_timezone(column, timezone=zone.key, ambiguous="earliest", nonexistent="earliest")
    values = column.cast(pa.timestamp("s", tz="UTC")).cast(pa.int64())
    ok = io_tables.as_numpy(values.is_valid())
    seconds = io_tables.as_numpy(values.fill_null(ZERO)).astype(np.int64)
    return seconds, ok, precision


def _parse_text_times(column: pa.ChunkedArray, name: str) -> tuple[pa.ChunkedArray, bool]:
    """Read text times with the format that reads the most rows (an offset, if written, is kept)."""
    text = pc.utf8_trim_whitespace(column)
    if pc.any(pc.match_substring_regex(text, r"(Z|[+-]\d\d:?\d\d)$")).as_py():
        cleaned = pc.replace_substring_regex(text, r"(\d\d):?(\d\d)$", r"\1\2")
        parsed = pc.strptime(
            pc.replace_substring_regex(cleaned, "Z$", "+0000"),
            format="%Y-%m-%dT%H:%M:%S%z",
            unit="s",
            error_is_null=True,
        )
        return parsed, False
    best, best_format, best_count = None, "", -1
    given = len(text) - text.null_count
    for fmt in TIME_FORMATS:
        parsed = pc.strptime(text, format=fmt, unit="s", error_is_null=True)
        count = len(parsed) - parsed.null_count
        if count > best_count:
            best, best_format, best_count = parsed, fmt, count
        if count == given:  # every row read: no later format can read more
            break
    if not best_count:
        raise TableError(f"--time {name!r}: no row has a time that can be read; write ISO 8601 (2025-09-10)")
    return best, best_format in DATE_ONLY
