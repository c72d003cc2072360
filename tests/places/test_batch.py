"""Batch geocoding and admin units: one lookup per distinct place, honest statuses, and Dask giving
the same rows as one process."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from geomap.cli import main
from geomap.geo.admin import admin_units
from geomap.io.tables import parquet_files
from geomap.places.batch import COLUMNS, geocode_many
from geomap.places.geocoder import Geocoder

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from synthetic_events import events  # noqa: E402


def test_each_row_gets_its_own_answer_aligned_to_the_input():
    names = pd.Series(
        ["Cześniki", "Mniszków", "Mniszków", None, " Cześniki ", "Lwów", "Xyzzy-on-nowhere"],
        index=[10, 11, 12, 13, 14, 15, 16],
    )
    hints = {"county": ["Zamość County", "powiat opoczyński", None, None, "Zamość County", None, None]}
    found = geocode_many(names, hints)
    assert list(found.index) == [10, 11, 12, 13, 14, 15, 16]
    assert list(found.columns) == list(COLUMNS)
    assert list(found.geocode_status) == [
        "resolved",
        "resolved",
        "ambiguous",
        "not_found",
        "resolved",
        "resolved",
        "not_found",
    ]
    assert found.loc[10, "gazetteer_id"] == found.loc[14, "gazetteer_id"] == "geonames:773720"
    assert found.loc[11, "admin2"] == "Opoczno County"
    assert (
        "geonames:764572" in found.loc[12, "candidates"] and "geonames:3091589" in found.loc[12, "candidates"]
    )
    assert np.isnan(found.loc[12, "lon"])  # ambiguous: reported, never guessed
    assert found.loc[13, "message"] == "no place name in this row"
    assert found.loc[15, "matched_name"] == "Lwow" or found.loc[15, "lon"] == pytest.approx(24.02324)


def test_one_lookup_per_distinct_name_and_hints():
    class Counting(Geocoder):
        calls = 0

        def resolve(self, query, /, **kwargs):
            Counting.calls += 1
            return super().resolve(query, **kwargs)

    names = ["Cześniki", "Łódź", "Cześniki", "Łódź", "Cześniki"] * 2000
    hints = {"county": ["Zamość County", None, "Zamość County", None, "Zamość County"] * 2000}
    found = geocode_many(names, hints, geocoder=Counting())
    assert Counting.calls == 2
    assert len(found) == 10_000 and (found.geocode_status == "resolved").all()


def test_admin_units_follow_geomaps_borders_and_english_names():
    # Simferopol, Sevastopol, Kyiv, Lviv: Crimea and Sevastopol are Ukraine, as the map draws them.
    units = admin_units(np.array([34.1, 33.52, 30.52, 24.03]), np.array([44.95, 44.6, 50.45, 49.84]))
    assert list(units["in_country"]) == ["UA", "UA", "UA", "UA"]
    assert list(units["in_admin1"]) == ["Autonomous Republic of Crimea", "Sevastopol", "Kyiv", "Lviv Oblast"]
    assert (units["in_admin2"][3], units["in_admin3"][3]) == ("Lvivskyi Raion", "Lvivska Hromada")


def test_admin_units_of_known_points():
    units = admin_units(
        np.array([23.44, 20.03915, 24.0233, np.nan]), np.array([50.7056, 51.37017, 49.8383, 1.0])
    )
    assert list(units["in_country"]) == ["PL", "PL", "UA", None]
    assert list(units["in_admin1_code"]) == ["PL-LU", "PL-LD", "UA-46", None]
    assert list(units["in_admin2"][:2]) == ["Zamość County", "Opoczno County"]
    assert list(units["in_admin3"][:2]) == ["Sitno", "Mniszków"]
    assert units["nearest_place"][0] == "Cześniki" and units["nearest_place_km"][0] == 0.0
    # Beside the English names, the country's own: one language a column, never mixed.
    assert list(units["in_admin1_local"]) == [
        "województwo lubelskie",
        "województwo łódzkie",
        "Львівська область",
        None,
    ]
    assert (units["in_admin2_local"][0], units["in_admin3_local"][0]) == ("powiat zamojski", "gmina Sitno")
    assert (units["in_admin2_local"][2], units["in_admin3_local"][2]) == (
        "Львівський район",
        "Львівська громада",
    )


def test_belarusian_and_lithuanian_units_have_their_own_names():
    # Pinsk and Vilnius
    units = admin_units(np.array([26.10, 25.28]), np.array([52.11, 54.69]))
    assert list(units["in_admin1_local"]) == ["Брестская область", "Vilniaus apskritis"]
    assert (units["in_admin2"][0], units["in_admin2_local"][0]) == ("Pinsk Raion", "Пинский район")


def _events_csv(folder: Path, n: int = 3000) -> Path:
    import pyarrow.csv as csv

    path = folder / "events.csv"
    csv.write_csv(events(n, seed=2), path)
    return path


def _read_parts(folder: Path) -> pd.DataFrame:
    import geopandas as gpd

    return pd.concat([gpd.read_parquet(f) for f in parquet_files(folder)], ignore_index=True)


def test_the_table_command_writes_csv_parquet_and_parts(tmp_path, capsys):
    path = _events_csv(tmp_path, 500)
    common = ["geocode", "--table", str(path), "--column", "location", "--hint-column", "admin1", "--admin"]
    assert main([*common, "-o", str(tmp_path / "out.csv")]) == 0
    assert "500 rows;" in capsys.readouterr().err
    csv = pd.read_csv(tmp_path / "out.csv")
    assert {"geomap_status", "geomap_lon", "geomap_in_admin1", "geomap_nearest_place"} <= set(csv.columns)
    assert main([*common, "-o", str(tmp_path / "out.parquet")]) == 0
    assert main([*common, "-o", str(tmp_path / "parts")]) == 0
    parts = _read_parts(tmp_path / "parts")
    assert len(parts) == len(csv) == 500 and parts.crs.to_epsg() == 4326
    assert list(parts.geomap_status) == list(csv.geomap_status)
    capsys.readouterr()
    assert main([*common, "-o", str(tmp_path / "strict.csv"), "--strict"]) == (
        1 if (csv.geomap_status != "resolved").any() else 0
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--table", "T"], "--table needs -o OUT"),
        (["--table", "T", "-o", "x.csv"], "--table needs --column C (the place names) or --admin"),
        (["--table", "T", "-o", "x.csv", "--column", "nope"], "no column 'nope'"),
        (["Cześniki", "--table", "T"], "give QUERY... or --table FILE, not both"),
        (["--table", "T", "-o", "x.txt", "--column", "location"], "write .csv, .parquet, or a folder name"),
        ([], "give one or more QUERY, or --table FILE --column C -o OUT"),
    ],
)
def test_table_mistakes_are_one_line(tmp_path, capsys, args, message):
    path = _events_csv(tmp_path, 20)
    args = [str(path) if a == "T" else str(tmp_path / a) if a.endswith((".csv", ".txt")) else a for a in args]
    usage = "needs" in message or "give" in message  # options that cannot work together: exit 2
    assert main(["geocode", *args]) == (2 if usage else 1)
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0], err


@pytest.fixture(scope="module")
def cluster():
    """A two-worker Dask cluster of its own processes, reached by address like a remote one."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as c:
        yield c.scheduler_address


