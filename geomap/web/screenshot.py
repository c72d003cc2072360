"""Screenshots of built maps with headless Chromium (Debian's ``chromium``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from geomap.errors import GeomapError, clean

#: Flags that keep Chromium from reaching for the network on its own.
QUIET_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--hide-scrollbars", "--mute-audio",
]  # fmt: skip


def find_chromium() -> str:
    """Path of the Chromium binary: $GEOMAP_CHROMIUM, else chromium on PATH."""
    for candidate in (os.environ.get("GEOMAP_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if candidate and (found := shutil.which(candidate)):
            return found
    raise GeomapError("no Chromium found for --png: install Debian's chromium or set GEOMAP_CHROMIUM")


def screenshot(page: str, /, *, width: int = 1400, height: int = 1000) -> bytes:
    """Render the HTML ``page`` in headless Chromium and return a PNG screenshot."""
    with tempfile.TemporaryDirectory(prefix="geomap-chromium-") as tmp:
        html, png = Path(tmp) / "page.html", Path(tmp) / "page.png"
        html.write_text(page, "utf-8")
        cmd = [
            find_chromium(), *QUIET_FLAGS, f"--user-data-dir={tmp}/profile", f"--window-size={width},{height}",
            "--virtual-time-budget=4000", f"--screenshot={png}", html.as_uri(),
        ]  # fmt: skip
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
        if result.returncode != 0 or not png.is_file():
            last = (result.stderr.strip().splitlines() or ["no output"])[-1]
            raise GeomapError(f"chromium could not take the screenshot: {clean(last)}")
        return png.read_bytes()
