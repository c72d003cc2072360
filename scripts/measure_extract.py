"""Measure ``geomap extract`` on the real reports, batch by batch, and regenerate the measured tables.

    python scripts/measure_extract.py                  # print each batch's figures and the totals
    python scripts/measure_extract.py --json out.json  # also keep them (tune misses included)
    python scripts/measure_extract.py --readme         # rewrite the tables of README.md and MEASURED.md

The corpus, its annotations, its split and the scorer are the test suite's
(``tests/extract/real.py``); this script only counts batch by batch.  The test split's misses are
never written anywhere: only its counts are, so that nobody tunes on it by accident.

The README's table gives each split's totals; the corpus's MEASURED.md gives them too, and a "first
run" row for every batch.  A batch's first-run row is written the first time the table is
regenerated with that batch in it (which is its first run, if the batch was committed before
extract ran on it, as the corpus README requires) and never rewritten after.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
MEASURED = ROOT / "tests" / "extract" / "real" / "MEASURED.md"
TABLE_HEAD = "| real reports | places P / R |"
KINDS = ("places", "claims", "speakers")

ONES = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
TEENS = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
TENS = ["twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet"]  # + "ieth" or "y-"


def ordinal(n: int) -> str:
    """``1`` -> "first", ``43`` -> "forty-third" (the README names batches in words)."""
    if n < 10:
        return ONES[n - 1]
    if n < 20:
        return TEENS.split()[n - 10]
    tens, ones = divmod(n, 10)
    stem = TENS[tens - 2]
    return f"{stem}ieth" if ones == 0 else f"{stem}y-{ONES[ones - 1]}"


def batch_number(batch: str) -> int:
    """``reports.yaml`` is the first batch, ``reports-43.yaml`` the forty-third."""
    return 1 if batch == "reports.yaml" else int(batch.split("-")[1].split(".")[0])


def measure(batches: list[str]) -> dict[str, dict]:
    """Score every report of the batches, drafted as the test suite drafts them; check every draft validates."""
    sys.path.insert(0, str(ROOT / "tests" / "extract"))
    import real  # the test suite's corpus, drafting, validity check and scorer

    figures: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for batch in batches:
            for split in ("test", "tune"):
                names = [name for name in real.BATCH[batch] if real.SPLIT[name] == split]
                score = real.Score()
                for name in names:
                    real.score(name, real.drafted(name), score)
                valid = sum(not real.refusal(name, Path(tmp)) for name in names)
                figures[f"{batch}|{split}"] = {
                    **{kind: _counts(getattr(score, kind)) for kind in KINDS},
                    "inverted": score.inverted,
                    "merged": score.merged,
                    "valid": [valid, len(names)],
                    # the test split's misses stay unread
                    "misses": score.misses if split == "tune" else [],
                }
    return figures


def _counts(tally) -> list[int]:
    return [tally.tp, tally.fp, tally.fn]


def total(rows: list[dict]) -> dict:
    out: dict = {kind: [0, 0, 0] for kind in KINDS} | {"valid": [0, 0], "inverted": 0, "merged": 0}
    for row in rows:
        for kind in (*KINDS, "valid"):
            out[kind] = [a + b for a, b in zip(out[kind], row[kind], strict=True)]
        out["inverted"] += len(row["inverted"])
        out["merged"] += len(row["merged"])
    return out


def precision_recall(counts: list[int]) -> str:
    right, wrong, missed = counts
    if right + wrong == 0 and right + missed == 0:
        return "none listed, none drafted"
    precision = "none drafted" if right + wrong == 0 else f"{right / (right + wrong):.2f}"
    recall = "none listed" if right + missed == 0 else f"{right / (right + missed):.2f}"
    return f"{precision} / {recall}"


def cells(t: dict, *, first_run: bool = False, bold: bool = False) -> list[str]:
    bad = (t["inverted"], t["merged"])
    # on a first run an inverted or merged claim is the figure a reader must not miss
    wrong = ", ".join(f"**{n}**" if n and first_run else str(n) for n in bad)
    row = [*(precision_recall(t[kind]) for kind in KINDS), wrong, f"{t['valid'][0]} / {t['valid'][1]}"]
    return [f"**{c}**" for c in row] if bold else row


def table_row(label: str, row: list[str]) -> str:
    return "| " + label + " | " + " | ".join(row) + " |"


def regenerate(text: str, figures: dict[str, dict], *, by_batch: bool = True) -> str:
    """Return ``text`` with its measured table rebuilt from ``figures``; first-run rows already there are kept.

    Without ``by_batch``, only each split's totals (the README's table).
    """
    start = text.index(TABLE_HEAD)
    end = text.index("\n\n", start)
    old = text[start:end].split("\n")
    rows = {line.split("|")[1].strip(): line for line in old[2:]}
    batches = sorted({key.split("|")[0] for key in figures}, key=batch_number)
    early = [b for b in batches if batch_number(b) <= 15]
    out = old[:2]
    for split in ("test", "tune"):
        size = sum(figures[f"{b}|{split}"]["valid"][1] for b in batches)
        label = f"{split} split, all batches ({size}), now"
        out.append(
            table_row(
                f"**{label}**" if split == "test" else label,
                cells(total([figures[f"{b}|{split}"] for b in batches]), bold=split == "test"),
            )
        )
        if not by_batch:
            continue
        # the row of the first fifteen batches carries a hand-written note on what it was before
        label = next(k for k in rows if k.startswith(f"{split} split, batches 1–15"))
        out.append(table_row(label, cells(total([figures[f"{b}|{split}"] for b in early]))))
    for split in ("test", "tune") if by_batch else ():
        for batch in reversed(batches):
            now = figures[f"{batch}|{split}"]
            name = f"{split} split, {ordinal(batch_number(batch))} batch ({now['valid'][1]})"
            first = rows.get(f"{name}: first run") or table_row(
                f"{name}: first run", cells(total([now]), first_run=True)
            )
            out.extend([first, table_row(f"{name}, now", cells(total([now])))])
    return text[:start] + "\n".join(out) + text[end:]


#: The README's sentence on the corpus's size, kept in step with the table (no count typed by hand).
CORPUS_COUNTS = (
    (re.compile(r"\d[\d,]* published news reports"), "{total:,} published news reports"),
    (re.compile(r"in \d+ batches\."), "in {batches} batches."),
    (re.compile(r"never tuned on \(\d+ reports\)"), "never tuned on ({test} reports)"),
    (re.compile(r"the rules were made on \(\d+\)"), "the rules were made on ({tune})"),
)


def corpus_counts(text: str, figures: dict[str, dict]) -> str:
    """Return the README with its counts of reports and batches as ``figures`` has them."""
    sizes = {
        split: sum(v["valid"][1] for k, v in figures.items() if k.endswith(f"|{split}"))
        for split in ("test", "tune")
    }
    counts = {
        "total": sizes["test"] + sizes["tune"],
        "batches": len({k.split("|")[0] for k in figures}),
        **sizes,
    }
    for pattern, replacement in CORPUS_COUNTS:
        if not pattern.search(text):
            raise SystemExit(f"README.md: no {pattern.pattern!r} to update; restore the sentence")
        text = pattern.sub(replacement.format(**counts), text, count=1)
    return text


def summary(figures: dict[str, dict]) -> list[str]:
    lines = []
    for split in ("test", "tune"):
        t = total([v for k, v in figures.items() if k.endswith(f"|{split}")])
        parts = [f"{kind} {precision_recall(t[kind])} {tuple(t[kind])}" for kind in KINDS]
        lines.append(
            f"{split}: "
            + ", ".join(parts)
            + f"; inverted {t['inverted']}, merged {t['merged']}, valid {t['valid'][0]}/{t['valid'][1]}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("batches", nargs="*", help="batch files (reports-43.yaml ...); all by default")
    parser.add_argument(
        "--json", type=Path, help="write every batch's figures (and the tune split's misses) here"
    )
    parser.add_argument(
        "--readme",
        action="store_true",
        help="rewrite the measured tables in README.md and tests/extract/real/MEASURED.md",
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "tests" / "extract"))
    import real

    batches = args.batches or list(real.BATCHES)
    if args.readme and args.batches:
        parser.error("--readme measures every batch: give no batch names with it")
    figures = measure(batches)
    for key, value in figures.items():
        print(
            key,
            *(f"{kind} {precision_recall(value[kind])} {tuple(value[kind])}" for kind in KINDS),
            f"inverted {len(value['inverted'])}, merged {len(value['merged'])}, valid {value['valid']}",
        )
    print(*summary(figures), sep="\n")
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1), "utf-8")
    if args.readme:
        readme = regenerate(README.read_text("utf-8"), figures, by_batch=False)
        README.write_text(corpus_counts(readme, figures), "utf-8")
        MEASURED.write_text(regenerate(MEASURED.read_text("utf-8"), figures), "utf-8")


if __name__ == "__main__":
    main()
