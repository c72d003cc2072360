"""Whole outputs: an incident's files are replaced as one set, or not at all."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from common import write_incident

from geomap.build import build_incident, write_outputs
from geomap.cli import main
from geomap.errors import OutputError
from geomap.io import atomic

SITE = "places:\n  crash_sites:\n    - name: Site\n      coordinates: [{lon}, 51.5]\n      sources: [src]\n"


def _seed(folder: Path, lon: float, *, name: str = "inc", ident: str = "inc") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return write_incident(folder, SITE.format(lon=lon), ident=ident, name=name)


def _state(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def sets(tmp_path):
    """The outputs of an old and a new version of one incident, and a folder holding the old set."""
    old_seed, new_seed = _seed(tmp_path / "old", 22.5), _seed(tmp_path / "new", 23.5)
    out = tmp_path / "out"
    old, new = build_incident(old_seed), build_incident(new_seed)
    write_outputs(old, layers_dir=out / "layers", out_dir=out / "build")
    expected_old = _state(out)
    scratch = tmp_path / "scratch"
    write_outputs(new, layers_dir=scratch / "layers", out_dir=scratch / "build")
    return out, new, expected_old, _state(scratch)


def test_a_crash_at_any_step_leaves_the_old_or_the_new_set(sets, monkeypatch):
    """Fail the n-th file-system move of a build (for every n), then let the next run recover."""
    out, new, expected_old, expected_new = sets
    outcomes = set()
    for n in range(12):
        real_rename, real_replace = os.rename, os.replace
        calls = [0]

        def crash(real, calls=calls, n=n):
            def move(*args, **kwargs):
                calls[0] += 1
                if calls[0] == n + 1:
                    raise OSError("simulated crash")
                return real(*args, **kwargs)

            return move

        monkeypatch.setattr(os, "rename", crash(real_rename))
        monkeypatch.setattr(os, "replace", crash(real_replace))
        with contextlib.suppress(OSError):
            write_outputs(new, layers_dir=out / "layers", out_dir=out / "build")
        monkeypatch.setattr(os, "rename", real_rename)
        monkeypatch.setattr(os, "replace", real_replace)
        with atomic.locked(out / "layers", out / "build"):
            atomic.recover(out / "layers", "inc", out_dir=out / "build")
        state = _state(out)
        assert state in (expected_old, expected_new), n
        assert not list(out.rglob(".geomap-*")), n
        outcomes.add("new" if state == expected_new else "old")
        write_outputs(
            build_incident(new.incident.path.parents[1] / "old" / "inc.yaml"),
            layers_dir=out / "layers",
            out_dir=out / "build",
        )
        assert _state(out) == expected_old
    assert outcomes == {"old", "new"}  # crashes before and after the commit point were both exercised


def test_sigkill_at_random_moments(sets, tmp_path):
    """A real `geomap build` killed at random moments: after the next run, one whole set and no debris."""
    out, new, expected_old, expected_new = sets
    seed = new.incident.path
    command = [
        sys.executable,
        "-m",
        "geomap",
        "build",
        str(seed),
        "--layers-dir",
        str(out / "layers"),
        "--out",
        str(out / "build"),
    ]
    rng = random.Random(7)
    for _ in range(4):
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.4, 2.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for path in (out / "layers" / "inc").glob("*.geojson"):
            assert path.read_bytes().endswith(b"]}\n")  # every file whole, whichever set it belongs to
        with atomic.locked(out / "layers", out / "build"):
            atomic.recover(out / "layers", "inc", out_dir=out / "build")
        assert _state(out) in (expected_old, expected_new)
        assert not list(out.rglob(".geomap-*"))


def test_two_builds_of_one_incident_do_not_interleave(sets):
    out, new, _, expected_new = sets
    held = threading.Event()
    done = threading.Event()

    def hold():
        with atomic.locked(out / "layers"):
            held.set()
            time.sleep(1.0)
        held.clear()

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait()

    def build():
        write_outputs(new, layers_dir=out / "layers", out_dir=out / "build")
        done.set()

    builder = threading.Thread(target=build)
    builder.start()
    time.sleep(0.3)
    assert not done.is_set()  # waiting for the lock the other build holds
    holder.join()
    builder.join()
    assert _state(out) == expected_new


def test_concurrent_cli_builds_end_with_one_whole_set(sets):
    out, new, _, expected_new = sets
    command = [
        sys.executable,
        "-m",
        "geomap",
        "build",
        str(new.incident.path),
        "--layers-dir",
        str(out / "layers"),
        "--out",
        str(out / "build"),
    ]
    procs = [
        subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(3)
    ]
    assert [p.wait() for p in procs] == [0, 0, 0]
    assert _state(out) == expected_new


def test_a_seed_cannot_overwrite_another_seeds_layers(tmp_path, capsys):
    first = _seed(tmp_path / "a", 22.5, name="first", ident="shared-id")
    second = _seed(tmp_path / "b", 23.5, name="second", ident="shared-id")
    args = ["--layers-dir", str(tmp_path / "layers"), "--out", str(tmp_path / "build")]
    assert main(["build", str(first), *args]) == 0
    before = _state(tmp_path / "layers")
    assert main(["build", str(second), *args]) == 1
    assert "holds layers built from first.yaml, not second.yaml" in capsys.readouterr().err
    assert _state(tmp_path / "layers") == before
    with pytest.raises(OutputError):
        write_outputs(build_incident(second), layers_dir=tmp_path / "layers", out_dir=tmp_path / "build")


def test_stale_screenshot_leaves_with_the_set(tmp_path):
    seed = _seed(tmp_path / "s", 22.5)
    built = build_incident(seed)
    write_outputs(built, layers_dir=tmp_path / "l", out_dir=tmp_path / "b", extra={"inc.png": b"\x89PNG old"})
    assert (tmp_path / "b" / "inc.png").exists()
    write_outputs(built, layers_dir=tmp_path / "l", out_dir=tmp_path / "b")
    assert not (tmp_path / "b" / "inc.png").exists()
