"""Event tables on a map: every format read the same, every row drawn or reported.

The page's columns are read back with an independent decoder (tests/columns.py); the clicks, in
Debian's Chromium, are in tests/browser/test_table_pages.py.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from columns import islands, table_columns
from common import loaded_by
from event_tables import LOCATED, _geocode_places, _incident_with_table, _places_csv, canonical

from geomap.cli import main
from geomap.errors import GeomapError
from geomap.events.api import map_table


def _geo(df: pd.DataFrame):
    import geopandas as gpd
    import shapely

    ok = df["latitude"].notna()
    geometry = [
        shapely.Point(x, y) if k else None for x, y, k in zip(df.longitude, df.latitude, ok, strict=True)
    ]
    return gpd.GeoDataFrame(df.drop(columns=["longitude", "latitude"]), geometry=geometry, crs=4326)


def _write(df: pd.DataFrame, folder: Path, kind: str) -> Path:
    import pyarrow.parquet as pq

    path = folder / f"events.{kind}"
    if kind == "csv":
        df.to_csv(path, index=False)
    elif kind == "tsv":
        df.to_csv(path, index=False, sep="\t")
    elif kind == "parquet":
        pq.write_table(pa.Table.from_pandas(df, preserve_index=False), path)
    elif kind == "geoparquet":
        path = folder / "events.geo.parquet"
        _geo(df).to_parquet(path)
    elif kind == "parts":
        path = folder / "events-parts"
        path.mkdir()
        geo = _geo(df)
        for i, part in enumerate((geo.iloc[:8], geo.iloc[8:])):  # part.10 after part.2: order by number
            part.to_parquet(path / f"part.{i * 10 if i else 2}.parquet")
    else:
        options = {"SPATIAL_INDEX": "NO"} if kind == "fgb" else {}  # a spatial index refuses empty geometries
        _geo(df).to_file(
            path, driver={"geojson": "GeoJSON", "gpkg": "GPKG", "fgb": "FlatGeobuf"}[kind], **options
        )
    return path


FORMATS = ["csv", "tsv", "parquet", "geoparquet", "parts", "geojson", "gpkg", "fgb"]


@pytest.fixture(scope="module")
def reference():
    return table_columns(map_table(canonical(), category="kind", time="when").html)


@pytest.mark.parametrize("kind", FORMATS)
def test_every_format_reads_back_the_same(tmp_path, reference, kind):
    path = _write(canonical(), tmp_path, kind)
    got = table_columns(map_table(path, category="kind", time="when").html)
    table = got["table"]
    assert (table["rows"], table["count"]) == (20, LOCATED)
    assert table["missing"]["count"] == 3
    np.testing.assert_allclose(got["lon"], reference["lon"], atol=1e-5)
    np.testing.assert_allclose(got["lat"], reference["lat"], atol=1e-5)
    assert got["category"] == reference["category"]
    assert list(got["time"]) == list(reference["time"])
    for column in ("event_id", "place", "note"):
        assert got[column] == reference[column], column


def test_coordinates_ids_and_text_survive_exactly(reference):
    df = canonical()
    placed = df[df.event_id.isin(reference["event_id"])].set_index("event_id")
    for i, event in enumerate(reference["event_id"]):
        assert abs(reference["lon"][i] - placed.loc[event, "longitude"]) < 1e-5
        assert reference["note"][i] == placed.loc[event, "note"]
    assert sorted(reference["event_id"]) == sorted(set(df.event_id) - {"E05", "E06", "E07"})
    assert reference["category"].count(None) == 4  # missing is a category of its own, "(none)"


def test_rows_without_coordinates_are_counted_listed_and_said(tmp_path, capsys):
    path = _write(canonical(), tmp_path, "csv")
    out = tmp_path / "site" / "map.html"
    assert main(["map", str(path), "-o", str(out), "--category", "kind"]) == 0
    captured = capsys.readouterr()
    assert captured.out.split() == [str(out), str(out.parent / "map.missing.csv")]
    assert "20 rows: 17 drawn, 3 without coordinates (listed in map.missing.csv)" in captured.err
    missing = pd.read_csv(out.parent / "map.missing.csv")
    assert list(missing["row"]) == [6, 7, 8]
    assert list(missing["event_id"]) == ["E05", "E06", "E07"]
    assert missing["reason"].tolist() == [
        "no coordinates",
        "coordinates out of range (longitude beyond ±180 or latitude beyond ±90)",
        "coordinates 0, 0 (a missing value written as zero)",
    ]
    doc, _ = islands(out.read_text("utf-8"))
    assert doc["tables"][0]["missing"] == {
        "count": 3,
        "file": "map.missing.csv",
        "reasons": {
            "coordinates 0, 0 (a missing value written as zero)": 1,
            "coordinates out of range (longitude beyond ±180 or latitude beyond ±90)": 1,
            "no coordinates": 1,
        },
    }
    # A later build with every row placed removes the stale list.
    clean = canonical().drop(index=[5, 6, 7])
    clean.to_csv(path, index=False)
    assert main(["map", str(path), "-o", str(out)]) == 0
    assert not (out.parent / "map.missing.csv").exists()


def test_same_input_same_bytes(tmp_path):
    path = _write(canonical(), tmp_path, "csv")
    first = map_table(path, category="kind", time="when").html
    again = map_table(path, category="kind", time="when").html
    assert first == again
    for i in (1, 2):
        assert main(["map", str(path), "-o", str(tmp_path / str(i) / "map.html"), "--time", "when"]) == 0
    assert (tmp_path / "1" / "map.html").read_bytes() == (tmp_path / "2" / "map.html").read_bytes()
    assert (tmp_path / "1" / "map.missing.csv").read_bytes() == (
        tmp_path / "2" / "map.missing.csv"
    ).read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--lon", "x", "--lat", "latitude"], "no column 'x'; the columns are: event_id, place"),
        (["--lon", "longitude"], "give both --lon and --lat"),
        (["--category", "nope"], "--category 'nope': no such column"),
        (["--time", "note"], "--time 'note': no row has a time that can be read"),
        (["--time", "longitude"], "--time 'longitude' holds double, not dates or times"),
        (["--timezone", "Mars/Olympus"], "--timezone 'Mars/Olympus' is not a time zone"),
    ],
)
def test_bad_options_are_one_line_and_write_nothing(tmp_path, capsys, args, message):
    path = _write(canonical(), tmp_path, "csv")
    out = tmp_path / "out" / "map.html"
    assert main(["map", str(path), "-o", str(out), *args]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0], err
    assert not out.parent.exists()


def test_unreadable_inputs_are_one_line(tmp_path, capsys):
    (tmp_path / "bad.parquet").write_bytes(b"not parquet")
    (tmp_path / "empty").mkdir()
    (tmp_path / "nocoords.csv").write_text("a,b\n1,2\n", "utf-8")
    for target, message in (
        (tmp_path / "nothing.csv", "no such file"),
        (tmp_path / "bad.parquet", "cannot be read as a table"),
        (tmp_path / "empty", "a folder with no .parquet files"),
        (tmp_path / "nocoords.csv", "no coordinates found: give --lon and --lat"),
    ):
        assert main(["map", str(target), "-o", str(tmp_path / "x.html")]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and message in err[0] and "Traceback" not in err[0], err


def test_the_map_command_imports_no_geopandas_for_lon_lat_tables(tmp_path):
    path = _write(canonical(), tmp_path, "csv")
    args = ["map", str(path), "-o", str(tmp_path / "m.html"), "--category", "kind"]
    assert loaded_by(args, ("geopandas", "folium", "fiona", "pyproj")) == []


IMPORT_PROBE = """
import sys
from geomap.cli import main
assert main(sys.argv[1:]) == 0
print(sorted(m for m in ("geopandas", "folium", "fiona", "pyproj", "pyogrio", "shapely", "pandas") if m in sys.modules))
"""


@pytest.mark.parametrize("kind", ["csv", "parquet"])
def test_the_csv_and_parquet_paths_load_no_geo_library(tmp_path, kind):
    """As geopandas' test_no_additional_imports: a fresh process maps a table and lists what loaded."""
    df = canonical().dropna(subset=["latitude"])
    df = df[(df.longitude.abs() < 180) & (df.longitude != 0)]
    path = tmp_path / f"t.{kind}"
    if kind == "csv":
        df.to_csv(path, index=False)
    else:
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pandas(df, preserve_index=False).replace_schema_metadata(None), path)
    args = [
        "map",
        str(path),
        "-o",
        str(tmp_path / "m.html"),
        "--category",
        "kind",
        "--time",
        "when",
        "--filter",
        "kind",
        "--popup",
        "note",
    ]
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE, *args], capture_output=True, text=True, check=True
    )
    loaded = done.stdout.strip().splitlines()[-1]
    # The basemap is cut to the view with numpy (geomap.geo.rings), not shapely; nor is pandas needed.
    assert loaded == "[]", loaded


