"""A report read into a draft incident file: places, claims, counts and mentions, each with evidence.

Every item is marked ``draft: true`` and carries its evidence (the line, the character offsets and
the sentence), and a history entry dated the report's day.  The draft is an incident file
``geomap validate`` accepts as written; ``--strict`` lists what is still to review.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from geomap.extract import lexicon
from geomap.extract.claims import Claims, Direction, find_claims
from geomap.extract.counts import Count, find_counts
from geomap.extract.sentences import Report
from geomap.extract.speakers import People, Speaker, speakers
from geomap.extract.toponyms import Found, Mention, find_places
from geomap.incident.sections import feature_id
from geomap.places.geocoder import Geocoder, default_geocoder
from geomap.places.text import fold

SOURCE = "report"


@dataclass
class Draft:
    """What was read from a report: the draft incident as data, and what became of each place."""

    data: dict[str, Any]
    places: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    counts: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    found: Found | None = None  # the reading behind the draft: every name found, what it was read as
    read: Claims | None = None  # every direction phrase, by speaker, with the denials

    def summary(self) -> str:
        """One line: how many of each kind were drafted."""
        kinds: dict[str, int] = {}
        for m in self.mentions:
            kinds[m["kind"]] = kinds.get(m["kind"], 0) + 1
        told = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
        return (
            f"{_many(len(self.places), 'place')}, {_many(len(self.claims), 'claim')}, "
            f"{_many(len(self.counts), 'count')}; mentioned, not drawn: {told or 'nothing'}"
        )


def _many(n: int, noun: str) -> str:
    """Return a count and its noun: 1 place, 2 places, 0 places."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def draft(
    text: str,
    /,
    *,
    name: str,
    day: date,
    language: str = "en",
    timezone: str | None = None,
    source_file: str | None = None,
    geocoder: Geocoder | None = None,
) -> Draft:
    """Read ``text`` (a report called ``name``, published on ``day``) into a draft incident.

    ``timezone``: the incident's; by default the zone of the country the report says was entered,
    else of the country most of its places lie in, else UTC (the summary says which, to check).
    """
    report = Report(text)
    found = find_places(report)
    people = speakers(report, found)
    found = _without_names(found, people)
    claims = find_claims(report, found, people)
    counts = find_counts(report, people)
    out = Draft({}, found=found, read=claims)
    ev = _Evidence(report, day)
    geocoder = geocoder or default_geocoder()
    out.places, unplaced = _places(found, ev, geocoder)
    entered = _entered(claims)
    out.claims, undrawn = _claims(claims, ev, entered)
    out.counts = [_count(c, ev) for c in counts]
    out.mentions = _mentions(found, claims, ev, geocoder) + unplaced + undrawn
    timezone, guessed = (timezone, "") if timezone else _zone_of(entered, ev.countries)
    zone = ZoneInfo(timezone)
    out.data = {
        "incident": {
            "id": _slug(name),
            "title": _title(report, name),
            "language": language,
            "start": datetime.combine(day, time(0, 0), tzinfo=zone),
            "end": datetime.combine(day, time(23, 59), tzinfo=zone),
            "timezone": timezone,
            "summary": f"Drafted by geomap extract from {name}.{guessed} Review every item marked draft: true "
            "against the report.",
        },
        "sources": [
            {
                "id": SOURCE,
                "title": name,
                "publisher": "unknown: give the publisher",
                "date": day.isoformat(),
                **(
                    {"text": source_file}
                    if source_file
                    else {"url": "https://example.org/give-the-report-url"}
                ),
            }
        ],
    }
    if out.places:
        out.data["places"] = {"places": out.places}
    if out.claims:
        out.data["flight_directions"] = out.claims
    if out.counts:
        out.data["counts"] = out.counts
    if out.mentions:
        out.data["mentions"] = out.mentions
    return out


