"""Lines and polygons of event tables in Chromium: drawn and filled as such, clicked, hovered,
filtered and selected by what they cover, sized and coloured by a number, on a phone too.

The shapes are real: Natural Earth's admin-1 units (``units`` in tests/event_tables.py) as polygons,
and their outlines as lines.  What the page draws, lists and selects is checked against shapely.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
import shapely
from columns import table_columns
from common import PAYLOADS
from event_tables import units
from pages import Page

from geomap import vocab
from geomap.events.api import map_table

READY = "window.geomap && geomap.ready()"


def wound_one_way(geom):
    """The polygon with every ring, holes too, wound counter-clockwise, as some files write them."""

    def ccw(ring):
        return ring.coords if shapely.LinearRing(ring).is_ccw else ring.coords[::-1]

    polygons = [
        shapely.Polygon(ccw(p.exterior), [ccw(h) for h in p.interiors]) for p in shapely.get_parts(geom)
    ]
    return polygons[0] if geom.geom_type == "Polygon" else shapely.MultiPolygon(polygons)


def merc(lon, lat):
    """Web Mercator on the unit square, as the page projects (y down)."""
    lat = np.clip(lat, -85.0511287798, 85.0511287798)
    s = np.sin(np.radians(lat))
    return np.asarray(lon) / 360 + 0.5, 0.5 - np.log((1 + s) / (1 - s)) / (4 * math.pi)


def in_mercator(geoms):
    return shapely.transform(geoms, lambda xy: np.column_stack(merc(xy[:, 0], xy[:, 1])))


def rgb(hex_: str) -> list[int]:
    return [int(hex_[i : i + 2], 16) for i in (1, 3, 5)]


PIXELS = """(points) => { const c = document.querySelector('canvas.gm-events'), g = c.getContext('2d'),
  r = window.devicePixelRatio || 1;
  return points.map(p => Array.from(g.getImageData(Math.floor(p[0] * r), Math.floor(p[1] * r), 1, 1).data)); }"""


def pixels(page: Page, points) -> list[list[int]]:
    return page.page.evaluate(PIXELS, [list(map(float, p)) for p in points])


def view(page: Page, lat: float, lon: float, zoom: float) -> None:
    page.js(f"geomap.map.closePopup(); void geomap.map.setView([{lat}, {lon}], {zoom}, {{animate: false}})")


def container(page: Page, lat: float, lon: float) -> list[float]:
    return page.js(
        f"(() => {{ const p = geomap.map.latLngToContainerPoint([{lat}, {lon}]); return [p.x, p.y]; }})()"
    )


def inner_spots(page: Page, frame: pd.DataFrame, margin: float, width: int, height: int):
    """Each shape's point inside it (shapely's) that lies ``margin`` degrees clear of its border and
    on screen: (index, row, x, y) in the map's container."""
    for index, row in frame.iterrows():
        spot = shapely.point_on_surface(row.geometry)
        if row.geometry.boundary.distance(spot) < margin:
            continue
        x, y = container(page, spot.y, spot.x)
        if 0 < x < width and 0 < y < height:
            yield index, row, x, y


def errors(page: Page) -> list[str]:
    """The page's errors, but for Chromium's hint about this test's own pixel reads."""
    return [e for e in page.errors if "willReadFrequently" not in e]


def hits(page: Page, x: float, y: float, radius: float) -> list[int]:
    return [f["index"] for f in page.js(f"geomap.eventsAt({x}, {y}, {radius})")]


# -- in the browser: polygons ------------------------------------------------------------------


@pytest.fixture(scope="module")
def polygons(browser, tmp_path_factory):
    folder = tmp_path_factory.mktemp("polygons")
    frame = units()
    # Holes wound as their exteriors: the page must still leave them empty.
    frame["geometry"] = [wound_one_way(g) for g in frame.geometry]
    frame.to_file(folder / "units.gpkg", driver="GPKG")
    out = folder / "units.html"
    map_table(
        folder / "units.gpkg",
        out=out,
        category="iso_a2",
        time="day",
        popup=("unit", "name", "iso_3166_2"),
        filters=("iso_a2",),
    )
    page = Page(browser, out, width=1280, height=900, ready=READY)
    ids = table_columns(out.read_text("utf-8"))["unit"]  # the page's row order
    yield page, frame.set_index("unit"), ids
    page.close()


