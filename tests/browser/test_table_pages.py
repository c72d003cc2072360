"""Event tables in Chromium: every row drawn and clickable, stacks, grids and density squares,
time windows, filters, selections by box and polygon, hostile cells, phones and accessibility.

The events are the canonical twenty of tests/event_tables.py, a stack of 260 and twenty thousand
synthetic ones (scripts/synthetic_events.py); the tests click real pixels in Debian's Chromium.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from common import MARKER, PAYLOADS
from event_tables import LOCATED, _geocode_places, _incident_with_table, _places_csv
from pages import COVERED_CONTROLS, Page

from geomap.cli import main
from geomap.events.api import map_table

ROOT = Path(__file__).resolve().parents[2]
READY = "window.geomap && geomap.ready()"


# -- in the browser ----------------------------------------------------------------------------


def _stacked(n: int = 260) -> pd.DataFrame:
    """``n`` events: 150 stacked on one point, the rest spread, with times over ten days."""
    rng = np.random.default_rng(5)
    lon = np.round(rng.uniform(22, 24, n), 5)
    lat = np.round(rng.uniform(50, 52, n), 5)
    lon[:150], lat[:150] = 23.1, 51.1
    return pd.DataFrame(
        {
            "id": [f"ev-{i:03d}" for i in range(n)],
            "lon": lon,
            "lat": lat,
            "kind": rng.choice(["A", "B", "C"], n),
            "day": (pd.Timestamp("2025-09-01") + pd.to_timedelta(rng.integers(0, 10, n), unit="D")).date,
        }
    )


@pytest.fixture(scope="module")
def stacked_page(browser, tmp_path_factory):
    out = tmp_path_factory.mktemp("stacked") / "stacked.html"
    map_table(_stacked(), out=out, category="kind", time="day")
    page = Page(browser, out, width=1280, height=900, ready=READY)
    yield page
    page.close()


def _click(page: Page, lat: float, lon: float, zoom: int = 12) -> str:
    point = page.js(
        f"(() => {{ geomap.map.closePopup(); geomap.map.setView([{lat}, {lon}], {zoom}, {{animate: false}});"
        f" const p = geomap.map.latLngToContainerPoint([{lat}, {lon}]); return [p.x, p.y]; }})()"
    )
    box = page.page.locator("#gm-map").bounding_box()
    page.page.mouse.click(box["x"] + point[0], box["y"] + point[1])
    page.page.wait_for_timeout(150)
    # "Show 100 more" until every row is shown, clicked in the page: a pointer click raced the popup's
    # redrawing on a loaded machine (the button hidden or replaced between finding and clicking it)
    for _ in range(20):
        clicked = page.js(
            "(() => { const b = [...document.querySelectorAll('.leaflet-popup .gm-show-more:not([hidden])')].pop();"
            " if (!b) return false; b.click(); return true; })()"
        )
        if not clicked:
            break
        page.page.wait_for_timeout(50)
    # the popup, grown, pans the map to fit (animated): what follows waits for the pan to end
    page.page.wait_for_timeout(400)
    return page.page.locator(".leaflet-popup-content").last.text_content()


def test_every_row_is_drawn_and_every_event_can_be_clicked(stacked_page):
    page = stacked_page
    page.js("geomap.fit()")
    assert page.js("geomap.events()[0].drawn") == 260
    df = _stacked()
    for _, event in df.iloc[150:].iterrows():  # the spread ones: each one found where it is drawn
        found = page.js(
            f"(() => {{ const p = geomap.map.latLngToContainerPoint([{event.lat}, {event.lon}]);"
            f" return geomap.eventsAt(p.x, p.y).map(f => f.index); }})()"
        )
        assert found, event.id
    text = _click(page, df.lat[200], df.lon[200])
    assert df.id[200] in text


def test_a_stack_lists_every_event_under_it_a_hundred_at_a_time(stacked_page):
    page = stacked_page
    point = page.js(
        "(() => { geomap.map.closePopup(); geomap.map.setView([51.1, 23.1], 12, {animate: false});"
        " const p = geomap.map.latLngToContainerPoint([51.1, 23.1]); return [p.x, p.y]; })()"
    )
    box = page.page.locator("#gm-map").bounding_box()
    page.page.mouse.click(box["x"] + point[0], box["y"] + point[1])
    page.page.wait_for_timeout(200)
    popup = page.page.locator(".leaflet-popup-content").last
    assert popup.locator("h3").text_content() == "150 events here"
    assert popup.locator(".gm-event").count() == 100
    assert popup.locator(".gm-show-more").text_content() == "Show 50 more"
    popup.locator(".gm-show-more").click()
    page.page.wait_for_timeout(200)
    assert popup.locator(".gm-event").count() == 150
    assert not popup.locator(".gm-show-more").is_visible()
    listed = popup.text_content()
    assert all(f"ev-{i:03d}" in listed for i in range(150))


def test_a_stack_lists_its_events_when_every_column_is_coded(browser, tmp_path):
    """No column stored as text (the category and the day are coded): the rows are listed all the same."""
    out = tmp_path / "coded.html"
    map_table(_stacked().drop(columns="id"), out=out, category="kind", time="day")
    page = Page(browser, out, width=1280, height=900, ready=READY)
    try:
        _click(page, 51.1, 23.1)
        popup = page.page.locator(".leaflet-popup-content").last
        assert popup.locator("h3").first.text_content() == "150 events here"
        assert popup.locator(".gm-event").count() == 150
        assert page.errors == []
    finally:
        page.close()


def test_time_and_categories_filter_what_is_drawn(stacked_page):
    page = stacked_page
    page.js("geomap.map.closePopup(); geomap.fit()")
    df = _stacked()
    page.js("geomap.setTime('2025-09-04T23:59:59Z')")
    assert page.js("geomap.events()[0].drawn") == int((pd.to_datetime(df.day) <= "2025-09-04").sum())
    assert "events shown" in page.js("document.querySelector('.gm-event-count').textContent")
    page.js("geomap.setTime('2025-09-30T00:00:00Z')")
    assert page.js("geomap.events()[0].drawn") == 260
    counts = page.js("geomap.document.tables[0].categories.values.map(v => [v.label, v.count])")
    label, count = counts[0]
    page.page.locator('#gm-panel-layers input[data-category="0"]').uncheck()
    assert page.js("geomap.events()[0].drawn") == 260 - count == 260 - int((df.kind == label).sum())
    page.page.locator('#gm-panel-layers input[data-category="0"]').check()
    page.page.locator('#gm-panel-layers input[data-table="events"]').uncheck()
    assert page.js("geomap.events()[0].drawn") == 0
    page.page.locator('#gm-panel-layers input[data-table="events"]').check()


def test_the_grid_gives_way_to_events_when_zoomed_in(browser, tmp_path):
    out = tmp_path / "grid.html"
    map_table(_stacked(), out=out, grid_above=200)  # 260 in all, 150 of them on one point
    page = Page(browser, out, ready=READY)
    try:
        assert page.js("geomap.events()[0].mode") == "grid"
        assert page.js("geomap.document.tables[0].grid.total") == 260
        page.js("geomap.map.setView([51.1, 23.1], 13, {animate: false})")
        assert page.js("geomap.events()[0].mode") == "events"
        assert page.errors == []
    finally:
        page.close()


def test_hostile_cells_and_column_names_stay_text(browser, tmp_path):
    n = len(PAYLOADS)
    df = pd.DataFrame({"lon": 22.0 + (np.arange(n) % 6) * 0.3, "lat": 50.0 + (np.arange(n) // 6) * 0.3})
    df["kind"] = PAYLOADS  # categories: the legend and the layer list
    for payload in PAYLOADS[:12]:  # column names
        df[payload] = PAYLOADS
    out = tmp_path / "hostile.html"
    map_table(
        df, out=out, category="kind", title=PAYLOADS[10], popup=("kind", *PAYLOADS[:12]), filters=("kind",)
    )
    html = out.read_text("utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html
    page = Page(browser, out, ready=READY)
    try:
        page.js(
            "document.querySelector('.gm-tool-layers') && document.querySelector('.gm-tool-layers').click()"
        )
        panel = page.js("document.getElementById('gm-panel-layers').textContent")
        named = page.js("geomap.document.tables[0].categories.values.filter(v => !v.other).map(v => v.label)")
        assert len(named) == 9  # the palette names nine, the rest are "Other"
        for label in named:
            assert label in PAYLOADS and label in panel
        filters = page.js("document.querySelector('.gm-tools-filters').textContent")
        assert all(p in filters for p in PAYLOADS[:40])  # every value a checkbox, as text
        for i in range(n):
            text = _click(page, float(df.lat[i]), float(df.lon[i]), zoom=11)
            assert PAYLOADS[i] in text, PAYLOADS[i]
            for name in PAYLOADS[:12]:
                assert name in text
        assert page.dialogs == [] and page.outside == [] and page.errors == []
        assert (
            page.js(
                "document.querySelectorAll('.leaflet-popup img, .leaflet-popup svg:not(.gm-symbol), .leaflet-popup iframe').length"
            )
            == 0
        )
        assert page.js("document.title") == PAYLOADS[10]
    finally:
        page.close()
    assert not (Path.cwd() / MARKER).exists()


def test_a_phone_gets_the_same_map(browser, tmp_path):
    out = tmp_path / "phone.html"
    map_table(_stacked(), out=out, category="kind", time="day")
    page = Page(browser, out, width=390, height=844, ready=READY)
    try:
        assert page.js("geomap.compact()") is True
        assert page.js("geomap.events()[0].drawn") == 260
        bar = json.loads(
            page.js("JSON.stringify(document.querySelector('.gm-time').getBoundingClientRect())")
        )
        assert bar["right"] <= 390 and bar["bottom"] <= 844
        # A stack's popup is taller than the phone's map: the corner controls it would cover (zoom,
        # scale, the tools) step aside while it is open, and come back when it closes.
        _click(page, 51.1, 23.1)
        assert page.js("document.querySelectorAll('.gm-under-popup').length") > 0
        assert page.js(COVERED_CONTROLS) == 0
        page.page.keyboard.press("Escape")
        assert page.js("document.querySelectorAll('.gm-under-popup').length") == 0
        assert page.errors == []
    finally:
        page.close()


def test_on_a_phone_a_popup_stays_above_the_sources_line(browser, tmp_path):
    # Without a time control, the sources' line (several lines on a phone) is the map's bottom bar.
    out = tmp_path / "phone.html"
    map_table(_stacked(), out=out, category="kind")
    page = Page(browser, out, width=390, height=844, ready=READY)
    try:
        _click(page, 51.1, 23.1)
        page.page.wait_for_timeout(400)  # the map pans the popup into view
        popup = page.page.locator(".leaflet-popup").bounding_box()
        credit = page.page.locator(".gm-attribution").bounding_box()
        assert popup is not None and credit is not None and credit["height"] > 40
        assert popup["y"] + popup["height"] <= credit["y"] + 1, (popup, credit)
        assert page.errors == []
    finally:
        page.close()


@pytest.mark.parametrize(
    ("width", "height", "opened"), [(390, 844, False), (740, 500, False), (1400, 1000, True)]
)
def test_the_tools_open_only_where_the_panels_lie_beside_the_map(browser, tmp_path, width, height, opened):
    # In an article's embed (740x500) the open tools covered a third of the map.
    out = tmp_path / "sizes.html"
    map_table(_stacked(), out=out, category="kind", time="day")
    page = Page(browser, out, width=width, height=height, ready=READY)
    try:
        assert page.js("document.querySelector('details.gm-tools').open") is opened
        assert page.js("geomap.compact()") is not opened
    finally:
        page.close()


# -- a table as a layer of an incident ---------------------------------------------------------


def test_an_incident_draws_its_event_table(browser, tmp_path):
    from geomap.build import build_incident

    built = build_incident(_incident_with_table(tmp_path))
    table = built.document["tables"][0]
    assert (table["count"], table["title"], table["sources"]) == (LOCATED, "Reported events", ["src"])
    assert built.document["timeline"]["days"]  # the table's days join the time control
    html = tmp_path / "page.html"
    html.write_text(built.html, "utf-8")
    page = Page(browser, html, ready=READY)
    try:
        page.js("geomap.map.setView([51, 23], 7, {animate: false})")
        assert page.js("geomap.events()[0].drawn") == LOCATED
        assert page.drawn("crash_sites") == 1
        assert page.errors == []
    finally:
        page.close()


def test_axe_finds_no_accessibility_violation_on_a_table_page(browser, tmp_path):
    import os

    modules = os.environ.get("GEOMAP_NODE_MODULES")
    if not modules or not (Path(modules) / "axe-core" / "axe.min.js").is_file():
        if os.environ.get("CI"):
            pytest.fail("CI must install axe-core (see .ci/run) and set GEOMAP_NODE_MODULES")
        pytest.skip("axe-core is not installed (set GEOMAP_NODE_MODULES)")
    out = tmp_path / "a11y.html"
    map_table(_stacked(), out=out, category="kind", time="day", grid_above=200)
    page = Page(browser, out, ready=READY, bypass_csp=True)
    try:
        page.page.add_script_tag(path=str(Path(modules) / "axe-core" / "axe.min.js"))
        _click(page, 51.1, 23.1, zoom=12)
        page.page.wait_for_timeout(600)  # the popup fades in: measure contrast once it is opaque
        result = page.page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        problems = [
            (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]
        ]
        assert problems == []
    finally:
        page.close()


# -- the density layer, summaries, time windows and filters in the browser ---------------------


def _dense() -> pd.DataFrame:
    """Twenty thousand synthetic events over Ukraine (scripts/synthetic_events.py) and a stack of
    300 on one point far from them, whose categories and times are known."""
    from synthetic_events import events

    df = events(20_000, seed=7).to_pandas()
    stack = pd.DataFrame(
        {
            "event_id_cnty": [f"STACK{i:03d}" for i in range(300)],
            "event_date": pd.Timestamp("2025-03-05").date(),
            "event_type": ["Riots"] * 200 + ["Protests"] * 100,
            "actor1": "Stack actor",
            "location": "Stackville",
            "latitude": 55.5,
            "longitude": 20.5,
            "fatalities": np.arange(300) % 4,
        }
    )
    stack.loc[0, "event_id_cnty"] = "=STACK000"  # a spreadsheet formula: inert in a CSV of the page's
    return pd.concat([df, stack], ignore_index=True)


@pytest.fixture(scope="module")
def dense(browser, tmp_path_factory):
    sys.path.insert(0, str(ROOT / "scripts"))
    df = _dense()
    out = tmp_path_factory.mktemp("dense") / "dense.html"
    map_table(
        df,
        out=out,
        category="event_type",
        time="event_date",
        popup=("event_id_cnty", "location", "actor1"),
        filters=("actor1", "fatalities"),
    )
    page = Page(browser, out, width=1280, height=900, ready=READY)
    yield page, df
    page.close()


def _fit(page: Page) -> None:
    page.js("geomap.map.closePopup(); geomap.fit()")
    page.page.wait_for_timeout(100)


def test_the_density_layer_counts_the_events_in_each_square_and_gives_way_when_zoomed_in(dense):
    page, df = dense
    _fit(page)
    assert page.js("geomap.events()[0].mode") == "density"
    bins = page.js(
        "(() => { const l = geomap.events()[0], g = l.bins, out = [];"
        " for (let b = 0; b < g.counts.length; b++) if (g.counts[b]) out.push([b % g.cols, Math.floor(b / g.cols), g.counts[b]]);"
        " return {css: g.css, bins: out, total: out.reduce((a, b) => a + b[2], 0)}; })()"
    )
    assert bins["total"] == len(df)  # every event in some square
    # The three fullest squares hold the events whose coordinates fall in them (read in Python).
    for col, row, count in sorted(bins["bins"], key=lambda b: -b[2])[:3]:
        corners = page.js(
            f"(() => {{ const a = geomap.map.containerPointToLatLng([{col * bins['css']}, {row * bins['css']}]),"
            f" b = geomap.map.containerPointToLatLng([{(col + 1) * bins['css']}, {(row + 1) * bins['css']}]);"
            " return [a.lat, a.lng, b.lat, b.lng]; })()"
        )
        inside = (
            (df.longitude >= corners[1])
            & (df.longitude < corners[3])
            & (df.latitude <= corners[0])
            & (df.latitude > corners[2])
        ).sum()
        assert abs(inside - count) <= max(3, 0.02 * count), (inside, count)
    legend = page.js("document.querySelector('.gm-ramp').textContent")
    assert "Events per square (16 px)" in legend and f"{max(b[2] for b in bins['bins']):,}" in legend
    # Hovering a square tells its count.
    col, row, count = max(bins["bins"], key=lambda b: b[2])
    box = page.page.locator("#gm-map").bounding_box()
    page.page.mouse.move(box["x"] + (col + 0.5) * bins["css"], box["y"] + (row + 0.5) * bins["css"])
    assert f"{count:,} events here" in page.js("document.querySelector('.gm-density-tip').textContent")
    # Zoomed in, the events themselves; the switch forces either view.
    page.js("geomap.map.setView([55.5, 20.5], 12, {animate: false})")
    assert page.js("geomap.events()[0].mode") == "events"
    page.page.locator(".gm-tools-view input[value=density]").check()
    assert page.js("geomap.events()[0].mode") == "density"
    _fit(page)
    page.page.locator(".gm-tools-view input[value=events]").check()
    assert page.js("geomap.events()[0].mode") == "events"
    page.page.locator(".gm-tools-view input[value=auto]").check()
    assert page.js("geomap.events()[0].mode") == "density"
    page.page.locator(".gm-tools-view input[type=checkbox]").check()  # dominant category
    assert "most frequent category" in page.js("document.querySelector('.gm-ramp').textContent")
    page.page.locator(".gm-tools-view input[type=checkbox]").uncheck()
    assert page.errors == []


def test_a_click_on_a_stack_shows_its_summary_before_its_rows(dense):
    page, _ = dense
    text = _click(page, 55.5, 20.5, zoom=13)
    popup = page.page.locator(".leaflet-popup-content").last
    assert popup.locator("h3").first.text_content() == "300 events here"
    summary = popup.locator(".gm-summary").text_content()
    assert "Riots 200 (67%)" in summary and "Protests 100 (33%)" in summary
    assert "event_date: Mar 5, 2025" in summary
    assert "Stack actor (300)" in summary and "Stackville (300)" in summary
    assert "total 450, highest 3" in summary  # fatalities: 0, 1, 2, 3 seventy-five times each
    assert page.js("document.querySelector('.leaflet-popup .gm-summary + ol') !== null")  # then the rows
    assert all(f"STACK{i:03d}" in text for i in range(300))  # STACK000 as "=STACK000", text as given


def test_a_click_on_a_density_square_answers_with_its_summary(dense):
    page, _ = dense
    _fit(page)
    col, row, count = page.js(
        "(() => { const g = geomap.events()[0].bins; let best = 0;"
        " for (let b = 0; b < g.counts.length; b++) if (g.counts[b] > g.counts[best]) best = b;"
        " return [best % g.cols, Math.floor(best / g.cols), g.counts[best]]; })()"
    )
    box = page.page.locator("#gm-map").bounding_box()
    page.page.mouse.click(box["x"] + (col + 0.5) * 16, box["y"] + (row + 0.5) * 16)
    page.page.wait_for_timeout(200)
    popup = page.page.locator(".leaflet-popup-content").last
    assert popup.locator("h3").first.text_content() == f"{count:,} events here"
    shares = popup.locator(".gm-summary-bars .gm-count").all_text_contents()
    assert sum(int(s.split(" ")[0].replace(",", "")) for s in shares) == count
    assert popup.locator(".gm-event").count() == min(100, count)


def test_each_density_count_is_drawn_in_the_colour_the_legend_gives_it(dense):
    page, _ = dense
    wrong = page.js(
        "(() => { const t = geomapTables, n = geomap.events()[0].options.density.length, out = [];"
        " for (const max of [1, 2, 3, 16, 81, 100, 1887]) { const rows = t.densityClasses(max, n);"
        "  for (let count = 1; count <= max; count++) {"
        "   const row = rows.find(r => r[1] <= count && count <= r[2]);"
        "   if (!row || t.densityClass(count, max, n) !== row[0]) out.push([max, count]); } }"
        " return out; })()"
    )
    assert wrong == []


def test_a_closed_popup_takes_no_clicks_while_it_fades_out(dense):
    """Leaflet fades a closed popup out over 200 ms: invisible, it must not catch the next click."""
    page, _ = dense
    _click(page, 55.5, 20.5, zoom=13)
    caught = page.js(
        "(() => { const p = document.querySelector('.leaflet-popup'), r = p.getBoundingClientRect();"
        " const t = p.querySelector('.leaflet-popup-tip').getBoundingClientRect();"
        " geomap.map.closePopup();"
        " const points = [[r.x + r.width / 2, r.y + r.height / 2], [t.x + t.width / 2, t.y + t.height / 2]];"
        " return document.body.contains(p) && points.map(([x, y]) => p.contains(document.elementFromPoint(x, y))); })()"
    )
    assert caught == [False, False]  # neither the body nor its tip (which Leaflet makes clickable)


def _week_counts(df: pd.DataFrame) -> pd.Series:
    days = pd.to_datetime(df.event_date)
    return days.dt.to_period("W-SUN").value_counts().sort_index()


def test_time_windows_show_a_day_a_week_a_month_or_a_dragged_range(dense):
    page, df = dense
    _fit(page)
    days = pd.to_datetime(df.event_date)
    weeks = _week_counts(df)
    page.page.locator(".gm-tools-time input[value=week]").check()
    assert page.js("geomap.events()[0].shown") == weeks.iloc[0]
    page.page.locator(".gm-tools-time .gm-window-step").last.click()  # the next week
    assert page.js("geomap.events()[0].shown") == weeks.iloc[1]
    assert page.js("document.querySelector('.gm-event-count').textContent") == (
        f"{weeks.iloc[1]:,} of {len(df):,} events shown"
    )
    page.page.locator(".gm-tools-time input[value=month]").check()
    first = days.min().to_period("M")
    assert page.js("geomap.events()[0].shown") == int((days.dt.to_period("M") == first).sum())
    page.page.locator(".gm-tools-time input[value=day]").check()
    assert page.js("geomap.events()[0].shown") == int((days == days.min()).sum())
    # A range dragged across the histogram: the events between its ends.
    canvas = page.page.locator(".gm-histogram").bounding_box()
    y = canvas["y"] + canvas["height"] / 2
    page.page.mouse.move(canvas["x"] + canvas["width"] * 0.25, y)
    page.page.mouse.down()
    page.page.mouse.move(canvas["x"] + canvas["width"] * 0.5, y, steps=4)
    page.page.mouse.up()
    window = page.js(
        "(() => { const l = geomap.events()[0]; return [l.base + l.window[0], l.base + l.window[1]]; })()"
    )
    seconds = (days - pd.Timestamp("1970-01-01")).dt.total_seconds()
    assert page.js("geomap.events()[0].shown") == int(((seconds >= window[0]) & (seconds <= window[1])).sum())
    assert page.js("document.querySelector('.gm-tools-time input[value=range]').checked")
    assert 0.2 < (window[1] - window[0]) / (seconds.max() - seconds.min()) < 0.3
    page.page.locator(".gm-tools-time input[value=off]").check()
    assert page.js("geomap.events()[0].shown") == len(df)
    assert page.errors == []


def test_filters_by_value_and_by_range_count_what_is_shown(dense):
    page, df = dense
    _fit(page)
    filters = page.js("geomap.document.tables[0].filters")
    actor = filters[0]["values"][0]
    assert actor["count"] == int((df.actor1 == actor["label"]).sum())
    page.page.locator(".gm-filter[data-filter=actor1] input").first.uncheck()
    assert page.js("geomap.events()[0].shown") == len(df) - actor["count"]
    page.page.locator(".gm-filter[data-filter=actor1] input").first.check()
    fatal = filters[1]
    assert fatal["kind"] == "number" and sum(fatal["histogram"]) == len(df)
    low = page.page.locator(".gm-filter[data-filter=fatalities] input[type=range]").first
    low.fill("6")
    edge = fatal["min"] + (fatal["max"] - fatal["min"]) * 6 / len(fatal["histogram"])
    expected = int((df.fatalities >= edge).sum())
    assert 0 < expected < len(df)
    assert page.js("geomap.events()[0].shown") == expected
    assert page.js("document.querySelector('.gm-event-count').textContent") == (
        f"{expected:,} of {len(df):,} events shown"
    )
    low.fill("0")
    assert page.js("geomap.events()[0].shown") == len(df)
    assert page.errors == []


def test_the_chain_geocode_table_then_map_in_the_browser(browser, tmp_path):
    path = _places_csv(tmp_path)
    geocoded = tmp_path / "geocoded.csv"
    assert _geocode_places(path, geocoded) == 0
    out = tmp_path / "chain.html"
    assert (
        main(["map", str(geocoded), "-o", str(out), "--popup", "event_id", "location", "geomap_status"]) == 0
    )
    written = pd.read_csv(geocoded)
    page = Page(browser, out, ready=READY)
    try:
        placed = written[written.geomap_lon.notna()]
        assert page.js("geomap.events()[0].n") == len(placed)
        notes = page.js("document.querySelector('.gm-table-notes').textContent")
        assert "chain.missing.csv" in notes and "not_found" in notes
        row = placed.iloc[0]
        text = _click(page, float(row.geomap_lat), float(row.geomap_lon), zoom=13)
        assert row.event_id in text and "resolved" in text
        assert page.errors == []
    finally:
        page.close()


def _stack_on_screen(page: Page, zoom: int) -> tuple[float, float]:
    """Show the dense table's stack (55.5 N, 20.5 E) at ``zoom``, no popup open; return where it is on the page."""
    page.js(f"geomap.map.closePopup(); geomap.map.setView([55.5, 20.5], {zoom}, {{animate: false}})")
    box = page.page.locator("#gm-map").bounding_box()
    x, y = page.js(
        "(() => { const p = geomap.map.latLngToContainerPoint([55.5, 20.5]); return [p.x, p.y]; })()"
    )
    return box["x"] + x, box["y"] + y


