"""A newsroom's repository in miniature, for the Action's steps and the pre-commit hooks.

``make(folder, broken=False)`` writes a git repository with one small incident in ``seeds/`` and
its layers in ``layers/``, committed; with ``broken=True`` the seed is then made invalid (a status
nobody defined) and committed too, its layers left as they were.  ``change(folder)`` commits a
pull request's worth of changes: a site moved ~2.8 km, a status changed, a claim added.

Run as a script for .ci/run: ``python tests/ci_fixture.py FOLDER clean|broken``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from common import HEAD

ROOT = Path(__file__).resolve().parents[1]
BODY = """\
places:
  crash_sites:
    - name: Cześniki
      place: Cześniki, gm. Sitno, Zamość County
      reported: Fragments near the cemetery.
      status: reported
      sources: [src]
    - name: Wohyń
      place: Wohyń, gm. Wohyń, Radzyń Podlaski County
      reported: A drone hit a house.
      status: confirmed
      sources: [src]
flight_directions:
  - id: ordash
    claim: From the direction of Ukraine
    speaker: Andrei Ordash
    origin: {country: UA}
    targets: {layer: crash_sites}
    sources: [src]
"""
SEED = HEAD.format(id="fixture") + BODY
ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.org",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull,
}


def git(folder: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(folder), *args],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **ENV},
    )
    return done.stdout.strip()


def geomap(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "geomap", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def _commit(folder: Path, message: str) -> str:
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", message)
    return git(folder, "rev-parse", "HEAD")


def make(folder: Path, *, broken: bool = False) -> str:
    """Write and commit the repository; return the path of its seed, relative to ``folder``."""
    seed = folder / "seeds" / "fixture.yaml"
    seed.parent.mkdir(parents=True, exist_ok=True)
    git(folder, "init", "-q", "-b", "main")
    seed.write_text(SEED, "utf-8")
    built = geomap(folder, "build", "seeds/fixture.yaml", "--out", "build")
    if built.returncode != 0:
        raise RuntimeError(built.stderr)
    (folder / ".gitignore").write_text("build/\n", "utf-8")
    _commit(folder, "a small incident")
    if broken:
        seed.write_text(SEED.replace("status: confirmed", "status: certain"), "utf-8")
        _commit(folder, "a status nobody defined")
    return "seeds/fixture.yaml"


def change(folder: Path) -> str:
    """Commit a pull request: Wohyń moved 0.04° east, Cześniki confirmed, Tusk's claim added; rebuild."""
    seed = folder / "seeds" / "fixture.yaml"
    text = seed.read_text("utf-8").replace("      status: reported\n", "      status: confirmed\n", 1)
    text = text.replace(
        "Radzyń Podlaski County\n", "Radzyń Podlaski County\n      coordinates: [22.8219, 51.7567]\n"
    )
    text += (
        "  - id: tusk\n    claim: Directly from Belarus\n    speaker: Donald Tusk\n    origin: {country: BY}\n"
        "    into: PL\n    sources: [src]\n"
    )
    seed.write_text(text, "utf-8")
    built = geomap(folder, "build", "seeds/fixture.yaml", "--out", "build")
    if built.returncode != 0:
        raise RuntimeError(built.stderr)
    return _commit(folder, "moved, re-statused, a claim added")


if __name__ == "__main__":
    make(Path(sys.argv[1]), broken=sys.argv[2] == "broken")