def test_polygons_are_filled_in_their_colour_and_their_holes_left_empty(polygons):
    page, frame, _ = polygons
    colours = {v["label"]: v["colour"] for v in page.js("geomap.document.tables[0].categories.values")}
    view(page, 51.5, 19.0, 6)
    # A grid of pixels over the view: each filled exactly where shapely finds a unit (those
    # within a few pixels of a border left out: outlines and antialiasing).
    points = [(x, y) for x in range(20, 1260, 37) for y in range(20, 880, 37)]
    where = page.page.evaluate(
        "(pts) => pts.map(p => { const c = geomap.map.containerPointToLatLng(p); return [c.lng, c.lat]; })",
        [list(p) for p in points],
    )
    geoms = frame.geometry.values
    tree = shapely.STRtree(geoms)
    borders = shapely.STRtree(shapely.boundary(geoms))
    got = pixels(page, points)
    checked = filled = 0
    for (lon, lat), pixel in zip(where, got, strict=True):
        spot = shapely.Point(lon, lat)
        near = borders.query(spot, predicate="dwithin", distance=0.06)  # ~4 px at this zoom
        if len(near):
            continue
        inside = tree.query(spot, predicate="within")
        checked += 1
        if len(inside):
            filled += 1
            want = rgb(colours[frame.iso_a2.iloc[inside[0]]])
            assert abs(pixel[3] - round(0.35 * 255)) <= 2, (lon, lat, pixel)
            assert max(abs(a - b) for a, b in zip(pixel[:3], want, strict=True)) <= 4, (lon, lat, pixel, want)
        else:
            assert pixel[3] == 0, (lon, lat, pixel)
    assert checked > 400 and 100 < filled < checked
    # Berlin is not in the table: the hole in Brandenburg stays empty, Brandenburg around it filled.
    view(page, 52.52, 13.40, 9)
    brandenburg = frame[frame.name == "Brandenburg"].geometry.iloc[0]
    assert shapely.get_num_interior_rings(brandenburg) == 1 and brandenburg.interiors[0].is_ccw
    assert brandenburg.contains(shapely.Point(13.0, 52.8)) and not brandenburg.contains(
        shapely.Point(13.4, 52.52)
    )
    hole, around = pixels(page, [container(page, 52.52, 13.40), container(page, 52.8, 13.0)])
    assert hole[3] == 0 and around[3] > 0
    assert errors(page) == []


def test_a_click_inside_a_polygon_lists_that_polygon_where_it_was_clicked(polygons):
    page, frame, ids = polygons
    view(page, 50.0, 25.0, 6)
    # Every unit's point inside it (shapely's), at a zoom where it lies clear of its border.
    for unit, row, x, y in inner_spots(page, frame, 0.08, 1280, 900):
        found = [ids[i] for i in hits(page, x, y, 0.5)]
        assert found == [unit], (unit, row["name"], found)
    # A real click: the popup lists the unit and opens where the click was, not at a point of it.
    masovia = frame[frame.iso_3166_2 == "PL-MZ"].iloc[0]
    lat, lon = 52.9, 20.6
    assert masovia.geometry.contains(shapely.Point(lon, lat))
    view(page, lat, lon, 8)
    x, y = container(page, lat, lon)
    box = page.page.locator("#gm-map").bounding_box()
    page.page.mouse.click(box["x"] + x, box["y"] + y)
    page.page.wait_for_timeout(200)
    popup = page.page.locator(".leaflet-popup-content").last
    assert popup.locator("h3").first.text_content() == "1 event here"
    assert masovia["name"] in popup.text_content() and "PL-MZ" in popup.text_content()
    anchored = page.js("(() => { const p = geomap.map._popup.getLatLng(); return [p.lat, p.lng]; })()")
    assert anchored == pytest.approx([lat, lon], abs=0.01)
    # In Brandenburg's hole (Berlin, not in the table), nothing.
    view(page, 52.52, 13.40, 9)
    assert hits(page, *container(page, 52.52, 13.40), 0.5) == []
    assert errors(page) == []


