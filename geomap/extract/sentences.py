"""A report cut into sentences and quotations, each with its place in the text.

Every offset is a character offset into the report as read (0-based); lines count from 1, so a
reviewer can find any piece of evidence with an editor's "go to line".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar, cast

from geomap.extract import regexes

#: Words ending in a full stop that do not end a sentence.
ABBREVIATIONS = frozenset(
    (
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
        "godz",
        "tzw",
        "np",
        "m.in",
        "ds",
        "płk",
        "gen.",
        "kpt",
        "mjr",
        # Polish ranks before a name ("nadkom. Andrzej Fijołek", "ppor. Konrad Szwed", "mł. asp.")
        "ppor",
        "por",
        "ppłk",
        "bryg",
        "sierż",
        "asp",
        "podinsp",
        "insp",
        "nadinsp",
        "nadkom",
        "podkom",
        "kom",
        "kmdr",
        "mł",
        # and a prosecutor's, a lawyer's, a private's ("prok. Grzegorz Trusiewicz", "mec. Jan Nowak")
        "prok",
        "mec",
        "szer",
        "inż",
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
    )
)
_END = regexes.compile(r"[.!?…]+[\"”’»)\]]*")
_OPENING = "“\"„«‘'"
#: Each opening quotation mark and the marks that may close it, the usual first: reports mix them
#: ("«…”", "„…“"), and nest the other ("«Дрони типу “Шахед” прилетіли…»").
_PAIRS = {"“": "”", "„": "”“", "«": "»”", '"': '"'}
_OPENS = regexes.compile('[“„«"]')
#: Direct speech after a dash: the dash opening a paragraph, and the dash before the words that say who
#: spoke ("– relacjonował sołtys", "— сказал он"), a lower-case word after it.
_DIALOGUE_OPENS = regexes.compile(r"[ \t]*[–—-][ \t]+")
_DIALOGUE_CLOSES = regexes.compile(r"[ \t][–—-][ \t]+(?=[a-ząćęłńóśźżа-яёіїєґ])")
#: A paragraph of lines that each open with a dash is a list, not speech.
#: A list's next item on the next line: "… flight plans.\n- Russia's Defence Ministry denied …".
_LIST_NEXT = regexes.compile(r"[ \t]*\n[ \t]*[–—\-•*·][ \t]")
_DASH_LIST = regexes.compile(r"\n[ \t]*[–—-][ \t]")
_PARAGRAPH = regexes.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")  # paragraphs: blank lines apart
_LAST_WORD = regexes.compile(r"([\w.\-]+)$")
T = TypeVar("T")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its number, where it starts and ends, its text and the line it starts on."""

    index: int
    start: int
    end: int
    text: str
    line: int

    @cached_property
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
    """A report's text, cut into paragraphs, sentences and quotations.

    Every lookup by offset is a binary search: a report of two megabytes reads in linear time.
    """

    def __init__(self, text: str):
        self.text = text
        self.flat = _flat(text)  # what patterns read: line breaks as spaces, every offset kept
        self._newlines = [m.start() for m in re.finditer("\n", text)]
        self.paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
        self._paragraph_starts = [start for start, _ in self.paragraphs]
        self.quotations = _quotations(text, self.paragraphs)
        self._quotation_starts = [q.start for q in self.quotations]
        self.sentences = _sentences(text, self.paragraphs, self.quotations, self.line)
        self._sentence_starts = [s.start for s in self.sentences]
        self._memo: dict[str, object] = {}

    def memo(self, key: str, build: Callable[[Report], T], /) -> T:
        """Return ``build(self)``, built once: an index of the whole report a module reads many times.

        Finding every speech verb once and looking up the ones near a statement keeps the work per
        statement bounded; searching the words around each statement again would not.
        """
        if key not in self._memo:
            self._memo[key] = build(self)
        return cast(T, self._memo[key])

    def excerpt(self, sentence: Sentence, start: int, end: int, /, width: int = 300) -> tuple[int, int]:
        """Return the sentence, or for a long one the words around ``start:end`` (a bound per item).

        Evidence and quotes stay verbatim and short whatever the sentence's length: a draft grows
        with the report, never faster.
        """
        if sentence.end - sentence.start <= 2 * width:
            return sentence.start, sentence.end
        low, high = max(sentence.start, start - width), min(sentence.end, end + width)
        if low > sentence.start:
            cut = self.text.find(" ", low, start)
            low = cut + 1 if cut >= 0 else low
        if high < sentence.end:
            cut = self.text.rfind(" ", end, high)
            high = cut if cut >= 0 else high
        return low, high

    def line(self, offset: int) -> int:
        """Return the 1-based line of a character offset."""
        return bisect.bisect_right(self._newlines, offset - 1) + 1

    def sentence_at(self, offset: int) -> Sentence:
        """Return the sentence holding a character offset."""
        return self.sentences[max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)]

    def paragraph_start(self, offset: int) -> int:
        """Return where the paragraph holding (or last before) a character offset starts."""
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        return self._paragraph_starts[i] if i >= 0 else 0

    def quotation_at(self, start: int, end: int) -> Quotation | None:
        """Return the quotation holding the span, if any (quotations never overlap)."""
        i = bisect.bisect_right(self._quotation_starts, start) - 1
        return self.quotations[i] if i >= 0 and end <= self.quotations[i].end else None

    def quotations_in(self, start: int, end: int) -> list[Quotation]:
        """Return the quotations that open in ``start:end``, in order."""
        i, j = (bisect.bisect_left(self._quotation_starts, x) for x in (start, end))
        return self.quotations[i:j]

    def last_quotation_before(self, offset: int) -> Quotation | None:
        """Return the last quotation that ends at or before ``offset``."""
        i = bisect.bisect_right(self._quotation_starts, offset) - 1
        while i >= 0 and self.quotations[i].end > offset:
            i -= 1
        return self.quotations[i] if i >= 0 else None


