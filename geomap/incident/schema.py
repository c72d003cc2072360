"""The incident file's schema: one table that both the reader and the draft writer follow.

Adding a top-level key takes a :class:`Key` under ``"file"`` (and a section for its
entries) here, and a builder in :mod:`geomap.incident.sections`.

Each section lists its keys in the order a hand-written file (and a written
draft) puts them, with the type the reader checks.  Types:

``slug``     lower-case letters, digits, ``-`` and ``_``
``name``     one line of text (names, places, titles)
``text``     free text, line breaks allowed (what was reported, quotes)
``number``   a finite number (``30``, ``2.5``, ``1e3``)
``int``      a whole number
``bool``     true or false
``time``     an ISO 8601 time with a UTC offset
``when``     a time with an offset, or a date (``2025-09-16``): known by the end of that day
``date``     an ISO date
``country``  an ISO 3166-1 alpha-2 code
``country_pair``  two different ISO 3166-1 alpha-2 codes (the countries of a border)
``choice``   one of ``choices``
``names``    one name, or a list of names
``ids``      one source id, or a list of them
``coords``   ``[longitude, latitude]``
``section``  a mapping read with ``section``'s keys
``list``     a list of mappings read with ``section``'s keys
``dict``     a mapping from names to mappings read with ``section``'s keys
``layers``   a mapping from layer names to lists read with ``section``'s keys
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from geomap import vocab

#: Limits that keep a hostile file from costing more than a large honest one.
MAX_FILE_BYTES: Final = 16 * 2**20
MAX_SOURCE_TEXT_BYTES: Final = 8 * 2**20
MAX_DEPTH: Final = 24
MAX_NAME_CHARS: Final = 500
MAX_TEXT_CHARS: Final = 20_000
MAX_LIST_ITEMS: Final = 100_000

#: Layer names that geomap builds itself: a ``places:`` layer may not take them.
RESERVED_LAYERS: Final = ("border_regions", "alert_regions", "flight_directions")


@dataclass(frozen=True)
class Key:
    """One key of a section."""

    name: str
    type: str
    required: bool = False
    section: str | None = None
    choices: tuple[str, ...] = ()


# What ``geomap extract`` adds to each item it drafts: a flag to delete once reviewed, and where
# in the report the item comes from.
_DRAFT = (
    Key("draft", "bool"),
    Key("evidence", "section", section="evidence"),
)

# Keys every feature may carry, whatever its layer.
_REPORT = (
    Key("id", "slug"),
    Key("reported", "text"),
    Key("status", "choice", choices=vocab.STATUSES),
    Key("time", "time"),
    Key("time_precision", "choice", choices=vocab.TIME_PRECISIONS),
    Key("sources", "ids", required=True),
    Key("quotes", "list", section="quote"),
    Key("history", "list", section="change"),
    *_DRAFT,
)

_AREA = (
    Key("country", "country"),
    Key("region", "name"),
    Key("place", "name"),
    Key("coordinates", "coords"),
    Key("border", "country_pair"),
)

SCHEMA: Final[dict[str, tuple[Key, ...]]] = {
    "file": (
        Key("incident", "section", required=True, section="incident"),
        Key("sources", "list", required=True, section="source"),
        Key("layers", "dict", section="layer"),
        Key("places", "layers", section="place"),
        Key("border_regions", "list", section="border"),
        Key("alert_regions", "list", section="alert"),
        Key("flight_directions", "list", section="claim"),
        Key("counts", "list", section="count"),
        Key("tables", "list", section="table"),
        Key("mentions", "list", section="mention"),
    ),
    "incident": (
        Key("id", "slug", required=True),
        Key("title", "name", required=True),
        Key("start", "time", required=True),
        Key("end", "time", required=True),
        Key("timezone", "name", required=True),
        Key("language", "choice", choices=vocab.LANGUAGES),
        Key("summary", "text"),
    ),
    "source": (
        Key("id", "slug", required=True),
        Key("title", "name", required=True),
        Key("publisher", "name", required=True),
        Key("date", "date", required=True),
        Key("url", "name"),
        Key("text", "name"),
    ),
    "layer": (
        Key("title", "name"),
        Key("description", "text"),
        Key("colour", "name"),
        Key("marker", "choice", choices=vocab.MARKERS),
        Key("label", "bool"),
        Key("priority", "int"),
    ),
    "place": (
        Key("name", "name", required=True),
        Key("place", "name"),
        Key("between", "names"),
        Key("coordinates", "coords"),
        Key("kind", "choice", choices=("place", "admin", "any", "airport", "airbase", "station")),
        Key("country", "country"),
        Key("admin1", "name"),
        Key("admin2", "name"),
        Key("admin3", "name"),
        Key("expect", "names"),
        Key("label", "choice", choices=("always", "never")),
        Key("priority", "int"),
        *_REPORT,
    ),
    "border": (
        Key("name", "name"),
        Key("countries", "country_pair", required=True),
        Key("band_km", "number"),
        Key("side", "name"),
        Key("official_length_km", "number"),
        *_REPORT,
    ),
    "alert": (
        Key("region", "name", required=True),
        Key("country", "country"),
        *_REPORT,
    ),
    "claim": (
        Key("claim", "name", required=True),
        Key("speaker", "name", required=True),
        Key("role", "name"),
        Key("origin", "section", section="area"),
        Key("via", "list", section="area"),
        Key("into", "country"),
        Key("targets", "section", section="targets"),
        Key("window", "section", section="window"),
        Key("width_km", "number"),
        Key("claimed_by", "names"),  # round one's key: refused with a message saying what replaced it
        *_REPORT,
    ),
    "window": (Key("start", "time", required=True), Key("end", "time", required=True)),
    "area": _AREA,
    "targets": (Key("layer", "slug"), Key("places", "names")),
    "quote": (Key("source", "slug", required=True), Key("text", "text", required=True)),
    "change": (
        Key("date", "when", required=True),
        Key("change", "choice", required=True, choices=vocab.CHANGES),
        Key("status", "choice", choices=vocab.STATUSES),
        Key("reported", "text"),
        Key("sources", "ids", required=True),
        Key("quotes", "list", section="quote"),
    ),
    "table": (
        Key("id", "slug", required=True),
        Key("title", "name"),
        Key("description", "text"),
        Key("file", "name", required=True),
        Key("lon", "name"),
        Key("lat", "name"),
        Key("place", "name"),
        Key("hints", "names"),
        Key("country", "country"),
        Key("category", "name"),
        Key("time", "name"),
        Key("popup", "names"),
        Key("sources", "ids", required=True),
    ),
    "count": (
        Key("id", "slug"),
        Key("what", "name", required=True),
        Key("value", "int", required=True),
        Key("qualifier", "choice", choices=vocab.QUALIFIERS),
        Key("date", "when", required=True),
        Key("speaker", "name"),
        Key("sources", "ids", required=True),
        Key("quotes", "list", section="quote"),
        *_DRAFT,
    ),
    # Named in a report but not drawn: countries, organisations, governments named by their
    # capital, places that stayed ambiguous, and denials (a claim someone rejects).
    "mention": (
        Key("text", "name", required=True),
        Key("kind", "choice", required=True, choices=vocab.MENTION_KINDS),
        Key("country", "country"),
        Key("candidates", "names"),
        Key("why", "text"),
        Key("speaker", "name"),
        Key("sources", "ids", required=True),
        Key("quotes", "list", section="quote"),
        *_DRAFT,
    ),
    "evidence": (
        Key("line", "int", required=True),
        Key("start", "int", required=True),
        Key("end", "int", required=True),
        Key("sentence", "text", required=True),
    ),
}


def keys(section: str) -> tuple[str, ...]:
    """Return the key names of ``section``, in the schema's order."""
    return tuple(k.name for k in SCHEMA[section])
