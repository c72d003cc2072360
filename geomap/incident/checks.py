"""Cross-checks over a built incident: what no single section can check alone.

Source ids defined and used, quotes found in their sources' texts, ids unique,
flight targets naming a layer that exists, histories in date order and after
the incident began.  Each check adds problems to the reader; none raises.
"""

from __future__ import annotations

import unicodedata

from geomap.incident.model import Incident, Quote
from geomap.incident.nodes import Reader


def check(r: Reader, incident: Incident, texts: dict[str, str]) -> None:
    """Run every cross-check on ``incident``; ``texts`` holds each source's text file as read."""
    check_references(r, incident, texts)
    check_history(r, incident)


def check_history(r: Reader, incident: Incident) -> None:
    """History dates in order and not before the incident began; counts not before it either."""
    start = incident.start
    for layer, rep in incident.reports():
        for before, after in zip(rep.history, rep.history[1:], strict=False):
            if after.when.at < before.when.at:
                r.problem(
                    after.line,
                    f"{layer}.{rep.id}.history",
                    f"{after.when.text} comes before {before.when.text}; keep the history in date order",
                )
        said = [h.status for h in rep.history if h.status]
        if said and "status" in rep.lines and said[-1] != rep.status:
            r.problem(
                rep.line_of("status"),
                f"{layer}.{rep.id}.status",
                f"is {rep.status!r} but its history ends with {said[-1]!r}; make them agree",
            )
        if rep.history and not rep.history[0].reported and any(h.reported for h in rep.history[1:]):
            r.problem(
                rep.history[0].line,
                f"{layer}.{rep.id}.history",
                "a later entry changes what was reported: say what was reported first too (reported:)",
            )
        for entry in rep.history:
            if entry.when.at < start:
                r.problem(
                    entry.line,
                    f"{layer}.{rep.id}.history",
                    f"{entry.when.text} is before the incident began; what became known must come after",
                )
    for count in incident.counts:
        if count.when.at < start:
            r.problem(
                count.line, f"counts.{count.id}.date", f"{count.when.text} is before the incident began"
            )


def _check_citations(
    r: Reader,
    where: str,
    sources_line: int,
    quotes_line: int,
    sids: tuple[str, ...],
    quotes: tuple[Quote, ...],
    known: set[str],
    texts: dict[str, str],
) -> None:
    """Every source id defined; every quote from a source whose text is on file found in that text."""
    listed = ", ".join(sorted(known))
    for sid in sids:
        if sid not in known:
            r.problem(
                sources_line, f"{where}.sources", f"source {sid!r} is not defined under sources: ({listed})"
            )
    for q in quotes:
        if q.source not in known:
            r.problem(
                quotes_line,
                f"{where}.quotes",
                f"source {q.source!r} is not defined under sources: ({listed})",
            )
        elif q.source in texts and _normalise_quote(q.text) not in texts[q.source]:
            r.problem(
                quotes_line,
                f"{where}.quotes",
                f"quote {q.text[:40]!r}... is not in source {q.source!r}'s text; copy it word for word",
            )


def check_references(r: Reader, incident: Incident, texts: dict[str, str]) -> None:
    """Report dangling source ids, duplicate ids, quotes not in their text, unknown target layers.

    ``texts``: each source's text file as read (source id -> text), for the quote check.
    """
    known = {s.id for s in incident.sources}
    texts = {sid: _normalise_quote(text) for sid, text in texts.items()}
    reports = incident.reports()
    seen: dict[tuple[str, str], int] = {}
    # What a history entry cites is checked at that entry, not again at its feature.
    cited = [
        (
            f"{layer}.{rep.id}",
            rep.line_of("sources"),
            rep.line_of("quotes"),
            tuple(s for s in rep.sources if not any(s in h.sources for h in rep.history)),
            tuple(q for q in rep.quotes if not any(q in h.quotes for h in rep.history)),
        )
        for layer, rep in reports
    ]
    cited += [
        (f"{layer}.{rep.id}.history", h.line, h.line, h.sources, h.quotes)
        for layer, rep in reports
        for h in rep.history
    ]
    cited += [(f"counts.{c.id}", c.line, c.line, c.sources, c.quotes) for c in incident.counts]
    cited += [(f"tables.{t.id}", t.line, t.line, t.sources, ()) for t in incident.tables]
    cited += [
        (f"mentions[{i}]", m.line, m.line, m.sources, m.quotes) for i, m in enumerate(incident.mentions)
    ]
    for where, sources_line, quotes_line, ids, quotes in cited:
        _check_citations(r, where, sources_line, quotes_line, ids, quotes, known, texts)
    for layer, rep in reports:
        where = f"{layer}.{rep.id}"
        if (layer, rep.id) in seen:
            r.problem(
                rep.line, where, f"id also used on line {seen[(layer, rep.id)]}; give each an id of its own"
            )
        seen.setdefault((layer, rep.id), rep.line)
    defined: set[str] = set()
    for s in incident.sources:
        if s.id in defined:
            r.problem(1, f"sources.{s.id}", "source id used twice; give each source an id of its own")
        defined.add(s.id)
    for flight in incident.flight_directions:
        if flight.target_layer and flight.target_layer not in incident.places:
            r.problem(
                flight.report.line_of("targets"),
                f"flight_directions.{flight.report.id}.targets.layer",
                f"no layer {flight.target_layer!r}; layers: {', '.join(sorted(incident.places)) or 'none'}",
            )


_QUOTE_MARKS = str.maketrans("“”„‘’‚–—", "\"\"\"'''--")


def _normalise_quote(text: str) -> str:
    # Typographic quotes, dashes and line breaks differ between copies of one text.
    text = unicodedata.normalize("NFC", text).translate(_QUOTE_MARKS)
    return " ".join(text.split())
