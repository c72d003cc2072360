"""Every GeoJSON file a build writes, checked by tools that are not geomap: GDAL and check-geojson."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pyogrio
import pytest
from common import hostile_incident

from geomap.build import build_incident, write_outputs

HERE = Path(__file__).parents[1]


@pytest.fixture(scope="module")
def files(written, tmp_path_factory):
    """The GeoJSON files of the seed and of the hostile incident, as written to disk."""
    _, out = written
    folder = tmp_path_factory.mktemp("hostile-geojson")
    write_outputs(
        build_incident(hostile_incident(folder)), layers_dir=folder / "layers", out_dir=folder / "build"
    )
    found = sorted((out / "layers").rglob("*.geojson")) + sorted((folder / "layers").rglob("*.geojson"))
    assert len(found) >= 8
    return found


def test_gdal_reads_every_file_back(files):
    for path in files:
        doc = json.loads(path.read_text("utf-8"))
        frame = pyogrio.read_dataframe(path)
        assert len(frame) == len(doc["features"]), path
        if doc["features"]:
            assert sorted(frame["id"]) == sorted(f["id"] for f in doc["features"])
            names = {f["id"]: f["properties"]["name"] for f in doc["features"]}
            assert all(frame.set_index("id").loc[i, "name"] == n for i, n in names.items()), path


def _node_modules() -> str:
    found = os.environ.get("GEOMAP_NODE_MODULES")
    if found and shutil.which("node") and (Path(found) / "@placemarkio" / "check-geojson").is_dir():
        return found
    if os.environ.get("CI"):
        pytest.fail("CI must install @placemarkio/check-geojson (see .ci/run) and set GEOMAP_NODE_MODULES")
    pytest.skip("@placemarkio/check-geojson is not installed (set GEOMAP_NODE_MODULES)")


def test_check_geojson_finds_no_issue(files):
    env = {**os.environ, "NODE_PATH": _node_modules()}
    result = subprocess.run(
        ["node", str(HERE / "check_geojson.js"), *map(str, files)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(reports) == len(files)
    assert [r for r in reports if r["issues"]] == []
