"""Extract's regular expressions, compiled when geomap's data is built rather than at every start.

Extract reads a report with about 550 regular expressions (some 130,000 characters: the four
languages' words for saying, denying, entering and crossing).  Python's :mod:`re` parses and
compiles a pattern in Python code; for these that took 0.28 s of the 0.8 s the whole
``geomap extract`` of a 1,000-word report took, three times longer than reading the report.

``scripts/data/build_regexes.py`` stores each pattern's compiled program (the list of integers
the engine runs, as ``re`` makes it) in ``geomap/data/regexes-cp3XX.bin.gz``, one file for the
Python version it was built with.  :func:`compile` builds a pattern from its stored program with
``_sre.compile`` (the call ``re.compile`` itself ends with) when the pattern's text, its flags and
the engine (Python version, the engine's magic number, code size and byte order) are the ones
stored, and compiles it as ``re`` does otherwise: a stale or missing table costs time, never a
different match.  ``tests/extract/test_regexes.py`` checks that every stored program is the one
``re`` compiles, and that the table holds every pattern extract compiles.
"""

from __future__ import annotations

import _sre
import gzip
import marshal
import re
import sys
from array import array
from importlib import resources
from typing import Any

#: What a stored program is valid for: a program runs only on the engine that compiled it.
ENGINE = (sys.version_info[:2], _sre.MAGIC, _sre.CODESIZE, sys.byteorder)
#: The table's file in ``geomap/data/``, one per Python version.
FILE = f"regexes-cp{sys.version_info[0]}{sys.version_info[1]}.bin.gz"

#: (pattern, flags) -> (flags with the pattern's inline ones, program, groups, group index, index group).
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_table: dict[tuple[str, int], Entry] | None = None
#: Every pattern compiled since start, in order, and whether the table held it.
_asked: dict[tuple[str, int], bool] = {}


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Return ``re.compile(pattern, flags)``, from the stored program when the table holds it."""
    flags = int(flags)
    entry = _load().get((pattern, flags))
    _asked[pattern, flags] = entry is not None
    if entry is None:
        return re.compile(pattern, flags)
    all_flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, all_flags, array("I", code).tolist(), groups, groupindex, indexgroup)


def asked() -> list[tuple[str, int]]:
    """Return every (pattern, flags) compiled through :func:`compile` since start, in order."""
    return list(_asked)


def missed() -> list[tuple[str, int]]:
    """Return the patterns compiled since start without a stored program (a stale table), in order."""
    return [key for key, held in _asked.items() if not held]


def program(pattern: str, flags: int = 0) -> Entry:
    """Compile ``pattern`` as ``re.compile`` does and return what the table stores for it."""
    parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
    code = re._compiler._code(parsed, flags)  # type: ignore[attr-defined]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (
        flags | parsed.state.flags,
        array("I", code).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def dumps(table: dict[tuple[str, int], Entry], /) -> bytes:
    """Return the table's file: the engine, then the entries sorted by pattern (the same table, the same bytes)."""
    # version 2: no back-references, whose use depends on which objects happen to be shared
    data = marshal.dumps((ENGINE, dict(sorted(table.items()))), 2)
    return gzip.compress(data, compresslevel=9, mtime=0)


def loads(data: bytes, /) -> dict[tuple[str, int], Entry]:
    """Read a table's file; one stored for another engine, or unreadable, is an empty table."""
    try:
        engine, table = marshal.loads(gzip.decompress(data))
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if engine != ENGINE or array("I").itemsize != _sre.CODESIZE:
        return {}
    return table


def _load() -> dict[tuple[str, int], Entry]:
    global _table
    if _table is None:
        try:
            data: Any = resources.files("geomap").joinpath("data", FILE).read_bytes()
        except OSError:  # no table for this Python: every pattern is compiled as re does
            data = b""
        _table = loads(data) if data else {}
    return _table
