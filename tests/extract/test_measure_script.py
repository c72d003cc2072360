"""``scripts/measure_extract.py``: batch names in words, and a table rebuilt with first-run rows kept."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "measure_extract.py"
spec = importlib.util.spec_from_file_location("measure_extract", SCRIPT)
assert spec is not None and spec.loader is not None
measure = importlib.util.module_from_spec(spec)
spec.loader.exec_module(measure)

HEAD = "| real reports | places P / R | claims P / R | speakers P / R | inverted, merged | drafts validate |"


def _row(places: list[int], claims: list[int], speakers: list[int], size: int, inverted: int = 0) -> dict:
    return {
        "places": places,
        "claims": claims,
        "speakers": speakers,
        "inverted": ["x"] * inverted,
        "merged": [],
        "valid": [size, size],
        "misses": [],
    }


def test_batches_are_named_in_words() -> None:
    assert [measure.ordinal(n) for n in (1, 9, 10, 15, 20, 21, 43, 50, 52, 99)] == [
        "first",
        "ninth",
        "tenth",
        "fifteenth",
        "twentieth",
        "twenty-first",
        "forty-third",
        "fiftieth",
        "fifty-second",
        "ninety-ninth",
    ]
    assert measure.batch_number("reports.yaml") == 1
    assert measure.batch_number("reports-52.yaml") == 52


def test_a_first_run_row_is_written_once_then_kept() -> None:
    figures = {
        "reports.yaml|test": _row([1, 0, 1], [2, 1, 1], [1, 1, 2], 3),
        "reports.yaml|tune": _row([2, 0, 0], [4, 0, 2], [3, 0, 3], 6),
        "reports-2.yaml|test": _row([0, 0, 0], [1, 1, 0], [0, 0, 1], 2, inverted=1),
        "reports-2.yaml|tune": _row([1, 1, 0], [2, 0, 0], [1, 1, 0], 4),
    }
    old_first = (
        "| test split, first batch (3): first run | 0.10 / 0.10 | 0.10 / 0.10 | 0.10 / 0.10 | 0, 0 | 3 / 3 |"
    )
    text = "\n".join(
        [
            "Intro.",
            "",
            HEAD,
            "|---|---|---|---|---|---|",
            "| **test split, all batches (3), now** | x | x | x | x | x |",
            "| test split, batches 1–15 (3), now (as written) | x | x | x | x | x |",
            "| tune split, all batches (6), now | x | x | x | x | x |",
            "| tune split, batches 1–15 (6), now (as written) | x | x | x | x | x |",
            old_first,
            "",
            "After.",
        ]
    )
    new = measure.regenerate(text, figures)
    rows = new.split("\n")
    assert old_first in rows  # written before, never rewritten
    # the second batch's first run is written now, its inverted claim in bold
    assert (
        "| test split, second batch (2): first run | none listed, none drafted | 0.50 / 1.00 | none drafted / 0.00 | **1**, 0 | 2 / 2 |"
        in rows
    )
    # all batches: claims 3 right, 2 wrong, 1 missed on the test split
    assert (
        "| **test split, all batches (5), now** | **1.00 / 0.50** | **0.60 / 0.75** | **0.50 / 0.25** | **1, 0** | **5 / 5** |"
        in rows
    )
    # (the first fifteen batches' row keeps its hand-written label)
    assert (
        "| test split, batches 1–15 (3), now (as written) | 1.00 / 0.50 | 0.60 / 0.75 | 0.50 / 0.25 | 1, 0 | 5 / 5 |"
        in rows
    )
    assert new.startswith("Intro.\n\n") and new.endswith("\n\nAfter.")


def test_the_readme_counts_follow_the_figures() -> None:
    figures = {
        "reports.yaml|test": _row([1, 0, 0], [1, 0, 0], [1, 0, 0], 17),
        "reports.yaml|tune": _row([1, 0, 0], [1, 0, 0], [1, 0, 0], 34),
        "reports-2.yaml|test": _row([1, 0, 0], [1, 0, 0], [1, 0, 0], 6),
        "reports-2.yaml|tune": _row([1, 0, 0], [1, 0, 0], [1, 0, 0], 12),
    }
    text = (
        "1,041 published news reports about drones, in 56 batches. The test split, never tuned on "
        "(347 reports); the rest the rules were made on (694)."
    )
    assert measure.corpus_counts(text, figures) == (
        "69 published news reports about drones, in 2 batches. The test split, never tuned on "
        "(23 reports); the rest the rules were made on (46)."
    )
