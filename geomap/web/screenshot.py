"""Static images of a built map with headless Chromium (Debian's ``chromium``): PNG and vector PDF.

Both open the page in its print mode (``#print``): controls hidden, labels on,
and the title, legend and sources drawn as a caption, so the image stands on
its own in an article, on social media or in print.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from geomap.errors import OptionError, OutputError, clean

#: Flags that keep Chromium from reaching for the network on its own.
QUIET_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--hide-scrollbars", "--mute-audio",
]  # fmt: skip


@dataclass(frozen=True)
class Size:
    """An image size in CSS pixels, and the device pixels per CSS pixel."""

    width: int
    height: int
    scale: float = 1.0

    @property
    def pixels(self) -> tuple[int, int]:
        """The image's size in pixels."""
        return round(self.width * self.scale), round(self.height * self.scale)


#: Named sizes: social cards, a square post, and A5 landscape at 300 dpi (2480 x 1748 pixels).
PRESETS = {
    "social": Size(1200, 675),
    "square": Size(1080, 1080),
    "print": Size(1240, 874, 2.0),
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
        size = Size(size.width, size.height, scale)
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


def render(page: str, /, *, size: Size, fragment: str = "", as_pdf: bool = False) -> bytes:
    """Render the HTML ``page`` (opened at ``#fragment``) in headless Chromium: PNG bytes, or PDF bytes."""
    output_flag = "--print-to-pdf" if as_pdf else "--screenshot"
    with tempfile.TemporaryDirectory(prefix="geomap-chromium-") as tmp:
        html = Path(tmp) / "page.html"
        out = Path(tmp) / ("out.pdf" if output_flag == "--print-to-pdf" else "out.png")
        html.write_text(page, "utf-8")
        cmd = [
            find_chromium(), *QUIET_FLAGS, f"--user-data-dir={tmp}/profile", f"--window-size={size.width},{size.height}",
            f"--force-device-scale-factor={size.scale:g}", "--virtual-time-budget=5000", "--run-all-compositor-stages-before-draw",
            f"{output_flag}={out}", html.as_uri() + fragment,
        ]  # fmt: skip
        if output_flag == "--print-to-pdf":
            cmd.insert(-1, "--no-pdf-header-footer")
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=False)
        if result.returncode != 0 or not out.is_file():
            last = (result.stderr.strip().splitlines() or ["no output"])[-1]
            raise OutputError(f"chromium could not render the page: {clean(last)}")
        return out.read_bytes()


def screenshot(page: str, /, *, size: Size = PRESETS["social"]) -> bytes:
    """Render the HTML ``page`` in print mode and return a PNG of ``size``."""
    return render(page, size=size, fragment="#print")


def pdf(page: str, /) -> bytes:
    """Render the HTML ``page`` in print mode as a one-page vector PDF, A5 landscape."""
    return render(page, size=A5_LANDSCAPE, fragment="#print=a5", as_pdf=True)
