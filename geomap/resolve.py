"""Resolve an incident: every named place, region, border and claimed direction located.

This is the only step that uses the geocoder.  It returns what it found with
every problem (a place that cannot be located) and every warning (a place
located with a caveat: a fallback to its gmina, a spelling variant, a
transliteration...), each pointed at the file, line and field it comes from.
A warning the file acknowledges with ``expect:`` is kept, marked acknowledged.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import cast

import numpy as np
from shapely import Point
from shapely.geometry.base import BaseGeometry

from geomap import vocab
from geomap.errors import BoundaryError, IncidentError, InputError, Problem
from geomap.geo import areas, boundaries
from geomap.geo.claims import Area, ClaimGeometry, Target, build_claim, overlaps
from geomap.geo.geodesy import GEOD, distance_km, geodesic_centre
from geomap.incident.model import (
    AlertRegion,
    BorderRegion,
    Claim,
    Endpoint,
    Incident,
    PlaceEntry,
    Report,
)
from geomap.places.geocoder import Geocoder, default_geocoder
from geomap.places.results import Match

#: Hand-given coordinates farther than this from every other place are taken for a mistake.
MAX_SPREAD_KM = 500.0


@dataclass(frozen=True)
class Located:
    """A place of a point layer, where it is and how that was found (``match`` is None for coordinates)."""

    layer: str
    entry: PlaceEntry
    lon: float
    lat: float
    match: Match | None = None


@dataclass(frozen=True)
class Bordered:
    """A border region with its shared border and, when asked for, its band."""

    region: BorderRegion
    border: boundaries.SharedBorder
    band: boundaries.Band | None


@dataclass(frozen=True)
class Regioned:
    """An alert region with its admin-1 unit."""

    alert: AlertRegion
    region: boundaries.Region


@dataclass(frozen=True)
class Claimed:
    """A claim with what it implies on the map (None when it states no direction) and its targets."""

    claim: Claim
    geometry: ClaimGeometry | None
    targets: tuple[Target, ...]
    origin: str | None  # the origin and route as a reader names them
    via: tuple[str, ...]
    into: str | None


@dataclass
class Resolved:
    """Everything an incident names, located; and the warnings met on the way."""

    incident: Incident
    places: dict[str, list[Located]] = field(default_factory=dict)
    borders: list[Bordered] = field(default_factory=list)
    regions: list[Regioned] = field(default_factory=list)
    claims: list[Claimed] = field(default_factory=list)
    overlaps: list[tuple[tuple[str, str], BaseGeometry]] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def check_mappable(self) -> None:
        """Refuse an incident that gives nothing at all: no feature to draw, no mention, no count.

        A report's claims and mentions with no mappable place still make an incident (a map of the
        borders and what was said).  Every place, border, region and claim makes at least one feature
        of :func:`geomap.layers.layers_of`, so this is its rule, decided before any frame is built.

        Raises
        ------
        IncidentError
            When there is nothing to map.
        """
        drawn = any(self.places.values()) or self.borders or self.regions or self.claims
        if not drawn and not (self.incident.mentions or self.incident.counts):
            raise IncidentError(
                [
                    Problem(
                        self.incident.file,
                        1,
                        "incident",
                        "has no features to map; add places, border_regions, alert_regions or flight_directions",
                    )
                ]
            )


class _Resolver:
    def __init__(self, incident: Incident, geocoder: Geocoder):
        self.incident = incident
        self.geocoder = geocoder
        self.problems: list[Problem] = []
        self.out = Resolved(incident, warnings=list(incident.warnings))

    def problem(self, report: Report, where: str, key: str, message: str) -> None:
        self.problems.append(Problem(self.incident.file, report.line_of(key), where, message))

    def warn(self, report: Report, where: str, key: str, message: str, *, acknowledged: bool = False) -> None:
        self.out.warnings.append(
            Problem(self.incident.file, report.line_of(key), where, message, "warning", acknowledged)
        )

    # -- places ----------------------------------------------------------------
    def places(self) -> None:
        for layer, entries in self.incident.places.items():
            self.out.places[layer] = [p for e in entries if (p := self.place(layer, e)) is not None]
        self.check_coordinates()

    def place(self, layer: str, entry: PlaceEntry) -> Located | None:
        where = f"{layer}.{entry.report.id}"
        if entry.coordinates is not None:
            mismatch = _outside_country(entry.coordinates, entry.country)
            if mismatch:
                self.problem(entry.report, f"{where}.coordinates", "coordinates", mismatch)
                return None
            return Located(layer, entry, *entry.coordinates)
        if entry.between:
            return self.between(layer, entry)
        key = "place" if "place" in entry.report.lines else "name"
        match = self.locate(entry, entry.text, f"{where}.place", key)
        if match is None:
            return None
        self.acknowledge(entry, match, f"{where}.place", key)
        return Located(layer, entry, match.lon, match.lat, match)

    def locate(self, entry: PlaceEntry, text: str, where: str, key: str) -> Match | None:
        """Geocode ``text`` with the entry's structured hints; a problem when it cannot be located."""
        query = self.geocoder.parse(
            text,
            country=entry.country,
            kind=entry.kind,
            admin1=entry.admin1,
            admin2=entry.admin2,
            admin3=entry.admin3,
        )
        found = self.geocoder.resolve(query)
        if found.match is None:
            self.problem(entry.report, where, key, found.message)
        return found.match

    def between(self, layer: str, entry: PlaceEntry) -> Located | None:
        """Locate "between A and B": the geodesic midpoint, uncertain by half their distance."""
        where = f"{layer}.{entry.report.id}.between"
        ends = [self.locate(entry, text, where, "between") for text in entry.between]
        if None in ends:
            return None
        a, b = cast(list[Match], ends)
        match = midway(a, b)
        self.acknowledge(entry, match, where, "between")
        return Located(layer, entry, match.lon, match.lat, match)

    def acknowledge(self, entry: PlaceEntry, match: Match, where: str, key: str) -> None:
        """Report the match's warnings; those the file expects are marked acknowledged."""
        expected = {vocab.note_code(e, match.country) for e in entry.expect}
        for note in match.notes:
            seen = note.code in expected
            # how to say it was checked, so that --strict passes: the one fix a reviewer needs
            how = (
                "" if seen else f" (once checked, acknowledge it: add `expect: [{note.code}]` to this entry)"
            )
            self.warn(entry.report, where, key, note.message + how, acknowledged=seen)
        stale = sorted(expected - set(match.warning_codes))
        for code in stale:
            given = ", ".join(match.warning_codes) or "no warning"
            self.warn(
                entry.report,
                f"{where}.expect",
                "expect",
                f"expects {code!r}, but the geocoder now gives {given}; update or remove it",
            )

    def check_coordinates(self) -> None:
        """Hand-given coordinates must lie in a country the file names and near the other places."""
        named = _named_countries(self.incident)
        located = [p for points in self.out.places.values() for p in points]
        hand = [p for p in located if p.match is None and p.entry.country is None]
        everywhere = np.array([(o.lon, o.lat) for o in located], dtype=np.float64).reshape(-1, 2)
        reasons = _far_reasons(
            np.array([(p.lon, p.lat) for p in hand], dtype=np.float64).reshape(-1, 2), named, everywhere
        )
        refused = set()
        for point, reason in zip(hand, reasons, strict=True):
            if not reason:
                continue
            swapped = np.array([[point.lat, point.lon]])
            fits = (
                -180 <= point.lat <= 180
                and not _far_reasons(swapped, named, everywhere, moved=(point.lon, point.lat))[0]
            )
            hint = f"; did you swap them? [{point.lat}, {point.lon}] would fit" if fits else ""
            self.problem(
                point.entry.report,
                f"{point.layer}.{point.entry.report.id}.coordinates",
                "coordinates",
                f"[{point.lon}, {point.lat}] (longitude, latitude) {reason}{hint}",
            )
            refused.add(id(point))
        for layer, points in self.out.places.items():
            self.out.places[layer] = [p for p in points if id(p) not in refused]

    # -- areas -----------------------------------------------------------------
    def borders(self) -> None:
        for region in self.incident.border_regions:
            try:
                a, b = region.countries
                border = boundaries.shared_border(a, b)
                band = (
                    boundaries.border_band(a, b, width_km=region.band_km, side=region.side)
                    if region.band_km
                    else None
                )
            except InputError as err:
                self.problem(region.report, f"border_regions.{region.report.id}", "countries", str(err))
                continue
            self.out.borders.append(Bordered(region, border, band))

    def regions(self) -> None:
        for alert in self.incident.alert_regions:
            try:
                self.out.regions.append(
                    Regioned(alert, region(alert.region, country=alert.country, geocoder=self.geocoder))
                )
            except InputError as err:
                self.problem(alert.report, f"alert_regions.{alert.report.id}", "region", str(err))

    # -- claims ------------------------------------------------------------------------
    def claims(self) -> None:
        # Claims of one direction by several speakers (and "origin BY" beside "via BY": one chain)
        # draw the same shape: each is drawn once (most of the time validating a draft took).
        drawn: dict[tuple[object, ...], ClaimGeometry] = {}
        for claim in self.incident.flight_directions:
            where = f"flight_directions.{claim.report.id}"
            try:
                targets = self.targets(claim)
                ends = ([claim.origin] if claim.origin else []) + list(claim.via)
                chain = [self.area(e) for e in ends]
                into = claim.into or (self.entered(targets) if chain else None)
                geometry = None
                if chain and into:
                    key = (tuple(ends), into, tuple(targets), claim.width_km)
                    if key not in drawn:
                        drawn[key] = build_claim(chain, into, targets, width_km=claim.width_km)
                    geometry = drawn[key]
            except InputError as err:
                self.problem(
                    claim.report, where, "origin" if "origin" in claim.report.lines else "claim", str(err)
                )
                continue
            labels = tuple(a.label for a in chain)
            origin = labels[0] if claim.origin else None
            via = labels[1:] if claim.origin else labels
            self.out.claims.append(Claimed(claim, geometry, tuple(targets), origin, via, into))
        sectors = {c.claim.report.id: c.geometry.sector for c in self.out.claims if c.geometry is not None}
        self.out.overlaps = overlaps(sectors)

    def targets(self, claim: Claim) -> list[Target]:
        """Return the places a source ties to the claim, with their areas of uncertainty."""
        found: list[Target] = []
        if claim.target_layer:
            found += [
                Target(f"{claim.target_layer}/{p.entry.report.id}", p.lon, p.lat, _drawn_radius(p.match))
                for p in self.out.places.get(claim.target_layer, [])
            ]
        for text in claim.target_places:
            match = self.geocoder.geocode(text)
            found.append(Target(text, match.lon, match.lat, _drawn_radius(match)))
        return found

    def entered(self, targets: list[Target]) -> str:
        """Return the country a claim is about entering: its targets', else where the places lie."""
        points = [(t.lon, t.lat) for t in targets] or [
            (p.lon, p.lat) for ps in self.out.places.values() for p in ps
        ]
        lon, lat = np.array(points, dtype=np.float64).reshape(-1, 2).T
        countries = [c for c in areas.country_codes(lon, lat) if c]
        if not countries:
            raise BoundaryError(
                "cannot tell which country the drones entered; give into: (an ISO code such as PL)"
            )
        return max(sorted(set(countries)), key=countries.count)

    def area(self, end: Endpoint) -> Area:
        if end.kind == "country":
            code = str(end.value)
            return Area(boundaries.country_name(code), code, boundaries.country(code))
        if end.kind == "region":
            found = region(str(end.value), country=end.country, geocoder=self.geocoder)
            return Area(found.name, found.country, found.geometry, "region")
        if end.kind == "border":
            a, b = cast(tuple[str, str], end.value)
            line = boundaries.shared_border(a, b).geometry
            return Area(
                f"{boundaries.country_name(a)}–{boundaries.country_name(b)} border", a, line, "border", b
            )
        if end.kind == "coordinates":
            lon, lat = cast(tuple[float, float], end.value)
            label = f"{lat:.4f}, {lon:.4f}"
        else:
            match = self.geocoder.geocode(str(end.value), country=end.country)
            lon, lat, label = match.lon, match.lat, match.name
        here = _country_or_none((lon, lat))
        if here is None:
            raise BoundaryError(f"{label} lies in no country of the packaged boundaries")
        return Area(label, here, Point(lon, lat), "point")