def test_categories_and_time_windows_hide_polygons(polygons):
    page, frame, _ = polygons
    view(page, 52.3, 20.9, 7)
    at = container(page, 52.3, 20.9)  # Masovia
    assert pixels(page, [at])[0][3] > 0
    codes = page.js("geomap.document.tables[0].categories.values.map(v => v.label)")
    box = page.page.locator(f'#gm-panel-layers input[data-category="{codes.index("PL")}"]')
    box.uncheck()
    assert pixels(page, [at])[0][3] == 0
    box.check()
    assert pixels(page, [at])[0][3] > 0
    page.js("geomap.map.closePopup(); geomap.fit()")
    page.page.locator(".gm-tools-time input[value=day]").check()
    first = min(frame.day)
    assert page.js("geomap.events()[0].drawn") == int((frame.day == first).sum())
    masovia_day = frame[frame.iso_3166_2 == "PL-MZ"].day.iloc[0]
    view(page, 52.3, 20.9, 7)
    assert (pixels(page, [at])[0][3] > 0) == (masovia_day == first)
    page.page.locator(".gm-tools-time input[value=off]").check()
    assert pixels(page, [at])[0][3] > 0
    assert errors(page) == []


def _drag_box(page: Page, corners: tuple[float, float, float, float]) -> list[float]:
    """Select with a box from container point (x0, y0) to (x1, y1); return its west, south, east, north."""
    x0, y0, x1, y1 = corners
    box = page.page.locator("#gm-map").bounding_box()
    page.page.locator(".gm-select-start").click()
    page.page.mouse.move(box["x"] + x0, box["y"] + y0)
    page.page.mouse.down()
    page.page.mouse.move(box["x"] + x1, box["y"] + y1, steps=5)
    page.page.mouse.up()
    a = page.js(
        f"(() => {{ const c = geomap.map.containerPointToLatLng([{x0}, {y0}]); return [c.lng, c.lat]; }})()"
    )
    b = page.js(
        f"(() => {{ const c = geomap.map.containerPointToLatLng([{x1}, {y1}]); return [c.lng, c.lat]; }})()"
    )
    return [a[0], b[1], b[0], a[1]]


def _selected_csv(page: Page) -> pd.DataFrame:
    with page.page.expect_download() as download:
        page.page.locator(".gm-selection .gm-select-csv").click()
    return pd.read_csv(download.value.path(), dtype=str, keep_default_na=False)


def test_a_box_selects_every_polygon_it_touches_with_their_shapes_in_the_csv(polygons):
    page, frame, _ = polygons
    # A box well inside Masovia, clear of its border and of the point that stands for it: no
    # vertex of it inside the box, no edge crossing it; selected because the box lies within it.
    masovia = frame[frame.iso_3166_2 == "PL-MZ"]
    view(page, 52.75, 20.0, 9)
    x, y = container(page, 52.75, 20.0)
    west, south, east, north = _drag_box(page, (x - 30, y - 30, x + 30, y + 30))
    small = shapely.box(west, south, east, north)
    assert masovia.geometry.iloc[0].contains(small)
    assert not small.contains(shapely.point_on_surface(masovia.geometry.iloc[0]))
    assert page.page.locator(".gm-selection-count").text_content() == "1 event selected"
    rows = _selected_csv(page)
    assert list(rows.unit) == [masovia.index[0]]
    drawn = shapely.from_wkt(rows.wkt.iloc[0])
    assert shapely.hausdorff_distance(drawn, masovia.geometry.iloc[0]) <= 3e-5
    # A box across borders: every unit it touches, as shapely finds them (a unit within a hair of
    # the box's edge may go either way).
    view(page, 50.5, 24.0, 6)
    x, y = container(page, 50.5, 24.0)
    west, south, east, north = _drag_box(page, (x - 120, y - 70, x + 140, y + 90))
    area = shapely.box(west, south, east, north)
    sure = set(frame.index[shapely.intersects(frame.geometry.values, area)])
    maybe = set(frame.index[shapely.dwithin(frame.geometry.values, area, 1e-4)])
    picked = set(_selected_csv(page).unit)
    assert sure <= picked <= maybe and len(sure) > 10
    count = page.page.locator(".gm-selection-count").text_content()
    assert count == f"{len(picked)} events selected"
    assert errors(page) == []


