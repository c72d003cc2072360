"""Density grids: events counted per cell, computed in one process or per Dask partition."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from geomap.events.spec import GRID_CELLS
from geomap.web import encode


@dataclass(frozen=True)
class Grid:
    """A density grid: events counted per cell of ``cell`` degrees from (``x0``, ``y0``)."""

    x0: float
    y0: float
    cell: float
    nx: int
    ny: int
    counts: np.ndarray | None = None

    @classmethod
    def over(cls, bounds: tuple[float, float, float, float], /) -> Grid:
        """Return an empty grid of about :data:`GRID_CELLS` cells along the longer side of ``bounds``."""
        x0, y0, x1, y1 = bounds
        cell = max(x1 - x0, y1 - y0, 1e-6) / GRID_CELLS
        return cls(x0, y0, cell, int((x1 - x0) // cell) + 1, int((y1 - y0) // cell) + 1)

    def count(self, lon: np.ndarray, lat: np.ndarray, /) -> np.ndarray:
        """Events per cell (row-major from the south-west corner) for these points (NaN skipped)."""
        ok = np.isfinite(lon) & np.isfinite(lat)
        col = np.clip(((lon[ok] - self.x0) // self.cell).astype(np.int64), 0, self.nx - 1)
        row = np.clip(((lat[ok] - self.y0) // self.cell).astype(np.int64), 0, self.ny - 1)
        return np.bincount(row * self.nx + col, minlength=self.nx * self.ny)

    def filled(self, lon: np.ndarray, lat: np.ndarray, /) -> Grid:
        """Return a copy of the grid with the points counted."""
        return Grid(self.x0, self.y0, self.cell, self.nx, self.ny, self.count(lon, lat))

    def entry(self, streams: encode.Streams, key: str) -> dict[str, Any]:
        """Return the grid for the page: its frame, and the cells with events (index, count) as streams."""
        counts = self.counts if self.counts is not None else np.zeros(self.nx * self.ny, dtype=np.int64)
        cells = np.flatnonzero(counts)
        streams.add(f"{key}.grid.cells", cells.astype(np.uint32))
        streams.add(f"{key}.grid.counts", counts[cells].astype(np.uint32))
        return {
            "x0": self.x0,
            "y0": self.y0,
            "cell": self.cell,
            "nx": self.nx,
            "ny": self.ny,
            "max": int(counts.max(initial=0)),
            "total": int(counts.sum()),
        }
