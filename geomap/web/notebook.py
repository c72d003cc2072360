"""The notebook bridge: a built incident as a folium map, and inline display in Jupyter.

folium and branca render their output through Jinja2 twice (a macro's output
is compiled again as a template), so no incident text may reach them as
text.  The bridge hands folium one constant template; the document travels as
base64 of its UTF-8 JSON, an alphabet with no ``{``, ``}``, ``%``, ``#``,
``<`` or ``&`` in it, and the page's own JS draws it onto folium's map with
the same DOM-only code as the published page.  User text is therefore inert
wherever folium or branca look at it.
"""

from __future__ import annotations

import base64
import html
import json
from typing import Any

from geomap.web.page import _asset, assets

#: The page's JS minus Leaflet itself (folium brings its own L).
_NOTEBOOK_SCRIPTS = ("leaflet.polylineDecorator.js", "geomap.js")


def encode(document: dict[str, Any], /) -> str:
    """Return the document as base64 of its UTF-8 JSON: nothing a template or HTML parser reads."""
    raw = json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return base64.b64encode(raw.encode("utf-8")).decode("ascii")


def to_folium(document: dict[str, Any], /) -> Any:
    """Return a ``folium.Map`` drawing ``document`` with the page's own JS.

    Add folium plugins to it as to any folium map; geomap's layers, panels and
    popups are drawn by its own element, with every text value inert.
    """
    import folium
    from branca.element import MacroElement
    from jinja2 import Template

    (south, west), (north, east) = document["view"]["bounds"]
    fmap = folium.Map(
        location=[(south + north) / 2, (west + east) / 2],
        zoom_start=6,
        tiles=None,
        zoom_control=False,
        attribution_control=False,
    )
    # geomap's own Leaflet, in the place of folium's CDN copy (same order, so folium's plugins still
    # load after it), as data: URIs: the map draws offline.
    fmap.default_js = [
        (n, _data_uri("leaflet.js", "text/javascript") if n == "leaflet" else u) for n, u in fmap.default_js
    ]
    fmap.default_css = [
        (n, _data_uri("leaflet.css", "text/css") if n == "leaflet_css" else u) for n, u in fmap.default_css
    ]
    js, css = assets(_NOTEBOOK_SCRIPTS, ("geomap.css",))
    for name, text in (("css", css), ("js", js)):
        if "{% endraw %}" in text:
            raise ValueError(f"geomap's {name} cannot be wrapped in a raw block")

    class GeomapElement(MacroElement):
        # A constant template: the only value it interpolates is base64 (see encode()).
        _template = Template(
            "{% macro header(this, kwargs) %}<style>{% raw %}" + css + "{% endraw %}</style>{% endmacro %}"
            "{% macro script(this, kwargs) %}{% raw %}" + js + "{% endraw %}\n"
            "geomapMount('{{ this.payload }}', {{ this._parent.get_name() }});\n{% endmacro %}"
        )

        def __init__(self, payload: str):
            super().__init__()
            self._name = "GeomapElement"
            self.payload = payload

    fmap.add_child(GeomapElement(encode(document)))
    return fmap


def _data_uri(asset: str, mime: str) -> str:
    return f"data:{mime};base64," + base64.b64encode(_asset(asset).encode("utf-8")).decode("ascii")


def iframe(page: str, /, *, height: int = 540) -> str:
    """Return the page in a sandboxed ``<iframe srcdoc>`` for inline display (Jupyter's ``_repr_html_``)."""
    return (
        '<iframe sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
        f'style="width:100%;height:{int(height)}px;border:0" srcdoc="'
        + html.escape(page, quote=True)
        + '"></iframe>'
    )
