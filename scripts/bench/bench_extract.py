"""Benchmark ``geomap extract``: a report of about 1,000 words, cold start included, on one core.

The report is the seed article followed by the short field reports of ``tests/extract/reports``
(English, Polish, Ukrainian and Russian) until it holds ``--words`` words.  The goal is under
0.5 s of wall time for the whole command (Python starting, geomap and its gazetteer loading, the
draft written), pinned to one core where the machine allows it.  Also printed: the time spent in
``draft()`` alone once everything is loaded, the time for the largest report geomap reads (2 MiB:
it must grow linearly with the text), and what the draft holds.

``--growth`` prints instead the time of ``draft()`` on adversarial texts from 1 KiB to 2 MiB (the
largest report geomap reads), one line per shape: run-on capitals (real place and institution
names, no punctuation), speech verbs, counts, direction phrases, quotations, Cyrillic names, and
run-on names that never repeat (the gazetteer's own, shuffled: no cache helps).  Wall time and the
process's CPU time (the fairer figure on a shared machine).  Time must grow with the text, no
faster; the goal is 2 MiB of any shape in 30 s or less.

Prints figures; asserts nothing.  Run: ``python scripts/bench/bench_extract.py [--words N] [--runs N]
[--no-validate] [--growth [--sizes 1,16,256,2048] [--shapes NAME,...]]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def report(words: int) -> str:
    """Return a report of at least ``words`` words, made of real report texts."""
    parts = [(ROOT / "seeds" / "pl-drones-2025-09-10.article.txt").read_text("utf-8")]
    extra = sorted((ROOT / "tests" / "extract" / "reports").glob("*.txt"))
    i = 0
    while sum(len(p.split()) for p in parts) < words:
        parts.append(extra[i % len(extra)].read_text("utf-8"))
        i += 1
    return "\n\n".join(parts)


#: Adversarial shapes: one unit each, repeated to the size asked.
SHAPES = {
    "run-on capitals": " ".join(
        [
            "Wohyń",
            "Zamość",
            "Nowe",
            "Miasto",
            "Warszawa",
            "Kolonia",
            "Aleksander",
            "Belarus",
            "Dowództwo",
            "Operacyjne",
            "Krzywowierzba",
            "Minobroni",
            "Lublin",
        ]
        * 4
    )
    + " ",
    "speech verbs": "Tusk said Kowalski told officials said he added according to him За його словами заявил Туск "
    "сообщила полиция powiedział premier ",
    "counts": "at least 19 drones, more than 10 crash sites, 2 men killed, two dozen Shaheds, co najmniej 21 dronów ",
    "directions": "drones came from Belarus, not from Ukraine, via Belarus, through Lithuanian airspace, along the "
    "Ukraine–Belarus border, z kierunku Białorusi, з боку Білорусі, ",
    # Runs of spaces inside a phrase's optional words: a pattern that could split them was cubic.
    "spaced phrases": "no violations"
    + " " * 250
    + "of Polish airspace"
    + " " * 250
    + "from Belarus; naruszenia "
    + " " * 250
    + "z Białorusi; ",
    "quotations": "“from Belarus,” said Tusk. “from Ukraine” — Ordash. „z Białorusi” — ",
    "Cyrillic names": "Володимир Зеленський Дональд Туск Павел Муравейко Міністерство оборони Молдови пограничная "
    "полиция республики ",
}


def shaped(unit: str, size: int) -> str:
    """Return ``unit`` repeated to ``size`` bytes of UTF-8 (cut at a character)."""
    text = unit * (size // len(unit.encode()) + 1)
    return text.encode()[:size].decode("utf-8", "ignore")


def place_names(size: int) -> str:
    """Return ``size`` bytes of run-on capitals that never repeat: the gazetteer's own names, shuffled.

    A repeated unit lets every cache answer after its first period; this text makes each name and
    each pair of names new to the extractor until the gazetteer's 59,000 names run out.
    """
    import random

    from geomap.places.gazetteer import load

    names = sorted(load().by_name)
    rng = random.Random(2025)
    words: list[str] = []
    length = 0
    while length < size:
        words.append(rng.choice(names).title())
        length += len(words[-1].encode()) + 1
    return " ".join(words).encode()[:size].decode("utf-8", "ignore")


def text_of(shape: str, size: int) -> str:
    """Return ``size`` bytes of the adversarial shape named ``shape``."""
    return place_names(size) if shape == VARIED else shaped(SHAPES[shape], size)


#: A shape of its own: run-on capitals that never repeat (see :func:`place_names`).
VARIED = "varied names"


def growth(sizes_kib: list[int], shapes: list[str]) -> None:
    from geomap.extract import draft

    # The gazetteer and its indexes loaded once, before any time is taken.
    draft("Warm-up: a drone fell in Wohyń. " + place_names(4096), name="w.txt", day=date(2025, 9, 10))
    print(
        f"draft() time by size ({', '.join(f'{k} KiB' for k in sizes_kib)}): wall, then CPU time of this "
        "process; goal: 2 MiB in 30 s or less"
    )
    for shape in shapes:
        walls, cpus = [], []
        for kib in sizes_kib:
            text = text_of(shape, kib * 1024)
            start, cpu = time.perf_counter(), time.process_time()
            draft(text, name="r.txt", day=date(2025, 9, 10))
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
        per = [t / k * 1024 for t, k in zip(cpus, sizes_kib, strict=True)]
        print(
            f"{shape:21} "
            + "  ".join(f"{w:6.2f} s ({c:.2f})" for w, c in zip(walls, cpus, strict=True))
            + f"   (CPU per MiB: {per[0]:.1f} s at {sizes_kib[0]} KiB, {per[-1]:.1f} s at {sizes_kib[-1]} KiB)",
            flush=True,
        )


def one_core() -> list[str]:
    """Return the command prefix that pins a process to one core (``taskset``), if there is one."""
    return ["taskset", "-c", "0"] if sys.platform == "linux" and Path("/usr/bin/taskset").exists() else []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-validate", action="store_true", help="time extract --no-validate")
    parser.add_argument("--growth", action="store_true", help="time draft() on adversarial texts up to 2 MiB")
    parser.add_argument("--sizes", default="1,16,256,2048", help="sizes for --growth, in KiB")
    parser.add_argument(
        "--shapes", default=",".join([*SHAPES, VARIED]), help="shapes for --growth, comma-separated"
    )
    args = parser.parse_args()
    if args.growth:
        shapes = [s.strip() for s in args.shapes.split(",")]
        unknown = [s for s in shapes if s not in (*SHAPES, VARIED)]
        if unknown:
            parser.error(f"--shapes: no shape {unknown[0]!r}; the shapes are: {', '.join([*SHAPES, VARIED])}")
        growth([int(k) for k in args.sizes.split(",")], shapes)
        return
    text = report(args.words)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.txt"
        path.write_text(text, "utf-8")
        command = [
            *one_core(),
            sys.executable,
            "-m",
            "geomap",
            "extract",
            str(path),
            "--date",
            "2025-09-10",
            *(["--no-validate"] if args.no_validate else []),
        ]
        # Bytecode cached, as pip leaves an installed package (it compiles every module): a machine
        # that sets PYTHONDONTWRITEBYTECODE would otherwise compile geomap's sources on every run.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {
            "PYTHONHASHSEED": "0"
        }
        subprocess.run(command, capture_output=True, env=env)  # the first run writes the caches
        walls = []
        for _ in range(args.runs):
            start = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, env=env)
            walls.append(time.perf_counter() - start)
            if done.returncode:
                raise SystemExit(done.stderr)
        summary = done.stderr.strip()
        draft_size = (Path(tmp) / "report.draft.yaml").stat().st_size

    from geomap.extract import draft
    from geomap.places.geocoder import default_geocoder

    start = time.perf_counter()
    default_geocoder()
    load = time.perf_counter() - start
    warm = []
    for _ in range(args.runs):
        start = time.perf_counter()
        draft(text, name="report.txt", day=date(2025, 9, 10))
        warm.append(time.perf_counter() - start)
    # The largest report geomap reads (MAX_REPORT_BYTES): the time must grow with the text, no faster.
    from geomap.extract import MAX_REPORT_BYTES

    large = report(args.words)
    while len((large + "\n\n" + text).encode()) <= MAX_REPORT_BYTES:
        large += "\n\n" + text
    start = time.perf_counter()
    draft(large, name="large.txt", day=date(2025, 9, 10))
    large_time = time.perf_counter() - start
    pinned = "one core (taskset -c 0)" if one_core() else "not pinned (no taskset)"
    pinned += ", bytecode cached"
    print(f"report: {len(text.split()):,} words, {len(text.encode()):,} bytes; draft {draft_size:,} bytes")
    checked = "draft not validated (--no-validate)" if args.no_validate else "draft validated before writing"
    print(
        f"geomap extract, whole command, {pinned}, {checked}: median {statistics.median(walls):.2f} s, "
        f"max {max(walls):.2f} s over {args.runs} runs (goal < 0.5 s)"
    )
    print(
        f"in process: gazetteer and geocoder load {load:.2f} s; draft() {statistics.median(warm) * 1000:.0f} ms"
    )
    print(
        f"largest report read ({len(large.encode()) / 2**20:.2f} MiB, {len(large.split()):,} words): "
        f"draft() {large_time:.1f} s"
    )
    print(summary)


if __name__ == "__main__":
    main()
