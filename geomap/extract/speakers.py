"""Who says what: people, organisations and unnamed speakers, and the speaker of each quotation.

A speaker is a named person ("Polish Prime Minister Donald Tusk"), an organisation ("the
Kremlin"), or a description the report gives instead of a name ("a spokesperson for the regional
fire service", or "Ukrainian President" where the name is missing).  "He" and "who" refer back to
the last person named before them.  A quotation the report attributes to no one keeps no speaker:
the extractor never guesses one.
"""

from __future__ import annotations

import re
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
_NOT_NAMES = frozenset(
    [
        "the",
        "on",
        "in",
        "at",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "however",
        "neither",
        "what",
        "we",
        "he",
        "she",
        "it",
        "they",
        "his",
        "her",
        "its",
        "their",
        "there",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "article",
        "second",
        "first",
        "world",
        "war",
        "supreme",
        "headquarters",
        "allied",
        "command",
        "operations",
        "powers",
        "europe",
        "airborne",
        "warning",
        "control",
        "systems",
        "multi",
        "role",
        "tanker",
        "transport",
        "wedlug",
        "zdaniem",
        "according",
    ]
)
_GROUPS = frozenset(
    [
        "officials",
        "police",
        "authorities",
        "residents",
        "witnesses",
        "sources",
        "experts",
        "analysts",
        "investigators",
        "prosecutors",
        "firefighters",
        "troops",
        "soldiers",
        "rescuers",
        "diplomats",
        "observers",
        "journalists",
        "wojsko",
        "policja",
        "prokuratura",
        "strazacy",
    ]
)
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
    kind: str  # "person", "organisation", "unnamed"

    @property
    def label(self) -> str:
        """How the draft names the speaker; an unnamed one says that the report gives no name."""
        if self.name:
            return self.name
        if self.kind == "unnamed":
            return f"{self.role} (name not given in the report)"
        return self.role or "unknown"


def speakers(report: Report, found: Found, /) -> list[Speaker]:
    """Return every person, organisation and described speaker the report mentions, in order."""
    text = report.flat
    out: list[Speaker] = []
    for m in _TITLED.finditer(text):
        name = _clean_name(m.group("name"))
        if name and not _taken(out, m.start("name")):
            out.append(
                Speaker(name, _tidy(m.group("role")), m.start(), m.start("name") + len(name), "person")
            )
    for m in _UNNAMED.finditer(text):
        if not _taken(out, m.start()):
            out.append(Speaker(None, _tidy(m.group("role")), m.start(), m.end("role"), "unnamed"))
    for m in _DESCRIBED.finditer(text):
        if not _taken(out, m.start()):
            out.append(Speaker(None, _tidy(m.group("role")), m.start(), m.end("role"), "described"))
    for m in _GROUP.finditer(text):
        if not _taken(out, m.start()):
            role = m.group("role")
            out.append(Speaker(None, role[0].lower() + role[1:], m.start(), m.end("role"), "described"))
    for m in _PLAIN.finditer(text):
        name = _clean_name(m.group("name"))
        if name and not _taken(out, m.start()) and not _place_or_org(found, m.start()):
            out.append(Speaker(name, None, m.start(), m.start() + len(name), "person"))
    for m in _SURNAME.finditer(text):
        group = "a" if m.group("a") else "b"
        if fold(m.group(group)) in _GROUPS:  # "Officials said", "Police said": described, not named
            if not _taken(out, m.start(group)):
                out.append(Speaker(None, m.group(group).lower(), m.start(group), m.end(group), "described"))
            continue
        name = _clean_name(m.group(group))
        if name and not _taken(out, m.start(group)) and not _place_or_org(found, m.start(group)):
            out.append(Speaker(name, None, m.start(group), m.end(group), "person"))
    for mention in found.mentions:
        if mention.kind in ("organisation", "government") and not _taken(out, mention.start):
            the = "the " if text[max(0, mention.start - 4) : mention.start].lower().endswith("the ") else ""
            label = the + (mention.name or mention.text)  # an inflected name in its nominative
            out.append(Speaker(None, label, mention.start, mention.end, "organisation"))
    # A surname alone ("Tusk characterized...", "Ordash’s assertions") is the person named in full before.
    surnames = {s.name.split()[-1]: s for s in out if s.name and " " in s.name}
    for m in re.finditer(r"\b([A-Z][a-zà-ž’'\-]+?)(?=[’']s\b|\b)", text):
        person = surnames.get(m.group(1))
        if person and not _taken(out, m.start()):
            out.append(Speaker(person.name, person.role, m.start(), m.end(), "person"))
    return [_full_name(s, surnames) for s in sorted(out, key=lambda s: s.start)]


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


