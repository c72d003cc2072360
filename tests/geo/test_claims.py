"""Claims drawn as claims: one per speaker, entry sectors on the right border, corridors without
hooks, fans that end at their targets, overlaps marked, statements kept; and GIS-ready outputs."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess

import numpy as np
import pandas as pd
import pytest
import shapely
from common import write_incident
from shapely.geometry import shape

from geomap.errors import IncidentError
from geomap.geo import boundaries
from geomap.geo.claims import Area, Target, build_claim, turns
from geomap.geo.geodesy import Projector, distance_km, local_crs
from geomap.resolve import region

POLAND_NEIGHBOURS = ["BY", "UA", "LT", "RU", "SK", "CZ", "DE"]


def metric_distance_km(geom, other) -> float:
    proj = Projector(local_crs(other))
    return proj.to_metric(geom).distance(proj.to_metric(other)) / 1000


@pytest.fixture(scope="module")
def parts(built):
    frame = built.layers["flight_directions"]
    return {row["id"]: row for _, row in frame.iterrows()}


def test_one_claim_per_speaker(parts):
    claims = {p["claim_id"]: p for p in parts.values() if p["kind"] == "claim"}
    assert sorted(claims) == ["belarus", "ordash", "tusk", "zelensky"]
    assert len({c["speaker"] for c in claims.values()}) == 4
    assert claims["tusk"]["origin"] == "Belarus" and claims["tusk"]["via"] == []
    assert pd.isna(claims["zelensky"]["origin"]) and claims["zelensky"]["via"] == [
        "Ukraine–Belarus border",
        "Belarus",
    ]
    assert (
        claims["ordash"]["targets"] and not claims["tusk"]["targets"]
    )  # targets only where a source ties them


def test_a_claim_with_no_direction_is_kept(parts):
    statement = parts["belarus"]
    assert statement["kind"] == "claim" and statement.geometry is None and statement["has_direction"] is False
    assert not [p for p in parts.values() if p["claim_id"] == "belarus" and p["kind"] != "claim"]


@pytest.mark.parametrize(("claim", "country"), [("tusk", "BY"), ("zelensky", "BY"), ("ordash", "UA")])
def test_each_sector_lies_on_its_border_and_no_other(parts, claim, country):
    sector = parts[f"{claim}-sector"].geometry
    border = boundaries.shared_border(country, "PL").geometry
    proj = Projector(local_crs(border))
    assert (
        proj.to_metric(sector).difference(proj.to_metric(border).buffer(500)).length < 1
    )  # a part of that border
    for other in POLAND_NEIGHBOURS:
        if other != country:
            stray = proj.to_metric(sector).intersection(
                proj.to_metric(boundaries.shared_border(other, "PL").geometry).buffer(2000)
            )
            assert stray.length < 3000, other  # it may touch a tripoint, never run along another border


@pytest.mark.parametrize("claim", ["tusk", "zelensky", "ordash"])
def test_no_route_turns_by_more_than_90_degrees(parts, claim):
    route = parts[f"{claim}-route"].geometry
    proj = Projector(local_crs(route))
    assert max(turns(proj.to_metric(route))) <= 90.0


@pytest.mark.parametrize(("claim", "origin"), [("tusk", "BY"), ("ordash", "UA")])
def test_a_route_starts_inside_its_origin_and_ends_on_its_sector(parts, claim, origin):
    route = parts[f"{claim}-route"].geometry
    assert boundaries.country(origin).contains(shapely.Point(route.coords[0]))
    assert metric_distance_km(shapely.Point(route.coords[-1]), parts[f"{claim}-sector"].geometry) < 0.5


def test_the_corridor_stays_in_the_claimed_countries(parts):
    for claim, countries in (("tusk", ["BY"]), ("zelensky", ["UA", "BY"]), ("ordash", ["UA"])):
        corridor = parts[f"{claim}-corridor"].geometry
        allowed = shapely.union_all([boundaries.country(c) for c in countries])
        assert corridor.difference(allowed.buffer(0.01)).area < 1e-6, claim
        assert corridor.is_valid


def test_every_fan_line_ends_at_its_target(parts, built):
    sites = built.layers["crash_sites"].set_index("id")
    fans = [p for p in parts.values() if p["kind"] == "fan"]
    assert len(fans) == len(sites)  # Ordash's claim names "these drones": every site
    sector = parts["ordash-sector"].geometry
    for fan in fans:
        site = sites.loc[fan["target"].split("/", 1)[1]]
        end = fan.geometry.coords[-1]
        radius = site["uncertainty_km"] if site["precision"] in ("admin3", "admin2", "between") else 0.0
        assert distance_km(end, (site.geometry.x, site.geometry.y)) == pytest.approx(radius, abs=0.05)
        assert metric_distance_km(shapely.Point(fan.geometry.coords[0]), sector) < 0.5
        assert fan["distance_from_border_km"] % 10 == 0 and fan["bearing"] % 10 == 0
        assert distance_km(fan.geometry.coords[0], end) >= fan["distance_from_border_km"]


def test_where_two_sectors_coincide_the_stretch_is_marked(parts):
    overlap = parts["overlap-tusk-zelensky"]
    assert overlap["kind"] == "overlap" and list(overlap["claim_ids"]) == ["tusk", "zelensky"]
    border = boundaries.shared_border("BY", "PL")
    assert overlap.geometry.length > 0.9 * border.geometry.length  # both imply the whole border
    assert not [p for p in parts if p.startswith("overlap-") and "ordash" in p]


def test_no_precision_a_claim_does_not_have(parts):
    for p in parts.values():
        if pd.notna(p.get("bearing")):
            assert p["bearing"] % 10 == 0
        assert "length_km" not in p or p["length_km"] != p["length_km"]  # no path lengths at all


def _claim(body: str) -> str:
    return (
        "places:\n  sites:\n    - name: Cześniki\n      place: Cześniki, Zamość County\n      sources: [src]\n"
        + body
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "flight_directions:\n  - claim: C\n    claimed_by: [A, B]\n    speaker: A\n    sources: [src]\n",
            "claimed_by: is now speaker: one claim per speaker",
        ),
        (
            "flight_directions:\n  - claim: C\n    speaker: A\n    origin: {region: Zhytomyr Oblast}\n    into: PL\n    sources: [src]\n",
            "does not border Poland",
        ),
        (
            "flight_directions:\n  - claim: C\n    speaker: A\n    origin: {region: Podlaskie Voivodeship}\n    into: PL\n    sources: [src]\n",
            "lies in Poland, the country entered",
        ),
        (
            "flight_directions:\n  - claim: C\n    speaker: A\n    origin: {country: EE}\n    sources: [src]\n",
            "EE and PL share no border",
        ),
        (
            "flight_directions:\n  - claim: C\n    speaker: A\n    via: [{border: [UA]}]\n    sources: [src]\n",
            "must be two different ISO alpha-2 codes",
        ),
        (
            "flight_directions:\n  - claim: C\n    speaker: A\n    origin: {country: UA}\n    width_km: 80\n    sources: [src]\n",
            "a corridor is 30 to 50 km wide",
        ),
    ],
    ids=[
        "two-speakers",
        "region-off-the-border",
        "region-inside",
        "no-shared-border",
        "half-a-border",
        "too-wide",
    ],
)
def test_bad_claims_are_named(tmp_path, body, message):
    from geomap.build import build_incident

    with pytest.raises(IncidentError, match=message):
        build_incident(write_incident(tmp_path, _claim(body)))


def test_a_region_origin_implies_the_part_of_the_border_next_to_it():
    volyn = region("Volyn Oblast")
    claim = build_claim(
        [Area("Volyn Oblast", "UA", volyn.geometry, "region")], "PL", [Target("t", 23.4, 50.7)]
    )
    border = boundaries.shared_border("UA", "PL")
    assert claim.sector.length < 0.5 * border.geometry.length
    assert metric_distance_km(claim.sector, volyn.geometry) < 3
    assert claim.sector_label == "UA–PL border, the part nearest Volyn Oblast"


def test_a_place_origin_starts_the_route_at_the_place():
    lviv = (24.0232, 49.8383)
    claim = build_claim([Area("Lviv", "UA", shapely.Point(lviv), "point")], "PL", [])
    assert distance_km(claim.centreline.coords[0], lviv) < 0.1
    assert metric_distance_km(claim.sector, shapely.Point(lviv)) < 150


# -- GIS-ready outputs ---------------------------------------------------------------------------
def test_geojson_carries_simplestyle_colours(built):
    from geomap import vocab

    sites = json.loads(built.geojson["pl-drones-2025-09-10/crash_sites.geojson"])["features"]
    assert {f["properties"]["marker-color"] for f in sites} <= set(vocab.STATUS_COLOURS.values())
    claims = json.loads(built.geojson["pl-drones-2025-09-10/flight_directions.geojson"])["features"]
    corridor = next(f for f in claims if f["id"] == "tusk-corridor")["properties"]
    assert corridor["fill"] in vocab.CLAIM_COLOURS and 0 < corridor["fill-opacity"] < 1
    band = next(
        f
        for f in json.loads(built.geojson["pl-drones-2025-09-10/border_regions.geojson"])["features"]
        if f["properties"]["kind"] == "band"
    )
    assert band["properties"]["fill"] and band["properties"]["fill-opacity"] == 0.12


def _ogrinfo(path, *layers, options=("-so",)) -> str:
    if not shutil.which("ogrinfo"):
        import os

        if os.environ.get("CI"):
            pytest.fail("CI must install gdal-bin for ogrinfo (see .ci/run)")
        pytest.skip("ogrinfo (Debian's gdal-bin) is not installed")
    command = ["ogrinfo", "-ro", *options, str(path), *layers]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def test_the_geopackage_has_one_geometry_type_per_table_and_styles(written):
    _, out = written
    path = out / "build" / "pl-drones-2025-09-10.gpkg"
    listing = _ogrinfo(path, options=("-so", "-q"))
    tables = dict(line.split(": ", 1)[1].rsplit(" (", 1) for line in listing.strip().splitlines())
    assert {k: v.rstrip(")") for k, v in tables.items()} == {
        "airports": "Point",
        "alert_regions": "Polygon",
        "border_regions_band": "Polygon",
        "border_regions_border": "Line String",
        "crash_sites": "Point",
        "flight_directions_claim": "None",
        "flight_directions_corridor": "Polygon",
        "flight_directions_fan": "Line String",
        "flight_directions_overlap": "Line String",
        "flight_directions_route": "Line String",
        "flight_directions_sector": "Line String",
        "later_finds": "Point",
        "layer_styles": "None",
        "geomap_metadata": "None",
        "geomap_history": "None",
        "crash_sites_uncertainty": "Polygon",
    }
    with sqlite3.connect(path) as db:
        styled = dict(db.execute("SELECT f_table_name, styleQML FROM layer_styles WHERE useAsDefault"))
        assert set(styled) == {t for t, g in tables.items() if g.rstrip(")") != "None"}
        meta = dict(db.execute("SELECT key, value FROM geomap_metadata"))
        assert meta == {"incident": "pl-drones-2025-09-10", "seed": "pl-drones-2025-09-10.yaml"}
        assert "categorizedSymbol" in styled["crash_sites"] and 'attr="status"' in styled["crash_sites"]
        assert 'attr="claim_id"' in styled["flight_directions_corridor"]
        kinds = dict(db.execute("SELECT table_name, data_type FROM gpkg_contents"))
        assert kinds["layer_styles"] == "attributes" and kinds["crash_sites"] == "features"


def test_times_are_datetime_fields_and_numbers_numbers(tmp_path):
    from geomap.build import build_incident, write_outputs

    body = (
        "places:\n  sites:\n    - name: Cześniki\n      place: Cześniki, Zamość County\n"
        "      time: 2025-09-10T05:40:00+02:00\n      sources: [src]\n"
    )
    built = build_incident(write_incident(tmp_path, body))
    write_outputs(built, layers_dir=tmp_path / "l", out_dir=tmp_path / "b")
    info = _ogrinfo(tmp_path / "b" / "test.gpkg", "sites")
    assert "time: DateTime" in info and "score: Real" in info and "alternatives_total: Integer" in info
    import pyogrio

    frame = pyogrio.read_dataframe(tmp_path / "b" / "test.gpkg", layer="sites")
    assert str(frame["time"].iloc[0].tz_convert("UTC")) == "2025-09-10 03:40:00+00:00"


def test_geojson_round_trips_claims_without_geometry(built):
    doc = json.loads(built.geojson["pl-drones-2025-09-10/flight_directions.geojson"])
    belarus = next(f for f in doc["features"] if f["id"] == "belarus")
    assert belarus["geometry"] is None  # RFC 7946 3.2: a feature without geometry
    for f in doc["features"]:
        if f["geometry"] is not None:
            assert shape(f["geometry"]).is_valid


@pytest.mark.parametrize("lon, lat", [(23.1, 51.2), (-170.5, -60.25), (0.0, 0.0), (179.9, 65.0)])
def test_local_projections_are_the_pipelines_epsg_4326_would_give(lon, lat):
    """Made from PROJ's lon/lat definition (fast), the transforms are those of EPSG:4326, step for step."""
    from pyproj import Transformer

    crs = local_crs(shapely.Point(lon, lat))
    proj = Projector(crs)
    assert proj._fwd.definition == Transformer.from_crs("EPSG:4326", crs, always_xy=True).definition
    assert proj._inv.definition == Transformer.from_crs(crs, "EPSG:4326", always_xy=True).definition
    x, y = proj._fwd.transform(lon - 0.5, lat - 0.5)
    assert proj.point_to_lonlat(shapely.Point(x, y)) == pytest.approx((lon - 0.5, lat - 0.5), abs=1e-9)


