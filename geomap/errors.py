"""geomap's exceptions: one root, a few kinds, each also a built-in kind."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from typing import Literal

Level = Literal["error", "warning"]

# Control characters (C0, DEL, C1), bidi controls, zero-width characters and line/paragraph
# separators: text echoed to a terminal or a log must not carry them raw.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def clean(text: str) -> str:
    r"""Return ``text`` safe for one line of a terminal or log: unsafe characters as ``\uXXXX``.

    A newline in a YAML key or a geocode query would otherwise forge a second
    problem line; an ESC sequence would reach the terminal.
    """
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


@dataclass(frozen=True)
class Problem:
    """One problem found in an input file, printable as ``file:line: field: message``.

    Warnings print as ``file:line: field: warning: message``; an acknowledged
    warning (``expect:`` in the incident file) as ``... acknowledged: message``.
    """

    file: str
    line: int
    field: str
    message: str
    level: Level = "error"
    acknowledged: bool = False

    def __str__(self) -> str:
        tag = ""
        if self.level == "warning":
            tag = "acknowledged: " if self.acknowledged else "warning: "
        return clean(f"{self.file}:{self.line}: {self.field}: {tag}{self.message}")

    def to_json(self) -> str:
        """One JSON object (file, line, field, level, message, acknowledged) for CI annotations."""
        return json.dumps(asdict(self), ensure_ascii=False)

    @property
    def blocking(self) -> bool:
        """An error, or a warning nobody acknowledged (what ``--strict`` refuses)."""
        return self.level == "error" or not self.acknowledged


class GeomapError(Exception):
    """Root of every error geomap raises on purpose; raise one of the kinds below, never this."""


class InputError(GeomapError):
    """Something the user gave is wrong: a file, a table, a query, an option (exit status 1 or 2)."""


class IncidentError(InputError, ValueError):
    """An incident file is invalid; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class PlaceError(InputError, LookupError):
    """A place, or an admin unit named as a hint, cannot be used as given."""


class GeocodeError(PlaceError):
    """A query could not be resolved to one place.

    ``candidates`` holds the places (as dicts) the query could mean, or the
    suggestions for a name that was not found.
    """

    def __init__(self, query: str, message: str, candidates: list[dict[str, object]] | None = None):
        self.query = query
        self.candidates = candidates or []
        super().__init__(message)


class AmbiguousPlaceError(GeocodeError):
    """Several places share the name and the hints do not settle which one."""


class PlaceNotFoundError(GeocodeError):
    """No place of that name exists in the gazetteer within the hints."""


class TableError(InputError, ValueError):
    """An event table (CSV, Parquet, GeoJSON, GeoPackage) cannot be read or mapped as given."""


class ReportError(InputError, ValueError):
    """A report given to ``geomap extract`` cannot be read."""


class BoundaryError(InputError, LookupError):
    """A country, a pair of countries or an admin-1 region that the packaged boundaries lack."""


class OptionError(InputError, ValueError):
    """A command-line option or API argument that cannot work as given (exit status 2)."""


class DataError(GeomapError, OSError):
    """A packaged data file is missing or damaged: a broken install, not the user's input (exit 3).

    The message names the package file; the fix is to reinstall geomap.
    """

    def __init__(self, path: str, message: str):
        self.path = path
        super().__init__(f"{path}: {message} (a damaged install: reinstall geomap)")


class OutputError(GeomapError, OSError):
    """Outputs could not be written (a locked, foreign or unwritable output folder, a full disk)."""
