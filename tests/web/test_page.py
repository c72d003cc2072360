"""The published page as text: a constant shell, one data island, a CSP, and no template engine."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from common import PAYLOADS, hostile_incident

from geomap.build import build_incident
from geomap.errors import GeomapError
from geomap.web import page as web_page
from geomap.web.escape import island_json
from geomap.web.page import GEOMAP_JS, source

WEB = Path(web_page.__file__).resolve().parents[1] / "data" / "web"
ISLAND = re.compile(r'<script type="application/json" id="geomap-document">(.*?)</script>', re.S)


def island(html: str) -> dict:
    found = ISLAND.findall(html)
    assert len(found) == 1
    return json.loads(found[0])


def frame(html: str) -> str:
    return ISLAND.sub("<island>", html)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return build_incident(hostile_incident(tmp_path_factory.mktemp("hostile")))


def test_page_loads_nothing_from_other_hosts(built):
    page = built.html
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=", page)
    assert "sourceMappingURL" not in page
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "img-src data:;" in csp
    assert "http" not in csp


def test_same_input_same_bytes(built, seed):
    assert build_incident(seed).html == built.html


def test_island_parses_back_to_the_document(built, hostile):
    assert island(built.html) == json.loads(json.dumps(built.document))
    assert island(hostile.html) == json.loads(json.dumps(hostile.document))


def test_the_frame_is_the_same_for_every_incident(built, hostile):
    """Only the island varies with the input: nothing else is derived from user text."""
    assert frame(built.html) == frame(hostile.html)
    assert "Russian drones" not in frame(built.html)


def test_csp_admits_exactly_the_inline_script_and_style(built):
    page = built.html
    csp = re.search(r'content="(default-src[^"]+)"', page).group(1)
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    styles = re.findall(r"<style>(.*?)</style>", page, re.S)
    assert len(scripts) == 1 and len(styles) == 1

    def digest(text: str) -> str:
        return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    assert f"script-src '{digest(scripts[0])}';" in csp
    assert f"style-src '{digest(styles[0])}';" in csp


@pytest.mark.parametrize("value", ["</script>", "<!--", "\u2028", "\u2029", "&amp;", "<\u2028>&"])
def test_island_json_cannot_close_the_script(value):
    text = island_json({"v": value})
    assert not re.search("[<>&\u2028\u2029]", text)
    assert json.loads(text) == {"v": value}


def test_hostile_text_never_appears_raw_outside_the_island(hostile):
    outside = frame(hostile.html)
    text = ISLAND.findall(hostile.html)[0]
    for payload in PAYLOADS:
        assert payload not in outside
        if re.search("[<>&\u2028\u2029]", payload):
            assert payload not in text  # escaped inside the island too
    assert "<script>alert" not in hostile.html


def test_hostile_text_is_in_the_document_unchanged(hostile):
    sites = {
        f["id"]: f["properties"]
        for f in next(e for e in hostile.document["layers"] if e["key"] == "crash_sites")["features"]
    }
    for i, payload in enumerate(PAYLOADS):
        p = sites[f"site-{i}"]
        assert p["reported"] == payload
        assert p["quotes"][0]["text"] == payload
        assert p["name"] == " ".join(payload.replace("\u2028", " ").replace("\u2029", " ").split())


def test_building_a_page_imports_no_template_engine(tmp_path):
    """The page is assembled without Jinja2, branca or folium: proven in a fresh interpreter."""
    hostile_incident(tmp_path)
    code = f"""
import sys
from geomap.build import build_incident
built = build_incident({str(tmp_path / "hostile.yaml")!r})
built.html
loaded = sorted(m for m in ("jinja2", "branca", "folium") if m in sys.modules)
print(",".join(loaded))
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
    assert not (tmp_path / "geomap-pwned.txt").exists()


