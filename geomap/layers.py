"""Assemble an incident's layers: one GeoDataFrame (EPSG:4326) per layer name.

Every feature carries ``id``, ``layer``, ``name``, ``reported``, ``status``,
``sources``, ``quotes`` and ``time``; geocoded points add how they were
located; borders, bands, regions and claimed directions add their measures.
Nothing here geocodes or reads boundaries: :mod:`geomap.resolve` did that.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

import geopandas as gpd
from shapely import Point

from geomap.errors import IncidentError, Problem
from geomap.incident.model import Incident, Report
from geomap.places.results import Match
from geomap.resolve import Bordered, Directed, Located, Regioned, Resolved, resolve

Layers = dict[str, gpd.GeoDataFrame]

FLIGHT_CONSTRUCTION = (
    "Schematic path, not a track: from a point 50 km inside the origin, across each border at the point "
    "nearest the next leg's end, to the geodesic centre of the targets (see geomap.geo.claims)."
)
LENGTH_NOTE = (
    "length_km is measured geodesically on Natural Earth 1:10m, which generalises the border; "
    "official_length_km is the published figure."
)


def build_layers(incident: Incident, /) -> Layers:
    """Resolve ``incident`` and build its layers (see :func:`layers_of`).

    Raises
    ------
    IncidentError
        When places, regions, borders or directions cannot be resolved.
    """
    return layers_of(resolve(incident))


def layers_of(resolved: Resolved, /) -> Layers:
    """Build every layer of a resolved incident, in name order."""
    incident = resolved.incident
    layers: Layers = {name: _frame([_place(p) for p in points]) for name, points in resolved.places.items()}
    layers["border_regions"] = _frame([f for b in resolved.borders for f in _border(b)])
    if incident.alert_regions:
        layers["alert_regions"] = _frame([_region(r) for r in resolved.regions])
    layers["flight_directions"] = _frame([_direction(d) for d in resolved.directions])
    if all(frame.empty for frame in layers.values()):
        raise IncidentError([Problem(incident.file, 1, "incident", "has no features to map; add places, "
                                     "border_regions, alert_regions or flight_directions")])  # fmt: skip
    return {name: layers[name] for name in sorted(layers)}


def _frame(features: Sequence[dict[str, Any]]) -> gpd.GeoDataFrame:
    if not features:
        return gpd.GeoDataFrame({"id": []}, geometry=[], crs="EPSG:4326")
    return gpd.GeoDataFrame(sorted(features, key=lambda f: f["id"]), geometry="geometry", crs="EPSG:4326")


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


# -- points ------------------------------------------------------------------
def _place(point: Located) -> dict[str, Any]:
    entry = point.entry
    props = {**_common(point.layer, entry.report), "query": entry.text}
    if point.match is None:
        props.update(location_source="coordinates", precision="place", match="coordinates", score=1.0)
    else:
        props.update(_geocoded(point.match))
    return {**props, "geometry": Point(point.lon, point.lat)}


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
        "warning_codes": list(match.warning_codes),
    }


# -- areas -------------------------------------------------------------------
def _border(found: Bordered) -> list[dict[str, Any]]:
    region = found.region
    a, b = region.countries
    line = {
        **_common("border_regions", region.report, f"{region.report.id}-border"),
        "kind": "border",
        "countries": [a, b],
        "length_km": round(found.border.length_km, 1),
        "official_length_km": region.official_length_km,
        "length_note": LENGTH_NOTE,
        "geometry": found.border.geometry,
    }
    if found.band is None:
        return [line]
    strip = {
        **_common("border_regions", region.report, f"{region.report.id}-band"),
        "name": f"{region.report.name}: {region.band_km:g} km band ({region.side})",
        "kind": "band",
        "countries": [a, b],
        "side": region.side,
        "band_km": region.band_km,
        "area_km2": round(found.band.area_km2, 1),
        "geometry": found.band.geometry,
    }
    return [line, strip]


def _region(found: Regioned) -> dict[str, Any]:
    alert, region = found.alert, found.region
    return {
        **_common("alert_regions", alert.report),
        "name": region.name,
        "region": alert.region,
        "country": region.country,
        "iso_3166_2": region.iso_3166_2,
        "geometry": region.geometry,
    }


# -- claimed directions --------------------------------------------------------
def _direction(found: Directed) -> dict[str, Any]:
    flight, path = found.flight, found.path
    return {
        **_common("flight_directions", flight.report),
        "claim": flight.claim,
        "claimed_by": list(flight.claimed_by),
        "origin": found.origin,
        "via": list(found.via),
        "targets": list(found.targets),
        "entry_border": path.entry_border,
        "entry_point": [round(path.entry_point[0], 6), round(path.entry_point[1], 6)],
        "bearing_at_entry": round(path.bearing_at_entry, 1),
        "length_km": round(path.length_km, 1),
        "construction": FLIGHT_CONSTRUCTION,
        "geometry": path.geometry,
    }
