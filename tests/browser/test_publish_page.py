"""A page a newsroom can publish: every screen, labels, any layer, a table, keyboard, language, images.

Run in Debian's headless Chromium at the sizes readers use: a phone (390x844), an article embed
(740x500) and a desktop (1400x1000); and from the command line for PNG, PDF and embed snippets.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pages import COVERED_CONTROLS, Page, chromium

from geomap.build import build_incident, write_outputs
from geomap.cli import main

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
SIZES = {"phone": (390, 844), "embed": (740, 500), "desktop": (1400, 1000)}

# Rectangles of everything that covers the map, and of each crash site's symbol, in the viewport.
COVERS = """() => Array.from(document.querySelectorAll(
  '.gm-side-left > *, .gm-side-right > *, .gm-attribution, .leaflet-control, .gm-panel:not([hidden])'))
  .filter(e => e.offsetParent !== null && !e.hidden).map(e => { const r = e.getBoundingClientRect();
  return {x: r.left, y: r.top, w: r.width, h: r.height, what: e.className}; }).filter(r => r.w && r.h)"""
SITES = """() => geomap.overlays['crash_sites'].group.getLayers().filter(l => l.feature).map(l => {
  const p = geomap.map.latLngToContainerPoint(l.getLatLng()); const m = geomap.map.getContainer().getBoundingClientRect();
  return {id: l.feature.id, x: m.left + p.x, y: m.top + p.y}; })"""


@pytest.fixture(scope="module", params=list(SIZES))
def sized(request, browser, page_path):
    width, height = SIZES[request.param]
    page = Page(browser, page_path, width=width, height=height)
    yield request.param, page
    page.close()


def test_every_crash_site_is_in_view_and_uncovered(sized):
    name, page = sized
    width, height = SIZES[name]
    covers = page.js(COVERS)
    sites = page.js(SITES)
    assert len(sites) == 17
    for site in sites:
        assert 0 <= site["x"] <= width and 0 <= site["y"] <= height, (name, site)
        inside = [
            c["what"]
            for c in covers
            if c["x"] <= site["x"] <= c["x"] + c["w"] and c["y"] <= site["y"] <= c["y"] + c["h"]
        ]
        assert not inside, (name, site["id"], inside)
    assert page.errors == [] and page.outside == []


def test_small_screens_collapse_panels_to_buttons(sized):
    name, page = sized
    compact = page.js("geomap.compact()")
    assert compact == (name != "desktop")
    visible = page.js(
        "Array.from(document.querySelectorAll('.gm-panel')).filter(p => !p.hidden).map(p => p.id)"
    )
    if not compact:
        assert visible == ["gm-panel-about", "gm-panel-claims", "gm-panel-layers", "gm-panel-legend"]
        return
    assert visible == []
    for key in ("legend", "layers", "about", "claims", "table"):
        page.page.locator(f".gm-tool-{key}").click()
        shown = page.js(
            "Array.from(document.querySelectorAll('.gm-panel')).filter(p => !p.hidden).map(p => p.id)"
        )
        assert shown == [f"gm-panel-{key}"]  # one at a time
        assert page.page.locator(f".gm-tool-{key}").get_attribute("aria-expanded") == "true"
    page.page.keyboard.press("Escape")
    assert page.js("Array.from(document.querySelectorAll('.gm-panel')).filter(p => !p.hidden).length") == 0


# For the open panel: its rectangle, and for each map control or bar under it whether the panel is on top.
OPEN_PANEL = """() => { const panel = Array.from(document.querySelectorAll('.gm-panel'))
  .find(p => !p.hidden && p.getClientRects().length); const r = panel.getBoundingClientRect();
  const under = Array.from(document.querySelectorAll('.leaflet-control, .gm-time')).map(c => c.getBoundingClientRect())
  .filter(q => q.width && q.left < r.right && q.right > r.left && q.top < r.bottom && q.bottom > r.top)
  .map(q => panel.contains(document.elementFromPoint((Math.max(q.left, r.left) + Math.min(q.right, r.right)) / 2,
                                                     (Math.max(q.top, r.top) + Math.min(q.bottom, r.bottom)) / 2)));
  return {bottom: r.bottom, time: document.querySelector('.gm-time').getBoundingClientRect().top, under: under}; }"""


def test_an_open_panel_covers_the_map_controls_and_ends_above_the_time_bar(sized):
    name, page = sized
    if name == "desktop":
        return  # panels are columns beside the map there
    for key in ("about", "claims", "layers", "legend"):
        page.page.locator(f".gm-tool-{key}").click()
        panel = page.js(OPEN_PANEL)
        assert panel["bottom"] <= panel["time"] + 1, (name, key, panel)  # its end is not under the time bar
        assert all(panel["under"]), (name, key, panel)  # the zoom, full-screen and scale are beneath it
    page.page.keyboard.press("Escape")
    assert page.js("Array.from(document.querySelectorAll('.gm-panel')).filter(p => !p.hidden).length") == 0


# For each numbered source list: how much wider its widest number ("10. ") is than the room left for it.
SOURCE_NUMBERS = """() => Array.from(document.querySelectorAll('ol.gm-sources')).map(ol => {
  const c = document.createElement('canvas').getContext('2d'); const s = getComputedStyle(ol);
  c.font = s.fontSize + ' ' + s.fontFamily; const room = parseFloat(s.paddingLeft);
  return Math.max(...Array.from(ol.children).map(li => c.measureText(li.value + '. ').width)) - room; })"""


def test_two_digit_source_numbers_are_not_cut_off(browser, page_path):
    page = Page(browser, page_path)
    page.page.locator(".gm-source-list summary").click()  # the about panel's twelve sources
    page.open_popup("crash_sites", "wyryki-wola")  # cites sources 10 and 11
    over = page.js(SOURCE_NUMBERS)
    assert len(over) == 2 and max(over) <= 0, over
    page.close()


def test_labels_name_the_sites_without_overlapping(sized):
    name, page = sized
    labels = page.js("geomap.labels()")
    names = {lab["text"] for lab in labels if lab["kind"] == "feature"}
    boxes = [lab["box"] for lab in labels]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (
                a["x"] < b["x"] + b["w"]
                and b["x"] < a["x"] + a["w"]
                and a["y"] < b["y"] + b["h"]
                and b["y"] < a["y"] + a["h"]
            )
    assert any(lab["kind"] == "town" for lab in labels)  # a few basemap towns for orientation
    if name == "desktop":
        assert len(names) >= 16, names  # nearly every site is named at desktop size
    else:
        assert len(names) >= 8, names


def test_the_table_lists_every_feature_and_shows_it_on_the_map(browser, page_path, written):
    built, _ = written
    page = Page(browser, page_path)
    page.page.locator(".gm-tool-table").click()
    rows = page.page.locator(".gm-table tbody tr")
    claims = built.layers["flight_directions"]
    parts = (claims["kind"] != "claim").sum()  # a claim is one row, not one a drawn part
    areas = sum(len(frame) for name, frame in built.layers.items() if name.endswith("_uncertainty"))
    assert rows.count() == sum(len(frame) for frame in built.layers.values()) - parts - areas
    header = page.page.locator(".gm-table thead th").first
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "ascending"
    first = rows.first.locator(".gm-show").text_content()
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "descending"
    assert rows.first.locator(".gm-show").text_content() != first
    target = page.page.locator(".gm-show", has_text="Cześniki").first
    target.click()
    assert page.page.locator(".leaflet-popup-content h3").text_content() == "Cześniki"
    assert page.errors == []
    page.close()


def test_every_control_is_reachable_by_keyboard(browser, page_path):
    page = Page(browser, page_path, width=740, height=500)
    seen = []
    for _ in range(60):
        page.page.keyboard.press("Tab")
        seen.append(
            page.js(
                "document.activeElement.className + '|' + (document.activeElement.getAttribute('data-panel') || '')"
            )
        )
    for key in ("about", "claims", "legend", "layers", "table"):
        assert any(s.endswith("|" + key) for s in seen), key
    page.page.locator(".gm-tool-layers").focus()
    page.page.keyboard.press("Enter")
    assert page.js("document.activeElement.className") == "gm-close"  # focus moves into the opened panel
    page.page.keyboard.press("Tab")
    page.page.keyboard.press("Space")  # the first layer toggle
    assert page.js("document.querySelector('input[data-overlay]').checked") is False
    outline = page.js("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none")  # focus is visible
    page.close()


@pytest.mark.parametrize("size", [(320, 480), (768, 1024), (2560, 1440), (1024, 560)])
def test_no_error_at_any_size(browser, page_path, size):
    page = Page(browser, page_path, width=size[0], height=size[1])
    page.page.set_viewport_size({"width": size[1], "height": size[0]})  # and turned
    page.page.wait_for_timeout(100)
    assert page.errors == [] and page.js("geomap.labels().length") > 0
    page.close()


def _node_modules() -> str | None:
    found = os.environ.get("GEOMAP_NODE_MODULES")
    return found if found and (Path(found) / "axe-core" / "axe.min.js").is_file() else None


@pytest.mark.parametrize("fragment", ["", "#print"])
def test_axe_finds_no_accessibility_violation(browser, page_path, fragment):
    modules = _node_modules()
    if modules is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install axe-core (see .ci/run) and set GEOMAP_NODE_MODULES")
        pytest.skip("axe-core is not installed (set GEOMAP_NODE_MODULES)")
    page = Page(browser, page_path, bypass_csp=True, fragment=fragment)
    page.page.add_script_tag(path=str(Path(modules) / "axe-core" / "axe.min.js"))
    page.open_popup("crash_sites", "czesniki")
    page.page.wait_for_timeout(600)  # the popup fades in: measure contrast once it is opaque
    result = page.page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    problems = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    assert problems == []
    page.close()


def _variant(tmp_path: Path, seed: Path, edit) -> Path:
    for path in seed.parent.glob(seed.stem + ".*"):
        shutil.copy(path, tmp_path / path.name)
    copy = tmp_path / seed.name
    copy.write_text(edit(copy.read_text("utf-8")), "utf-8")
    return copy


def test_a_layer_with_any_name_is_styled_from_the_file_and_in_polish(browser, tmp_path, seed):
    def edit(text: str) -> str:
        text = text.replace("  language: en\n", "  language: pl\n")
        text = text.replace(
            "  airports:\n    title: Airports closed during the night\n    label: false\n",
            "  closed_airfields:\n    title: Zamknięte lotniska\n    description: W nocy 9–10 września.\n"
            "    colour: '#5b2c83'\n    marker: triangle\n    label: true\n    priority: 3\n",
        )
        return text.replace(
            "\n  airports:\n    - name: Rzeszów-Jasionka",
            "\n  closed_airfields:\n    - name: Rzeszów-Jasionka",
        )

    built = build_incident(_variant(tmp_path, seed, edit))
    write_outputs(built, layers_dir=tmp_path / "l", out_dir=tmp_path / "b")
    page = Page(browser, tmp_path / "b" / "pl-drones-2025-09-10.html")
    assert page.js("document.documentElement.lang") == "pl"
    assert page.page.locator(".gm-panel-legend h2").text_content() == "Legenda"
    legend = page.page.locator(".gm-panel-legend").text_content()
    assert "Zamknięte lotniska" in legend and "W nocy 9–10 września." in legend and "Potwierdzone" in legend
    toggles = page.page.locator(".gm-toggle-name").all_text_contents()
    assert "Zamknięte lotniska" in toggles
    assert (
        page.page.locator(".gm-layer-closed_airfields svg polygon").count() == 4
    )  # triangles, in the file's colour
    assert (
        page.page.locator(".gm-layer-closed_airfields svg polygon").first.get_attribute("fill") == "#5b2c83"
    )
    assert "Co podano" in page.open_popup("crash_sites", "czesniki")  # popup headings in Polish
    rejected = page.open_popup("crash_sites", "sobotka")  # what a rejected namesake is, in Polish too
    assert "Sobótka (miasto, Sobótka, Wrocław County" in rejected and "Sobótka (wieś, Bliżyn" in rejected
    assert page.errors == []
    page.close()


def test_static_images_and_embed_from_the_command_line(tmp_path, seed, capsys):
    chromium()
    args = ["build", str(seed), "--layers-dir", str(tmp_path / "l"), "--out", str(tmp_path / "b")]
    assert main([*args, "--png", "--size", "1200x675", "--pdf", "--embed"]) == 0
    out = capsys.readouterr().out
    png = (tmp_path / "b" / "pl-drones-2025-09-10.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(png[16:20], "big") == 1200 and int.from_bytes(png[20:24], "big") == 675
    pdf = (tmp_path / "b" / "pl-drones-2025-09-10.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1
    snippet = out.strip().splitlines()[-1]
    assert snippet.startswith(
        '<iframe src="pl-drones-2025-09-10.html" title="Russian drones in Polish airspace'
    )
    assert "aspect-ratio:" in snippet and "height=" not in snippet and 'allow="fullscreen"' in snippet
    assert main([*args, "--png", "--size", "print"]) == 0
    big = (tmp_path / "b" / "pl-drones-2025-09-10.png").read_bytes()
    # A5 landscape (210 x 148 mm) at 300 dpi, and the file says so (pHYs, pixels per metre).
    assert (int.from_bytes(big[16:20], "big"), int.from_bytes(big[20:24], "big")) == (2481, 1749)
    phys = big.index(b"pHYs")
    assert phys < big.index(b"IDAT")
    per_metre = int.from_bytes(big[phys + 4 : phys + 8], "big")
    assert big[phys + 12] == 1 and round(per_metre * 0.0254) == 300
    assert not (tmp_path / "b" / "pl-drones-2025-09-10.pdf").exists()  # the set has no PDF this time
    if shutil.which("pdftotext"):  # a vector PDF: its text is text
        text = subprocess.run(
            ["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True
        ).stdout.decode()
        text = " ".join(text.split())
        assert "Russian drones in Polish airspace" in text and "Cześniki" in text


def test_print_mode_shows_a_caption_and_no_controls(browser, page_path):
    page = Page(browser, page_path, width=1200, height=675, fragment="#print")
    caption = page.page.locator(".gm-caption")
    assert caption.is_visible() and "Russian drones" in caption.text_content()
    assert "Crash and debris sites" in caption.text_content()
    assert page.page.locator(".leaflet-control-zoom").is_visible() is False
    assert page.page.locator(".gm-toolbar").is_visible() is False
    assert json.loads(json.dumps(page.js("geomap.labels().length"))) > 10
    page.close()


# -- cooperative gestures: the page embedded in a real article ------------------------------------

PARAGRAPH = (
    "<p>"
    + "The night the drones came, the article said, the air-raid sirens sounded across the east. " * 8
    + "</p>"
)


@pytest.fixture(scope="module")
def article(page_path, written):
    """An article page around the --embed snippet: paragraphs above and below, the map in between."""
    from geomap.web.page import embed_ratio, embed_snippet

    ratio = embed_ratio(written[0].document["view"]["bounds"])
    snippet = embed_snippet(page_path.name, "Russian drones", ratio=ratio)
    path = page_path.parent / "article.html"
    path.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'><title>An article</title>"
        "<style>body{max-width:680px;margin:0 auto;padding:0 12px;font:18px/1.5 serif}</style></head><body>"
        f"<h1>Drones over Poland</h1>{PARAGRAPH * 4}{snippet}{PARAGRAPH * 6}</body></html>",
        "utf-8",
    )
    return path


class Article:
    """The article open in Chromium, scrolled to its map, and the map's frame."""

    def __init__(self, browser, path: Path, *, width: int, height: int, touch: bool = False):
        self.context = browser.new_context(
            viewport={"width": width, "height": height}, offline=True, has_touch=touch, is_mobile=touch
        )
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.as_uri(), wait_until="load")
        self.page.locator("iframe").scroll_into_view_if_needed()
        for _ in range(100):
            frames = [f for f in self.page.frames if f.url.endswith(".html") and f != self.page.main_frame]
            if frames and frames[0].evaluate("!!window.geomap"):
                break
            self.page.wait_for_timeout(100)
        else:
            raise AssertionError("the embedded map never got ready")
        self.frame = frames[0]
        self.frame.evaluate("geomap.map.invalidateSize()")
        self.page.wait_for_timeout(300)

    def centre(self) -> tuple[float, float]:
        self.page.locator("iframe").scroll_into_view_if_needed()
        self.page.wait_for_timeout(100)
        box = self.page.locator("iframe").bounding_box()
        assert box is not None
        return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2

    def scrolled(self) -> float:
        return self.page.evaluate("window.scrollY")

    def zoom(self) -> float:
        return self.frame.evaluate("geomap.map.getZoom()")

    def settled_zoom(self, moved_from: float, *, timeout_ms: int = 3000) -> float:
        """The map's zoom once it has left ``moved_from`` and its animation ended (or the timeout passed).

        A loaded machine runs Leaflet's zoom animation late: a fixed wait read the zoom before it moved.
        """
        # (polled from here: the page's CSP forbids the string a wait_for_function would evaluate)
        for _ in range(timeout_ms // 100):
            if self.zoom() != moved_from and not self.frame.evaluate("geomap.map._animatingZoom"):
                break
            self.page.wait_for_timeout(100)
        return self.zoom()

    def view(self) -> list[float]:
        return self.frame.evaluate("(() => { const c = geomap.map.getCenter(); return [c.lat, c.lng]; })()")

    def close(self):
        self.context.close()


@pytest.mark.parametrize("size", ["phone", "embed", "desktop"])
def test_in_an_article_the_wheel_scrolls_the_page_and_ctrl_wheel_zooms(browser, article, size):
    width, height = SIZES[size]
    art = Article(browser, article, width=width, height=height)
    assert art.page.locator("iframe").get_attribute("height") is None  # responsive: no fixed height
    zoom, top = art.zoom(), art.scrolled()
    art.page.mouse.move(*art.centre())
    for _ in range(3):
        art.page.mouse.wheel(0, 120)
        art.page.wait_for_timeout(120)
    art.page.wait_for_timeout(400)
    assert art.scrolled() > top + 100  # the article moved
    assert art.zoom() == zoom  # the map did not
    assert "Ctrl + scroll" in art.frame.locator(".gm-hint").text_content()
    assert "gm-hint-on" in (art.frame.locator(".gm-hint").get_attribute("class") or "")
    art.page.mouse.move(*art.centre())
    top = art.scrolled()
    art.page.keyboard.down("Control")
    art.page.mouse.wheel(0, -120)
    art.page.keyboard.up("Control")
    art.page.wait_for_timeout(700)
    assert art.zoom() > zoom and art.scrolled() == top  # Ctrl+wheel zooms the map, not the article
    assert art.errors == []
    art.close()


def test_in_an_article_a_click_lets_the_wheel_zoom_and_the_keyboard_still_zooms(browser, article):
    art = Article(browser, article, width=1400, height=1000)
    art.frame.evaluate("geomap.map.getContainer().focus()")
    zoom = art.zoom()
    art.page.keyboard.press("+")
    assert art.settled_zoom(zoom) > zoom  # keyboard focus zooms
    zoom, top = art.zoom(), art.scrolled()
    art.page.mouse.move(*art.centre())
    art.page.mouse.down()
    art.page.mouse.up()
    art.page.mouse.wheel(0, 120)
    assert (
        art.settled_zoom(zoom) < zoom and art.scrolled() == top
    )  # once the map is clicked, the wheel is the map's
    assert art.frame.locator(".gm-full-screen a").get_attribute("aria-label") == "Full screen"
    art.close()


@pytest.mark.parametrize("size", ["phone", "embed"])
def test_in_an_article_one_finger_scrolls_and_two_fingers_move_the_map(browser, article, size):
    width, height = SIZES[size]
    art = Article(browser, article, width=width, height=height, touch=True)
    cdp = art.context.new_cdp_session(art.page)

    def touch(kind: str, points: list[tuple[float, float]]) -> None:
        cdp.send(
            "Input.dispatchTouchEvent",
            {"type": kind, "touchPoints": [{"x": x, "y": y, "id": i} for i, (x, y) in enumerate(points)]},
        )

    x, y = art.centre()
    y = min(y, height - 200)  # room to drag upwards inside the frame
    view, zoom, top = art.view(), art.zoom(), art.scrolled()
    touch("touchStart", [(x, y)])
    for k in range(1, 11):
        touch("touchMove", [(x, y - 15 * k)])
        art.page.wait_for_timeout(16)
    touch("touchEnd", [])
    art.page.wait_for_timeout(600)
    assert art.scrolled() > top + 50  # the article moved under one finger
    assert art.view() == view and art.zoom() == zoom  # the map did not
    assert "two fingers" in art.frame.locator(".gm-hint").text_content()
    x, y = art.centre()
    top = art.scrolled()
    touch("touchStart", [(x - 20, y), (x + 20, y)])
    for k in range(1, 11):
        touch("touchMove", [(x - 20 - 8 * k, y + 5 * k), (x + 20 + 8 * k, y + 5 * k)])
        art.page.wait_for_timeout(16)
    touch("touchEnd", [])
    art.page.wait_for_timeout(600)
    assert art.zoom() > zoom and art.view() != view  # two fingers zoomed and panned the map
    assert abs(art.scrolled() - top) < 2
    assert art.errors == []
    art.close()


def test_the_page_on_its_own_keeps_the_wheel(browser, page_path):
    page = Page(browser, page_path, width=1400, height=1000)
    zoom = page.js("geomap.map.getZoom()")
    page.page.mouse.move(700, 500)
    page.page.mouse.wheel(0, -120)
    page.page.wait_for_timeout(700)
    assert page.js("geomap.map.getZoom()") > zoom  # full window, nothing to scroll: the wheel zooms
    assert page.js("document.querySelector('.gm-cooperative')") is None
    page.close()


# -- every site reachable: labels or numbers, a chooser, popups in view -----------------------------


def test_every_crash_site_is_labelled_or_numbered(sized):
    name, page = sized
    labels = page.js("geomap.labels()")
    sites = {s["id"] for s in page.js(SITES)}
    named = {lab["id"] for lab in labels if lab["kind"] == "feature"}
    numbered = {lab["id"]: lab for lab in labels if lab["kind"] == "number"}
    assert sites <= named | set(numbered), (name, sites - named - set(numbered))
    assert "wyryki-wola" in named  # `label: always` in the file: the house that was hit is named
    width, height = SIZES[name]
    for lab in numbered.values():  # each number is on the map, and the key names it
        box = lab["box"]
        assert (
            box["x"] >= 0 and box["x"] + box["w"] <= width and box["y"] >= 0 and box["y"] + box["h"] <= height
        )
    key = page.page.locator(".gm-panel-legend .gm-key-list li").all_text_contents()
    assert sorted(key) == sorted(f"{lab['number']} {lab['text']}" for lab in numbered.values())
    assert page.page.locator(".gm-callout:not(.gm-callout-key)").count() == len(numbered)


def _closest_pair(page) -> tuple[dict, dict]:
    sites = page.js(SITES)
    pairs = [(a, b) for i, a in enumerate(sites) for b in sites[i + 1 :]]
    return min(pairs, key=lambda p: (p[0]["x"] - p[1]["x"]) ** 2 + (p[0]["y"] - p[1]["y"]) ** 2)


def test_a_tap_on_sites_together_opens_a_chooser_and_escape_closes(browser, page_path):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, offline=True, has_touch=True, is_mobile=True
    )
    tab = context.new_page()
    tab.goto(page_path.as_uri(), wait_until="load")
    tab.wait_for_timeout(500)

    class Tab:
        page = tab

        @staticmethod
        def js(code):
            return tab.evaluate(code)

    a, b = _closest_pair(Tab)
    assert (a["x"] - b["x"]) ** 2 + (a["y"] - b["y"]) ** 2 < 12**2  # sites under 12 px apart on a phone
    tab.touchscreen.tap(a["x"], a["y"])
    tab.wait_for_timeout(400)
    chooser = tab.locator(".gm-chooser")
    heading = chooser.locator("h3").text_content()
    assert re.fullmatch(r"[2-9] sites here", heading), heading
    names = chooser.locator(".gm-choice-name").all_text_contents()
    ids = {a["id"], b["id"]}
    wanted = tab.evaluate(
        f"geomap.overlays.crash_sites.entries.filter(e => {json.dumps(sorted(ids))}.includes(e.feature.id))"
        ".map(e => e.feature.properties.name)"
    )
    assert set(wanted) <= set(names)
    other = next(n for n in wanted if n != names[0]) if len(set(wanted)) > 1 else wanted[0]
    chooser.locator(".gm-choice", has_text=other).first.tap()
    tab.wait_for_timeout(400)
    assert tab.locator(".leaflet-popup-content h3").text_content() == other
    tab.keyboard.press("Escape")
    tab.wait_for_timeout(300)
    assert tab.locator(".leaflet-popup").count() == 0  # Escape closes
    focused = tab.evaluate("document.activeElement.getAttribute('class') || ''")
    assert "gm-layer-crash_sites" in focused  # and focus is back on the symbol
    context.close()