def test_a_drawn_polygon_selects_every_polygon_it_touches(polygons):
    page, frame, _ = polygons
    view(page, 49.0, 30.0, 6)
    corners = [(28.0, 52.0), (35.0, 47.0), (24.5, 46.5)]  # over Ukraine, its corners in lon, lat
    points = [container(page, lat, lon) for lon, lat in corners]
    box = page.page.locator("#gm-map").bounding_box()
    page.page.locator(".gm-select-polygon").click()
    for x, y in points:
        page.page.mouse.click(box["x"] + x, box["y"] + y)
        page.page.wait_for_timeout(60)
    page.page.mouse.click(box["x"] + points[0][0], box["y"] + points[0][1])
    clicked = page.page.evaluate(
        "(pts) => pts.map(p => { const c = geomap.map.containerPointToLatLng(p); return [c.lng, c.lat]; })",
        points,
    )
    # The triangle's edges are straight on the page's Mercator map, so compare there.
    triangle = shapely.Polygon(np.column_stack(merc(*np.array(clicked).T)))
    shapes = in_mercator(frame.geometry.values)
    sure = set(frame.index[shapely.intersects(shapes, triangle)])
    maybe = set(frame.index[shapely.dwithin(shapes, triangle, 1e-6)])
    picked = set(_selected_csv(page).unit)
    assert sure <= picked <= maybe and len(sure) > 10
    assert len(picked) < len(frame)
    assert page.js("document.querySelectorAll('.leaflet-popup').length") == 0
    assert errors(page) == []


def test_hovering_a_polygon_names_it_and_density_counts_each_at_a_point_on_it(polygons):
    page, frame, _ = polygons
    view(page, 52.3, 20.9, 7)
    x, y = container(page, 52.3, 20.9)
    box = page.page.locator("#gm-map").bounding_box()
    page.page.mouse.move(box["x"] + x, box["y"] + y)
    day = frame[frame.iso_3166_2 == "PL-MZ"].day.iloc[0]
    tip = page.js("document.querySelector('.gm-density-tip').textContent")
    assert tip.startswith("PL") and f"{day:%b} {day.day}, {day.year}" in tip
    page.page.mouse.move(box["x"] + 2, box["y"] + 450)
    page.js("geomap.map.closePopup(); geomap.fit()")
    page.page.locator(".gm-tools-view input[value=density]").check()
    total = page.js(
        "(() => { const g = geomap.events()[0].bins; return g.counts.reduce((a, b) => a + b, 0); })()"
    )
    assert page.js("geomap.events()[0].mode") == "density" and total == len(frame)
    page.page.locator(".gm-tools-view input[value=auto]").check()
    assert page.js("geomap.events()[0].mode") == "events"
    notes = page.js("document.querySelector('.gm-table-notes').textContent")
    assert f"{len(frame)} polygons" in notes
    assert errors(page) == []


# -- in the browser: lines, colours, sizes, hostile text, phones ---------------------------------


