"""Places in a report: countries, regions and settlements, found with the packaged gazetteer.

A capitalised run of words is a candidate.  Countries are read from their names and adjectives in
English, Polish, Ukrainian, Belarusian and Russian; organisations ("the White House") and capitals
standing for their government ("summoned by Warsaw", "Moscow's chief diplomat") are set apart as
mentions, never points.  Any other candidate must be in the gazetteer, and is taken only with
context: a place-giving word before it ("in", "near", "village of", "w", "pod"), an admin hint
after it ("Cześniki, Zamość County"), or a size that makes it a town everyone means.  A Polish
inflected form ("w Cześnikach", "pod Zamościem") is read back to the names the gazetteer holds.
What is taken is geocoded with the geocoder's own rules: ambiguous stays ambiguous.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from itertools import pairwise
from os.path import commonprefix

from geomap.errors import GeomapError
from geomap.extract import inflection, lexicon, regexes
from geomap.extract.sentences import Report
from geomap.places.gazetteer import COVERAGE_BRIEF, Feature, Gazetteer, load
from geomap.places.geocoder import Geocoder, default_geocoder
from geomap.places.regions import region_of
from geomap.places.search import REGIONAL_COUNTRIES
from geomap.places.text import fold, polish_spellings

# A capitalised word: letters (any script), inner hyphens and apostrophes ("Wyryki-Wola", "O’Donnell").
_WORD = regexes.compile(r"[^\W\d_][\w’'\-]*", re.UNICODE)
#: Words before a capital that make it where someone spoke ("told reporters in Warsaw").
_SETTING = regexes.compile(rf"(?:{'|'.join(lexicon.SPOKEN_IN)}) (?:in|from)$")
#: ... and before any town, in the four languages ("told reporters in Lublin", "powiedział
#: dziennikarzom w Lublinie", "заявив журналістам у Любліні", "на брифинге в Кишиневе"), folded.
_SPOKE_IN = regexes.compile(
    r"(?:reporters|journalists|conference|briefing|summit|interview|speaking|spoke|dziennikarzom|konferencji|"
    r"prasowej|briefingu|wywiadzie|przemawiajac|spotkaniu|журналістам|журналистам|брифінгу|брифинге|"
    r"пресконференції|пресс-конференции|конференції|конференции|виступаючи|выступая) (?:in|from|w|we|у|в|во)$"
)
_UNITS = "|".join(lexicon.HINT_WORDS)
#: A unit word right after a name ("Lublin province", "w województwie lubelskim", "у Люблінському
#: воєводстві", "в Брестской области"): the name is a region's, in any of the four languages.
_UNIT_AFTER = regexes.compile(
    # (and a second adjective before a plural one: "в Каушанском и Рышканском районах")
    rf"(?:\s+(?:и|і|та|й|i|oraz)\s+[^\W\d_]+)?"
    rf"\s+(?i:(?:{_UNITS})s?\b|counties\b|(?:województw|powiec|powiat|gmin|воєводств|воеводств|област|район|повіт(?!р)|повят|"
    # Estonia's counties and parishes, Lithuania's municipalities, in Russian and Ukrainian: "в Пярнуском уезде"
    r"громад|уезд|волост|самоуправлени|самоврядуванн)\w*)"
)  # ("повіт", a county, not "Повітряні сили", the Air Force)
#: A list of names that a plural unit word closes: "the Kharkiv and Donetsk regions", "Odesa and
#: Mykolaiv regions", "the Ivano-Frankovsk, Khmelnitsky and Zhitomir Region": each is a region's.
_UNITS_AFTER_LIST = regexes.compile(
    r"(?:\s*,\s*[A-ZĄĆĘŁŃÓŚŹŻ][\w’'\-]+){0,4}\s*,?\s+(?:and|or|i|oraz|lub)\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w’'\-]+"
    r"\s+(?i:regions|oblasts|provinces|districts|counties|voivodeships|region|oblast|province)\b"
)
#: A unit word right before a name ("w gminie Ulhówek", "gmina Sitno", "gm. Kodeń"), folded: the
#: gmina, not its seat (the village the gmina is named after).
_UNIT_BEFORE = frozenset(("gmina", "gminie", "gminy", "gmine", "gmin", "gm", "ґміна", "ґміні", "ґміни", "гміна",
                          "гміні", "гмини", "гмина"))  # fmt: skip
#: "Wyryki-Wola in Lublin Voivodeship", "Shatsk in the Volyn region": a region named as such.
_IN_REGION = regexes.compile(
    # (a country's possessive before it is not the unit's name: "in Moldova's Florești district")
    rf"\s+in\s+(?:the\s+)?(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w\-]*[’']s\s+)?((?:[A-ZĄĆĘŁŃÓŚŹŻ][\w’'\-]*\s+){{1,3}}(?i:{_UNITS}))\b"
)
#: The most words read as one capitalised run (longer runs are read in pieces this long).
MAX_RUN_WORDS = 8
#: Towns this large are places without a cue before them.
TOWN_POPULATION = 50_000
#: How many names' readings (a region's? a town's?) are kept: more than the gazetteer has names, so a
#: report naming every one of them (run-on capitals) reads each from the gazetteer once.
NAMES_CACHED = 1 << 17
_CYRILLIC = regexes.compile(r"[\u0400-\u04ff]")
#: A name of several words, the last a river's after "on" or "under": "Новому Місті над Піліцою".
_ON_A_RIVER = regexes.compile(r"\s(?:над|під|под)\s+[А-ЯІЇЄҐ]")
#: Words a place's name keeps in lower case: "Нове Місто над Піліцою".
_LOWER_IN_NAMES = frozenset(("над", "під", "под", "на"))
#: Words after which a name is in an inflected case (Polish, then Ukrainian and Russian).
_INFLECTING = frozenset(fold(w) for w in lexicon.INFLECTING_CUES)
#: Nouns of settlement in the locative ("у селі", "в деревне"), and the endings a name after them may take.
_LOCATIVE_NOUNS = frozenset(
    fold(w)
    for w in ("селі", "селе", "місті", "деревне", "городе", "посёлке", "селищі", "містечку", "городке")
)
_LOCATIVE_ENDINGS = tuple(fold(e) for e in ("і", "е", "у", "ю", "ах", "ях"))
#: A name's key, folded once: each reading of a piece of a run asks for it several times.
_folded = lru_cache(maxsize=65536)(fold)


@dataclass(frozen=True)
class Mention:
    """A span of the report naming something, and what it was read as."""

    text: str
    start: int
    end: int
    kind: str  # "country", "place", "region", "organisation", "government"
    country: str | None = None
    name: str | None = None  # the gazetteer's name (the nominative of an inflected form)
    hint: str | None = None
    why: str = ""
    adjective: bool = False
    query: str | None = (
        None  # what to geocode, when not the name ("Krzywowierzba" for "Krzywowierzba-Kolonia")
    )
    cue: str = ""  # the word before that made it a settlement ("wsi", "village of"), if one did

    def moved(self, shift: int) -> Mention:
        """Return the same reading ``shift`` characters further on (faster than ``dataclasses.replace``)."""
        return Mention(
            self.text,
            self.start + shift,
            self.end + shift,
            self.kind,
            self.country,
            self.name,
            self.hint,
            self.why,
            self.adjective,
            self.query,
            self.cue,
        )


@dataclass(frozen=True)
class Found:
    """Every mention in a report, in the order of the text (they never overlap)."""

    mentions: list[Mention]
    starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", [m.start for m in self.mentions])

    def at(self, offset: int) -> Mention | None:
        """Return the mention holding a character offset, if any."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.mentions[i] if i >= 0 and offset < self.mentions[i].end else None


@cache
def _country_forms() -> tuple[dict[str, str], dict[str, list[tuple[str, str]]]]:
    """Country names (folded), and adjective stems by first letter, the longest first."""
    names = {fold(n): cc for cc, (forms, _) in lexicon.COUNTRIES.items() for n in forms}
    stems: dict[str, list[tuple[str, str]]] = {}
    for stem, cc in sorted(
        ((fold(s), cc) for cc, (_, adjs) in lexicon.COUNTRIES.items() for s in adjs), key=lambda t: -len(t[0])
    ):
        stems.setdefault(stem[0], []).append((stem, cc))
    return names, stems


@lru_cache(maxsize=65536)
def country_of(word: str) -> tuple[str, bool] | None:
    """Return (ISO code, whether it is an adjective) for a country's name or adjective, else None."""
    key = _folded(word)
    names, stems = _country_forms()
    if key in names:
        return names[key], False
    for stem, cc in stems.get(key[:1], ()):
        if key.startswith(stem) and len(key) - len(stem) <= 4:
            return cc, True
    return None


def find_places(report: Report, /, *, gazetteer: Gazetteer | None = None) -> Found:
    """Return the countries, places, regions, organisations and governments the report names."""
    gaz = gazetteer or load()
    text = _bullets_kept(report)
    mentions: list[Mention] = []
    read_to = 0  # runs come in the order of the text; a mention with its hint may reach past one
    # A list after one preposition ("w Modlinie, Warszawie, Rzeszowie i Lublinie", "in A, B and C"):
    # each name after the first takes the words before the first.
    lead: tuple[int, list[str]] | None = None
    for start, end, words in _capitalised_runs(text):
        if start < read_to:
            continue
        aside = _ASIDE_OPEN.fullmatch(text, lead[0], start) if lead else None
        if lead and aside and (close := text.find(")", end, end + 80)) != -1:
            # A name in brackets after a list's item ("Чоснувка (біля міста Бяла Подляска), Чесники"):
            # read alone, and the list goes on after the bracket.
            for mention in _read(text, end, words, gaz, None):
                mentions.append(mention)
                read_to = max(read_to, mention.end)
            lead = (close + 1, lead[1])
            continue
        inherited = lead[1] if lead and _list_goes_on(text, lead, start) else None
        listed = _COLON_LIST.search(text, max(0, start - 120), start) if inherited is None else None
        if listed and not _SAID_IN.search(listed.group()):
            # "found in ten towns, mostly in the Lublin Voivodeship: Czosnówka, Cześniki, …": a list of
            # settlements after a colon, read as if after "in"
            noun = _folded(listed.group(listed.lastgroup or ""))
            inherited = noun.split() if noun in _PLACE_CUES else [_COLON_CUES[listed.lastgroup or ""]]
        lead = (
            (end, inherited) if inherited is not None else None
        )  # a name it cannot read keeps the list going
        for mention in _read(text, end, words, gaz, inherited):
            mentions.append(mention)
            read_to = max(read_to, mention.end)
            # (a settlement the gazetteer lacks goes on with the list too: "у селах Чешники, Чоснувка, …")
            if mention.kind in ("place", "missing"):
                head = inherited if inherited is not None and mention.start == start else None
                lead = (mention.end, head if head is not None else _before(text, mention.start))
    return Found(_hinted_before(sorted(mentions, key=lambda m: m.start), text, gaz))


