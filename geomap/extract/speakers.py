"""Who says what: people, organisations and unnamed speakers, and the speaker of each quotation.

A speaker is a named person ("Polish Prime Minister Donald Tusk"), an organisation ("the
Kremlin"), or a description the report gives instead of a name ("a spokesperson for the regional
fire service", or "Ukrainian President" where the name is missing).  "He" and "who" refer back to
the last person named before them.  A quotation the report attributes to no one keeps no speaker:
the extractor never guesses one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from geomap.extract import lexicon
from geomap.extract.sentences import Report, Sentence
from geomap.extract.toponyms import Found, country_of
from geomap.places.text import fold

_CAP = r"(?:[A-ZŁŚŻŹĆŃÓĘĄ][\w’'\-]+|[A-Z]\.)"
_TITLE = "|".join(sorted((re.escape(t) for t in lexicon.TITLES), key=len, reverse=True))
_ADJ = r"(?:[A-Z][a-z]+(?:ian|ish|ese|ch|an)|U\.S\.|US|NATO|EU|UN)"
#: "(Polish) (Prime Minister) (Donald Tusk)", "President Trump", "Col. Martin L. O’Donnell".
_TITLED = re.compile(
    rf"(?P<role>(?:{_ADJ}\s+)?(?:(?:[A-Z][\w\-]+|U\.S\.)\s+){{0,2}}(?i:{_TITLE}))\s+(?P<name>{_CAP}(?:\s+{_CAP}){{0,3}})"
)
#: A title left without its name: "Ukrainian President , who ..." (the report has a gap there).
_UNNAMED = re.compile(rf"(?P<role>{_ADJ}\s+(?i:{_TITLE}))\s+(?=[,.;]|who\b)")
_DESCRIBED = re.compile(
    r"\b(?P<role>(?:a|an|the|one|another|[A-Z][\w\-]+[’']s)\s+(?:[\w’'\-]+\s+){0,3}?(?:spokesperson|spokesman|"
    r"spokeswoman|official|officials|officer|representative|source|witness|resident|prosecutor|commander|ministry|"
    r"government|authorities|army|military|police|service|command|office|agency|guard|force|forces|analyst|"
    r"expert|investigator|diplomat|observer|centre|center|council|committee|department|headquarters)(?:\s+(?:for|of|at|from|with)\s+(?:the\s+)?"
    r"[\w’'\- ]{3,60}?)?)(?=\s*(?:,|said|says|told|stated|added|noted|wrote|warned|claimed|declared|confirmed|informed|reported|"
    r"announced|\.|$))",
    re.I,
)
#: A surname alone as the subject or object of a speech verb: "Tusk said", "said Tusk".
_SURNAME = re.compile(
    r"\b(?P<a>[A-Z][a-zà-ž’'\-]{2,})\s+(?:said|says|stated|told|added|wrote|declared|noted)\b"
    r"|\b(?:said|says|stated|told|added|wrote|declared|noted)\s+(?P<b>[A-Z][a-zà-ž’'\-]{2,})\b"
)
_PLAIN = re.compile(
    r"\b(?P<name>[A-Z][a-zà-ž’'\-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-zà-ž’'\-]+(?:-[A-Z][a-zà-ž]+)?)\b"
)
_NOT_NAMES = frozenset((
    "the", "on", "in", "at", "a", "an", "this", "that", "these", "those", "however", "neither", "what",
    "we", "he", "she", "it", "they", "his", "her", "its", "their", "there", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "article", "second", "first",
    "world", "war", "supreme", "headquarters", "allied", "command", "operations", "powers", "europe",
    "airborne", "warning", "control", "systems", "multi", "role", "tanker", "transport", "wedlug",
    "zdaniem", "according",
))  # fmt: skip
_GROUPS = frozenset((
    "officials", "police", "authorities", "residents", "witnesses", "sources", "experts", "analysts",
    "investigators", "prosecutors", "firefighters", "troops", "soldiers", "rescuers", "diplomats",
    "observers", "journalists", "wojsko", "policja", "prokuratura", "strazacy",
))  # fmt: skip
#: A group as the subject of a speech verb, with where it is from: "Officials in Kyiv said".
_GROUP = re.compile(
    rf"\b(?P<role>(?i:{'|'.join(sorted(_GROUPS))})(?:\s+(?:in|from|of|at)\s+(?:the\s+)?[A-Z][\w’'\-]+"
    r"(?:\s+[A-Z][\w’'\-]+)?)?)(?=\s+(?:said|says|told|stated|added|reported|confirmed|announced|warned|"
    r"(?:nie\s+)?(?:potwierdził|poinformował|przekazał|oświadczył|zaprzeczył|podał)\w*)\b)"
)
#: Words after "according to" that refer back to the institution named before ("по данным ведомства").
_BACK = re.compile(
    r"\s*(?:the (?:ministry|agency|department|service|command)|ведомства|відомства|министерства|"
    r"міністерства|resortu|ministerstwa|służby)\b",
    re.I,
)
_SPEECH_VERB = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(v) for v in lexicon.SPEECH_VERBS), key=len, reverse=True)) + r")\b",
    re.I,
)
_PRONOUN = re.compile(
    r"\b(?P<p>he|she|they|who|on|ona|oni|który|która)\b(?:\s+\w+ly|\s+(?:further|also|then|later|again))*\s*$",
    re.I,
)


@dataclass(frozen=True)
class Speaker:
    """Who a statement is from: a name, or the description the report gives (``role``)."""

    name: str | None
    role: str | None
    start: int
    end: int
    kind: str  # "person", "unnamed", "described", "organisation"

    @property
    def label(self) -> str:
        """How the draft names the speaker; an unnamed one says that the report gives no name."""
        if self.name:
            return self.name
        if self.kind == "unnamed":
            return f"{self.role} (name not given in the report)"
        return self.role or "unknown"


class People(list[Speaker]):
    """Speakers in the order of the text, with their start offsets for binary search."""

    def __init__(self, speakers: list[Speaker]):
        super().__init__(sorted(speakers, key=lambda s: s.start))
        self.starts = [s.start for s in self]

    def between(self, start: int, end: int) -> list[Speaker]:
        """Return the speakers whose name starts in ``start:end``."""
        return self[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]

    def before(self, at: int) -> Iterator[Speaker]:
        """Yield the speakers named before ``at`` (ending by it), the nearest first."""
        for i in range(bisect.bisect_left(self.starts, at) - 1, -1, -1):
            if self[i].end <= at:
                yield self[i]


class _Spans:
    """Which characters of a text some span covers (a mask: each test is one lookup)."""

    def __init__(self, size: int):
        self._mask = bytearray(size + 1)

    def add(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)

    def __contains__(self, at: int) -> bool:
        return bool(self._mask[at])


def speakers(report: Report, found: Found, /) -> People:
    """Return every person, organisation and described speaker the report mentions, in order."""
    text = report.flat
    out: list[Speaker] = []
    named = _Spans(len(text))  # the names taken so far
    mentioned = _Spans(len(text))  # places, countries and organisations
    for mention in found.mentions:
        mentioned.add(mention.start, mention.end)

    def add(speaker: Speaker) -> None:
        out.append(speaker)
        named.add(speaker.start, speaker.end)

    for m in _TITLED.finditer(text):
        name = _clean_name(m.group("name"))
        if name and m.start("name") not in named:
            add(Speaker(name, _tidy(m.group("role")), m.start(), m.start("name") + len(name), "person"))
    for m in _UNNAMED.finditer(text):
        if m.start() not in named:
            add(Speaker(None, _tidy(m.group("role")), m.start(), m.end("role"), "unnamed"))
    for m in _DESCRIBED.finditer(text):
        if m.start() not in named:
            add(Speaker(None, _tidy(m.group("role")), m.start(), m.end("role"), "described"))
    for m in _GROUP.finditer(text):
        if m.start() not in named:
            role = m.group("role")
            add(Speaker(None, role[0].lower() + role[1:], m.start(), m.end("role"), "described"))
    for m in _PLAIN.finditer(text):
        name = _clean_name(m.group("name"))
        if name and m.start() not in named and m.start() not in mentioned:
            add(Speaker(name, None, m.start(), m.start() + len(name), "person"))
    for m in _SURNAME.finditer(text):
        group = "a" if m.group("a") else "b"
        if fold(m.group(group)) in _GROUPS:  # "Officials said", "Police said": described, not named
            if m.start(group) not in named:
                add(Speaker(None, m.group(group).lower(), m.start(group), m.end(group), "described"))
            continue
        name = _clean_name(m.group(group))
        if name and m.start(group) not in named and m.start(group) not in mentioned:
            add(Speaker(name, None, m.start(group), m.end(group), "person"))
    for mention in found.mentions:
        if mention.kind in ("organisation", "government") and mention.start not in named:
            the = "the " if text[max(0, mention.start - 4) : mention.start].lower().endswith("the ") else ""
            label = the + (mention.name or mention.text)  # an inflected name in its nominative
            add(Speaker(None, label, mention.start, mention.end, "organisation"))
    # A surname alone ("Tusk characterized...", "Ordash’s assertions") is the person named in full before.
    surnames = {s.name.split()[-1]: s for s in out if s.name and " " in s.name}
    for m in re.finditer(r"\b([A-Z][a-zà-ž’'\-]+?)(?=[’']s\b|\b)", text):
        person = surnames.get(m.group(1))
        if person and m.start() not in named:
            add(Speaker(person.name, person.role, m.start(), m.end(), "person"))
    return People([_full_name(s, surnames) for s in out])


def _full_name(speaker: Speaker, surnames: dict[str, Speaker]) -> Speaker:
    """Return the full name a surname alone stands for ("Tusk added": Donald Tusk, named before)."""
    person = (
        surnames.get(speaker.name or "")
        if speaker.kind == "person" and " " not in (speaker.name or " ")
        else None
    )
    return Speaker(person.name, person.role, speaker.start, speaker.end, "person") if person else speaker


def _clean_name(name: str) -> str | None:
    words = re.sub(r"[’']s$", "", name).split()
    while words and fold(words[-1]) in _NOT_NAMES:
        words.pop()
    if not words or fold(words[0]) in _NOT_NAMES or any(country_of(w) for w in words):
        return None
    return " ".join(words)


def _tidy(role: str) -> str:
    """One line, and a sentence's capital off its article ("The army said" is "the army")."""
    role = re.sub(r"\s+", " ", role).strip(" ,")
    return re.sub(r"^(The|A|An)\b", lambda m: m.group().lower(), role)