@pytest.mark.parametrize("name", ["geomap.js", "geomap-table.js"])
def test_own_js_never_parses_markup(name):
    """The page's own JS builds nodes; no API that parses HTML or evaluates text appears in it."""
    code = source(name)
    code = re.sub(r"/\*.*?\*/", "", code, flags=re.S)
    code = re.sub(r"^\s*//.*$", "", code, flags=re.M)
    for banned in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
        'setTimeout("',
        'setInterval("',
        "srcdoc",
        "createContextualFragment",
        "DOMParser",
    ):
        assert banned not in code, banned


def test_the_page_script_is_its_parts_joined_in_order():
    """geomap.js is the files of web/geomap/, each listed once: none left out, none unknown."""
    assert sorted(GEOMAP_JS) == sorted(p.name for p in (WEB / "geomap").glob("*.js"))
    joined = source("geomap.js")
    assert joined.startswith("/* geomap's page") and joined.rstrip().endswith("})();")
    # mount() opens in the first part and closes in the last: every part between continues it.
    assert "function mount(app, doc, givenMap) {" in (WEB / "geomap" / GEOMAP_JS[0]).read_text("utf-8")


def test_leaflet_html_apis_only_get_nodes():
    """bindPopup, bindTooltip, divIcon and setContent take their content from node() in geomap.js."""
    code = source("geomap.js")
    calls = re.findall(r"(bindPopup|bindTooltip|setContent)\(([^\n]*)", code)
    assert calls
    for api, rest in calls:
        assert "node(function" in rest, (api, rest)
    for rest in re.findall(r"divIcon\((.*?)\}\)", code, re.S):
        assert "html: node(function" in rest


def test_vocabulary_lives_in_python_only():
    """Colours and UI words reach the page as data: the page's own JS and CSS hold no copies."""
    from geomap import vocab

    for name in ("geomap.js", "geomap-table.js", "geomap.css"):
        code = source(name)
        assert not re.findall(r"#[0-9a-fA-F]{6}\b", code), name
        for colour in vocab.STATUS_COLOURS.values():
            assert colour not in code
        for word in ("Confirmed", "Disputed", "Legend", "Sources", "Potwierdzone"):
            assert word not in code, (name, word)


def test_online_tiles_are_opt_in(seed, built):
    page = build_incident(seed, tiles="OpenStreetMap.Mapnik").html
    doc = island(page)
    assert doc["tiles"]["url"].startswith("https://tile.openstreetmap.org/")
    assert any("OpenStreetMap" in a for a in doc["attribution"])
    assert "img-src data: https://tile.openstreetmap.org;" in page
    # Offline by default: no tile address (the page credits OpenStreetMap's villages, not its tiles).
    assert "tile.openstreetmap.org" not in built.html and island(built.html)["tiles"] is None


def test_unknown_tiles():
    with pytest.raises(GeomapError, match="not an xyzservices provider"):
        web_page.tile_source("NoSuch.Tiles")


def test_attribution_is_in_the_document(built):
    text = " ".join(built.document["attribution"])
    assert "Contains GeoNames data (geonames.org), CC BY 4.0" in text
    assert "Natural Earth (public domain)" in text


def test_the_basemap_focuses_on_the_incidents_own_country(built, tmp_path):
    """The country drawn lighter, with its regions labelled, is where the incident's places lie."""
    from common import write_incident

    assert built.document["basemap"]["focus"] == "PL"
    body = (
        "places:\n  sites:\n"
        "    - name: Vilnius\n      coordinates: [25.28, 54.69]\n      sources: [src]\n"
        "    - name: Kaunas\n      coordinates: [23.90, 54.90]\n      sources: [src]\n"
        "    - name: Hrodna\n      coordinates: [23.83, 53.68]\n      sources: [src]\n"
    )
    document = build_incident(write_incident(tmp_path, body, ident="in-lithuania")).document
    assert document["basemap"]["focus"] == "LT"
    from geomap.geo import areas

    lithuanian = {str(p["name_local"] or p["name"]) for p in areas.admin1().props if p["iso_a2"] == "LT"}
    regions = {label["text"] for label in document["basemap"]["labels"] if label["kind"] == "region"}
    assert regions and regions <= lithuanian, regions
