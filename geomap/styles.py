"""How each layer and feature is drawn, decided once for the page, the GeoJSON and the GeoPackage.

The page reads these choices from its document; the committed GeoJSON carries them as
simplestyle-spec properties (``marker-color``, ``stroke``, ``fill``, ``fill-opacity``) so that
GitHub and geojson.io draw it in the map's colours; the GeoPackage stores them as QGIS styles.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from geomap import vocab
from geomap.incident.model import Incident, LayerStyle

AREA_LAYERS = ("border_regions", "alert_regions")
CLAIMS_LAYER = "flight_directions"
CLAIM_PARTS = vocab.CLAIM_PARTS


#: The polygons of a point layer's uncertainty areas go in a layer of its own: ``crash_sites_uncertainty``.
UNCERTAINTY_SUFFIX = "_uncertainty"


def is_uncertainty(name: str) -> bool:
    """Whether layer ``name`` holds the uncertainty areas of a point layer (not drawn by the page as a layer)."""
    return name.endswith(UNCERTAINTY_SUFFIX)


def layer_kind(name: str) -> str:
    """Return "claims", "area" or "point": how a layer of this name is drawn."""
    if name == CLAIMS_LAYER:
        return "claims"
    return "area" if name in AREA_LAYERS or is_uncertainty(name) else "point"


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
    if kind in ("band", "border"):
        return _shape(colour, vocab.SHAPE_PARTS[str(kind)])
    if is_uncertainty(str(props.get("layer"))):
        return _shape(colour, vocab.SHAPE_PARTS["uncertainty"])
    if layer_kind(str(props.get("layer"))) == "area":
        return _shape(colour, vocab.SHAPE_PARTS["area"])
    return {"marker-color": colour, "marker-size": "small"}


def _shape(colour: str, part: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"stroke": colour, "stroke-width": part["width"]}
    if "opacity" in part:
        out["stroke-opacity"] = part["opacity"]
    if "fill_opacity" in part:
        out |= {"fill": colour, "fill-opacity": part["fill_opacity"]}
    return out


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
            paint = {
                "width": part.get("width", 2) * 0.3,
                "dash": "dash" in part,
                "opacity": part.get("opacity", 1.0),
                "fill_opacity": part.get("fill_opacity", 0.15),
            }
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
        point_layer = table[: -len(UNCERTAINTY_SUFFIX)] if is_uncertainty(table) else None
        style = layer_style(point_layer or layer, incident)
        paint = {
            "marker": style["marker"],
            "width": 0.9 if table.endswith("_border") else 0.4,
            # as on the page: one table of paint (vocab.SHAPE_PARTS) for page, GeoJSON and QGIS
            "fill_opacity": vocab.SHAPE_PARTS["uncertainty" if point_layer else "area"]["fill_opacity"],
            "dash": bool(point_layer),  # dashed, as on the page: somewhere in here, not a place
        }
        label = "name" if geometry == "point" and style["label"] else None
        if style["colour"] or geometry != "point":
            out[table] = qml(
                geometry,
                [("", style["title"], {**paint, "colour": style["colour"] or vocab.PANEL_COLOURS["muted"]})],
                label_field=label,
            )
        else:
            present = [s for s in vocab.STATUSES if s in set(frame["status"])]
            categories = [
                (s, labels[f"status.{s}"], {**paint, "colour": vocab.STATUS_COLOURS[s]}) for s in present
            ]
            out[table] = qml(geometry, categories, field="status", label_field=label)
    return out


# -- a house style (--style FILE.yaml) ------------------------------------------------------------

#: What a house style file may hold (see the README, "A house style").
HOUSE_KEYS = ("name", "palette", "font", "credit", "logo")
PANEL_KEYS = ("background", "text", "muted", "focus")
MAX_STYLE_BYTES = 64 * 1024
MAX_LOGO_BYTES = 512 * 1024
MAX_FONT_BYTES = 2 * 1024 * 1024
_FONT_MAGIC = {
    b"wOF2": "woff2",
    b"wOFF": "woff",
    b"\x00\x01\x00\x00": "truetype",
    b"OTTO": "opentype",
    b"true": "truetype",
}
_LOGO_MAGIC = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}


def load_house_style(path: str | Path, /) -> dict[str, Any]:
    """Read a house style file: palette per status and layer, panel colours, a font, a credit line, a logo.

    Every value is checked as an incident file's are (the same bounded YAML reader: no aliases,
    tags or deep nesting); the font and logo are local files, checked by their first bytes and
    embedded as data, so the page stays one offline file.  A problem raises
    :class:`~geomap.errors.OptionError` with one line: ``file:line: field: message``.
    """
    import base64
    import re

    import yaml

    from geomap.errors import IncidentError, OptionError
    from geomap.incident.nodes import compose, read_text

    path = Path(path)
    where = str(path)

    def fail(node: Any, field: str, message: str) -> OptionError:
        line = node.start_mark.line + 1 if node is not None and node.start_mark is not None else 1
        return OptionError(f"{where}:{line}: {field}: {message}")

    try:
        root = compose(read_text(path, limit=MAX_STYLE_BYTES, field="--style"), where, max_depth=6)
    except IncidentError as err:
        raise OptionError(str(err.problems[0])) from err
    if root is None:
        raise OptionError(f"{where}:1: --style: the file is empty; give palette, font, credit or logo")

    def mapping(node: Any, field: str) -> dict[str, tuple[Any, Any]]:
        if not isinstance(node, yaml.MappingNode):
            raise fail(node, field, "must be a mapping")
        out = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode) or key.tag != "tag:yaml.org,2002:str":
                raise fail(key, field, "keys must be plain names")
            out[key.value] = (key, value)
        return out

    def text(node: Any, field: str, limit: int) -> str:
        if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:str":
            raise fail(node, field, "must be text")
        value = str(node.value)
        if len(value) > limit or any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in value):
            raise fail(
                node, field, f"must be one line of at most {limit} characters, without control characters"
            )
        return value

    def colour(node: Any, field: str) -> str:
        value = text(node, field, 100)
        if not re.fullmatch(r"#[0-9a-fA-F]{6}", value):
            raise fail(node, field, f"{value!r} is not a colour; write it as '#rrggbb' (quoted)")
        return value.lower()

    def local_file(node: Any, field: str, limit: int, magic: dict[bytes, str]) -> tuple[bytes, str]:
        import os
        import stat

        name = text(node, field, 500)
        file = (path.parent / name).resolve()
        try:
            info = os.stat(file)
        except OSError as err:
            raise fail(
                node, field, f"cannot read {name!r}: {err.strerror}; give a file beside the style file"
            ) from err
        if not stat.S_ISREG(info.st_mode):
            raise fail(node, field, f"{name!r} is not a regular file")
        if info.st_size > limit:
            raise fail(node, field, f"{name!r} is {info.st_size:,} bytes; at most {limit:,} are allowed")
        data = file.read_bytes()[: limit + 1]
        kind = next((k for m, k in magic.items() if data.startswith(m)), None)
        if kind is None:
            raise fail(node, field, f"{name!r} is not one of: {', '.join(sorted(set(magic.values())))}")
        return data, kind

    top = mapping(root, "style")
    for key, (knode, _) in top.items():
        if key not in HOUSE_KEYS:
            raise fail(knode, key, f"unknown key; allowed here: {', '.join(HOUSE_KEYS)}")
    house: dict[str, Any] = {"status": {}, "layers": {}, "panel": {}}
    if "name" in top:
        house["name"] = text(top["name"][1], "name", 100)
    if "credit" in top:
        house["credit"] = text(top["credit"][1], "credit", 300)
    if "palette" in top:
        palette = mapping(top["palette"][1], "palette")
        for key, (knode, value) in palette.items():
            if key == "status":
                for status, (snode, v) in mapping(value, "palette.status").items():
                    if status not in vocab.STATUSES:
                        raise fail(
                            snode,
                            f"palette.status.{status}",
                            f"not a status; use one of {', '.join(vocab.STATUSES)}",
                        )
                    house["status"][status] = colour(v, f"palette.status.{status}")
            elif key == "layers":
                for layer, (lnode, v) in mapping(value, "palette.layers").items():
                    if not re.fullmatch(r"[a-z0-9_-]{1,64}", layer):
                        raise fail(lnode, f"palette.layers.{layer[:64]}", "layer names are lower-case slugs")
                    house["layers"][layer] = colour(v, f"palette.layers.{layer}")
            elif key in PANEL_KEYS:
                house["panel"][key] = colour(value, f"palette.{key}")
            else:
                raise fail(
                    knode,
                    f"palette.{key}",
                    f"unknown key; allowed here: status, layers, {', '.join(PANEL_KEYS)}",
                )
    if "font" in top:
        font = mapping(top["font"][1], "font")
        for key, (knode, _) in font.items():
            if key not in ("family", "file"):
                raise fail(knode, f"font.{key}", "unknown key; allowed here: family, file")
        if "family" not in font:
            raise fail(top["font"][1], "font.family", "is required: the font's name, e.g. Source Serif 4")
        family = text(font["family"][1], "font.family", 60)
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 -]*", family):
            raise fail(font["family"][1], "font.family", "letters, digits, spaces and hyphens only")
        house["font"] = {"family": family, "data": None, "format": None}
        if "file" in font:
            data, kind = local_file(font["file"][1], "font.file", MAX_FONT_BYTES, _FONT_MAGIC)
            house["font"].update(data=base64.b64encode(data).decode("ascii"), format=kind)
    if "logo" in top:
        data, kind = local_file(top["logo"][1], "logo", MAX_LOGO_BYTES, _LOGO_MAGIC)
        house["logo"] = f"data:{kind};base64," + base64.b64encode(data).decode("ascii")
    return house


def apply_house_style(document: dict[str, Any], house: dict[str, Any], /) -> dict[str, Any]:
    """Return ``document`` drawn in ``house`` style (see :func:`load_house_style`): the page, PNG, PDF and SVG.

    The committed layers keep geomap's own colours: a house style is how one newsroom publishes.
    """
    out = {**document, "vocab": {**document["vocab"]}}
    out["vocab"]["status_colours"] = {**document["vocab"]["status_colours"], **house.get("status", {})}
    out["vocab"]["panel"] = {**document["vocab"]["panel"], **house.get("panel", {})}
    out["layers"] = [
        {**entry, "colour": house["layers"][entry["key"]]}
        if entry["key"] in house.get("layers", {})
        else entry
        for entry in document["layers"]
    ]
    if house.get("credit"):
        out["attribution"] = [house["credit"], *document["attribution"]]
    out["style"] = {k: house[k] for k in ("name", "font", "logo") if house.get(k)}
    return out
