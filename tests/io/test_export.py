"""GeoJSON (RFC 7946, byte-stable) and GeoPackage output."""

from __future__ import annotations

import json
import re

import fiona
import geopandas as gpd
import pandas as pd
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import shape

from geomap import vocab
from geomap.build import check_layers
from geomap.io.geojson import to_geojson

LAYERS = [
    "airports",
    "alert_regions",
    "border_regions",
    "crash_sites",
    "crash_sites_uncertainty",
    "flight_directions",
    "later_finds",
]


def test_seed_builds_every_layer(built):
    assert sorted(built.layers) == LAYERS
    assert sorted(built.geojson) == [f"pl-drones-2025-09-10/{name}.geojson" for name in LAYERS]


def test_committed_layers_match_a_rebuild(seed):
    assert check_layers([seed], layers_dir=seed.parents[1] / "layers") == []


@pytest.mark.parametrize("layer", LAYERS)
def test_rfc7946(built, layer):
    text = built.geojson[f"pl-drones-2025-09-10/{layer}.geojson"]
    doc = json.loads(text)
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    assert [f["id"] for f in doc["features"]] == sorted(f["id"] for f in doc["features"])
    assert not re.search(r"\d\.\d{7,}", text.split('"properties"')[0])  # at most 6 decimals in geometry
    for feature in doc["features"]:
        if feature["geometry"] is None:  # a claim that states no direction
            assert layer == "flight_directions" and feature["properties"]["kind"] == "claim"
            continue
        geom = shape(feature["geometry"])
        assert geom.is_valid, feature["id"]
        x0, y0, x1, y1 = geom.bounds
        assert -180 <= x0 <= x1 <= 180 and -90 <= y0 <= y1 <= 90
        for poly in shapely.get_parts(geom):
            if poly.geom_type == "Polygon":
                assert poly.exterior.is_ccw, feature["id"]
                assert all(not ring.is_ccw for ring in poly.interiors)


def test_every_feature_names_its_sources(built):
    for layer, frame in built.layers.items():
        for _, row in frame.iterrows():
            assert row["sources"], (layer, row["id"])
            assert row["status"] in vocab.STATUSES


def test_crash_sites_carry_geocoding_provenance(built):
    for _, row in built.layers["crash_sites"].iterrows():
        assert row["gazetteer_id"].startswith(("geonames:", "prng:"))  # GeoNames, or the Polish register
        assert row["precision"] in ("place", "place_part", "between", "admin3", "admin2")
        assert row["admin1"] and row["admin2"]


def test_geopackage_has_every_feature_with_typed_fields(written):
    built, out = written
    path = out / "build" / "pl-drones-2025-09-10.gpkg"
    names = [
        n for n in fiona.listlayers(path) if n not in ("layer_styles", "geomap_metadata", "geomap_history")
    ]
    assert {n.split("_")[0] for n in names} == {n.split("_")[0] for n in LAYERS}
    for layer in LAYERS:
        tables = [
            n
            for n in names
            if n == layer
            or (n.startswith(layer + "_") and n[len(layer) + 1 :] not in ("uncertainty",) and n not in LAYERS)
        ]
        counts = 0
        for table in tables:
            with fiona.open(path, layer=table) as src:
                counts += len(src)
                assert src.crs.to_epsg() in (None, 4326)  # None: a table without geometry
        assert counts == len(built.layers[layer]), layer
    with fiona.open(path, layer="border_regions_border") as src:
        assert src.schema["properties"]["length_km"] == "float"


def test_geopackage_dates_are_datetime_fields(written):
    """known_from is a DateTime like time; each history entry is a row with its moment as a DateTime."""
    import pyogrio

    built, out = written
    path = out / "build" / "pl-drones-2025-09-10.gpkg"
    with fiona.open(path, layer="crash_sites") as src:
        assert src.schema["properties"]["known_from"] == src.schema["properties"]["time"] == "datetime"
    with fiona.open(path, layer="geomap_history") as src:
        assert src.schema["properties"]["at"] == "datetime" and src.schema["properties"]["date"] == "str"
    history = pyogrio.read_dataframe(path, layer="geomap_history")
    sites = built.layers["crash_sites"]
    expected = sum(len(h) for h in sites["history"] if isinstance(h, list))
    assert (history["layer"] == "crash_sites").sum() == expected > 0
    first = history[history["entry"] == 1].set_index(["layer", "id"])["at"]
    for _, row in sites[sites["known_from"].notna()].iterrows():
        if isinstance(row["history"], list):  # known from its first entry's moment
            assert first[("crash_sites", row["id"])] == pd.Timestamp(row["known_from"]).tz_convert("UTC")


