"""Columns, not JSON: how a table of up to a million events rides in one page.

A table's columns become typed arrays, each raw-deflated on its own and laid end to end in one
binary island (``<script type="application/octet-stream">``, base64).  The page inflates them
with the browser's ``DecompressionStream`` and draws from the arrays; no event becomes a JS object.

- **Coordinates** are quantised to 1e-5 degrees (about a metre), the rows sorted along a Morton
  curve so that neighbours follow each other, and each coordinate stored as the difference from the
  previous row's: mostly small numbers, and zero for events stacked on one point.
- **Numbers** are stored byte-plane by byte-plane (all first bytes, then all second bytes...), which
  deflate compresses far better than interleaved little-endian words.
- **Categories** and **repeated text** are dictionary codes, the dictionary written once.
- **Text** is UTF-8, one buffer per column, with each value's length in bytes; the page decodes a
  value only when a popup shows it, and only with ``textContent``.

The same columns always give the same bytes (a fixed compression level, no timestamps).
"""

from __future__ import annotations

import base64
import os
import zlib
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

#: Quantisation of coordinates: 1e-5 degrees, about 1.1 m of latitude.
SCALE = 100_000
#: Text with at most this share of distinct values is dictionary-coded.
DICTIONARY_SHARE = 0.5
#: Other text is cut into chunks of this many rows, each deflated alone: the page keeps them
#: compressed and inflates one when a popup needs a row of it.
TEXT_CHUNK = 4096
MISSING_TIME = -(2**31)
_TYPES = {
    np.dtype(np.int32): "i32",
    np.dtype(np.uint8): "u8",
    np.dtype(np.uint16): "u16",
    np.dtype(np.uint32): "u32",
    np.dtype(np.float64): "f64",
}


@dataclass
class Streams:
    """Typed arrays, each deflated on its own and described for the page (name, type, count, bytes).

    A stream is deflated as soon as it is added, on a pool of as many threads as there are cores
    (zlib releases the GIL), while the caller encodes the next columns and reads the basemap; a
    100,000-event page spends about half a second of CPU in zlib, most of it now hidden.  The
    order of the streams, and so the bytes, do not depend on the threads.
    """

    entries: list[dict[str, Any]] = field(default_factory=list)
    pending: list[Future[bytes]] = field(default_factory=list)
    chunks: list[bytes] | None = None
    #: False to encode without deflating (``geomap validate`` checks the columns, writes no page).
    deflate: bool = True
    _pool: ThreadPoolExecutor | None = field(default=None, repr=False)

    def add(self, name: str, array: np.ndarray) -> None:
        """Add a numeric array (stored byte-plane by byte-plane, little-endian)."""
        array = np.ascontiguousarray(array, dtype=array.dtype.newbyteorder("<"))
        width = array.dtype.itemsize
        raw = array.view(np.uint8).reshape(-1, width).T.tobytes() if width > 1 else array.tobytes()
        self._append(name, _TYPES[array.dtype.newbyteorder("=")], len(array), raw)

    def add_bytes(self, name: str, data: bytes, *, kind: str = "utf8", count: int | None = None) -> None:
        """Add raw bytes (UTF-8 text, or a chunk of text rows: ``kind="rows"``, ``count`` rows)."""
        self._append(name, kind, len(data) if count is None else count, data)

    def _append(self, name: str, kind: str, count: int, raw: bytes) -> None:
        if self.chunks is not None:
            raise ValueError("streams are finished; add no more")
        self.entries.append({"name": name, "type": kind, "count": count, "offset": 0, "length": 0})
        if not self.deflate:
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(
                max_workers=os.cpu_count() or 1, thread_name_prefix="geomap-deflate"
            )
        self.pending.append(self._pool.submit(_deflate, raw))

    def finish(self) -> None:
        """Wait for every stream's deflation and set each entry's offset and length in the island."""
        if self.chunks is not None:
            return
        try:
            self.chunks = (
                [future.result() for future in self.pending] if self.deflate else [b""] * len(self.entries)
            )
        finally:
            if self._pool is not None:
                self._pool.shutdown(cancel_futures=True)
            self.pending, self._pool = [], None
        offset = 0
        for entry, packed in zip(self.entries, self.chunks, strict=True):
            entry["offset"], entry["length"] = offset, len(packed)
            offset += len(packed)

    def base64(self) -> str:
        """Return every stream, end to end, as base64 text for the binary island."""
        self.finish()
        return base64.b64encode(b"".join(self.chunks or ())).decode("ascii")


def _deflate(raw: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)  # raw deflate: DecompressionStream("deflate-raw")
    return packer.compress(raw) + packer.flush()


