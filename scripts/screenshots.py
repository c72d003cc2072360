"""Render the README's screenshots: the seed map three ways, and a table of 100,000 events.

Writes ``docs/seed-phone.png`` (390x844), ``docs/seed-desktop.png`` (1400x1000),
``docs/seed-social.png`` (``geomap build --png``'s print mode, 1200x675) and
``docs/events-desktop.png`` (``geomap map`` on ``scripts/synthetic_events.py``'s 100,000 events)
with every event drawn (``--density off``), and ``docs/events-density.png`` (the same events in
the density view, as the page opens by default).
Needs Debian's chromium.  Run: ``python scripts/screenshots.py [events]`` (``events``: those two only).
"""

from __future__ import annotations

import sys
from pathlib import Path

from geomap.build import build_incident
from geomap.events.api import map_table
from geomap.web.screenshot import PRESETS, Size, render, screenshot

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from synthetic_events import events  # noqa: E402

DOCS = ROOT / "docs"


def main() -> None:
    """Build the seed in memory and render its page three ways; render the events table."""
    DOCS.mkdir(exist_ok=True)
    shots = {}
    if sys.argv[1:] != ["events"]:
        page = build_incident(ROOT / "seeds" / "pl-drones-2025-09-10.yaml").html
        shots["seed-phone.png"] = render(page, size=Size(390, 844))
        shots["seed-desktop.png"] = render(page, size=PRESETS["desktop"])
        shots["seed-social.png"] = screenshot(page, size=PRESETS["social"])
    shots["events-desktop.png"] = render(_events_page(density="off"), size=PRESETS["desktop"])
    shots["events-density.png"] = render(_events_page(), size=PRESETS["desktop"])
    for name, data in shots.items():
        (DOCS / name).write_bytes(data)
        print(f"{DOCS / name}: {len(data) / 1024:.0f} KiB")


def _events_page(density: str = "auto") -> str:
    table = events(100_000)
    return map_table(
        table,
        category="event_type",
        time="event_date",
        filters=("fatalities",),
        density=density,
        popup=("event_id_cnty", "event_date", "location", "actor1", "fatalities", "notes"),
        title="100,000 synthetic ACLED-like events, 2024–2025",
    ).html


if __name__ == "__main__":
    main()