def test_a_box_selects_events_with_their_summary_and_a_csv_of_them(dense):
    page, _ = dense
    x, y = _stack_on_screen(page, 9)
    page.page.locator(".gm-select-start").click()
    page.page.mouse.move(x - 40, y - 40)
    page.page.mouse.down()
    page.page.mouse.move(x + 40, y + 40, steps=5)
    page.page.mouse.up()
    result = page.page.locator(".gm-selection")
    assert result.locator(".gm-selection-count").text_content() == "300 events selected"
    assert "Riots 200 (67%)" in result.locator(".gm-summary").text_content()
    with page.page.expect_download() as download:
        result.locator(".gm-select-csv").click()
    rows = pd.read_csv(download.value.path(), dtype=str, keep_default_na=False)
    assert list(rows.columns) == [
        "lon",
        "lat",
        "event_type",
        "event_date",
        "event_id_cnty",
        "location",
        "actor1",
    ]
    assert len(rows) == 300 and set(rows.location) == {"Stackville"} and set(rows.lon) == {"20.50000"}
    assert "'=STACK000" in set(rows.event_id_cnty)  # neutralised, never a formula
    assert sorted(rows.event_id_cnty)[1:] == [f"STACK{i:03d}" for i in range(1, 300)]
    assert page.errors == []


