"""What CI reads: JSON and GitHub annotations on stdout, text on stderr; pipes, signals, options."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from common import HEAD

from geomap.cli import _annotation, main
from geomap.errors import Problem

ROOT = Path(__file__).resolve().parents[1]
SMALL = HEAD.format(id="small") + (
    "places:\n  crash_sites:\n"
    "    - name: Czesniki\n      place: Czesniki, Zamość County\n      reported: Fragments.\n"
    "      status: confirmed\n      sources: [src]\n"
    "    - name: Wohyń\n      place: Wohyń, gm. Wohyń, Radzyń Podlaski County\n      reported: A house.\n"
    "      status: certain\n      sources: [src]\n"
)


@pytest.fixture
def small(tmp_path):
    path = tmp_path / "small.yaml"
    path.write_text(SMALL, "utf-8")
    return path


def _line_of(path: Path, text: str) -> int:
    content = path.read_text("utf-8")
    return content[: content.index(text)].count("\n") + 1


def test_validate_github_annotations_go_to_stdout(small, capsys):
    assert main(["validate", "--format", "github", str(small)]) == 1
    out, err = capsys.readouterr()
    line = _line_of(small, "status: certain")
    assert out.splitlines() == [
        f"::error file={small},line={line},title=places.crash_sites[1].status::'certain' is not one of: "
        "confirmed, reported, disputed, reclassified, excluded"
    ]
    assert err == ""


def test_validate_json_goes_to_stdout_and_warnings_annotate(small, capsys):
    small.write_text(SMALL.replace("status: certain", "status: confirmed"), "utf-8")
    assert main(["validate", "--format", "json", str(small)]) == 0
    out, err = capsys.readouterr()
    [problem] = [json.loads(line) for line in out.splitlines()]
    assert problem["level"] == "warning" and problem["field"] == "crash_sites.czesniki.place"
    assert err == f"{small}: ok\n"  # for people: stderr, so that stdout stays JSON
    assert main(["validate", "--format", "github", str(small)]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith(
        f"::warning file={small},line={_line_of(small, 'place: Czesniki')},title=crash_sites.czesniki.place::"
    )
    assert main(["validate", "--format", "github", "--strict", str(small)]) == 1
    assert capsys.readouterr().out.startswith("::error ")


def test_annotation_values_are_escaped():
    problem = Problem("a,b:c.yaml", 0, "x:y,z", "50% done\nforged\r::error::x")
    assert _annotation(problem, strict=False) == (
        "::error file=a%2Cb%3Ac.yaml,line=1,title=x%3Ay%2Cz::50%25 done%0Aforged%0D::error::x"
    )
    acknowledged = Problem("f.yaml", 3, "f", "m", level="warning", acknowledged=True)
    assert _annotation(acknowledged, strict=True).startswith("::notice file=f.yaml,line=3,")


def test_build_json_keeps_stdout_for_problems(small, tmp_path, capsys):
    small.write_text(SMALL.replace("status: certain", "status: confirmed"), "utf-8")
    args = ["build", str(small), "--layers-dir", str(tmp_path / "l"), "--out", str(tmp_path / "b")]
    assert main([*args, "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert [json.loads(line)["level"] for line in out.splitlines()] == ["warning"]
    assert str(tmp_path / "b" / "small.html") in err.splitlines()


def test_check_github_annotates_the_stale_file(seed, tmp_path, capsys):
    layers = tmp_path / "layers"
    shutil.copytree(ROOT / "layers", layers)
    stale = layers / "pl-drones-2025-09-10" / "airports.geojson"
    stale.write_bytes(stale.read_bytes().replace(b'"status":"confirmed"', b'"status":"reported"', 1))
    assert main(["check", str(seed), "--layers-dir", str(layers), "--format", "github"]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        f"::error file={stale},line=1,title=layers::differs from a rebuild of {seed}; run geomap build {seed} and commit"
    ]
    assert err == ""


@pytest.mark.parametrize("option", [["--size", "square"], ["--scale", "2"]], ids=["size", "scale"])
def test_png_options_without_png_are_an_error(small, tmp_path, capsys, option):
    small.write_text(SMALL.replace("status: certain", "status: confirmed"), "utf-8")
    code = main(
        ["build", str(small), "--layers-dir", str(tmp_path / "l"), "--out", str(tmp_path / "b"), *option]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert err == f"geomap build: {option[0]} sets the PNG's size; add --png\n"
    assert not (tmp_path / "l").exists() and not (tmp_path / "b").exists()


def _start(tmp_path: Path, *argv: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "geomap", *argv],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize(
    ("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["term", "int"]
)
def test_a_signal_ends_a_build_quietly_and_writes_nothing(seed, tmp_path, signum, status):
    process = _start(tmp_path, "build", str(seed), "--layers-dir", "l", "--out", "b")
    time.sleep(1.5)  # inside the build: imports, geocoding
    process.send_signal(signum)
    out, err = process.communicate(timeout=60)
    if process.returncode == 0:
        pytest.skip("the build finished before the signal")
    assert (process.returncode, out, err) == (status, "", "")
    assert not (tmp_path / "l").exists() and not (tmp_path / "b").exists()


def test_closed_pipe_ends_quietly():
    queries = " ".join(["'Cześniki, Zamość County'"] * 400)
    done = subprocess.run(
        f"set -o pipefail; {sys.executable} -m geomap geocode --json {queries} | head -c 100",
        shell=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        executable="/bin/bash",
    )
    assert done.stdout.startswith('{"query"')
    assert done.stderr == ""
    assert done.returncode == 141  # 128 + SIGPIPE, as a shell reports a process the closed pipe ended