def morton_order(lon: np.ndarray, lat: np.ndarray, /) -> np.ndarray:
    """Return the row order along a Morton (Z-order) curve over the points' bounding box; ties keep their order."""
    grid = []
    for v in (lon, lat):
        lo, hi = float(v.min()), float(v.max())
        grid.append(((v - lo) * (65535.0 / max(hi - lo, 1e-9))).astype(np.uint32))
    return np.argsort(_spread(grid[0]) | (_spread(grid[1]) << 1), kind="stable")


def _spread(v: np.ndarray) -> np.ndarray:
    """Put a zero bit between each of the 16 low bits of ``v``."""
    v = v.astype(np.uint64) & 0xFFFF
    v = (v | (v << 8)) & 0x00FF00FF
    v = (v | (v << 4)) & 0x0F0F0F0F
    v = (v | (v << 2)) & 0x33333333
    return (v | (v << 1)) & 0x55555555


def add_coordinates(streams: Streams, prefix: str, lon: np.ndarray, lat: np.ndarray) -> None:
    """Quantised, delta-coded coordinates (rows already in their final order)."""
    for axis, values in (("x", lon), ("y", lat)):
        q = np.round(values * SCALE).astype(np.int64)
        streams.add(f"{prefix}.{axis}", np.diff(q, prepend=0).astype(np.int32))


def smallest_codes(codes: np.ndarray, /) -> np.ndarray:
    """Return dictionary codes in the narrowest unsigned type that holds them."""
    top = int(codes.max(initial=0))
    kind = np.uint8 if top < 2**8 else np.uint16 if top < 2**16 else np.uint32
    return codes.astype(kind)


#: "" as an Arrow scalar made from buffers: converting a Python "" has pyarrow import pandas.
_EMPTY = pa.Array.from_buffers(
    pa.large_string(), 1, [None, pa.py_buffer(np.zeros(2, np.int64)), pa.py_buffer(b"")]
)[0]


def add_text(streams: Streams, prefix: str, values: pa.Array | pa.ChunkedArray) -> str:
    """Add a text column (nulls as empty); return how it was stored: ``"dict"`` or ``"text"``."""
    from geomap.io.tables import as_numpy

    values = _filled(values)
    encoded = pc.dictionary_encode(values)
    if len(encoded.dictionary) <= max(1, DICTIONARY_SHARE * len(values)):
        add_dictionary(streams, prefix, as_numpy(encoded.indices), encoded.dictionary)
        return "dict"
    _add_chunks(streams, prefix, values)
    return "text"


def add_dictionary(streams: Streams, prefix: str, codes: np.ndarray, dictionary: pa.Array) -> None:
    """Add text as a code a row and the texts they stand for (nulls as empty): how ``add_text`` stores "dict"."""
    streams.add(f"{prefix}.codes", smallest_codes(codes))
    _add_utf8(streams, f"{prefix}.dict", _filled(dictionary))


def add_rows(streams: Streams, prefix: str, values: pa.Array | pa.ChunkedArray) -> None:
    """Add text row by row in chunks (nulls as empty): how ``add_text`` stores "text"."""
    _add_chunks(streams, prefix, _filled(values))


def _filled(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    values = values.cast(pa.large_string())
    if values.null_count:  # else no copy of every string
        values = pc.fill_null(values, _EMPTY)
    return values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values


def _add_chunks(streams: Streams, prefix: str, values: pa.Array) -> None:
    """Text in chunks of :data:`TEXT_CHUNK` rows: each the rows' lengths (uint32), then their UTF-8."""
    for k, start in enumerate(range(0, len(values), TEXT_CHUNK)):
        part = values.slice(start, TEXT_CHUNK).cast(pa.large_string())
        offsets = np.frombuffer(part.buffers()[1], dtype=np.int64)[part.offset : part.offset + len(part) + 1]
        data = part.buffers()[2]
        body = (
            data.slice(int(offsets[0]), int(offsets[-1] - offsets[0])).to_pybytes()
            if data is not None
            else b""
        )
        lengths = np.diff(offsets).astype("<u4")
        streams.add_bytes(f"{prefix}.t{k}", lengths.tobytes() + body, kind="rows", count=len(part))


def _add_utf8(streams: Streams, prefix: str, values: pa.Array | pa.ChunkedArray) -> None:
    """UTF-8 bytes end to end, and each value's length in bytes."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    values = values.cast(pa.large_string())
    offsets = np.frombuffer(values.buffers()[1], dtype=np.int64)[
        values.offset : values.offset + len(values) + 1
    ]
    data = values.buffers()[2]
    body = (
        data.slice(int(offsets[0]), int(offsets[-1] - offsets[0])).to_pybytes() if data is not None else b""
    )
    streams.add(f"{prefix}.len", np.diff(offsets).astype(np.uint32))
    streams.add_bytes(f"{prefix}.utf8", body)