def resolve(incident: Incident, /, *, geocoder: Geocoder | None = None) -> Resolved:
    """Locate everything ``incident`` names.

    Raises
    ------
    IncidentError
        With every place, region, border or direction that cannot be resolved,
        each as ``file:line: field: message``.
    """
    r = _Resolver(incident, geocoder or default_geocoder())
    r.places()
    r.borders()
    r.regions()
    if not r.problems:
        r.claims()
    if r.problems:
        raise IncidentError(sorted(r.problems, key=lambda p: p.line))
    return r.out


def region(
    name: str, /, *, country: str | None = None, geocoder: Geocoder | None = None
) -> boundaries.Region:
    """Find an admin-1 region by name in English, Polish, Ukrainian, Russian or Belarusian.

    The name resolves through ``geocoder``'s admin-1 units (default: the packaged
    gazetteer's: "Lubelskie", "Lublin Voivodeship", "Volyn Oblast", "Брэсцкая вобласць"),
    so that a custom gazetteer names regions as it names villages; their GeoNames code
    then finds the boundary (:func:`geomap.geo.boundaries.region_by_code`).  The region
    keeps the geocoder's name for it.

    Raises
    ------
    PlaceError
        When the geocoder knows no such admin-1 unit, or several.
    BoundaryError
        When the packaged boundaries lack the unit it found.
    """
    match = (geocoder or default_geocoder()).admin_unit(name, level="ADM1", country=country)
    if not match.admin_codes or not match.admin_codes[0]:
        raise BoundaryError(f"the admin unit {match.name!r} ({match.country}) carries no admin-1 code")
    found = boundaries.region_by_code(match.country, match.admin_codes[0])
    return replace(found, name=match.name)


