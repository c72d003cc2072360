"""geomap's exceptions: one root, a few kinds, each also a built-in kind."""

from __future__ import annotations

from dataclasses import dataclass


class GeomapError(Exception):
    """Root of every error geomap raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One problem found in an input file, printable as ``file:line: field: message``."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


class IncidentError(GeomapError, ValueError):
    """An incident file is invalid; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class GeocodeError(GeomapError, LookupError):
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


class DataError(GeomapError, RuntimeError):
    """Packaged reference data is missing or inconsistent (reinstall geomap)."""
