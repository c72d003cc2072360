"""Read and validate an incident file: strict, typed, every problem with its line.

Three steps, one module each: :mod:`~geomap.incident.nodes` reads the YAML into
typed values by :mod:`~geomap.incident.schema`; :mod:`~geomap.incident.sections`
builds the model, one builder per top-level key; :mod:`~geomap.incident.checks`
checks what spans sections (references, quotes against their source texts,
history order).  Every problem is collected, so that a writer sees all of them at
once as ``file:line: field: message``.
"""

from __future__ import annotations

from pathlib import Path

from geomap import _gc
from geomap.errors import IncidentError, Problem
from geomap.incident import checks, schema, sections
from geomap.incident.model import Incident
from geomap.incident.nodes import Reader, compose, read_text


def load_incident(path: str | Path, /) -> Incident:
    """Read and validate an incident file.

    Raises
    ------
    IncidentError
        With every problem found, each as ``file:line: field: message``.
    """
    with _gc.paused():
        return _load(Path(path))


def _load(path: Path) -> Incident:
    file = str(path)
    text = read_text(path, limit=schema.MAX_FILE_BYTES, field="file")
    root = compose(text, file, max_depth=schema.MAX_DEPTH)
    if root is None:
        raise IncidentError([Problem(file, 1, "file", "is empty; see the README for the format")])
    r = Reader(file)
    top = r.record(root, "file", "")
    if top is None:
        raise IncidentError(sorted(r.problems, key=lambda p: p.line))
    built = sections.build(r, top, path)
    incident = Incident(path=path, warnings=tuple(r.warnings), **built.fields)
    checks.check(r, incident, built.texts)
    if r.problems:
        raise IncidentError(sorted(r.problems, key=lambda p: p.line))
    return incident