def midway(a: Match, b: Match, /) -> Match:
    """Return the place between two matches: their geodesic midpoint, with half their distance as uncertainty."""
    lon, lat = geodesic_centre([(a.lon, a.lat), (b.lon, b.lat)])
    same = [
        x if x == y else f"{x} / {y}"
        for x, y in zip((a.admin1, a.admin2, a.admin3), (b.admin1, b.admin2, b.admin3), strict=True)
    ]
    return replace(
        a,
        query=f"{a.query} – {b.query}",
        name=f"between {a.name} and {b.name}",
        matched_name=f"{a.matched_name} – {b.matched_name}",
        match="between",
        lon=lon,
        lat=lat,
        admin1=same[0],
        admin2=same[1],
        admin3=same[2],
        precision="between",
        precision_label=vocab.precision_label("between", a.country),
        score=min(a.score, b.score),
        gazetteer_id=f"{a.gazetteer_id} {b.gazetteer_id}",
        feature_code="",
        uncertainty_km=round(max(0.5, distance_km((a.lon, a.lat), (b.lon, b.lat)) / 2), 1),
        alternatives=(),
        notes=a.notes + b.notes,
        rejected_count=0,
    )


def _drawn_radius(match: Match | None) -> float:
    """Return the radius of the circle a place is drawn as (0 for a symbol): where a fan line ends."""
    if match is None or match.precision not in vocab.AREA_PRECISIONS:
        return 0.0
    return match.uncertainty_km


