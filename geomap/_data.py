"""Access to geomap's own package data (``geomap/data/``), the only files read at run time."""

from __future__ import annotations

from importlib import resources

from geomap.errors import DataError


def read_bytes(*parts: str) -> bytes:
    """Read ``geomap/data/<parts...>``; a missing file means a broken install."""
    try:
        return resources.files("geomap").joinpath("data", *parts).read_bytes()
    except FileNotFoundError as err:
        raise DataError(f"geomap/data/{'/'.join(parts)}", "is missing") from err
