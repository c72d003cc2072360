"""What the data scripts share: where the package data lives and how it is written."""

from __future__ import annotations

import gzip
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "geomap" / "data"


def write_gzip(path: Path, text: str | bytes) -> None:
    """Gzip ``text`` (UTF-8) or bytes to ``path`` with a fixed header (no timestamp, no name): same input, same bytes."""
    with open(path, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, filename="") as gz:
        gz.write(text.encode("utf-8") if isinstance(text, str) else text)


def write_members(path: Path, texts: list[str]) -> list[tuple[int, int]]:
    """Write each text as a gzip member of its own (fixed header); return each member's (offset, size).

    The file is one gzip file all the same (``zcat`` prints the texts one after another); a reader
    that knows the spans decompresses one member without the others.
    """
    spans = []
    offset = 0
    with open(path, "wb") as fh:
        for text in texts:
            data = gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
            fh.write(data)
            spans.append((offset, len(data)))
            offset += len(data)
    return spans