@pytest.fixture(scope="module")
def outlines(browser, tmp_path_factory):
    frame = units()
    frame = frame[frame.iso_a2.isin(["PL", "UA"])].copy()
    frame["geometry"] = frame.geometry.boundary
    out = tmp_path_factory.mktemp("lines") / "lines.html"
    map_table(frame, out=out, category="iso_a2", popup=("unit", "name"))
    page = Page(browser, out, width=1280, height=900, ready=READY)
    yield page, frame.set_index("unit"), table_columns(out.read_text("utf-8"))["unit"]
    page.close()


def test_a_click_on_a_line_lists_every_line_within_reach_and_nothing_off_them(outlines):
    page, frame, ids = outlines
    zoom = 7
    view(page, 51.0, 25.0, zoom)
    scale = 256 * 2**zoom
    lines = in_mercator(frame.geometry.values)
    rng = np.random.default_rng(11)
    near_lines = 0
    for _ in range(60):
        x, y = float(rng.uniform(40, 1240)), float(rng.uniform(40, 860))
        lon, lat = page.js(
            f"(() => {{ const c = geomap.map.containerPointToLatLng([{x}, {y}]); return [c.lng, c.lat]; }})()"
        )
        spot = shapely.Point(*merc(lon, lat))
        pixels_away = shapely.distance(lines, spot) * scale
        sure = {frame.index[i] for i in np.flatnonzero(pixels_away <= 6.5)}
        maybe = {frame.index[i] for i in np.flatnonzero(pixels_away <= 7.5)}
        found = {ids[i] for i in hits(page, x, y, 7)}
        assert sure <= found <= maybe, (lon, lat, sure, found)
        near_lines += bool(sure)
    # Points on the lines themselves: each line's vertex lists it (and the outline it borders).
    for unit in frame.index[:20]:
        vertex = shapely.get_coordinates(frame.geometry[unit])[5]
        x, y = container(page, vertex[1], vertex[0])
        if 0 < x < 1280 and 0 < y < 900:
            assert unit in {ids[i] for i in hits(page, x, y, 7)}
            assert pixels(page, [(x, y)])[0][3] == 255  # drawn there, opaque
    assert near_lines >= 3
    assert errors(page) == []


#: Two stretches of real coast, Poland's (Pomeranian) and Ukraine's (Odesa), three vertices each.
COAST = [
    shapely.LineString([(17.0, 54.75), (17.6, 54.8), (18.3, 54.83)]),
    shapely.LineString([(30.2, 45.9), (30.5, 46.2), (30.8, 46.5)]),
]


@pytest.fixture(scope="module")
def coast(browser, tmp_path_factory):
    import geopandas as gpd

    lines = gpd.GeoDataFrame({"name": ["thin", "thick"], "weight": [1.0, 100.0]}, geometry=COAST, crs=4326)
    out = tmp_path_factory.mktemp("coast") / "coast.html"
    map_table(lines, out=out, size="weight", popup=("name",))
    page = Page(browser, out, ready=READY)
    yield page
    page.close()


def test_a_box_across_a_line_between_its_vertices_selects_it(coast):
    page = coast
    # Mid-segment, 55 px from either vertex at this zoom: only the segment crosses the box.
    mid = shapely.Point((17.0 + 17.6) / 2, (54.75 + 54.8) / 2)
    view(page, mid.y, mid.x, 8)
    x, y = container(page, mid.y, mid.x)
    west, south, east, north = _drag_box(page, (x - 10, y - 10, x + 10, y + 10))
    box = shapely.box(west, south, east, north)
    assert box.intersects(COAST[0]) and not any(box.contains(shapely.points(COAST[0].coords)))
    assert page.page.locator(".gm-selection-count").text_content() == "1 event selected"
    rows = _selected_csv(page)
    assert list(rows.name) == ["thin"] and rows.wkt.iloc[0].startswith("LINESTRING (17.00000 54.75000")
    assert errors(page) == []


