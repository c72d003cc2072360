"""Render the README's picture of the diff page: a pull request on the seed, as ``geomap diff --html`` shows it.

The change is ``scripts/bench/bench_diff.py``'s: Wyhalew moves ~3 km, Cześniki is excluded, a claim is
added.  Writes ``docs/diff-desktop.png`` (1400x900).  Needs Debian's chromium.
Run: ``python scripts/screenshot_diff.py``.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from geomap import diff
from geomap.web.diffpage import diff_page
from geomap.web.screenshot import Size, render

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts" / "bench"))
from bench_diff import SEED, seed_change  # noqa: E402


def main() -> None:
    """Build the seed and its changed copy in memory, compare them, and render the page."""
    with tempfile.TemporaryDirectory() as tmp:
        for path in SEED.parent.glob(SEED.stem + ".*"):
            shutil.copy(path, Path(tmp) / path.name)
        changed = Path(tmp) / SEED.name
        changed.write_text(seed_change(SEED.read_text("utf-8")), "utf-8")
        old, new = diff.seed_state([SEED]), diff.seed_state([changed])
    changes = diff.compare(old, new, old_label="main", new_label="pull request")
    page = diff_page(changes, context={"features": diff.unchanged(old, new)})
    out = ROOT / "docs" / "diff-desktop.png"
    out.write_bytes(render(page, size=Size(1400, 900)))
    print(f"{out}: {out.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
