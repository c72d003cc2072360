"""The built map in a real browser (Debian's headless Chromium), with the network cut off.

Checks what a reader would see: Leaflet starts, every feature of every layer is drawn, each
toggle hides and shows its layer, popups show their quotes as text, nothing reaches another
host, and the console stays clean.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from hostile import PAYLOADS, write_hostile

from geomap.build import build_incident, write_outputs
from geomap.screenshot import QUIET_FLAGS

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "build" / "screenshots"


def _chromium() -> str:
    found = os.environ.get("GEOMAP_CHROMIUM") or shutil.which("chromium")
    if not found:
        if os.environ.get("CI"):
            pytest.fail("CI must install Debian's chromium for the browser tests (see .ci/run)")
        pytest.skip("Debian's chromium is not installed")
    return found


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    executable = _chromium()
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(
            executable_path=executable, args=[f for f in QUIET_FLAGS if f != "--headless"]
        )
        yield launched
        launched.close()


class Page:
    """A page opened offline: every request that is not file: or data: is recorded and refused."""

    def __init__(self, browser, html: Path):
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000}, offline=True)
        self.page = self.context.new_page()
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(html.as_uri())
        self.page.wait_for_function(
            "window.L && window.geomapLayers && Object.keys(window.geomapLayers).length > 0"
        )

    def _route(self, route):
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def drawn(self, key: str) -> int:
        return self.page.locator(f".gm-layer-{key}").count()


@pytest.fixture(scope="module")
def seed_page(browser, built, tmp_path_factory):
    out = tmp_path_factory.mktemp("browser")
    write_outputs(built, layers_dir=out / "layers", out_dir=out / "build")
    page = Page(browser, out / "build" / "pl-drones-2025-09-10.html")
    yield page, built
    page.context.close()


def test_leaflet_starts_and_nothing_leaves_the_page(seed_page):
    page, _ = seed_page
    assert page.page.evaluate("L.version") == "1.9.4"
    assert page.outside == []
    assert page.errors == []


def _overlay_keys(built):
    keys = {name: len(frame) for name, frame in built.layers.items() if name != "flight_directions"}
    keys.update({f"flight_directions-{fid}": 1 for fid in built.layers["flight_directions"]["id"]})
    return keys


def test_every_feature_is_drawn(seed_page):
    page, built = seed_page
    for key, count in _overlay_keys(built).items():
        assert page.drawn(key) == count, key
    assert page.page.locator(".gm-arrow").count() > 0  # arrowheads on the flight paths
    assert page.page.locator(".gm-uncertain").count() == 1  # Krzywowierzba-Kolonia, to its gmina
    assert page.page.locator(".leaflet-gm-basemap-pane path").count() >= 10  # countries and admin-1 lines
    labels = page.page.locator(".gm-label").all_text_contents()
    assert {"Poland", "Belarus", "Ukraine"} <= set(labels) and "Lublin" in labels


def test_each_toggle_hides_and_shows_its_layer(seed_page):
    page, built = seed_page
    labels = page.page.locator(".leaflet-control-layers-overlays label")
    assert labels.count() == len(_overlay_keys(built))
    for i, (key, count) in enumerate(_overlay_keys_in_control_order(page, built)):
        box = labels.nth(i).locator("input")
        box.click()
        assert page.drawn(key) == 0, key
        box.click()
        assert page.drawn(key) == count, key


def _overlay_keys_in_control_order(page, built):
    keys = _overlay_keys(built)
    names = page.page.evaluate(
        "Array.from(document.querySelectorAll('.leaflet-control-layers-overlays label span span')).map(s => s.textContent)"
    )
    order = []
    for name in names:
        key = next(k for k in keys if _matches(name, k, built))
        order.append((key, keys[key]))
    return order


def _matches(label: str, key: str, built) -> bool:
    if key.startswith("flight_directions-"):
        fid = key.removeprefix("flight_directions-")
        claim = built.layers["flight_directions"].set_index("id").loc[fid, "claim"]
        return label.strip().startswith(f"Flight: {claim}")
    titles = {
        "crash_sites": "Crash",
        "airports": "Airports",
        "border_regions": "Border",
        "alert_regions": "Regions",
    }
    return label.strip().startswith(titles[key])


def test_popup_shows_the_quote_as_text(seed_page):
    page, built = seed_page
    claim = built.layers["flight_directions"].set_index("id").loc["from-ukraine"]
    page.page.evaluate(
        "(() => { const g = geomapLayers['flight_directions-from-ukraine'];"
        " g.getLayers().find(l => l.feature).openPopup(); })()"
    )
    quote = page.page.locator(".leaflet-popup-content .gm-quote").first.text_content()
    assert claim["quotes"][0]["text"] in quote
    links = page.page.locator(".leaflet-popup-content a")
    assert all(links.nth(i).get_attribute("href").startswith("https://") for i in range(links.count()))


def test_crash_site_popup_says_how_it_was_geocoded(seed_page):
    page, _ = seed_page
    page.page.evaluate(
        "(() => { const g = geomapLayers['crash_sites'];"
        " g.getLayers().find(l => l.feature.id === 'krzywowierzba-kolonia').openPopup(); })()"
    )
    text = page.page.locator(".leaflet-popup-content").last.text_content()
    assert "gmina ±" in text and "not in the gazetteer" in text and "Dębowa Kłoda" in text


def test_screenshot(seed_page):
    page, built = seed_page
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{built.incident.id}.png"
    page.page.evaluate("document.querySelectorAll('.leaflet-popup-close-button').forEach(b => b.click())")
    page.page.screenshot(path=str(path))
    assert path.stat().st_size > 50_000


def test_hostile_text_stays_text(browser, tmp_path):
    built = build_incident(write_hostile(tmp_path))
    write_outputs(built, layers_dir=tmp_path / "layers", out_dir=tmp_path / "build")
    page = Page(browser, tmp_path / "build" / "hostile.html")
    page.page.evaluate("(() => { geomapLayers['crash_sites'].getLayers()[0].openPopup(); })()")
    popup = page.page.locator(".leaflet-popup-content")
    assert PAYLOADS["name"] in popup.locator("h3").text_content()
    assert PAYLOADS["reported"] in popup.text_content()
    assert page.page.locator(".leaflet-popup-content img, .leaflet-popup-content script").count() == 0
    assert json.dumps(page.dialogs) == "[]"
    assert page.outside == [] and page.errors == []
    page.context.close()


def test_build_png_writes_a_screenshot(tmp_path, seed):
    _chromium()
    from geomap.cli import main

    assert (
        main(["build", str(seed), "--layers-dir", str(tmp_path / "l"), "--out", str(tmp_path / "b"), "--png"])
        == 0
    )
    png = tmp_path / "b" / "pl-drones-2025-09-10.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 100_000  # a drawn map, not a blank page
