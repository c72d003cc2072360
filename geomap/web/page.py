"""The published page: a constant shell, the inline assets, and one data island.

No template engine is involved: the shell is fixed text, the assets are
geomap's own files, and the document is the only part that varies with the
input, written by :func:`geomap.web.escape.island_json`.  A
Content-Security-Policy admits only the page's own inline script and style (by
their sha256) and, unless online tiles were asked for, no network at all.
"""

from __future__ import annotations

import base64
import hashlib
import html
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from geomap._data import read_bytes
from geomap.errors import GeomapError
from geomap.web.escape import island_json

if TYPE_CHECKING:
    from geomap.web.encode import Streams

ISLAND_ID = "geomap-document"
#: The binary island: a table's columns, deflated and base64-encoded (see geomap.web.encode).
COLUMNS_ID = "geomap-columns"
SCRIPTS = ("leaflet.js", "leaflet.polylineDecorator.js", "geomap-table.js", "geomap.js")
STYLES = ("leaflet.css", "geomap.css")

_HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="geomap">
<meta name="referrer" content="no-referrer">
"""
_BODY = (
    """<title>Map</title>
</head>
<body>
<div id="gm-app"></div>
<script type="application/json" id=\""""
    + ISLAND_ID
    + """\">"""
)
_TAIL = "</script>\n</body>\n</html>\n"


def _asset(name: str) -> str:
    text = read_bytes("web", name).decode("utf-8")
    # Source-map comments would make devtools ask the network for a file we do not ship.
    return "\n".join(
        line
        for line in text.splitlines()
        if not line.startswith(("//# sourceMappingURL", "/*# sourceMappingURL"))
    )


@cache
def assets(scripts: tuple[str, ...] = SCRIPTS, styles: tuple[str, ...] = STYLES) -> tuple[str, str]:
    """Return the page's one inline script and one inline style, as constant text.

    ``scripts`` and ``styles`` name the package's web files joined into them: the incident page's
    by default, another page's (the diff page, the site's index) when given.
    """
    js = "\n".join(_asset(n) for n in scripts)
    css = "\n".join(_asset(n) for n in styles)
    for name, text, end in (("script", js, "</script"), ("style", css, "</style")):
        if end in text.lower():
            raise GeomapError(f"an inline {name} asset contains {end!r}; it would end its element early")
    return js, css


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def content_security_policy(
    *, tile_host: str | None = None, scripts: tuple[str, ...] = SCRIPTS, styles: tuple[str, ...] = STYLES
) -> str:
    """Return the page's CSP: its own inline script and style only; images from data: (and the tile host)."""
    js, css = assets(scripts, styles)
    images = "data:" + (f" {tile_host}" if tile_host else "")
    return (
        f"default-src 'none'; script-src {_sha256(js)}; style-src {_sha256(css)}; img-src {images}; "
        "connect-src 'none'; font-src 'none'; media-src 'none'; object-src 'none'; base-uri 'none'; "
        "form-action 'none'"
    )


def page(
    document: dict[str, Any],
    /,
    *,
    binary: Streams | None = None,
    scripts: tuple[str, ...] = SCRIPTS,
    styles: tuple[str, ...] = STYLES,
) -> str:
    """Return the whole HTML page for ``document``, with the columns of its tables in ``binary``.

    ``scripts`` and ``styles`` choose the page's code (see :func:`assets`); the frame, the one
    data island and the CSP are the same for every page.
    """
    js, css = assets(scripts, styles)
    tiles = document.get("tiles") or {}
    csp = content_security_policy(tile_host=tiles.get("host"), scripts=scripts, styles=styles)
    # Base64 has no "<", so the island cannot end early; the page never runs it, only reads it.
    columns = (
        f'</script>\n<script type="application/octet-stream" id="{COLUMNS_ID}">' + binary.base64()
        if binary is not None and binary.entries else ""
    )  # fmt: skip
    return (
        _HEAD
        + '<meta http-equiv="Content-Security-Policy" content="' + csp + '">\n'
        + "<style>" + css + "</style>\n"
        + _BODY
        + island_json(document)
        + columns
        + "</script>\n<script>" + js + _TAIL
    )  # fmt: skip


def tile_source(name: str, /) -> dict[str, Any]:
    """Online tiles from an xyzservices provider, with the plain-text attribution it requires."""
    import xyzservices.providers as xyz

    try:
        provider = xyz.query_name(name)
    except ValueError as err:
        raise GeomapError(
            f"--tiles {name!r} is not an xyzservices provider; try OpenStreetMap.Mapnik"
        ) from err
    if provider.requires_token():
        raise GeomapError(f"--tiles {name!r} needs an API key; choose a provider that does not")
    url = provider.build_url(fill_subdomain=False, scale_factor="")
    parts = urlsplit(url.replace("{s}", "a"))
    host = f"{parts.scheme}://{parts.netloc}"
    if "{s}" in url:
        host = f"{parts.scheme}://*.{parts.netloc.split('.', 1)[1]}" if "." in parts.netloc else host
    return {
        "name": provider.name,
        "url": url,
        "subdomains": provider.get("subdomains", "abc"),
        "attribution": str(provider.get("attribution", provider.get("html_attribution", ""))),
        "max_zoom": int(provider.get("max_zoom", 18)),
        "host": host,
    }


def embed_snippet(src: str, title: str, /, *, height: int = 540) -> str:
    """Return an ``<iframe>`` that embeds the page in an article, its text escaped for the attributes."""
    return (
        '<iframe src="' + html.escape(src, quote=True) + '" title="' + html.escape(title, quote=True) + '"'
        f' width="100%" height="{int(height)}" style="border:0" loading="lazy"'
        ' sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>'
    )
