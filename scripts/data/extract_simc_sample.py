"""Draw the Polish reference sample of tests/places/test_independent_simc.py from TERYT SIMC.

SIMC (system identyfikatorów i nazw miejscowości) is the localities part of TERYT, Poland's
official register of the territorial division, kept by Statistics Poland (GUS). It is a register
apart from PRNG (kept by GUGiK, which the gazetteer compiles) and from GeoNames: it lists every
locality with its type (village, colony, hamlet, settlement, part of a locality, town), the
locality it belongs to, and its gmina, powiat and voivodeship by their TERC codes. It has no
points: the expected answer of each locality is its gmina.

The copy used is the state of 2020-09-26 as committed to GitHub ``datainq/teryt`` (commit
``dfdc8f1…``, ``data/SIMC_Urzedowy_2020-09-26.zip`` and ``data/TERC_Urzedowy_2020-09-26.zip``).
Run by hand, once, with the two zips' paths::

    python scripts/data/extract_simc_sample.py SIMC_Urzedowy_2020-09-26.zip TERC_Urzedowy_2020-09-26.zip

It writes ``scripts/data/raw/pl-simc.tsv.gz``, every locality of the register but parts of towns,
Warsaw's districts and city delegations (SIMC id, the id of the locality it belongs to, type code,
name, TERC gmina code with its kind digit: an input of the gazetteer), ``scripts/data/raw/pl-terc.tsv.gz``,
every unit of TERC (code, name, kind), and ``scripts/data/raw/pl-simc-sample.tsv.gz``: a random sample (fixed seed), stratified by
the locality's type, with the names a journalist writes in a hint (gmina, land powiat,
voivodeship), the expected gmina code, how many localities of the register bear the name, and the split. Standard library only; gzip without a
timestamp, so a rerun gives the same bytes.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import random
import sys
import zipfile
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "raw" / "pl-simc-sample.tsv.gz"
ALL = OUT.with_name("pl-simc.tsv.gz")
UNITS = OUT.with_name("pl-terc.tsv.gz")
#: SIMC's types left out of the register file as of the sample: parts of towns, Warsaw's districts, delegations.
LEFT_OUT = ("99", "95", "98")
SEED = 20261206
#: SIMC's type (RM) -> its name and how many to draw. Parts of towns (99), Warsaw's districts (95)
#: and Kraków's/Łódź's delegations (98) are left out: a report names the town.
TYPES = {
    "01": ("wieś", 1200),
    "02": ("kolonia", 400),
    "03": ("przysiółek", 400),
    "04": ("osada", 300),
    "05": ("osada leśna", 150),
    "00": ("część miejscowości", 300),
    "96": ("miasto", 150),
}
COLUMNS = (
    "sym",
    "split",
    "type",
    "name",
    "parent",
    "gmina",
    "gmina_kind",
    "powiat",
    "voivodeship",
    "gmina_code",
    "namesakes",
)
_GMINA_KINDS = {"1": "gmina miejska", "2": "gmina wiejska", "3": "gmina miejsko-wiejska"}


def _csv(zipped: Path) -> list[dict[str, str]]:
    with zipfile.ZipFile(zipped) as z:
        name = next(n for n in z.namelist() if n.endswith(".csv"))
        text = z.read(name).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text), delimiter=";"))


def _units(terc: list[dict[str, str]]) -> tuple[dict, dict, dict]:
    """Voivodeships by WOJ, land powiats by WOJ+POW, gminas by WOJ+POW+GMI (their own kind only)."""
    voivodeships, powiats, gminas = {}, {}, {}
    for r in terc:
        if not r["POW"]:
            voivodeships[r["WOJ"]] = r["NAZWA"].lower()
        elif not r["GMI"]:
            # A city with powiat rights is not written "powiat Kraków": only land powiats give a hint.
            if r["NAZWA_DOD"] == "powiat":
                powiats[r["WOJ"] + r["POW"]] = r["NAZWA"]
        elif r["RODZ"] in _GMINA_KINDS:
            gminas[r["WOJ"] + r["POW"] + r["GMI"]] = (r["NAZWA"], _GMINA_KINDS[r["RODZ"]])
    return voivodeships, powiats, gminas


def _split(sym: str) -> str:
    return "tune" if int(hashlib.sha256(sym.encode()).hexdigest(), 16) % 2 == 0 else "test"


def main(simc_zip: str, terc_zip: str) -> None:
    simc = _csv(Path(simc_zip))
    voivodeships, powiats, gminas = _units(_csv(Path(terc_zip)))
    names = {r["SYM"]: r["NAZWA"] for r in simc}
    # How many localities of the register (of any type) bear the name: 1 is a unique name.
    namesakes = Counter(r["NAZWA"] for r in simc)
    rng = random.Random(SEED)
    rows = []
    for rm, (label, size) in TYPES.items():
        pool = sorted((r for r in simc if r["RM"] == rm), key=lambda r: r["SYM"])
        for r in sorted(rng.sample(pool, size), key=lambda r: r["SYM"]):
            code = r["WOJ"] + r["POW"] + r["GMI"]
            gmina, kind = gminas[code]
            parent = names[r["SYMPOD"]] if r["SYMPOD"] != r["SYM"] else ""
            rows.append(
                (
                    r["SYM"],
                    _split(r["SYM"]),
                    label,
                    r["NAZWA"],
                    parent,
                    gmina,
                    kind,
                    powiats.get(r["WOJ"] + r["POW"], ""),
                    voivodeships[r["WOJ"]],
                    code,
                    str(namesakes[r["NAZWA"]]),
                )
            )
    _write(OUT, COLUMNS, rows)
    every = [
        (r["SYM"], r["SYMPOD"], r["RM"], r["NAZWA"], r["WOJ"] + r["POW"] + r["GMI"] + r["RODZ_GMI"])
        for r in sorted(simc, key=lambda r: r["SYM"])
        if r["RM"] not in LEFT_OUT
    ]
    _write(ALL, ("sym", "sympod", "type", "name", "gmina"), every)
    terc = [
        (r["WOJ"] + r["POW"] + r["GMI"] + r["RODZ"], r["NAZWA"], r["NAZWA_DOD"]) for r in _csv(Path(terc_zip))
    ]
    _write(UNITS, ("code", "name", "kind"), sorted(terc))


def _write(path: Path, columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    text = "\n".join("\t".join(row) for row in [columns, *rows]) + "\n"
    path.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"{path.name}: {len(rows)} rows")


if __name__ == "__main__":
    main(*sys.argv[1:3])
