"""Screenshots of built maps with headless Chromium (Debian's ``chromium``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from geomap.errors import GeomapError

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


def screenshot(html: Path, png: Path, /, *, width: int = 1400, height: int = 1000) -> Path:
    """Render ``html`` in headless Chromium and save a PNG screenshot."""
    png.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="geomap-chromium-") as profile:
        cmd = [
            find_chromium(), *QUIET_FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}",
            "--virtual-time-budget=4000", f"--screenshot={png.resolve()}", html.resolve().as_uri(),
        ]  # fmt: skip
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    if result.returncode != 0 or not png.is_file():
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise GeomapError(f"chromium could not screenshot {html}: {last}")
    return png