@pytest.mark.parametrize("size", ["phone", "embed"])
def test_a_popup_stays_below_the_bars_and_scrolls_within_itself(browser, page_path, size):
    width, height = SIZES[size]
    page = Page(browser, page_path, width=width, height=height)
    sites = page.js(SITES)
    top_site = min(sites, key=lambda s: s["y"])  # the site nearest the title bar
    page.open_popup("crash_sites", top_site["id"])
    # The popup pans the map into view first: the box is clicked once the map stands still (CI,
    # under load, once found it closed after a click made while the pan was still running).
    for _ in range(60):
        if not page.js("!!(geomap.map._panAnim && geomap.map._panAnim._inProgress)"):
            break
        page.page.wait_for_timeout(50)
    page.page.locator(".leaflet-popup .gm-located summary").click()  # "How this was located" opens: it grows
    page.page.wait_for_timeout(700)
    assert page.page.locator(".leaflet-popup .gm-located").evaluate("d => d.open")  # and stays open
    popup = page.page.locator(".leaflet-popup").bounding_box()
    head = page.page.locator(".gm-header").bounding_box()
    bar = page.page.locator(".gm-time").bounding_box()
    assert popup is not None and head is not None and bar is not None
    assert popup["y"] >= head["y"] + head["height"] - 1, (popup, head)  # the name and the close button show
    assert popup["y"] + popup["height"] <= bar["y"] + 1, (popup, bar)
    content = page.page.locator(".leaflet-popup-content")
    assert page.page.locator(".leaflet-popup-close-button").is_visible()
    assert content.evaluate("c => getComputedStyle(c).overflowY") == "auto"
    _assert_facts_fit_and_no_control_covers(page)
    page.page.keyboard.press("Escape")
    page.page.wait_for_timeout(300)  # it fades out
    assert page.page.locator(".leaflet-popup").count() == 0
    assert page.js("document.querySelectorAll('.gm-under-popup').length") == 0
    assert page.errors == []
    page.close()


