"""Borders, bands and regions, pinned against pyproj on the raw Natural Earth data."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely
from conftest import SHARED
from pyproj import Geod

from geomap.geo import boundaries
from geomap.geo.geodesy import Projector, local_crs

RAW_ADMIN0 = SHARED / "data" / "naturalearth" / "ne_10m_admin_0_countries_deu.zip"


@pytest.fixture(scope="module")
def raw_countries():
    if not RAW_ADMIN0.is_file():
        pytest.skip("../shared/data is not beside this checkout")
    frame = gpd.read_file(f"zip://{RAW_ADMIN0}!ne_10m_admin_0_countries_deu.shp")
    return frame.set_index("ISO_A2_EH")


@pytest.mark.parametrize(
    ("a", "b", "measured", "official"), [("PL", "BY", 340.0, 418), ("PL", "UA", 412.0, 535)]
)
def test_border_length_against_raw_natural_earth(raw_countries, a, b, measured, official):
    raw = shapely.intersection(
        raw_countries.loc[a, "geometry"].boundary, raw_countries.loc[b, "geometry"].boundary
    )
    raw_km = Geod(ellps="WGS84").geometry_length(raw) / 1000
    packaged = boundaries.shared_border(a, b)
    assert packaged.length_km == pytest.approx(raw_km, rel=0.002)  # rounding to 6 decimals only
    assert packaged.length_km == pytest.approx(measured, rel=0.02)
    assert packaged.length_km < official  # generalised: shorter than the published length


@pytest.mark.parametrize(("a", "b"), [("PL", "LT"), ("PL", "RU"), ("BY", "UA"), ("BY", "LT"), ("PL", "SK")])
def test_neighbours_share_a_border(a, b):
    border = boundaries.shared_border(a, b)
    assert border.geometry.geom_type in ("LineString", "MultiLineString")
    assert border.length_km > 50


def test_non_neighbours_share_none():
    with pytest.raises(boundaries.GeomapError, match="share no border"):
        boundaries.shared_border("PL", "EE")


def test_unknown_country():
    with pytest.raises(boundaries.GeomapError, match="country 'XX' is not in the packaged boundaries"):
        boundaries.country("XX")


def test_region_covers_lon_5_to_45_lat_40_to_62():
    x0, y0, x1, y1 = boundaries.countries().total_bounds
    assert x0 <= 5 and y0 <= 40 and x1 >= 45 and y1 >= 62


@pytest.mark.parametrize(("side", "width"), [("PL", 30), ("BY", 10), ("both", 20)])
def test_band_is_inside_its_country_and_as_wide_as_asked(side, width):
    band = boundaries.border_band("PL", "BY", width_km=width, side=side)
    sides = ["PL", "BY"] if side == "both" else [side]
    home = shapely.union_all([boundaries.country(c) for c in sides])
    proj = Projector(local_crs(band.geometry))
    outside = proj.to_metric(band.geometry.difference(home)).area
    # Edges straight in lon/lat bow slightly in the projection: slivers of a few thousand m², no more.
    assert outside < 5e4
    border = proj.to_metric(boundaries.shared_border("PL", "BY").geometry)
    ring = proj.to_metric(band.geometry).boundary
    farthest = max(border.distance(shapely.Point(xy)) for xy in shapely.get_coordinates(ring))
    assert farthest / 1000 == pytest.approx(width, rel=0.01)
    expected = width * boundaries.shared_border("PL", "BY").length_km * (2 if side == "both" else 1)
    assert 0.8 < band.area_km2 / expected < 1.4


def test_band_side_must_be_one_of_the_pair():
    with pytest.raises(boundaries.GeomapError, match="side 'UA' must be PL, BY or both"):
        boundaries.border_band("PL", "BY", width_km=10, side="UA")


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("Lubelskie", "PL-LU"),
        ("Lublin Voivodeship", "PL-LU"),
        ("województwo lubelskie", "PL-LU"),
        ("Podkarpackie Voivodeship", "PL-PK"),
        ("Masovian Voivodeship", "PL-MZ"),
        ("Volyn Oblast", "UA-07"),
        ("Волинська область", "UA-07"),
        ("Брэсцкая вобласць", "BY-BR"),
        ("Grodno Region", "BY-HR"),
    ],
)
def test_regions_by_name(name, iso):
    assert boundaries.region(name).iso_3166_2 == iso


def test_a_powiat_is_not_a_region():
    with pytest.raises(boundaries.GeomapError, match="names a powiat"):
        boundaries.region("powiat zamojski")