def test_dask_gives_the_rows_one_process_gives(tmp_path, cluster, capsys):
    path = _events_csv(tmp_path)
    common = ["geocode", "--table", str(path), "--column", "location", "--hint-column", "admin1", "--admin"]
    assert main([*common, "-o", str(tmp_path / "single")]) == 0
    assert main([*common, "-o", str(tmp_path / "dask"), "--dask", cluster]) == 0
    err = capsys.readouterr().err
    assert "(on 2 Dask workers: " in err and "gazetteer per worker" in err
    # The same summary either way: the counts, in the same words; only where and how long differ.
    single_line, dask_line = (
        line.split(" (", 1)[0] for line in err.splitlines() if line.startswith("geomap geocode:")
    )
    assert (
        single_line == dask_line and "3,000 rows;" in single_line and "in a known admin-1 unit" in dask_line
    )
    single, dask = _read_parts(tmp_path / "single"), _read_parts(tmp_path / "dask")
    assert len(parquet_files(tmp_path / "dask")) > 1  # it was split
    assert list(single.columns) == list(dask.columns) and single.dtypes.equals(dask.dtypes)
    for column in single.columns:
        if column == "geometry":
            assert single.geometry.geom_equals_exact(dask.geometry, 0).all() or single.geometry.equals(
                dask.geometry
            )
        else:
            pd.testing.assert_series_equal(single[column], dask[column], check_names=True)


def test_map_reads_parts_and_draws_the_same_page_on_dask(tmp_path, cluster):
    path = _events_csv(tmp_path, 2000)
    assert main(["geocode", "--table", str(path), "--admin", "-o", str(tmp_path / "parts")]) == 0
    pages = []
    for extra in ([], ["--dask", cluster]):
        out = tmp_path / f"map{len(pages)}.html"
        assert main(["map", str(tmp_path / "parts"), "-o", str(out), "--category", "event_type", *extra]) == 0
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]
    grid = tmp_path / "grid.html"
    assert (
        main(["map", str(tmp_path / "parts"), "-o", str(grid), "--dask", cluster, "--max-events", "100"]) == 0
    )
    from columns import islands

    doc, _ = islands(grid.read_text("utf-8"))
    assert not doc["tables"][0]["embedded"] and doc["tables"][0]["grid"]["total"] == 2000


def test_an_unreachable_scheduler_is_one_line(tmp_path, capsys):
    path = _events_csv(tmp_path, 20)
    assert (
        main(["geocode", "--table", str(path), "--admin", "-o", str(tmp_path / "p"), "--dask", "localhost:1"])
        == 1
    )
    assert "give a scheduler address such as tcp://" in capsys.readouterr().err