def _taken(found: list[Speaker], at: int) -> bool:
    return any(s.start <= at < s.end for s in found)


def _place_or_org(found: Found, at: int) -> bool:
    return any(m.start <= at < m.end for m in found.mentions)


def speaker_at(
    report: Report, sentence: Sentence, start: int, end: int, people: list[Speaker]
) -> Speaker | None:
    """Return who says the words at ``start:end`` of ``sentence`` (a quotation or a clause), or None.

    The speech verb nearest the words decides: its subject before it ("Tusk said"), or after it
    ("said Tusk"); a pronoun subject refers back to the last person named before it.
    """
    verbs = [m for m in _speech_verbs(sentence) if not report.quotation_at(m[0], m[1])]
    if not verbs:
        return None
    # The nearest verb first; "..., adding that “...”" shares the subject of the verb before it.
    for verb in sorted(verbs, key=lambda v: min(abs(v[0] - end), abs(v[0] - start))):
        found = _subject(report, sentence, verb, people)
        if found is not None:
            return found
    return None


def _subject(
    report: Report, sentence: Sentence, verb: tuple[int, int], people: list[Speaker]
) -> Speaker | None:
    text = report.flat
    clause_start = _clause_start(text, sentence.start, verb[0])
    subject = [
        p
        for p in people
        if clause_start <= p.start and p.end <= verb[0] and not report.quotation_at(p.start, p.end)
    ]
    pronoun = _PRONOUN.search(text[clause_start : verb[0]])
    if pronoun:
        return _antecedent(people, clause_start + pronoun.start(), pronoun.group("p").lower())
    if subject:
        return subject[-1]
    after = [p for p in people if verb[1] <= p.start < min(sentence.end, verb[1] + 80)]
    if after:
        return after[0]
    if _BACK.match(text, verb[1]):
        named = [p for p in people if p.end <= verb[0] and p.kind in ("organisation", "described")]
        return named[-1] if named else None
    return None


def _speech_verbs(sentence: Sentence) -> list[tuple[int, int]]:
    words = "|".join(sorted((re.escape(v) for v in lexicon.SPEECH_VERBS), key=len, reverse=True))
    return [(sentence.start + m.start(), sentence.start + m.end())
            for m in re.finditer(rf"\b(?:{words})\b", sentence.flat, re.I)]  # fmt: skip


def _clause_start(text: str, sentence_start: int, at: int) -> int:
    """Where the clause holding ``at`` begins: after a closing quotation, semicolon or dash."""
    cut = max(text.rfind(ch, sentence_start, at) for ch in ("”", ";", "—", "\u201d"))
    return sentence_start if cut < 0 else cut + 1


def _antecedent(people: list[Speaker], at: int, pronoun: str) -> Speaker | None:
    """Return who a pronoun at ``at`` refers to: the last person (for "they", anyone) named before it."""
    before = [p for p in people if p.end <= at]
    if pronoun in ("they", "oni"):
        return before[-1] if before else None
    persons = [p for p in before if p.kind in ("person", "unnamed", "described")]
    return persons[-1] if persons else None
