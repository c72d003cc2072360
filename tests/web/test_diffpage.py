"""The diff page in a browser: what it draws for a change, and where it says so."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pages import Page

from geomap.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = "pl-drones-2025-09-10"

# The open tooltip's rectangle, and where the moved site's old symbol (drawn dashed) is, on screen.
TOOLTIP_AND_OLD = """() => { const t = document.querySelector('.leaflet-tooltip').getBoundingClientRect();
  const old = Array.from(document.querySelectorAll('.leaflet-overlay-pane path'))
    .find(p => p.getAttribute('stroke-dasharray') === '3 3').getBoundingClientRect();
  return {tip: [t.left, t.top, t.right, t.bottom], old: [(old.left + old.right) / 2, (old.top + old.bottom) / 2]}; }"""


@pytest.mark.browser
def test_a_moved_site_s_tooltip_leaves_its_old_place_in_view(browser, tmp_path, capsys):
    old = tmp_path / "old" / SEED
    shutil.copytree(ROOT / "layers" / SEED, old)
    path = old / "crash_sites.geojson"
    layer = json.loads(path.read_text("utf-8"))
    layer["features"][0]["geometry"]["coordinates"][0] -= 0.15  # it moved east by about 10 km since
    path.write_text(json.dumps(layer), "utf-8")
    out = tmp_path / "diff.html"
    main(["diff", str(old), str(ROOT / "layers" / SEED), "--html", str(out)])
    capsys.readouterr()
    for width, height in ((1400, 1000), (390, 844)):
        page = Page(browser, out, width=width, height=height, ready="window.geomapDiff")
        page.page.locator(".gm-change.gm-moved button").click()
        page.page.wait_for_timeout(400)
        seen = page.js(TOOLTIP_AND_OLD)
        (left, top, right, bottom), (x, y) = seen["tip"], seen["old"]
        assert not (left <= x <= right and top <= y <= bottom), (width, seen)  # the old place is not under it
        assert page.errors == []
        page.close()