def test_lines_sized_and_polygons_coloured_by_a_number(browser, coast, tmp_path):
    frame = units()
    page = coast
    view(page, 50.5, 24.0, 6)
    widths = []
    for lon, lat in ((17.6, 54.8), (30.5, 46.2)):
        x, y = container(page, lat, lon)
        column = pixels(page, [(x, y + d) for d in range(-12, 13)])
        widths.append(sum(p[3] > 0 for p in column))
    assert widths[0] < widths[1], widths
    assert "Line width: weight" in page.js("document.querySelector('.gm-tools-scale').textContent")
    shaded = tmp_path / "shaded.html"
    map_table(frame, out=shaded, shade="area_km2", popup=("unit",))
    page = Page(browser, shaded, ready=READY)
    try:
        ramp = vocab.SCALE_COLOURS
        low, high = frame.area_km2.min(), frame.area_km2.max()
        view(page, 50.0, 25.0, 6)
        checked = 0
        for _, row, x, y in inner_spots(page, frame, 0.1, 1400, 1000):
            k = min(len(ramp) - 1, math.floor((row.area_km2 - low) / (high - low) * len(ramp)))
            pixel = pixels(page, [(x, y)])[0]
            assert max(abs(a - b) for a, b in zip(pixel[:3], rgb(ramp[k]), strict=True)) <= 4, row["name"]
            checked += 1
        assert checked > 20
        assert errors(page) == []
    finally:
        page.close()


