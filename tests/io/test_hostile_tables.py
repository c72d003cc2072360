"""Tables read as plain files only, every read bounded, outputs exactly what geomap writes.

Each class of the reliability review has its case here: files that point elsewhere (VRT, GDAL
virtual paths, links out of a folder of parts), unbounded work from small files (FIFOs, views, row
and byte bombs, wide headers), files geomap did not write (an input named as ``-o``, a user's own
sidecar), CSV that forges rows or runs as a formula, and inputs that once ended in "internal error".
Every one ends in one line, exit 1 (2 for usage), with nothing written.
"""

from __future__ import annotations

import errno
import gzip
import io
import os
import sqlite3
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq
import pytest
from common import write_incident

from geomap.cli import main
from geomap.errors import OutputError, TableError
from geomap.io import atomic
from geomap.io import tables as io_tables

SITE = "places:\n  crash_sites:\n    - name: Site\n      coordinates: [22.5, 51.5]\n      sources: [src]\n"
TABLE = "tables:\n  - id: ev\n    file: {file}\n    sources: [src]\n"
VRT = (
    '<OGRVRTDataSource><OGRVRTLayer name="x"><SrcDataSource>{target}</SrcDataSource>'
    "</OGRVRTLayer></OGRVRTDataSource>"
)


def _seed(folder: Path, file: str) -> Path:
    return write_incident(folder, SITE + TABLE.format(file=file), ident="inc")


def _refused(seed: Path, capsys, expect: str) -> None:
    """validate and build both exit 1 with one line holding ``expect``, and write nothing."""
    out = seed.parent / "out"
    for command in (
        ["validate", str(seed)],
        ["build", str(seed), "--out", str(out), "--layers-dir", str(out)],
    ):
        status = main(command)
        err = capsys.readouterr().err
        assert status == 1, (command, err)
        assert expect in err, err
        assert len(err.strip().splitlines()) == 1, err
        assert "internal error" not in err and "Traceback" not in err
    assert not out.exists()


def _geopackage(path: Path) -> None:
    import geopandas as gpd
    import shapely

    frame = gpd.GeoDataFrame({"a": [1]}, geometry=[shapely.Point(22, 51)], crs=4326)
    frame.to_file(path, layer="t")


def test_a_vrt_is_refused_under_any_name(tmp_path, capsys):
    secret = tmp_path.parent / "secret.csv"
    secret.write_text("lon,lat,secret\n22,51,hunter2\n", "utf-8")
    for name in ("ev.vrt", "ev.geojson", "ev.gpkg", "ev.fgb"):
        (tmp_path / name).write_text(VRT.format(target=secret), "utf-8")
        _refused(_seed(tmp_path, name), capsys, "formats that point at other files or URLs")


def test_gdal_virtual_paths_only_from_the_command_line(tmp_path, capsys):
    with pytest.raises(TableError, match="GDAL virtual paths are not read from incident files"):
        io_tables.read_table(["/vsicurl/http://127.0.0.1:9/x.geojson"])
    with pytest.raises(TableError, match="GDAL connection strings are not read"):
        io_tables.read_table(["GPKG:x.gpkg:t"])
    # Typed on the command line, a virtual path is the user's choice: read (here: a zip).
    frame = "lon,lat,name\n22.5,51.5,a\n"
    with __import__("zipfile").ZipFile(tmp_path / "t.zip", "w") as z:
        z.writestr(
            "t.geojson",
            '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":'
            '{"type":"Point","coordinates":[22.5,51.5]},"properties":{"name":"a"}}]}',
        )
    assert frame
    status = main(["map", f"/vsizip/{tmp_path / 't.zip'}/t.geojson", "-o", str(tmp_path / "z.html")])
    assert status == 0, capsys.readouterr().err


