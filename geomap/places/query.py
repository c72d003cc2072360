"""A geocoding query: a place name as written, with its hints, parsed from free text or built."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["place", "airport", "airbase", "station", "admin", "any"]
_PARENS = re.compile(r"\(([^()]*)\)")
#: ``geonames:<id>``, ``prng:<id>``, ``simc:<SYM>``, ``naturalearth:<id>``, ``cod:<pcode>``, ``katottg:<code>`` or
#: ``osm:node/<id>``: a gazetteer entry named by its id.
GAZETTEER_ID = re.compile(
    r"^((geonames|prng|naturalearth|vzd|siruta):\d+|ehak:m?\d{4}|simc:\d{7}|(cod|katottg):UA\d+|osm:(node|way|relation)/\d+)$"
)


@dataclass(frozen=True)
class Query:
    """A structured geocoding query.

    Parameters
    ----------
    name : str
        The place name as written, or a gazetteer id (``geonames:773720``).
    hints : tuple of str
        Free-text admin hints ("Zamość County", "gm. Sitno", "lubelskie").
    country : str, optional
        ISO 3166-1 alpha-2 code the place must lie in.
    admin1, admin2, admin3 : str, optional
        Admin unit names, matched at that level only.
    kind : str, optional
        "place", "airport", "airbase", "station", "admin" or "any".
    """

    name: str
    hints: tuple[str, ...] = ()
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    kind: Kind | None = None

    @classmethod
    def parse(cls, text: str, /, *, is_name: Callable[[str], bool] | None = None, **kwargs: Any) -> Query:
        """Parse free text: "Name, hint, hint" or "Name (hint), hint".

        Parentheses after the name are hints ("Oleśno (gm. Gronowo Elbląskie)");
        parentheses in a later hint belong to it ("gmina Słupia (Konecka)").
        ``is_name`` lets the caller keep parentheses that are part of a
        gazetteer name ("Krąg (Polanów)").
        """
        head, *rest = (part.strip() for part in text.split(","))
        groups = list(_PARENS.finditer(head))
        cut = 0
        if is_name is not None:
            # The longest prefix ending at a parenthesis that is itself a name.
            cut = next((k for k in range(len(groups), 0, -1) if is_name(head[: groups[k - 1].end()])), 0)
        name = head[: groups[cut - 1].end()] if cut else _PARENS.sub(" ", head)
        hints = [g.group(1).strip() for g in groups[cut:]]
        name = name.strip() if cut else " ".join(name.split())
        return cls(name, tuple(h for h in hints + rest if h), **kwargs)

    @property
    def gazetteer_id(self) -> str | None:
        """The id the query names instead of a place name (``geonames:773720``), or None."""
        return self.name if GAZETTEER_ID.match(self.name) else None

    @property
    def has_admin_hint(self) -> bool:
        """Whether anything below the country narrows where the place lies."""
        return bool(self.hints or self.admin1 or self.admin2 or self.admin3)

    def __str__(self) -> str:
        return ", ".join([self.name, *self.hints])