def _hinted_before(mentions: list[Mention], text: str, gaz: Gazetteer) -> list[Mention]:
    """Read a settlement with the district named before it in its sentence, where that leaves one place.

    "В Дрокиевском районе Молдовы … за пределами села София": Sofia, Drochia District; "W powiecie
    zamojskim … we wsi Cześniki" (the hint follows the name elsewhere; here the district opens the
    sentence).  A district, raion, oblast or powiat in the same sentence before the name, and only
    when the hinted query leaves one place.
    """
    out = list(mentions)
    for i, m in enumerate(out):
        if m.kind not in ("missing", "place") or m.hint:
            continue
        # (the sentence's start, or 300 characters back: a bound per name, whatever the text)
        low = max(
            (s.end() for s in _STOP_BETWEEN.finditer(text, max(0, m.start - 300), m.start)),
            default=max(0, m.start - 300),
        )
        hint = None
        for j in range(i - 1, -1, -1):  # (back from the name, to the sentence's start: no copy of the list)
            region = out[j]
            if region.start < low:
                break
            if region.kind == "region":
                hint = _district_nominative(text, region)
                break
        if hint is None and (powiat := _POWIAT_BEFORE.search(text, max(low, m.start - 300), m.start)):
            hint = "powiat " + _POWIAT_NOMINATIVE.sub(r"\1i", powiat.group(1))
        name = m.name or m.text
        if hint and _geocoder(gaz).resolve(f"{m.query or name}, {hint}").status == "resolved":
            why = (
                f"{m.why}, with the hint {hint!r} before it"
                if m.kind == "place"
                else f"with the hint {hint!r} before it"
            )
            out[i] = Mention(
                m.text, m.start, m.end, "place", m.country, name, hint, why, m.adjective, m.query, m.cue
            )
    return out


#: A sentence's end between a district named and a settlement: the district is no hint for it.
_STOP_BETWEEN = regexes.compile(r"[.!?;](?:\s|$)")
#: A district's adjective and its noun, in the locative or genitive: "Дрокиевском районе", "Хмельницькому
#: районі", "Хмельницького району", "Волинській області".
_DISTRICT_AFTER = regexes.compile(r"\s+(?P<unit>районе|района|районі|району|області|области)(?![\w\-])")
#: A Polish powiat named before, lower case: "w powiecie zamojskim", "powiatu hrubieszowskiego".
_POWIAT_BEFORE = regexes.compile(
    r"(?<![\w\-])(?:w\s+powiecie|powiatu|na\s+terenie\s+powiatu)\s+([a-ząćęłńóśźż]+(?:skim|ckim|zkim|skiego|ckiego|zkiego))(?![\w\-])"
)
_POWIAT_NOMINATIVE = regexes.compile(r"(sk|ck|zk)(?:im|iego)$")


def _district_nominative(text: str, region: Mention) -> str | None:
    """Return a district named in an oblique case in the nominative ("Дрокиевском районе": Дрокиевский район)."""
    noun = _DISTRICT_AFTER.match(text, region.end)
    if noun is None:
        return None
    unit = "район" if noun.group("unit").startswith("район") else "область"
    adjective = inflection.unit_adjective(region.text, unit)
    return f"{adjective} {unit}" if adjective else None


#: From a list's last item to a name inside the bracket opened right after it.
_ASIDE_OPEN = regexes.compile(r"\s*\([^()\n]{0,60}")


#: A plural noun for settlements, then (in its sentence) a colon right before a name: the list's cue
#: in the report's language.
_COLON_LIST = regexes.compile(
    r"(?i:(?P<en>\b(?:towns|villages|localities|settlements|locations|places|sites)\b)|"
    r"(?P<pl>\b(?:miejscowościach|miejscowości|miejscowosciach|wsiach|lokalizacjach|miejscach)\b)|"
    r"(?P<uk>(?<![\w\-])(?:населених\s+пунктах|селах|місцях|локаціях)(?![\w\-]))|"
    r"(?P<ru>(?<![\w\-])(?:населенных\s+пунктах|населённых\s+пунктах|деревнях|сёлах|местах)(?![\w\-])))"
    r"[^.;:!?\n]{0,80}:\s*$"
)
#: The word "in" of each language, a cue where the list's noun is none ("towns": in).
_COLON_CUES = {"en": "in", "pl": "w", "uk": "у", "ru": "в"}
#: A verb of saying between the noun and the colon: what follows is speech, not a list
#: ("Mieszkańcy okolicznych miejscowości powiedzieli dziennikarzom: Tusk obiecał pomoc").
_SAID_IN = regexes.compile(
    rf"(?i:(?<![\w])(?:{lexicon.SPEECH_WORDS})(?![\w])|(?<![\w])[^\W\d_]+(?:li|ły|ли|лі)(?![\w]))"
)


def _list_goes_on(text: str, lead: tuple[int, list[str]], start: int) -> bool:
    """Whether the run at ``start`` is the next name of the list whose last name ended at ``lead[0]``."""
    if _LIST_GAP.fullmatch(text, lead[0], start):
        return True
    if lead[1] and fold(lead[1][-1]) in _ROUTE_CUES and _DASH_GAP.fullmatch(text, lead[0], start):
        return True  # "по маршруту Павловка (Украина) - Карманово - Маяк – Григориополь": a route
    # "między Cześnikami a Zamościem", "between A and B": the second of two places is in the list
    return (
        _AND.fullmatch(text, lead[0], start) is not None
        and _BETWEEN.search(text, max(0, lead[0] - 60), lead[0]) is not None
    )


_ROUTE_CUES = frozenset(fold(cue) for cue in lexicon.ROUTE_CUES)
#: A dash between two settlements of a route, a bracket after the first maybe ("Павловка (Украина) -").
_DASH_GAP = regexes.compile(r"(?:\s*\([^()\n]{0,80}\))?\s*[-–—]\s*")
#: "between" and the name of one or two words that ended just before.
_BETWEEN = regexes.compile(r"(?i:\b(?:między|miedzy|pomiędzy|pomiedzy|between|між|между))\s+\S+(?:\s+\S+)?$")
_AND = regexes.compile(r"\s+(?:a|and|i|та|і|и)\s+")


#: Words that say the name after them is a settlement's, whatever the gazetteer holds.
_SETTLEMENT_CUE = regexes.compile(
    "(?:"
    + "|".join(
        re.escape(fold(cue))  # tested on folded words ("деревней" is "деревнеи" there)
        for cue in (
            "village", "villages", "town", "settlement", "hamlet", "miejscowości", "wsi", "wiosce", "wioskach",
            "wioski", "селі", "селе", "села",
            "селом", "населенного пункта", "населених пунктів", "населенными пунктами", "населеного пункту",
            "населеному пункті", "населенном пункте", "селища", "селищі", "посёлка", "посёлке", "посёлком",
            "селищем", "городе", "місті", "деревне", "деревни", "деревню", "деревней", "town of", "village of",
            "населенных пунктах", "населених пунктах", "населенных пунктов", "miejscowościach", "міста", "города",
            "селах", "сёлах", "деревнях", "селами", "деревнями", "селищах", "поселках", "посёлках",
            "city", "city of", "miasta", "mieście", "hamlet of", "settlement of", "село", "селище", "поселок",
            "посёлок", "містечку", "містечка", "містечко", "городке", "городка", "городок", "miasteczku",
            "miasteczka", "miasteczko",
        )
    )
    + ")$"
)  # fmt: skip


#: Words of falling, crashing or being found: a place named near them is where it happened.
_FELL = regexes.compile(
    r"(?i:\b(?:fell|fallen|crashed|came\s+down|found|debris|wreckage|spadł\w*|spadł|rozbił\w*|znalezion\w*|"
    r"odnalezion\w*|szczątk\w*|упав|впав|впала|упала|впали|упали|упал|упало|розбив\w*|разбил\w*|знайшли|"
    r"знайден\w*|виявили|виявлен\w*|обнаружен\w*|обнаружил\w*|найден\w*|уламк\w*|обломк\w*|фрагмент\w*))"
)
#: A line break before a bullet, or ending a line that opens with one.
_BULLET_LINE = regexes.compile(r"(\n)(?=[ \t]*[•·*][ \t])|(?m:^[ \t]*[•·*][ \t][^\n]*(\n))")


def _bullets_kept(report: Report) -> str:
    """Return the report's flat text with the line breaks around bulleted lines kept.

    A hint stops at such a break ("Oleśno w powiecie elbląskim", then a new line) and a list goes
    on across it (a bullet after "powiat zamojski"); other line breaks are spaces, as a report
    wrapped by hand reads.  Offsets are the flat text's.
    """
    flat = report.flat
    breaks = sorted({m.start(1) if m.group(1) else m.start(2) for m in _BULLET_LINE.finditer(report.text)})
    if not breaks:
        return flat
    cuts = [0, *breaks]
    ends = [*breaks, len(flat)]
    return "\n".join(flat[a + (i > 0) : b] for i, (a, b) in enumerate(zip(cuts, ends, strict=True)))


#: What may stand between two names of one list: a comma, a conjunction or a new line's bullet,
#: after a hint in brackets, after commas or after "w powiecie" ("Czosnówka (powiat bialski), Cześniki",
#: "Stromiec, pow. białobrzeski, Wodynie"); a hint never reaches past its line.
_LIST_GAP = regexes.compile(
    r"(?:\s*\([^()\n]{0,80}\))?"
    r"(?:\s*,\s*(?:pow|gm|woj|powiat|gmina)\.?\s+[\w\-]+(?:[ \t]+[\w\-]+)?"
    r"|(?:[ \t]*,[ \t]*|[ \t]+)we?[ \t]+(?:gminie|powiecie)[ \t]+[\w\-]+(?:[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ][\w\-]+)?){0,3}"
    # a comma or a conjunction, or the next line's bullet ("• Cześniki, powiat zamojski\n• Czosnówka")
    r"(?:\s*(?:,|;|,?\s+(?:and|or|i|oraz|lub|a także|та|і|й|и|а также|або|или))\s*|[ \t]*\n[ \t]*[•·*][ \t]*)"
    # an item between two places ("…, Bychawka Trzecia, między Rabiany-Sewerynów, Czyżów …")
    r"(?:(?:między|pomiędzy|between|між|между)\s+)?"
)


def _before(text: str, start: int) -> list[str]:
    """Return the words of the 40 characters before ``start``, folded.

    Word by word (each word folded once, however many names it stands before): folding works
    character by character, and whitespace separates words before folding as after, so this is
    ``fold(text[start - 40 : start]).split()``.
    """
    return [w for token in text[max(0, start - 40) : start].split() for w in _folded(token).split()]