def test_a_geopackage_view_is_refused_unread(tmp_path, capsys):
    """A view over an endless recursive query would never finish: refused before GDAL opens it."""
    path = tmp_path / "view.gpkg"
    _geopackage(path)
    db = sqlite3.connect(path)
    db.execute(
        "CREATE VIEW v AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
        "SELECT x AS fid, x AS a, geom FROM c, t"
    )
    db.execute(
        "INSERT INTO gpkg_contents(table_name, data_type, identifier, srs_id) VALUES ('v', 'features', 'v', 4326)"
    )
    db.execute("INSERT INTO gpkg_geometry_columns VALUES ('v', 'geom', 'POINT', 4326, 0, 0)")
    db.commit()
    db.close()
    _refused(_seed(tmp_path, "view.gpkg"), capsys, "layer 'v' is a view")


def test_a_fifo_is_refused_unread(tmp_path, capsys):
    os.mkfifo(tmp_path / "ev.csv")
    _refused(_seed(tmp_path, "ev.csv"), capsys, "not a regular file (a FIFO, device or socket)")


def test_a_link_out_of_a_folder_of_parts_is_refused(tmp_path, capsys):
    outside = tmp_path.parent / "outside.parquet"
    pq.write_table(pa.table({"lon": [22.0], "lat": [51.0], "secret": ["hunter2"]}), outside)
    (tmp_path / "parts").mkdir()
    pq.write_table(
        pa.table({"lon": [22.0], "lat": [51.0], "secret": ["ok"]}), tmp_path / "parts" / "part.0.parquet"
    )
    (tmp_path / "parts" / "part.1.parquet").symlink_to(outside)
    _refused(_seed(tmp_path, "parts"), capsys, "a link out of the folder")
    status = main(["map", str(tmp_path / "parts"), "-o", str(tmp_path / "m.html")])
    assert status == 1 and "a link out of the folder" in capsys.readouterr().err


def test_a_shapefile_part_that_is_a_link_is_refused(tmp_path):
    import geopandas as gpd
    import shapely

    gpd.GeoDataFrame({"a": [1]}, geometry=[shapely.Point(22, 51)], crs=4326).to_file(tmp_path / "t.shp")
    dbf = tmp_path / "t.dbf"
    (tmp_path.parent / "elsewhere.dbf").write_bytes(dbf.read_bytes())
    dbf.unlink()
    dbf.symlink_to(tmp_path.parent / "elsewhere.dbf")
    with pytest.raises(TableError, match="a Shapefile's part must be a plain file beside it, not a link"):
        io_tables.read_table([tmp_path / "t.shp"])


def test_a_small_parquet_file_that_decodes_to_many_rows_is_stopped(tmp_path, capsys, monkeypatch):
    n = 3_000_000
    pq.write_table(
        pa.table({"lon": np.full(n, 22.0), "lat": np.full(n, 51.0)}),
        tmp_path / "bomb.parquet",
        compression="zstd",
    )
    assert (tmp_path / "bomb.parquet").stat().st_size < 100_000
    monkeypatch.setenv("GEOMAP_MAX_ROWS", "1000000")
    _refused(_seed(tmp_path, "bomb.parquet"), capsys, "more than 1,000,000 rows; set GEOMAP_MAX_ROWS")
    monkeypatch.setenv("GEOMAP_MAX_ROWS", "5000000")
    monkeypatch.setenv("GEOMAP_MAX_BYTES", str(10 * 2**20))
    with pytest.raises(TableError, match="bytes once decoded; set GEOMAP_MAX_BYTES"):
        io_tables.read_table([tmp_path / "bomb.parquet"])


def test_a_gzip_bomb_is_stopped_just_past_the_byte_limit(tmp_path, monkeypatch):
    with gzip.open(tmp_path / "bomb.csv.gz", "wb") as fh:
        fh.write(b"lon,lat\n")
        for _ in range(64):
            fh.write(b"22,51\n" * 200_000)
    monkeypatch.setenv("GEOMAP_MAX_BYTES", str(2**20))
    with pytest.raises(TableError, match="bytes once decoded"):
        io_tables.read_table([tmp_path / "bomb.csv.gz"])


