"""The history ``geomap diff`` is tested on: a small incident's base and the two commits after it,
committed by the ``repo`` fixture (conftest.py) for tests/test_diff.py and tests/browser/test_diff_page.py.
"""

from __future__ import annotations

import json
from pathlib import Path

from ci_fixture import SEED

from geomap.cli import main

HOSTILE = "<img src=x onerror=alert(1)> @octocat | `code` **bold** [link](https://example.org)"

BASE = (
    SEED
    + """\
counts:
  - id: drones
    what: drones
    value: 19
    date: 2025-09-10
    sources: [src]
"""
)
#: Wohyń as geocoded (GeoNames), and where the second commit puts it: 0.04° east.
WOHYN = (22.7819, 51.7567)  # the register's point (PRNG), as the gazetteer gives it
MOVED_TO = (22.8219, 51.7567)


def _second(text: str) -> str:
    text = text.replace("      status: reported\n", "      status: confirmed\n", 1)
    text = text.replace(
        "      place: Wohyń, gm. Wohyń, Radzyń Podlaski County\n",
        f"      place: Wohyń, gm. Wohyń, Radzyń Podlaski County\n      coordinates: [{MOVED_TO[0]}, {MOVED_TO[1]}]\n",
    )
    text = text.replace(
        "flight_directions:\n",
        "    - name: Wyhalew\n      place: Wyhalew, gm. Dębowa Kłoda, Parczew County\n"
        f"      reported: {json.dumps(HOSTILE)}\n      status: reported\n      sources: [src]\n"
        "flight_directions:\n  - id: tusk\n    claim: Directly from Belarus\n    speaker: Donald Tusk\n"
        "    origin: {country: BY}\n    into: PL\n    sources: [src]\n",
    )
    return text.replace("    value: 19\n", "    value: 21\n")


def _third(text: str) -> str:
    start = text.index("    - name: Wyhalew")
    text = text[:start] + text[text.index("flight_directions:") :]
    start = text.index("  - id: tusk")
    text = text[:start] + text[text.index("  - id: ordash") :]
    return text.replace("origin: {country: UA}", "origin: {region: Volyn Oblast}\n    status: disputed")


def _run(repo_root: Path, monkeypatch, capsys, *argv: str) -> tuple[int, str, str]:
    monkeypatch.chdir(repo_root)
    code = main(["diff", *argv])
    out, err = capsys.readouterr()
    return code, out, err
