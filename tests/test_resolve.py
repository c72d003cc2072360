"""Resolving an incident: warnings reach the user, acknowledgements work, coordinates are sane."""

from __future__ import annotations

import json

import pytest
from common import write_incident

from geomap.cli import main
from geomap.errors import IncidentError
from geomap.geo.geodesy import distance_km
from geomap.incident import load_incident
from geomap.resolve import resolve


def _place(name: str, extra: str = "") -> str:
    return f"    - name: {name}\n{extra}      sources: [src]\n"


def _file(tmp_path, *places: str, layer: str = "sites"):
    return write_incident(tmp_path, f"places:\n  {layer}:\n" + "".join(places))


def test_geocoder_warnings_reach_validate_and_strict_fails(tmp_path, capsys):
    seed = _file(tmp_path, _place("Typo", "      place: Dolhobyczuw, Hrubieszów County\n"))
    assert main(["validate", str(seed)]) == 0
    err = capsys.readouterr().err
    assert f"{seed}:16: sites.typo.place: warning: 'Dolhobyczuw' is not in the gazetteer" in err
    assert "did you mean: Dołhobyczów" in err
    assert main(["validate", "--strict", str(seed)]) == 1
    assert (
        main(
            [
                "build",
                "--strict",
                str(seed),
                "--layers-dir",
                str(tmp_path / "l"),
                "--out",
                str(tmp_path / "b"),
            ]
        )
        == 1
    )
    assert not (tmp_path / "l").exists()


def test_json_format_gives_one_object_per_problem(tmp_path, capsys):
    seed = _file(tmp_path, _place("Czesniki", "      place: Czesniki, Zamość County\n"))
    assert main(["validate", "--format", "json", str(seed)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]  # machine output: stdout
    assert lines == [
        {
            "file": str(seed),
            "line": 16,
            "field": "sites.czesniki.place",
            "level": "warning",
            "message": lines[0]["message"],
            "acknowledged": False,
        }
    ]
    assert "matched 'Cześniki'" in lines[0]["message"]


def test_an_unacknowledged_warning_says_how_to_acknowledge_it(tmp_path, capsys):
    seed = _file(tmp_path, _place("Wolka", "      place: Wólka Krzywowierzbska, gm. Dębowa Kłoda\n"))
    assert main(["validate", "--strict", str(seed)]) == 1
    assert "(once checked, acknowledge it: add `expect: [admin3]` to this entry)" in capsys.readouterr().err


def test_an_acknowledged_warning_passes_strict(tmp_path, capsys):
    seed = _file(
        tmp_path,
        _place("Wolka", "      place: Wólka Krzywowierzbska, gm. Dębowa Kłoda\n      expect: gmina\n"),
    )
    assert main(["validate", "--strict", str(seed)]) == 0
    assert ": acknowledged: 'Wólka Krzywowierzbska' is not in the gazetteer" in capsys.readouterr().err


def test_an_acknowledgement_that_no_longer_applies_is_a_warning(tmp_path, capsys):
    seed = _file(
        tmp_path, _place("Cześniki", "      place: Cześniki, Zamość County\n      expect: [gmina, variant]\n")
    )
    assert main(["validate", "--strict", str(seed)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2
    assert (
        "sites.czesniki.place.expect: warning: expects 'admin3', but the geocoder now gives no warning"
        in err[0]
    )


def test_unknown_acknowledgement_is_an_error(tmp_path):
    seed = _file(tmp_path, _place("Cześniki", "      place: Cześniki, Zamość County\n      expect: sure\n"))
    with pytest.raises(IncidentError, match="'sure' is not a warning geomap gives"):
        load_incident(seed)


@pytest.mark.parametrize(
    ("coordinates", "message"),
    [
        (
            "[51.5, 23.4]",
            "lies in no country, outside the countries this file names (BY, PL); did you swap them? [23.4, 51.5] would fit",
        ),
        ("[45.0, 24.0]", "outside the countries this file names"),  # Saudi Arabia, and swapping does not help
        ("[-3.7, 40.4]", "outside the countries this file names (BY, PL)"),
    ],
    ids=["swapped", "saudi-arabia", "madrid"],
)
def test_coordinates_far_from_the_incident_are_refused(tmp_path, coordinates, message):
    body = (
        "places:\n  sites:\n"
        + _place("Here", "      place: Cześniki, Zamość County\n")
        + _place("There", f"      coordinates: {coordinates}\n")
        + "border_regions:\n  - countries: [PL, BY]\n    sources: [src]\n"
    )
    with pytest.raises(IncidentError, match=r"sites\.there\.coordinates") as err:
        resolve(load_incident(write_incident(tmp_path, body)))
    assert message in str(err.value)


def test_coordinates_far_from_every_other_place_are_refused_even_without_countries(tmp_path):
    body = (
        "places:\n  sites:\n"
        + _place("Here", "      coordinates: [23.4, 51.5]\n")
        + _place("There", "      coordinates: [30.5, 60.0]\n")
    )
    with pytest.raises(IncidentError, match=r"km from the nearest other place of this incident"):
        resolve(load_incident(write_incident(tmp_path, body)))


def test_between_two_places_is_their_midpoint_with_half_their_distance(tmp_path, geocoder):
    seed = _file(
        tmp_path, _place("Field", '      between: ["Rabiany, gm. Korytnica", "Sewerynów, gm. Korytnica"]\n')
    )
    point = resolve(load_incident(seed)).places["sites"][0]
    a, b = ((m.lon, m.lat) for m in map(geocoder.geocode, ["geonames:760861", "geonames:759448"]))
    assert point.match.precision == "between"
    assert distance_km((point.lon, point.lat), a) == pytest.approx(
        distance_km((point.lon, point.lat), b), abs=0.3
    )
    assert point.match.uncertainty_km == pytest.approx(distance_km(a, b) / 2, abs=0.3)


def test_resolve_turns_input_errors_into_problems_and_lets_a_broken_install_through(seed, monkeypatch):
    """An unknown pair of countries is a problem of the file; a damaged package file is not."""
    from geomap.errors import BoundaryError, DataError
    from geomap.geo import boundaries

    incident = load_incident(seed)

    def no_border(a, b):
        raise BoundaryError(f"{a} and {b} share no border in the packaged boundaries")

    monkeypatch.setattr(boundaries, "shared_border", no_border)
    with pytest.raises(IncidentError) as err:
        resolve(incident)
    assert any(
        p.field.startswith("border_regions.") and "share no border" in p.message for p in err.value.problems
    )

    def damaged(a, b):
        raise DataError("geomap/data/admin0.wkb.gz", "is not gzip data")

    monkeypatch.setattr(boundaries, "shared_border", damaged)
    with pytest.raises(DataError, match="reinstall geomap"):
        resolve(incident)
