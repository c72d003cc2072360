"""``geomap extract`` on long and adversarial text: the shortcuts that keep it linear change no reading.

Speed itself is measured by ``scripts/bench/bench_extract.py --growth``; these tests check that
the faster paths find exactly what the plain ones would, and that nothing a draft holds is lost or
doubled when a report repeats itself.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from datetime import date
from pathlib import Path

import pytest

from geomap.extract import draft, lexicon
from geomap.extract.claims import PATTERNS, phrases
from geomap.extract.sentences import Report
from geomap.extract.toponyms import Mention

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "scripts" / "bench"))
from bench_extract import SHAPES, shaped  # noqa: E402
from cases import PATTERNS as CASES  # noqa: E402
from real import REPORTS as REAL  # noqa: E402

DAY = date(2025, 9, 10)


def _texts() -> list[str]:
    texts = [r["text"] for r in REAL.values()] + [c.text for c in CASES]
    texts += [p.read_text("utf-8") for p in sorted((HERE / "reports").glob("*.txt"))]
    texts.append((ROOT / "seeds" / "pl-drones-2025-09-10.article.txt").read_text("utf-8"))
    texts += [shaped(unit, 6000) for unit in SHAPES.values()]
    return texts


def test_direction_phrases_are_found_where_every_pattern_would_find_them() -> None:
    """One pass over the opening words gives each pattern exactly the matches its own scan gives."""
    extra = [
        # Letters the regex engine folds and str.lower() does not; a bare "в" before a locative.
        "ſent from Belarus; KAME FROM Belarus. Дрони влетіли в Польщу, у повітряний простір Польщі.",
        "до повітряного простору Литви; в Польщі; не з території України, а з Білорусі",
    ]
    found = 0
    for text in [*_texts(), *extra]:
        for sentence in Report(text).sentences:
            for pattern, matches in zip(PATTERNS, phrases(sentence.flat), strict=True):
                want = [(m.span(), m.groupdict()) for m in pattern.regex.finditer(sentence.flat)]
                assert [(m.span(), m.groupdict()) for m in matches] == want, (pattern.starts, sentence.text)
                found += len(want)
    assert found > 500  # the texts hold direction phrases of every kind


@pytest.mark.parametrize(
    "text",
    [
        "President Tusk",
        "PRIME MINISTER",
        "xpresident",
        "Secretary-General",
        "ſecretary",
        "Gen. X",
        "u.s. army col.",
    ],
)
def test_one_of_matches_what_a_plain_alternation_matches(text: str) -> None:
    words = sorted(lexicon.TITLES, key=len, reverse=True)
    plain = re.compile("(?i:" + "|".join(re.escape(w) for w in words) + ")")
    grouped = re.compile(lexicon.one_of(words))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_moved_mention_keeps_every_field() -> None:
    mention = Mention("Wohyń", 3, 8, "place", "PL", "Wohyń", "gm. Wohyń", "after 'w'", True, "Wohyń")
    assert mention.moved(10) == dataclasses.replace(mention, start=13, end=18)


def test_a_speaker_quoted_a_thousand_times_keeps_every_quote_once() -> None:
    """The same speaker's quotes are gathered in one claim, each once, in order (no quadratic lookup)."""
    text = "".join(f"“Drone {i} came from Belarus into Polish airspace,” said Tusk.\n\n" for i in range(1000))
    d = draft(text, name="r.txt", day=DAY)
    assert d.read is not None
    (claim,) = d.read.claims
    assert len(claim.quotes) == 1000 and claim.quotes == sorted(set(claim.quotes))
    (written,) = d.claims
    assert len(written["quotes"]) == 1000
    assert written["quotes"][-1]["text"] == "Drone 999 came from Belarus into Polish airspace"


