"""Measure morphology libraries against extract's suffix tables on the real reports (issue 20 item 5).

For every capitalised name after an inflecting preposition ("w Osinach", "у Луцьку") in the Polish,
Ukrainian and Russian reports of ``tests/extract/real``, the nominatives each method proposes that
the gazetteer knows: from the tables (``geomap.extract.inflection.place_nominatives``), from pymorphy3
(Ukrainian and Russian dictionaries) or simplemma (Polish).  Counted per split: how many are places
the annotation lists, how many are not; and the time each method took.

Needs ``pip install pymorphy3 pymorphy3-dicts-uk pymorphy3-dicts-ru simplemma`` (not dependencies
of geomap).  Prints figures; asserts nothing.  Run: ``python scripts/bench/measure_morphology.py``.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import pymorphy3
import simplemma

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "extract"))
from real import REPORTS, SPLIT

from geomap.extract.inflection import place_nominatives
from geomap.extract.toponyms import _before, _folded, _inflecting_cue
from geomap.places.gazetteer import load
from geomap.places.text import fold

GAZ = load()
ANALYSERS = {"uk": pymorphy3.MorphAnalyzer(lang="uk"), "ru": pymorphy3.MorphAnalyzer(lang="ru")}
NAME = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻА-ЯІЇЄҐЎЁ][\w’'\-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯІЇЄҐЎЁ][\w’'\-]+)?")


def known(key: str) -> bool:
    return bool(GAZ.lookup(GAZ.by_name, key) or GAZ.lookup(GAZ.by_alternate, key))


def by_tables(key: str, language: str) -> set[str]:
    return {c for c in place_nominatives(key) if known(c)}


def by_library(key: str, language: str) -> set[str]:
    if language == "pl":
        options = [[simplemma.lemmatize(w, lang="pl")] for w in key.split()]
    else:
        options = [[p.normal_form for p in ANALYSERS[language].parse(w)][:4] or [w] for w in key.split()]
    combos = [""]
    for forms in options:
        combos = [f"{c} {f}".strip() for c in combos for f in dict.fromkeys(forms)][:64]
    return {fold(c) for c in combos if fold(c) != key and known(fold(c))}


def main() -> None:
    methods = {"tables": by_tables, "libraries": by_library}
    counts = {(s, m): [0, 0] for s in ("tune", "test") for m in methods}
    took = dict.fromkeys(methods, 0.0)
    for name, report in REPORTS.items():
        language, text = report["language"], report["text"]
        if language == "en":
            continue
        wanted = {fold(p) for p in report.get("places", [])}
        for m in NAME.finditer(text):
            key = _folded(m.group())
            if not _inflecting_cue(_before(text, m.start())) or known(key):
                continue  # not after an inflecting preposition, or a name as written
            for method, find in methods.items():
                start = time.perf_counter()
                found = find(key, language)
                took[method] += time.perf_counter() - start
                for f in found:
                    counts[(SPLIT[name], method)][0 if f in wanted else 1] += 1
    print("| split | method | wanted places | other names |")
    print("|---|---|---|---|")
    for (split, method), (hit, other) in counts.items():
        print(f"| {split} | {method} | {hit} | {other} |")
    print(
        "time: "
        + ", ".join(f"{m} {t:.2f} s" for m, t in took.items())
        + " (libraries: dictionaries loaded on first use)"
    )


if __name__ == "__main__":
    main()