def _named_countries(incident: Incident) -> set[str]:
    named = {e.country for entries in incident.places.values() for e in entries if e.country}
    named |= {c for b in incident.border_regions for c in b.countries}
    named |= {a.country for a in incident.alert_regions if a.country}
    for claim in incident.flight_directions:
        named |= {e.country for e in (claim.origin, *claim.via) if e is not None and e.country}
        borders = [e for e in (claim.origin, *claim.via) if e is not None and e.kind == "border"]
        named |= {str(c) for e in borders for c in e.value}
        named |= {claim.into} if claim.into else set()
    return named


def _far_reasons(
    points: np.ndarray, named: set[str], everywhere: np.ndarray, *, moved: tuple[float, float] | None = None
) -> list[str]:
    """Say why each of ``points`` (lon, lat rows) lies far outside the incident's area ("" when not).

    ``everywhere`` holds every located place, the points among them: a point's nearest other place
    is the nearest at another position, or a twin at its own.  ``moved``: the position a single
    point held in ``everywhere`` before it was moved (for the swapped-coordinates hint).
    """
    reasons = [""] * len(points)
    if not len(points):
        return reasons
    if named:
        for i, here in enumerate(areas.country_codes(points[:, 0], points[:, 1])):
            if here not in named:
                where = f"in {here}" if here else "in no country"
                reasons[i] = (
                    f"lies {where}, outside the countries this file names ({', '.join(sorted(named))})"
                )
    others = everywhere
    if moved is not None:  # the point itself no longer stands where it did
        at = np.flatnonzero((everywhere[:, 0] == moved[0]) & (everywhere[:, 1] == moved[1]))
        others = np.delete(everywhere, at[:1], axis=0)
    for i, km in enumerate(_nearest_other_km(points, others, counted=moved is None)):
        if not reasons[i] and km > MAX_SPREAD_KM:
            reasons[i] = f"lies {km:,.0f} km from the nearest other place of this incident"
    return reasons


