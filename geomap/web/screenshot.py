"""Static images of a built map with headless Chromium (Debian's ``chromium``): PNG and vector PDF.

Both open the page in its print mode (``#print``): controls hidden, labels on,
and the title, legend and sources drawn as a caption, so the image stands on
its own in an article, on social media or in print.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

from geomap.errors import OptionError, OutputError, clean

#: Flags that keep Chromium from reaching for the network on its own.
QUIET_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--hide-scrollbars",
    "--mute-audio",
]


@dataclass(frozen=True)
class Size:
    """An image size in CSS pixels, and the device pixels per CSS pixel."""

    width: int
    height: int
    scale: float = 1.0
    #: Dots per inch the image is meant to be printed at (written into the PNG), or None for screens.
    dpi: float | None = None

    @property
    def pixels(self) -> tuple[int, int]:
        """The image's size in pixels."""
        return round(self.width * self.scale), round(self.height * self.scale)


#: Named sizes: social cards, a square post, and A5 landscape at 300 dpi (2481 x 1749 pixels).
#: A5 landscape is 210 x 148 mm; laid out 827 CSS pixels wide, a CSS pixel is 1/100 inch on paper, so
#: the page's smallest text (10 px) prints at 7.2 pt and its labels (12 px) at 8.6 pt.
PRESETS = {
    "social": Size(1200, 675),
    "square": Size(1080, 1080),
    "print": Size(827, 583, 3.0, dpi=300.0),
    "desktop": Size(1400, 1000),
}
#: A5 landscape in CSS pixels (96 per inch): the window a PDF is laid out in.
A5_LANDSCAPE = Size(794, 559)


def parse_size(text: str, /, *, scale: float | None = None) -> Size:
    """Read ``social``, ``square``, ``print``, ``desktop`` or ``WIDTHxHEIGHT`` (with an optional scale)."""
    if text in PRESETS:
        size = PRESETS[text]
    else:
        found = re.fullmatch(r"(\d{2,5})x(\d{2,5})", text)
        if not found:
            raise OptionError(
                f"--size {text!r} is not WIDTHxHEIGHT (e.g. 1200x675) or one of {', '.join(PRESETS)}"
            )
        size = Size(int(found.group(1)), int(found.group(2)))
    if scale is not None:
        if not 0.5 <= scale <= 4:
            raise OptionError(f"--scale {scale:g} is outside 0.5..4")
        dpi = size.dpi * scale / size.scale if size.dpi else None
        size = Size(size.width, size.height, scale, dpi)
    if not (200 <= size.width <= 4000 and 200 <= size.height <= 4000) or max(size.pixels) > 8000:
        raise OptionError(
            f"--size {size.width}x{size.height} at scale {size.scale:g} is outside 200..4000 px (8000 device px)"
        )
    return size