def _capitalised_runs(text: str) -> list[tuple[int, int, list[re.Match[str]]]]:
    """Return runs of capitalised words ("of", "nad", "pod" inside, as in "Nowe Miasto nad Pilicą")."""
    words = list(_WORD.finditer(text))
    runs = []
    i = 0
    while i < len(words):
        w = words[i]
        if not w.group()[0].isupper():
            i += 1
            continue
        j = i + 1
        while (
            j < len(words)
            and text[words[j - 1].end() : words[j].start()] in (" ", "-", "–", "‑")
            and (
                words[j].group()[0].isupper()
                or (
                    # (and an institution's word the press writes small: "Rodzajów sił Zbrojnych"; and
                    # Romanian names' joiners: "Cuhureștii de Jos", "Vadul lui Vodă")
                    words[j].group() in ("nad", "pod", "of", "над", "под", "під", "sił", "de", "lui", "din")
                    and j + 1 < len(words)
                    and words[j + 1].group()[0].isupper()
                )
            )
        ):
            j += 1
        # A bound per run: no name with its hint is longer, and run-on capitals ("A B C …" for
        # pages) cost the same per word as any text.
        for k in range(i, j, MAX_RUN_WORDS):
            chunk = words[k : min(j, k + MAX_RUN_WORDS)]
            runs.append((chunk[0].start(), chunk[-1].end(), chunk))
        i = j
    return [(start, end - _possessive(text[start:end]), found) for start, end, found in runs]


@cache
def _pairs(gaz: Gazetteer) -> frozenset[tuple[str, str]]:
    """Return the first three letters of every two words that follow each other in a name of several words.

    Gazetteer names and alternates, organisations (and an organisation followed by its country,
    "Минобороны Беларуси", "Ministry … of Belarus"), country names: a long capitalised run's piece
    with two words next to each other that begin otherwise names nothing, and is not read (inflected
    forms keep their first three letters: "Nowym Mieście", "Dowództwa Operacyjnego").
    """
    names = [fold(n) for n in (*lexicon.ORGANISATIONS, *lexicon.COUNTRY_NAMES.values())]
    names += [n for index in (gaz.by_name, gaz.by_alternate) for n in index if " " in n]  # folded already
    countries = [fold(f)[:3] for forms, stems in lexicon.COUNTRIES.values() for f in (*forms, *stems)]
    owners = {fold(o).split()[-1][:3] for o in lexicon.ORGANISATIONS}
    owned = {(o, c) for o in owners for c in [*countries, "of"]} | {("of", c) for c in countries}
    return frozenset({(a[:3], b[:3]) for n in names for a, b in pairwise(n.split())} | owned)


def _possessive(phrase: str) -> int:
    """How many characters of a trailing possessive ("Moscow’s") to leave out."""
    return 2 if phrase[-2:] in ("’s", "'s") else 0


def _read(
    text: str, end: int, words: list[re.Match[str]], gaz: Gazetteer, lead: list[str] | None = None
) -> list[Mention]:
    """Read one capitalised run into what it names.

    The longest piece of it that names something first, then the words on either side of that
    piece the same way ("Cześnikach pod Zamościem" names two places).  In a long run
    (:data:`MAX_RUN_WORDS` words or more) a piece of several words is read only if each two of its
    words next to each other begin as two words of some name do (see :func:`_pairs`).
    """
    # How many words after each word a piece starting there may reach: in a long run, as far as each
    # word and the next begin as two words of some name do (looked up once per word).
    reach = [len(words)] * len(words)
    if len(words) >= MAX_RUN_WORDS:
        pairs, heads = _pairs(gaz), [_folded(w.group())[:3] for w in words]
        reach[-1] = 0
        for i in range(len(words) - 2, -1, -1):
            reach[i] = reach[i + 1] + 1 if (heads[i], heads[i + 1]) in pairs else 0
    read: dict[tuple[int, int], Mention | None] = {}  # every piece read, once: the parts either side of
    # a name are pieces of the run read before, in the same context
    openings: dict[int, tuple[bool, list[str] | None]] = {}  # what stands before each word (see _classify)

    def within(low: int, high: int, lead: list[str] | None) -> list[Mention]:
        unknown = None  # a settlement the gazetteer lacks: only if no piece of the run names anything
        for size in range(min(high - low, 7), 0, -1):
            for first in range(low, high - size + 1):
                if size > reach[first] + 1:
                    continue  # no name of several words has words beginning so: not worth reading
                if not (words[first].group()[0].isupper() and words[first + size - 1].group()[0].isupper()):
                    continue  # "над Піліцою" of "Новому Місті над Піліцою": a name's connector is inside it
                at, to = words[first].start(), min(end, words[first + size - 1].end())
                if (at, to) in read:
                    mention = read[at, to]
                else:
                    if at not in openings:
                        openings[at] = (_sentence_start(text, at), None)
                    inherited = lead if first == low else None
                    mention = read[at, to] = _classify(text, at, to, gaz, inherited, openings)
                if mention is not None and mention.kind == "missing":
                    if size == high - low and _CONNECTED.search(text, at, to):
                        # "Нове Мисто-над-Пилицей": one settlement's name, never its first word's
                        return [mention]
                    unknown = unknown or mention
                elif mention is not None:
                    rest = first + size  # the words after the mention (and its hint)
                    while rest < high and words[rest].start() < mention.end:
                        rest += 1
                    return [*within(low, first, lead), mention, *within(rest, high, None)]
        return [unknown] if unknown else []

    # A Polish institution's name runs to the end of the run ("Według Dowództwa Operacyjnego …"),
    # the adjectives before its head included ("Narodowe Centrum Zarządzania Kryzysowego").
    for h in range(len(words) - 1):
        head = lexicon.POLISH_INSTITUTIONS.get(_folded(words[h].group()))
        if head is not None:
            first = h
            # (two adjectives at most: "Litewskie Narodowe Centrum Zarządzania Kryzysowego")
            while first > max(0, h - 2) and _folded(words[first - 1].group()).endswith(_ADJECTIVE_BEFORE):
                first -= 1
            # ... but not into the name of a person after it ("Straży Granicznej Anna Michalska")
            stop = next(
                (g for g in range(h + 1, len(words)) if words[g].group() in lexicon.POLISH_GIVEN_NAMES),
                len(words),
            )
            institution = _institution(text, end, words[first:h], words[h:stop], head)
            return [*within(0, first, lead), institution, *within(stop, len(words), None)]
    return within(0, len(words), lead)


#: "In", before a country's adjective and a town in the locative ("у білоруському Гомелі"); not "to".
_IN = frozenset(("у", "в", "во", "w", "we", "in"))
#: A name of two parts hyphenated to "on" or "under", as Cyrillic spells Polish towns: "Нове
#: Мисто-над-Пилицей".  (Not "Cześnikach pod Zamościem": near it, two places.)
_CONNECTED = regexes.compile(r"-(?:nad|pod|над|под|під)-")


def _classify(
    text: str,
    start: int,
    end: int,
    gaz: Gazetteer,
    lead: list[str] | None,
    openings: dict[int, tuple[bool, list[str] | None]],
) -> Mention | None:
    """Read one piece of a run; the same words in the same context read the same (cached).

    ``openings``: whether the word at ``start`` opens a sentence, and the words before it once
    folded (the run's other pieces starting there share them).
    """
    opening, before = openings[start]
    context = (
        id(gaz),
        text[start:end],
        tuple(lead) if lead is not None else text[max(0, start - 40) : start],
        text[end : end + 60],
        opening,
    )
    if context not in _CLASSIFIED:
        if lead is None and before is None:
            before = _before(text, start)
            openings[start] = (opening, before)
        found = _classify_piece(text, start, end, gaz, lead if lead is not None else before or [])
        if len(_CLASSIFIED) > 65536:
            _CLASSIFIED.clear()
        _CLASSIFIED[context] = None if found is None else (found, start)
        return found
    cached = _CLASSIFIED[context]
    if cached is None:
        return None
    mention, at = cached
    return mention.moved(start - at)  # the same reading, moved to where these words stand


_CLASSIFIED: dict[tuple[object, ...], tuple[Mention, int] | None] = {}


#: Why a name is no place: where words were spoken; the seat of an institution.
_SPOKEN = "where words were spoken, not where anything happened"
_SEAT = "the seat of an institution named before it, not where anything happened"


def _classify_piece(text: str, start: int, end: int, gaz: Gazetteer, before: list[str]) -> Mention | None:
    """Read one piece of a run; ``before``: the words before it, folded (or the list's lead words)."""
    end -= _possessive(text[start:end])  # "Warsaw’s Chopin Airport": the name is "Warsaw"
    phrase = text[start:end]
    key = _folded(phrase)
    after = text[end : end + 60]
    if key in _ORGANISATION_SET or (before[-1:] == ["the"] and key in ("white house", "kremlin", "pentagon")):
        return Mention(phrase, start, end, "organisation", why="an institution, not a place")
    if (
        key in lexicon.SEAS
        or (key in lexicon.SEA_NOUNS and _SEA_ADJECTIVE.match(after))
        # the adjective before its sea: "в Балтийском море", "w Zatoce Fińskiej" read the other way
        or (_ADJECTIVE_FORM.search(key) and _SEA_NOUN_AFTER.match(after))
    ):
        return Mention(phrase, start, end, "setting", why="a sea or gulf, not a place")
    if (
        " " not in key
        and _CYR_OBLIQUE_ADJECTIVE.search(key)
        and _AGREEING_WORD.match(after)
        and not _SETTLEMENT_CUE.search(" ".join(before[-3:]))
    ):
        # "у Західному регіональному управлінні ДПСУ", "у Північному або Балтійському морях": an
        # adjective of the lower-case noun after it (a body's, a sea's), not a place ("Західне" is
        # also a village); a settlement's name has every word capitalised ("у Новому Місті")
        return None
    if key in ("camp", "fort") and _NAME_NEXT.match(after):
        # "near Camp Reedo", "Camp Ādaži": a military camp's name, not the Romanian village Câmp
        return Mention(phrase, start, end, "setting", why="a camp's or fort's name, not a place")
    if (land := region_of(key)) is not None and not _SETTLEMENT_CUE.search(" ".join(before[-3:])):
        # "nad Podlasiem", "in Latgale", "в Добрудже": a historical region, not the village of its name
        return Mention(
            phrase,
            start,
            end,
            "region",
            country=land[1][0],
            why=f"a historical region ({land[0]}), not a place",
        )
    if (
        key in lexicon.RIVERS
        and (
            (before[-1:] and before[-1] in lexicon.RIVER_CUES)
            or before[-2:] == ["on", "the"]
            # "w pobliżu Dunaju": the border rivers' names are the rivers' unless a settlement is said
            or not _SETTLEMENT_CUE.search(" ".join(before[-3:]))
        )
    ):
        return Mention(phrase, start, end, "setting", why="a river, not a place")
    if ((before[-1:] and before[-1] in _FEATURE_BEFORE) or _FEATURE_AFTER.match(after)) and all(
        w[:1].isupper() for w in phrase.split()
    ):  # (a run read with its "pod": "Wyspie Sobieszewskiej pod Gdańskiem" keeps Gdańsk)
        # "na Wielkiej Wyspie Braila", "on the Sfântu Gheorghe arm": an island's or a river arm's name
        return Mention(phrase, start, end, "setting", why="an island or a river's arm, not a place")
    if _JOINED_NAME_NEXT.match(after):
        # "Vadul lui Vodă", "Cuhureștii de Jos": a Romanian name of several words, not its first alone
        return None
    if _diverted(before):
        return Mention(
            phrase,
            start,
            end,
            "setting",
            why="an airport flights were diverted to, not where anything happened",
        )
    cyrillic = _CYRILLIC_CAPITALS.get(key)
    capital = lexicon.CAPITALS.get(key) or (cyrillic[0] if cyrillic else None)
    setting = partial(Mention, phrase, start, end, "setting")
    if capital and _dateline(text, start, phrase, after):
        return setting(
            country=capital, why="the dateline: where the report was filed, not where anything happened"
        )
    if _SPOKE_IN.search(" ".join(before[-3:])) and not capital:
        return setting(why=_SPOKEN)
    if key in lexicon.CAPITALS and _SETTING.search(" ".join(before[-3:])):
        return setting(country=lexicon.CAPITALS[key], why=_SPOKEN)
    if capital and _SPOKE_IN.search(" ".join(before[-3:])):
        # "заявил журналистам в Кишиневе": where the speaker spoke, in any script
        return setting(country=capital, name=cyrillic[1] if cyrillic else None, why=_SPOKEN)
    if capital and (_seat(before) or _government_in(before)):
        # "the Russian embassy in Bucharest said": the embassy speaks; its city is its seat
        return setting(country=capital, name=cyrillic[1] if cyrillic else None, why=_SEAT)
    polish = None if capital else _POLISH_CAPITAL_FORMS.get(key)
    if polish and _government_in(before):
        # "poinformowały władze w Kiszyniowie": the government's seat, as with the capitals above
        return setting(country=polish[0], name=polish[1], why=_SEAT)
    if polish and not _seat(before) and not _spatial(before, after):
        # "Według Mińska", "zdaniem Kijowa": the government ("Mińska" is also a Polish village's name)
        return Mention(
            phrase,
            start,
            end,
            "government",
            country=polish[0],
            name=polish[1],
            why="the capital standing for its government",
        )
    if capital and (_metonym(before, after) or not _spatial(before, after)):
        return Mention(
            phrase,
            start,
            end,
            "government",
            country=capital,
            name=cyrillic[1] if cyrillic else None,  # "позиція Києва": Київ
            why="the capital standing for its government",
        )
    if (
        capital
        and _CAPITALISED_NEXT.match(after)
        and not _named(fold(cyrillic[1]) if cyrillic else key, gaz)
        and not _named(key, gaz)
    ):
        # "Вблизи Москвы Путин сказал": a capital the gazetteer does not hold, named as a place; where,
        # kept apart from the name after it, never a place to map
        return setting(
            country=capital,
            name=cyrillic[1] if cyrillic else None,
            why="a capital outside the gazetteer's countries: where, not a place to map",
        )
    if " " in key:  # organisations of several words; a country is named in one
        organisation = _inflected_organisation(phrase, key)
        if organisation:  # "Według Dowództwa Operacyjnego": the Operational Command, in the nominative
            return Mention(
                phrase, start, end, "organisation", name=organisation, why="an institution, not a place"
            )
        owner = _organisation_of(key)
        if owner:  # "Минобороны Беларуси", "the Ministry of Foreign Affairs of Belarus"
            return Mention(
                phrase, start, end, "organisation", country=owner, why="an institution, not a place"
            )
    elif country := country_of(phrase):
        if _names_a_sea(before, after, adjective=country[1]):
            # "w Zatoce Fińskiej", "над Фінською затокою", "the Gulf of Finland": a sea, not the country
            return Mention(phrase, start, end, "setting", why="a sea or gulf, not a place")
        return Mention(phrase, start, end, "country", country=country[0], adjective=country[1])
    # A capital as a city: its nominative is what the gazetteer holds ("у Києві": Київ).
    return _settlement(text, start, end, phrase, before, after, gaz, cyrillic[1] if cyrillic else None)


