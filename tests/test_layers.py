"""Layer building from small incident files: each way of naming a place, region or target."""

from __future__ import annotations

from pathlib import Path

import pytest
from common import write_incident

from geomap.errors import IncidentError
from geomap.incident import load_incident
from geomap.layers import build_layers


def build(tmp_path: Path, body: str):
    return build_layers(load_incident(write_incident(tmp_path, body, ident="small")))


def test_name_with_parentheses_and_coordinates_override(tmp_path):
    layers = build(
        tmp_path,
        """\
places:
  sites:
    - name: Krąg
      place: Krąg (Polanów), Powiat koszaliński
      sources: [src]
    - name: Given
      coordinates: [21.0, 52.0]
      sources: [src]
""",
    )
    sites = layers["sites"].set_index("id")
    assert sites.loc["krag", "matched_name"] == "Krąg (Polanów)"
    assert sites.loc["given", "match"] == "coordinates"
    assert (sites.loc["given"].geometry.x, sites.loc["given"].geometry.y) == (21.0, 52.0)


def test_targets_by_place_and_a_region_without_country(tmp_path):
    layers = build(
        tmp_path,
        """\
alert_regions:
  - region: Volyn Oblast
    sources: [src]
flight_directions:
  - claim: From Belarus to Lublin
    speaker: Nobody
    origin: {region: Брэсцкая вобласць}
    targets: {places: ["Lublin"]}
    sources: [src]
""",
    )
    assert layers["alert_regions"].iloc[0]["iso_3166_2"] == "UA-07"
    parts = layers["flight_directions"].set_index("id")
    assert (
        parts.loc["from-belarus-to-lublin", "entry_sector"] == "BY–PL border, the part nearest Brest Region"
    )
    assert parts.loc["from-belarus-to-lublin", "targets"] == ["Lublin"]
    assert parts.loc["from-belarus-to-lublin", "into"] == "PL"  # the country of its target


def test_every_unresolvable_place_is_reported(tmp_path):
    with pytest.raises(IncidentError) as err:
        build(
            tmp_path,
            """\
places:
  sites:
    - name: Sobótka
      sources: [src]
    - name: Nowhere-at-all
      sources: [src]
""",
        )
    fields = [p.field for p in err.value.problems]
    assert fields == ["sites.sobotka.place", "sites.nowhere-at-all.place"]
    assert [p.line for p in err.value.problems] == [15, 17]


def test_unknown_region(tmp_path):
    with pytest.raises(IncidentError, match=r"alert_regions\.atlantis: admin hint 'Atlantis' names no known"):
        build(tmp_path, "alert_regions:\n  - region: Atlantis\n    sources: [src]\n")


def test_coordinates_that_contradict_the_country_are_refused(tmp_path):
    with pytest.raises(
        IncidentError, match=r"lies in no country, not in PL; did you swap them\? \[23\.4, 51\.9\] lies in PL"
    ):
        build(
            tmp_path,
            """\
places:
  sites:
    - name: Swapped
      country: PL
      coordinates: [51.9, 23.4]
      sources: [src]
""",
        )