def _nearest_other_km(points: np.ndarray, others: np.ndarray, *, counted: bool) -> np.ndarray:
    """Distance (km) from each point to the nearest of ``others`` that is not itself.

    ``counted``: each point is one of ``others`` (a twin at the same position then counts as
    near).  Nearest is found on the sinusoidal plane (a tree, not every pair), then measured
    geodesically.
    """
    import shapely

    if not len(others) or (counted and len(others) < 2):
        return np.zeros(len(points))
    plane = shapely.points(others[:, 0] * np.cos(np.radians(others[:, 1])), others[:, 1])
    tree = shapely.STRtree(plane)
    query = shapely.points(points[:, 0] * np.cos(np.radians(points[:, 1])), points[:, 1])
    q, t = tree.query_nearest(query, exclusive=counted, all_matches=False)
    km = np.full(len(points), np.inf)
    _, _, metres = GEOD.inv(points[q, 0], points[q, 1], others[t, 0], others[t, 1])
    km[q] = np.asarray(metres) / 1000.0
    if counted:  # exclusive= skipped every place at the very same position: a twin is the nearest
        twins: dict[tuple[float, float], int] = {}
        for x, y in others.tolist():
            twins[(x, y)] = twins.get((x, y), 0) + 1
        km = np.where([twins.get((x, y), 0) > 1 for x, y in points.tolist()], 0.0, km)
    return km


def _outside_country(point: tuple[float, float], country: str | None) -> str:
    """Say why coordinates contradict the place's country hint ("" when they agree or there is none)."""
    if country is None:
        return ""
    if country not in boundaries.country_rows():
        return f"country {country!r} is not in the packaged boundaries"
    here = _country_or_none(point)
    if here == country:
        return ""
    where = f"in {here}" if here else "in no country"
    swapped = (point[1], point[0])
    hint = (
        f"; did you swap them? [{swapped[0]}, {swapped[1]}] lies in {country}"
        if _country_or_none(swapped) == country
        else ""
    )
    return f"[{point[0]}, {point[1]}] (longitude, latitude) lies {where}, not in {country}{hint}"


def _country_or_none(point: tuple[float, float]) -> str | None:
    try:
        return boundaries.country_at(point)
    except BoundaryError:
        return None
