"""Write Latvia's towns and villages from its State Address Register, as the gazetteer compiles them.

The source is the State Land Service's (VZD) open data file ``AW_VIETU_CENTROIDI.CSV`` (see
``extract_baltic_samples.py`` for its repository, commit, sha256 and licence): every state city
(7), town (74) and village (ciems, 6,273) of the register, after the 2021 reform, with its own
centroid, and the 36 municipalities (novadi) and 511 parishes (pagasti) they lie in.
``scripts/data/raw/lv-vzd.tsv.gz`` holds one row a code: ``code``, ``kind`` (``city``, ``town``,
``village``, ``novads``, ``pagasts``), ``name`` as the register writes it, the village's ``pagasts``
("Gaigalavas pag."), the ``novads`` a town, village or parish lies in ("Rēzeknes nov."; a state
city's own name), ``lon``, ``lat`` (5 decimals; a unit in several parts at the mean of its parts).

Run by hand, once (the script checks the file's sha256 and downloads nothing)::

    python scripts/data/extract_lv_register.py AW_VIETU_CENTROIDI.CSV

Since the gazetteer compiles it, ``lv-vzd-sample.tsv.gz`` (drawn from the same file) is a
regression check, no longer an independent measure: its first run is.
"""

from __future__ import annotations

import sys

from extract_baltic_samples import RAW, vzd_parts, write_tsv

HEADER = ["code", "kind", "name", "pagasts", "novads", "lon", "lat"]


def main(source: str) -> None:
    parts = vzd_parts(source)
    names = {code: p[0]["NOSAUKUMS"] for code, p in parts.items()}
    out = []
    for code, p in parts.items():
        r = p[0]
        lat = sum(float(x["DD_N"]) for x in p) / len(p)
        lon = sum(float(x["DD_E"]) for x in p) / len(p)
        pagasts, novads = "", ""
        if r["TIPS_CD"] == "104" and r["VKUR_TIPS"] == "101":  # a state city: belongs to no novads
            kind, novads = "city", r["NOSAUKUMS"]
        elif r["TIPS_CD"] == "104":
            kind, novads = "town", names[r["VKUR_CD"]]
        elif r["TIPS_CD"] == "106":
            kind, pagasts = "village", names[r["VKUR_CD"]]
            novads = names[parts[r["VKUR_CD"]][0]["VKUR_CD"]]
        elif r["TIPS_CD"] == "113":
            kind = "novads"
        elif r["TIPS_CD"] == "105":
            kind, novads = "pagasts", names[r["VKUR_CD"]]
        else:
            continue
        out.append([code, kind, r["NOSAUKUMS"], pagasts, novads, f"{lon:.5f}", f"{lat:.5f}"])
    out.sort(key=lambda row: int(row[0]))
    write_tsv(RAW / "lv-vzd.tsv.gz", HEADER, out)
    print(f"{RAW / 'lv-vzd.tsv.gz'}: {len(out)} rows")


if __name__ == "__main__":
    main(sys.argv[1])
