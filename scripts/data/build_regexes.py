"""Store the compiled programs of extract's regular expressions, for the Python running this script.

Input: geomap's own code (``geomap/extract/``).  Output: ``geomap/data/regexes-cp3XX.bin.gz``
(see :mod:`geomap.extract.regexes`), read by ``geomap extract`` instead of compiling its patterns
at every start.  The table is made of what extract compiles: every module's patterns, compiled when it is
imported, and every direction phrase's expression (compiled on first use); each compiled here as
``re.compile`` does, whatever the table in use held.  A program is valid only for the Python version that made it, so the
file is one per version; Python versions without one compile as usual, a little slower.

Run after changing any pattern of ``geomap/extract/`` (``tests/extract/test_regexes.py`` fails
until then): ``python scripts/data/build_regexes.py``.  It also writes the file's new hash into the
list at the end of ``geomap/data/README.md`` (``tests/test_data.py`` checks it).
"""

from __future__ import annotations

import hashlib
import re

from datafiles import DATA

from geomap.extract import regexes


def main() -> None:
    from geomap.extract.claims import PATTERNS  # every module of extract imported, its patterns compiled

    for phrase in PATTERNS:
        phrase.regex  # noqa: B018 - compiled on first use
    table = {key: regexes.program(*key) for key in regexes.asked()}
    data = regexes.dumps(table)
    (DATA / regexes.FILE).write_bytes(data)
    readme = DATA / "README.md"
    line = f"- `{regexes.FILE}`: `{hashlib.sha256(data).hexdigest()[:16]}`"
    text, found = re.subn(
        rf"^- `{re.escape(regexes.FILE)}`: `[0-9a-f]{{16}}`$", line, readme.read_text("utf-8"), flags=re.M
    )
    if found != 1:
        raise SystemExit(
            f"{readme}: no line '- `{regexes.FILE}`: `<hash>`' to update; add it to the list of hashes"
        )
    readme.write_text(text, "utf-8")
    print(
        f"geomap/data/{regexes.FILE}: {len(table)} patterns, {len(data):,} bytes; its hash in geomap/data/README.md"
    )


if __name__ == "__main__":
    main()
