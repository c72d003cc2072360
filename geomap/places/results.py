"""What a geocoding query comes back with: a match, the candidates, and why."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

MatchKind = Literal["exact", "variant", "alternate", "fuzzy", "admin", "id", "between"]
Status = Literal["resolved", "fallback", "ambiguous", "not_found"]


@dataclass(frozen=True)
class Candidate:
    """A place a query could mean, or one it rejected, and why."""

    gazetteer_id: str
    name: str
    feature_code: str
    country: str
    admin1: str
    admin2: str
    admin3: str
    lon: float
    lat: float
    reason: str = ""
    #: What the place is, in English: the register's type ("town", "village", "colony", "hamlet",
    #: "part of a locality", ...), an airport's or an admin unit's kind ("gmina", "hromada"), or ""
    #: where no source says (a GeoNames place no register lists is not guessed a town or a village).
    place_type: str = ""


@dataclass(frozen=True)
class Note:
    """A warning about a match, with a code an incident file can acknowledge (``expect:``).

    Codes: ``variant`` (matched another spelling), ``transliteration`` (matched through another
    script), ``town`` (a town taken over smaller namesakes), ``locality`` (a town or village taken in a hinted unit
    over the register's colonies, hamlets or parts of localities of its name), ``coverage`` (the gazetteer lists only
    towns there), ``fuzzy`` (a close spelling), ``grid`` (legacy 1-arc-minute coordinates), and the
    precision level of a fallback to an admin unit (``admin3``, ``admin2``, ``admin1``) or of a
    locality drawn at the one it belongs to (``place_part``).
    """

    code: str
    message: str


@dataclass(frozen=True)
class Match:
    """A resolved place: where it is, how sure, and how it was found."""

    query: str
    name: str
    matched_name: str
    match: MatchKind
    lon: float
    lat: float
    country: str
    admin1: str
    admin2: str
    admin3: str
    admin_codes: tuple[str, str, str]
    precision: str
    precision_label: str
    score: float
    gazetteer_id: str
    feature_code: str
    uncertainty_km: float
    alternatives: tuple[Candidate, ...] = ()
    notes: tuple[Note, ...] = ()
    rejected_count: int = 0  # alternatives lists the nearest MAX_ALTERNATIVES of them

    @property
    def warnings(self) -> tuple[str, ...]:
        """The notes' messages."""
        return tuple(n.message for n in self.notes)

    @property
    def warning_codes(self) -> tuple[str, ...]:
        """The notes' codes."""
        return tuple(n.code for n in self.notes)

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form (the ``geomap geocode --json`` record)."""
        out = asdict(self)
        del out["notes"]
        out["admin_codes"] = list(self.admin_codes)
        out["alternatives"] = [asdict(a) for a in self.alternatives]
        out["warnings"] = list(self.warnings)
        out["warning_codes"] = list(self.warning_codes)
        return out


@dataclass(frozen=True)
class Resolution:
    """The whole answer to one query; :meth:`Geocoder.resolve` returns it and never raises.

    ``status`` is ``resolved`` (one place), ``fallback`` (only an admin unit the hints name),
    ``ambiguous`` (several places; ``candidates`` lists them) or ``not_found`` (``candidates``
    holds close spellings and same-named places outside the hints).
    """

    query: str
    status: Status
    match: Match | None = None
    message: str = ""
    candidates: tuple[Candidate, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the query located something (a place or, as a fallback, an admin unit)."""
        return self.match is not None