def test_hovering_an_event_names_it(dense):
    page, _ = dense
    page.page.mouse.move(*_stack_on_screen(page, 12))
    tip = page.js("document.querySelector('.gm-density-tip').textContent")
    assert tip.startswith(("Riots", "Protests")) and "Mar 5, 2025" in tip and "and 299 more here" in tip


def test_size_and_colour_by_a_numeric_column(browser, tmp_path):
    from geomap import vocab

    df = pd.DataFrame(
        {
            "lon": [21.0, 23.0, 25.0, 27.0],
            "lat": [50.0, 50.0, 50.0, 50.0],
            "fatalities": [0.0, 10.0, 100.0, None],
        }
    )
    out = tmp_path / "scaled.html"
    map_table(df, out=out, size="fatalities", shade="fatalities")
    page = Page(browser, out, ready=READY)
    try:
        page.js("void geomap.map.setView([50, 24], 7, {animate: false})")
        probe = """(() => { const l = geomap.events()[0], c = document.querySelector('canvas.gm-events');
          const g = c.getContext('2d'), out = [], ratio = window.devicePixelRatio || 1;
          for (const lon of [21, 23, 25, 27]) {
            const p = geomap.map.latLngToContainerPoint([50, lon]), x = Math.round(p.x * ratio), y = Math.round(p.y * ratio);
            const box = g.getImageData(x - 60, y - 60, 121, 121).data; let area = 0;
            for (let k = 3; k < box.length; k += 4) if (box[k] > 0) area++;
            const d = g.getImageData(x, y, 1, 1).data; out.push([area, [d[0], d[1], d[2]]]);
          } return out; })()"""
        dots = page.js(probe)
        areas = [d[0] for d in dots]  # the pixels each dot paints (whichever pixel is its centre)
        assert areas[0] < areas[1] < areas[2] and areas[3] == areas[0]  # no value: the smallest

        def rgb(hex_: str) -> list[int]:
            return [int(hex_[i : i + 2], 16) for i in (1, 3, 5)]

        ramp = vocab.SCALE_COLOURS
        assert dots[0][1] == rgb(ramp[0]) and dots[2][1] == rgb(ramp[-1]) and dots[1][1] == rgb(ramp[0])
        assert dots[3][1] == rgb(vocab.OTHER_COLOUR)
        legend = page.js("document.querySelector('.gm-tools-scale').textContent")
        assert (
            "Size: fatalities" in legend and "Colour: fatalities" in legend and "1 without a value" in legend
        )
        assert [e for e in page.errors if "willReadFrequently" not in e] == []  # (the probe's own reads)
    finally:
        page.close()


