"""Canonical incidents for the tests: a minimal file, and one whose every text field is hostile."""

from __future__ import annotations

import ast
import gzip
import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

    from geomap.geo.rings import Multipolygons

ROOT = Path(__file__).resolve().parents[1]
#: Raw files brought in from public repositories: the reference sets of the independent measures.
RAW = ROOT / "scripts" / "data" / "raw"
SEED = ROOT / "seeds" / "pl-drones-2025-09-10.yaml"
SHARED = ROOT.parent / "shared"
MARKER = "geomap-pwned.txt"
#: Keys every ``geomap geocode --json`` record (``Match.to_dict``) carries.
MATCH_RECORD_KEYS = (
    "query",
    "name",
    "lon",
    "lat",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "precision",
    "score",
    "gazetteer_id",
    "alternatives",
    "match",
    "matched_name",
)

HEAD = """\
incident:
  id: {id}
  title: Test
  start: 2025-09-09T23:30:00+02:00
  end: 2025-09-10T06:45:00+02:00
  timezone: Europe/Warsaw
sources:
  - id: src
    title: A source
    publisher: Somebody
    date: 2025-09-10
    url: https://example.org/a
"""
#: A body for :func:`write_incident`: one crash site, with no history.
ONE_SITE = "places:\n  crash_sites:\n    - {name: Site, coordinates: [22.5, 51.5], sources: [src]}\n"
#: The seed as known on the morning of 10 September, when the first list of eight sites was out.
AS_OF_MORNING = "2025-09-10T09:00+02:00"


def raw_tsv(name: str) -> list[dict[str, str]]:
    """Return the rows of a gzipped TSV file of ``scripts/data/raw/`` as dicts by its header."""
    lines = gzip.decompress((RAW / name).read_bytes()).decode("utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def write_incident(
    folder: Path,
    body: str = "",
    *,
    ident: str = "test",
    head: str = HEAD,
    texts: dict[str, str] | None = None,
    name: str | None = None,
) -> Path:
    """Write ``head`` + ``body`` as ``<name or ident>.yaml`` in ``folder``, with source text files beside it."""
    for file, text in (texts or {}).items():
        (folder / file).write_text(text, "utf-8")
    path = folder / f"{name or ident}.yaml"
    path.write_text(head.format(id=ident) + body, "utf-8")
    return path


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML; separators stay escaped)."""
    return json.dumps(text, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


#: Text that tries to run as a template, close its element, inject markup or script, or confuse a
#: format string.  Every one must reach every output, and the page's DOM, as exactly this text.
PAYLOADS = [
    "{{ 7*7 }}",
    "{% if 0 %}x{% endif %}",
    "{#",
    "#}",
    "{# a comment that hides the rest",
    "{{ lipsum.__globals__.os.system('touch " + MARKER + "') }}",
    "{{ lipsum.__globals__.os.environ }}",
    "{{ config }}{{ self }}",
    "{% raw %}{{ raw }}{% endraw %}",
    "Use {{ to open",
    "</script><script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "<svg onload=alert(3)>",
    "<iframe src=https://example.org></iframe>",
    "<a href=javascript:alert(4)>x</a>",
    '" onmouseover="alert(5)',
    "' onmouseover='alert(6)",
    "`${alert(7)}`",
    "<!-- open comment",
    "--> close comment",
    "<![CDATA[ x ]]>",
    "line\u2028separator and\u2029paragraph",
    "\\u003c/script\\u003e as escaped text",
    "&lt;b&gt;entities&lt;/b&gt; &amp; &#x3c;",
    "<style>*{display:none}</style>",
    "<base href=//example.org/>",
    '<meta http-equiv="refresh" content="0;url=//example.org">',
    '"]}]}};alert(8);//',
    "${7*7} #{7*7} %s%s%n {0}{1} %(x)s",
    "<script src=//example.org/x.js></script>",
    "data:text/html,<script>alert(9)</script>",
    "Шацьк, Жлобин: кириллица",
    "مرحبا بالعالم",
    "🛩️ emoji and 中文",
    "back\\slash \\n not a newline",
    "javascript:alert(10)",
]


def hostile_incident(folder: Path, *, ident: str = "hostile") -> Path:
    """An incident with one crash site per payload (name, place, reported, quote), and every other
    free-text field made of payloads too; its source text file holds every quote."""
    sites = []
    for i, payload in enumerate(PAYLOADS):
        sites.append(
            f"    - id: site-{i}\n      name: {q(payload)}\n      place: {q(payload)}\n"
            f"      coordinates: [{22.0 + (i % 6) * 0.2:.1f}, {51.0 + (i // 6) * 0.2:.1f}]\n"
            f"      reported: {q(payload)}\n      status: confirmed\n      sources: [src]\n"
            f"      quotes:\n        - source: src\n          text: {q(payload)}\n"
        )
    joined = " | ".join(p.replace("\u2028", " ").replace("\u2029", " ") for p in PAYLOADS)
    head = f"""\
incident:
  id: {ident}
  title: {q(PAYLOADS[0] + " " + PAYLOADS[10] + " " + PAYLOADS[11])}
  start: 2025-09-09T23:30:00+02:00
  end: 2025-09-10T06:45:00+02:00
  timezone: Europe/Warsaw
  summary: {q(joined)}
sources:
  - id: src
    title: {q(joined[:480])}
    publisher: {q(PAYLOADS[5] + " " + PAYLOADS[14])}
    date: 2025-09-10
    url: {q('https://example.org/?q="><script>alert(11)</script>{{7*7}}')}
    text: source.txt
"""
    body = "places:\n  crash_sites:\n" + "".join(sites)
    body += f"""\
border_regions:
  - id: pl-by
    name: {q(PAYLOADS[1] + PAYLOADS[12])}
    countries: [PL, BY]
    reported: {q(PAYLOADS[2] + PAYLOADS[16])}
    sources: [src]
alert_regions:
  - region: Lublin Voivodeship
    reported: {q(PAYLOADS[3] + PAYLOADS[17])}
    sources: [src]
flight_directions:
  - id: claim
    claim: {q(PAYLOADS[4] + PAYLOADS[13])}
    speaker: {q(PAYLOADS[6])}
    origin: {{country: UA}}
    targets: {{layer: crash_sites}}
    reported: {q(PAYLOADS[8] + PAYLOADS[27])}
    sources: [src]
"""
    (folder / "source.txt").write_text("Quoted: " + "\n".join(PAYLOADS), "utf-8")
    path = folder / f"{ident}.yaml"
    path.write_text(head + body, "utf-8")
    return path


def loaded_by(args: list[str], modules: tuple[str, ...]) -> list[str]:
    """Run ``geomap ARGS`` in a fresh interpreter (it must succeed); return which of ``modules`` it loaded."""
    code = (
        "import sys; from geomap.cli import main; "
        f"assert main({args!r}) == 0; "
        f"print(sorted(m for m in {modules!r} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return ast.literal_eval(done.stdout.strip().splitlines()[-1])


def as_shapely(table: Multipolygons) -> np.ndarray:
    """Return a table of the basemap's ragged arrays as shapely multipolygons, to check numpy against GEOS."""
    import shapely

    offsets = (table.rings, table.polygons, table.parts)
    return shapely.from_ragged_array(shapely.GeometryType.MULTIPOLYGON, table.coords, offsets)
