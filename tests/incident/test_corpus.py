"""Broken and hostile incident files: each refused with one clean line per problem, nothing written.

``tests/corpus/broken/`` holds one file per way of getting an incident wrong (its first line says
what the message must contain); the cases below it need the file system (pipes, devices, links,
sizes) and are made on the spot.  For every one, both ``validate`` and ``build`` must exit 1,
print only ``file:line: field: message`` lines (control characters escaped), never a traceback,
and leave an existing set of outputs byte for byte as it was.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from common import HEAD, MARKER

from geomap.build import build_incident, write_outputs
from geomap.cli import main

CORPUS = Path(__file__).parents[1] / "corpus"
BROKEN = sorted((CORPUS / "broken").glob("*.yaml"))
LINE = re.compile(r"^(?P<file>[^\n]+?):(?P<line>\d+): (?P<field>[^\s:]*[^:]*): (?P<message>.+)$")
SITE = "places:\n  crash_sites:\n    - name: Site\n      coordinates: [22.5, 51.5]\n      sources: [src]\n"


@pytest.fixture(scope="module")
def previous(tmp_path_factory):
    """A complete set of outputs for the incident id ``broken``, as an earlier good build left it."""
    folder = tmp_path_factory.mktemp("previous")
    seed = folder / "seed.yaml"
    seed.write_text(HEAD.format(id="broken") + SITE, "utf-8")
    write_outputs(build_incident(seed), layers_dir=folder / "layers", out_dir=folder / "build")
    return folder


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _refused(seed: Path, tmp_path: Path, previous: Path, capsys, expect: str) -> None:
    outputs = tmp_path / "outputs"
    shutil.copytree(previous, outputs, ignore=shutil.ignore_patterns("seed.yaml"))
    before = _snapshot(outputs)
    for command in (
        ["validate", str(seed)],
        ["validate", str(seed), "--format", "json"],
        ["build", str(seed), "--layers-dir", str(outputs / "layers"), "--out", str(outputs / "build")],
    ):
        code = main(command)
        captured = capsys.readouterr()
        assert code == 1, (command, captured.err)
        assert "Traceback" not in captured.err + captured.out
        lines = (captured.out if "json" in command else captured.err).strip().splitlines()
        assert lines, command
        if "json" in command:  # machine output goes to stdout, one object a line
            assert all(json.loads(line)["file"] for line in lines)
            continue
        for line in lines:
            assert LINE.match(line), line
            assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e]", line), line
        assert expect in captured.err, (expect, captured.err)
    assert _snapshot(outputs) == before
    assert not (tmp_path / MARKER).exists()


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_broken_file_is_refused_cleanly(path, tmp_path, previous, capsys, monkeypatch):
    expect = re.match(r"# expect: (.+)\n", path.read_text("utf-8")).group(1)
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    monkeypatch.chdir(tmp_path)  # a command payload would write its marker here
    _refused(folder / "broken" / path.name, tmp_path, previous, capsys, expect)


def test_corpus_is_large_enough():
    assert len(BROKEN) >= 40


def _special(kind: str, folder: Path) -> tuple[Path, str]:
    """Make a seed that a committed file cannot be: pipes, devices, links, sizes, nesting."""
    head = HEAD.format(id="broken")
    seed = folder / "seed.yaml"
    if kind == "fifo":
        os.mkfifo(seed)
        return seed, "is not a regular file"
    if kind == "device":
        return Path("/dev/zero"), "is not a regular file"
    if kind == "directory":
        return folder, "is not a regular file"
    if kind == "huge":
        seed.write_bytes(head.encode() + b"# " + b"x" * (17 * 2**20) + b"\n")
        return seed, "is larger than 16 MiB"
    if kind == "nested":
        seed.write_text(head + SITE + "      quotes: " + "[" * 40 + "]" * 40 + "\n", "utf-8")
        return seed, "is nested deeper than 24 levels"
    if kind == "many-items":
        seed.write_text(head + "places:\n  crash_sites: [" + "1, " * 100_001 + "1]\n", "utf-8")
        return seed, "items; at most 100,000 are read"
    if kind == "binary":
        seed.write_bytes(b"\xff\xfe\x00garbage")
        return seed, "is not UTF-8 text"
    text = head + "    text: source.txt\n" + SITE
    seed.write_text(text, "utf-8")
    source = folder / "source.txt"
    if kind == "text-symlink-out":
        outside = folder.parent / "secret.txt"
        outside.write_text("SECRET=hunter2", "utf-8")
        source.symlink_to(outside)
        return seed, "must name a file in the incident file's folder"
    if kind == "text-fifo":
        os.mkfifo(source)
        return seed, "is not a regular file"
    if kind == "text-huge":
        source.write_bytes(b"x" * (9 * 2**20))
        return seed, "is larger than 8 MiB"
    raise AssertionError(kind)


SPECIAL = [
    "fifo",
    "device",
    "directory",
    "huge",
    "nested",
    "many-items",
    "binary",
    "text-symlink-out",
    "text-fifo",
    "text-huge",
]


@pytest.mark.parametrize("kind", SPECIAL)
def test_special_files_are_refused_unread(kind, tmp_path, previous, capsys):
    folder = tmp_path / "seed"
    folder.mkdir()
    seed, expect = _special(kind, folder)
    _refused(seed, tmp_path, previous, capsys, expect)


def test_a_forged_line_stays_on_its_line(tmp_path, capsys):
    """A key holding a newline cannot forge a second problem line."""
    seed = tmp_path / "x.yaml"
    seed.write_text(HEAD.format(id="x") + SITE + '      "k\\nx.yaml:1: forged: all is well": 1\n', "utf-8")
    assert main(["validate", str(seed)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "\\u000ax.yaml:1: forged" in lines[0]


def _documents():
    """Random YAML documents shaped like incidents: right and wrong keys, types and values."""
    from hypothesis import strategies as st

    from geomap.incident.schema import SCHEMA

    keys = sorted({k.name for section in SCHEMA.values() for k in section} | {"crash_sites", "x"})
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**6), 10**6),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=12),
        st.sampled_from(
            [
                "PL",
                "BY",
                "UA",
                "src",
                "2025-09-10",
                "2025-09-10T05:40:00+02:00",
                "Europe/Warsaw",
                "Lublin",
                "Cześniki, Zamość County",
                "confirmed",
            ]
        ),
    )
    values = st.recursive(
        scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(keys), inner, max_size=5)
        ),
        max_leaves=25,
    )
    return st.dictionaries(
        st.sampled_from(
            ["incident", "sources", "places", "border_regions", "alert_regions", "flight_directions", "x"]
        ),
        values,
        max_size=6,
    )


def test_no_input_is_an_internal_error(tmp_path_factory):
    """Whatever the file holds, validate answers 0 or 1, never 3 (internal error) or a traceback."""
    import json

    from hypothesis import HealthCheck, given, settings

    folder = tmp_path_factory.mktemp("fuzz")

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(_documents())
    def check(document):
        seed = folder / "fuzz.yaml"
        seed.write_text(
            json.dumps(document, allow_nan=True).replace("NaN", ".nan").replace("Infinity", ".inf")
        )
        assert main(["validate", str(seed)]) in (0, 1)

    check()


VALID = {
    "incident": {
        "id": "fuzz",
        "title": "T",
        "start": "2025-09-09T23:30:00+02:00",
        "end": "2025-09-10T06:45:00+02:00",
        "timezone": "Europe/Warsaw",
        "summary": "S",
    },
    "sources": [
        {"id": "src", "title": "A", "publisher": "P", "date": "2025-09-10", "url": "https://example.org/"}
    ],
    "places": {
        "crash_sites": [
            {
                "name": "Cześniki",
                "place": "Cześniki, Zamość County",
                "status": "confirmed",
                "sources": ["src"],
                "time": "2025-09-10T05:40:00+02:00",
                "quotes": [{"source": "src", "text": "q"}],
            },
            {"name": "Given", "coordinates": [22.5, 51.5], "country": "PL", "sources": ["src"]},
        ]
    },
    "border_regions": [
        {
            "countries": ["PL", "BY"],
            "band_km": 30,
            "side": "PL",
            "official_length_km": 418,
            "sources": ["src"],
        }
    ],
    "alert_regions": [{"region": "Lublin Voivodeship", "sources": ["src"]}],
    "flight_directions": [
        {
            "claim": "C",
            "speaker": "X",
            "origin": {"region": "Volyn Oblast", "country": "UA"},
            "via": [{"country": "BY"}],
            "targets": {"layer": "crash_sites"},
            "sources": ["src"],
        },
        {
            "claim": "D",
            "speaker": "Y",
            "via": [{"border": ["UA", "BY"]}, {"country": "BY"}],
            "sources": ["src"],
        },
    ],
}


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


def test_no_mutation_of_a_valid_incident_is_an_internal_error(tmp_path_factory):
    """Replace any one value of a valid incident (deep ones included) with anything: never exit 3."""
    import copy
    import json

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    folder = tmp_path_factory.mktemp("mutate")
    paths = [p for p in _paths(VALID) if p]
    anything = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**9), 10**9),
        st.floats(allow_nan=False),
        st.text(max_size=20),
        st.lists(st.one_of(st.integers(-200, 200), st.floats(-200, 200), st.text(max_size=5)), max_size=3),
        st.dictionaries(
            st.sampled_from(["country", "region", "place", "layer", "places", "x"]),
            st.one_of(st.text(max_size=8), st.sampled_from(["UA", "BY", "PL", "crash_sites"])),
            max_size=3,
        ),
        st.sampled_from(
            [
                "",
                " ",
                "PL",
                "XX",
                "UA",
                "Sobótka",
                "Atlantis",
                "geonames:1",
                "2025-13-45",
                "-1",
                "1e999",
                "Lublin",
                "crash_sites",
                "flight_directions",
            ]
        ),
    )

    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.sampled_from(paths), anything)
    def check(path, value):
        document = copy.deepcopy(VALID)
        target = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        seed = folder / "fuzz.yaml"
        seed.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
        assert main(["validate", str(seed)]) in (0, 1)

    check()
