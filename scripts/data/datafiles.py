"""What the data scripts share: where the package data lives and how it is written."""

from __future__ import annotations

import gzip
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "geomap" / "data"


def write_gzip(path: Path, text: str) -> None:
    """Gzip ``text`` to ``path`` with a fixed header (no timestamp, no name): same input, same bytes."""
    with open(path, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, filename="") as gz:
        gz.write(text.encode("utf-8"))
