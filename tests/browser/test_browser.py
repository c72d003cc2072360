"""The built map in a real browser (Debian's headless Chromium), with the network cut off.

Checks what a reader would see: Leaflet starts, every feature of every layer is drawn, each
toggle hides and shows its layer, popups show their text as text, nothing reaches another
host, the Content-Security-Policy refuses nothing the page needs, and the console stays clean.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from common import MARKER, PAYLOADS, hostile_incident
from pages import Page, chromium

from geomap.build import build_incident, write_outputs

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "build" / "screenshots"


@pytest.fixture(scope="module")
def seed_page(browser, written):
    built, out = written
    page = Page(browser, out / "build" / "pl-drones-2025-09-10.html")
    yield page, built
    page.close()


def test_leaflet_starts_and_nothing_leaves_the_page(seed_page):
    page, _ = seed_page
    assert page.js("L.version") == "1.9.4"
    assert page.outside == []
    assert page.errors == []  # a CSP refusal would be logged here


def test_the_page_reads_back_the_document_it_was_given(seed_page):
    page, built = seed_page
    assert json.loads(page.js("JSON.stringify(geomap.document)")) == json.loads(json.dumps(built.document))


def _overlays(built):
    keys = {
        name: len(frame)
        for name, frame in built.layers.items()
        if name != "flight_directions" and not name.endswith("_uncertainty")  # drawn with their points
    }
    claims = built.layers["flight_directions"]
    for cid in claims[(claims["kind"] == "claim") & claims["has_direction"].astype(bool)]["id"]:
        keys[f"flight_directions-{cid}"] = (
            (claims["claim_id"] == cid) & ~claims["kind"].isin(["claim", "overlap"])
        ).sum()
    keys["flight_directions-overlap"] = (claims["kind"] == "overlap").sum()
    return keys


def test_every_feature_is_drawn(seed_page):
    page, built = seed_page
    for key, count in _overlays(built).items():
        layer = key.split("-")[0]
        drawn = page.js(f"geomap.overlays[{json.dumps(key)}].group.getLayers().filter(l => l.feature).length")
        assert drawn == count, key
        assert page.drawn(layer) >= count, key
    assert page.page.locator(".gm-arrow").count() > 0  # arrowheads on the claimed directions
    uncertain = sum(
        frame["precision"].isin(["between", "admin3", "admin2"]).sum()
        for name, frame in built.layers.items()
        if "precision" in frame and not name.endswith("_uncertainty")
    )
    # "between" only: the register (PRNG) places the two gmina and one powiat fallbacks of old.
    assert page.page.locator(".gm-uncertain").count() == uncertain == 1
    assert page.page.locator(".leaflet-gm-basemap-pane path").count() >= 10
    labels = page.page.locator(".gm-label").all_text_contents()
    # Belarus's label point lies under the Layers panel at this size, and no label goes under a panel.
    assert {"Poland", "Ukraine"} <= set(labels)


def test_each_toggle_hides_and_shows_its_layer(seed_page):
    page, built = seed_page
    boxes = page.page.locator("input[data-overlay]")
    assert boxes.count() == len(_overlays(built))
    for i in range(boxes.count()):
        key = boxes.nth(i).get_attribute("data-overlay")
        shown = f"geomap.map.hasLayer(geomap.overlays[{json.dumps(key)}].group)"
        boxes.nth(i).click()
        assert page.js(shown) is False, key
        boxes.nth(i).click()
        assert page.js(shown) is True, key


def test_popup_shows_the_quote_as_text(seed_page):
    page, built = seed_page
    claim = built.layers["flight_directions"].set_index("id").loc["ordash"]
    page.open_popup("flight_directions-ordash", "ordash-corridor")
    quote = page.page.locator(".leaflet-popup-content .gm-quote").first.text_content()
    assert claim["quotes"][0]["text"] in quote
    links = page.page.locator(".leaflet-popup-content a")
    assert all(links.nth(i).get_attribute("href").startswith("https://") for i in range(links.count()))


def test_crash_site_popup_says_how_it_was_located(seed_page):
    page, _ = seed_page
    text = page.open_popup("crash_sites", "krzywowierzba-kolonia")
    # Once a gmina fallback; the Polish register (PRNG) knows the village: its id, match and units.
    assert "(prng:16895)" in text and "exact name" in text and "the place itself" in text
    assert "Dębowa Kłoda; Parczew County; Lublin Voivodeship" in text


def test_screenshot(seed_page):
    page, built = seed_page
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{built.incident.id}.png"
    page.js("geomap.map.closePopup()")
    page.page.screenshot(path=str(path))
    assert path.stat().st_size > 50_000


@pytest.fixture(scope="module")
def hostile_page(browser, tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    built = build_incident(hostile_incident(folder))
    write_outputs(built, layers_dir=folder / "layers", out_dir=folder / "build")
    os.chdir(folder)  # a command payload would write its marker file here
    page = Page(browser, folder / "build" / "hostile.html")
    yield page, built, folder
    page.close()
    os.chdir(ROOT)


def test_every_payload_appears_as_text_in_the_dom(hostile_page):
    page, built, folder = hostile_page
    sites = built.layers["crash_sites"].set_index("id")
    for i, payload in enumerate(PAYLOADS):
        page.open_popup("crash_sites", f"site-{i}")
        popup = page.page.locator(".leaflet-popup-content").last
        assert popup.locator("h3").text_content() == sites.loc[f"site-{i}", "name"]
        assert popup.locator(".gm-reported").text_content() == payload
        assert popup.locator(".gm-quote").text_content().startswith("\u201c" + payload + "\u201d")
        assert popup.locator("img, script, iframe, style, base, meta, a[href^='javascript']").count() == 0
    assert page.js("document.title") == built.incident.title
    assert page.page.locator(".gm-title").text_content() == built.incident.title
    assert built.incident.summary in page.page.locator(".gm-summary").text_content()
    assert page.dialogs == []
    assert page.outside == [] and page.errors == []
    assert page.js("document.querySelectorAll('body script').length") == 2  # the island and geomap's own
    assert not (folder / MARKER).exists() and not (ROOT / MARKER).exists()


def test_build_png_writes_a_screenshot(tmp_path, seed):
    chromium()
    from geomap.cli import main

    args = ["build", str(seed), "--layers-dir", str(tmp_path / "l"), "--out", str(tmp_path / "b"), "--png"]
    assert main(args) == 0
    png = tmp_path / "b" / "pl-drones-2025-09-10.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 100_000  # a drawn map, not a blank page


def test_the_folium_bridge_draws_the_same_text(browser, tmp_path):
    """Built.to_folium(): the page's own JS draws the document onto folium's map; payloads stay text."""
    built = build_incident(hostile_incident(tmp_path))
    path = tmp_path / "folium.html"
    path.write_text(built.to_folium().get_root().render(), "utf-8")
    page = Page(browser, path, ready="window.geomap && window.geomap.overlays")
    for i in (0, 1, 5, 10, 11, 21):
        page.open_popup("crash_sites", f"site-{i}")
        assert page.page.locator(".leaflet-popup-content .gm-reported").last.text_content() == PAYLOADS[i]
    assert page.js("geomap.map.getContainer().classList.contains('folium-map')")
    assert page.dialogs == []
    # folium's own CDN assets (jQuery, Bootstrap, fonts) are refused offline; nothing else may fail.
    assert all(u.startswith("https://") and "leaflet@" not in u for u in page.outside)
    assert [e for e in page.errors if "Failed to load resource" not in e] == []
    page.close()
