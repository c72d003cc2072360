"""What was known when: an incident as it stood at a moment.

A feature with a ``history`` became known at its first entry's date; its status and what was
reported change with later entries.  :func:`as_of` returns the incident as it stood at a moment:
features not yet known left out, the others with their status, text, sources and quotes as of
then, and only the counts given by then.  A feature without history is known from the start.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from geomap.errors import OptionError
from geomap.incident.model import Incident, Quote, Report


def end_of_day(day: date, zone: tzinfo, /) -> datetime:
    """Return the last second of ``day`` in ``zone``: what "known by that day" means."""
    return datetime.combine(day, time(23, 59, 59), tzinfo=zone)


def state(report: Report, at: datetime, /) -> Report | None:
    """Return ``report`` as it stood at ``at``, or None when it was not yet known."""
    if not report.history:
        return report
    entries = [h for h in report.history if h.when.at <= at]
    if not entries:
        return None
    if len(entries) == len(report.history):
        return report
    status = next((h.status for h in reversed(entries) if h.status), "reported")
    reported = next((h.reported for h in reversed(entries) if h.reported), report.reported)
    sources = tuple(dict.fromkeys(s for h in entries for s in h.sources))
    quotes: tuple[Quote, ...] = tuple(q for h in entries for q in h.quotes)
    later = {q for h in report.history for q in h.quotes}  # a later entry's quotes stay with it
    quotes += tuple(q for q in report.quotes if q.source in sources and q not in quotes and q not in later)
    return replace(
        report,
        status=status,
        reported=reported,
        sources=sources or report.sources,
        quotes=quotes,
        history=tuple(entries),
    )


def _known(entries: tuple[Any, ...], at: datetime) -> tuple[Any, ...]:
    """Return the entries (places, borders, regions, claims) known at ``at``, each as it stood then."""
    out = []
    for entry in entries:
        then = state(entry.report, at)
        if then is not None:
            out.append(replace(entry, report=then))
    return tuple(out)


def as_of(incident: Incident, at: datetime | date, /) -> Incident:
    """Return ``incident`` as it stood at ``at`` (see the module docstring).

    ``at`` is a time with a UTC offset, or a date alone: the end of that day in the
    incident's time zone, as a date in the incident file means.

    Raises
    ------
    OptionError
        When ``at`` has no UTC offset or comes before the incident began.
    """
    if not isinstance(at, datetime):
        at = end_of_day(at, ZoneInfo(incident.timezone))
    if at.tzinfo is None:
        raise OptionError(f"--as-of {at.isoformat()} has no UTC offset; add one, e.g. +02:00")
    try:
        at.astimezone(UTC)  # every comparison below goes through UTC
    except OverflowError as err:
        raise OptionError(
            f"--as-of {at.isoformat()} lies beyond the year 9999 in UTC; give an earlier time"
        ) from err
    if at < incident.start:
        raise OptionError(
            f"--as-of {at.isoformat()} is before the incident began ({incident.start.isoformat()})"
        )
    return replace(
        incident,
        places={layer: _known(entries, at) for layer, entries in incident.places.items()},
        border_regions=_known(incident.border_regions, at),
        alert_regions=_known(incident.alert_regions, at),
        flight_directions=_known(incident.flight_directions, at),
        counts=tuple(c for c in incident.counts if c.when.at <= at),
        as_of=at,
    )


def parse_moment(text: str, /) -> datetime | date:
    """Read ``--as-of``: an ISO 8601 time with a UTC offset, or a date alone (``2025-09-16``).

    A date stays a date here: which moment ends it depends on each incident's time zone
    (:func:`as_of`).
    """
    value: datetime | date
    try:
        value = date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError as err:
        raise OptionError(
            f"--as-of {text!r} is not an ISO 8601 time or date; write e.g. 2025-09-10T09:00+02:00 or 2025-09-10"
        ) from err
    if isinstance(value, datetime) and value.tzinfo is None:
        raise OptionError(f"--as-of {text!r} has no UTC offset; add one, e.g. +02:00")
    return value
