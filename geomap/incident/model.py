"""The incident, as read and validated: plain frozen dataclasses, no YAML and no geometry."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from geomap.errors import Problem


@dataclass(frozen=True)
class Source:
    """A document the incident rests on; ``text`` names a file beside the incident file."""

    id: str
    title: str
    publisher: str
    date: date
    url: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class Quote:
    """Words quoted from a source."""

    source: str
    text: str


@dataclass(frozen=True)
class When:
    """A moment as the file gives it: a time with its offset, or a whole day.

    ``at`` is the moment it counts from: the time itself, or, for a day, the end of that
    day in the incident's time zone (what was known "on 12 September" was known by its end).
    """

    text: str
    at: datetime
    day: bool = False


@dataclass(frozen=True)
class Change:
    """One dated entry of a feature's history: what changed, on whose word."""

    when: When
    change: str
    status: str | None = None
    reported: str | None = None
    sources: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class Report:
    """What every feature carries: what was reported, when, how sure, on whose word."""

    id: str
    name: str
    reported: str
    status: str
    sources: tuple[str, ...]
    quotes: tuple[Quote, ...] = ()
    time: datetime | None = None
    time_precision: str | None = None  # exact, hour, day, night or unknown; None when the file says nothing
    history: tuple[Change, ...] = ()
    line: int = 0  # where the feature starts; the lines below point problems at their own keys
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False)

    def line_of(self, key: str) -> int:
        """Return the line of ``key`` in the file, or the feature's own line."""
        return self.lines.get(key, self.line)

    @property
    def known_from(self) -> datetime | None:
        """When the feature became known: its history's first date (None: known from the start)."""
        return self.history[0].when.at if self.history else None


@dataclass(frozen=True)
class PlaceEntry:
    """A named place of a point layer, geocoded unless coordinates are given."""

    report: Report
    text: str  # as written: "Cześniki, gm. Sitno, Zamość County"; the geocoder parses it
    coordinates: tuple[float, float] | None = None
    country: str | None = None
    kind: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    expect: tuple[str, ...] = ()  # geocoder warnings its author reviewed (geomap.vocab.NOTE_CODES)
    between: tuple[str, ...] = ()  # "the open ground between Rabiany and Sewerynów": two places
    label: str | None = (
        None  # "always" or "never": the map's label, whatever room there is; None: as room allows
    )
    priority: int | None = None  # 1 (labelled first) to 9; None: the layer's


@dataclass(frozen=True)
class BorderRegion:
    """The shared border of two countries and an optional band along it."""

    report: Report
    countries: tuple[str, str]
    band_km: float = 0.0
    side: str = "both"
    official_length_km: float | None = None


@dataclass(frozen=True)
class AlertRegion:
    """An admin-1 region named in the reports (e.g. put on alert)."""

    report: Report
    region: str
    country: str | None


@dataclass(frozen=True)
class Endpoint:
    """An origin or route area of a claim: a country, a region, a place, coordinates, or a border.

    ``value`` is the name (or ``(lon, lat)``, or the pair of countries for a border);
    ``country`` narrows a region or place to a country.
    """

    kind: Literal["country", "region", "place", "coordinates", "border"]
    value: str | tuple[float, float] | tuple[str, str]
    country: str | None = None


@dataclass(frozen=True)
class Claim:
    """One speaker's claim about where the drones came from, kept apart from every other claim.

    Only what the speaker said: ``origin`` (None when not said), the ``via`` areas in order, the
    country entered (``into``; by default the targets' country), and the targets a source ties
    to the claim.  A claim with neither origin nor route (a count, "lost course") has no geometry.
    """

    report: Report
    claim: str
    speaker: str
    role: str | None
    origin: Endpoint | None
    via: tuple[Endpoint, ...]
    into: str | None
    target_layer: str | None
    target_places: tuple[str, ...]
    window: tuple[datetime, datetime] | None = None
    width_km: float = 40.0

    @property
    def has_direction(self) -> bool:
        """Whether the claim says anything about the way the drones came."""
        return self.origin is not None or bool(self.via)


#: Round one's name for a claim.
FlightDirection = Claim


@dataclass(frozen=True)
class Count:
    """A number the sources give ("at least 19 violations"), when and by whom it was given."""

    id: str
    what: str
    value: int
    qualifier: str
    when: When
    speaker: str | None
    sources: tuple[str, ...]
    quotes: tuple[Quote, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class LayerStyle:
    """How a layer is drawn and named, as the incident file asks (unset fields take geomap's defaults)."""

    title: str | None = None
    description: str | None = None
    colour: str | None = None
    marker: str | None = None
    label: bool | None = None
    priority: int | None = None


@dataclass(frozen=True)
class Mention:
    """Something a report names that the map does not draw (see ``mentions:``)."""

    text: str
    kind: str
    country: str | None
    candidates: tuple[str, ...]
    why: str
    speaker: str | None
    sources: tuple[str, ...]
    quotes: tuple[Quote, ...]
    line: int


@dataclass(frozen=True)
class TableLayer:
    """An event table drawn with the incident.

    Its file lies beside the incident file; the other fields say what its columns mean (see
    :class:`geomap.events.api.TableSpec`).
    """

    id: str
    title: str
    description: str
    file: Path
    lon: str | None
    lat: str | None
    place: str | None
    hints: tuple[str, ...]
    country: str | None
    category: str | None
    time: str | None
    popup: tuple[str, ...] | None
    sources: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class Incident:
    """A validated incident file.

    ``warnings`` holds what the reader fixed or doubts but did not refuse
    (zero-width characters removed from a name, say).
    """

    path: Path
    id: str
    title: str
    start: datetime
    end: datetime
    timezone: str
    summary: str
    sources: tuple[Source, ...]
    places: dict[str, tuple[PlaceEntry, ...]]
    border_regions: tuple[BorderRegion, ...]
    alert_regions: tuple[AlertRegion, ...]
    flight_directions: tuple[Claim, ...]
    warnings: tuple[Problem, ...] = ()
    language: str = "en"
    styles: dict[str, LayerStyle] = field(default_factory=dict)
    counts: tuple[Count, ...] = ()
    tables: tuple[TableLayer, ...] = ()
    mentions: tuple[Mention, ...] = ()
    as_of: datetime | None = None  # set on an incident filtered to what was known then

    @property
    def file(self) -> str:
        """The file name as problems print it."""
        return str(self.path)

    def reports(self) -> list[tuple[str, Report]]:
        """Every feature's report with its layer name, in the file's order."""
        out = [(layer, e.report) for layer, entries in self.places.items() for e in entries]
        out += [("border_regions", b.report) for b in self.border_regions]
        out += [("alert_regions", a.report) for a in self.alert_regions]
        out += [("flight_directions", c.report) for c in self.flight_directions]
        return out
