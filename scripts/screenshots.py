"""Render the README's screenshots of the seed map: phone, desktop, and the social card.

Writes ``docs/seed-phone.png`` (390x844), ``docs/seed-desktop.png`` (1400x1000) and
``docs/seed-social.png`` (``geomap build --png``'s print mode, 1200x675).  Needs Debian's
chromium.  Run: ``python scripts/screenshots.py``.
"""

from __future__ import annotations

from pathlib import Path

from geomap.build import build_incident
from geomap.web.screenshot import PRESETS, Size, render, screenshot

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def main() -> None:
    """Build the seed in memory and render its page three ways."""
    page = build_incident(ROOT / "seeds" / "pl-drones-2025-09-10.yaml").html
    DOCS.mkdir(exist_ok=True)
    shots = {
        "seed-phone.png": render(page, size=Size(390, 844)),
        "seed-desktop.png": render(page, size=PRESETS["desktop"]),
        "seed-social.png": screenshot(page, size=PRESETS["social"]),
    }
    for name, data in shots.items():
        (DOCS / name).write_bytes(data)
        print(f"{DOCS / name}: {len(data) / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
