"""Lines, polygons and multipoints in event tables: carried whole in every format, or simplified and said so.

The shapes are real: Natural Earth's admin-1 units (``units`` in tests/event_tables.py) as polygons,
and their outlines as lines.  What the page carries is read back with an independent decoder
(tests/columns.py); what it draws, lists and selects in Chromium is in tests/browser/test_table_shapes.py.
"""

from __future__ import annotations

import pandas as pd
import pytest
import shapely
from columns import islands, table_columns, table_shapes
from event_tables import units

from geomap.events import shapes as page_shapes
from geomap.events.api import map_table

# -- what the page carries ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["gpkg", "geojson", "geoparquet"])
def test_lines_and_polygons_travel_whole_in_every_format(tmp_path, kind):
    frame = units()
    lines = frame.iloc[:12].copy()
    lines["geometry"] = lines.geometry.boundary  # real outlines: LineStrings and MultiLineStrings
    lines["unit"] = "L" + lines["unit"]
    both = pd.concat([frame, lines], ignore_index=True)
    path = tmp_path / f"units.{kind}"
    if kind == "geoparquet":
        both.to_parquet(path)
    else:
        both.to_file(path, driver={"gpkg": "GPKG", "geojson": "GeoJSON"}[kind])
    html = map_table(path, category="iso_a2", popup=("unit", "name")).html
    got, ids = table_shapes(html), table_columns(html)["unit"]
    source = dict(zip(both.unit, both.geometry, strict=True))
    assert sorted(ids) == sorted(both.unit)
    for shape, unit in zip(got, ids, strict=True):
        want = source[unit]
        assert shape.geom_type == want.geom_type, unit
        assert shapely.get_num_interior_rings(shapely.get_parts(shape)).sum() == (
            shapely.get_num_interior_rings(shapely.get_parts(want)).sum()
        )
        assert shapely.hausdorff_distance(shape, want) <= 1e-5, unit  # the 1e-5° quantum
    table = islands(html)[0]["tables"][0]
    assert table["shapes"]["polygons"] == len(frame) and table["shapes"]["lines"] == 12
    west, south, east, north = shapely.total_bounds(both.geometry.values)
    assert table["bounds"] == pytest.approx([west, south, east, north], abs=1e-9)  # the view fits them whole


def test_point_tables_carry_no_shapes_and_mixed_tables_keep_their_points():
    import geopandas as gpd

    frame = units().iloc[:5]
    points = gpd.GeoDataFrame(
        {"unit": ["P1", "P2"], "iso_a2": ["PL", "UA"]},
        geometry=[shapely.Point(21.0, 52.2), shapely.Point(30.5, 50.45)],
        crs=4326,
    )
    plain = islands(map_table(points, popup=("unit",)).html)[0]["tables"][0]
    assert "shapes" not in plain and not any(".geom." in e["name"] for e in plain["streams"])
    mixed = pd.concat([frame, points], ignore_index=True)
    html = map_table(mixed, popup=("unit",)).html
    got, ids = table_shapes(html), table_columns(html)["unit"]
    kinds = dict(zip(ids, (g.geom_type for g in got), strict=True))
    assert kinds["P1"] == kinds["P2"] == "Point"
    assert {kinds[u] for u in frame.unit} <= {"Polygon", "MultiPolygon"}
    assert islands(html)[0]["tables"][0]["shapes"]["points"] == 2


def test_multipoints_travel_as_their_points_not_one_point_on_them(tmp_path):
    # Each unit's polygon's first vertices, as one multipoint (sightings of one event, say).
    frame = units().iloc[:8].copy()
    frame["geometry"] = [
        shapely.MultiPoint(shapely.get_coordinates(shapely.get_exterior_ring(shapely.get_parts(g)[0]))[:4:2])
        for g in frame.geometry
    ]
    path = tmp_path / "sightings.geojson"
    frame.to_file(path, driver="GeoJSON")
    html = map_table(path, popup=("unit",)).html
    got, ids = table_shapes(html), table_columns(html)["unit"]
    source = dict(zip(frame.unit, frame.geometry, strict=True))
    for shape, unit in zip(got, ids, strict=True):
        assert shape.geom_type == "MultiPoint" and len(shape.geoms) == 2, unit
        assert shapely.hausdorff_distance(shape, source[unit]) <= 1e-5, unit
    table = islands(html)[0]["tables"][0]
    assert table["shapes"]["multipoints"] == 8 and table["shapes"]["points"] == 0