def _assert_facts_fit_and_no_control_covers(page: Page) -> None:
    content = page.page.locator(".leaflet-popup-content")
    # Every fact fits the popup's width (a long gazetteer id wraps, not cut at the edge) ...
    assert content.evaluate(
        "c => Array.from(c.querySelectorAll('.gm-facts dd, .gm-facts dt'))"
        ".every(d => d.getBoundingClientRect().right <= c.getBoundingClientRect().right + 1)"
    )
    # ... and no corner control lies over it (those it covers step aside while it is open).
    assert page.js(COVERED_CONTROLS) == 0


def test_on_a_desktop_the_located_facts_fit_the_popup(browser, page_path):
    width, height = SIZES["desktop"]
    page = Page(browser, page_path, width=width, height=height)
    for site in page.js(SITES):
        page.open_popup("crash_sites", site["id"])
        page.page.wait_for_timeout(300)
        page.page.locator(".leaflet-popup .gm-located summary").last.click()
        page.page.wait_for_timeout(300)
        _assert_facts_fit_and_no_control_covers(page)
        page.page.keyboard.press("Escape")
        page.page.wait_for_timeout(300)
    assert page.errors == []
    page.close()


def test_a_rejected_namesake_says_what_it_is_and_its_unit_is_not_another(browser, page_path):
    page = Page(browser, page_path, width=1400, height=1000)
    text = page.open_popup("crash_sites", "sobotka")
    # The town by the register's type, the villages by theirs; the gmina Sobótka, which holds the
    # town, is not listed as a second place; a place no register lists has no type.
    assert "Sobótka (town, Sobótka, Wrocław County, Lower Silesian Voivodeship)" in text
    assert "Sobótka (village, Bliżyn, Skarżysko County, Świętokrzyskie Voivodeship)" in text
    assert "Sobótka (settlement, Rogóźno, Grudziądz County" in text
    assert "Sobótka (Grabów, Łęczyca County" in text
    assert text.count("Wrocław County") == 1
    assert page.errors == []
    page.close()
    # On a phone: one candidate per line, under the label and across the popup (they ran together
    # as one paragraph, separated by semicolons, in the narrow second column before).
    page = Page(browser, page_path, width=390, height=844)
    page.open_popup("crash_sites", "sobotka")
    items = page.page.locator(".leaflet-popup .gm-located .gm-list li").all_text_contents()
    assert len(items) == 7 and not any(";" in item for item in items), items
    assert items[0] == "Sobótka (village, Bliżyn, Skarżysko County, Świętokrzyskie Voivodeship)"
    # the list and its label each take the popup's whole width (the label above the items)
    widths = page.page.locator(".leaflet-popup .gm-located").evaluate(
        "d => [d.querySelector('.gm-facts').clientWidth, d.querySelector('.gm-list').parentElement.clientWidth,"
        " d.querySelector('.gm-list').parentElement.previousElementSibling.clientWidth]"
    )
    assert widths[1] >= widths[0] - 1 and widths[2] >= widths[0] - 1, widths
    assert page.errors == []
    page.close()


