"""How each layer and feature is drawn, decided once for the page, the GeoJSON and the GeoPackage.

The page reads these choices from its document; the committed GeoJSON carries them as
simplestyle-spec properties (``marker-color``, ``stroke``, ``fill``, ``fill-opacity``) so that
GitHub and geojson.io draw it in the map's colours; the GeoPackage stores them as QGIS styles.
"""

from __future__ import annotations

from typing import Any

from geomap import vocab
from geomap.incident.model import Incident, LayerStyle

AREA_LAYERS = ("border_regions", "alert_regions")
CLAIMS_LAYER = "flight_directions"
CLAIM_PARTS = vocab.CLAIM_PARTS


def layer_kind(name: str) -> str:
    """Return "claims", "area" or "point": how a layer of this name is drawn."""
    return "claims" if name == CLAIMS_LAYER else ("area" if name in AREA_LAYERS else "point")


def layer_style(name: str, incident: Incident) -> dict[str, Any]:
    """Return how layer ``name`` is drawn: the incident file's style over geomap's defaults.

    A point layer with no colour of its own is coloured by each feature's status.
    """
    default = vocab.LAYER_DEFAULTS.get(name, {})
    given = incident.styles.get(name, LayerStyle())
    titles = vocab.LAYER_TITLES[incident.language]
    return {
        "title": given.title or titles.get(name) or name.replace("_", " ").capitalize(),
        "description": given.description or "",
        "colour": given.colour or default.get("colour"),
        "marker": given.marker or default.get("marker") or "circle",
        "label": given.label
        if given.label is not None
        else default.get("label", layer_kind(name) == "point"),
        "priority": given.priority or default.get("priority", 5),
    }


def claim_colours(incident: Incident) -> dict[str, str]:
    """Return one colour per claim, in the file's order."""
    palette = vocab.CLAIM_COLOURS
    return {c.report.id: palette[i % len(palette)] for i, c in enumerate(incident.flight_directions)}


def simplestyle(props: dict[str, Any], style: dict[str, Any], claim_colour: str | None) -> dict[str, Any]:
    """Return the simplestyle-spec properties of one feature (https://github.com/mapbox/simplestyle-spec)."""
    kind = props.get("kind")
    if claim_colour is not None:
        part = CLAIM_PARTS.get(str(kind), {})
        colour = vocab.OVERLAP_COLOUR if kind == "overlap" else claim_colour
        if kind == "corridor":
            return {"stroke": colour, "stroke-width": 1, "fill": colour, "fill-opacity": part["fill_opacity"]}
        return (
            {"stroke": colour, "stroke-width": part.get("width", 2), "stroke-opacity": part.get("opacity", 1)}
            if kind
            else {}
        )
    colour = style["colour"] or vocab.STATUS_COLOURS.get(
        str(props.get("status")), vocab.PANEL_COLOURS["muted"]
    )
    if kind == "band":
        return {"stroke": colour, "stroke-width": 0, "fill": colour, "fill-opacity": 0.12}
    if kind == "border":
        return {"stroke": colour, "stroke-width": 3}
    if layer_kind(str(props.get("layer"))) == "area":
        return {"stroke": colour, "stroke-width": 1.5, "fill": colour, "fill-opacity": 0.1}
    return {"marker-color": colour, "marker-size": "small"}


def gpkg_styles(layers: dict[str, Any], incident: Incident) -> dict[str, str]:
    """Return a QGIS style (QML) for each GeoPackage table with a geometry (see geomap.io.gpkg)."""
    from geomap.io.gpkg import qml, tables

    labels = vocab.LABELS[incident.language]
    colours = claim_colours(incident)
    out = {}
    for table, frame in tables(layers).items():
        geoms = frame.geometry.dropna() if not frame.empty else frame.geometry
        if geoms.empty:
            continue
        types = set(geoms.geom_type)
        geometry = (
            "point"
            if types <= {"Point", "MultiPoint"}
            else "line"
            if all("Line" in t for t in types)
            else "area"
        )
        layer = table if table in layers else table.rsplit("_", 1)[0]
        if layer == CLAIMS_LAYER:
            kind = table.rsplit("_", 1)[1]
            part = CLAIM_PARTS.get(kind, {})
            paint = {"width": part.get("width", 2) * 0.3, "dash": "dash" in part, "opacity": part.get("opacity", 1.0),
                     "fill_opacity": part.get("fill_opacity", 0.15)}  # fmt: skip
            if kind == "overlap":
                out[table] = qml(geometry, [("", "", {**paint, "colour": vocab.OVERLAP_COLOUR})])
                continue
            present = sorted(set(frame["claim_id"].dropna()))
            categories = [
                (cid, cid, {**paint, "colour": colours.get(cid, vocab.PANEL_COLOURS["muted"])})
                for cid in present
            ]
            out[table] = qml(geometry, categories, field="claim_id")
            continue
        style = layer_style(layer, incident)
        paint = {
            "marker": style["marker"],
            "width": 0.9 if table.endswith("_border") else 0.4,
            "fill_opacity": 0.12,
        }
        if style["colour"] or geometry != "point":
            out[table] = qml(
                geometry,
                [("", style["title"], {**paint, "colour": style["colour"] or vocab.PANEL_COLOURS["muted"]})],
            )
        else:
            present = [s for s in vocab.STATUSES if s in set(frame["status"])]
            categories = [
                (s, labels[f"status.{s}"], {**paint, "colour": vocab.STATUS_COLOURS[s]}) for s in present
            ]
            out[table] = qml(geometry, categories, field="status")
    return out
