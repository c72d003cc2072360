"""Render an incident's layers as one self-contained Leaflet page (folium).

The page inlines Leaflet, its arrowhead plugin and geomap's own helpers
(``geomap/data/web/``), draws an offline basemap from the packaged Natural
Earth boundaries, and makes no request to any host unless online tiles are
asked for.  Element ids are derived from the page's structure, not drawn at
random, so the same input gives the same bytes.
"""

from __future__ import annotations

import hashlib
import html
import json
from datetime import datetime
from typing import Any, cast
from zoneinfo import ZoneInfo

import folium
import geopandas as gpd
import numpy as np
import shapely
from branca.element import Element, Figure, MacroElement
from jinja2 import Template
from shapely.geometry import box, mapping

from geomap import boundaries
from geomap._data import read_bytes
from geomap.errors import GeomapError
from geomap.export import feature_records
from geomap.incident import Incident

ATTRIBUTION = (
    "Contains GeoNames data (geonames.org), CC BY 4.0. Boundaries: Natural Earth (public domain). "
    "Map: Leaflet (BSD-2-Clause)."
)
#: Overlay order, names and colours; layers not listed follow in name order.
LAYER_STYLES: dict[str, dict[str, Any]] = {
    "alert_regions": {"title": "Regions on alert", "colour": "#d9a400", "kind": "area"},
    "border_regions": {"title": "Border regions", "colour": "#2c7bb6", "kind": "area"},
    "airports": {"title": "Airports closed", "colour": "#1a9850", "kind": "point", "radius": 6},
    "crash_sites": {"title": "Crash and debris sites", "colour": None, "kind": "point", "radius": 8},
}
CLAIM_COLOURS = ["#d7191c", "#404040", "#1b7837", "#e66101", "#5e3c99"]
STATUS_COLOURS = {"confirmed": "#b2182b", "reported": "#ef8a62", "disputed": "#7b3294"}
BASEMAP_MARGIN_DEG = (5.0, 3.0)
BASEMAP_SIMPLIFY_DEG = 0.004
MIN_LABEL_AREA_DEG2 = 2.0