def _names_a_sea(before: list[str], after: str, *, adjective: bool) -> bool:
    """Return whether a country's word is part of a sea's name (its noun before or after it)."""
    if before[-2:] == ["gulf", "of"]:
        return True
    if not adjective:
        return False
    following = after.split(None, 1)[:1]
    return bool(before[-1:] and before[-1] in lexicon.SEA_NOUNS) or bool(
        following and fold(following[0].strip(".,;:")) in lexicon.SEA_NOUNS
    )


@lru_cache(maxsize=65536)
def _organisation_of(key: str) -> str | None:
    """Return the country of an organisation named with it ("ministry of foreign affairs of belarus")."""
    # Such a name starts with the organisation's first word.
    for org in _ORGANISATIONS_BY_WORD.get(key.split(" ", 1)[0], ()):
        if key.startswith(org + " ") and (country := country_of(key[len(org) + 1 :].removeprefix("of "))):
            return country[0]
    return None


_ORGANISATIONS_BY_WORD: dict[str, list[str]] = {}
for _org in lexicon.ORGANISATIONS:
    _ORGANISATIONS_BY_WORD.setdefault(_org.split()[0], []).append(_org)


def _stems(words: tuple[str, ...]) -> str:
    """Return an alternation of words, a trailing ``*`` standing for any word beginning so."""
    return "|".join(re.escape(w.removesuffix("*")) + (r"\w*" if w.endswith("*") else "") for w in words)


#: A place noun after a capital ("Warsaw airport", "Kyiv region", "аеропорт"): the city, not its government.
_PLACE_NOUN = regexes.compile(rf"\s*(?i:{_stems(lexicon.CAPITAL_PLACE_NOUNS)})\b")
_AIRPORT_AFTER = regexes.compile(r"\s+(?i:airport|lotnisko|аэропорт|аеропорт)\b")
#: A place of the capital's after it: "Warsaw’s Chopin Airport", "Warsaw’s outskirts" (a place, never
#: the government).
_POSSESSED_PLACE = regexes.compile(
    rf"\s*[’']s\s+(?:[A-Z][\w\-]*\s+){{0,2}}(?i:{_stems(lexicon.CAPITAL_PLACE_NOUNS)})\b"
)
_PLACE_BEFORE = frozenset(fold(w) for w in lexicon.CAPITAL_AS_PLACE_AFTER)
_CAPITAL_NOUNS = frozenset(fold(w) for w in lexicon.CAPITAL_NOUNS)
#: A verb of saying or acting right after a capital: "Kyiv said", "Київ заявив", "Москва отрицает".
_GOVERNMENT_VERB = regexes.compile(
    # an object between, a pointing word and its noun: "в Минске это отрицают", "у Варшаві цю версію
    # відкинули", "в Минске эту информацию опровергли"
    r"\s*(?:(?:это|эту|эти|этого|этот|це|цю|ці|цього|tę|te|to|tego)(?:\s+[а-яіїєґёa-ząćęłńóśźż]+)?\s+)?(?:"
    + "|".join(
        dict.fromkeys(
            [
                *lexicon.GOVERNMENT_VERBS,
                *(v for v in lexicon.SPEECH_VERBS if " " not in v and _CYRILLIC.match(v)),
            ]
        )
    )
    + r")\b"
)
#: Verbs of saying in the plural past, with no subject: "заявили в Кишиневе" (they said, in Chișinău).
_IMPERSONAL_SAID = frozenset(fold(v) for v in lexicon.CYRILLIC_PLURAL_SAID)
#: The adjective after a sea's or gulf's noun: "Zatoka Fińska", "Morze Czarne", "затока Фінська".
#: A sea's or gulf's noun right after a word: "Балтийском море", "Bałtyckim morzu", "Baltic Sea".
_SEA_NOUN_AFTER = regexes.compile(
    r"\s+(?i:" + "|".join(lexicon.longest_first((*lexicon.SEA_NOUNS, "sea", "gulf"))) + r")\b"
)
#: A folded Cyrillic adjective in an oblique case ("західному", "північному", "оперативном").
_CYR_OBLIQUE_ADJECTIVE = regexes.compile(r"[а-яіїєґё]{3,}(?:ому|ім|ого|ої|их|ими|ом|ым|ых|ии|ои|ую|ою)$")
#: A lower-case Cyrillic word after it that agrees, an adjective or a noun in an oblique case, maybe
#: after another capitalised adjective joined by "або", "і", "и" ("регіональному управлінні", "або
#: Балтійському морях"); not a verb ("у Західному впав дрон").
_AGREEING_WORD = regexes.compile(
    r"\s+(?:(?:або|чи|і|та|й|и|или)\s+[А-ЯІЇЄҐЁ][а-яіїєґё’'\-]+\s+)?"
    # (not a unit's noun: "у Луцькому районі" is a raion, read as one)
    r"(?!(?:район|област|громад|окру|повіт|повет|воєводств|воеводств|гмін|гмин)\w*\b)"
    r"[а-яіїєґё’'\-]{2,}(?:ому|ім|ого|ої|их|ими|ом|ой|ым|ых|ую|ою|нні|нии|ні|рі|ві|ті|ді|ях|ах|ці|ке|ре|ле|ве|ме)(?![\w’'\-])"
)
#: A folded adjective's ending ("балтииском", "baltyckim", "финском").
_ADJECTIVE_FORM = regexes.compile(r"(?:sk|ck|ск|цьк|зьк|ic)\w{0,4}$")
_SEA_ADJECTIVE = regexes.compile(
    r"\s+[A-ZŁŚŻŹĆŃÓĘĄА-ЯІЇЄҐ][\w]+(?:sk|ck|zn|ск|цьк|зьк)\w*|\s+(?:Czarn|Bałtyck|Чорн|Черн|Балтийск)\w*"
)


#: Capitals in Cyrillic, every form folded: (country, the nominative).
def _capital_forms(table: Mapping[str, tuple[str, tuple[str, ...]]]) -> dict[str, tuple[str, str]]:
    """Every form of a capitals table, folded: (country, the nominative)."""
    return {
        fold(form): (country, nominative) for nominative, (country, forms) in table.items() for form in forms
    }


_CYRILLIC_CAPITALS = _capital_forms(lexicon.CYRILLIC_CAPITALS)
#: Capitals inflected in Polish, every form folded: (country, the nominative); read only as their
#: government (a city named so is left to the gazetteer, which names it as before: "w Wilnie": Vilnius).
#: ("mińsk" folds to the English "minsk", a capital read as before.)
_POLISH_CAPITAL_FORMS = {
    key: value
    for key, value in _capital_forms(lexicon.POLISH_CAPITALS).items()
    if key not in lexicon.CAPITALS
}


def _spatial(before: list[str], after: str) -> bool:
    """Return whether a capital is named as a place.

    It is after a spatial word ("in", "near", "flights to", "у") or a word for a capital ("the
    capital, Vilnius"), or before a place noun ("Warsaw airport"); otherwise it stands for its
    government ("warned Warsaw", "уведомила Минск").
    """
    if any(w in _CAPITAL_NOUNS for w in before[-3:]):
        return True  # "over parts of the capital, Vilnius", "mieszkańcy stolicy kraju, Wilna"
    if _POSSESSED_PLACE.match(after):
        return True
    if len(before) >= 2 and before[-1] in _FROM and before[-2] in _NEAR_FROM:
        return True  # "недалеко от Вильнюса", "not far from Vilnius": near, not from
    return (bool(before) and before[-1] in _PLACE_BEFORE) or bool(_PLACE_NOUN.match(after))


