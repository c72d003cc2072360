"""Borders, bands and regions, pinned against pyproj on the raw Natural Earth data."""

from __future__ import annotations

import re
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from common import SHARED
from pyproj import Geod

from geomap.errors import BoundaryError, OptionError, PlaceError
from geomap.geo import boundaries
from geomap.geo.geodesy import Projector, local_crs
from geomap.resolve import region

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
    with pytest.raises(BoundaryError, match="share no border"):
        boundaries.shared_border("PL", "EE")


def test_unknown_country():
    with pytest.raises(BoundaryError, match="country 'XX' is not in the packaged boundaries"):
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
    with pytest.raises(OptionError, match="side 'UA' must be PL, BY or both"):
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
    assert region(name).iso_3166_2 == iso


def test_a_powiat_is_not_a_region():
    with pytest.raises(PlaceError, match="names a powiat"):
        region("powiat zamojski")


@pytest.mark.parametrize(
    ("cc", "code", "iso"),
    [("PL", "75", "PL-LU"), ("PL", "PL.75", "PL-LU"), ("PL", "PL-LU", "PL-LU"), ("ua", "UA-07", "UA-07")],
)
def test_regions_by_code(cc, code, iso):
    """The boundaries find a region by code alone: the gazetteer's GeoNames code, or ISO 3166-2."""
    found = boundaries.region_by_code(cc, code)
    assert (found.iso_3166_2, found.country) == (iso, cc.upper())
    assert found.geometry.area > 1


@pytest.mark.parametrize(
    ("cc", "code", "message"),
    [
        ("PL", "99", "no admin-1 region '99' of PL"),
        ("XX", "01", "country 'XX' is not in the packaged boundaries"),
    ],
)
def test_an_unknown_region_code_is_a_boundary_error(cc, code, message):
    with pytest.raises(BoundaryError, match=message):
        boundaries.region_by_code(cc, code)


def test_the_boundaries_hold_no_geocoder():
    """Names are the geocoder's business: the boundaries module imports nothing of places/ or resolve."""
    import ast

    tree = ast.parse(Path(boundaries.__file__).read_text("utf-8"))
    imported = {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert imported and not {m for m in imported if m.startswith(("geomap.places", "geomap.resolve"))}


def test_a_region_is_named_by_the_resolvers_own_geocoder(seed):
    """resolve() names regions through the geocoder it was given, as it does villages."""
    from dataclasses import replace

    from geomap.incident import load_incident
    from geomap.places.geocoder import Geocoder
    from geomap.resolve import resolve

    asked = []

    class Renaming(Geocoder):
        def admin_unit(self, text, /, *, level=None, country=None):
            asked.append(text)
            found = super().admin_unit(text, level=level, country=country)
            return replace(found, name=f"Custom {found.name}")

    resolved = resolve(load_incident(seed), geocoder=Renaming())
    names = [r.region.name for r in resolved.regions]
    assert asked and names and all(n.startswith("Custom ") for n in names), (asked, names)


def test_a_boundary_file_gives_back_what_was_written():
    """areas.encode and decode: the same properties, kinds and vertices, in order, non-ASCII names kept."""
    from geomap.geo import areas

    props = [{"name": "Łódź\nvoivodeship", "n": 1}, {"name": "Київ", "n": None}, {"name": "p", "n": 2.5}]
    geoms = [
        shapely.MultiPolygon([shapely.box(19, 51, 20, 52), shapely.box(21, 51, 22, 52)]),
        shapely.Polygon(
            [(30, 50), (31, 50), (31, 51), (30, 50)], [[(30.2, 50.1), (30.8, 50.1), (30.8, 50.5)]]
        ),
        shapely.Point(22.5, 51.123456789),
    ]
    read = areas.decode(areas.encode(props, geoms), "x.wkb.gz")
    assert read.props == props
    assert [g.wkb for g in read.geoms] == [g.wkb for g in geoms]
    assert areas.decode(areas.encode([], []), "x.wkb.gz").props == []


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"garbage",
        lambda data: data[:-1],  # the last geometry cut short
        lambda data: data + b"\x00",
        lambda data: data.replace(b'"sizes":[', b'"sizes":[1,'),
        lambda data: data.replace(b"geomap-areas 1", b"geomap-areas 2"),
    ],
)
def test_a_damaged_boundary_file_is_a_data_error(damage):
    from geomap.errors import DataError
    from geomap.geo import areas

    data = areas.encode(
        [{"iso_a2": "PL"}, {"iso_a2": "LT"}], [shapely.box(19, 51, 20, 52), shapely.box(23, 54, 24, 55)]
    )
    with pytest.raises(DataError, match=re.escape("geomap/data/admin0.wkb.gz: is damaged")):
        areas.decode(damage(data), "admin0.wkb.gz")


def test_the_packaged_boundaries_are_valid_polygons_with_their_codes():
    from geomap.geo import areas

    for table, code in ((areas.countries(), "iso_a2"), (areas.admin1(), "iso_3166_2")):
        kinds = set(shapely.get_type_id(table.geoms))
        assert kinds <= {shapely.GeometryType.POLYGON, shapely.GeometryType.MULTIPOLYGON}, kinds
        assert shapely.is_valid(table.geoms).all()
        assert all(p[code] for p in table.props) and len(table.props) == len(table.geoms)
    assert {"PL", "UA", "BY", "LT", "RU"} <= {p["iso_a2"] for p in areas.countries().props}