#: The time zone of each country a report may say was entered (an incident's times are local there).
ZONES = {
    "PL": "Europe/Warsaw", "UA": "Europe/Kyiv", "BY": "Europe/Minsk", "LT": "Europe/Vilnius", "LV": "Europe/Riga",
    "EE": "Europe/Tallinn", "FI": "Europe/Helsinki", "RO": "Europe/Bucharest", "MD": "Europe/Chisinau",
    "HU": "Europe/Budapest", "SK": "Europe/Bratislava", "CZ": "Europe/Prague", "BG": "Europe/Sofia",
    "DE": "Europe/Berlin", "RU": "Europe/Moscow",
}  # fmt: skip


def _zone_of(entered: str | None, countries: list[str]) -> tuple[str, str]:
    """Return the incident's time zone, guessed, and a sentence saying from what (for the summary)."""
    if entered in ZONES:
        return ZONES[entered], f" Time zone {ZONES[entered]}: of the country entered ({entered}); check it."
    placed = [c for c in countries if c in ZONES]
    if placed:
        cc = max(dict.fromkeys(placed), key=placed.count)  # the most places; on a tie, the first
        return ZONES[cc], f" Time zone {ZONES[cc]}: of the country of most places ({cc}); check it."
    return "UTC", " Time zone UTC: the report says no country entered and names no place; set it."


class _Evidence:
    """Evidence and history for drafted items: where in the report, and the report's day."""

    def __init__(self, report: Report, day: date):
        self.report = report
        self.day = day
        self.countries: list[str] = []  # where the drafted places lie, one entry per place

    def of(self, start: int, end: int) -> dict[str, Any]:
        sentence = self.report.sentence_at(start)
        low, high = self.report.excerpt(sentence, start, end)
        return {
            "draft": True,
            "evidence": {
                "line": self.report.line(start),
                "start": start,
                "end": end,
                "sentence": self.report.text[low:high],
            },
        }

    def history(self) -> list[dict[str, Any]]:
        return [{"date": self.day.isoformat(), "change": "reported", "sources": [SOURCE]}]

    def quote(self, start: int, end: int) -> dict[str, Any]:
        # A quotation cut before its attribution keeps its comma ("…of Ukraine," he said): drop it.
        return {"source": SOURCE, "text": self.report.text[start:end].strip().rstrip(",;:–—- ")}