# -- print-grade static outputs -----------------------------------------------------------------------

#: The print PNG's layout: 827 CSS pixels across A5's 8.27 inches, so 100 CSS pixels an inch.
PRINT_CSS_PER_INCH = 100

SMALLEST_TEXT = """() => { let least = 1e9, what = null;
  const walker = document.createTreeWalker(document.getElementById('gm-app'), NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const host = t.parentElement; if (!t.textContent.trim() || !host.getClientRects().length) continue;
    const style = getComputedStyle(host); if (style.visibility === 'hidden') continue;
    let hidden = false; for (let e = host; e; e = e.parentElement) if (getComputedStyle(e).display === 'none') hidden = true;
    if (hidden) continue;
    const size = parseFloat(style.fontSize); if (size < least) { least = size; what = t.textContent.trim().slice(0, 40); }
  } return [least, what]; }"""


def test_print_layout_text_is_at_least_7_points_with_scale_bar_locator_and_every_site(browser, page_path):
    page = Page(browser, page_path, width=827, height=583, fragment="#print")
    size, what = page.js(SMALLEST_TEXT)
    assert size / PRINT_CSS_PER_INCH * 72 >= 7, (size, what)
    assert page.page.locator(".leaflet-control-scale-line").is_visible()
    assert re.fullmatch(r"\d+ k?m", page.page.locator(".leaflet-control-scale-line").text_content())
    locator = page.page.locator(".gm-locator")
    assert locator.is_visible() and locator.locator("path").count() > 3  # countries, and the map's frame
    labels = page.js("geomap.labels()")
    shown = {lab["id"] for lab in labels if lab["kind"] in ("feature", "number")}
    assert {s["id"] for s in page.js(SITES)} <= shown  # every crash site labelled or numbered
    key = page.page.locator(".gm-caption .gm-key-list li").count()
    assert key == sum(lab["kind"] == "number" for lab in labels)  # and the caption's key lists the numbers
    cap = page.page.locator(".gm-caption").bounding_box()
    credit = page.page.locator(".gm-caption-credit").bounding_box()
    assert (
        cap and credit and credit["y"] + credit["height"] <= cap["y"] + cap["height"] + 1
    )  # nothing cut off
    assert page.errors == []
    page.close()


