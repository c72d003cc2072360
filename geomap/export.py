"""Write layers as RFC 7946 GeoJSON and as one GeoPackage.

GeoJSON output is byte-stable: features sorted by id, one feature a line,
coordinates rounded to 6 decimals (about 0.1 m), polygons with
counter-clockwise exterior rings, no ``crs`` member.  Files are written to a
temporary name and renamed, so a failed build never leaves half a file.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import fiona
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


def _plain(value: Any) -> Any:
    """Convert numpy scalars and containers to JSON-ready Python values."""
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (list, tuple, np.ndarray)):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def feature_records(frame: gpd.GeoDataFrame, /) -> list[dict[str, Any]]:
    """Return the layer's features as GeoJSON dicts, sorted by id, without empty properties."""
    frame = frame.sort_values("id")
    geoms = normalise_geometries(frame.geometry.values)
    records = []
    for (_, row), geom in zip(frame.drop(columns=frame.geometry.name).iterrows(), geoms, strict=True):
        plain = {k: _plain(v) for k, v in row.items()}
        props = {k: v for k, v in plain.items() if not _missing(v)}
        records.append({"type": "Feature", "id": props["id"], "geometry": mapping(geom), "properties": props})
    return records


def to_geojson(frame: gpd.GeoDataFrame, /) -> str:
    """Serialise a layer as an RFC 7946 FeatureCollection, one feature a line."""
    lines = [
        json.dumps(f, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        for f in feature_records(frame)
    ]
    body = ",\n".join(lines)
    return '{"type":"FeatureCollection","features":[\n' + body + ("\n" if lines else "") + "]}\n"


def geojson_files(layers: Mapping[str, gpd.GeoDataFrame], incident_id: str) -> dict[str, str]:
    """Relative path (``<incident-id>/<layer>.geojson``) -> file text, for every layer."""
    return {f"{incident_id}/{name}.geojson": to_geojson(frame) for name, frame in layers.items()}


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` and move it into place only on success."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        if os.path.exists(tmp):
            # mkstemp creates 0600; outputs are ordinary files, readable as the umask allows.
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_text(path: Path, text: str) -> None:
    """Write ``text`` atomically as UTF-8."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(text.encode("utf-8"))


def _field_type(values: list[Any]) -> str:
    present = [v for v in values if not _missing(v)]
    if present and all(isinstance(v, bool) for v in present):
        return "bool"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "int"
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "float"
    return "str"


def _field_value(value: Any, kind: str) -> Any:
    if _missing(value):
        return None
    if kind == "str" and not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def write_geopackage(layers: Mapping[str, gpd.GeoDataFrame], path: Path, /) -> None:
    """Write every layer into one GeoPackage with typed fields (lists and dicts as JSON text)."""
    with atomic_path(path) as tmp:
        tmp.unlink()
        # A fixed date keeps GeoPackage's last_change timestamps out of diffs.
        with fiona.Env(OGR_CURRENT_DATE="2000-01-01T00:00:00.000Z"):
            for name, frame in layers.items():
                _write_layer(tmp, name, feature_records(frame))


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