def speaker_at(report: Report, sentence: Sentence, start: int, end: int, people: People) -> Speaker | None:
    """Return who says the words at ``start:end`` of ``sentence`` (a quotation or a clause), or None.

    The speech verb nearest the words decides: its subject before it ("Tusk said"), or after it
    ("said Tusk"); a pronoun subject refers back to the last person named before it.
    """
    verbs = [m for m in _speech_verbs(sentence) if not report.quotation_at(m[0], m[1])]
    # The nearest verb first; "..., adding that “...”" shares the subject of the verb before it.
    for verb in sorted(verbs, key=lambda v: min(abs(v[0] - end), abs(v[0] - start))):
        found = _subject(report, sentence, verb, people)
        if found is not None:
            return found
    return None


def _subject(report: Report, sentence: Sentence, verb: tuple[int, int], people: People) -> Speaker | None:
    text = report.flat
    clause_start = _clause_start(text, sentence.start, verb[0])
    pronoun = _PRONOUN.search(text[clause_start : verb[0]])
    if pronoun:
        return _antecedent(people, clause_start + pronoun.start(), pronoun.group("p").lower())
    subject = [
        p
        for p in people.between(clause_start, verb[0])
        if p.end <= verb[0] and not report.quotation_at(p.start, p.end)
    ]
    if subject:
        return subject[-1]
    after = people.between(verb[1], min(sentence.end, verb[1] + 80))
    if after:
        return after[0]
    if _BACK.match(text, verb[1]):
        return next((p for p in people.before(verb[0]) if p.kind in ("organisation", "described")), None)
    return None


def _speech_verbs(sentence: Sentence) -> list[tuple[int, int]]:
    return [
        (sentence.start + m.start(), sentence.start + m.end()) for m in _SPEECH_VERB.finditer(sentence.flat)
    ]


def _clause_start(text: str, sentence_start: int, at: int) -> int:
    """Where the clause holding ``at`` begins: after a closing quotation, semicolon or dash."""
    cut = max(text.rfind(ch, sentence_start, at) for ch in ("”", ";", "—"))
    return sentence_start if cut < 0 else cut + 1


def _antecedent(people: People, at: int, pronoun: str) -> Speaker | None:
    """Return who a pronoun at ``at`` refers to: the last person (for "they", anyone) named before it."""
    kinds = (
        ("person", "unnamed", "described", "organisation")
        if pronoun in ("they", "oni")
        else ("person", "unnamed", "described")
    )
    return next((p for p in people.before(at) if p.kind in kinds), None)
