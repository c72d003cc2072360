"""Read a table page's islands back in Python: the document and every column, decoded as the page does.

An independent decoder of the format geomap/web/encode.py writes (raw deflate, byte planes,
delta-coded quantised coordinates, dictionary codes, chunked UTF-8), so that tests can check
what a page carries without a browser.
"""

from __future__ import annotations

import base64
import json
import re
import zlib
from typing import Any

import numpy as np

_DTYPES = {"u8": "<u1", "u16": "<u2", "u32": "<u4", "i32": "<i4", "f64": "<f8"}


def islands(html: str) -> tuple[dict[str, Any], bytes]:
    doc = json.loads(
        re.search(r'<script type="application/json" id="geomap-document">(.*?)</script>', html, re.S)[1]
    )
    found = re.search(
        r'<script type="application/octet-stream" id="geomap-columns">(.*?)</script>', html, re.S
    )
    return doc, base64.b64decode(found[1]) if found else b""


def _inflate(data: bytes) -> bytes:
    unpacker = zlib.decompressobj(-15)
    return unpacker.decompress(data) + unpacker.flush()


def _stream(blob: bytes, entry: dict[str, Any]) -> Any:
    raw = _inflate(blob[entry["offset"] : entry["offset"] + entry["length"]])
    if entry["type"] in ("utf8", "rows"):
        return raw
    dtype = np.dtype(_DTYPES[entry["type"]])
    planes = np.frombuffer(raw, dtype=np.uint8).reshape(dtype.itemsize, entry["count"])
    return planes.T.copy().view(dtype).ravel()


def _texts(lengths: np.ndarray, body: bytes) -> list[str]:
    ends = np.cumsum(lengths)
    starts = ends - lengths
    return [body[a:b].decode("utf-8") for a, b in zip(starts, ends, strict=True)]


def table_columns(html: str, key: str = "events") -> dict[str, Any]:
    """Every column of table ``key`` in the page's row order: lon, lat, category labels, times, cells."""
    doc, blob = islands(html)
    table = next(t for t in doc["tables"] if t["key"] == key)
    streams = {e["name"]: e for e in table["streams"]}
    get = {name: _stream(blob, e) for name, e in streams.items()}
    out: dict[str, Any] = {"doc": doc, "table": table}
    if not table["embedded"]:
        return out
    out["lon"] = np.cumsum(get[f"{key}.x"].astype(np.int64)) / 1e5
    out["lat"] = np.cumsum(get[f"{key}.y"].astype(np.int64)) / 1e5
    if table["categories"]:
        values = table["categories"]["values"]
        out["category"] = [
            values[c]["label"] if not values[c].get("other") else "<other>" for c in get[f"{key}.category"]
        ]
    if table["time"]:
        t = get[f"{key}.time"].astype(np.int64)
        out["time"] = np.where(t == -(2**31), -1, t + table["time"]["base"])
    for column in table["columns"]:
        name = column["stream"]
        if column["store"] == "dict":
            words = _texts(get[f"{name}.dict.len"], get[f"{name}.dict.utf8"])
            out[column["name"]] = [words[c] for c in get[f"{name}.codes"]]
        else:
            cells: list[str] = []
            for k in range(len([n for n in streams if n.startswith(f"{name}.t")])):
                entry = streams[f"{name}.t{k}"]
                raw = get[f"{name}.t{k}"]
                lengths = np.frombuffer(raw[: 4 * entry["count"]], dtype="<u4")
                cells += _texts(lengths, raw[4 * entry["count"] :])
            out[column["name"]] = cells
    return out


#: The page's shape kinds (geomap/events/shapes.py): point, line, multi-line, polygon, multi-polygon.
SHAPE_KINDS = {
    0: "Point",
    1: "LineString",
    2: "MultiLineString",
    3: "Polygon",
    4: "MultiPolygon",
    5: "MultiPoint",
}


def table_shapes(html: str, key: str = "events") -> list[Any]:
    """Every row's geometry as the page carries it (shapely, page order): lines and polygons whole,
    a multipoint's points, a point row as its point; read from the counts and delta-coded vertices
    alone."""
    import shapely

    doc, blob = islands(html)
    table = next(t for t in doc["tables"] if t["key"] == key)
    get = {e["name"]: _stream(blob, e) for e in table["streams"]}
    lon = np.cumsum(get[f"{key}.x"].astype(np.int64)) / 1e5
    lat = np.cumsum(get[f"{key}.y"].astype(np.int64)) / 1e5
    name = f"{key}.geom."
    x = np.cumsum(get[name + "x"].astype(np.int64)) / 1e5
    y = np.cumsum(get[name + "y"].astype(np.int64)) / 1e5
    rings_of_part, lengths = iter(get[name + "rings"].tolist()), iter(get[name + "len"].tolist())
    at = 0
    out: list[Any] = []
    for row, (kind, parts) in enumerate(zip(get[name + "kind"], get[name + "parts"], strict=True)):
        if not kind:
            out.append(shapely.Point(lon[row], lat[row]))
            continue
        made = []
        for _ in range(int(parts)):
            rings = []
            for _ in range(next(rings_of_part)):
                n = next(lengths)
                rings.append(np.column_stack([x[at : at + n], y[at : at + n]]))
                at += n
            if kind == 5:
                made.append(shapely.Point(rings[0][0]))
            else:
                made.append(
                    shapely.Polygon(rings[0], rings[1:]) if kind >= 3 else shapely.LineString(rings[0])
                )
        kind_name = SHAPE_KINDS[int(kind)]
        out.append(made[0] if kind in (1, 3) else getattr(shapely, kind_name)(made))
    assert at == len(x), "every vertex belongs to a ring"
    return out
