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

from geomap import styles
from geomap.incident.model import Change, Incident, Report
from geomap.places.results import Match
from geomap.resolve import Bordered, Claimed, Located, Regioned, Resolved, resolve

Layers = dict[str, gpd.GeoDataFrame]

CLAIM_CONSTRUCTION = (
    "A claim, not a track: the entry sector is the part of the border the claim implies; the corridor "
    "joins its origin and route areas to the sector's middle; each fan line runs from the sector to a "
    "target a source ties to the claim (see geomap.geo.claims)."
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
    resolved.check_mappable()
    incident = resolved.incident
    layers: Layers = {name: _frame([_place(p) for p in points]) for name, points in resolved.places.items()}
    for name in list(layers):  # where a point stands for an area, the area too, as a polygon
        areas = [_uncertainty_area(name, row) for row in layers[name].to_dict("records") if _is_area(row)]
        if areas:
            layers[name + styles.UNCERTAINTY_SUFFIX] = _frame(areas)
    layers["border_regions"] = _frame([f for b in resolved.borders for f in _border(b)])
    if incident.alert_regions:
        layers["alert_regions"] = _frame([_region(r) for r in resolved.regions])
    claims = {c.claim.report.id: c for c in resolved.claims}
    features = [f for c in resolved.claims for f in _claim_features(c)]
    features += [_overlap(pair, geometry, claims) for pair, geometry in resolved.overlaps]
    layers["flight_directions"] = _frame(features)
    return {name: _styled(name, layers[name], incident) for name in sorted(layers)}


def _styled(name: str, frame: gpd.GeoDataFrame, incident: Incident) -> gpd.GeoDataFrame:
    """Add each feature's simplestyle properties (the map's colours, for GitHub and geojson.io)."""
    if frame.empty:
        return frame
    style = styles.layer_style(name, incident)
    colours = styles.claim_colours(incident)
    records = frame.drop(columns="geometry").to_dict("records")
    extra = [
        styles.simplestyle(
            r, style, colours.get(r.get("claim_id") or "") if name == styles.CLAIMS_LAYER else None
        )
        for r in records
    ]
    keys = sorted({k for e in extra for k in e})
    out = frame.copy()
    for key in keys:
        out[key] = [e.get(key) for e in extra]
    return out


def _is_area(row: dict[str, Any]) -> bool:
    from geomap import vocab

    return row.get("precision") in vocab.AREA_PRECISIONS and (row.get("uncertainty_km") or 0) > 0


def _uncertainty_area(layer: str, row: dict[str, Any]) -> dict[str, Any]:
    """Return the area a point located only to an admin unit (or between two places) stands for: a circle.

    The page draws the same circle, dashed; in QGIS and on GitHub this polygon says what the pin cannot.
    """
    from shapely import Polygon

    from geomap.geo.geodesy import GEOD

    point = row["geometry"]
    radius = float(row["uncertainty_km"]) * 1000
    bearings = [i * 360 / 64 for i in range(64)]
    lons, lats, _ = GEOD.fwd([point.x] * 64, [point.y] * 64, bearings, [radius] * 64)
    ring = [(round(x, 5), round(y, 5)) for x, y in zip(lons, lats, strict=True)]
    return {
        "id": row["id"],
        "layer": layer + styles.UNCERTAINTY_SUFFIX,
        "point_layer": layer,
        "name": row["name"],
        "status": row["status"],
        "precision": row["precision"],
        "precision_label": row.get("precision_label"),
        "uncertainty_km": row["uncertainty_km"],
        "known_from": row.get("known_from"),
        "sources": list(row["sources"]),
        "geometry": Polygon(ring[::-1]),  # counter-clockwise: RFC 7946's exterior ring
    }


def _frame(features: Sequence[dict[str, Any]]) -> gpd.GeoDataFrame:
    if not features:
        return gpd.GeoDataFrame({"id": []}, geometry=[], crs="EPSG:4326")
    ordered = sorted(features, key=lambda f: f["id"])
    geometry = [f["geometry"] for f in ordered]
    rows = [{k: v for k, v in f.items() if k != "geometry"} for f in ordered]
    return gpd.GeoDataFrame(rows, geometry=geometry, crs="EPSG:4326")


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
        "known_from": report.known_from.isoformat() if report.known_from else None,
        "history": [_change(h) for h in report.history] or None,
    }