def _flat(text: str) -> str:
    return text.translate(_BREAKS)


_BREAKS = str.maketrans("\n\r\t\v\f", "     ")


def _sentences(
    text: str, paragraphs: list[tuple[int, int]], quotations: list[Quotation], line_of: Callable[[int], int]
) -> list[Sentence]:
    """Sentences, never cut inside a quotation (a quoted "Here we go!" stays in its sentence)."""
    starts = [q.start for q in quotations]

    def quoted(at: int) -> bool:
        i = bisect.bisect_left(starts, at) - 1
        return i >= 0 and at < quotations[i].end

    out: list[Sentence] = []
    for para_start, para_end in paragraphs:
        para = text[para_start:para_end]
        start = para_start
        cuts = [c for c in _cuts(para) if not quoted(para_start + c)]
        if not cuts or cuts[-1] != len(para):
            cuts.append(len(para))
        for cut in cuts:
            piece = text[start : para_start + cut]
            lead = len(piece) - len(piece.lstrip())
            body = piece.strip()
            if body:
                begin = start + lead
                out.append(Sentence(len(out), begin, begin + len(body), body, line_of(begin)))
            start = para_start + cut
    return out


def _cuts(para: str) -> list[int]:
    """Offsets (within the paragraph) where sentences end."""
    cuts = []
    for m in _END.finditer(para):
        after = para[m.end() : m.end() + 2]
        if (
            m.end() < len(para)
            and not (
                after[:1].isspace()
                and (after[1:2].isupper() or after[1:2] in _OPENING or after[1:2].isdigit())
            )
            and not _LIST_NEXT.match(para, m.end())
        ):
            continue
        word = _LAST_WORD.search(para, max(0, m.start() - 40), m.start())  # bounded: no rescans
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


