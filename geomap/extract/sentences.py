"""A report cut into sentences and quotations, each with its place in the text.

Every offset is a character offset into the report as read (0-based); lines count from 1, so a
reviewer can find any piece of evidence with an editor's "go to line".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

#: Words ending in a full stop that do not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "col",
        "gen",
        "lt",
        "maj",
        "sgt",
        "capt",
        "cpl",
        "pvt",
        "adm",
        "cmdr",
        "rev",
        "prof",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "no",
        "nos",
        "vs",
        "etc",
        "approx",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "a.m",
        "p.m",
        "gm",
        "pow",
        "woj",
        "ul",
        "al",
        "pl",
        "im",
        "ok",
        "tzw",
        "np",
        "m.in",
        "ds",
        "płk",
        "gen.",
        "kpt",
        "mjr",
        "hr",
        "obl",
        "r-n",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
_END = re.compile(r"[.!?…]+[\"”’»)\]]*")
_OPENING = "“\"„«‘'"
_PAIRS = {"“": "”", "„": "”", "«": "»", '"': '"'}


@dataclass(frozen=True)
class Sentence:
    """One sentence: its number, where it starts and ends, its text and the line it starts on."""

    index: int
    start: int
    end: int
    text: str
    line: int

    @property
    def flat(self) -> str:
        """The text on one line (same length, same offsets), for patterns that span a wrapped line."""
        return _flat(self.text)


@dataclass(frozen=True)
class Quotation:
    """Text between quotation marks (the marks left out).

    A quote left open ends with its paragraph (``open``), and by the press's convention goes on in
    the next paragraph's opening quotation.
    """

    start: int
    end: int
    text: str
    open: bool = False


class Report:
    """A report's text, cut into sentences and quotations."""

    def __init__(self, text: str):
        self.text = text
        self.flat = _flat(text)  # what patterns read: line breaks as spaces, every offset kept
        self._newlines = [m.start() for m in re.finditer("\n", text)]
        self.quotations = list(_quotations(text))
        inside = [(q.start, q.end) for q in self.quotations]
        self.sentences = list(_sentences(text, self.line, inside))

    def line(self, offset: int) -> int:
        """Return the 1-based line of a character offset."""
        return bisect.bisect_right(self._newlines, offset - 1) + 1

    def sentence_at(self, offset: int) -> Sentence:
        """Return the sentence holding a character offset."""
        starts = [s.start for s in self.sentences]
        return self.sentences[max(0, bisect.bisect_right(starts, offset) - 1)]

    def quotation_at(self, start: int, end: int) -> Quotation | None:
        """Return the quotation holding the span, if any."""
        return next((q for q in self.quotations if q.start <= start and end <= q.end), None)


def _flat(text: str) -> str:
    return text.translate(_BREAKS)


_BREAKS = str.maketrans("\n\r\t\v\f", "     ")


def _sentences(text: str, line_of: object, quoted: list[tuple[int, int]]) -> list[Sentence]:
    """Sentences, never cut inside a quotation (a quoted "Here we go!" stays in its sentence)."""
    out: list[Sentence] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):  # paragraphs: blank lines apart
        start = para.start()
        cuts = [c for c in _cuts(para.group()) if not any(a < para.start() + c < b for a, b in quoted)]
        if not cuts or cuts[-1] != len(para.group()):
            cuts.append(len(para.group()))
        for cut in cuts:
            piece = text[start : para.start() + cut]
            lead = len(piece) - len(piece.lstrip())
            body = piece.strip()
            if body:
                begin = start + lead
                out.append(Sentence(len(out), begin, begin + len(body), body, line_of(begin)))  # type: ignore[operator]
            start = para.start() + cut
    return out


def _cuts(para: str) -> list[int]:
    """Offsets (within the paragraph) where sentences end."""
    cuts = []
    for m in _END.finditer(para):
        after = para[m.end() : m.end() + 2]
        if m.end() < len(para) and not (
            after[:1].isspace() and (after[1:2].isupper() or after[1:2] in _OPENING or after[1:2].isdigit())
        ):
            continue
        word = re.search(r"([\w.\-]+)$", para[: m.start()])
        if (
            m.group().startswith(".")
            and word
            and (word.group(1).lower() in ABBREVIATIONS or len(word.group(1)) == 1)
        ):
            continue  # "Col.", "U.S.", an initial such as "L."
        cuts.append(m.end())
    if not cuts or cuts[-1] != len(para):
        cuts.append(len(para))
    return cuts


def _quotations(text: str) -> list[Quotation]:
    """Return the quotations between “ ”, „ ”, « » or straight double quotes.

    One left open closes at its paragraph's end (lines wrapped inside a paragraph do not close it).
    """
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in _PAIRS:
            close = _PAIRS[ch]
            end = text.find(close, i + 1)
            blank = re.compile(r"\n\s*\n").search(text, i + 1)
            para_end = blank.start() if blank else len(text)
            left_open = end < 0 or end > para_end
            if left_open:
                end = para_end
            body = text[i + 1 : end]
            lead = len(body) - len(body.lstrip())
            body = body.strip()
            if body:
                out.append(
                    Quotation(
                        i + 1 + lead, i + 1 + lead + len(body), re.sub(r"\s*\n\s*", " ", body), left_open
                    )
                )
            i = end + 1
            continue
        i += 1
    return out
