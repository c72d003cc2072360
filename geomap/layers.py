"""Build an incident's layers: one GeoDataFrame (EPSG:4326) per layer name.

Every feature carries ``id``, ``layer``, ``name``, ``reported``, ``status``,
``sources``, ``quotes`` and ``time``; geocoded points add how they were
geocoded; borders, bands, regions and flight paths add their measures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

import geopandas as gpd
from shapely import Point

from geomap.errors import GeocodeError, GeomapError, IncidentError, Problem
from geomap.geo import boundaries
from geomap.geo.claims import Area, FlightPath, build_path
from geomap.geo.geodesy import geodesic_centre
from geomap.incident import Endpoint, FlightDirection, Incident, PlaceEntry, Report
from geomap.places.geocoder import Geocoder, Match, default_geocoder

Layers = dict[str, gpd.GeoDataFrame]

FLIGHT_CONSTRUCTION = (
    "Schematic path, not a track: from a point 50 km inside the origin, across each border at the point "
    "nearest the next leg's end, to the geodesic centre of the targets (see geomap.flights)."
)
LENGTH_NOTE = (
    "length_km is measured geodesically on Natural Earth 1:10m, which generalises the border; "
    "official_length_km is the published figure."
)


def build_layers(incident: Incident, /, *, geocoder: Geocoder | None = None) -> Layers:
    """Build every layer of ``incident``.

    Raises
    ------
    IncidentError
        When places cannot be geocoded or regions and borders cannot be
        found; every such problem is listed with its file and line.
    """
    geocoder = geocoder or default_geocoder()
    problems: list[Problem] = []
    layers: Layers = {}
    for name, entries in incident.places.items():
        layers[name] = _frame([_place_feature(incident, name, e, geocoder, problems) for e in entries])
    layers["border_regions"] = _frame(
        _guarded(incident, "border_regions", incident.border_regions, _border_features, problems)
    )
    if incident.alert_regions:
        layers["alert_regions"] = _frame(
            _guarded(incident, "alert_regions", incident.alert_regions, _region_features, problems)
        )
    if problems:
        raise IncidentError(problems)
    flights = [
        (f, _flight_feature(incident, f, layers, geocoder, problems)) for f in incident.flight_directions
    ]
    layers["flight_directions"] = _frame([feature for _, feature in flights])
    if problems:
        raise IncidentError(problems)
    if all(frame.empty for frame in layers.values()):
        raise IncidentError([Problem(incident.file, 1, "incident", "has no features to map; add places, "
                                     "border_regions, alert_regions or flight_directions")])  # fmt: skip
    return {name: layers[name] for name in sorted(layers)}


def _frame(features: Sequence[dict[str, Any] | None]) -> gpd.GeoDataFrame:
    kept = sorted((f for f in features if f is not None), key=lambda f: f["id"])
    if not kept:
        return gpd.GeoDataFrame({"id": []}, geometry=[], crs="EPSG:4326")
    return gpd.GeoDataFrame(kept, geometry="geometry", crs="EPSG:4326")


def _common(layer: str, report: Report, feature_id: str | None = None) -> dict[str, Any]:
    return {
        "id": feature_id or report.id,
        "layer": layer,
        "name": report.name,
        "reported": report.reported,
        "status": report.status,
        "sources": list(report.sources),
        "quotes": [asdict(q) for q in report.quotes],
        "time": report.time.isoformat() if report.time else None,
        "time_precision": report.time_precision,
    }


def _problem(incident: Incident, report: Report, field: str, err: Exception) -> Problem:
    return Problem(str(incident.path), report.line, field, str(err))


def _guarded(
    incident: Incident, layer: str, items: Any, build: Any, problems: list[Problem]
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for item in items:
        try:
            out += build(item)
        except GeomapError as err:
            problems.append(_problem(incident, item.report, f"{layer}.{item.report.id}", err))
    return out


# -- points ------------------------------------------------------------------
def _place_feature(
    incident: Incident, layer: str, entry: PlaceEntry, geocoder: Geocoder, problems: list[Problem]
) -> dict[str, Any] | None:
    props = _common(layer, entry.report)
    props["query"] = entry.text
    if entry.coordinates is not None:
        lon, lat = entry.coordinates
        mismatch = _outside_country(entry.coordinates, entry.country)
        if mismatch:
            problems.append(
                _problem(
                    incident, entry.report, f"{layer}.{entry.report.id}.coordinates", GeomapError(mismatch)
                )
            )
            return None
        props.update(location_source="coordinates", precision="place", match="coordinates", score=1.0)
        return {**props, "geometry": Point(lon, lat)}
    query = geocoder.parse(
        entry.text,
        country=entry.country,
        kind=entry.kind,
        admin1=entry.admin1,
        admin2=entry.admin2,
        admin3=entry.admin3,
    )
    try:
        match = geocoder.geocode(query)
    except GeocodeError as err:
        problems.append(_problem(incident, entry.report, f"{layer}.{entry.report.id}.place", err))
        return None
    return {**props, **_geocoded(match), "geometry": Point(match.lon, match.lat)}


def _outside_country(point: tuple[float, float], country: str | None) -> str:
    """Say why coordinates contradict the place's country hint ("" when they agree or there is none)."""
    if country is None or country not in boundaries.countries().index:
        return ""
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
    except GeomapError:
        return None


