"""The HTML page as text: self-contained, deterministic, escaped."""

from __future__ import annotations

import re

import pytest
from hostile import PAYLOADS, write_hostile

from geomap.build import build_incident
from geomap.render import js_json, render_map


def test_page_loads_nothing_from_other_hosts(built):
    page = built.html
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=", page)
    assert "cdn." not in page and "cdnjs" not in page and "googleapis" not in page
    assert "sourceMappingURL" not in page


def test_same_input_same_bytes(built, seed):
    assert build_incident(seed).html == built.html
    assert not re.search(r"_[0-9a-f]{32}\b", built.html)  # no uuid4-style branca ids


def test_title_sources_and_attribution(built):
    page = built.html
    assert "Russian drones in Polish airspace, 9–10 September 2025" in page
    assert "9 Sep 2025 23:30 – 10 Sep 2025 06:45 (Europe/Warsaw)" in page
    assert "Contains GeoNames data (geonames.org), CC BY 4.0" in page
    assert "Natural Earth (public domain)" in page
    assert page.count("geomapOverlay({") == 6  # 4 layers + one toggle per claim


def test_online_tiles_are_opt_in(built, seed):
    page = render_map(built.incident, built.layers, tiles="OpenStreetMap.Mapnik")
    assert "tile.openstreetmap.org" in page and "OpenStreetMap" in page
    assert "tile.openstreetmap.org" not in built.html


def test_unknown_tiles():
    from geomap.errors import GeomapError
    from geomap.render import _tile_provider

    with pytest.raises(GeomapError, match="not an xyzservices provider"):
        _tile_provider("NoSuch.Tiles")


@pytest.mark.parametrize("value", ["</script>", "<!--", "\u2028", "&amp;"])
def test_js_json_cannot_close_the_script(value):
    text = js_json({"v": value})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text


def test_hostile_text_is_escaped_everywhere(tmp_path):
    page = build_incident(write_hostile(tmp_path)).html
    for payload in PAYLOADS.values():
        assert payload not in page
    assert "<script>alert" not in page
    assert "<iframe" not in page
    assert "onerror=alert(1)>" not in page
    assert "&lt;b onmouseover=alert(4)&gt;Title&lt;/b&gt;" in page  # title block, escaped