def test_the_a5_caption_of_the_pdf_and_svg_shows_all_it_holds(browser, page_path):
    # The PDF and the SVG are laid out at A5's size; their key of numbers is longer than the PNG's.
    page = Page(browser, page_path, width=794, height=559, fragment="#print=a5")
    overflow = page.js(
        "(() => { const c = document.querySelector('.gm-caption'); return c.scrollHeight - c.clientHeight; })()"
    )
    assert overflow <= 1, overflow  # the credits' last line is not cut off
    labels = page.js("geomap.labels()")
    shown = {lab["id"] for lab in labels if lab["kind"] in ("feature", "number")}
    assert {s["id"] for s in page.js(SITES)} <= shown
    assert page.page.locator(".gm-caption .gm-key-list li").count() == sum(
        lab["kind"] == "number" for lab in labels
    )
    assert page.errors == []
    page.close()


def test_pdf_fills_its_page_and_svg_has_a_group_a_layer_with_text_as_text(tmp_path, seed, written):
    chromium()
    args = ["build", str(seed), "--layers-dir", str(tmp_path / "l"), "--out", str(tmp_path / "b")]
    assert main([*args, "--pdf", "--svg"]) == 0
    pdf = tmp_path / "b" / "pl-drones-2025-09-10.pdf"
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "pdf")], check=True)
        from PIL import Image

        image = Image.open(next(tmp_path.glob("pdf*.png"))).convert("RGB")
        width, height = image.size
        band = image.crop(
            (int(width * 0.25), int(height * 0.93), int(width * 0.55), height)
        )  # the map, below
        assert len(band.getcolors(maxcolors=100000) or []) > 8  # drawn, not a blank band of one colour
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert fonts.count(" yes ") >= 1 and "no  " not in fonts.split("---\n", 1)[-1][:200]  # embedded

    from xml.etree import ElementTree

    path = tmp_path / "b" / "pl-drones-2025-09-10.svg"
    root = ElementTree.parse(path).getroot()
    ns = {"s": "http://www.w3.org/2000/svg"}
    ink = "{http://www.inkscape.org/namespaces/inkscape}"
    groups = {
        g.get("id"): g
        for g in root.iter("{http://www.w3.org/2000/svg}g")
        if g.get(ink + "groupmode") == "layer"
    }
    built, _ = written
    for name in (n for n in built.layers if not n.endswith("_uncertainty")):
        if name != "flight_directions":
            assert f"layer-{name}" in groups, name
            assert groups[f"layer-{name}"].get(ink + "label")
    assert any(k.startswith("layer-flight_directions-") for k in groups)  # one group a claim
    for kind in ("basemap", "labels", "callouts", "scale", "locator", "caption"):
        assert kind in groups, kind
    assert not list(root.iter("{http://www.w3.org/2000/svg}image")) and "foreignObject" not in path.read_text(
        "utf-8"
    )
    named = {"".join(t.itertext()) for t in groups["labels"].findall(".//s:text", ns)}
    key = " ".join("".join(t.itertext()) for t in groups["caption"].findall(".//s:text", ns))
    sites = built.layers["crash_sites"]["name"]
    for site in sites:  # every crash site named on the map, or numbered and named in the key
        assert site in named or site in key, site
    assert "Russian drones in Polish" in key
    if shutil.which("inkscape"):  # a vector editor reads it
        out = tmp_path / "svg.png"
        subprocess.run(
            ["inkscape", str(path), "--export-type=png", f"--export-filename={out}", "--export-width=800"],
            capture_output=True,
            check=True,
            timeout=120,
        )
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# -- claims at the right weight ---------------------------------------------------------------------