@pytest.mark.parametrize("country", ["RU", "UA", "BY", "LT"])
def test_the_shrunk_country_near_a_point_gives_the_whole_shrunk_countrys_nearest_point(country):
    """_core_near cuts a country before shrinking it: the nearest point it gives is the full shrink's.

    As near and as deep, to within the 1.5 km the shrinking is allowed (its outline simplified, its corners in 8 segments).
    """
    from shapely.ops import nearest_points

    from geomap.geo.claims import ORIGIN_DEPTH_KM, _core_near

    outline = boundaries.country(country)
    proj = Projector(local_crs(shapely.Point(24.0, 52.0)))
    shape = proj.to_metric(outline)
    depth = ORIGIN_DEPTH_KM * 250
    whole = shape.buffer(-depth)  # exact: 16 segments a quarter circle, the outline as drawn
    x0, y0, x1, y1 = shape.bounds
    rng = np.random.default_rng(3)
    for x, y in zip(rng.uniform(x0, x1, 12), rng.uniform(y0, y1, 12), strict=True):
        at = shapely.Point(x, y)
        near = _core_near(shape, at, depth)
        if whole.boundary.distance(at) > 1_500:
            assert near.contains(at) == whole.contains(at)
        if not whole.contains(at):
            # The point found is as far from ``at`` as the exact one, and as deep inside (to 1.5 km);
            # along a straight stretch it may slide further than that, which matters to no one.
            found = nearest_points(near, at)[0]
            assert abs(found.distance(at) - whole.distance(at)) < 1_500
            assert whole.distance(found) < 1_500


@pytest.mark.parametrize("country", ["RU", "UA", "BY", "LT"])
def test_a_country_is_shrunk_to_within_one_and_a_half_kilometres(country):
    from geomap.geo.claims import ORIGIN_DEPTH_KM, _shrunk

    proj = Projector(local_crs(shapely.Point(24.0, 52.0)))
    shape = proj.to_metric(boundaries.country(country))
    depth = ORIGIN_DEPTH_KM * 250
    assert _shrunk(shape, depth).hausdorff_distance(shape.buffer(-depth)) < 1_500
