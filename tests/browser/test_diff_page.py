"""The diff page in a browser: what it draws for a change, and where it says so."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from diff_history import HOSTILE, _run
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


@pytest.mark.browser
def test_the_diff_page_in_a_browser(repo, tmp_path, monkeypatch, capsys, browser):
    from pages import Page

    root, (c1, c2, _) = repo
    out = tmp_path / "diff.html"
    _run(root, monkeypatch, capsys, "--git", f"{c1}..{c2}", "--html", str(out))
    page = Page(browser, out, ready="window.geomapDiff")
    try:
        assert page.errors == [] and page.outside == [] and page.dialogs == []
        items = page.page.locator(".gm-change")
        assert items.count() == 5
        kinds = [items.nth(i).get_attribute("data-change") for i in range(items.count())]
        assert sorted(kinds) == ["added", "added", "changed", "changed", "moved"]
        # The hostile text is shown as text, and did not become an element.
        assert HOSTILE in page.page.locator(".gm-change[data-id=wyhalew]").inner_text()
        assert page.js("document.querySelectorAll('.gm-changes img').length") == 0
        # Old and new Wohyń, the arrow between them (line + arrowhead), the new uncertainty circle if any.
        assert page.js("document.querySelectorAll('.leaflet-overlay-pane path').length") >= 6
        page.page.locator(".gm-change[data-id=wohyn] button").click()
        # fitBounds animates the zoom (about 250 ms): the map reports its new zoom when it ends.
        page.page.wait_for_function("geomapDiff.map.getZoom() >= 9", timeout=5000)
        assert page.js("geomapDiff.map.getZoom()") >= 9
        page.page.screenshot(path=str(tmp_path / "diff.png"))
    finally:
        page.close()


@pytest.mark.browser
def test_hostile_text_on_the_diff_page(hostile_diff, tmp_path, browser):
    from common import MARKER, PAYLOADS
    from pages import Page

    from geomap.web.diffpage import diff_page

    state, changes = hostile_diff
    out = tmp_path / "diff.html"
    out.write_text(diff_page(changes), "utf-8")
    page = Page(browser, out, ready="window.geomapDiff")
    try:
        sites = state["hostile"].layers["crash_sites"]
        for i, payload in enumerate(PAYLOADS):
            item = page.page.locator(f".gm-change[data-id=site-{i}]")
            assert item.locator(".gm-name").text_content() == sites[f"site-{i}"]["properties"]["name"]
            assert f"reported: {payload}" in [
                li.text_content() for li in item.locator(".gm-details li").all()
            ]
        assert page.js("document.title") == "geomap diff: <b>old</b> → {{ new }}"
        assert page.page.locator(".gm-changes img, .gm-changes script, .gm-changes iframe").count() == 0
        assert page.dialogs == [] and page.outside == [] and page.errors == []
        assert not (tmp_path / MARKER).exists()
    finally:
        page.close()
