"""Layers as RFC 7946 GeoJSON: byte-stable writing, and reading back.

GeoJSON output is byte-stable: features sorted by id, one feature a line,
coordinates rounded to 6 decimals (about 0.1 m), polygons with
counter-clockwise exterior rings, no ``crs`` member.  A foreign member
``geomap`` (RFC 7946 section 6.1) names the incident, the layer and the seed
file that built it, so that one seed cannot overwrite another's layers.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

import geopandas as gpd
import numpy as np
import shapely
from shapely.geometry import mapping

DECIMALS = 6


def normalise_geometries(geoms: Any, /) -> np.ndarray:
    """Round to ``DECIMALS`` and orient polygons as RFC 7946 asks (exterior counter-clockwise).

    Works on a whole array of geometries at once.
    """
    rounded = shapely.transform(np.asarray(geoms, dtype=object), lambda xy: np.round(xy, DECIMALS))
    invalid = ~shapely.is_valid(rounded)
    rounded[invalid] = shapely.make_valid(rounded[invalid])
    return shapely.orient_polygons(rounded, exterior_cw=False)


def plain(value: Any) -> Any:
    """Convert numpy scalars and containers to JSON-ready Python values."""
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (list, tuple, np.ndarray)):
        return [plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def missing(value: Any) -> bool:
    """Tell whether a cell is empty (None or NaN)."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def feature_records(frame: gpd.GeoDataFrame, /) -> list[dict[str, Any]]:
    """Return the layer's features as GeoJSON dicts, sorted by id, without empty properties."""
    frame = frame.sort_values("id")
    geoms = normalise_geometries(frame.geometry.values)
    columns = [c for c in frame.columns if c != frame.geometry.name]
    records = []
    for values, geom in zip(frame[columns].itertuples(index=False, name=None), geoms, strict=True):
        props = {k: plain(v) for k, v in zip(columns, values, strict=True) if not missing(v)}
        shape = mapping(geom) if geom is not None else None  # a claim that states no direction has none
        records.append({"type": "Feature", "id": props["id"], "geometry": shape, "properties": props})
    return records


def dumps(value: Any) -> str:
    """Compact JSON, UTF-8 text kept as is, NaN refused."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def to_geojson(frame: gpd.GeoDataFrame, /, *, meta: Mapping[str, Any] | None = None) -> str:
    """Serialise a layer as an RFC 7946 FeatureCollection, one feature a line."""
    lines = [dumps(f) for f in feature_records(frame)]
    head = '{"type":"FeatureCollection",'
    if meta:
        head += f'"geomap":{dumps(dict(meta))},'
    return head + '"features":[\n' + ",\n".join(lines) + ("\n" if lines else "") + "]}\n"


def read_geojson(text: str, /) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Return a FeatureCollection's ``geomap`` metadata and its features."""
    doc = json.loads(text)
    return dict(doc.get("geomap") or {}), list(doc["features"])
