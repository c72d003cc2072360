"""Shared fixtures: the seed, the geocoder, one build of the seed per session and its page, the
diff's repository, and a site; a fixture used by a topic's tests and by its browser tests is here."""

from __future__ import annotations

from pathlib import Path

import pytest
from ci_fixture import git
from common import HEAD, SEED, q
from diff_history import BASE, _second, _third
from site_fixture import BODY, TITLE

from geomap.build import Built, build_incident, write_outputs
from geomap.cli import main
from geomap.places.geocoder import Geocoder

FIGURES: list[str] = []


@pytest.fixture(scope="session")
def figures() -> list[str]:
    """Measured accuracy figures (geocoder, extract); printed at the end of the run."""
    return FIGURES


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if FIGURES:
        terminalreporter.section("accuracy measured by this run (geocoder, extract)")
        for line in FIGURES:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def browser():
    from pages import launch

    yield from launch()


@pytest.fixture(scope="session")
def seed() -> Path:
    return SEED


@pytest.fixture(scope="session")
def geocoder() -> Geocoder:
    return Geocoder()


@pytest.fixture(scope="session")
def built() -> Built:
    return build_incident(SEED)


@pytest.fixture(scope="session")
def written(built: Built, tmp_path_factory: pytest.TempPathFactory) -> tuple[Built, Path]:
    out = tmp_path_factory.mktemp("out")
    write_outputs(built, layers_dir=out / "layers", out_dir=out / "build")
    return built, out


@pytest.fixture(scope="module")
def page_path(written):
    """The seed's page, as built once a session."""
    _, out = written
    return out / "build" / "pl-drones-2025-09-10.html"


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    """A git repository of one incident in three commits (tests/diff_history.py), for ``geomap diff``."""
    root = tmp_path_factory.mktemp("history")
    git(root, "init", "-q", "-b", "main")
    seed = root / "seeds" / "fixture.yaml"
    seed.parent.mkdir()
    commits = []
    for text in (BASE, None, None):
        if text is None:
            text = (_second if len(commits) == 1 else _third)(seed.read_text("utf-8"))
        seed.write_text(text, "utf-8")
        git(root, "add", "-A")
        git(root, "commit", "-q", "-m", f"commit {len(commits)}")
        commits.append(git(root, "rev-parse", "HEAD"))
    return root, commits


@pytest.fixture(scope="module")
def hostile_diff(tmp_path_factory):
    """The hostile incident's diff against nothing: its state and its changes."""
    from common import hostile_incident

    from geomap import diff

    folder = tmp_path_factory.mktemp("hostile")
    new = diff.seed_state([hostile_incident(folder)])
    return new, diff.compare({}, new, old_label="<b>old</b>", new_label="{{ new }}")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Two incidents built with ``--site`` (tests/site_fixture.py): their pages, downloads and index."""
    folder = tmp_path_factory.mktemp("site")
    seeds = []
    for ident, start in (("first", "2025-09-09T23:30:00+02:00"), ("second", "2025-10-01T10:00:00+02:00")):
        head = HEAD.format(id=ident).replace("2025-09-09T23:30:00+02:00", start)
        if ident == "second":
            head = head.replace("title: Test", f"title: {q(TITLE)}").replace(
                "2025-09-10T06:45", "2025-10-02T06:45"
            )
        path = folder / f"{ident}.yaml"
        path.write_text(head + BODY, "utf-8")
        seeds.append(str(path))
    out = folder / "out"
    assert main(["build", *seeds, "--site", str(out), "--layers-dir", str(folder / "layers")]) == 0
    return out


#: The state folder this run made (None: one was given, or a worker inherited its controller's).
_STATE_DIR: str | None = None


def pytest_configure(config: pytest.Config) -> None:
    # The journal key (geomap.io.atomic) lives in a folder of this run, not in the user's home;
    # subprocesses inherit it, so a build killed in one is recognised by the next.
    import os
    import tempfile

    global _STATE_DIR
    if "GEOMAP_STATE_DIR" not in os.environ:
        _STATE_DIR = os.environ["GEOMAP_STATE_DIR"] = tempfile.mkdtemp(prefix="geomap-state-")


def pytest_unconfigure(config: pytest.Config) -> None:
    # (every run had left its folder in the temporary directory: hundreds of them on a busy machine)
    import os
    import shutil

    if _STATE_DIR is not None:
        shutil.rmtree(_STATE_DIR, ignore_errors=True)
        os.environ.pop("GEOMAP_STATE_DIR", None)


BROWSER_DIR = Path(__file__).parent / "browser"
NO_BROWSER = Path(__file__).parent / "no-browser.sh"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Everything under tests/browser/, and every test that asks for the browser, is marked ``browser``."""
    for item in items:
        if BROWSER_DIR in Path(str(item.path)).parents or "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(autouse=True)
def _no_unmarked_browser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test not marked ``browser`` that starts Chromium fails: the quick suite must start none."""
    if request.node.get_closest_marker("browser") is None:
        monkeypatch.setenv("GEOMAP_CHROMIUM", str(NO_BROWSER))