def test_a_truncated_gzip_csv_is_refused_in_one_line(tmp_path):
    data = gzip.compress(b"lon,lat\n" + b"22,51\n" * 100_000)
    (tmp_path / "cut.csv.gz").write_bytes(data[: len(data) // 2])
    with pytest.raises(TableError, match=r"cut\.csv\.gz: cannot be read as a table: Compressed file ended"):
        io_tables.read_table([tmp_path / "cut.csv.gz"])


def test_a_csv_with_a_huge_header_is_stopped(tmp_path, capsys):
    columns = 300_000
    (tmp_path / "wide.csv").write_text(",".join(f"c{i}" for i in range(columns)) + "\n", "utf-8")
    _refused(_seed(tmp_path, "wide.csv"), capsys, "more than 2,000 columns; set GEOMAP_MAX_COLUMNS")


def test_a_limit_given_wrongly_is_a_clean_error(monkeypatch):
    monkeypatch.setenv("GEOMAP_MAX_ROWS", "lots")
    with pytest.raises(TableError, match="GEOMAP_MAX_ROWS='lots': give a whole number"):
        io_tables.Limits.from_env()


@pytest.mark.parametrize(
    "name, data",
    [
        ("trunc.fgb", b"fgb\x03fgb\x00" + b"\x00" * 20),
        ("broken.geojson", b'{"type":"FeatureCollection","features":['),
        ("broken.gpkg", b"SQLite format 3\x00" + b"\x00" * 52 + b"GPKG" + b"\x00" * 100),
        ("latin1.csv", "lon,lat,name\n22,51,Cze\xb6niki\n".encode("latin-1")),
    ],
)
def test_unreadable_files_end_in_one_line(tmp_path, capsys, name, data):
    (tmp_path / name).write_bytes(data)
    status = main(["map", str(tmp_path / name), "-o", str(tmp_path / "m.html")])
    err = capsys.readouterr().err
    assert status in (0, 1), err  # the Latin-1 CSV reads: Arrow keeps the bytes it cannot decode
    assert "internal error" not in err and "ERROR " not in err
    assert len(err.strip().splitlines()) == 1


# -- outputs: exactly what geomap writes ----------------------------------------------------------


@pytest.fixture
def events(tmp_path):
    path = tmp_path / "ev.csv"
    path.write_text('lon,lat,name\n22.5,51.5,"=HYPERLINK(""http://x"")"\n,,"one\rtwo"\n', "utf-8")
    return path


def test_an_input_named_as_the_output_is_refused(events, capsys):
    before = events.read_bytes()
    for command in (
        ["map", str(events), "-o", str(events)],
        ["geocode", "--table", str(events), "--admin", "-o", str(events)],
    ):
        assert main(command) == 2
        assert "would write over the input" in capsys.readouterr().err
    sidecar = events.parent / "fixed.missing.csv"
    sidecar.write_bytes(before)
    assert main(["map", str(sidecar), "-o", str(events.parent / "fixed.html")]) == 2
    assert events.read_bytes() == before and sidecar.read_bytes() == before


def test_a_users_own_sidecar_is_neither_overwritten_nor_deleted(events, tmp_path, capsys):
    mine = tmp_path / "m.missing.csv"
    mine.write_text("my own notes\n", "utf-8")
    assert main(["map", str(events), "-o", str(tmp_path / "m.html")]) == 1
    assert "exists and geomap did not write it" in capsys.readouterr().err
    assert mine.read_text("utf-8") == "my own notes\n" and not (tmp_path / "m.html").exists()
    complete = tmp_path / "complete.csv"
    complete.write_text("lon,lat\n22.5,51.5\n", "utf-8")
    assert main(["map", str(complete), "-o", str(tmp_path / "m.html")]) == 1  # would delete it as stale
    assert mine.read_text("utf-8") == "my own notes\n"
    mine.unlink()
    assert main(["map", str(events), "-o", str(tmp_path / "m.html")]) == 0
    assert main(["map", str(events), "-o", str(tmp_path / "m.html")]) == 0  # its own sidecar: replaced
    assert main(["map", str(complete), "-o", str(tmp_path / "m.html")]) == 0  # and removed when stale
    assert not mine.exists()


def _read_back(path: Path) -> pa.Table:
    return pa_csv.read_csv(path, parse_options=pa_csv.ParseOptions(newlines_in_values=True))


def test_csv_output_forges_no_rows_and_runs_no_formula(events, tmp_path, capsys):
    assert main(["map", str(events), "-o", str(tmp_path / "m.html")]) == 0
    missing = _read_back(tmp_path / "m.missing.csv")
    assert missing.num_rows == 1 and missing["name"].to_pylist() == ["one\rtwo"]
    out = tmp_path / "g.csv"
    assert main(["geocode", "--table", str(events), "--admin", "-o", str(out)]) == 0
    table = _read_back(out)
    assert table.num_rows == 2
    assert table["name"].to_pylist() == ['\'=HYPERLINK("http://x")', "one\rtwo"]
    assert main(["geocode", "--table", str(events), "--admin", "-o", str(out), "--csv-raw"]) == 0
    assert _read_back(out)["name"].to_pylist()[0] == '=HYPERLINK("http://x")'


def test_write_csv_quotes_every_separator_and_defuses_every_formula_start():
    values = ["a\rb", "a\nb", "a,b", 'a"b', "=1", "+1", "-1", "@x", "\tx", "\rx", "plain", None]
    data = io_tables.write_csv(pa.table({"t": values, "n": list(range(-6, 6))}))
    back = pa_csv.read_csv(io.BytesIO(data), parse_options=pa_csv.ParseOptions(newlines_in_values=True))
    assert back.num_rows == len(values)
    expected = [v if v is None or not v.startswith(io_tables.FORMULA_STARTS) else "'" + v for v in values]
    assert back["t"].to_pylist()[:-1] == expected[:-1]
    assert back["n"].to_pylist() == list(range(-6, 6))  # numbers stay numbers


# -- no internal error ---------------------------------------------------------------------------


@pytest.fixture
def seed(tmp_path):
    return write_incident(tmp_path, SITE, ident="inc")


def test_a_full_disk_leaves_the_old_set_and_no_staging(seed, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    assert main(["build", str(seed), "--out", str(out), "--layers-dir", str(out)]) == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    written = [0]
    real = atomic._write_synced

    def full(path, data):
        written[0] += 1
        if written[0] > 2:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        real(path, data)

    monkeypatch.setattr(atomic, "_write_synced", full)
    capsys.readouterr()
    assert main(["build", str(seed), "--out", str(out), "--layers-dir", str(out)]) == 1
    assert "the disk is full; nothing was changed" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert not list(out.rglob(".geomap-*"))


def test_an_output_folder_that_is_a_file(seed, tmp_path, capsys):
    (tmp_path / "afile").write_text("x", "utf-8")
    assert main(["build", str(seed), "--out", str(tmp_path / "afile")]) == 1
    assert "a file stands where a folder goes" in capsys.readouterr().err


def test_as_of_beyond_year_9999(seed, capsys):
    assert main(["build", str(seed), "--as-of", "9999-12-31T23:59:59-14:00"]) == 2
    assert "beyond the year 9999" in capsys.readouterr().err


def test_a_malformed_dask_address(events, tmp_path, capsys):
    pytest.importorskip("distributed")
    assert main(["map", str(events), "-o", str(tmp_path / "m.html"), "--dask", "tcp://[::1"]) == 2
    assert "give an address such as tcp://" in capsys.readouterr().err


def test_output_errors_are_os_errors():
    assert issubclass(OutputError, OSError) and issubclass(TableError, ValueError)


def test_dask_reads_refuse_what_one_process_refuses(tmp_path):
    """Dask opens the files itself: the same plain-file checks run first, without a cluster."""
    pytest.importorskip("dask")
    from geomap.events.dask import read_dask

    os.mkfifo(tmp_path / "ev.csv")
    with pytest.raises(TableError, match="not a regular file"):
        read_dask([tmp_path / "ev.csv"], partitions=2)
    (tmp_path / "parts").mkdir()
    outside = tmp_path.parent / "outside-dask.parquet"
    pq.write_table(pa.table({"lon": [22.0], "lat": [51.0]}), outside)
    (tmp_path / "parts" / "part.0.parquet").symlink_to(outside)
    with pytest.raises(TableError, match="a link out of the folder"):
        read_dask([tmp_path / "parts"], partitions=2)
    (tmp_path / "ev.geojson").write_text(VRT.format(target=outside), "utf-8")
    with pytest.raises(TableError, match="formats that point at other files"):
        read_dask([tmp_path / "ev.geojson"], partitions=2)


def test_extract_does_not_write_over_its_report(tmp_path, capsys):
    report = tmp_path / "report.yaml"
    report.write_text("Drones crashed near Cześniki, Poland, on 10 September 2025.\n", "utf-8")
    assert main(["extract", str(report), "-o", str(report)]) == 2
    assert "would write over the input" in capsys.readouterr().err
    assert report.read_text("utf-8").startswith("Drones crashed")


def test_each_limit_names_itself_and_its_variable(tmp_path):
    """One wording for every limit, whichever reader meets it first."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"lon": [22.0] * 50, "lat": [51.0] * 50}), tmp_path / "t.parquet")
    (tmp_path / "t.csv").write_text("lon,lat\n" + "22,51\n" * 50, "utf-8")
    (tmp_path / "t.geojson").write_text('{"type":"FeatureCollection","features":[]}' + " " * 200, "utf-8")
    small = io_tables.Limits(rows=10, columns=1, decoded_bytes=100)
    cases = [
        ("t.parquet", io_tables.Limits(rows=10), "more than 10 rows; set GEOMAP_MAX_ROWS to raise the limit"),
        ("t.parquet", small, "more than 1 columns; set GEOMAP_MAX_COLUMNS to raise the limit"),
        (
            "t.csv",
            io_tables.Limits(decoded_bytes=100),
            "more than 100 bytes once decoded; set GEOMAP_MAX_BYTES",
        ),
        ("t.geojson", io_tables.Limits(decoded_bytes=100), "more than 100 bytes; set GEOMAP_MAX_BYTES"),
    ]
    for name, limits, message in cases:
        with pytest.raises(TableError) as err:
            io_tables.read_table([tmp_path / name], limits=limits)
        assert str(err.value).startswith(f"{tmp_path / name}: {message}"), str(err.value)
    with pytest.raises(TableError) as err:
        io_tables.read_table([tmp_path / "t.csv", tmp_path / "t.csv"], limits=io_tables.Limits(rows=60))
    assert str(err.value) == (
        f"{tmp_path / 't.csv'}, {tmp_path / 't.csv'}: more than 60 rows; set GEOMAP_MAX_ROWS to raise the limit"
    )


def test_a_folder_of_parts_is_bounded_as_a_whole_before_its_parts_are_read(tmp_path, monkeypatch):
    """Each part within the limits, all of them over: refused from the parts' footers, none decoded."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    (tmp_path / "parts").mkdir()
    for i in range(3):
        pq.write_table(
            pa.table({"lon": [22.0] * 60, "lat": [51.0] * 60}), tmp_path / "parts" / f"p{i}.parquet"
        )
    decoded = []
    monkeypatch.setattr(io_tables, "_bounded", lambda *a, **k: decoded.append(a) or pa.table({}))
    with pytest.raises(TableError) as err:
        io_tables.read_table([tmp_path / "parts"], limits=io_tables.Limits(rows=100))
    assert (
        str(err.value) == f"{tmp_path / 'parts'}: more than 100 rows; set GEOMAP_MAX_ROWS to raise the limit"
    )
    assert decoded == []
