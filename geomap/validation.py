"""What ``geomap validate`` checks, without building layers or a page (and without geopandas).

An incident is read, every place geocoded, every border, region and claim drawn in memory, its
event tables read: all that :func:`geomap.build.build_incident` would refuse is refused here, by
the same functions; only the frames and the page are not made.  ``geomap extract`` checks each
draft so before writing it, which is why this path stays light.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap.errors import GeomapError, IncidentError, Problem
from geomap.incident import Incident, load_incident
from geomap.resolve import resolve

if TYPE_CHECKING:
    from geomap.web.encode import Streams

__all__ = ["table_layers", "validate_incident"]


def validate_incident(seed: str | Path, /) -> list[Problem]:
    """Return the warnings :func:`geomap.build.build_incident` gives, without building layers or a page.

    Raises
    ------
    IncidentError
        With every problem ``build_incident`` would refuse.
    """
    incident = load_incident(seed)
    resolved = resolve(incident)
    resolved.check_mappable()  # the one rule of the layers (geomap.layers.layers_of)
    if incident.tables:  # Arrow and the table code load only for an incident with event tables
        table_layers(incident, deflate=False)
    return resolved.warnings


def table_layers(incident: Incident, /, *, deflate: bool = True) -> tuple[list[dict[str, Any]], Streams]:
    """Read and encode the incident's event tables; a table that cannot be read is a problem of the file.

    ``deflate`` False encodes the columns (every check of them runs) without deflating them: for a
    validation, which writes no page.

    In an as-of build, events after that moment are left out, as features not yet known are.
    """
    from geomap.events.api import TableSpec, prepare
    from geomap.io.tables import read_table
    from geomap.web.encode import Streams  # Arrow: only a page with event tables needs it

    streams = Streams(deflate=deflate)
    entries, problems = [], []
    for t in incident.tables:
        spec = TableSpec(
            lon=t.lon,
            lat=t.lat,
            place=t.place,
            hints=t.hints,
            country=t.country,
            category=t.category,
            time=t.time,
            popup=t.popup,
            title=t.title,
            timezone=incident.timezone,
            key=t.id,
        )
        try:
            prepared = prepare(read_table([t.file]), spec, until=incident.as_of)
            entry = prepared.entry(streams)
        except GeomapError as err:
            # The messages name command-line options ("--category 'x': ..."); here they are keys.
            problems.append(Problem(incident.file, t.line, f"tables.{t.id}", str(err).removeprefix("--")))
            continue
        entry["sources"] = list(t.sources)
        entry["description"] = t.description
        entries.append(entry)
    if problems:
        raise IncidentError(problems)
    streams.finish()
    return entries, streams
