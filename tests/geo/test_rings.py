"""Cutting the basemap's ragged multipolygons to a box with numpy, checked against GEOS through shapely."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from common import as_shapely

from geomap.geo import rings
from geomap.geo.basemap import _countries, _regions, basemap
from geomap.geo.rings import Multipolygons

#: Boxes of every size over the packaged region (0–50° E, 34–72° N), drawn once with a fixed seed.
_rng = np.random.default_rng(20261206)
BOXES = [
    (float(x), float(y), float(x + w), float(y + h))
    for x, y, w, h in zip(
        _rng.uniform(-5, 48, 40),
        _rng.uniform(33, 68, 40),
        _rng.uniform(0.3, 14, 40),
        _rng.uniform(0.3, 9, 40),
        strict=True,
    )
]


def _shape(polygons: list[rings.Polygon]) -> shapely.MultiPolygon:
    return shapely.MultiPolygon([shapely.Polygon(p[0], p[1:]) for p in polygons])


@pytest.mark.parametrize("table", [_countries, _regions], ids=["countries", "admin1"])
def test_every_feature_cut_to_a_box_keeps_the_area_geos_keeps(table):
    """Each feature cut to each box covers what its intersection with the box covers, and nothing outside it.

    The reference is GEOS' exact intersection: ``clip_by_rect`` may return overlapping parts for a
    ring that crosses the box's edge several times.
    """
    data: Multipolygons = table()
    geoms = as_shapely(data)
    checked = 0
    for box in BOXES:
        for k in range(len(data.props)):
            truth = shapely.intersection(geoms[k], shapely.box(*box))
            cut = data.clipped(k, box)
            assert (truth.area > 1e-12) == bool(cut), (data.props[k], box)
            if not cut:
                continue
            checked += truth.area < geoms[k].area  # cut through, not wholly inside
            assert rings.area(cut) == pytest.approx(truth.area, rel=1e-9, abs=1e-12)
            # Same cover: what one has and the other lacks is a line (the join along the box's edge).
            assert _shape(cut).symmetric_difference(truth).area == pytest.approx(0, abs=1e-9)
            x0, y0, x1, y1 = _shape(cut).bounds
            assert box[0] <= x0 and box[1] <= y0 and x1 <= box[2] and y1 <= box[3]
    assert checked > 100


def test_a_ring_the_box_cuts_in_two_comes_back_joined_along_the_edge_with_its_hole():
    """A U whose arms leave the box's top, with a hole cut by its side: the area and the hole are kept."""
    u = np.array([[0, 0], [10, 0], [10, 10], [7, 10], [7, 3], [3, 3], [3, 10], [0, 10]], dtype=float)
    hole = np.array([[-1, 1], [-1, 2], [1, 2], [1, 1]], dtype=float)  # half outside the box, clockwise
    data = Multipolygons(
        [{"name": "U"}],
        np.concatenate([u, u[:1], hole, hole[:1]]),
        np.array([0, 9, 14]),
        np.array([0, 2]),
        np.array([0, 1]),
    )
    box = (0.0, -1.0, 12.0, 8.0)
    cut = data.clipped(0, box)
    truth = shapely.clip_by_rect(shapely.Polygon(u, [hole]), *box)
    assert truth.geom_type == "Polygon"  # the hole's part inside the U touches nothing: one polygon
    assert rings.area(cut) == pytest.approx(truth.area)  # 10·8 − 4·5 − 1 = 59
    assert rings.area(cut) == pytest.approx(59.0)
    assert len(cut) == 1 and len(cut[0]) == 2  # the exterior and what is left of the hole
    geometry = rings.geojson(cut)
    assert all(ring[0] == ring[-1] for polygon in geometry["coordinates"] for ring in polygon)
    assert data.clipped(0, (20.0, 20.0, 30.0, 30.0)) == []
    point = rings.interior_point(cut)
    assert point is not None and truth.contains(shapely.Point(point))


def test_ring_area_is_signed_as_shapely_orients_it():
    square = np.array([[0, 0], [2, 0], [2, 2], [0, 2]], dtype=float)
    assert rings.ring_area(square) == 4.0
    assert rings.ring_area(square[::-1]) == -4.0
    assert shapely.LinearRing(square).is_ccw