FANS = """() => Array.from(document.querySelectorAll('.gm-kind-fan')).map(p => ({
  claim: Array.from(p.classList).find(c => c.startsWith('gm-claim-')), opacity: +p.getAttribute('stroke-opacity'),
  width: +p.getAttribute('stroke-width') }))"""


def test_fans_are_faint_until_a_claim_is_selected_and_the_legend_says_what_they_are(browser, page_path):
    page = Page(browser, page_path)
    fans = page.js(FANS)
    assert fans and all(f["opacity"] <= 0.3 and f["width"] <= 1 for f in fans)  # all shown: faint
    sectors = page.js(
        "Array.from(document.querySelectorAll('.gm-kind-sector')).map(p => +p.getAttribute('stroke-opacity'))"
    )
    assert sectors and min(sectors) >= 0.9  # entry sectors stay strong
    claim = fans[0]["claim"]
    page.page.locator(".gm-claim-select input").first.check()
    after = page.js(FANS)
    chosen = [f for f in after if f["claim"] == claim]
    others = [f for f in after if f["claim"] != claim]
    assert chosen and all(f["opacity"] >= 0.9 for f in chosen)
    assert all(f["opacity"] == 0 for f in others)  # the other claims' fans step back
    page.page.locator(".gm-claim-select input").first.uncheck()
    assert all(f["opacity"] <= 0.3 for f in page.js(FANS))
    assert "not a flight path" in page.page.locator(".gm-panel-legend .gm-fan-note").text_content()
    assert page.errors == []
    page.close()