@pytest.mark.parametrize("shape", [s for s in SHAPES if s != "speech verbs"])  # speech alone drafts nothing
def test_a_report_twice_as_long_drafts_twice_as_much(shape: str) -> None:
    """Draft size is linear: doubling an adversarial text doubles what is read from it, no more."""
    once, twice = (draft(SHAPES[shape] * n, name="r.txt", day=DAY) for n in (40, 80))
    assert (
        once.found is not None
        and twice.found is not None
        and once.read is not None
        and twice.read is not None
    )
    sizes = [
        (len(d.found.mentions), len(d.counts), len(d.read.denials), sum(len(c.quotes) for c in d.read.claims))
        for d in (once, twice)
    ]
    assert sum(sizes[0]) > 0
    for a, b in zip(*sizes, strict=True):
        assert 2 * a - 2 <= b <= 2 * a + 2, sizes


@pytest.mark.parametrize(
    "text",
    [
        "in the village of Czosnówka-Kolonia,",
        "w  gminie\tSitno\n(pow. zamojski) —",
        "O’Donnell's ¨ ½ （Wola） İstanbul ſt Łódź",
        "під Ковелем, біля Луцька; Йосипівка",
        "",
        "   ",
    ],
)
def test_the_words_before_a_name_fold_word_by_word_as_a_whole(text: str) -> None:
    """Folding each word once gives what folding the 40 characters before a name gives."""
    from geomap.extract.toponyms import _before
    from geomap.places.text import fold

    for start in range(len(text) + 1):
        assert _before(text, start) == fold(text[max(0, start - 40) : start]).split()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Breaking News Today Police Say Drones Fell In Nowe Miasto nad Pilicą And Near Wohyń",
            {("place", "Nowe Miasto nad Pilicą"), ("place", "Wohyń")},
        ),
        (
            "Ministry Of Foreign Affairs Of Belarus Says Drones Did Not Cross Into Polish Airspace",
            {("organisation", "Ministry Of Foreign Affairs Of Belarus"), ("country", "Polish")},
        ),
        (
            "Reports Said The Minobrony Białorusi And Dowództwa Operacyjnego Chiefs Met In Wyryki Wola Last Night",
            {("organisation", "Dowództwa Operacyjnego"), ("place", "Wyryki Wola")},
        ),
    ],
)
def test_names_of_several_words_are_found_in_a_long_run_of_capitals(
    text: str, found: set[tuple[str, str]]
) -> None:
    """In a run of 8 capitalised words or more only pieces made of name-like pairs are read: names still are."""
    d = draft(text, name="r.txt", day=DAY)
    assert d.found is not None
    assert found <= {(m.kind, m.text) for m in d.found.mentions}


@pytest.mark.parametrize(
    "text",
    [
        "Drones fell.   Wohyń",
        "x" + " " * 1000 + "Wohyń",
        "." + " " * 5000 + "Wohyń",
        " " * 300 + "Wohyń",
        "Wohyń",
    ],
)
def test_a_word_after_a_long_run_of_spaces_knows_whether_it_opens_a_sentence(text: str) -> None:
    """The last character that is not a space decides, however far back (without copying the text before)."""
    from geomap.extract.toponyms import _sentence_start

    start = text.index("Wohyń")
    before = text[:start].rstrip()
    assert _sentence_start(text, start) == (not before or before[-1] in '.!?…\n“"„')


def test_quotations_after_a_long_gap_of_spaces_keep_their_speaker() -> None:
    """A quotation left open, then paragraphs of spaces: the next quotation continues it (read once)."""
    text = "“The drones came from Belarus,” said Tusk.\n\n“They crossed into Polish airspace\n\n"
    text += ("  \n\n" * 2000) + "“and again from Belarus.”\n"
    d = draft(text, name="r.txt", day=DAY)
    assert d.read is not None
    assert {c.label for c in d.read.claims} == {"Tusk"}


def test_a_headline_is_a_short_title_case_line_and_the_look_for_one_is_bounded() -> None:
    from geomap.extract.speakers import HEADLINE_CHARS, _title_case_line

    text = "Minister Dovile Sakaliene Says Drones Came From Belarus\nThe minister said so on Monday."
    assert _title_case_line(text, text.index("Dovile"))
    assert not _title_case_line(text, text.index("Monday"))
    # A report with no line breaks (or one long line) has no headline, however many capitals it holds.
    long_line = "Dovile Sakaliene Says Drones Came " * (4 * HEADLINE_CHARS)
    assert not _title_case_line(long_line, len(long_line) // 2)
