"""The incident file: the seed reads, and every kind of bad input is named with file, line and field."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from common import HEAD

from geomap.errors import IncidentError
from geomap.incident import load_incident

GOOD = (
    HEAD.format(id="test-incident")
    + "    text: source.txt\n"
    + """\
places:
  crash_sites:
    - name: Cześniki
      place: Cześniki, Zamość County
      status: confirmed
      sources: [src]
      quotes:
        - source: src
          text: drone fragments near the cemetery
flight_directions:
  - id: from-ukraine
    claim: From Ukraine
    speaker: Somebody
    origin: {country: UA}
    targets: {layer: crash_sites}
    sources: [src]
"""
)


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "source.txt").write_text("Dozens of “drone fragments near the cemetery” were found.", "utf-8")
    path = tmp_path / "incident.yaml"
    path.write_text(text, "utf-8")
    return path


def problems(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(IncidentError) as err:
        load_incident(write(tmp_path, text))
    return [f"{p.line}: {p.field}: {p.message}" for p in err.value.problems]


def test_seed_is_valid(seed):
    incident = load_incident(seed)
    assert incident.id == "pl-drones-2025-09-10"
    assert len(incident.places["crash_sites"]) == 17
    assert len(incident.places["later_finds"]) == 7
    assert len(incident.places["airports"]) == 4
    assert [c.report.id for c in incident.flight_directions] == ["zelensky", "tusk", "ordash", "belarus"]
    assert [c.speaker for c in incident.flight_directions][:3] == [
        "Volodymyr Zelensky",
        "Donald Tusk",
        "Andrei Ordash",
    ]
    assert {b.countries for b in incident.border_regions} == {("PL", "BY"), ("PL", "UA")}


def test_good_minimal_file(tmp_path):
    incident = load_incident(write(tmp_path, GOOD))
    assert incident.places["crash_sites"][0].report.id == "czesniki"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "    title: A source\n",
            "    title: A source\n    colour: red\n",
            "10: sources[0].colour: unknown key; allowed here",
        ),
        (
            "      status: confirmed\n",
            "      status: certain\n",
            "18: places.crash_sites[0].status: 'certain' is not one of",
        ),
        ("    speaker: Somebody\n", "", "24: flight_directions[0].speaker: is required; add it"),
        (
            "      sources: [src]\n",
            "      sources: [src, nowhere]\n",
            "19: crash_sites.czesniki.sources: source 'nowhere' is not defined",
        ),
        (
            "      place: Cześniki, Zamość County\n",
            "      coordinates: [123.4, 95.0]\n",
            "17: places.crash_sites[0].coordinates[1]: latitude 95.0 is outside -90..90",
        ),
        (
            "      place: Cześniki, Zamość County\n",
            "      coordinates: [lon, lat]\n",
            "17: places.crash_sites[0].coordinates[0]: must be a finite number",
        ),
        (
            "  start: 2025-09-09T23:30:00+02:00\n",
            "  start: 2025-09-09T23:30:00\n",
            "4: incident.start: '2025-09-09T23:30:00' has no UTC offset",
        ),
        (
            "  end: 2025-09-10T06:45:00+02:00\n",
            "  end: 2025-09-08T06:45:00+02:00\n",
            "5: incident.end: is before incident.start",
        ),
        (
            "  timezone: Europe/Warsaw\n",
            "  timezone: Europe/Warszawa\n",
            "6: incident.timezone: 'Europe/Warszawa' is not an IANA time zone",
        ),
        ("  id: test-incident\n", "  id: Test Incident\n", "2: incident.id: 'Test Incident' is not a slug"),
        (
            "    url: https://example.org/a\n",
            "    url: javascript:alert(1)\n",
            "12: sources[0].url: 'javascript:alert(1)' is not an http(s) URL",
        ),
        (
            "    text: source.txt\n",
            "    text: missing.txt\n",
            "13: sources[0].text: file 'missing.txt' cannot be read: No such file",
        ),
        (
            "          text: drone fragments near the cemetery\n",
            "          text: a house was hit\n",
            "20: crash_sites.czesniki.quotes: quote 'a house was hit'... is not in source 'src'",
        ),
        (
            "    targets: {layer: crash_sites}\n",
            "    targets: {layer: airports}\n",
            "28: flight_directions.from-ukraine.targets.layer: no layer 'airports'",
        ),
        (
            "    origin: {country: UA}\n",
            "    origin: {country: UA, place: Lviv, coordinates: [24, 49.8]}\n",
            "27: flight_directions[0].origin: give exactly one of",
        ),
        (
            "  title: Test\n",
            "  title: [Test]\n",
            "3: incident.title: must be a single value, not a list or mapping",
        ),
        ("places:\n", "places:\n  crash_sites: []\nplaces:\n", "16: places: appears twice; keep one"),
    ],
    ids=[
        "unknown-key",
        "bad-status",
        "missing-field",
        "dangling-source",
        "impossible-latitude",
        "coordinates-not-numbers",
        "naive-time",
        "end-before-start",
        "bad-timezone",
        "bad-slug",
        "non-http-url",
        "missing-source-text",
        "misquote",
        "unknown-target-layer",
        "two-origins",
        "wrong-type",
        "duplicate-key",
    ],
)
def test_bad_input_is_named(tmp_path, old, new, expected):
    assert old in GOOD
    found = problems(tmp_path, GOOD.replace(old, new, 1))
    assert any(p.startswith(expected) for p in found), found


def test_every_problem_is_reported_at_once(tmp_path):
    text = GOOD.replace("      status: confirmed\n", "      status: sure\n").replace(
        "    speaker: Somebody\n", ""
    )
    assert len(problems(tmp_path, text)) == 2


def test_duplicate_ids(tmp_path):
    text = GOOD.replace(
        "flight_directions:",
        textwrap.dedent("""\
        - name: Cześniki
          place: Cześniki, gm. Sitno
          sources: [src]
        """)
        .replace("- name", "    - name")
        .replace("  place", "      place")
        .replace("  sources", "      sources")
        + "flight_directions:",
    )
    assert any("id also used on line 16" in p for p in problems(tmp_path, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("incident: [unclosed\n", "yaml: "),
        ("", "file: is empty"),
        ("- just\n- a list\n", "must be a mapping"),
        ("a: &x [1, 2]\nb: [*x, *x]\n", "yaml: anchors (&name) and aliases (*name) are not allowed"),
    ],
    ids=["broken-yaml", "empty", "not-a-mapping", "alias"],
)
def test_unreadable_files(tmp_path, text, expected):
    assert any(expected in p for p in problems(tmp_path, text))


def test_binary_file(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(IncidentError, match="is not UTF-8 text"):
        load_incident(path)


def test_huge_file(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_bytes(b"# " + b"x" * (17 * 2**20) + b"\n")
    with pytest.raises(IncidentError, match="is larger than 16 MiB"):
        load_incident(path)


def test_missing_file(tmp_path):
    with pytest.raises(IncidentError, match="file: cannot be read"):
        load_incident(tmp_path / "nope.yaml")


def test_problem_format(tmp_path):
    path = write(tmp_path, GOOD.replace("      status: confirmed\n", "      status: sure\n"))
    with pytest.raises(IncidentError) as err:
        load_incident(path)
    assert (
        str(err.value.problems[0])
        == f"{path}:18: places.crash_sites[0].status: 'sure' is not one of: confirmed, reported, disputed, reclassified, excluded"
    )


@pytest.mark.parametrize(
    ("pair", "where"),
    [
        ("border_regions:\n  - countries: [pl, BY]\n    sources: [src]\n", "border_regions[0].countries"),
        ("border_regions:\n  - countries: [PL, PL]\n    sources: [src]\n", "border_regions[0].countries"),
        ("border_regions:\n  - countries: PL\n    sources: [src]\n", "border_regions[0].countries"),
        (
            "flight_directions:\n  - id: via\n    claim: Via\n    speaker: S\n    via: [{border: [UA, ua]}]\n    sources: [src]\n",
            "flight_directions[0].via[0].border",
        ),  # the file's own flight_directions: follows it
    ],
    ids=["lower-case", "same-twice", "one-country", "route-border"],
)
def test_a_pair_of_countries_follows_one_rule(tmp_path, pair, where):
    """A border's countries and a route's border are one type, with one wording of its rule."""
    text = GOOD.replace(
        "flight_directions:\n", pair if pair.startswith("flight") else pair + "flight_directions:\n", 1
    )
    found = problems(tmp_path, text)
    assert [p.split(": ", 1)[1] for p in found] == [
        f"{where}: must be two different ISO alpha-2 codes, e.g. [PL, BY]"
    ]


def test_entries_after_a_dropped_one_keep_their_own_index(tmp_path):
    """An entry refused whole (a required key missing) does not shift the names of those after it."""
    text = GOOD.replace(
        "flight_directions:\n",
        "border_regions:\n  - sources: [src]\n  - countries: [PL, BY]\n    band_km: 900\n    sources: [src]\n"
        "flight_directions:\n",
        1,
    )
    found = problems(tmp_path, text)
    assert any(p.endswith("border_regions[0].countries: is required; add it") for p in found), found
    assert any("border_regions[1].band_km: 900 km is outside 0..500" in p for p in found), found


def test_every_key_has_a_builder_and_every_type_a_reader():
    """A top-level key added to the schema without its builder (or a type without a reader) fails here."""
    from geomap.incident import nodes, schema, sections

    assert set(sections.SECTIONS) == set(schema.keys("file"))
    types = {k.type for keys in schema.SCHEMA.values() for k in keys}
    assert types - {"section", "list", "dict", "layers"} == set(nodes.SCALARS)


def test_a_label_priority_outside_1_to_9_is_named_for_a_place_and_a_layer(tmp_path):
    text = GOOD.replace("      status: confirmed\n", "      status: confirmed\n      priority: 0\n", 1)
    text += "layers:\n  crash_sites:\n    priority: 12\n"
    found = problems(tmp_path, text)
    assert "19: places.crash_sites[0].priority: must be 1 (labelled first) to 9" in found, found
    assert any(p.endswith(": layers.crash_sites.priority: must be 1 (labelled first) to 9") for p in found), (
        found
    )
