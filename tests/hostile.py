"""An incident whose every text field tries to break out of its context in the HTML page."""

from __future__ import annotations

import json
from pathlib import Path

PAYLOADS = {
    "name": "<img src=x onerror=alert(1)>",
    "reported": "</script><script>alert(2)</script> & done",
    "quote": "`${alert(3)}` \u2028 \"quoted\" 'single'",
    "title": "<b onmouseover=alert(4)>Title</b>",
    "claim": "<svg onload=alert(5)>",
}


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(text)


HOSTILE = f"""\
incident:
  id: hostile
  title: {q(PAYLOADS["title"])}
  start: 2025-09-09T23:30:00+02:00
  end: 2025-09-10T06:45:00+02:00
  timezone: Europe/Warsaw
  summary: '<iframe src="https://example.org"></iframe>'
sources:
  - id: src
    title: {q(PAYLOADS["title"])}
    publisher: {q('"><script>alert(6)</script>')}
    date: 2025-09-10
    url: {q('https://example.org/?q="><script>alert(7)</script>')}
    text: source.txt
places:
  crash_sites:
    - name: {q(PAYLOADS["name"])}
      coordinates: [22.5, 51.5]
      reported: {q(PAYLOADS["reported"])}
      status: confirmed
      sources: [src]
      quotes:
        - source: src
          text: {q(PAYLOADS["quote"])}
flight_directions:
  - id: claim
    claim: {q(PAYLOADS["claim"])}
    claimed_by: [{q("<script>alert(8)</script>")}]
    origin: {{country: UA}}
    targets: {{layer: crash_sites}}
    sources: [src]
"""


def write_hostile(folder: Path) -> Path:
    (folder / "source.txt").write_text(f"He said {PAYLOADS['quote']} loudly.", "utf-8")
    path = folder / "hostile.yaml"
    path.write_text(HOSTILE, "utf-8")
    return path