def _places(
    found: Found, ev: _Evidence, geocoder: Geocoder
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Settlements geocoded; what does not resolve to one place is a mention with its candidates."""
    places: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    seen: set[str] = set()
    placed: set[str] = set()  # gazetteer ids drafted so far
    for m in found.mentions:
        if m.kind != "place" or not m.name:
            continue
        query = f"{m.query or m.name}, {m.hint}" if m.hint else m.query or m.name
        if fold(query) in seen:
            continue
        seen.add(fold(query))
        answer = geocoder.resolve(query)
        if answer.match is None:
            candidates = [_candidate(c) for c in answer.candidates[:10]]
            why = f"{answer.status.replace('_', ' ')}: {answer.message}"
            if not candidates:  # a mention with no candidate says so (and gives no empty list)
                why += "; no candidate in the packaged gazetteer: locate it by hand"
            mentions.append(
                {
                    "text": ev.report.text[m.start : m.end],
                    "kind": "ambiguous",
                    **({"candidates": candidates} if candidates else {}),
                    "why": why,
                    "sources": [SOURCE],
                    **ev.of(m.start, m.end),
                }
            )
            continue
        if "town" in answer.match.warning_codes and fold(m.cue) in _VILLAGE_CUES:
            # "we wsi Wola": a village, which the geocoder's pick of the largest namesake (Warsaw's
            # district Wola) contradicts; the reviewer chooses among the candidates
            candidates = [_candidate(answer.match), *(_candidate(c) for c in answer.match.alternatives[:9])]
            mentions.append(
                {
                    "text": ev.report.text[m.start : m.end],
                    "kind": "ambiguous",
                    "candidates": candidates,
                    "why": f"named as a village ({m.why}), but the name is also a town's, which the geocoder "
                    "would take: add the village's gmina, powiat or raion",
                    "sources": [SOURCE],
                    **ev.of(m.start, m.end),
                }
            )
            continue
        if answer.match.gazetteer_id in placed:
            continue  # "Cześniki, pow. zamojski", then "Cześniki": one place, drafted once
        placed.add(answer.match.gazetteer_id)
        # What the geocoder warns of is the reviewer's to check: a fallback's area and the close
        # spellings it found ("did you mean: Przymiarki [geonames:761040] …"), a town taken over namesakes.
        warned = "; ".join(answer.match.warnings)
        if answer.status != "resolved":
            told = f"; {answer.status}: {answer.message or warned}"
        else:
            told = f"; check: {warned}" if warned else ""
        entry: dict[str, Any] = {
            "name": m.name,
            "place": query,
            "reported": f"Named in the report ({m.why}{told}).",
            "sources": [SOURCE],
            "history": ev.history(),
            **ev.of(m.start, m.end),
        }
        # Two places whose names give one id ("Osiny" in two counties) each need an id of their own:
        # the id the incident reader derives from the name, numbered from the second on.
        derived = feature_id(None, m.name)
        same = sum(feature_id(None, p["name"]) == derived for p in places)
        if same:
            entry = {"id": f"{derived}-{same + 1}", **entry}
        places.append(entry)
        ev.countries.append(answer.match.country)
    return places, mentions


#: The words before a name that make it a village's ("we wsi Wola", "у селі Осини", "the village of").
_VILLAGE_CUES = frozenset(fold(cue) for cue in lexicon.VILLAGE_CUES)


def _candidate(c: Any) -> str:
    """Write a candidate as every list of geomap writes it: name, id and admin units."""
    return f"{c.name} [{c.gazetteer_id}] ({', '.join(u for u in (c.admin3, c.admin2, c.admin1) if u)})"


def _without_names(found: Found, people: People) -> Found:
    """Drop the places that are part of a person's name ("Робертас Каунас": a minister, not Kaunas)."""
    # The name ends the speaker's span; a title before it may name a place ("Sołtys wsi Wohyń Jan Nowak").
    names = sorted((p.end - len(p.name), p.end) for p in people if p.kind == "person" and p.name)
    starts = [a for a, _ in names]

    def in_a_name(m: Mention) -> bool:
        i = bisect.bisect_right(starts, m.start) - 1  # the last name starting at or before the place
        return i >= 0 and m.end <= names[i][1]

    kept = [m for m in found.mentions if m.kind != "place" or not in_a_name(m)]
    return Found(kept) if len(kept) != len(found.mentions) else found


def _entered(claims: Claims) -> str | None:
    """Return the country the report says was entered ("entered Polish airspace"), else None.

    The one said most often; a country the claims say the drones came from or through is not it
    while another is said ("drones that flew from Belarus into Poland had first flown into Belarus
    from Ukraine": Poland); on a tie, the one said first.
    """
    counted: dict[str, int] = {}
    first: dict[str, int] = {}
    for d in claims.entered:
        counted[d.countries[0]] = counted.get(d.countries[0], 0) + 1
        first.setdefault(d.countries[0], d.start)
    sources = {
        c
        for claim in claims.claims
        for d in claim.directions
        if d.kind in ("origin", "via")
        for c in d.countries
    }
    candidates = [c for c in counted if c not in sources] or list(counted)
    return max(candidates, key=lambda c: (counted[c], -first[c])) if candidates else None


def _claims(
    claims: Claims, ev: _Evidence, into: str | None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Return the claims to draw, and the ones kept as mentions.

    Without a country said to be entered, a claim is drawn when the drafted places say which (most
    lie in a country it does not name), else kept as a mention.
    """
    out, undrawn = [], []
    # The country most drafted places lie in: the one entered, when the report does not say.
    placed_in = max(sorted(set(ev.countries)), key=ev.countries.count) if ev.countries else None
    for i, claim in enumerate(claims.claims):
        entered = into or placed_in
        # A phrase naming the country entered ("przez Polskę") says nothing of where from.
        kept = [
            d for d in claim.directions if entered is None or entered not in d.countries or d.kind == "into"
        ]
        origin = next((d for d in kept if d.kind == "origin"), None)
        via = _as_travelled([d for d in kept if d.kind in ("via", "border") and d is not origin], entered)
        first = claim.directions[0]
        quotes = [ev.quote(a, b) for a, b in claim.quotes]
        speaker = claim.label
        entry: dict[str, Any] = {"id": f"claim-{i + 1}", "claim": claim.title(), "speaker": speaker}
        if claim.speaker and claim.speaker.role and claim.speaker.name:
            entry["role"] = claim.speaker.role
        if origin is not None:
            entry["origin"] = {"country": origin.countries[0]}
        if via:
            entry["via"] = [
                {"border": list(d.countries)} if d.kind == "border" else {"country": d.countries[0]}
                for d in via
            ]
        named = {c for d in claim.directions for c in d.countries}
        target = into if into and into not in named else None
        last = via[-1] if via else origin
        unreachable = (
            entered is not None
            and last is not None
            and last.countries[0] not in lexicon.NEIGHBOURS.get(entered, ())
        )
        if last is None or unreachable:
            # Nothing to draw, or a last area that shares no border with the country entered (a
            # route is missing): a mention to complete, never a draft validate would refuse.
            where = lexicon.COUNTRY_NAMES.get(entered or "", entered or "")
            why = (
                "a direction claim whose only direction names the country entered"
                if last is None
                else f"a direction claim, but {lexicon.COUNTRY_NAMES.get(last.countries[0], last.countries[0])} shares "
                f"no border with {where}, the country entered: the route between is not given"
            )
            undrawn.append(
                {
                    "text": claim.title(),
                    "kind": "claim",
                    "country": claim.directions[0].countries[0],
                    "speaker": speaker,
                    "why": why,
                    "sources": [SOURCE],
                    "quotes": quotes,
                    **ev.of(first.start, first.end),
                }
            )
            continue
        entry.update(
            {
                "status": "reported",
                "sources": [SOURCE],
                "quotes": quotes,
                "history": ev.history(),
                **ev.of(first.start, first.end),
            }
        )
        if target is None and placed_in is not None and placed_in not in named:
            out.append(entry)  # no into: the build takes the country the drafted places lie in
            continue
        if target is None:
            country = next(({"country": c} for d in claim.directions for c in d.countries), {})
            undrawn.append(
                {
                    "text": claim.title(),
                    "kind": "claim",
                    **country,
                    "speaker": speaker,
                    "why": "a direction claim, but the report does not say which country was entered",
                    "sources": [SOURCE],
                    "quotes": quotes,
                    **ev.of(first.start, first.end),
                }
            )
            continue
        entry["into"] = target
        out.append(entry)
    return out, undrawn


def _as_travelled(route: list[Direction], entered: str | None) -> list[Direction]:
    """Order a route as travelled: the area nearest the country entered last.

    A border line not touching the entered country first, then countries that do not border it,
    then its neighbours, then a border line it is part of ("along the Ukraine–Belarus border …
    used Belarusian airspace" into Poland is the border, then Belarus).
    """
    near = lexicon.NEIGHBOURS.get(entered or "", ())

    def rank(d: Direction) -> int:
        if d.kind == "border":
            return 3 if entered in d.countries else 0
        return 2 if d.countries[0] in near else 1

    return sorted(route, key=rank)


def _count(c: Count, ev: _Evidence) -> dict[str, Any]:
    entry: dict[str, Any] = {"what": c.what, "value": c.value}
    if c.qualifier != "exact":
        entry["qualifier"] = c.qualifier
    entry["date"] = ev.day.isoformat()
    if c.speaker is not None:
        entry["speaker"] = c.speaker.label
    entry.update({"sources": [SOURCE], "quotes": [ev.quote(*c.quote)], **ev.of(c.start, c.end)})
    return entry


def _mentions(found: Found, claims: Claims, ev: _Evidence, geocoder: Geocoder) -> list[dict[str, Any]]:
    """Countries (once each, at their first mention), regions, organisations, governments, denials."""
    out, seen = [], set()
    for m in found.mentions:
        # A country or a government once; regions and the rest by their text (several regions of a country).
        key = (m.kind, m.country if m.kind in ("country", "government") and m.country else fold(m.text))
        if m.kind == "place" or key in seen:
            continue
        seen.add(key)
        kind = {"setting": "place", "missing": "ambiguous"}.get(m.kind, m.kind)
        entry: dict[str, Any] = {
            "text": lexicon.COUNTRY_NAMES.get(m.country or "", m.text) if m.kind == "country" else m.text,
            "kind": kind,
        }
        if m.country:
            entry["country"] = m.country
        entry["why"] = _why(m)
        if m.kind == "missing":  # a misspelling? close spellings are offered, with their ids, never taken
            close = geocoder.resolve(m.text).candidates[:5]
            if close:
                entry["candidates"] = [_candidate(c) for c in close]
                entry["why"] = entry["why"].replace(
                    "no candidate; locate it by hand",
                    "close spellings as candidates; pick one or locate it by hand",
                )
        entry.update({"sources": [SOURCE], **ev.of(m.start, m.end)})
        out.append(entry)
    for direction, speaker, span in claims.denials:
        out.append(_denial(direction, speaker, span, ev))
    for made, speaker, span in claims.makes:
        out.append(_made(made, speaker, span, ev))
    return out


def _made(d: Direction, speaker: Speaker | None, span: tuple[int, int], ev: _Evidence) -> dict[str, Any]:
    """Write what the drones are said to be ("of Russian origin", "Russian-made"), never a direction."""
    words = ev.report.text[d.start : d.end].replace("“", "").replace("”", "").replace('"', "")
    name = lexicon.COUNTRY_NAMES.get(d.countries[0], d.countries[0])
    why = (
        f"says the drones are {'not ' if d.negated else ''}from {name} as things (made or owned there), "
        "not where they flew from: no direction is drawn"
    )
    if d.negated:
        why = f"under the negation {d.negated!r}: " + why
    entry: dict[str, Any] = {
        "text": words,
        "kind": "denial" if d.negated else "country",
        "country": d.countries[0],
        "why": why,
    }
    if speaker is not None:
        entry["speaker"] = speaker.label
    entry.update({"sources": [SOURCE], "quotes": [ev.quote(*span)], **ev.of(d.start, d.end)})
    return entry


def _why(m: Mention) -> str:
    if m.kind == "country":
        return f"named as {m.text!r}" + (" (an adjective)" if m.adjective else "")
    return m.why


def _denial(d: Direction, speaker: Speaker | None, span: tuple[int, int], ev: _Evidence) -> dict[str, Any]:
    words = ev.report.text[d.start : d.end].replace("“", "").replace("”", "").replace('"', "")
    entry: dict[str, Any] = {
        "text": words,
        "kind": "denial",
        "country": d.countries[0],
        "why": f"under the negation {d.negated!r}: not a claim that the drones came "
        f"{'from' if d.kind == 'origin' else 'through'} there",
    }
    if speaker is not None:
        entry["speaker"] = speaker.label
    entry.update({"sources": [SOURCE], "quotes": [ev.quote(*span)], **ev.of(d.start, d.end)})
    return entry


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(Path(name).stem)).strip("-") or "draft"


def _title(report: Report, name: str) -> str:
    first = report.sentences[0].text if report.sentences else name
    return (first[:117] + "…" if len(first) > 120 else first).replace("\n", " ")