# -- safe embedding ------------------------------------------------------------
def js_json(value: Any) -> str:
    """JSON for a ``<script>`` block: ``<``, ``>``, ``&`` and line separators escaped."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=False, separators=(",", ":"), allow_nan=False)
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


def _asset(name: str) -> str:
    text = read_bytes("web", name).decode("utf-8")
    # Source-map comments would make devtools ask the network for a file we do not ship.
    return "\n".join(
        line
        for line in text.splitlines()
        if not line.startswith(("//# sourceMappingURL", "/*# sourceMappingURL"))
    )


class _InlineAssets(MacroElement):
    """Leaflet, the arrowhead plugin, geomap.js and the page's CSS, inlined in the header."""

    _template = Template(
        """{% macro header(this, kwargs) %}
<style>{{ this.css }}</style>
<script>{{ this.js }}</script>
{% endmacro %}"""
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "InlineAssets"
        self.css = _asset("leaflet.css") + "\n" + _asset("geomap.css")
        self.js = "\n".join(_asset(n) for n in ("leaflet.js", "leaflet.polylineDecorator.js", "geomap.js"))


class _OfflineMap(folium.Map):
    """A folium Map that loads nothing from CDNs (its assets come inline)."""

    def __init__(self, **kwargs: Any):
        super().__init__(**kwargs)
        self.default_js: list[tuple[str, str]] = []
        self.default_css: list[tuple[str, str]] = []


class _Overlay(folium.map.Layer):
    """One toggleable overlay drawn by ``geomapOverlay`` from GeoJSON."""

    _template = Template(
        """{% macro script(this, kwargs) %}
var {{ this.get_name() }} = geomapOverlay({{ this.spec }}, {{ this.data }}, {{ this.sources }});
{% endmacro %}"""
    )

    def __init__(
        self, name: str, spec: dict[str, Any], records: list[dict[str, Any]], sources: dict[str, Any]
    ):
        # Leaflet's layer control writes names as HTML, so the name is escaped here.
        super().__init__(name=html.escape(name), overlay=True, control=True, show=True)
        self._name = "Overlay"
        self.spec = js_json(spec)
        self.data = js_json({"type": "FeatureCollection", "features": records})
        self.sources = js_json(sources)


class _Basemap(MacroElement):
    _template = Template(
        """{% macro script(this, kwargs) %}
geomapBasemap({{ this._parent.get_name() }}, {{ this.data }});
{{ this._parent.get_name() }}.attributionControl.setPrefix(false);
{% for text in this.attributions %}{{ this._parent.get_name() }}.attributionControl.addAttribution({{ text }});
{% endfor %}{% endmacro %}"""
    )

    def __init__(self, data: dict[str, Any], attributions: list[str]):
        super().__init__()
        self._name = "Basemap"
        self.data = js_json(data)
        # Leaflet treats attribution text as HTML: escape it.
        self.attributions = [js_json(html.escape(a)) for a in attributions]


class _Panel(MacroElement):
    """A fixed HTML panel (title block or legend); ``body`` must already be escaped."""

    _template = Template(
        """{% macro html(this, kwargs) %}
<div class="gm-panel {{ this.css_class }}" id="{{ this.get_name() }}">{{ this.body }}</div>
{% endmacro %}"""
    )

    def __init__(self, css_class: str, body: str):
        super().__init__()
        self._name = "Panel"
        self.css_class = css_class
        self.body = body


# -- public --------------------------------------------------------------------
def render_map(
    incident: Incident, layers: dict[str, gpd.GeoDataFrame], /, *, tiles: str | None = None
) -> str:
    """Return the HTML page for ``incident`` and its built ``layers``.

    Parameters
    ----------
    incident : Incident
    layers : dict of GeoDataFrame
        From :func:`geomap.layers.build_layers`.
    tiles : str, optional
        An xyzservices provider name ("OpenStreetMap.Mapnik") for online
        tiles under the offline basemap; the page then needs the network.
    """
    bounds = _bounds(layers)
    m = _OfflineMap(location=None, tiles=None, control_scale=True, prefer_canvas=False, zoom_control=True)
    m.add_child(_InlineAssets())
    root = cast(Figure, m.get_root())
    root.header.add_child(Element(f"<title>{html.escape(incident.title)}</title>"), name="title")
    attributions = [ATTRIBUTION]
    if tiles:
        provider = _tile_provider(tiles)
        # The plain-text attribution, escaped: Leaflet shows attribution as HTML.
        folium.TileLayer(tiles=provider.build_url(), attr=html.escape(str(provider.attribution)), name=provider.name,
                         overlay=False, control=False).add_to(m)  # fmt: skip
    # Over online tiles the basemap keeps its lines and labels but drops its land fill.
    m.add_child(_Basemap({**_basemap(bounds), "fill": not tiles}, attributions))
    sources = _source_table(incident)
    for name, spec, records in _overlays(layers, incident.timezone):
        m.add_child(_Overlay(name, spec, records, sources))
    folium.LayerControl(collapsed=False, position="topright").add_to(m)
    m.add_child(_Panel("gm-title", _title_html(incident, sources)))
    m.add_child(_Panel("gm-legend", _legend_html(layers)))
    # Padding keeps features clear of the title block (left) and the layer control and legend (right).
    m.fit_bounds(
        [[bounds[1], bounds[0]], [bounds[3], bounds[2]]],
        padding_top_left=(360, 20),
        padding_bottom_right=(330, 20),
    )
    _stable_ids(root)
    return root.render()


def _tile_provider(name: str) -> Any:
    import xyzservices.providers as xyz

    try:
        return xyz.query_name(name)
    except ValueError as err:
        raise GeomapError(
            f"--tiles {name!r} is not an xyzservices provider; try OpenStreetMap.Mapnik"
        ) from err


def _stable_ids(root: Figure) -> None:
    """Replace branca's random element ids with ones derived from each element's kind and name.

    An element's id hashes its parent's id, its class, its layer name (for
    layers) and how many such siblings came before it, so adding one layer
    leaves the ids of the others, and the rest of the page, unchanged.
    """

    def visit(element: Any, parent_id: str) -> None:
        seen: dict[str, int] = {}
        for child in list(element._children.values()):
            kind = f"{type(child).__name__}:{getattr(child, 'layer_name', '')}"
            seen[kind] = seen.get(kind, -1) + 1
            child._id = hashlib.sha256(f"{parent_id}/{kind}#{seen[kind]}".encode()).hexdigest()[:16]
            visit(child, child._id)

    root._id = hashlib.sha256(b"figure").hexdigest()[:16]
    visit(root, root._id)


# -- content -------------------------------------------------------------------
def _bounds(layers: dict[str, gpd.GeoDataFrame]) -> tuple[float, float, float, float]:
    frames = [f for f in layers.values() if not f.empty]
    if not frames:
        raise GeomapError("the incident has no features to map")
    # Fit to what was reported (points and paths); the area layers only when there is nothing else.
    points = [
        f for name, f in layers.items() if name not in ("border_regions", "alert_regions") and not f.empty
    ]
    boxes = np.array([f.total_bounds for f in (points or frames)])
    x0, y0 = boxes[:, :2].min(axis=0)
    x1, y1 = boxes[:, 2:].max(axis=0)
    return float(x0) - 0.3, float(y0) - 0.3, float(x1) + 0.3, float(y1) + 0.3


def _basemap(bounds: tuple[float, float, float, float]) -> dict[str, Any]:
    """Countries and admin-1 units around the incident, simplified for drawing."""
    dx, dy = BASEMAP_MARGIN_DEG
    frame = box(bounds[0] - dx, bounds[1] - dy, bounds[2] + dx, bounds[3] + dy)

    def collection(table: gpd.GeoDataFrame, fields: list[str]) -> dict[str, Any]:
        table = table[table.intersects(frame)]
        geoms = shapely.simplify(shapely.intersection(table.geometry.values, frame), BASEMAP_SIMPLIFY_DEG)
        geoms = shapely.transform(geoms, lambda xy: xy.round(4))
        features = [
            {"type": "Feature", "properties": {f: row[f] for f in fields}, "geometry": mapping(g)}
            for (_, row), g in zip(table.iterrows(), geoms, strict=True)
            if not g.is_empty
        ]
        return {"type": "FeatureCollection", "features": features}

    countries = boundaries.countries()
    regions = boundaries.admin1()
    # Labels go where the map opens: the incident's bounds with a little to spare.
    view = box(bounds[0] - 1.5, bounds[1] - 1.0, bounds[2] + 1.5, bounds[3] + 1.0)
    found = (_country_label(r, view) for _, r in countries[countries.intersects(view)].iterrows())
    labels = [label for label in found if label is not None]
    labels += [
        {
            "lon": float(r["label_lon"]),
            "lat": float(r["label_lat"]),
            "text": str(r["name_local"] or r["name"]),
            "kind": "region",
        }
        for _, r in regions[regions["iso_a2"] == "PL"].iterrows()
        if frame.contains(shapely.Point(r["label_lon"], r["label_lat"]))
    ]
    return {
        "focus": "PL",
        "countries": collection(countries, ["iso_a2", "name"]),
        "admin1": collection(regions, ["iso_3166_2"]),
        "labels": sorted(labels, key=lambda label: (label["kind"], label["text"])),
    }


def _country_label(row: Any, frame: Any) -> dict[str, Any] | None:
    """Natural Earth's label point, or, when that lies outside the view, a point of the country well inside it."""
    point = shapely.Point(row["label_lon"], row["label_lat"])
    if not frame.contains(point):
        inside = shapely.intersection(row.geometry, frame.buffer(-0.3))
        if inside.area < MIN_LABEL_AREA_DEG2:
            return None  # a sliver at the edge: its label would spill over the neighbour
        point = inside.representative_point()
    return {"lon": round(point.x, 4), "lat": round(point.y, 4), "text": str(row["name"]), "kind": "country"}


def _source_table(incident: Incident) -> dict[str, Any]:
    return {
        s.id: {
            "number": i,
            "title": s.title,
            "publisher": s.publisher,
            "date": s.date.isoformat(),
            "url": s.url if s.url and s.url.startswith(("http://", "https://")) else None,
            "text": s.text.name if s.text else None,
        }
        for i, s in enumerate(incident.sources, start=1)
    }


def _overlays(
    layers: dict[str, gpd.GeoDataFrame], timezone: str
) -> list[tuple[str, dict[str, Any], list[dict[str, Any]]]]:
    """(control name, style spec, features) for each overlay; one per flight claim."""
    out = []
    names = [n for n in LAYER_STYLES if n in layers] + sorted(
        n for n in layers if n not in LAYER_STYLES and n != "flight_directions"
    )
    for name in names:
        style = LAYER_STYLES.get(
            name, {"title": name.replace("_", " ").capitalize(), "colour": "#555", "kind": "point"}
        )
        spec = {
            "key": name,
            "kind": style["kind"],
            "colour": style["colour"],
            "radius": style.get("radius", 7),
        }
        records = [_with_local_time(r, timezone) for r in feature_records(layers[name])]
        out.append((f"{style['title']} ({len(records)})", spec, records))
    for record, colour in _claims(layers):
        p = record["properties"]
        spec = {"key": f"flight_directions-{p['id']}", "kind": "flight", "colour": colour}
        label = f"Flight: {p['claim']} ({', '.join(p['claimed_by'])})"
        out.append((label, spec, [_with_local_time(record, timezone)]))
    return out


def _claims(layers: dict[str, gpd.GeoDataFrame]) -> list[tuple[dict[str, Any], str]]:
    """Each flight claim's feature and its colour, the same for its toggle and its legend row."""
    if "flight_directions" not in layers:
        return []
    records = feature_records(layers["flight_directions"])
    return [(r, CLAIM_COLOURS[i % len(CLAIM_COLOURS)]) for i, r in enumerate(records)]


def _with_local_time(record: dict[str, Any], timezone: str) -> dict[str, Any]:
    """Show a feature's time in the incident's time zone, as the title block does."""
    when = record["properties"].get("time")
    if not when:
        return record
    local = datetime.fromisoformat(when).astimezone(ZoneInfo(timezone)).strftime("%-d %b %Y %H:%M")
    return {**record, "properties": {**record["properties"], "time": f"{local} ({timezone})"}}


def _time_window(incident: Incident) -> str:
    zone = ZoneInfo(incident.timezone)

    def fmt(t: datetime) -> str:
        return t.astimezone(zone).strftime("%-d %b %Y %H:%M")

    return f"{fmt(incident.start)} – {fmt(incident.end)} ({incident.timezone})"


def _title_html(incident: Incident, sources: dict[str, Any]) -> str:
    e = html.escape
    items = []
    for s in sources.values():
        label = f"{e(s['publisher'])}: {e(s['title'])} ({e(s['date'])})"
        if s["url"]:
            label = (
                f'<a href="{e(s["url"], quote=True)}" target="_blank" rel="noopener noreferrer">{label}</a>'
            )
        elif s["text"]:
            label += f" — text on file: {e(s['text'])}"
        items.append(f"<li>{label}</li>")
    return (
        f"<h1>{e(incident.title)}</h1><div class='gm-when'>{e(_time_window(incident))}</div>"
        f"<p class='gm-summary'>{e(incident.summary)}</p>"
        f"<details><summary>Sources ({len(items)})</summary><ol class='gm-sources'>{''.join(items)}</ol></details>"
    )


def _legend_html(layers: dict[str, gpd.GeoDataFrame]) -> str:
    e = html.escape
    rows = []
    if "crash_sites" in layers:
        for status, colour in STATUS_COLOURS.items():
            rows.append(
                f"<li><span class='gm-swatch gm-dot' style='background:{colour}'></span>Crash site, {e(status)}</li>"
            )
        rows.append(
            "<li><span class='gm-swatch gm-ring'></span>Located only to a gmina or powiat (area of uncertainty)</li>"
        )
    for name, style in LAYER_STYLES.items():
        if name in layers and name != "crash_sites":
            shape = "gm-dot" if style["kind"] == "point" else "gm-box"
            rows.append(
                f"<li><span class='gm-swatch {shape}' style='background:{style['colour']}'></span>{e(style['title'])}</li>"
            )
    for record, colour in _claims(layers):
        p = record["properties"]
        rows.append(f"<li><span class='gm-swatch gm-line' style='background:{colour}'></span>"
                    f"{e(p['claim'])} — {e(', '.join(p['claimed_by']))}</li>")  # fmt: skip
    note = "Flight paths are schematic: they show each claim's direction, not tracks."
    return f"<h2>Legend</h2><ul>{''.join(rows)}</ul><p class='gm-note'>{e(note)}</p>"
