"""Numbers a report gives as facts: "at least 19 drones", "eight crash sites", "two men were killed".

A number (in digits or words, English or Polish, "two dozen" included) followed by what it counts
becomes a count, with how exact it is (at least, about, at most) and who gives it.  Times and
measures ("seven days after", "30 km"), years, ordinals and names with numbers ("Article 4",
"F-35s") are not counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geomap.extract import lexicon, regexes
from geomap.extract.sentences import Report
from geomap.extract.speakers import People, Speaker, speaker_at

_NUMBER = "|".join(sorted((re.escape(w) for w in lexicon.NUMBER_WORDS), key=len, reverse=True))
_QUALIFIER = "|".join(sorted((re.escape(w) for w in lexicon.QUALIFIERS), key=len, reverse=True))
_COUNT = regexes.compile(
    # not after a colon, a dash or a digit's point: "00:50", "22.00" are times, "9–10" days; thousands
    # grouped by commas or spaces ("30 000 сигарет")
    rf"(?<![\w\-–—:])(?<!\d[.,])(?:(?P<q>{_QUALIFIER})\s+)?"
    rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:[ \u00a0]\d{{3}})+(?![\d,.])|\d+|{_NUMBER})"
    rf"\s+(?P<what>[^\W\d_][\w’'\-]*(?:\s+[^\W\d_][\w’'\-]*){{0,3}})",
    re.I,
)
#: Words that end what is counted ("eight crash sites were confirmed" counts "crash sites").
_STOP = frozenset(
    (
        "were",
        "was",
        "are",
        "is",
        "have",
        "has",
        "had",
        "that",
        "which",
        "who",
        "whose",
        "and",
        "or",
        "but",
        "in",
        "on",
        "at",
        "to",
        "from",
        "by",
        "for",
        "with",
        "into",
        "during",
        "as",
        "than",
        "if",
        "when",
        "while",
        "where",
        "after",
        "before",
        "since",
        "been",
        "be",
        "being",
        "will",
        "would",
        "could",
        "may",
        "might",
        "said",
        "says",
        "also",
        "still",
        "just",
        "then",
        "there",
        "their",
        "its",
        "flew",
        "fell",
        "came",
        "went",
        "hit",
        "struck",
        "took",
        "made",
        "got",
        "saw",
        "flown",
        "overnight",
        "today",
        "yesterday",
        "tonight",
        "daily",
        "earlier",
        "later",
        "ago",
    )
)
#: Polish, Ukrainian and Russian words that end what is counted: prepositions, conjunctions, and
#: verbs in the past ("dwa rosyjskie myśliwce weszły w …", "три дрона залетели в …").
_STOP |= frozenset(
    (
        "w", "we", "z", "ze", "na", "do", "nad", "pod", "przez", "i", "oraz", "a", "lub", "nie", "się", "został",
        "zostały", "zostało", "została", "są", "było", "były", "był", "в", "у", "на", "з", "із", "над", "до",
        "через", "і", "та", "й", "и", "с", "со", "из", "по", "не", "було", "були", "был", "были", "была", "было",
    )
)  # fmt: skip
#: (verbs of moving, falling, violating and being, by their stems: "działa", "ciała", "корабли" are
#: nouns with the same endings)
_VERB_ENDING = regexes.compile(
    r"^(?:wesz|wlecia|wlecie|nadlecia|przylecia|przelecia|narusz|przekrocz|spad|wtarg|zosta|był|by|znalez|pojawi|"
    r"залет|залеті|влет|влеті|пролет|пролеті|упа|впа|наруш|поруш|перетн|пересек|вторг|бы|бу|знай|найд)"
    r"[^\W\d_]*(?:ły|ła|ło|li|ił|ył|ał|ęł|ął|ли|лись|лися|ла|ло|в)$"
)
_HARM = regexes.compile(
    r"^\s*(?:were|was|had been|have been)\s+(killed|injured|wounded|hurt|arrested|detained|"
    r"shot down|intercepted|downed|destroyed)\b|^\s*(died)\b"
)
_MONTHS = frozenset((*lexicon.MONTHS, *lexicon.MONTHS_PL))


@dataclass(frozen=True)
class Count:
    """A number the report gives: what it counts, its value and qualifier, who gives it, and where."""

    what: str
    value: int
    qualifier: str
    speaker: Speaker | None
    start: int
    end: int
    quote: tuple[int, int]


#: How far around a number the words that qualify it are looked for (a bound per count).
WINDOW = 200


def find_counts(report: Report, people: People, /) -> list[Count]:
    """Return the counts in the report, in its order."""
    out = []
    for sentence in report.sentences:
        for m in _COUNT.finditer(sentence.flat):
            value = _value(m.group("n"))
            what = _what(m.group("what"), sentence.flat[m.end("what") : m.end("what") + WINDOW])
            if value is None or not what or _not_a_count(sentence.flat, m, what, value):
                continue
            qualifier, value = _qualified(m.group("q"), value)
            start = sentence.start + m.start()
            end = sentence.start + m.start("what") + _span_of(m.group("what"), what)
            speaker = speaker_at(report, sentence, start, end, people)
            out.append(
                Count(what, value, qualifier, speaker, start, end, report.excerpt(sentence, start, end))
            )
    return out


def _value(token: str) -> int | None:
    key = token.lower()
    if key in lexicon.NUMBER_WORDS:
        return lexicon.NUMBER_WORDS[key]
    digits = re.sub(r"[,\s]", "", key)
    return int(digits) if digits.isdigit() else None


def _qualified(qualifier: str | None, value: int) -> tuple[str, int]:
    kind = lexicon.QUALIFIERS.get((qualifier or "").lower(), "exact")
    if kind == "more_than":
        return "at_least", value + 1  # "more than 19" is at least 20
    if kind == "fewer_than":
        return "at_most", max(0, value - 1)
    if kind == "exact" and value in (12, 24, 36) and "dozen" in (qualifier or ""):
        return "about", value
    return kind, value


def _what(words: str, rest: str) -> str:
    """Return what a number counts: the words after it up to a verb or a joining word (and "killed")."""
    kept: list[str] = []
    for word in words.split():
        low = word.lower().rstrip(",.;:")
        if low in _STOP or (kept and (low.endswith("ed") or _VERB_ENDING.search(low))):
            break
        kept.append(word.strip(",.;:"))
        if word[-1] in ",.;:":
            break
    what = " ".join(kept)
    # "two men were killed"; "more than 10 were shot down" (the noun left out) counts "shot down".
    harm = _HARM.match(words[len(what) :] + rest) if what else _HARM.match(words + rest)
    if harm:
        what = f"{what} {harm.group(1) or harm.group(2)}".strip()
    return what


def _span_of(words: str, what: str) -> int:
    """How many characters of ``words`` the counted words take (up to the last of them)."""
    at = 0
    for word in what.split():
        found = words.find(word, at)
        if found < 0:
            break
        at = found + len(word)
    return at


def _not_a_count(sentence: str, m: re.Match[str], what: str, value: int) -> bool:
    first = what.split()[0].lower()
    before = sentence[max(0, m.start("n") - 80) : m.start("n")].rstrip()  # a window: linear in the sentence
    if re.match(r"\s*[ap]\.\s?m\b", sentence[m.end("n") : m.end("n") + 20], re.I):
        return True  # "1 a.m.": a time
    if first in lexicon.NOT_COUNTED or first in _MONTHS or (1800 <= value <= 2100 and m.group("n").isdigit()):
        return True
    if m.group("n").isdigit() and re.search(r"[A-Z][\w\-]*\s*$", before) and not m.group("q"):
        return True  # "Article 4", "Su 27": a name with a number, not a count
    if m.group("n").lower() == "ten" and _POLISH_LETTERS.search(
        sentence[max(0, m.start() - 80) : m.end() + 80]
    ):
        return True  # "na ten temat", "ten balon": Polish "this", not ten
    # "one thing", "one of them": "one" counts nothing a map needs.
    return m.group("n").lower() in ("one", "jeden", "jedna")


_POLISH_LETTERS = regexes.compile("[ąćęłńśźżĄĆĘŁŃŚŹŻ]")
