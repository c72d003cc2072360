"""All layers of an incident in one GeoPackage that QGIS opens as the map draws it.

GIS tools want one geometry type per table and typed fields, so a layer whose features are of
several kinds (a border line and its band; a claim's sector, corridor and fan lines) becomes one
table per kind: ``border_regions_border``, ``border_regions_band``, ``flight_directions_sector``...
Times are DateTime fields, numbers numbers, lists and mappings JSON text; every feature's history
is also a table of its own, ``geomap_history``, one row an entry with its moment as a DateTime
(``at``), joined to the features on ``layer`` and ``id``.  Each table has a
default style in the ``layer_styles`` table (QGIS's own, as QML), in the map's colours.  Tables
are written in one vectorised call each (pyogrio), with a fixed date in GeoPackage's metadata so
that the same input gives the same bytes.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from geomap import vocab
from geomap.io.geojson import missing, normalise_geometries

#: Fields that hold ISO times, written as DateTime.
TIME_FIELDS = ("time", "window_start", "window_end", "as_of", "date", "known_from")
#: The table of history entries (named like ``geomap_metadata``: no layer of the file can take it).
HISTORY_TABLE = "geomap_history"
#: Properties that only style the GeoJSON (simplestyle-spec): the GeoPackage styles itself.
SIMPLESTYLE = (
    "marker-color",
    "marker-size",
    "marker-symbol",
    "stroke",
    "stroke-width",
    "stroke-opacity",
    "fill",
    "fill-opacity",
)
FIXED_DATE = "2000-01-01T00:00:00.000Z"


def tables(layers: Mapping[str, gpd.GeoDataFrame], /) -> dict[str, gpd.GeoDataFrame]:
    """Split layers into tables of one kind of feature each (a layer of one kind keeps its name)."""
    out: dict[str, gpd.GeoDataFrame] = {}
    for name, frame in layers.items():
        kinds = sorted(frame["kind"].dropna().unique()) if "kind" in frame and not frame.empty else []
        if len(kinds) <= 1:
            out[name] = frame
            continue
        for kind in kinds:
            out[f"{name}_{kind}"] = frame[frame["kind"] == kind]
    return out


def _typed(frame: gpd.GeoDataFrame) -> pd.DataFrame:
    """Columns as GIS types: DateTime for times, numbers, booleans, JSON text for lists and mappings."""
    frame = frame.drop(columns=[c for c in SIMPLESTYLE if c in frame]).sort_values("id")
    out = pd.DataFrame(index=range(len(frame)))
    for column in frame.columns:
        if column == frame.geometry.name:
            continue
        values = list(frame[column])
        present = [v for v in values if not missing(v)]
        if not present:
            continue
        if column in TIME_FIELDS:
            out[column] = pd.to_datetime(
                [None if missing(v) else v for v in values], utc=True, format="ISO8601"
            )
        elif all(isinstance(v, (bool, np.bool_)) for v in present):
            out[column] = pd.array([None if missing(v) else bool(v) for v in values], dtype="boolean")
        elif all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in present):
            out[column] = pd.array([None if missing(v) else int(v) for v in values], dtype="Int64")
        elif all(isinstance(v, (int, float, np.number)) and not isinstance(v, bool) for v in present):
            out[column] = [np.nan if missing(v) else float(v) for v in values]
        else:
            out[column] = [None if missing(v) else v if isinstance(v, str) else _json(v) for v in values]
    geoms = frame.geometry.values
    if frame.empty:
        return gpd.GeoDataFrame({"id": pd.Series([], dtype=str)}, geometry=gpd.GeoSeries([], crs="EPSG:4326"))
    if shapely.is_missing(geoms).all():
        return out
    return gpd.GeoDataFrame(out, geometry=_one_type(normalise_geometries(geoms)), crs="EPSG:4326")


def _json(value: Any) -> str:
    plain = value.tolist() if isinstance(value, np.ndarray) else value
    return json.dumps(plain, ensure_ascii=False, sort_keys=True, default=str)


def _one_type(geoms: np.ndarray) -> np.ndarray:
    """Promote to Multi* when a table mixes single and multi parts: one geometry type a table."""
    types = set(shapely.get_type_id(geoms[~shapely.is_missing(geoms)]).tolist())
    multi = {frozenset({1, 5}): shapely.MultiLineString, frozenset({3, 6}): shapely.MultiPolygon}.get(
        frozenset(types)
    )
    if multi is None:
        return geoms
    return np.array([g if g is None or g.geom_type.startswith("Multi") else multi([g]) for g in geoms])


def geopackage_bytes(
    layers: Mapping[str, gpd.GeoDataFrame],
    /,
    *,
    styles: Mapping[str, str] | None = None,
    metadata: Mapping[str, str] | None = None,
) -> bytes:
    """Return every layer in one GeoPackage (see the module docstring), as the bytes of the file.

    ``styles`` maps table names to QML documents for ``layer_styles``; ``metadata`` (the incident,
    its seed file, an as-of moment) goes to a ``geomap_metadata`` table of keys and values.
    """
    previous = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": FIXED_DATE})
    try:
        with tempfile.TemporaryDirectory(prefix="geomap-gpkg-") as tmp:
            path = Path(tmp) / "layers.gpkg"
            # GeoPackage 1.2: what every GDAL and QGIS in use reads without a warning.
            first: dict[str, Any] = {"dataset_options": {"VERSION": "1.2"}}
            for name, frame in tables(layers).items():
                typed = _typed(frame)
                multi: dict[str, Any] = (
                    {"promote_to_multi": False} if isinstance(typed, gpd.GeoDataFrame) else {}
                )
                if typed.empty:
                    multi["geometry_type"] = "Unknown"  # an empty layer: kept, so every layer has its table
                pyogrio.write_dataframe(typed, path, layer=name, driver="GPKG", **first, **multi)
                first = {}
            history = history_table(layers)
            if len(history):
                pyogrio.write_dataframe(history, path, layer=HISTORY_TABLE, driver="GPKG", **first)
                first = {}
            if styles:
                pyogrio.write_dataframe(
                    _layer_styles(styles), path, layer="layer_styles", driver="GPKG", **first
                )
            if metadata:
                keys = sorted(metadata)
                table = pd.DataFrame({"key": keys, "value": [metadata[k] for k in keys]})
                pyogrio.write_dataframe(table, path, layer="geomap_metadata", driver="GPKG")
            return path.read_bytes()
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": previous})


HISTORY_COLUMNS = ("layer", "id", "entry", "date", "at", "change", "status", "reported", "sources", "quotes")


def history_table(layers: Mapping[str, gpd.GeoDataFrame], /) -> pd.DataFrame:
    """Every feature's history, one row an entry, in the order of ``HISTORY_COLUMNS``.

    ``entry`` counts from 1; ``date`` is as written (a day or a time); ``at`` is the moment it
    counts from, a DateTime; ``sources`` and ``quotes`` are JSON text.
    """
    rows = []
    for name in sorted(layers):
        frame = layers[name]
        if "history" not in frame:
            continue
        for ident, history in zip(frame["id"], frame["history"], strict=True):
            for i, entry in enumerate(history if isinstance(history, (list, np.ndarray)) else [], start=1):
                rows.append(_history_row(name, ident, i, entry))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    table = pd.DataFrame(rows, columns=list(HISTORY_COLUMNS))
    table["entry"] = table["entry"].astype("int64")
    table["at"] = pd.to_datetime(table["at"], utc=True, format="ISO8601")
    return table


def _history_row(layer: str, ident: str, index: int, entry: Mapping[str, Any]) -> tuple[Any, ...]:
    sources, quotes = _json(entry.get("sources", [])), _json(entry.get("quotes", []))
    status, reported = entry.get("status"), entry.get("reported")
    return layer, ident, index, entry["date"], entry["at"], entry["change"], status, reported, sources, quotes


def _layer_styles(styles: Mapping[str, str]) -> pd.DataFrame:
    """QGIS's ``layer_styles`` table: one default style a table."""
    names = sorted(styles)
    return pd.DataFrame(
        {
            "f_table_catalog": [""] * len(names),
            "f_table_schema": [""] * len(names),
            "f_table_name": names,
            "f_geometry_column": ["geom"] * len(names),
            "styleName": names,
            "styleQML": [styles[n] for n in names],
            "styleSLD": [""] * len(names),
            "useAsDefault": [True] * len(names),
            "description": ["geomap's map style"] * len(names),
            "owner": [""] * len(names),
            "ui": [""] * len(names),
            "update_time": pd.to_datetime([FIXED_DATE] * len(names), utc=True),
        }
    )


