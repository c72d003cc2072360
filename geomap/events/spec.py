"""What an event table's columns mean for the map, and the page's limits."""

from __future__ import annotations

from dataclasses import dataclass

from geomap import vocab
from geomap.errors import OptionError

#: Categories drawn in colours of their own, most frequent first; the rest are "Other".
MAX_CATEGORIES = len(vocab.CATEGORY_COLOURS)

#: Columns a popup shows when none are named.
MAX_POPUP_COLUMNS = 12

#: Above this many events the page also carries a density grid, drawn while the view holds more
#: events than this; the events themselves appear as the reader zooms in.
GRID_ABOVE = 1_000_000

#: Above this many events the page carries the density grid alone.
MAX_EVENTS = 5_000_000

#: Values a categorical filter lists, most frequent first (the rest are one "other" box).
MAX_FILTER_VALUES = 40
#: Bars of a numeric filter's histogram.
FILTER_BARS = 24
#: The density view: where the points would overlap (the default), everywhere, or never.
DENSITY_VIEWS = ("auto", "on", "off")
#: Cells along the longer side of a density grid.
GRID_CELLS = 320


@dataclass(frozen=True)
class TableSpec:
    """What a table's columns mean for the map (see ``geomap map --help``)."""

    lon: str | None = None
    lat: str | None = None
    place: str | None = None
    hints: tuple[str, ...] = ()
    country: str | None = None
    category: str | None = None
    time: str | None = None
    popup: tuple[str, ...] | None = None
    title: str | None = None
    timezone: str = "UTC"
    key: str = "events"
    filters: tuple[str, ...] = ()
    density: str = "auto"
    size: str | None = None
    shade: str | None = None

    def __post_init__(self) -> None:
        if self.density not in DENSITY_VIEWS:
            raise OptionError(f"density {self.density!r}: give one of {', '.join(DENSITY_VIEWS)}")