@pytest.mark.parametrize("box", BOXES[:20])
def test_a_point_inside_lies_inside_every_cut_geos_would_label(box):
    """Where a country cut to a box has area, :func:`rings.interior_point` falls inside it (never on the join)."""
    data = _countries()
    geoms = as_shapely(data)
    for k in range(len(data.props)):
        cut = data.clipped(k, box)
        if not cut:
            continue
        point = rings.interior_point(cut)
        assert point is not None
        truth = shapely.intersection(geoms[k], shapely.box(*box))
        assert truth.buffer(1e-9).contains(shapely.Point(point)), (data.props[k]["name"], box)


def test_country_labels_lie_in_their_country_and_in_view():
    """A label moved off Natural Earth's point (outside the view) lands inside the country and the view."""
    data = _countries()
    by_name = dict(zip((p["name"] for p in data.props), as_shapely(data), strict=True))
    moved = 0
    for box in BOXES:
        view = shapely.box(box[0] - 1.5, box[1] - 1.0, box[2] + 1.5, box[3] + 1.0)
        for label in basemap(box)["labels"]:
            props = next(p for p in data.props if p["name"] == label["text"])
            if [label["lon"], label["lat"]] == [round(props["label_lon"], 4), round(props["label_lat"], 4)]:
                continue
            moved += 1
            point = shapely.Point(label["lon"], label["lat"])
            assert by_name[label["text"]].buffer(1e-4).contains(point), label
            assert view.buffer(-0.29).contains(point), label
    assert moved > 20


def test_outlines_cut_to_a_box_keep_the_boundary_geos_keeps_and_never_the_box_edge():
    """Admin-1 outlines come as lines: as long as shapely's cut of the boundary, no segment along the box."""
    data = _regions()
    geoms = as_shapely(data)
    for box in BOXES[:20]:
        for k in range(len(data.props)):
            lines = data.clipped_lines(k, box)
            truth = shapely.clip_by_rect(shapely.boundary(geoms[k]), *box)
            assert sum(shapely.LineString(line).length for line in lines) == pytest.approx(
                truth.length, abs=1e-9
            )
            for line in lines:
                a, b = line[:-1], line[1:]
                for axis, edge in ((0, box[0]), (0, box[2]), (1, box[1]), (1, box[3])):
                    along = (a[:, axis] == edge) & (b[:, axis] == edge)
                    assert not along.any(), (data.props[k], box)


def test_a_ring_cut_as_a_line_joins_the_run_through_its_start():
    """A closed ring whose start lies inside the box: the run through it is one line, not two."""
    square = np.array([[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], dtype=float)
    runs = rings.clip_line(square, (-1.0, -1.0, 2.0, 2.0), closed=True)
    assert len(runs) == 1
    assert runs[0].tolist() == [[0.0, 2.0], [0.0, 0.0], [2.0, 0.0]]
    assert rings.clip_line(square, (5.0, 5.0, 6.0, 6.0), closed=True) == []
    assert basemap((22.0, 49.0, 25.0, 52.0))["admin1"]["features"][0]["geometry"]["type"] == "MultiLineString"


def test_a_label_moved_into_the_view_sits_in_the_middle_of_its_country_not_at_the_views_edge():
    """A country cut by the view is as wide at the view's edge as in its middle: the label goes in the middle."""
    data = _countries()
    geoms = as_shapely(data)
    near_edge = moved = 0
    for box in BOXES:
        view = (box[0] - 1.2, box[1] - 0.7, box[2] + 1.2, box[3] + 0.7)  # the view, less the label's margin
        for label in basemap(box)["labels"]:
            k = next(i for i, p in enumerate(data.props) if p["name"] == label["text"])
            props = data.props[k]
            if [label["lon"], label["lat"]] == [round(props["label_lon"], 4), round(props["label_lat"], 4)]:
                continue
            moved += 1
            _, y0, _, y1 = shapely.intersection(geoms[k], shapely.box(*view)).bounds
            near_edge += not y0 + 0.15 * (y1 - y0) <= label["lat"] <= y1 - 0.15 * (y1 - y0)
    assert moved > 20 and near_edge <= 0.05 * moved, (near_edge, moved)


def test_a_box_inside_a_hole_keeps_nothing():
    outer = np.array([[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], dtype=float)
    hole = np.array([[2, 2], [2, 8], [8, 8], [8, 2], [2, 2]], dtype=float)
    data = Multipolygons(
        [{}], np.concatenate([outer, hole]), np.array([0, 5, 10]), np.array([0, 2]), np.array([0, 1])
    )
    assert data.clipped(0, (4.0, 4.0, 6.0, 6.0)) == []
    assert rings.area(data.clipped(0, (1.0, 1.0, 3.0, 3.0))) == pytest.approx(4.0 - 1.0)