@pytest.mark.parametrize("kind", ["geojson", "gpkg"])
def test_geometry_collections_are_drawn_as_their_parts_of_the_highest_dimension(tmp_path, kind):
    """A collection of polygons is a multipolygon, of lines a multiline; one of mixed kinds keeps its
    polygons (or else lines), and the page counts those whose points or lines were left out."""
    frame = units().iloc[:6].copy()
    polygons = [shapely.get_parts(g) for g in frame.geometry]
    outline = [shapely.get_exterior_ring(p[0]) for p in polygons]
    point = [shapely.Point(shapely.get_coordinates(o)[0]) for o in outline]
    frame["geometry"] = [
        shapely.GeometryCollection(list(polygons[0])),
        shapely.GeometryCollection([outline[1], shapely.LineString(shapely.get_coordinates(outline[2])[:5])]),
        shapely.GeometryCollection([*polygons[3], outline[3], point[3]]),  # mixed: its polygons
        shapely.GeometryCollection([outline[4], point[4]]),  # mixed: its line
        shapely.GeometryCollection([shapely.GeometryCollection([point[5], point[0]])]),  # nested points
        frame.geometry.iloc[5],
    ]
    path = tmp_path / f"collections.{kind}"
    frame.to_file(path, driver={"gpkg": "GPKG", "geojson": "GeoJSON"}[kind])
    html = map_table(path, popup=("unit",)).html
    got = dict(zip(table_columns(html)["unit"], table_shapes(html), strict=True))
    units_ = list(frame.unit)
    assert got[units_[0]].geom_type == "MultiPolygon"
    assert shapely.hausdorff_distance(got[units_[0]], shapely.MultiPolygon(list(polygons[0]))) <= 1e-5
    assert got[units_[1]].geom_type == "MultiLineString" and len(got[units_[1]].geoms) == 2
    assert got[units_[2]].geom_type == "MultiPolygon"
    assert got[units_[3]].geom_type == "MultiLineString" and len(got[units_[3]].geoms) == 1
    assert got[units_[4]].geom_type == "MultiPoint" and len(got[units_[4]].geoms) == 2
    assert islands(html)[0]["tables"][0]["shapes"]["mixed_collections"] == 2


def test_shapes_past_the_vertex_budget_are_simplified_and_the_page_says_so(monkeypatch):
    frame = units()
    monkeypatch.setattr(page_shapes, "MAX_SHAPE_VERTICES", 8_000)
    html = map_table(frame, popup=("unit",)).html
    shapes = islands(html)[0]["tables"][0]["shapes"]
    assert shapes["vertices"] <= 8_000 < int(shapely.get_num_coordinates(frame.geometry.values).sum())
    tolerance = shapes["simplified_m"] / page_shapes.METRES_PER_DEGREE
    assert shapes["simplified_m"] > 0
    source = dict(zip(frame.unit, frame.geometry, strict=True))
    got = table_shapes(html)
    for shape, unit in zip(got, table_columns(html)["unit"], strict=True):
        # GEOS's topology-preserving simplifier keeps every ring valid and lets a few vertices stray
        # past its tolerance (1.5 times it at most on these units, measured): twice is the bound.
        assert shapely.hausdorff_distance(shape, source[unit]) <= tolerance * 2 + 1e-5, unit
    assert (
        max(
            shapely.hausdorff_distance(shape, source[unit])
            for shape, unit in zip(got, table_columns(html)["unit"], strict=True)
        )
        > tolerance / 2
    )  # and simplified that far, not less


def test_empty_geometries_are_rows_without_coordinates_and_empty_parts_are_skipped(tmp_path):
    import geopandas as gpd

    table = gpd.GeoDataFrame(
        {"unit": ["empty point", "empty polygon", "collection", "point"]},
        geometry=[
            shapely.from_wkt("POINT EMPTY"),
            shapely.from_wkt("POLYGON EMPTY"),
            shapely.from_wkt("GEOMETRYCOLLECTION (POLYGON EMPTY, POINT (21 52))"),
            shapely.Point(22.0, 51.0),
        ],
        crs=4326,
    )
    html = map_table(table, popup=("unit",)).html
    table_doc = islands(html)[0]["tables"][0]
    assert table_doc["count"] == 2 and table_doc["missing"]["count"] == 2
    got = dict(zip(table_columns(html)["unit"], table_shapes(html), strict=True))
    assert got["collection"].equals(shapely.MultiPoint([(21, 52)]))