def test_hostile_text_on_polygons_stays_text(browser, tmp_path):
    frame = units().iloc[: len(PAYLOADS) // 2].copy()
    frame["name"] = PAYLOADS[: len(frame)]
    frame["iso_a2"] = PAYLOADS[len(frame) : 2 * len(frame)]
    out = tmp_path / "hostile.html"
    map_table(frame, out=out, category="iso_a2", popup=("name",), title=PAYLOADS[3])
    page = Page(browser, out, ready=READY)
    try:
        for _, row in frame.iterrows():
            spot = shapely.point_on_surface(row.geometry)
            view(page, spot.y, spot.x, 8)
            x, y = container(page, spot.y, spot.x)
            box = page.page.locator("#gm-map").bounding_box()
            page.page.mouse.click(box["x"] + x, box["y"] + y)
            page.page.wait_for_timeout(120)
            assert row["name"] in page.page.locator(".leaflet-popup-content").last.text_content()
        assert page.dialogs == [] and page.outside == [] and errors(page) == []
        assert page.js("document.querySelectorAll('.leaflet-popup img, .leaflet-popup iframe').length") == 0
    finally:
        page.close()


def test_a_phone_draws_and_taps_polygons(browser, tmp_path):
    frame = units()
    out = tmp_path / "phone.html"
    map_table(frame, out=out, category="iso_a2", popup=("unit", "name"))
    page = Page(browser, out, width=390, height=844, ready=READY)
    try:
        assert page.js("geomap.compact()") is True
        assert page.js("geomap.events()[0].drawn") == len(frame)
        masovia = frame[frame.iso_3166_2 == "PL-MZ"].iloc[0]
        view(page, 52.3, 20.9, 7)
        x, y = container(page, 52.3, 20.9)
        ids = table_columns(out.read_text("utf-8"))["unit"]
        assert [ids[i] for i in hits(page, x, y, 14)] == [masovia.unit]
        assert errors(page) == []
    finally:
        page.close()


def test_a_mixed_table_draws_its_points_over_its_polygons(browser, tmp_path):
    import geopandas as gpd

    frame = units().iloc[:30]
    inside = shapely.point_on_surface(frame.geometry.iloc[0])
    point = gpd.GeoDataFrame({"unit": ["P1"], "iso_a2": ["XX"]}, geometry=[inside], crs=4326)
    out = tmp_path / "mixed.html"
    map_table(pd.concat([frame, point], ignore_index=True), out=out, category="iso_a2", popup=("unit",))
    ids = table_columns(out.read_text("utf-8"))["unit"]
    colours = {
        v["label"]: v["colour"]
        for v in table_columns(out.read_text("utf-8"))["table"]["categories"]["values"]
    }
    page = Page(browser, out, ready=READY)
    try:
        view(page, inside.y, inside.x, 9)
        x, y = container(page, inside.y, inside.x)
        assert [ids[i] for i in hits(page, x, y, 7)] == ["P1", frame.unit.iloc[0]]  # the dot, then under it
        aside = page.js(
            f"(() => {{ const c = geomap.map.containerPointToLatLng([{x + 40}, {y}]); return [c.lng, c.lat]; }})()"
        )
        assert frame.geometry.iloc[0].contains(shapely.Point(*aside))
        dot, around = pixels(page, [(x, y), (x + 40, y)])
        assert dot[3] == 255 and dot[:3] == rgb(colours["XX"])  # the dot, opaque, over the fill
        assert abs(around[3] - round(0.35 * 255)) <= 2
        assert errors(page) == []
    finally:
        page.close()


def test_a_multipoint_is_drawn_clicked_and_selected_at_each_of_its_points(browser, tmp_path):
    import geopandas as gpd

    # Each unit's first border vertex and a point inside it: one event seen at two places.
    frame = units().iloc[:10]
    inside = shapely.point_on_surface(frame.geometry.values)
    corner = [shapely.Point(shapely.get_coordinates(g)[0]) for g in frame.geometry]
    sightings = gpd.GeoDataFrame(
        {"unit": frame.unit.values, "iso_a2": frame.iso_a2.values},
        geometry=[shapely.MultiPoint([a, b]) for a, b in zip(corner, inside, strict=True)],
        crs=4326,
    )
    out = tmp_path / "sightings.html"
    map_table(sightings, out=out, category="iso_a2", popup=("unit",))
    ids = table_columns(out.read_text("utf-8"))["unit"]
    colours = {
        v["label"]: v["colour"]
        for v in table_columns(out.read_text("utf-8"))["table"]["categories"]["values"]
    }
    page = Page(browser, out, width=1280, height=900, ready=READY)
    try:
        row = sightings.iloc[3]
        for point in row.geometry.geoms:  # each of its points: a dot in its colour, and a click finds it
            view(page, point.y, point.x, 9)
            x, y = container(page, point.y, point.x)
            (dot,) = pixels(page, [(x, y)])
            assert dot[3] == 255 and dot[:3] == rgb(colours[row.iso_a2]), point
            assert row.unit in [ids[i] for i in hits(page, x, y, 7)]
        # A box around the point inside it selects the event; the CSV writes the whole multipoint.
        point = row.geometry.geoms[1]
        view(page, point.y, point.x, 9)
        x, y = container(page, point.y, point.x)
        _drag_box(page, (x - 20, y - 20, x + 20, y + 20))
        rows = _selected_csv(page)
        assert list(rows.unit) == [row.unit]
        assert shapely.hausdorff_distance(shapely.from_wkt(rows.wkt.iloc[0]), row.geometry) <= 3e-5
        notes = page.js("document.querySelector('.gm-table-notes').textContent")
        assert "Drawn as they are: 10 multipoints" in notes, notes  # the data notes count them
        assert errors(page) == []
    finally:
        page.close()


def test_geometry_collections_of_mixed_kinds_are_said_in_the_data_notes(browser, tmp_path):
    import geopandas as gpd

    frame = units().iloc[:3]
    mixed = [shapely.GeometryCollection([g, shapely.point_on_surface(g)]) for g in frame.geometry]
    table = gpd.GeoDataFrame({"unit": frame.unit.values}, geometry=mixed, crs=4326)
    out = tmp_path / "collections.html"
    map_table(table, out=out, popup=("unit",))
    page = Page(browser, out, width=1280, height=900, ready=READY)
    try:
        notes = page.js("document.querySelector('.gm-table-notes').textContent")
        assert "3 geometry collections of mixed kinds" in notes, notes
        assert errors(page) == []
    finally:
        page.close()
