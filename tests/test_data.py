"""Package data: present, as documented, and read only from the package."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import geomap

DATA = Path(geomap.__file__).parent / "data"


def test_data_readme_hashes_match_the_files():
    listed = re.findall(r"^- `([^`]+)`: `([0-9a-f]{16})`$", (DATA / "README.md").read_text("utf-8"), re.M)
    assert {p.name for p in DATA.glob("*.gz")} <= {name for name, _ in listed}  # every compiled file
    assert len(listed) == 14
    for name, digest in listed:
        assert hashlib.sha256((DATA / name).read_bytes()).hexdigest()[:16] == digest, name


def test_licences_ship_with_the_vendored_code():
    for name in ("LICENSE.leaflet.txt", "LICENSE.leaflet-polylinedecorator.txt"):
        assert "Permission" in (DATA / "web" / name).read_text("utf-8") or "Redistribution" in (
            DATA / "web" / name
        ).read_text("utf-8")


def test_package_never_reads_shared_at_run_time():
    for source in (DATA.parent).rglob("*.py"):
        assert "../shared" not in source.read_text("utf-8") and "shared/data" not in source.read_text(
            "utf-8"
        ), source.name


def test_gazetteer_is_compact():
    assert sum(p.stat().st_size for p in DATA.glob("gazetteer*")) < 20e6