# -- QGIS styles (QML) ------------------------------------------------------------------------
def _rgba(colour: str, alpha: float = 1.0) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"{r},{g},{b},{round(alpha * 255)}"


def _option(parent: ET.Element, name: str, value: str) -> None:
    ET.SubElement(parent, "Option", {"name": name, "value": value, "type": "QString"})


def _symbol(parent: ET.Element, index: int, geometry: str, paint: dict[str, Any]) -> None:
    kind = {"point": "marker", "line": "line", "area": "fill"}[geometry]
    symbol = ET.SubElement(
        parent,
        "symbol",
        {"type": kind, "name": str(index), "alpha": "1", "clip_to_extent": "1", "force_rhr": "0"},
    )
    layer_class = {"marker": "SimpleMarker", "line": "SimpleLine", "fill": "SimpleFill"}[kind]
    layer = ET.SubElement(symbol, "layer", {"class": layer_class, "enabled": "1", "pass": "0", "locked": "0"})
    options = ET.SubElement(layer, "Option", {"type": "Map"})
    colour = paint["colour"]
    if kind == "marker":
        _option(options, "name", paint.get("marker", "circle"))
        _option(options, "color", _rgba(colour))
        _option(options, "outline_color", _rgba(vocab.PANEL_COLOURS["background"]))
        _option(options, "size", "3.2")
    elif kind == "line":
        _option(options, "line_color", _rgba(colour, paint.get("opacity", 1.0)))
        _option(options, "line_width", f"{paint.get('width', 0.8):g}")
        _option(options, "line_width_unit", "MM")
        _option(options, "line_style", "dash" if paint.get("dash") else "solid")
    else:
        _option(options, "color", _rgba(colour, paint.get("fill_opacity", 0.15)))
        _option(options, "outline_color", _rgba(colour))
        _option(options, "outline_width", "0.3")
        _option(options, "outline_style", "dash" if paint.get("dash") else "solid")
        _option(options, "style", "solid")


