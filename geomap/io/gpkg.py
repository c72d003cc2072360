"""All layers of an incident in one GeoPackage, with typed fields."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import fiona
import geopandas as gpd

from geomap.io.geojson import feature_records, missing


def _field_type(values: list[Any]) -> str:
    present = [v for v in values if not missing(v)]
    if present and all(isinstance(v, bool) for v in present):
        return "bool"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "int"
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "float"
    return "str"


def _field_value(value: Any, kind: str) -> Any:
    if missing(value):
        return None
    if kind == "str" and not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def geopackage_bytes(layers: Mapping[str, gpd.GeoDataFrame], /) -> bytes:
    """Return every layer in one GeoPackage, as the bytes of the file (lists and dicts as JSON text)."""
    with tempfile.TemporaryDirectory(prefix="geomap-gpkg-") as tmp:
        path = Path(tmp) / "layers.gpkg"
        # A fixed date keeps GeoPackage's last_change timestamps out of diffs.
        with fiona.Env(OGR_CURRENT_DATE="2000-01-01T00:00:00.000Z"):
            for name, frame in layers.items():
                _write_layer(path, name, feature_records(frame))
        return path.read_bytes()


def _write_layer(path: Path, name: str, records: list[dict[str, Any]]) -> None:
    keys: list[str] = []
    for r in records:
        keys += [k for k in r["properties"] if k not in keys]
    types = {k: _field_type([r["properties"].get(k) for r in records]) for k in keys}
    kinds = sorted({r["geometry"]["type"] for r in records})
    schema = {"geometry": kinds[0] if len(kinds) == 1 else "Unknown", "properties": types}
    with fiona.open(path, "w", driver="GPKG", layer=name, schema=schema, crs="EPSG:4326") as sink:
        for r in records:
            props = {k: _field_value(r["properties"].get(k), types[k]) for k in keys}
            sink.write(
                fiona.Feature.from_dict({"type": "Feature", "geometry": r["geometry"], "properties": props})
            )


def write_geopackage(layers: Mapping[str, gpd.GeoDataFrame], path: str | Path, /) -> None:
    """Write every layer into one GeoPackage at ``path``, whole or not at all."""
    from geomap.io.atomic import write_file

    write_file(Path(path), geopackage_bytes(layers))
