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
import re
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from geomap._data import read_text
from geomap.errors import DataError, OptionError
from geomap.web.escape import island_json

if TYPE_CHECKING:
    from geomap.web.encode import Streams

ISLAND_ID = "geomap-document"
#: The binary island: a table's columns, deflated and base64-encoded (see geomap.web.encode).
COLUMNS_ID = "geomap-columns"
SCRIPTS = ("leaflet.js", "leaflet.polylineDecorator.js", "geomap-table.js", "geomap.js")
STYLES = ("leaflet.css", "geomap.css", "geomap-table.css")

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


#: Assets whose comment lines are left out of the page (the files keep them; none is a licence notice).
OWN = ("geomap.js", "geomap-table.js", "geomap.css", "leaflet.css", "leaflet.polylineDecorator.js")


#: The incident page's script (geomap.js) by concern: the files of ``geomap/data/web/geomap/``,
#: joined in this order.  They are one function, mount(), cut where its concern changes: core.js
#: opens it, each next file continues it in the same closure, main.js closes it.
GEOMAP_JS = (
    "core.js",
    "format.js",
    "popups.js",
    "map.js",
    "overlays.js",
    "tables.js",
    "labels.js",
    "panels.js",
    "table.js",
    "time.js",
    "layout.js",
    "svg.js",
    "main.js",
)


def source(name: str) -> str:
    """Return the web file ``name`` as the package holds it (geomap.js joined from its parts)."""
    if name == "geomap.js":
        return "".join(read_text("web", "geomap", part) for part in GEOMAP_JS)
    return read_text("web", name)


def _asset(name: str) -> str:
    text = source(name)
    # Source-map comments would make devtools ask the network for a file we do not ship.
    lines = [
        line
        for line in text.splitlines()
        if not line.startswith(("//# sourceMappingURL", "/*# sourceMappingURL"))
    ]
    if name.endswith(".min.js") or name == "leaflet.js":
        return "\n".join(lines)
    return "\n".join(_lean(lines, comments=name in OWN))


def _lean(lines: list[str], /, *, comments: bool) -> list[str]:
    """Return ``lines`` without their indentation, and without whole-line comments when ``comments``.

    Only whole lines go: a line that is all comment (``//`` or inside ``/* ... */``), never a comment
    after code, so no string or regular expression is ever cut.  The page is the same program, lighter.
    """
    out: list[str] = []
    in_block = False
    for line in lines:
        bare = line.strip()
        if comments and in_block:
            if "*/" in bare:
                in_block = False
                rest = bare.split("*/", 1)[1].strip()
                if rest:
                    out.append(rest)
            continue
        if comments and bare.startswith("//"):
            continue
        if comments and bare.startswith("/*"):
            if "*/" not in bare:
                in_block = True
                continue
            if bare.endswith("*/") and bare.count("*/") == 1:
                continue
        if bare:
            out.append(bare)
    return out


#: The event-table code and style: only pages that draw tables carry them.
TABLE_ASSETS = ("geomap-table.js", "geomap-table.css")


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
            raise DataError(
                "geomap/data/web", f"an inline {name} asset contains {end!r}; it would end its element early"
            )
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
    if not (binary is not None and binary.entries) and not document.get("tables"):
        # A page without event tables leaves their code out (the seed page stays small).
        scripts = tuple(n for n in scripts if n not in TABLE_ASSETS)
        styles = tuple(n for n in styles if n not in TABLE_ASSETS)
    js, css = assets(scripts, styles)
    tiles = document.get("tiles") or {}
    csp = content_security_policy(tile_host=tiles.get("host"), scripts=scripts, styles=styles)
    # Base64 has no "<", so the island cannot end early; the page never runs it, only reads it.
    columns = (
        f'</script>\n<script type="application/octet-stream" id="{COLUMNS_ID}">' + binary.base64()
        if binary is not None and binary.entries
        else ""
    )
    return (
        _HEAD
        + '<meta http-equiv="Content-Security-Policy" content="'
        + csp
        + '">\n'
        + "<style>"
        + css
        + "</style>\n"
        + _BODY
        + island_json(document)
        + columns
        + "</script>\n<script>"
        + js
        + _TAIL
    )


def tile_source(name: str, /) -> dict[str, Any]:
    """Online tiles from an xyzservices provider, with the plain-text attribution it requires."""
    import xyzservices.providers as xyz

    try:
        provider = xyz.query_name(name)
    except ValueError as err:
        raise OptionError(
            f"--tiles {name!r} is not an xyzservices provider; try OpenStreetMap.Mapnik"
        ) from err
    if provider.requires_token():
        raise OptionError(f"--tiles {name!r} needs an API key; choose a provider that does not")
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


def embed_ratio(bounds: list[list[float]], /) -> str:
    """Return a width/height ratio for an embed of a map of ``bounds`` ([[south, west], [north, east]]).

    The view's own shape in Web Mercator, kept between 1:1 and 16:9 so that the page's title bar
    and time control always leave room for the map; a phone gets a minimum height instead.
    """
    import math

    (south, west), (north, east) = bounds

    def y(lat: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(max(-85.0, min(85.0, lat))) / 2))

    tall = max(y(north) - y(south), 1e-9)
    ratio = min(16 / 9, max(1.0, math.radians(east - west) / tall))
    return f"{round(ratio * 100)} / 100"


def embed_snippet(src: str, title: str, /, *, ratio: str = "4 / 3", min_height: int = 480) -> str:
    """Return a responsive ``<iframe>`` that embeds the page in an article, its text escaped for the attributes.

    No fixed height: the frame is as wide as the article's column and as tall as ``ratio`` makes it,
    never shorter than ``min_height`` CSS pixels (a phone) nor taller than the reader's window.  It
    may go full screen; the page inside lets the article scroll (see the page's cooperative gestures).
    """
    if not re.fullmatch(r"\d{1,4}(\.\d{1,3})? / \d{1,4}(\.\d{1,3})?", ratio):
        raise OptionError(f"embed ratio {ratio!r} is not 'WIDTH / HEIGHT' (e.g. '4 / 3')")
    style = f"display:block;width:100%;aspect-ratio:{ratio};min-height:{int(min_height)}px;max-height:90vh;border:0"
    return (
        '<iframe src="' + html.escape(src, quote=True) + '" title="' + html.escape(title, quote=True) + '"'
        f' style="{style}" loading="lazy" allow="fullscreen" allowfullscreen'
        ' sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>'
    )
