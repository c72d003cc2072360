"""Copy the pinned Leaflet assets from the npm registry into geomap/data/web/.

geomap's HTML map inlines these files so that it works with no network.
Run at development time only (it calls ``npm pack``); the copied files are
committed.  Images that leaflet.css refers to are inlined as data: URIs so
the stylesheet makes no request either.

Run: ``python scripts/data/fetch_assets.py``.
"""

from __future__ import annotations

import base64
import re
import subprocess
import tarfile
import tempfile
from pathlib import Path

from datafiles import DATA

WEB = DATA / "web"
PACKAGES = {
    "leaflet@1.9.4": {
        "package/dist/leaflet.js": "leaflet.js",
        "package/dist/leaflet.css": "leaflet.css",
        "package/LICENSE": "LICENSE.leaflet.txt",
    },
    "leaflet-polylinedecorator@1.6.0": {
        "package/dist/leaflet.polylineDecorator.js": "leaflet.polylineDecorator.js",
        "package/LICENSE": "LICENSE.leaflet-polylinedecorator.txt",
    },
}


def inline_images(css: str, images: dict[str, bytes]) -> str:
    """Replace url(images/x.png) with data: URIs."""

    def repl(m: re.Match[str]) -> str:
        data = images[m.group(1)]
        return f"url(data:image/png;base64,{base64.b64encode(data).decode()})"

    return re.sub(r"url\(images/([\w.-]+\.png)\)", repl, css)


def main() -> None:
    """Fetch and copy."""
    WEB.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for spec, files in PACKAGES.items():
            out = subprocess.run(
                ["npm", "pack", spec, "--silent"], cwd=tmp, check=True, capture_output=True, text=True
            )
            with tarfile.open(Path(tmp) / out.stdout.strip().splitlines()[-1]) as tar:
                images = {
                    Path(m.name).name: tar.extractfile(m).read()  # type: ignore[union-attr]
                    for m in tar.getmembers()
                    if m.name.startswith("package/dist/images/")
                }
                for member, name in files.items():
                    data = tar.extractfile(member).read()  # type: ignore[union-attr]
                    if name.endswith(".css"):
                        data = inline_images(data.decode(), images).encode()
                    (WEB / name).write_bytes(data)
                    print(f"{spec} {member} -> {WEB / name} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
