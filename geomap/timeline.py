"""The time control's steps, for incident pages and event-table pages alike.

An incident's page steps through its night by the minute, then every later change and the end of
each following day (:func:`timeline_steps`); a table's page through minutes, days, weeks or months
depending on its span (:func:`table_timeline`).  A page with both gets both (:func:`with_tables`).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from geomap.incident.model import Incident


#: The time control's steps: at most about this many.
MAX_STEPS = 400


def timeline_steps(incident: Incident, /) -> dict[str, Any] | None:
    """Return what the page's time control steps through, or None when nothing ever changes.

    ``start`` and ``end``: the incident's window, which the page steps by the minute; ``days``: the
    end of each following day; ``changes``: every moment something changed (a feature reported, a
    status, a count), which the page also steps to; ``last``: the last change, or the as-of moment.
    """
    changes = sorted(
        {h.when.at for _, r in incident.reports() for h in r.history} | {c.when.at for c in incident.counts}
    )
    if not changes:
        return None
    zone = ZoneInfo(incident.timezone)
    last = changes[-1] if incident.as_of is None else incident.as_of
    days = []
    day = incident.end.astimezone(zone).date()
    while (end_of_day := datetime.combine(day, time(23, 59, 59), tzinfo=zone)) <= last:
        if end_of_day > incident.end:
            days.append(end_of_day.isoformat())
        day += timedelta(days=1)
    return {
        "start": incident.start.isoformat(),
        "end": min(incident.end, last).isoformat(),
        "days": days,
        "changes": [c.isoformat() for c in changes if c <= last],
        "last": last.isoformat(),
    }


def tables_timeline(tables: list[dict[str, Any]], zone: ZoneInfo) -> dict[str, Any] | None:
    """Return the time control's steps over the tables' times (see :func:`table_timeline`)."""
    timed = [t["time"] for t in tables if t.get("time")]
    if not timed:
        return None
    first = min(datetime.fromisoformat(t["first"]) for t in timed)
    last = max(datetime.fromisoformat(t["last"]) for t in timed)
    precision = "day" if all(t["precision"] == "day" for t in timed) else "exact"
    return table_timeline(first, last, zone, precision)


def with_tables(
    steps: dict[str, Any] | None, tables: list[dict[str, Any]], zone: ZoneInfo
) -> dict[str, Any] | None:
    """Return the incident's steps and its tables' together: the night by the minute, then every day."""
    extra = tables_timeline(tables, zone)
    if extra is None or steps is None:
        return steps or extra
    merged = dict(steps)
    merged["days"] = sorted(set(steps["days"]) | set(extra["days"]), key=datetime.fromisoformat)
    merged["steps"] = sorted(
        set(steps.get("steps", [])) | set(extra.get("steps", [])), key=datetime.fromisoformat
    )
    merged["last"] = max(steps["last"], extra["last"], key=datetime.fromisoformat)
    return merged


def table_timeline(first: datetime, last: datetime, zone: ZoneInfo, precision: str, /) -> dict[str, Any]:
    """Return the time control's steps over a table: minutes over a short span, else days, weeks, months."""
    start, end = first.astimezone(zone), last.astimezone(zone)
    span = end - start
    if precision != "day" and span <= timedelta(hours=12):
        return {
            "start": start.isoformat(),
            "end": end.isoformat(),
            "days": [],
            "changes": [],
            "last": end.isoformat(),
        }
    if precision != "day" and span <= timedelta(days=3):
        steps = []
        at = start.replace(minute=start.minute - start.minute % 10, second=0, microsecond=0)
        while (at := at + timedelta(minutes=10)) < end:
            steps.append(at.isoformat())
        steps.append(end.isoformat())  # the data's last moment, not the ten minutes after it
        return {
            "start": start.isoformat(),
            "end": start.isoformat(),
            "days": [],
            "steps": steps,
            "changes": [],
            "last": end.isoformat(),
        }
    # The last step is the data's last moment (the end of its last day when times are dates), not
    # the end of the week or month it falls in.
    final = (
        datetime.combine(end.date(), time(23, 59, 59), tzinfo=zone) if precision == "day" else end
    ).isoformat()
    days = [d for d in _period_ends(start.date(), end.date(), zone) if datetime.fromisoformat(d) < end]
    if precision == "day":
        days.append(final)  # a whole day, shown as a date
    return {
        "start": start.isoformat(),
        "end": start.isoformat(),
        "days": days,
        "changes": [],
        "last": final,
    }


def _period_ends(first: Any, last: Any, zone: ZoneInfo) -> list[str]:
    """Return the end of each day from ``first`` to ``last`` (of each week or month when days are many)."""
    n_days = (last - first).days + 1
    ends = []
    if n_days <= MAX_STEPS:
        ends = [first + timedelta(days=i) for i in range(n_days)]
    elif n_days <= 7 * MAX_STEPS:
        day = first + timedelta(days=6 - first.weekday())  # Sundays
        while day < last + timedelta(days=7):
            ends.append(day)
            day += timedelta(days=7)
    else:
        year, month = first.year, first.month
        while (year, month) <= (last.year, last.month):
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            ends.append(datetime(year, month, 1).date() - timedelta(days=1))
    return [datetime.combine(d, time(23, 59, 59), tzinfo=zone).isoformat() for d in ends]