def qml(
    geometry: str,
    categories: list[tuple[str, str, dict[str, Any]]],
    /,
    *,
    field: str | None = None,
    label_field: str | None = None,
) -> str:
    """Return a QGIS style (QML): one symbol, or one per value of ``field`` (value, label, paint).

    With ``label_field``, features are labelled with that field as the page labels them: bold, with a halo.
    """
    root = ET.Element(
        "qgis",
        {
            "version": "3.28.0",
            "styleCategories": "Symbology|Labeling" if label_field else "Symbology",
            "labelsEnabled": "1" if label_field else "0",
        },
    )
    if field is None:
        renderer = ET.SubElement(
            root, "renderer-v2", {"type": "singleSymbol", "symbollevels": "0", "forceraster": "0"}
        )
        symbols = ET.SubElement(renderer, "symbols")
        _symbol(symbols, 0, geometry, categories[0][2])
    else:
        renderer = ET.SubElement(
            root,
            "renderer-v2",
            {"type": "categorizedSymbol", "attr": field, "symbollevels": "0", "forceraster": "0"},
        )
        listing = ET.SubElement(renderer, "categories")
        symbols = ET.SubElement(renderer, "symbols")
        for i, (value, label, paint) in enumerate(categories):
            ET.SubElement(
                listing, "category", {"symbol": str(i), "value": value, "label": label, "render": "true"}
            )
            _symbol(symbols, i, geometry, paint)
    if label_field:
        settings = ET.SubElement(ET.SubElement(root, "labeling", {"type": "simple"}), "settings")
        text = ET.SubElement(
            settings,
            "text-style",
            {
                "fieldName": label_field,
                "isExpression": "0",
                "fontFamily": "DejaVu Sans",
                "fontSize": "8",
                "fontSizeUnit": "Point",
                "fontWeight": "75",
                "textColor": _rgba(vocab.PANEL_COLOURS["text"]),
                "textOpacity": "1",
            },
        )
        ET.SubElement(
            text,
            "text-buffer",
            {
                "bufferDraw": "1",
                "bufferSize": "0.8",
                "bufferSizeUnits": "MM",
                "bufferColor": _rgba(vocab.PANEL_COLOURS["background"]),
                "bufferOpacity": "1",
            },
        )
        ET.SubElement(settings, "placement", {"placement": "6", "dist": "1", "distUnits": "MM"})
        ET.SubElement(settings, "rendering", {"obstacle": "1", "drawLabels": "1"})
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + ET.tostring(
        root, encoding="unicode"
    )


def write_geopackage(layers: Mapping[str, gpd.GeoDataFrame], path: str | Path, /) -> None:
    """Write every layer into one GeoPackage at ``path``, whole or not at all."""
    from geomap.io.atomic import write_file

    write_file(Path(path), geopackage_bytes(layers))
