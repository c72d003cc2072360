"""Access to geomap's own package data (``geomap/data/``), the only files read at run time."""

from __future__ import annotations

import gzip
import json
import zlib
from importlib import resources
from typing import Any

from geomap import _gc
from geomap.errors import DataError


def read_bytes(*parts: str) -> bytes:
    """Read ``geomap/data/<parts...>``; a missing file means a broken install."""
    try:
        return resources.files("geomap").joinpath("data", *parts).read_bytes()
    except FileNotFoundError as err:
        raise DataError(f"geomap/data/{'/'.join(parts)}", "is missing") from err


def read_bytes_gunzipped(*parts: str) -> bytes:
    """Read ``geomap/data/<parts...>`` and gunzip it; a file that is not gzip is a :class:`DataError`."""
    try:
        return gzip.decompress(read_bytes(*parts))
    except (OSError, EOFError, zlib.error) as err:
        raise DataError(f"geomap/data/{'/'.join(parts)}", f"is damaged ({type(err).__name__})") from err


def read_text(*parts: str, gzipped: bool = False) -> str:
    """Read ``geomap/data/<parts...>`` as UTF-8 text (gunzipped first if ``gzipped``).

    Raises
    ------
    DataError
        When the file is missing, or damaged (not gzip, not UTF-8): a broken install.
    """
    data = read_bytes_gunzipped(*parts) if gzipped else read_bytes(*parts)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise DataError(f"geomap/data/{'/'.join(parts)}", f"is damaged ({type(err).__name__})") from err


def read_json(*parts: str, gzipped: bool = False) -> Any:
    """Read ``geomap/data/<parts...>`` as JSON; a damaged file is a :class:`DataError`."""
    text = read_text(*parts, gzipped=gzipped)
    try:
        with _gc.paused():
            return json.loads(text)
    except ValueError as err:
        raise DataError(f"geomap/data/{'/'.join(parts)}", "is damaged (not JSON)") from err