def _change(entry: Change) -> dict[str, Any]:
    """Return a history entry as data: the date as written, and the moment it counts from (``at``)."""
    out: dict[str, Any] = {"date": entry.when.text, "at": entry.when.at.isoformat(), "change": entry.change}
    if entry.status:
        out["status"] = entry.status
    if entry.reported:
        out["reported"] = entry.reported
    out["sources"] = list(entry.sources)
    if entry.quotes:
        out["quotes"] = [asdict(q) for q in entry.quotes]
    return out


# -- points ------------------------------------------------------------------
def _place(point: Located) -> dict[str, Any]:
    entry = point.entry
    props = {**_common(point.layer, entry.report), "query": entry.text}
    # How the map labels it, when the file says (absent otherwise: the committed layers keep their shape).
    if entry.label is not None:
        props["label"] = entry.label
    if entry.priority is not None:
        props["label_priority"] = entry.priority
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


# -- claims -----------------------------------------------------------------------------
def _claim_features(found: Claimed) -> list[dict[str, Any]]:
    """Return a claim as one feature without geometry that says it all, and the parts drawn for it."""
    claim, shape = found.claim, found.geometry
    cid = claim.report.id
    common = {
        **_common("flight_directions", claim.report),
        "claim_id": cid,
        "claim": claim.claim,
        "speaker": claim.speaker,
        "role": claim.role,
    }
    window = claim.window
    summary = {
        **common,
        "kind": "claim",
        "origin": found.origin,
        "via": list(found.via),
        "into": found.into,
        "entry_sector": shape.sector_label if shape else None,
        "bearing": shape.bearing if shape else None,
        "window_start": window[0].isoformat() if window else None,
        "window_end": window[1].isoformat() if window else None,
        "targets": [t.id for t in found.targets],
        "has_direction": shape is not None,
        "construction": CLAIM_CONSTRUCTION if shape else None,
        "geometry": None,
    }
    if shape is None:
        return [summary]
    parts = [
        {
            **common,
            "id": f"{cid}-sector",
            "kind": "sector",
            "entry_sector": shape.sector_label,
            "geometry": shape.sector,
        },
        {
            **common,
            "id": f"{cid}-corridor",
            "kind": "corridor",
            "width_km": claim.width_km,
            "bearing": shape.bearing,
            "geometry": shape.corridor,
        },
        {
            **common,
            "id": f"{cid}-route",
            "kind": "route",
            "bearing": shape.bearing,
            "geometry": shape.centreline,
        },
    ]
    for i, fan in enumerate(shape.fans):
        parts.append(
            {
                **common,
                "id": f"{cid}-fan-{i:02d}",
                "kind": "fan",
                "target": fan.target,
                "distance_from_border_km": fan.distance_from_border_km,
                "bearing": fan.bearing,
                "geometry": fan.geometry,
            }
        )
    return [summary, *parts]


def _overlap(pair: tuple[str, str], geometry: Any, claims: dict[str, Claimed]) -> dict[str, Any]:
    a, b = (claims[i].claim for i in pair)
    known = [c.report.known_from for c in (a, b) if c.report.known_from]
    return {
        "id": f"overlap-{pair[0]}-{pair[1]}",
        "layer": "flight_directions",
        "kind": "overlap",
        "name": f"{a.speaker} / {b.speaker}",
        "claim_ids": list(pair),
        "claim_id": pair[0],
        "status": "reported",
        "sources": sorted({*a.report.sources, *b.report.sources}),
        "known_from": max(known).isoformat() if known else None,
        "geometry": geometry,
    }