def test_places_are_geocoded_in_batch_and_the_unresolved_listed(tmp_path):
    df = pd.DataFrame(
        {
            "town": ["Cześniki", "Mniszków", "Mniszków", "Nowhere-on-earth", "Lwów"],
            "county": ["Zamość County", "powiat opoczyński", None, None, None],
        }
    )
    result = map_table(df, place="town", hints=("county",))
    table = result.document["tables"][0]
    assert (table["count"], table["missing"]["count"]) == (3, 2)
    assert table["source"] == "geocoded place column town"
    reasons = result.missing.column("reason").to_pylist()
    assert reasons[0].startswith("ambiguous: 'Mniszków' matches 2 places")
    assert reasons[1].startswith("not_found:")


def test_a_density_grid_above_the_limit_and_only_the_grid_above_the_maximum():
    df = canonical()
    both = table_columns(map_table(df, grid_above=10).html)["table"]
    assert both["embedded"] and both["grid"]["total"] == LOCATED and both["draw_limit"] == 10
    alone = table_columns(map_table(df, grid_above=10, max_events=10).html)
    assert not alone["table"]["embedded"] and alone["table"]["grid"]["total"] == LOCATED
    assert "lon" not in alone and not alone["table"]["columns"]


def test_map_help_gives_the_default_max_events_the_page_uses(capsys):
    from geomap.events.spec import MAX_EVENTS

    with pytest.raises(SystemExit):
        main(["map", "--help"])
    assert f"(default {MAX_EVENTS:,})" in " ".join(capsys.readouterr().out.split())