def test_a_polygon_selects_the_events_inside_it(dense):
    page, df = dense
    page.js("geomap.map.closePopup(); geomap.fit()")
    page.page.wait_for_timeout(100)
    # A triangle over Ukraine, its corners as the page's container points.
    corners = [(30.0, 52.0), (36.0, 47.0), (24.0, 47.0)]
    points = page.js(
        f"{json.dumps(corners)}.map(c => {{ const p = geomap.map.latLngToContainerPoint([c[1], c[0]]); return [p.x, p.y]; }})"
    )
    box = page.page.locator("#gm-map").bounding_box()
    page.page.locator(".gm-select-polygon").click()
    for x, y in points:
        page.page.mouse.click(box["x"] + x, box["y"] + y)
        page.page.wait_for_timeout(60)
    page.page.mouse.click(box["x"] + points[0][0], box["y"] + points[0][1])  # back on the first: closed
    text = page.page.locator(".gm-selection .gm-selection-count").text_content()
    # Inside the triangle in Web Mercator, as the page draws it (an independent even-odd test here),
    # its corners where the clicks put them: the pixels nearest the corners asked for.
    clicked = page.js(
        f"{json.dumps(points)}.map(p => {{ const c = geomap.map.containerPointToLatLng(p); return [c.lng, c.lat]; }})"
    )
    import math

    def merc(lon, lat):
        return lon / 360 + 0.5, 0.5 - math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) / (2 * math.pi)

    poly = [merc(*c) for c in clicked]

    def inside(lon, lat):
        x, y = merc(lon, lat)
        hit = False
        for (ax, ay), (bx, by) in zip(poly, poly[-1:] + poly[:-1], strict=True):
            if (ay > y) != (by > y) and x < (bx - ax) * (y - ay) / (by - ay) + ax:
                hit = not hit
        return hit

    expected = sum(inside(lon, lat) for lon, lat in zip(df.longitude, df.latitude, strict=True))
    shown = int(text.split(" ")[0].replace(",", ""))
    assert 0 < expected < len(df) and abs(shown - expected) <= 3, (
        shown,
        expected,
    )  # (the page keeps positions in float32)
    assert page.js("document.querySelectorAll('.leaflet-popup').length") == 0  # the corners opened no popup
    assert page.errors == []