#: A capitalised word right after (a name the run goes on into).
_CAPITALISED_NEXT = regexes.compile(r"\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯІЇЄҐЁ]")
#: "Near" said with "from" after it ("недалеко от", "неподалеку от", "not far from", "10 km from"), folded.
_NEAR_FROM = frozenset(
    fold(w)
    for w in ("недалеко", "неподалеку", "неподалёку", "неподалік", "far", "distance", "away", "km", "км",
              "kilometres", "kilometers", "miles", "metres", "meters", "кілометрів", "километров", "метрів",
              "метров", "kilometrów", "metrów")
)  # fmt: skip
_FROM = frozenset(fold(w) for w in ("от", "від", "from", "od"))


def _region_only(key: str, gaz: Gazetteer) -> str | None:
    """Return the country of the regions a name names, if it names regions (admin-1 or -2 units) and no place."""
    rows = gaz.lookup(gaz.by_name, key) or gaz.lookup(gaz.by_alternate, key)
    features = [gaz.feature(i) for i in rows]
    if not features or any(f.fcode not in ("ADM1", "ADM2") for f in features):
        return None
    countries = {f.cc for f in features}
    return countries.pop() if len(countries) == 1 else None


def _metonym(before: list[str], after: str) -> bool:
    """Return whether a capital stands for its government ("summoned by Warsaw", "Kyiv said", "в Минске заявили")."""
    if re.match(r"\s*[’']s\b", after):
        # "Warsaw’s Chopin Airport" is a place; "Moscow’s envoy" the government
        return not _POSSESSED_PLACE.match(after)
    if before[-1:] in (["by"], ["from"]) and not _PLACE_NOUN.match(after):
        return before[-1:] == ["by"]
    if before[-2:] == ["according", "to"] or before[-1:] in (["wedlug"], ["zdaniem"]):
        return True  # "according to Kyiv", "według Kijowa": its government says
    if len(before) >= 2 and before[-1] in ("в", "у", "во") and before[-2] in _IMPERSONAL_SAID:
        return True  # "как заявили в Кишиневе", "повідомили в Бухаресті": they said there, its government
    return bool(_GOVERNMENT_VERB.match(after))


#: Nouns for an institution that are also a place's name in some script (folded): "Полиция" is
#: Police, a Polish town, in Russian.
_INSTITUTION_NOUNS = frozenset(fold(w) for w in ("полиция", "поліція", "полиции", "поліції"))


def _settlement(
    text: str,
    start: int,
    end: int,
    phrase: str,
    before: list[str],
    after: str,
    gaz: Gazetteer,
    nominative: str | None = None,
) -> Mention | None:
    if _folded(phrase) in _INSTITUTION_NOUNS and not _SETTLEMENT_CUE.search(" ".join(before[-3:])):
        # "Полиция Подляского воеводства уточнила": the police of a voivodeship, not the town of Police
        # (whose Russian name it is); "в городе Полиция" is the town
        return None
    if len(before) > 1 and before[-2] in _IN and (hit := country_of(before[-1])) is not None and hit[1]:
        before = before[:-1]  # "у білоруському Гомелі", "w litewskim Kownie": "in" is before the adjective
    region = _region_only(_folded(phrase), gaz)
    if region is not None and not _SETTLEMENT_CUE.search(" ".join(before[-3:])):
        # "a drone flying over Zakarpattia": the gazetteer knows the name as a region only (an
        # oblast, a voivodeship, a county), and a region is no place to map
        return Mention(phrase, start, end, "region", country=region, why="a region, not a place")
    names = (
        _gazetteer_names(nominative, gaz, inflected=False)
        if nominative
        else _gazetteer_names(
            phrase,
            gaz,
            inflected=_inflecting_cue(before),
            oblique=bool(before)
            and (before[-1] in _GENITIVE_CUES or (before[-1] in _IN and bool(_CYRILLIC.search(phrase)))),
        )
    )
    # (a soft "е" may be Polish "ie", "Майдан-Селець": Majdan-Sielec, unless the words after put the
    # village elsewhere, "Сенкевичі в Білорусі", "Вельки под Гродно", where names read so too)
    in_poland = bool(_POLISH_UNIT_AFTER.match(after) or _HINT_POLISH_UNIT.match(after)) or not (
        (m := _WHERE_AFTER.match(after)) and not _POLISH_WORD.match(m.group("w"))
    )
    if (
        not names
        and _SETTLEMENT_CUE.search(" ".join(before[-3:]))
        and _polish_in_cyrillic(phrase, gaz, soft=in_poland)
    ):
        names = [phrase]
    if (
        not names
        and _inflecting_cue(before)
        and _CYRILLIC.search(phrase)
        # (a name "on" a river is a settlement's by itself: "у Новому Місті над Піліцою", and so is
        # one with a Polish county in brackets after it: "у Вигалеві (Парчевський повіт)")
        and (
            _SETTLEMENT_CUE.search(" ".join(before[-3:]))
            or _ON_A_RIVER.search(phrase)
            or _HINT_POLISH_UNIT.match(after)
        )
    ):
        # "Дрони впали в Чешниках, Чоснувці та Вириках": a Polish village in Cyrillic, inflected; its
        # nominative as Ukrainian or Russian spells it (the geocoder reads it as Polish).  After a
        # noun of settlement in the locative the name is in the locative too, or not inflected at all:
        # "у місті Тулча" is Tulcea, no genitive of a Polish "Tulcz" (Tolcz)
        locative_only = bool(before) and before[-1] in _LOCATIVE_NOUNS
        polish = (
            None
            if locative_only and not _folded(phrase).endswith(_LOCATIVE_ENDINGS)
            else next(
                (n for n in inflection.place_nominatives(_folded(phrase)) if _polish_in_cyrillic(n, gaz)),
                None,
            )
        )
        if polish is not None:  # (capitalised, but for "над" and "під" in "Нове Місто над Піліцою")
            names = [" ".join(w if w in _LOWER_IN_NAMES else w[:1].upper() + w[1:] for w in polish.split())]
    if names and _folded(names[0]) in lexicon.CONTINENTS:
        return None  # "lider w Europie": a continent, not the Lithuanian village named after it
    hint, hint_length = _hint(after)
    word, word_end = country_after(after, 0) if names and hint is None else (None, 0)
    country = country_of(word) if word else None
    if country and not country[1]:
        # "z kierunku Wilkowa na Ukrainie": of the forms the name may be, the one in that country
        # (Wilkowo, Ukraine's Vylkove; not a Polish village Wilkowa), the country its hint
        inside = [n for n in names if _in_country(n, country[0], gaz)]
        if inside:
            names, hint, hint_length = inside, lexicon.COUNTRY_NAMES.get(country[0]), word_end
    # (a Polish county in brackets says the name before it is a settlement's: "Чоснувка (… повет)")
    if not names and hint and (_place_cue(before) or _HINT_POLISH_UNIT.match(after)):
        # "in Krzywowierzba-Kolonia, Parczew County": a place the gazetteer lacks; the geocoder
        # falls back to the hint's area and says so.  An inflected form ("w Studzieńcu") is no name
        # to geocode: the reviewer gets it as a mention.
        if _inflecting_cue(before):
            return Mention(
                phrase,
                start,
                end + hint_length,
                "setting",
                hint=hint,
                why="an inflected name the gazetteer does not hold: give its nominative",
            )
        names = [phrase]
    query = None
    if not names:
        # "Krzywowierzba-Kolonia", "Zabłocie Kolonia": a village's colony the gazetteer lacks is
        # located at the village it belongs to, and says so.
        part = _COLONY.fullmatch(phrase)
        base = _gazetteer_names(part.group(1), gaz, inflected=False) if part else []
        # (an inflected form only after a word for a settlement, or where something fell: "в Выборге",
        # "у Хмельницькій області" read back into the nominative would be Latvian villages)
        settlement = bool(_SETTLEMENT_CUE.search(" ".join(before[-3:])))
        inflected = settlement or bool(_FELL.search(text, max(0, start - 120), min(len(text), end + 120)))
        # (a list's later name has its settlement noun further back: "між селами Колібаш і Вадул-луй-Ісак")
        cued = _place_cue(before) or settlement
        regional = _regional_name(phrase, gaz, inflected=inflected) if not base and cued else None
        if regional is not None:
            # "біля села Чумай", "в Шумскасе": a Moldovan or Lithuanian village written in Cyrillic,
            # which the gazetteer names in its own spelling only (the geocoder reads it so too)
            names, base = [regional], []
        elif not base or not (_place_cue(before) or hint):
            # (never a sentence's first preposition: "W powiecie zamojskim …" names no region "W")
            if _UNIT_AFTER.match(after) and " " not in phrase.strip() and len(phrase.strip()) > 2:
                # "У Люблінському воєводстві": a region's adjective, inflected (one word: in "у селі
                # Осини Люблінського воєводства" the village's name comes first, read on its own)
                return Mention(
                    phrase,
                    start,
                    end,
                    "region",
                    country=_region_country(phrase, after, gaz),
                    why="an admin unit named in the report",
                )
            if _SETTLEMENT_CUE.search(" ".join(before[-3:])):
                return Mention(
                    phrase,
                    start,
                    end,
                    "missing",
                    why=f"named as a settlement ({before[-1]!r}), but the packaged gazetteer has no "
                    f"place of that name ({COVERAGE_BRIEF}): no candidate; locate it by hand",
                )
            if _place_cue(before) and _FELL.search(text, max(0, start - 120), min(len(text), end + 120)):
                # "впав поблизу Чадир-Лунги", "crashed in Rēzekne": where something fell, a name the
                # gazetteer lacks (perhaps inflected): the reviewer's to locate
                return Mention(
                    phrase,
                    start,
                    end,
                    "missing",
                    why=f"named where something fell or was found ({before[-1]!r}), but the packaged "
                    "gazetteer has no place of that name (it may be inflected, or lie where the gazetteer "
                    f"holds towns only: {COVERAGE_BRIEF}): no candidate; locate it by hand",
                )
            return None
        if base:
            names, query = [phrase], base[0]
    if hint and len(names) > 1:
        # "w Zaborowie w powiecie grajewskim": Zaborowo, the form that lies in the hinted unit (a
        # village named Zaborowie lies elsewhere)
        names = sorted(names, key=lambda n: not _lies_in(n, hint, gaz))
    name = names[0]
    if _seat(before):
        return Mention(phrase, start, end, "setting", name=name, why=_SEAT)
    if (
        _region_name(name, gaz)
        or _UNIT_AFTER.match(after)
        or _UNITS_AFTER_LIST.match(after)
        or _gmina_named(before, name, gaz)
        or _county_before(before)
        or _moldovan_district(before, name, gaz)
    ):
        return Mention(
            phrase,
            start,
            end,
            "region",
            country=_region_country(name, after, gaz),
            name=name,
            why="an admin unit named in the report",
        )
    cue = _place_cue(before) or ("the dateline" if _dateline(text, start, phrase, after) else "")
    if not cue and _AIRPORT_AFTER.match(after) and _town(name, gaz):
        cue = "its airport"  # "Vilnius airport was closed", a sentence's first words
    # (letters are no town's name: "Paweł Kowal (KO)", whatever town's alternate names hold them)
    town = (
        not phrase.isupper()
        and not _sentence_start(text, start)
        # (an adjective before a capitalised word is a body's name: "z Krajową Administracją Skarbową",
        # not Craiova, whose Polish name is Krajowa)
        and not (_ADJECTIVE_END.search(phrase) and _CAPITAL_NEXT.match(after))
        and _town(name, gaz)
    )
    if not (cue or hint or town):
        return None  # a word that is also a village name is not a place without context
    why = f"after {cue!r}" if cue else f"with the hint {hint!r}" if hint else "a town of 50,000 or more"
    if query:
        why += f"; not in the gazetteer: located at {query}, the village it is part of"
    return Mention(
        phrase, start, end + hint_length, "place", name=name, hint=hint, why=why, query=query, cue=cue or ""
    )


