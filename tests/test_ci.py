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
def test_png_options_without_png_are_an_error(small, tmp_path, capsys, monkeypatch, option):
    small.write_text(SMALL.replace("status: certain", "status: confirmed"), "utf-8")

    def no_build(*args, **kwargs):
        raise AssertionError("a usage error is found before any seed is built")

    monkeypatch.setattr("geomap.build.build_incident", no_build)
    code = main(
        ["build", str(small), "--layers-dir", str(tmp_path / "l"), "--out", str(tmp_path / "b"), *option]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert err == f"geomap build: {option[0]} sets the PNG's size; add --png\n"
    assert not (tmp_path / "l").exists() and not (tmp_path / "b").exists()


def test_the_build_backend_reads_the_project_table():
    """``license = "MIT"`` and ``license-files`` (PEP 639) need setuptools 77; 68 refuses the table."""
    import re
    import tomllib

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert isinstance(pyproject["project"]["license"], str) and "license-files" in pyproject["project"]
    [setuptools] = [r for r in pyproject["build-system"]["requires"] if r.startswith("setuptools")]
    floor = re.fullmatch(r"setuptools>=(\d+)(?:\.\d+)*", setuptools)
    assert floor is not None and int(floor.group(1)) >= 77, setuptools


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


# A signal sent from inside the build at a chosen point, so the test does not depend on how
# fast this machine builds: ``where`` names the function that sends it and the call that does.
_SIGNALLING_BUILD = """
import os, sys
import geomap.build, geomap.io.atomic
from geomap.cli import run

module, name, nth, signum = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
target = {"build": geomap.build, "atomic": geomap.io.atomic}[module]
original, calls = getattr(target, name), []

def signalling(*args, **kwargs):
    calls.append(1)
    if len(calls) == nth:
        os.kill(os.getpid(), signum)
    return original(*args, **kwargs)

setattr(target, name, signalling)
sys.argv = ["geomap", *sys.argv[5:]]
run()
"""


@pytest.mark.parametrize(
    "where",
    [("build", "build_incident", 1), ("atomic", "_write_synced", 3), ("atomic", "_sync_dir", 2)],
    ids=["geocoding", "writing", "syncing"],
)
@pytest.mark.parametrize(
    ("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["term", "int"]
)
def test_a_signal_ends_a_build_quietly_and_writes_nothing(seed, tmp_path, signum, status, where):
    module, name, nth = where
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    argv = ["build", str(seed), "--layers-dir", "l", "--out", "b"]
    done = subprocess.run(
        [sys.executable, "-c", _SIGNALLING_BUILD, module, name, str(nth), str(int(signum)), *argv],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (done.returncode, done.stdout, done.stderr) == (status, "", "")
    assert sorted(p.name for p in tmp_path.iterdir()) == [], "no folder, no staging, no journal left"


def test_a_signal_from_outside_ends_a_build_whole_or_not_at_all(seed, tmp_path):
    """The real thing, from another process: whenever it lands, the outputs are all there or none."""
    process = _start(tmp_path, "build", str(seed), "--layers-dir", "l", "--out", "b")
    time.sleep(1.0)
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=60)
    assert err == ""
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    if process.returncode == 143:  # inside the build
        assert (out, written) == ("", [])
    else:  # the build had ended (0), or was leaving Python (-15) when the signal came
        assert process.returncode in (0, -signal.SIGTERM)
        assert sorted(out.split()) == [w for w in written if not Path(w).name.startswith(".")]


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


# -- the Action's shell steps and the pre-commit hooks' commands, on fixture repositories ----------


@pytest.fixture
def shim(tmp_path):
    """A ``geomap`` command on PATH that runs this checkout (as ``pip install`` would put one there)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    command = folder / "geomap"
    command.write_text(f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" -m geomap "$@"\n', "utf-8")
    command.chmod(0o755)
    return {**os.environ, "PATH": f"{folder}{os.pathsep}{os.environ['PATH']}"}


def _step(repo: Path, env: dict[str, str], step: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(ROOT / "action" / "run.sh"), step],
        cwd=repo,
        capture_output=True,
        text=True,
        env={**env, **extra},
        check=False,
    )


@pytest.mark.slow
def test_action_steps_on_a_pull_request(tmp_path, shim):
    import ci_fixture

    repo = tmp_path / "repo"
    ci_fixture.make(repo)
    base = ci_fixture.git(repo, "rev-parse", "HEAD")
    ci_fixture.change(repo)
    summary = tmp_path / "summary.md"
    for step in ("validate", "check", "build"):
        done = _step(repo, shim, step, GEOMAP_OUT="site")
        assert done.returncode == 0, (step, done.stdout, done.stderr)
        assert "::error" not in done.stdout
    assert (repo / "site" / "fixture.html").is_file() and (repo / "site" / "layers" / "fixture").is_dir()
    assert (repo / "site" / "index.html").is_file()
    assert (
        ci_fixture.git(repo, "status", "--porcelain") == "?? site/"
    )  # the committed layers stay as they are
    done = _step(repo, shim, "diff", GEOMAP_OUT="site", GEOMAP_BASE=base, GITHUB_STEP_SUMMARY=str(summary))
    assert done.returncode == 0, done.stderr
    text = summary.read_text("utf-8")
    assert "| ↗ moved | crash\\_sites | **Wohyń** | moved 2\\.8 km" in text
    assert "status: reported → confirmed" in text
    assert "| ➕ added | flight\\_directions | **claim “Directly from Belarus” \\(Donald Tusk\\)**" in text
    assert (repo / "site" / "diff.html").is_file()
    # Not a pull request: no base, no diff, no failure.
    assert _step(repo, {k: v for k, v in shim.items() if k != "GITHUB_BASE_REF"}, "diff").returncode == 0


@pytest.mark.slow
def test_action_diff_step_reads_the_seeds_input(tmp_path, shim):
    """Seeds outside seeds/ (the Action's ``seeds`` input) are the ones the diff step builds."""
    import ci_fixture

    repo = tmp_path / "repo"
    ci_fixture.make(repo)
    ci_fixture.git(repo, "mv", "seeds", "incidents")
    ci_fixture.git(repo, "commit", "-q", "-m", "incidents/")
    base = ci_fixture.git(repo, "rev-parse", "HEAD")
    seed = repo / "incidents" / "fixture.yaml"
    seed.write_text(seed.read_text("utf-8").replace("status: reported", "status: confirmed", 1), "utf-8")
    ci_fixture.git(repo, "commit", "-qam", "confirmed")
    summary = tmp_path / "summary.md"
    extra = {"GEOMAP_SEEDS": "incidents/*.yaml", "GEOMAP_BASE": base, "GITHUB_STEP_SUMMARY": str(summary)}
    done = _step(repo, shim, "diff", **extra)
    assert done.returncode == 0, done.stderr
    assert "status: reported → confirmed" in summary.read_text("utf-8")


@pytest.mark.slow
def test_action_steps_annotate_a_broken_seed(tmp_path, shim):
    import ci_fixture

    repo = tmp_path / "repo"
    seed = ci_fixture.make(repo, broken=True)
    done = _step(repo, shim, "validate")
    assert done.returncode == 1
    line = _line_of(repo / seed, "status: certain")
    assert done.stdout.startswith(
        f"::error file={seed},line={line},title=places.crash_sites[1].status::'certain'"
    )
    done = _step(repo, shim, "check")
    assert done.returncode != 0 and "::error" not in done.stdout.replace("::error file=seeds", "")


def _hooks() -> list[dict]:
    import yaml

    return yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))


@pytest.mark.slow
@pytest.mark.parametrize("broken", [False, True], ids=["clean", "broken"])
def test_pre_commit_hook_commands(tmp_path, shim, broken):
    """Each hook's entry, run as pre-commit runs it: on the staged files its pattern selects.

    ``.ci/run`` runs the same hooks through ``pre-commit try-repo`` (which installs geomap first).
    """
    import re
    import shlex

    import ci_fixture

    repo = tmp_path / "repo"
    ci_fixture.make(repo, broken=broken)
    files = ci_fixture.git(repo, "ls-files").splitlines()
    results = {}
    for hook in _hooks():
        assert hook["language"] == "python" and hook["entry"].startswith("geomap ")
        chosen = [f for f in files if re.search(hook["files"], f)]
        argv = shlex.split(hook["entry"]) + (chosen if hook.get("pass_filenames", True) else [])
        results[hook["id"]] = subprocess.run(
            argv, cwd=repo, capture_output=True, text=True, env=shim, check=False
        )
    assert set(results) == {"geomap-validate", "geomap-check"}
    if broken:
        assert results["geomap-validate"].returncode == 1
        assert "seeds/fixture.yaml:" in results["geomap-validate"].stderr
        assert "'certain' is not one of" in results["geomap-validate"].stderr
        assert results["geomap-check"].returncode != 0
    else:
        assert [r.returncode for r in results.values()] == [0, 0], [r.stderr for r in results.values()]
