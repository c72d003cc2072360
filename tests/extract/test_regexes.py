"""The stored programs of extract's regular expressions (``geomap/data/regexes-cp3XX.bin.gz``).

A pattern built from the table must be the one ``re.compile`` gives (same text, flags, groups and
program), and the table must hold every pattern extract compiles, in any process: a rule changed
without ``python scripts/data/build_regexes.py`` fails here, and so does a pattern whose text
depends on Python's hash seed (a set joined in its own order), which no table could hold.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from importlib import resources

import pytest
from common import ROOT

from geomap.extract import regexes

#: Run in a fresh process: what extract compiles there, and whether the table held it.
_ASKED = """
import json
from geomap.extract import regexes
from geomap.extract.claims import PATTERNS
for phrase in PATTERNS:
    phrase.regex
print(json.dumps({"asked": len(regexes.asked()), "missed": [p[:80] for p, _ in regexes.missed()],
                  "file": regexes.dumps({key: regexes.program(*key) for key in regexes.asked()}).hex()}))
"""


def _packaged() -> bytes:
    path = resources.files("geomap").joinpath("data", regexes.FILE)
    if not path.is_file():
        pytest.skip(
            f"no table for Python {sys.version_info[0]}.{sys.version_info[1]}: patterns are compiled as re does"
        )
    return path.read_bytes()


def _fresh_process(seed: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run(
        [sys.executable, "-c", _ASKED], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def test_every_stored_program_is_the_one_re_compiles() -> None:
    table = regexes.loads(_packaged())
    assert len(table) > 400
    for (pattern, flags), entry in table.items():
        assert regexes.program(pattern, flags) == entry, pattern[:80]
        assert regexes.compile(pattern, flags) == re.compile(pattern, flags), pattern[:80]


@pytest.mark.parametrize("seed", ["1", "2"])
def test_the_table_holds_every_pattern_extract_compiles(seed: str) -> None:
    packaged = _packaged()
    found = _fresh_process(seed)
    assert found["missed"] == [], "rebuild the table: python scripts/data/build_regexes.py"
    assert bytes.fromhex(str(found["file"])) == packaged, (
        "rebuild the table: python scripts/data/build_regexes.py"
    )


def test_a_pattern_the_table_lacks_is_compiled_as_re_does() -> None:
    pattern = r"(?P<word>\bnot\s+in\s+the\s+table\b)+"
    compiled = regexes.compile(pattern, re.I)
    assert compiled == re.compile(pattern, re.I)
    assert compiled.search("It is NOT in the table.").group("word") == "NOT in the table"
    assert (pattern, int(re.I)) in regexes.missed()


def test_a_table_of_another_engine_is_an_empty_one() -> None:
    import gzip
    import marshal

    entry = regexes.program(r"\bx\b")
    other = gzip.compress(marshal.dumps((((3, 0), 0, 4, "little"), {(r"\bx\b", 0): entry}), 2), mtime=0)
    assert regexes.loads(other) == {}
    assert regexes.loads(b"not a table") == {}
    assert regexes.loads(regexes.dumps({(r"\bx\b", 0): entry})) == {(r"\bx\b", 0): entry}
