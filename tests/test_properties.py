"""Property tests: any valid incident, whatever its text, builds the same bytes twice and
carries its text unchanged through GeoJSON, the GeoPackage and the page's data island."""

from __future__ import annotations

import json
import re
import tempfile
import unicodedata
from pathlib import Path

import fiona
from common import HEAD, q
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomap.build import build_incident, output_set

# Text a person could paste: any assigned, printable character (controls, bidi and zero-width
# characters are refused or removed by the reader, and tested in test_corpus.py).
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Zl", "Zp", "Co", "Cn")),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip())

SITES = st.lists(st.tuples(TEXT, TEXT, st.floats(20.0, 23.0), st.floats(50.5, 52.5)), min_size=1, max_size=4)


def _incident(folder: Path, title: str, sites: list[tuple[str, str, float, float]]) -> Path:
    body = "places:\n  crash_sites:\n"
    for i, (name, reported, lon, lat) in enumerate(sites):
        body += (
            f"    - id: s{i}\n      name: {q(name)}\n      coordinates: [{lon!r}, {lat!r}]\n"
            f"      reported: {q(reported)}\n      sources: [src]\n"
        )
    path = folder / "prop.yaml"
    path.write_text(HEAD.format(id="prop").replace("title: Test", f"title: {q(title)}") + body, "utf-8")
    return path


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, SITES)
def test_any_text_round_trips_through_every_output(title, sites):
    with tempfile.TemporaryDirectory() as tmp:
        built = build_incident(_incident(Path(tmp), title, sites))
        again = build_incident(Path(tmp) / "prop.yaml")
        assert again.html == built.html and again.geojson == built.geojson
        outputs = output_set(built, layers_dir=Path(tmp) / "l", out_dir=Path(tmp) / "b")
        gpkg = Path(tmp) / "x.gpkg"
        gpkg.write_bytes(outputs.files["prop.gpkg"])
        with fiona.open(gpkg, layer="crash_sites") as src:
            from_gpkg = {f["properties"]["id"]: f["properties"] for f in src}
    features = json.loads(built.geojson["prop/crash_sites.geojson"])["features"]
    island = json.loads(re.search(r'id="geomap-document">(.*?)</script>', built.html, re.S).group(1))
    in_page = {f["id"]: f["properties"] for f in island["layers"][-1]["features"]}
    assert island["incident"]["title"] == _nfc(title)
    for i, (name, reported, lon, lat) in enumerate(sites):
        sid = f"s{i}"
        for props in (
            next(f["properties"] for f in features if f["id"] == sid),
            from_gpkg[sid],
            in_page[sid],
        ):
            assert props["name"] == _nfc(name)
            assert props["reported"] == _nfc(reported)
        geometry = next(f["geometry"] for f in features if f["id"] == sid)
        assert geometry["coordinates"] == [round(lon, 6), round(lat, 6)]