@lru_cache(maxsize=4096)
def _lies_in(name: str, hint: str, gaz: Gazetteer) -> bool:
    """Whether the geocoder finds a place of that name in the hinted unit (not only the unit itself)."""
    try:
        return _geocoder(gaz).geocode(f"{name}, {hint}").precision == "place"
    except GeomapError:
        return False


@cache
def _regional_name(phrase: str, gaz: Gazetteer, *, inflected: bool) -> str | None:
    """Return the Cyrillic name (nominative) of a Baltic, Moldovan or Romanian place a phrase spells, or None.

    The geocoder's reading of such names (its transliteration, or ``text.regional_spellings``): "Чумай"
    Ciumai, "Шумскасе" (the locative) Šumskas.  Only where every place so found lies there;
    ``inflected``: whether the phrase may be in another case than the nominative.
    """
    if not _CYRILLIC.search(phrase):
        return None
    key = _folded(phrase)
    for candidate in [key, *(inflection.place_nominatives(key) if inflected else ())]:
        found = _geocoder(gaz).resolve(candidate)
        if found.status not in ("resolved", "ambiguous"):
            continue  # (a name not found lists close spellings as candidates: none is read so)
        places = [found.match] if found.match else list(found.candidates)
        # (found by a reading of its letters, not under a Cyrillic name of its own)
        read = found.match is None or any(n.code == "transliteration" for n in found.match.notes)
        if places and read and all(p.country in REGIONAL_COUNTRIES for p in places):
            return phrase if candidate == key else _as_written(phrase, candidate)
        if candidate == key:
            return None  # a place elsewhere as written ("у Хмельницькій": Khmelnytskyi), no other form
    return None


def _geocoder(gaz: Gazetteer) -> Geocoder:
    """Return the geocoder over the gazetteer extract reads (the packaged one's is shared)."""
    return default_geocoder() if gaz is load() else Geocoder(gaz)


_COLONY = regexes.compile(r"(.+?)[\s\-‑]+(?:Kolonia|Колонія|Колония)")

#: After a dateline's town: ", Poland (AP) —", " (Reuters) -", ", 10 сен - РИА Новости", ", September 14. /TASS/",
#: ", Nov 25 (Reuters) -",
#: ": " ("KYIV: Ukraine’s armed forces chief said …", as AFP's wire copy opens).
_DATELINE = regexes.compile(
    r"(?:,\s+[A-Z][a-z]+)?\s*(?:\((?:AP|Reuters|AFP|PAP|dpa|Ukrinform|LETA|BNS)\)\s*[—–-]"
    r"|,\s+(?:\d{1,2}\s+\w+|\w+\s+\d{1,2})\.?\s*(?:\([^()]{1,20}\)\s*)?(?:[—–-]|/))"
    r"|:\s"
)


#: Endings of a Polish adjective that may stand before an institution's head ("Narodowe Centrum").
_ADJECTIVE_BEFORE = ("owe", "owa", "owy", "owego", "owej", "ne", "na", "ny", "nego", "nej", "skie", "ska", "ski",
                     "skiego", "skiej")  # fmt: skip


def _institution(
    text: str, end: int, before: list[re.Match[str]], words: list[re.Match[str]], head: tuple[str, str]
) -> Mention:
    """Read a Polish institution's name as one organisation, named in the nominative.

    ``words``: its head (``head``: the head's nominative and gender) and the capitalised genitive
    chain after it, to the end of the run; ``before``: an adjective before the head, if any.
    "Ministerstwo Obrony Narodowej", "Dowództwa Operacyjnego Rodzajów Sił Zbrojnych" (Dowództwo
    Operacyjne Rodzajów Sił Zbrojnych), "Narodowego Centrum Zarządzania Kryzysowego" (Narodowe …).
    """
    nominative, gender = head
    rest = [w.group() for w in words[1:]]
    if _folded(words[0].group()) != fold(nominative):  # an inflected head: its adjective after agrees
        rest[0] = _nominative_adjective(rest[0], gender)
    name = " ".join([*(_nominative_adjective(w.group(), gender) for w in before), nominative, *rest])
    start, stop = (before or words)[0].start(), min(end, words[-1].end())
    return Mention(
        text[start:stop], start, stop, "organisation", name=name, why="an institution, not a place"
    )


#: The ending of an adjective in an oblique case -> in the nominative, by gender ("Operacyjnego"
#: Operacyjne, "Granicznej" Graniczna, "Generalnego" Generalny, "Wojskowego" Wojskowy).
_ADJECTIVE_ENDINGS = (
    ("kiego", {"n": "kie", "m": "ki"}), ("giego", {"n": "gie", "m": "gi"}), ("ego", {"n": "e", "m": "y"}),
    ("kiemu", {"n": "kie", "m": "ki"}), ("emu", {"n": "e", "m": "y"}), ("kim", {"n": "kie", "m": "ki"}),
    ("ym", {"n": "e", "m": "y"}), ("kiej", {"f": "ka"}), ("ej", {"f": "a"}), ("ą", {"f": "a"}),
    ("kich", {"pl": "kie"}), ("ych", {"pl": "e"}), ("ymi", {"pl": "e"}),
)  # fmt: skip


def _nominative_adjective(word: str, gender: str) -> str:
    for ending, by_gender in _ADJECTIVE_ENDINGS:
        if word.endswith(ending) and gender in by_gender:
            return word[: -len(ending)] + by_gender[gender]
    return word  # a noun in the genitive ("Ministerstwa Obrony"): as it is


def _diverted(before: list[str]) -> bool:
    """Whether the words before a name send flights to its airport ("skierowana na lotniska w Kownie").

    Airports closed in an incident are its places; those the planes went to instead are not. In
    that order: the sending word, "to" ("na", "do", "в"), the airport word just before the name
    ("flights were diverted after the airport in Vilnius was closed" names a closed one: no "to").
    """
    near = before[-8:]
    sent = next((i for i, w in enumerate(near) if w.startswith(_DIVERTING)), None)
    if sent is None or not any(w.startswith(_AIRPORT) for w in near[-5:]):
        return False
    return any(w in _TO for w in near[sent + 1 :])


_DIVERTING = (
    "skierowan",
    "skierowal",
    "przekierowan",
    "divert",
    "redirect",
    "rerout",
    "перенаправ",
    "переадрес",
)
_AIRPORT = ("lotnisk", "airport", "аэропорт", "аеропорт")
_TO = frozenset(("to", "na", "do", "в", "на", "до", "у"))


def _dateline(text: str, start: int, phrase: str, after: str) -> bool:
    """Whether the name opens a paragraph in capitals as a wire report's dateline ("WYRYKI, Poland (AP) —")."""
    return (
        phrase.isupper()
        and len(phrase) > 2
        and (start == 0 or (text[max(0, start - 2) : start].strip() == "" and text[start - 1] in "\n "))
        and bool(_DATELINE.match(after))
    )


def _seat(before: list[str]) -> bool:
    """Return whether the name is an institution's seat ("Prokuratura Okręgowa w", "the Court in")."""
    return (
        len(before) >= 2
        and before[-1] in ("w", "we", "in", "at", "в", "у")
        and any(
            before[-2].startswith(stem) or (len(before) >= 3 and before[-3].startswith(stem))
            for stem in lexicon.INSTITUTIONS
        )
    )


#: A government as the subject, in the nominative, folded ("władze w Kiszyniowie poinformowały",
#: "Rząd w Kiszyniowie zwołał posiedzenie", "the government in Chișinău said"): not "budynek rządu w
#: Kijowie", "будівлю уряду в Києві", a building hit in the capital.
_GOVERNMENT_WORDS = frozenset(fold(w) for w in ("władze", "rząd", "authorities", "government", "власти",
                                               "влада", "уряд", "правительство"))  # fmt: skip


def _government_in(before: list[str]) -> bool:
    """Whether a capital follows a government named in the nominative and "in" ("władze w Kiszyniowie")."""
    return (
        len(before) >= 2
        and before[-1] in ("w", "we", "in", "в", "у", "во")
        and before[-2] in _GOVERNMENT_WORDS
    )


def _sentence_start(text: str, start: int) -> bool:
    """Whether the word opens a sentence (its capital may say nothing).

    The last character before it that is not a space decides: looked for in a window that doubles
    while it holds only spaces, so a word pays for the spaces before it, never for all the text.
    """
    width = 200
    while True:
        low = max(0, start - width)
        before = text[low:start].rstrip()
        if before or low == 0:
            return not before or before[-1] in '.!?…\n“"„'
        width *= 2


@lru_cache(maxsize=NAMES_CACHED)
def _town(name: str, gaz: Gazetteer) -> bool:
    """Return whether the name is a town of :data:`TOWN_POPULATION` or more.

    A city's district is not (Warsaw's Wola is no town of its own).  The name is looked up as
    :func:`_gazetteer_names` found it: the gazetteer's names first, else its alternates ("Warsaw",
    whose name in the register is "Warszawa").
    """
    key = _folded(name)
    named = (gaz.feature(i) for i in gaz.lookup(gaz.by_name, key) or gaz.lookup(gaz.by_alternate, key))
    for f in sorted((f for f in named if f.fcode.startswith("PPL")), key=lambda f: -f.population):
        if f.population < TOWN_POPULATION:
            return False
        near = (f.lon - 0.2, f.lat - 0.2, f.lon + 0.2, f.lat + 0.2)
        towns = gaz.largest_places(near, min_population=f.population, limit=50)
        return any(t.id == f.id for t in towns)
    return False