def test_geodataframes_and_arrow_tables_map_too():
    df = canonical()
    from_geo = table_columns(map_table(_geo(df), category="kind").html)
    from_arrow = table_columns(
        map_table(pa.Table.from_pandas(df, preserve_index=False), category="kind").html
    )
    assert from_geo["event_id"] == from_arrow["event_id"]
    with pytest.raises(GeomapError, match="cannot map a int"):
        map_table(3)


def _cell(value: object) -> str:
    """A cell as the page shows it: text trimmed, a missing or blank one empty."""
    return "" if value is None else str(value).strip()


@pytest.mark.parametrize("dictionary_typed", [False, True])
def test_popup_columns_carry_each_cell_as_text_whichever_way_they_are_stored(dictionary_typed):
    """Few distinct values are coded, mostly distinct ones stored row by row; the page reads the same cells.

    Values that become one text share a code ("a" and " a ", missing and blank), a column that
    looks distinct in its first rows and repeats later, numbers, and Arrow dictionary columns.
    """
    from geomap.events.encode import SAMPLE_ROWS

    n = SAMPLE_ROWS * 3
    rng = np.random.default_rng(7)
    few = rng.choice(np.array(["a", " a ", "b", "", None], dtype=object), n)
    ids = np.array([f"ID{i:06d}" for i in rng.permutation(n)], dtype=object)
    repeats_later = np.array([f"v{i % (SAMPLE_ROWS + 5)}" for i in range(n)], dtype=object)
    counts = rng.integers(0, 9, n).astype(float)
    counts[::7] = np.nan
    columns = {
        "longitude": rng.uniform(22, 24, n),
        "latitude": rng.uniform(50, 52, n),
        "few": pa.array(few, pa.string()),
        "ids": pa.array(ids, pa.string()),
        "repeats_later": pa.array(repeats_later, pa.string()),
        "counts": pa.array(counts, pa.float64(), from_pandas=True),
    }
    if dictionary_typed:
        columns["few"] = columns["few"].dictionary_encode()
    table = pa.table(columns)
    html = map_table(
        table, category="few", popup=["few", "ids", "repeats_later", "counts"], filters=["few"]
    ).html
    got = table_columns(html)
    stores = {c["name"]: c["store"] for c in got["table"]["columns"]}
    # The first rows decide: "repeats_later" (a third distinct in all) is stored row by row.
    assert stores == {"few": "dict", "ids": "text", "repeats_later": "text", "counts": "dict"}
    order = [int(i[2:]) for i in got["ids"]]
    by_id = {int(i[2:]): row for row, i in enumerate(ids)}
    rows = [by_id[k] for k in order]
    assert got["few"] == [_cell(few[r]) for r in rows]
    assert got["repeats_later"] == [repeats_later[r] for r in rows]
    assert got["counts"] == ["" if np.isnan(counts[r]) else f"{counts[r]:g}" for r in rows]
    labels = {v["label"] for v in got["table"]["categories"]["values"]}
    assert labels == {"a", "b", None}  # " a " is "a"; missing and blank are one "(none)"
    assert got["category"] == [_cell(few[r]) or None for r in rows]
    (kept,) = got["table"]["filters"]
    assert {v["label"]: v["count"] for v in kept["values"]} == {
        label: sum(_cell(v) == (label or "") for v in few) for label in ("a", "b", None)
    }