# -- a house style -------------------------------------------------------------------------------------

HOUSE = """name: The Daily Example
palette:
  status:
    confirmed: '#0b3d91'
  layers:
    airports: '#1a9850'
font:
  family: House Serif
  file: HouseSerif.ttf
credit: 'Graphic: The Daily Example / geomap'
logo: logo.png
"""


@pytest.fixture(scope="module")
def house(tmp_path_factory):
    folder = tmp_path_factory.mktemp("house")
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
    if not font.is_file():
        pytest.skip("Debian's fonts-dejavu-core is not installed")
    shutil.copy(font, folder / "HouseSerif.ttf")
    from PIL import Image

    Image.new("RGB", (120, 30), "#0b3d91").save(folder / "logo.png")
    (folder / "house.yaml").write_text(HOUSE, "utf-8")
    return folder / "house.yaml"


def test_a_house_style_colours_fonts_credits_and_signs_the_page_and_svg(browser, tmp_path, seed, house):
    chromium()
    args = ["build", str(seed), "--layers-dir", str(tmp_path / "l"), "--out", str(tmp_path / "b")]
    assert main([*args, "--style", str(house), "--svg"]) == 0
    page = Page(browser, tmp_path / "b" / "pl-drones-2025-09-10.html")
    fills = page.js(
        "Array.from(document.querySelectorAll('.gm-layer-crash_sites.gm-status-confirmed')).map(p => p.getAttribute('fill'))"
    )
    assert fills and set(fills) == {"#0b3d91"}  # the house palette, per status
    assert (
        page.page.locator(".gm-layer-airports svg polygon, .gm-layer-airports svg rect").first.get_attribute(
            "fill"
        )
        == "#1a9850"
    )
    assert page.js("document.fonts.check('12px \"House Serif\"')")  # the embedded font, offline
    assert "House Serif" in page.js("getComputedStyle(document.querySelector('.gm-title')).fontFamily")
    assert (
        page.page.locator(".gm-attribution").text_content().startswith("Graphic: The Daily Example / geomap")
    )
    logo = page.page.locator(".gm-header .gm-logo")
    assert (
        logo.get_attribute("src").startswith("data:image/png;base64,")
        and logo.get_attribute("alt") == "The Daily Example"
    )
    assert page.errors == [] and page.outside == []  # the CSP let it all in without a request
    page.close()
    svg = (tmp_path / "b" / "pl-drones-2025-09-10.svg").read_text("utf-8")
    assert 'font-family="&quot;House Serif&quot;' in svg and "Graphic: The Daily Example" in svg
    assert 'href="data:image/png;base64,' in svg  # the logo travels inside the SVG
    layers = (tmp_path / "l" / "pl-drones-2025-09-10" / "crash_sites.geojson").read_text("utf-8")
    assert layers == (ROOT / "layers" / "pl-drones-2025-09-10" / "crash_sites.geojson").read_text("utf-8")


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_show_on_map_and_labels_stay_clear_of_every_panel(browser, page_path, size):
    width, height = SIZES[size]
    page = Page(browser, page_path, width=width, height=height)
    page.page.locator(".gm-tool-table").click()
    for name in ("Oleśno", "Przymiarki", "Czyżów"):
        page.page.locator(".gm-show", has_text=name).first.click()
        page.page.wait_for_timeout(300)
        where = page.js(
            f"(() => {{ const l = geomap.overlays.crash_sites.group.getLayers().find(l => l.feature && l.feature.properties.name === {json.dumps(name)});"
            " const p = geomap.map.latLngToContainerPoint(l.getLatLng()); const m = geomap.map.getContainer().getBoundingClientRect();"
            " return {x: m.left + p.x, y: m.top + p.y}; })()"
        )
        covers = [c for c in page.js(COVERS) if "leaflet-control" not in c["what"]]
        under = [
            c["what"]
            for c in covers
            if c["x"] <= where["x"] <= c["x"] + c["w"] and c["y"] <= where["y"] <= c["y"] + c["h"]
        ]
        assert not under, (size, name, under)
        if size == "desktop":
            page.page.keyboard.press("Escape")
        else:
            page.page.keyboard.press("Escape")
            page.page.locator(".gm-tool-table").click()
    page.page.keyboard.press("Escape")
    labels = page.js("geomap.labels()")
    covers = page.js(COVERS)
    m = page.js(
        "(() => { const r = geomap.map.getContainer().getBoundingClientRect(); return {x: r.left, y: r.top}; })()"
    )
    for lab in labels:
        box = lab["box"]
        x, y = box["x"] + m["x"], box["y"] + m["y"]
        for c in covers:
            clash = (
                x < c["x"] + c["w"]
                and c["x"] < x + box["w"]
                and y < c["y"] + c["h"]
                and c["y"] < y + box["h"]
            )
            assert not clash or lab["kind"] == "number", (size, lab["text"], c["what"])
    page.close()