point_features = st.lists(
    st.fixed_dictionaries(
        {
            "id": st.text(alphabet="abcdefghij-", min_size=1, max_size=8),
            "name": st.text(max_size=20),
            "lon": st.floats(-180, 180, allow_nan=False),
            "lat": st.floats(-90, 90, allow_nan=False),
        }
    ),
    min_size=1,
    max_size=8,
    unique_by=lambda f: f["id"],
)


@settings(max_examples=60, deadline=None)
@given(point_features)
def test_geojson_round_trip_and_order_independence(features):
    frame = gpd.GeoDataFrame(
        [{"id": f["id"], "name": f["name"]} for f in features],
        geometry=[shapely.Point(f["lon"], f["lat"]) for f in features],
        crs="EPSG:4326",
    )
    text = to_geojson(frame)
    assert text == to_geojson(frame.iloc[::-1])
    doc = json.loads(text)
    by_id = {f["id"]: f for f in features}
    for feature in doc["features"]:
        src = by_id[feature["id"]]
        lon, lat = feature["geometry"]["coordinates"]
        assert lon == pytest.approx(src["lon"], abs=5e-7) and lat == pytest.approx(src["lat"], abs=5e-7)
        assert feature["properties"]["name"] == src["name"]


def test_geopackage_is_byte_stable(built, tmp_path):
    from geomap.io.gpkg import write_geopackage

    write_geopackage(built.layers, tmp_path / "a.gpkg")
    write_geopackage(built.layers, tmp_path / "b.gpkg")
    assert (tmp_path / "a.gpkg").read_bytes() == (tmp_path / "b.gpkg").read_bytes()


def test_uncertainty_areas_are_polygons_beside_their_points(built, tmp_path):
    """A point located only to an admin unit is a dashed circle on the page; in GeoJSON and QGIS, a polygon."""
    from pyproj import Geod

    from geomap.build import write_outputs

    geod = Geod(ellps="WGS84")
    for layer in ("crash_sites", "later_finds"):
        points = built.layers[layer].set_index("id")
        wanted = points[points["precision"].isin(vocab.AREA_PRECISIONS) & (points["uncertainty_km"] > 0)]
        if wanted.empty:  # every later find is now a village the register knows: no areas, no layer
            assert f"{layer}_uncertainty" not in built.layers
            continue
        areas = built.layers[f"{layer}_uncertainty"]
        assert sorted(areas["id"]) == sorted(wanted.index)  # one area for each such point, and only those
        for _, area in areas.iterrows():
            centre = points.loc[area["id"], "geometry"]
            assert area.geometry.contains(centre) and area.geometry.exterior.is_ccw
            x, y = area.geometry.exterior.coords[0]
            _, _, metres = geod.inv(centre.x, centre.y, x, y)
            assert abs(metres / 1000 - area["uncertainty_km"]) < 0.01  # the radius is the uncertainty
    write_outputs(built, layers_dir=tmp_path / "l", out_dir=tmp_path / "b")
    gpkg = tmp_path / "b" / "pl-drones-2025-09-10.gpkg"
    assert "crash_sites_uncertainty" in fiona.listlayers(gpkg)
    styles = gpd.read_file(gpkg, layer="layer_styles")
    qml = dict(zip(styles["f_table_name"], styles["styleQML"], strict=True))
    assert 'name="outline_style" value="dash"' in qml["crash_sites_uncertainty"]  # dashed, as on the page
    assert 'fieldName="name"' in qml["crash_sites"] and 'labelsEnabled="1"' in qml["crash_sites"]  # labelled
    assert 'labelsEnabled="1"' not in qml["airports"]  # a layer the page does not label
