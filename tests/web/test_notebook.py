"""The notebook bridge: folium renders a geomap document without compiling any user text."""

from __future__ import annotations

import html
import re

import jinja2
import pytest
from common import PAYLOADS, hostile_incident

from geomap.build import build_incident
from geomap.web.notebook import encode


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return build_incident(hostile_incident(tmp_path_factory.mktemp("nb")))


def test_folium_compiles_only_constant_templates(hostile, monkeypatch):
    compiled: list[str] = []
    original = jinja2.Environment.compile

    def spy(self, source, *args, **kwargs):
        if isinstance(source, str):
            compiled.append(source)
        return original(self, source, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", spy)
    page = hostile.to_folium().get_root().render()
    assert compiled  # folium did render through Jinja2
    for source in compiled:
        for payload in PAYLOADS:
            assert payload not in source
    for payload in PAYLOADS:
        if len(payload) > 3:
            assert payload not in page
    assert encode(hostile.document) in page


def test_the_payload_is_base64_with_no_template_or_markup_characters(hostile):
    assert re.fullmatch(r"[A-Za-z0-9+/=]+", encode(hostile.document))


def test_inline_display_is_a_sandboxed_iframe(hostile):
    shown = hostile._repr_html_()
    assert shown.startswith('<iframe sandbox="allow-scripts')
    srcdoc = re.search(r'srcdoc="([^"]*)"', shown).group(1)
    assert html.unescape(srcdoc) == hostile.html


def test_repr_is_a_short_summary_and_jupyter_still_shows_the_page(hostile, tmp_path):
    """repr() of a built incident or a table page is one line; the page goes to Jupyter's _repr_html_."""
    import pandas as pd

    from geomap.events.api import map_table

    assert len(hostile.html) > 100_000  # what repr() used to print
    shown = repr(hostile)
    assert shown.startswith("<Built 'hostile': layers: ") and shown.endswith(" MiB>") and len(shown) < 500
    assert "\n" not in shown and "<script" not in shown
    events = pd.DataFrame({"lon": [21.0, 22.5, None], "lat": [52.2, 51.2, None], "what": ["a", "b", "c"]})
    page = map_table(events, lon="lon", lat="lat", title="Events")
    line = repr(page)
    assert (
        line.startswith("<TableMap 'Events': 3 rows: 2 drawn, 1 without coordinates") and len(line) < 300
    ), line
    assert page._repr_html_().startswith('<iframe sandbox="allow-scripts')