@lru_cache(maxsize=65536)
def _gazetteer_names(phrase: str, gaz: Gazetteer, *, inflected: bool, oblique: bool = False) -> list[str]:
    """Return the gazetteer names the phrase may stand for: itself, or its nominative forms.

    Of several, the one spelt as written first ("w Krąkowie": Krąków, where folding also finds
    Kraków), then the largest ("koło Miłakowa": Miłakowo, a town, not the village Miłaków); the
    form as written stays first where it is a name itself ("w miejscowości Osiny", not the genitive
    of Osina).
    """
    key = _folded(phrase)
    found: list[tuple[bool, int, str, str]] = []  # (spelt as written, people, name, the largest's id)
    for candidate in [key, *(inflection.place_nominatives(key) if inflected and key.count(" ") < 4 else [])]:
        rows = gaz.lookup(gaz.by_name, candidate) or gaz.lookup(gaz.by_alternate, candidate)
        if not rows:
            continue
        features = [gaz.feature(i) for i in rows]
        settlements = [f for f in features if f.fclass == "P"] or features  # not the voivodeship's people
        spelt = [f for f in settlements if _same_letters(f.name, phrase)]
        best = max(spelt or settlements, key=lambda f: f.population)
        if candidate == key:
            name = phrase
        elif _CYRILLIC.search(candidate):  # the gazetteer's own name would pick one country's
            name = _as_written(phrase, candidate)
        else:
            name = best.name
        found.append((bool(spelt), best.population, name, best.id))
    written = found[:1] if found and found[0][2] == phrase else []
    rest = sorted(found[len(written) :], key=lambda f: (not f[0], -f[1]))
    if oblique and written and rest and rest[0][1] >= max(GENITIVE_TOWN, 10 * written[0][1]):
        # "koło Konina" after a preposition taking the genitive: the town Konin, not a village Konina;
        # "во Львове" after one taking the locative: the city Lviv, not the village Lvove
        written, rest = [], [*rest, *written]
    # Two forms of one town: the longer ("Гомелі" is Гомель, not the Bulgarian Гомел, both Homel's).
    longest: dict[str, str] = {}
    for _, _, name, fid in written + rest:
        longest[fid] = max(longest.get(fid, name), name, key=len)
    return list(dict.fromkeys(longest[fid] for _, _, _, fid in written + rest))


def _as_written(phrase: str, nominative: str) -> str:
    """Return a folded nominative in the phrase's own letters as far as they agree ("Балтийске": Балтийск).

    Folding drops what the nominative needs back ("й" is "и" there): each word keeps the phrase's
    letters over the prefix it shares with the nominative, then the nominative's ending.
    """
    words = phrase.split()
    parts = nominative.split()
    if len(words) != len(parts) or any(len(fold(w)) != len(w) for w in words):
        return nominative.title()
    out = []
    for word, part in zip(words, parts, strict=True):
        kept = len(commonprefix([fold(word), part]))  # noqa: RUF071 (letters, not paths)
        out.append(word[:kept] + part[kept:] if kept else part.title())
    return " ".join(out)


#: A town this large, whose genitive is also a village's name, is the one meant after "koło", "spod".
GENITIVE_TOWN = 5_000
#: Prepositions and nouns taking the genitive before a place ("koło Konina", "w okolicy Gołdapi").
_GENITIVE_CUES = frozenset(fold(w) for w in ("koło", "niedaleko", "okolicy", "okolicach", "okolic", "rejonie",
                                             "pobliżu", "spod", "znad", "od", "obok", "z", "ze", "do",
                                             "kierunku", *lexicon.CENTRE_NOUNS))  # fmt: skip


#: A town this large, named in the genitive before a person's name, is where their office is.
OFFICE_TOWN_POPULATION = 10_000


def genitive_town(word: str, /, *, gazetteer: Gazetteer | None = None) -> bool:
    """Whether a capitalised Cyrillic word is a town's name in the genitive ("Любліна", "Варшави").

    "Керівник окружної прокуратури Любліна Гжегож Трусевич": the town ends the title, the name follows.
    """
    key = _folded(word)
    if not _CYRILLIC.search(key) or not key.endswith(("а", "я", "и", "і", "у")):
        return False
    gaz = gazetteer or load()
    return any(
        gaz.feature(i).population >= OFFICE_TOWN_POPULATION
        for candidate in inflection.place_nominatives(key)
        for i in (gaz.lookup(gaz.by_name, candidate) or gaz.lookup(gaz.by_alternate, candidate))
    )


def _same_letters(name: str, phrase: str) -> bool:
    """Whether a name and an inflected phrase share their letters, diacritics kept, up to the ending.

    Folding joins "Kraków" and "Krąków"; a report that writes "Krąkowie" means the second.
    """
    stem = min(len(name), len(phrase)) - 2
    return stem > 1 and name[:stem].lower() == phrase[:stem].lower()


#: A Polish voivodeship, powiat or gmina right after a name, in Ukrainian or Russian: "Люблінського воєводства".
_POLISH_UNIT_AFTER = regexes.compile(
    r"\s+[А-ЯІЇЄҐЁ][\w’'\-]+\s+(?i:воєводства|воеводства|повіту|повета|повята|гміни|гмины)(?![\w])"
)


#: A place or country right after a name, in Ukrainian or Russian: "в Білорусі", "під Гродно", "на Брестщині".
_WHERE_AFTER = regexes.compile(
    r"\s*,?\s*(?:в|у|на|під|под|біля|возле|около|поблизу|близ)\s+(?P<w>[А-ЯІЇЄҐЁ][\w’'\-]*)"
)
#: ... Poland's or its units': "в Польщі", "у Люблінському воєводстві".
_POLISH_WORD = regexes.compile(
    r"(?i:польщ|польш|люблін|люблин|підляс|подляс|мазов|підкарпат|подкарпат|вармін|варми)"
)


def _polish_in_cyrillic(phrase: str, gaz: Gazetteer, *, soft: bool = False) -> bool:
    """Whether a Cyrillic name, as written, is a Polish place's name in Ukrainian or Russian spelling.

    Asked only after a word for a settlement ("у селі Осини", "у населеному пункті Вирики"): a
    foreign village is named so; a name alone may be anything's ("в Тулче" is Tulcea, not Tulce).
    The geocoder reads the name so too (:mod:`geomap.places.search`).
    """
    key = _folded(phrase)
    return bool(_CYRILLIC.search(key)) and any(
        gaz.feature(i).cc == "PL"
        for spelling in polish_spellings(key, soft=soft)
        for i in gaz.lookup(gaz.by_name, spelling)
    )


@lru_cache(maxsize=4096)
def _inflected_organisation(phrase: str, key: str) -> str | None:
    """Return the nominative of an organisation's name the phrase inflects, spelled as in the phrase."""
    if (
        " " not in key
        or _initials(key, 2) not in _ORGANISATION_HEADS
        or _initials(key) not in _ORGANISATION_INITIALS
    ):
        return None  # every nominative keeps each word's first letters: no organisation's name begins so
    if _CYRILLIC.search(key):
        return None
    for nominative in inflection.place_nominatives(key):
        if nominative in _ORGANISATION_SET:
            # Folding keeps a Polish word's length: keep the word's own letters as far as its folded
            # form matches the nominative (a prefix, character by character), then the nominative's ending.
            words = phrase.split()
            return " ".join(
                w[: len(kept := commonprefix([fold(w), n]))] + n[len(kept) :]  # noqa: RUF071
                for w, n in zip(words, nominative.split(), strict=False)
            )
    return None


def _initials(key: str, words: int | None = None) -> str:
    """Return the first letter of each word (of the first ``words`` words) of a folded name."""
    return "".join([w[0] for w in key.split(" ", words or -1)[:words]])


_ORGANISATION_SET = frozenset(lexicon.ORGANISATIONS)
_ORGANISATION_INITIALS = frozenset(_initials(o) for o in lexicon.ORGANISATIONS)
_ORGANISATION_HEADS = frozenset(_initials(o, 2) for o in lexicon.ORGANISATIONS)


def _inflecting_cue(before: list[str]) -> bool:
    return bool(before) and before[-1] in _INFLECTING


def _place_cue(before: list[str]) -> str:
    return _tail_cue(" ".join(before[-3:]))


@lru_cache(maxsize=65536)
def _tail_cue(tail: str) -> str:
    """Return the longest place cue the (folded) words end with, as the lexicon writes it, else ""."""
    words = tail.split(" ")
    found = [_PLACE_CUES[" ".join(words[-n:])] for n in (1, 2, 3) if " ".join(words[-n:]) in _PLACE_CUES]
    return min(found)[1] if found else ""


#: The place cues folded: (rank, cue), the longest first ("village of" before "of").
_PLACE_CUES: dict[str, tuple[int, str]] = {}
for _rank, _cue in enumerate(sorted(lexicon.PLACE_CUES, key=len, reverse=True)):
    _PLACE_CUES.setdefault(fold(_cue), (_rank, _cue))


def _hint(after: str) -> tuple[str | None, int]:
    """Return an admin hint right after a name (", Zamość County", " (gm. Sitno)") and its length."""
    m = _HINT_CYRILLIC.match(after)
    if m:  # "у селі Осини Люблінського воєводства": the region, in the nominative
        adjective = m.group(1)
        for ending, nominative in _CYRILLIC_NOMINATIVE:
            if adjective.endswith(ending):
                adjective = adjective[: -len(ending)] + nominative
                break
        return f"{adjective} {_CYRILLIC_UNIT[m.group(2).lower()]}", m.end()
    if after.lstrip()[:1] not in (",", "(", "w", "i"):
        return None, 0  # every hint opens so: a comma, a bracket, "w gminie", "in the ... region"
    m = _HINT_ABBREVIATED.match(after)
    if m:  # "Stromiec, pow. białobrzeski"
        return m.group(1).strip(), m.end(1)
    m = _HINT_AFTER_COMMA.match(after)
    if m and _is_hint(m.group(1)):
        return m.group(1).strip(), m.end(1)
    m = _HINT_BRACKETED.match(after)
    if m:
        return m.group(1).strip(), m.end()
    m = _HINT_POLISH_UNIT.match(after)
    if m:  # "Чешники (Замойский повет)": a Polish county the gazetteer may not name in Cyrillic
        return "Poland", m.end()
    m = _HINT_IN_BRACKETS.match(after)
    if m and _is_hint(m.group(1)):
        # "Kamionka (Lublin Voivodeship)": a hint when it names a unit; else ("(district town)",
        # "(повіт Ельблонг)") the brackets are still the place's words, and no other place's
        return (m.group(1).strip() if unit_countries(m.group(1)) else None), m.end()
    # "Cześniki w gminie Sitno", "Przymiarki w powiecie biłgorajskim": the unit, in the nominative.
    m = _HINT_POLISH.match(after)
    if m:
        unit = "gmina" if m.group(1) == "gminie" else "powiat"
        name = re.sub(r"([sc]ki|[sc]ka)m$", r"\1", re.sub(r"(sk|ck)im$", r"\1i", m.group(2)))
        return f"{unit} {name}", m.end()
    m = _IN_REGION.match(after)
    if m:
        return m.group(1).strip(), m.end(1)
    return None, 0


#: A country right after a place's name, where the place is: "Wilkowa na Ukrainie", "Vylkove, Ukraine",
#: "Lisne (Ukraine)", "Ізмаїлі в Україні" (not the accusative of where something went: "na Rumunię",
#: "в Польшу").
_COUNTRY_AFTER = regexes.compile(
    r"\s*\((?P<b>[^\W\d_]+)\)|(?:,?\s*(?:na|w|we|в|у|на|in)\s+|,\s*)(?P<c>[A-ZА-ЯІЇЄҐŁŚŻ][\w’'\-]*[^ęуюę\W])"
    r"(?![\w\-])"
)


def country_after(text: str, at: int) -> tuple[str | None, int]:
    """Return the word right after ``at`` that may name a place's country, and where it ends, else (None, at).

    In brackets, after a comma, or after "in" ("na", "w", "в", "у"): the caller reads the word
    (:func:`country_of`); claims read it so for a place the gazetteer lacks.
    """
    m = _COUNTRY_AFTER.match(text, at)
    return (m.group("b") or m.group("c"), m.end()) if m else (None, at)


