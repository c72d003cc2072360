"""Write an incident file: plain data in, YAML text out, in the order the schema lists the keys.

Used for drafts (``geomap extract``): the text a reviewer edits by hand, so it must read like a
hand-written file.  Every string is written double-quoted in JSON's syntax (which is YAML), so no
text from a report can change the file's structure, and reading the file back gives the same data.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any

from geomap.incident import schema

#: Sections of each key that holds mappings (for the key order of what is written).
_SECTIONS = {k.name: k.section for keys in schema.SCHEMA.values() for k in keys if k.section}


def dump(data: dict[str, Any], /, *, header: str = "") -> str:
    """Return ``data`` (an incident as plain dicts and lists) as YAML text, with ``header`` as comments."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    _mapping(data, "file", 0, lines)
    return "\n".join(lines) + "\n"


def _mapping(data: dict[str, Any], section: str, indent: int, lines: list[str], *, first: str = "") -> None:
    order = schema.keys(section) if section in schema.SCHEMA else tuple(data)
    keys = [k for k in order if k in data] + [k for k in data if k not in order]
    pad = " " * indent
    for i, key in enumerate(keys):
        value = data[key]
        lead = first if i == 0 and first else pad
        child = _SECTIONS.get(key, key)
        if isinstance(value, dict) and value and key == "places":
            lines.append(f"{lead}{key}:")
            for layer, entries in value.items():
                lines.append(f"{pad}  {layer}:")
                _list(entries, "place", indent + 4, lines)
        elif isinstance(value, dict) and _flat(value) and (key == "evidence" or len(_flow(value)) <= 80):
            lines.append(f"{lead}{key}: {_flow(value)}")
        elif isinstance(value, dict):
            lines.append(f"{lead}{key}:")
            _mapping(value, child, indent + 2, lines)
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            lines.append(f"{lead}{key}:")
            _list(value, child, indent + 2, lines)
        else:
            lines.append(f"{lead}{key}: {_scalar(value)}")


def _list(items: list[dict[str, Any]], section: str, indent: int, lines: list[str]) -> None:
    pad = " " * indent
    for item in items:
        if _flat(item) and len(_flow(item)) <= 100:
            lines.append(f"{pad}- {_flow(item)}")
        else:
            _mapping(item, section, indent + 2, lines, first=f"{pad}- ")


def _flat(value: dict[str, Any]) -> bool:
    """Whether a mapping holds only scalars and lists of scalars (written on one line)."""
    return all(
        not isinstance(v, (dict, list))
        or (isinstance(v, list) and all(not isinstance(x, (dict, list)) for x in v))
        for v in value.values()
    )


def _flow(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    return _scalar(value)


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return _flow(value)
    # JSON's string syntax is YAML's double-quoted scalar; what YAML will not hold raw (DEL, C1
    # controls, line and paragraph separators, BOM, non-characters, lone surrogates) stays escaped.
    return _RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(str(value), ensure_ascii=False))


_RAW = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")
