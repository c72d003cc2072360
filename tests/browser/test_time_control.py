"""The time control in Chromium: the slider moves what is drawn, counted, listed and said; the
keyboard, play and pause; a phone; a page without history has none.

The seed's history is told in tests/incident/test_time.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from common import AS_OF_MORNING, ONE_SITE, write_incident
from pages import Page


@pytest.fixture(scope="module")
def page(browser, written):
    _, out = written
    opened = Page(browser, out / "build" / "pl-drones-2025-09-10.html", width=1280, height=900)
    yield opened
    opened.close()


def _state(page: Page) -> dict:
    return page.js("""(() => {
      const drawn = {};
      document.querySelectorAll('.gm-layer-crash_sites, .gm-layer-later_finds').forEach(e => {
        const id = [...e.classList].find(c => c.startsWith('gm-status-'));
        const layer = e.classList.contains('gm-layer-crash_sites') ? 'crash_sites' : 'later_finds';
        drawn[layer + ':' + id.slice(10)] = (drawn[layer + ':' + id.slice(10)] || 0) + 1;
      });
      const counts = {};
      document.querySelectorAll('.gm-count-list dt').forEach(dt => {
        counts[dt.textContent] = dt.nextElementSibling.querySelector('strong')?.textContent || null;
      });
      return {drawn, counts, rows: document.querySelectorAll('.gm-table tbody tr').length,
              text: document.querySelector('.gm-time-text').textContent,
              label: document.querySelector('.gm-slider').getAttribute('aria-valuetext')};
    })()""")


def test_moving_the_slider_changes_the_features_and_the_counts(page, built):
    latest = _state(page)
    assert latest["drawn"] == {
        "crash_sites:confirmed": 16,
        "crash_sites:disputed": 1,
        "later_finds:reported": 5,
        "later_finds:reclassified": 1,
        "later_finds:excluded": 1,
    }
    assert latest["counts"]["sites found"] == "about 21"

    assert page.js(f"geomap.setTime('{AS_OF_MORNING}')") == "2025-09-10T07:00:00.000Z"
    morning = _state(page)
    assert morning["drawn"] == {"crash_sites:reported": 8}
    assert morning["counts"] == {
        "airspace violations": "19",
        "drones": None,
        "drones shot down": None,
        "sites found": "8",
    }
    assert "Sep 10, 2025, 09:00" in morning["text"] and morning["label"].startswith("As of")

    page.js("geomap.setTime('2025-09-13T00:00+02:00')")
    assert _state(page)["drawn"] == {"crash_sites:confirmed": 16, "crash_sites:reported": 1}
    page.js("geomap.setTime('2025-09-16T23:59:59+02:00')")
    assert _state(page)["drawn"] == {"crash_sites:confirmed": 16, "crash_sites:disputed": 1}
    page.js("geomap.setTime('2025-09-21T23:59:59+02:00')")
    final = _state(page)
    assert final["drawn"]["later_finds:excluded"] == 1
    assert final["rows"] == latest["rows"]


def test_the_table_and_popups_follow_the_time(page):
    page.js(f"geomap.setTime('{AS_OF_MORNING}')")
    rows = page.js("[...document.querySelectorAll('.gm-table tbody th')].map(th => th.textContent)")
    assert "Wyhalew" not in rows and "Czosnówka" in rows
    text = page.open_popup("crash_sites", "wyryki-wola")
    assert "Reported" in text and "missile" not in text  # what was known that morning
    page.js("geomap.setTime('2025-09-10T12:00+02:00')")
    assert "missile" in page.open_popup("crash_sites", "wyhalew")  # the 11:00 briefing's words
    page.js("geomap.setTime('2025-09-22T00:00+02:00')")
    text = page.open_popup("crash_sites", "wyhalew")
    assert "How the picture changed" in text and "Corrected" in text
    page.js("geomap.map.closePopup()")


def test_the_slider_works_from_the_keyboard(page):
    slider = page.page.locator(".gm-slider")
    slider.focus()
    page.page.keyboard.press("Home")
    assert _state(page)["drawn"] == {}
    assert "Sep 9, 2025, 23:30" in _state(page)["label"]
    page.page.keyboard.press("PageUp")  # the next change: the first drone found, 05:40
    assert _state(page)["drawn"] == {"crash_sites:reported": 1}
    assert "05:40" in _state(page)["text"]
    page.page.keyboard.press("ArrowRight")
    assert "05:41" in _state(page)["text"]
    page.page.keyboard.press("End")
    assert _state(page)["label"].endswith("(latest)")
    assert page.js("document.querySelector('.gm-latest').disabled")


def test_play_replays_and_pause_stops(page):
    page.js("geomap.setTime('2025-09-09T23:30+02:00')")
    play = page.page.locator(".gm-play")
    assert play.get_attribute("aria-label") == "Play"
    play.click()
    page.page.wait_for_timeout(1500)
    assert play.get_attribute("aria-label") == "Pause"
    play.click()
    moved = _state(page)["text"]
    assert moved != "Sep 9, 2025, 23:30"
    page.page.wait_for_timeout(300)
    assert _state(page)["text"] == moved  # paused
    page.page.locator(".gm-latest").click()
    assert _state(page)["label"].endswith("(latest)")


def _rect(page: Page, selector: str) -> dict:
    return json.loads(
        page.js(f"JSON.stringify(document.querySelector('{selector}').getBoundingClientRect())")
    )


def test_the_time_control_fits_a_phone(browser, written):
    _, out = written
    phone = Page(browser, out / "build" / "pl-drones-2025-09-10.html", width=390, height=844)
    try:
        box = _rect(phone, ".gm-time")
        assert box["left"] >= 0 and box["right"] <= 390 and box["bottom"] <= 844
        for selector in (".gm-play", ".gm-slider", ".gm-latest"):
            size = _rect(phone, selector)
            assert size["height"] >= 32 and size["width"] >= 32, selector  # big enough for a finger
        assert _rect(phone, ".leaflet-control-zoom")["bottom"] <= box["top"]  # the map's controls stay clear
        assert phone.errors == []
    finally:
        phone.close()


def test_a_page_without_history_has_no_time_control(browser, tmp_path):
    from geomap.build import build_incident

    seed = write_incident(tmp_path, ONE_SITE)
    html = tmp_path / "page.html"
    html.write_text(build_incident(seed).html, "utf-8")
    opened = Page(browser, Path(html))
    try:
        assert opened.js("document.querySelector('.gm-time')") is None
    finally:
        opened.close()