def find_chromium() -> str:
    """Path of the Chromium binary: $GEOMAP_CHROMIUM, else chromium on PATH."""
    for candidate in (os.environ.get("GEOMAP_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if candidate and (found := shutil.which(candidate)):
            return found
    raise OutputError("no Chromium found for --png/--pdf: install Debian's chromium or set GEOMAP_CHROMIUM")


#: Real seconds one Chromium run may take. The page draws in about 3 s on two busy cores; headless
#: Chromium is known to hang now and then with ``--virtual-time-budget`` (before drawing, or after
#: writing its file, at shutdown), so a run past this is killed and tried once more.
RUN_SECONDS = 75
ATTEMPTS = 2
#: How each kind of output ends when Chromium has written all of it.
TRAILERS = {"out.png": b"IEND\xaeB`\x82", "out.pdf": b"%%EOF", "dom.html": b"</html>"}


def render(
    page: str, /, *, size: Size, fragment: str = "", as_pdf: bool = False, as_dom: bool = False
) -> bytes:
    """Render the HTML ``page`` (opened at ``#fragment``) in headless Chromium: PNG, PDF, or the DOM it built."""
    with tempfile.TemporaryDirectory(prefix="geomap-chromium-") as tmp:
        html = Path(tmp) / "page.html"
        html.write_text(page, "utf-8")
        name = "dom.html" if as_dom else "out.pdf" if as_pdf else "out.png"
        out = Path(tmp) / name
        if as_dom:
            output_flags = ["--dump-dom"]
        elif as_pdf:
            output_flags = [f"--print-to-pdf={out}", "--no-pdf-header-footer"]
        else:
            output_flags = [f"--screenshot={out}"]
        last = "no output"
        for attempt in range(ATTEMPTS):
            cmd = [
                find_chromium(),
                *QUIET_FLAGS,
                f"--user-data-dir={tmp}/profile-{attempt}",
                f"--window-size={size.width},{size.height}",
                f"--force-device-scale-factor={size.scale:g}",
                "--virtual-time-budget=5000",
                "--run-all-compositor-stages-before-draw",
                *output_flags,
                html.as_uri() + fragment,
            ]
            out.unlink(missing_ok=True)
            last = _run(cmd, out=out, stdout_to_out=as_dom)
            if _complete(out):
                return out.read_bytes()
        raise OutputError(f"chromium could not render the page ({ATTEMPTS} tries): {clean(last)}")


def _run(cmd: list[str], /, *, out: Path, stdout_to_out: bool) -> str:
    """Run Chromium until it exits, or its output is whole, or RUN_SECONDS pass; return the last line it said.

    Chromium runs in a session of its own so that its helper processes die with it: killing only the
    browser process would leave them holding the temporary folder.
    """
    err_path = out.with_name("stderr.txt")
    timed_out = False
    with open(err_path, "wb") as err, open(out if stdout_to_out else os.devnull, "wb") as stdout:
        proc = subprocess.Popen(cmd, stdout=stdout, stderr=err, start_new_session=True)
        try:
            timed_out = _wait(proc, out)
        finally:
            # Whatever happened (an exit, a timeout, Ctrl-C): no helper of its session outlives the run,
            # nor holds the temporary folder.
            _kill(proc)
    if timed_out:
        return f"it did not finish within {RUN_SECONDS} s"
    said = err_path.read_text("utf-8", "replace").strip().splitlines()
    return said[-1] if said else f"exit code {proc.returncode}, no output"


def _wait(proc: subprocess.Popen[bytes], out: Path, /) -> bool:
    """Wait until Chromium exits, or its output has been whole for 3 s; return whether RUN_SECONDS passed first."""
    deadline = time.monotonic() + RUN_SECONDS
    whole_since: float | None = None
    while proc.poll() is None:
        now = time.monotonic()
        if whole_since is None and _complete(out):
            whole_since = now  # written; give it a moment to exit on its own
        if whole_since is not None and now - whole_since > 3:
            return False
        if now > deadline:
            return True
        time.sleep(0.05)
    return False


def _complete(out: Path, /) -> bool:
    """Whether Chromium has written all of ``out`` (its format's closing bytes are there)."""
    try:
        with open(out, "rb") as f:
            f.seek(max(0, f.seek(0, os.SEEK_END) - 64))
            tail = f.read()
    except OSError:
        return False
    return TRAILERS[out.name] in tail


def _kill(proc: subprocess.Popen[bytes], /) -> None:
    """Kill Chromium and every process it started (its session's group: gone already is fine)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def screenshot(page: str, /, *, size: Size = PRESETS["social"]) -> bytes:
    """Render the HTML ``page`` in print mode and return a PNG of ``size``, its DPI in the file when it has one."""
    png = render(page, size=size, fragment="#print")
    return with_dpi(png, size.dpi) if size.dpi else png


def with_dpi(png: bytes, dpi: float, /) -> bytes:
    """Return ``png`` with a pHYs chunk saying ``dpi`` (any pHYs it had is replaced)."""
    signature, pos, chunks = png[:8], 8, []
    if signature != b"\x89PNG\r\n\x1a\n":
        raise OutputError("chromium's screenshot is not a PNG")
    while pos < len(png):
        length = int.from_bytes(png[pos : pos + 4], "big")
        kind = png[pos + 4 : pos + 8]
        chunk = png[pos : pos + 12 + length]
        pos += 12 + length
        if kind != b"pHYs":
            chunks.append(chunk)
        if kind == b"IHDR":  # pHYs must come before the image data: right after the header
            per_metre = round(dpi / 0.0254)
            body = b"pHYs" + per_metre.to_bytes(4, "big") * 2 + b"\x01"
            chunks.append(len(body[4:]).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big"))
    return signature + b"".join(chunks)


def pdf(page: str, /) -> bytes:
    """Render the HTML ``page`` in print mode as a one-page vector PDF, A5 landscape."""
    return render(page, size=A5_LANDSCAPE, fragment="#print=a5", as_pdf=True)


def svg(page: str, /) -> bytes:
    """Render the HTML ``page`` in print mode as a vector SVG, A5 landscape.

    The page draws itself as for the PDF, then writes what it shows as SVG (see ``vectorSvg`` in
    geomap.js): one named group (an Inkscape layer) per map layer, the labels, numbered callouts,
    scale bar, locator and caption, all text as ``<text>``.
    """
    import base64
    import binascii
    from xml.etree import ElementTree

    dom = render(page, size=A5_LANDSCAPE, fragment="#print=a5-svg", as_dom=True).decode("utf-8")
    found = re.search(r'<pre id="gm-svg" hidden="">([A-Za-z0-9+/=]+)</pre>', dom)
    if not found:
        raise OutputError("the page did not draw its SVG (chromium too old, or the page failed)")
    try:
        data = base64.b64decode(found.group(1), validate=True)
        ElementTree.fromstring(data)
    except (binascii.Error, ElementTree.ParseError) as err:
        raise OutputError(f"the page's SVG is not well-formed: {err}") from err
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + data + b"\n"