def _close(text: str, opener: str, start: int, end: int) -> int:
    """Return where the quotation opened by ``opener`` closes before ``end`` (-1: left open).

    The first of its closing marks ("»" or "”" for "«": reports mix them), but not one that closes
    a quotation nested in it ("«Дрони типу “Шахед” прилетіли…»": the inner “ opens, its ” closes).
    """
    closers, inner = _PAIRS[opener], _NESTS.get(opener)
    at = start
    while (m := _MARKS.search(text, at, end)) is not None:
        if m.group() in closers:
            return m.start()
        if m.group() != inner:
            at = m.end()
            continue
        shut = text.find(_PAIRS[m.group()][0], m.end(), end)  # the nested quotation's own close
        if shut < 0:
            return -1
        at = shut + 1
    return -1


#: Every quotation mark, and the one a quotation may nest inside another of each kind.
_MARKS = regexes.compile('[«»“”„"]')
_NESTS = {"«": "“", "„": "«"}


def _dialogue_lines(text: str, paragraphs: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    r"""Yield the paragraphs, a line that opens with a dash after a sentence's end starting one of its own.

    News pages often break paragraphs with one newline: "… уточнили в ведомстве.\n— Во время полета
    … — сказано в Telegram-канале Минобороны." (several such lines in a row are a list: left whole).
    """
    for start, end in paragraphs:
        lines = list(_SPEECH_LINE.finditer(text, start, end))
        cuts = [(m.start(), m.end()) for m in lines] if len(lines) == 1 else []
        # Within a line too: "Szef rządu zwrócił uwagę na … – Po raz pierwszy … – oświadczył Tusk."
        cuts += [(m.start(), m.end()) for m in _SPEECH_IN_LINE.finditer(text, start, end)]
        for cut_start, cut_end in sorted(cuts):
            yield start, cut_start
            start = cut_end
        yield start, end


#: A line opening with a dialogue dash right after a sentence's end, within a paragraph.
_SPEECH_LINE = regexes.compile(r"(?<=[.!?…»”\"])[ \t]*\n(?=[ \t]*[–—][ \t])")
#: A dialogue dash opening speech after a sentence's end within a line, closed later in it by a dash
#: before a lower-case word, as a verb of saying stands ("… zagrożenia. – Po raz pierwszy … – oświadczył Tusk.").
#: (looked for within 300 characters: a bound per dash, whatever the line's length)
_SPEECH_IN_LINE = regexes.compile(
    # (a hyphen between spaces is such a dash too, as web pages type it: ". - Białorusini … - powiedział")
    r"(?<=[.!?…])[ \t]+(?=[–—-][ \t]+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][^\n]{0,300}?[ \t][–—-][ \t]+[a-ząćęłńóśźżа-яёіїєґ])"
)


def _quotations(text: str, paragraphs: list[tuple[int, int]]) -> list[Quotation]:
    """Return the quotations between “ ”, „ ”, « » or straight double quotes, and dialogue dashes.

    One left open closes at its paragraph's end (lines wrapped inside a paragraph do not close it).
    A paragraph that opens with a dash and has a dash before a lower-case word ("– Zobaczyłem …
    – relacjonował sołtys") is a quotation up to that dash, as Polish, Ukrainian and Russian write
    direct speech.
    """
    out = []
    for para_start, para_end in _dialogue_lines(text, paragraphs):
        i = para_start
        opened = _DIALOGUE_OPENS.match(text, para_start, para_end)
        if opened and _DASH_LIST.search(text, para_start, para_end):
            opened = None
        closed = _DIALOGUE_CLOSES.search(text, opened.end(), para_end) if opened else None
        if opened and closed:
            body = text[opened.end() : closed.start()].rstrip().rstrip(",")
            out.append(
                Quotation(opened.end(), opened.end() + len(body), re.sub(r"\s*\n\s*", " ", body), False)
            )
            i = closed.start()
        while opening := _OPENS.search(text, i, para_end):
            i = opening.start()
            end = _close(text, opening.group(), i + 1, para_end)
            left_open = end < 0
            if left_open:
                end = para_end
            body = text[i + 1 : end]
            lead = len(body) - len(body.lstrip())
            body = body.strip()
            if body:
                start = i + 1 + lead
                out.append(Quotation(start, start + len(body), re.sub(r"\s*\n\s*", " ", body), left_open))
            i = end + 1
    return out