# -- a table as a layer of an incident ---------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "field", "message"),
    [
        ("    lon: nope\n    lat: latitude\n", "tables.events", "no column 'nope'"),
        (
            "    place: note\n    lon: longitude\n    lat: latitude\n",
            "tables[0].place",
            "give place (to geocode) or lon and lat",
        ),
        (
            "  - {id: more, file: ../events.csv, sources: [src]}\n",
            "tables[1].file",
            "must name a file or folder in the incident file's folder",
        ),
        (
            "  - {id: more, file: gone.csv, sources: [src]}\n",
            "tables[1].file",
            "no such file beside the incident file",
        ),
        (
            "  - {id: more, file: events.csv, sources: [nowhere]}\n",
            "tables.more.sources",
            "source 'nowhere' is not defined",
        ),
    ],
)
def test_table_layer_mistakes_name_file_line_and_field(tmp_path, capsys, extra, field, message):
    seed = _incident_with_table(tmp_path, extra)
    assert main(["validate", str(seed)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert any(f": {field}: " in line and message in line and line.startswith(f"{seed}:") for line in err), (
        err
    )


def test_an_as_of_build_leaves_out_later_events(tmp_path):
    from datetime import datetime

    from geomap.build import build_incident

    seed = _incident_with_table(tmp_path)
    at = datetime.fromisoformat("2025-09-10T09:00+02:00")
    got = table_columns(build_incident(seed, as_of=at).html)
    df = canonical()
    expected = df[
        (pd.to_datetime(df["when"]) <= "2025-09-10")
        & df.latitude.notna()
        & (df.longitude.abs() <= 180)
        & (df.longitude != 0)
    ]
    assert sorted(got["event_id"]) == sorted(expected.event_id)


# -- the chain: geocode --table, then map ---------------------------------------------------------


def test_map_draws_what_geocode_table_wrote_and_lists_the_rest_with_their_status(tmp_path):
    path = _places_csv(tmp_path)
    geocoded = tmp_path / "geocoded.csv"
    assert _geocode_places(path, geocoded) == 0
    written = pd.read_csv(geocoded)
    placed = written["geomap_lon"].notna().to_numpy()
    assert 0 < placed.sum() < len(written)
    out = tmp_path / "map.html"
    assert main(["map", str(geocoded), "-o", str(out)]) == 0
    table = islands(out.read_text("utf-8"))[0]["tables"][0]
    assert table["source"] == "columns geomap_lon, geomap_lat" and table["count"] == placed.sum()
    assert table["bounds"][1] > 49  # Poland, not the table's own 1..6 degrees
    missing = pd.read_csv(tmp_path / "map.missing.csv")
    assert list(missing["event_id"]) == list(written.loc[~placed, "event_id"])
    for reason, status in zip(missing["reason"], written.loc[~placed, "geomap_status"], strict=True):
        assert reason.startswith(status + ": ") and len(reason) > len(status) + 3
    assert set(table["missing"]["reasons"]) == set(missing["reason"])


@pytest.mark.parametrize("suffix", [".parquet", ""])
def test_map_reads_geocode_parquet_output(tmp_path, suffix):
    path = _places_csv(tmp_path)
    target = tmp_path / f"geocoded{suffix}"
    assert _geocode_places(path, target) == 0
    out = map_table(target)
    assert out.document["tables"][0]["source"] == "columns geomap_lon, geomap_lat"
    assert out.missing.num_rows >= 2


def test_dask_writes_name_parquet_as_a_folder_of_that_name_and_map_reads_it(tmp_path):
    distributed = pytest.importorskip("distributed")
    path = _places_csv(tmp_path)
    target = tmp_path / "geocoded.parquet"
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0", scheduler_port=0
    ) as c:
        assert _geocode_places(path, target, "--dask", c.scheduler_address) == 0
        assert target.is_dir() and sorted(p.name for p in target.iterdir())[0].endswith(".parquet")
        (tmp_path / "a-file.parquet").write_bytes(b"")
        assert _geocode_places(path, tmp_path / "a-file.parquet", "--dask", c.scheduler_address) == 1
    assert map_table(target).document["tables"][0]["count"] == 4


def test_an_empty_column_and_unused_categories_make_a_page_with_only_what_rows_have(tmp_path):
    """A column with no value in 10,000+ rows is Arrow's null type; a categorical's unused categories
    and values only rows without coordinates hold are not listed."""
    from geomap.events.encode import SAMPLE_ROWS

    n = SAMPLE_ROWS + 10
    path = tmp_path / "empty.csv"
    path.write_text("lon,lat,notes\n" + "".join(f"{20 + i / n},{50 + i / n},\n" for i in range(n)), "utf-8")
    html = map_table(path, popup=("notes",)).html
    assert table_columns(html)["notes"] == [""] * n
    df = pd.DataFrame(
        {
            "lon": [21.0, 21.1, None],
            "lat": [52.0, 52.1, None],
            "kind": pd.Categorical(["a", "a", "b"], categories=["a", "b", "c"]),
        }
    )
    table = islands(map_table(df, category="kind", filters=["kind"]).html)[0]["tables"][0]
    assert [v["label"] for v in table["categories"]["values"]] == ["a"]
    assert [v["label"] for v in table["filters"][0]["values"]] == ["a"]