def _named(key: str, gaz: Gazetteer) -> list[Feature]:
    """Return the gazetteer's features a folded key names, by their own name or another."""
    return [gaz.feature(i) for i in gaz.lookup(gaz.by_name, key) + gaz.lookup(gaz.by_alternate, key)]


def _in_country(name: str, cc: str, gaz: Gazetteer) -> bool:
    return any(f.cc == cc for f in _named(_folded(name), gaz))


def unit_countries(phrase: str) -> set[str]:
    """Return the countries of the admin units the gazetteer knows by a phrase ("Волинська область": UA).

    Words in brackets after a place are its hint only when they name one: "(Lublin Voivodeship)",
    not "(district town)"; and a route's first place takes the country of the unit its hint names.
    """
    return {f.cc for f in _named(fold(phrase.strip()), load()) if f.fclass == "A"}


def _is_hint(phrase: str) -> bool:
    """Whether a phrase is a short admin phrase led or closed by its unit ("Zamość County", "gm. Sitno"), not a clause."""
    words = fold(phrase).split()
    return 0 < len(words) <= 4 and bool({words[0].rstrip("."), words[-1]} & _HINT_UNITS)


#: A region's adjective and unit in the genitive after a name: "Осини Люблінського воєводства".
_HINT_CYRILLIC = regexes.compile(
    r"\s+([А-ЯІЇЄҐЎ][\w’'\-]+(?:ського|ского|ської|ской|цького|цкого|цької|цкой))\s+(воєводства|воеводства|області|области)\b",
    re.I,
)
_CYRILLIC_NOMINATIVE = (("ського", "ське"), ("ского", "ское"), ("цького", "цьке"), ("цкого", "цкое"),
                        ("ської", "ська"), ("ской", "ская"), ("цької", "цька"), ("цкой", "цкая"))  # fmt: skip
_CYRILLIC_UNIT = {
    "воєводства": "воєводство",
    "воеводства": "воеводство",
    "області": "область",
    "области": "область",
}

_HINT_ABBREVIATED = regexes.compile(
    r"\s*,\s*((?:pow|gm|woj)\.\s*[\w\-]+(?:\s+(?!and\b|i\b|oraz\b|or\b|lub\b)[\w\-]+)?)"
    r"(?=\s*(?:[,.;)]|$|\s(?:and|i|oraz|or|lub)\b))"
)
_HINT_AFTER_COMMA = regexes.compile(
    r"\s*,\s*([^,.;()\n]{2,60}?)\s*(?=[,.;)\n]|$|\s+(?:and|in|on|at|where|which|was|were|we?\s+(?:gminie|powiecie))\b)"
)
#: The unit words a hint opens or closes with, in the nominative in Cyrillic too ("(Люблінське
#: воєводство)", ", Волинська область").
_CYRILLIC_HINT_UNITS = (
    "воєводство",
    "воеводство",
    "область",
    "район",
    "повіт",
    "повет",
    "гміна",
    "гмина",
    "громада",
)
_HINT_UNITS = frozenset((*lexicon.HINT_WORDS, "gm", "pow", "woj", *map(fold, _CYRILLIC_HINT_UNITS)))
_HINT_BRACKETED = regexes.compile(r"\s*\(((?:gm|gmina|pow|powiat)\.?\s[^)]{2,50})\)")
#: Any short phrase in brackets, a hint when its unit leads or closes it (as after a comma).
_HINT_IN_BRACKETS = regexes.compile(r"\s*\(([^()\n]{2,60})\)")
#: A Polish county or gmina in brackets, named in Cyrillic: "(Бяло-Подляский повет)", "(гміна Сітно)".
#: (A Ukrainian "повіт" is Romania's county too, its name after it: "(повіт Арджеш)"; a Polish one is
#: an adjective before it.)
_HINT_POLISH_UNIT = regexes.compile(
    r"\s*\((?:[А-ЯІЇЄҐЁ][\w’'\-]+(?:ский|цкий|зкий|ський|цький|зький)\s+(?i:повет|повят|повіт)"
    r"|[А-ЯІЇЄҐЁ][\w’'\-]+\s+(?i:гмина|гміна)|(?i:повет|повят|гмина|гміна)\s+[А-ЯІЇЄҐЁ][\w’'\-]+)\)"
)
#: (after a comma too: "w Olszewie, w gminie Boćki")
_HINT_POLISH = regexes.compile(
    r"(?:\s*,\s*|\s+)we?\s+(gminie|powiecie)\s+([\w\-]+(?:[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ][\w\-]+)?)"
)


def _region_country(name: str, after: str, gaz: Gazetteer) -> str | None:
    """Return the country of the admin unit a name stands for, with its unit word ("Одеська область"), or None.

    None when no unit of that name is known, or units of several countries bear it.
    """
    unit = after.split()[:1]
    rows = (
        gaz.by_admin_name.get(_folded(" ".join([name, *unit])))
        or gaz.by_admin_name.get(_folded(name))
        or gaz.by_admin_name.get(_folded(_unit_nominative(name, unit[0] if unit else "")))
    )
    countries = {gaz.feature(int(i)).cc for i in rows.split(",")} if rows else set()
    return countries.pop() if len(countries) == 1 else None


#: A Cyrillic oblast's adjective and noun inflected -> their nominative ("Одеської області":
#: Одеська область, "Одесской области": Одесская область), the gazetteer's form of the unit.
_UNIT_NOUNS = {"області": "область", "областю": "область", "области": "область", "областью": "область"}
_OBLAST_ADJECTIVES = (("ської", "ська"), ("ській", "ська"), ("ською", "ська"), ("ську", "ська"), ("цької", "цька"),
                      ("цькій", "цька"), ("ской", "ская"), ("скую", "ская"), ("цкой", "цкая"), ("ної", "на"),
                      ("ній", "на"), ("ной", "ная"))  # fmt: skip


def _unit_nominative(name: str, unit: str) -> str:
    """Return an inflected Cyrillic oblast's name in the nominative, or "" if it is none."""
    noun = _UNIT_NOUNS.get(unit.lower().strip(".,;:()"))
    if noun is None:
        return ""
    for ending, nominative in _OBLAST_ADJECTIVES:
        if name.endswith(ending):
            return f"{name[: -len(ending)]}{nominative} {noun}"
    return ""


#: Polish adjectives' endings, and a capitalised word right after (see ``town`` in _settlement).
_ADJECTIVE_END = regexes.compile(r"(?:ow|sk|ck|n)(?:ą|a|ej|ego|ym|iej|iego|im)$")
_CAPITAL_NEXT = regexes.compile(r"\s+[A-ZĄĆĘŁŃÓŚŹŻ]")
#: Nouns before a name that make it an island's or a river arm's, folded.
_FEATURE_BEFORE = frozenset(fold(w) for w in ("wyspa", "wyspie", "wyspy", "wyspę", "island", "isle", "остров",
                                              "острове", "острова", "острів", "острові", "ostrov", "insula",
                                              "insulei"))  # fmt: skip
_FEATURE_AFTER = regexes.compile(r"\s+(?:arm|channel|island)\b")  # (not "branch": "the Przemyśl branch")
#: A capitalised name right after a word: "Camp Reedo".
_NAME_NEXT = regexes.compile(r"\s+[A-ZĀĄČĆĒĘĖĢĪĮĶĻŁŃŅÓŌŚŠŪŲŹŻŽ]")
#: The lower-case joining words of Romanian names of several words, a capitalised word after them.
_JOINED_NAME_NEXT = regexes.compile(r"\s+(?:lui|de|din|cu|pe)\s+[A-ZĂÂÎȘȚŞŢ]")
#: A county's word before its name, folded: "w okręgu Tulcza", "в уезде Тулча", "у повіті Васлуй",
#: "the county of Constanța", "the border counties of Tulcea and Constanța" (Romania's județe).
_COUNTIES = frozenset(fold(w) for w in ("counties", "okręgach", "okręgów", "okręgi", "уездах", "уездов",
                                        "повітах", "повітів"))  # fmt: skip
_COUNTY_BEFORE = _COUNTIES | frozenset(fold(w) for w in ("county", "okręg", "okręgu", "județ", "județul",
                                                         "județului", "уезд", "уезде", "уезда", "повіт",
                                                         "повіті", "повіту"))  # fmt: skip


def _county_before(before: list[str]) -> bool:
    """Whether a county's word stands before the name, or before a list it ends ("counties of Tulcea and")."""
    words = before[-4:]
    if not words:
        return False
    if words[-1] in _COUNTY_BEFORE:
        return True
    if words[-1] == "of" and len(words) > 1 and words[-2] in _COUNTY_BEFORE:
        return True
    # the second of two after a plural: "… counties of Tulcea and Constanța" (not "the county of
    # Tulcea and Izmail was hit": a town after a county)
    return words[-1] in ("and", "i", "oraz", "и", "і", "та", "й") and any(w in _COUNTIES for w in words[:-2])


#: "w rejonie Florești", "у районі Флорешти", "в Каушанском районе" is read by _UNIT_AFTER.
_DISTRICT_BEFORE = frozenset(fold(w) for w in ("rejon", "rejonie", "rejonu", "район", "районі", "районе", "района",
                                               "raion", "raionul", "district"))  # fmt: skip


def _moldovan_district(before: list[str], name: str, gaz: Gazetteer) -> bool:
    """Whether "in the raion of" a Moldovan district names it (Moldova's raions bear their towns' names).

    Only Moldova's: elsewhere "w rejonie Grodna" is "near Grodno", the town.  By any of the town's
    names ("Флорешт" is Florești's Cyrillic one), its district by the town's name in the units' index.
    """
    if not before or before[-1] not in _DISTRICT_BEFORE:
        return False
    key = _folded(name)
    towns = [gaz.feature(i) for i in gaz.lookup(gaz.by_name, key) or gaz.lookup(gaz.by_alternate, key)]
    return any(
        (unit := gaz.feature(i)).cc == "MD" and unit.fcode == "ADM1"
        for town in towns
        if town.cc == "MD"
        for i in gaz.lookup(gaz.by_admin_name, _folded(town.name))
    )


def _gmina_named(before: list[str], name: str, gaz: Gazetteer) -> bool:
    """Whether the name follows "w gminie" and a gmina bears it (its seat does: gminas take their seats' names).

    Where none does, the report misspoke ("w gminie Stanisławka w gminie Sitno"): a place still.
    """
    if not before or before[-1] not in _UNIT_BEFORE:
        return False
    return any(gaz.feature(i).fcode in ("ADM3", "PPLA3") for i in gaz.lookup(gaz.by_name, _folded(name)))


@lru_cache(maxsize=NAMES_CACHED)
def _region_name(name: str, gaz: Gazetteer) -> bool:
    """Whether the name is an admin-1 unit's (a voivodeship or oblast: a region, not a point)."""
    rows = gaz.lookup(gaz.by_name, _folded(name))
    return bool(rows) and all(gaz.feature(i).fcode in ("ADM1", "ADM2") for i in rows)