def _geocoded(match: Match) -> dict[str, Any]:
    return {
        "location_source": "gazetteer",
        "gazetteer_id": match.gazetteer_id,
        "matched_name": match.matched_name,
        "match": match.match,
        "precision": match.precision,
        "precision_label": match.precision_label,
        "score": match.score,
        "uncertainty_km": match.uncertainty_km,
        "country": match.country,
        "admin1": match.admin1,
        "admin2": match.admin2,
        "admin3": match.admin3,
        "admin_codes": list(match.admin_codes),
        "alternatives": [asdict(a) for a in match.alternatives],
        "alternatives_total": match.rejected_count,
        "warnings": list(match.warnings),
    }


# -- areas -------------------------------------------------------------------
def _border_features(region: Any) -> list[dict[str, Any]]:
    a, b = region.countries
    border = boundaries.shared_border(a, b)
    line = {
        **_common("border_regions", region.report, f"{region.report.id}-border"),
        "kind": "border",
        "countries": [a, b],
        "length_km": round(border.length_km, 1),
        "official_length_km": region.official_length_km,
        "length_note": LENGTH_NOTE,
        "geometry": border.geometry,
    }
    if not region.band_km:
        return [line]
    band = boundaries.border_band(a, b, width_km=region.band_km, side=region.side)
    strip = {
        **_common("border_regions", region.report, f"{region.report.id}-band"),
        "name": f"{region.report.name}: {region.band_km:g} km band ({region.side})",
        "kind": "band",
        "countries": [a, b],
        "side": region.side,
        "band_km": region.band_km,
        "area_km2": round(band.area_km2, 1),
        "geometry": band.geometry,
    }
    return [line, strip]


def _region_features(alert: Any) -> list[dict[str, Any]]:
    found = boundaries.region(alert.region, country=alert.country)
    return [
        {
            **_common("alert_regions", alert.report),
            "name": found.name,
            "region": alert.region,
            "country": found.country,
            "iso_3166_2": found.iso_3166_2,
            "geometry": found.geometry,
        }
    ]


# -- flights -----------------------------------------------------------------
def _flight_feature(
    incident: Incident, flight: FlightDirection, layers: Layers, geocoder: Geocoder, problems: list[Problem]
) -> dict[str, Any] | None:
    where = f"flight_directions.{flight.report.id}"
    try:
        targets, target_ids = _targets(flight, layers, geocoder)
        origin = _endpoint(flight.origin, geocoder)
        via = [_area(v) for v in flight.via]
        centre = geodesic_centre(targets)
        path = build_path(origin, via, centre, boundaries.country_at(centre))
    except GeomapError as err:
        problems.append(_problem(incident, flight.report, where, err))
        return None
    return {
        **_common("flight_directions", flight.report),
        "claim": flight.claim,
        "claimed_by": list(flight.claimed_by),
        "origin": _describe(flight.origin),
        "via": [_describe(v) for v in flight.via],
        "targets": target_ids,
        **_path_properties(path),
        "construction": FLIGHT_CONSTRUCTION,
        "geometry": path.geometry,
    }


def _path_properties(path: FlightPath) -> dict[str, Any]:
    return {
        "entry_border": path.entry_border,
        "entry_point": [round(path.entry_point[0], 6), round(path.entry_point[1], 6)],
        "bearing_at_entry": round(path.bearing_at_entry, 1),
        "length_km": round(path.length_km, 1),
    }


def _targets(
    flight: FlightDirection, layers: Layers, geocoder: Geocoder
) -> tuple[list[tuple[float, float]], list[str]]:
    points: list[tuple[float, float]] = []
    ids: list[str] = []
    if flight.target_layer:
        frame = layers[flight.target_layer]
        points += [(g.x, g.y) for g in frame.geometry]
        ids += [f"{flight.target_layer}/{i}" for i in frame["id"]]
    for text in flight.target_places:
        match = geocoder.geocode(text)
        points.append((match.lon, match.lat))
        ids.append(text)
    if not points:
        raise GeomapError("has no targets to fly to; its target layer is empty")
    return points, ids


def _area(end: Endpoint) -> Area:
    if end.kind == "country":
        code = str(end.value)
        return Area(boundaries.country_name(code), code, boundaries.country(code))
    if end.kind == "region":
        found = boundaries.region(str(end.value), country=end.country)
        return Area(found.name, found.country, found.geometry, is_country=False)
    raise GeomapError(f"a waypoint must be a country or region, not {end.kind}")


def _endpoint(end: Endpoint, geocoder: Geocoder) -> Area | tuple[float, float]:
    if end.kind == "coordinates":
        return end.value  # type: ignore[return-value]
    if end.kind == "place":
        match = geocoder.geocode(str(end.value), country=end.country)
        return (match.lon, match.lat)
    return _area(end)


def _describe(end: Endpoint) -> str:
    if end.kind == "coordinates":
        assert isinstance(end.value, tuple)
        lon, lat = end.value
        return f"{lat:.4f}, {lon:.4f}"
    return str(end.value) if end.kind != "country" else boundaries.country_name(str(end.value))
