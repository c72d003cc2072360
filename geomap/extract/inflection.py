"""Case endings of Polish, Ukrainian and Russian: inflected names back to their nominative.

Reports name places, people and bodies in whatever case the sentence asks ("w Tarnowie", "у Білій
Підляській", "według ministra Mariusza Błaszczaka", "за даними прикордонної поліції",
"із посиланням на Державну прикордонну службу"); the gazetteer and a draft's speakers want the
nominative.  Hand-written endings, as ``scripts/bench/measure_morphology.py`` measured them against
pymorphy3, Morfeusz 2 and simplemma on the corpus (the README's "Morphology libraries, measured,
not adopted"): for names, which the dictionaries mostly lack, the tables read more.

Two kinds of answer: a place's name gets every nominative it may have (:func:`place_nominatives`,
each looked up in the gazetteer, which decides); a speaker's words get the one nominative
(:func:`genitive_nominative`, :func:`adjective_nominative`, :func:`accusative_nominative`,
:func:`polish_name`), a word the tables do not know staying as written.
"""

from __future__ import annotations

from functools import lru_cache

from geomap.extract import regexes
from geomap.places.text import CYRILLIC_VOWELS

_CYRILLIC = regexes.compile(r"[\u0400-\u04ff]")

# -- places: every nominative a name may have ---------------------------------------------------

#: Polish endings of inflected place names, and what the name may end with instead (nominative).
PLACE_ENDINGS_PL = (
    ("ach", ("y", "i", "e", "")),
    ("ami", ("y", "i", "e")),
    ("ow", ("y", "i", "")),
    ("iem", ("",)),
    ("em", ("", "o")),  # "pod Lublinem", "nad Wilnem": Lublin, Wilno
    ("iu", ("",)),
    ("u", ("",)),
    ("ie", ("", "a", "o")),  # "w Tarnowie", "w Sitnie", "w Miłakowie": Tarnów, Sitna, Miłakowo
    ("nie", ("no",)),  # "w Wilnie", "w Kownie", "w Gnieźnie": Wilno, Kowno, Gniezno
    ("ymstoku", ("ystok",)),  # "w Białymstoku": an adjective and a noun in one name
    ("ymstokiem", ("ystok",)),  # "pod Białymstokiem"
    ("egostoku", ("ystok",)),  # "koło Białegostoku"
    ("cie", ("t", "ta")),
    ("dzie", ("d", "da")),
    ("e", ("a", "o")),
    ("y", ("a", "")),
    ("i", ("a", "")),
    ("a", ("", "o")),
    ("ej", ("a",)),
    ("iej", ("a",)),
    ("ym", ("e", "y")),
    ("im", ("i", "ie")),
    ("ego", ("e", "y")),
    ("kiego", ("ki", "kie")),  # "Tomaszowa Lubelskiego": Tomaszów Lubelski
    ("kiej", ("ka",)),  # "Woli Wysockiej"
    ("iescie", ("iasto",)),
    ("iesci", ("iasto",)),
    ("ce", ("ka",)),
    # the genitive plural of a plural name after "koło", "okolic": "Tyszowiec" (Tyszowce), "Katowic"
    # (Katowice), "Wyryk" (Wyryki), "Cześnik" (Cześniki)
    ("iec", ("ce",)),
    ("ic", ("ice",)),
    ("yk", ("yki",)),
    ("ik", ("iki",)),
    ("dze", ("ga",)),
    ("rze", ("ra",)),
    ("ncu", ("niec",)),
    ("nca", ("niec",)),
    ("ncem", ("niec",)),
    ("cu", ("iec", "ec")),
    ("ca", ("iec", "ec")),
    ("ku", ("ek",)),
    ("kiem", ("ek",)),
    # plural names in the genitive: "w okolicach Sulmic", "Wodyń", "Siedlec" (Sulmice, Wodynie, Siedlce)
    ("ic", ("ice",)),
    ("yn", ("ynie",)),
    ("dlec", ("dlce",)),
)
#: The same for Ukrainian and Russian ("в Луцьку", "в Бресте", "під Ковелем").
PLACE_ENDINGS_CYRILLIC = (
    ("е", ("", "ь", "а")),
    # (and "я": "у Лежниці" is Лежниця)
    ("і", ("", "ь", "а", "я")),
    ("у", ("",)),
    ("ю", ("ь",)),
    ("ом", ("",)),
    ("ем", ("ь", "")),
    ("ям", ("я",)),  # "над Замостям": Замостя
    ("ой", ("а",)),
    ("ою", ("а",)),
    ("и", ("а", "")),
    ("ы", ("а",)),
    ("ині", ("ин",)),
    ("ине", ("ин",)),
    # Ukrainian locatives of Polish "-ów", "-ka" names and instrumental plurals: "у Смикові" (Смиків),
    # "у Соботці" (Соботка), "між Раб'янами" (Раб'яни)
    ("ові", ("ів", "ов", "ув")),
    ("еві", ("ів", "ев")),
    ("ці", ("ка",)),
    # the locative of a neuter "-то" and of an adjective before it: "у Новому Місті" (Нове Місто)
    ("ті", ("то",)),
    ("ому", ("е", "ий")),
    # a feminine adjective's locative and genitive (folded "-ій", "-ої"): "у Білій Підляській",
    # "біля Білої Підляської" (Біла Підляська), "в Лежниці-Велькій" (Лежниця-Велька)
    ("іи", ("а",)),
    ("оі", ("а",)),
    # a plural adjective's locative: "у Великих Мостах" (Великі Мости)
    ("их", ("і",)),
    # a plural name's genitive: "біля Чернівців" (Чернівці), "з Вириків" (Вирики), "возле Черновцов"
    ("ів", ("і", "и")),
    ("ов", ("ы", "и")),
    ("ами", ("и", "ы", "а")),
    ("ями", ("і", "я")),
    # the locative plural of a plural name: "у селі Вириках" (Вирики), "в деревне Вырыках"
    ("ах", ("и", "ы")),
    ("ях", ("і", "и")),
    ("а", ("", "ь")),
    ("я", ("ь",)),
)


@lru_cache(maxsize=4096)
def place_nominatives(key: str) -> tuple[str, ...]:
    """Return the possible nominatives of a folded, inflected name, word by word.

    Polish, Ukrainian or Russian: "biala podlaska" from "bialej podlaskiej", "czesniki" from
    "czesnikach", "луцьк" from "луцьку".
    """
    options = []
    for word in key.split():
        forms = [word]
        for ending, replacements in PLACE_ENDINGS_CYRILLIC if _CYRILLIC.search(word) else PLACE_ENDINGS_PL:
            if word.endswith(ending) and len(word) > len(ending) and len(word) >= 4:
                forms += [word[: -len(ending)] + r for r in replacements]
        options.append(list(dict.fromkeys(forms)))
    combos = [""]
    for forms in options:
        combos = [f"{c} {f}".strip() for c in combos for f in forms][:256]
    return tuple(c for c in combos if c != key)


#: A district's or oblast's adjective in the locative or genitive, and its nominative: "Дрокиевском
#: районе" (Дрокиевский район), "Волинській області" (Волинська область).  No ending is another's tail.
UNIT_ADJECTIVE_ENDINGS = {
    "район": (("ском", "ский"), ("ского", "ский"), ("цком", "цкий"), ("цкого", "цкий"), ("ському", "ський"),
              ("ського", "ський"), ("цькому", "цький"), ("цького", "цький")),
    "область": (("ской", "ская"), ("цкой", "цкая"), ("ській", "ська"), ("ської", "ська"), ("цькій", "цька"),
                ("цької", "цька")),
}  # fmt: skip


def unit_adjective(adjective: str, unit: str) -> str | None:
    """Return a unit's adjective in the nominative for ``unit`` ("район" or "область"), or None."""
    for oblique, nominative in UNIT_ADJECTIVE_ENDINGS[unit]:
        if adjective.endswith(oblique):
            return adjective[: -len(oblique)] + nominative
    return None


# -- speakers: the one nominative of a body's or a person's words -------------------------------


def genitive_nominative(word: str) -> str:
    """Return a Cyrillic word from the genitive ("прикордонної": прикордонна), or as written."""
    low = word.lower()
    for genitive, nominative in _CYRILLIC_GENITIVE_ENDINGS:
        if low.endswith(genitive) and len(low) > len(genitive) + 2:
            return word[: len(word) - len(genitive)] + nominative
    return word


#: Genitive endings and their nominatives, longest first: feminine adjectives and nouns in -ія/-ия,
#: -ція, -а; masculine and neuter adjectives; plurals.
_CYRILLIC_GENITIVE_ENDINGS = (
    ("ської", "ська"), ("ской", "ская"), ("ського", "ський"), ("ского", "ский"),
    ("ції", "ція"), ("ции", "ция"), ("ії", "ія"), ("ии", "ия"), ("ства", "ство"),
    ("ої", "а"), ("ой", "ая"), ("ого", "ий"), ("их", "і"), ("ых", "ые"), ("ури", "ура"), ("уры", "ура"),
    ("би", "ба"), ("бы", "ба"), ("ків", "ки"), ("ков", "ки"),
)  # fmt: skip


def adjective_nominative(word: str, gender: str, russian: bool) -> str:
    """Return an adjective from the genitive, agreeing with its noun of ``gender`` ("m", "f", "n", "p").

    "Главного": Главный, "Головного": Головне, "польских": польские, "польських": польські.
    """
    low = word.lower()
    if gender == "p" and low.endswith(("ых", "их")):
        return word[:-2] + (("ые" if low.endswith("ых") else "ие") if russian else "і")
    if not low.endswith(("ого", "его")):
        return genitive_nominative(word)  # feminine: "Державної" Державна, "Главной" Главная
    soft = low.endswith("его") or low[-4:-3] in "гкхжшщч"
    if gender == "n":  # ("румынского": румынское; "синего": синее)
        return word[:-3] + (("ее" if low.endswith("его") else "ое") if russian else "е")
    return word[:-3] + (("ий" if soft else "ый") if russian else "ий")


def accusative_nominative(phrase: str) -> str:
    """Return a Russian or Ukrainian feminine phrase in the accusative in the nominative.

    "Державну прикордонну службу Литви": Державна прикордонна служба Литви (the words up to the
    first that is not in the accusative; the genitive after them stays).  A masculine or neuter
    name reads the same in both cases ("Госпогранкомитет", "Міністерство оборони").
    """
    words = phrase.split()
    for i, word in enumerate(words):
        if word.endswith(("ую", "юю")):
            words[i] = word[:-2] + ("ая" if word.endswith("ую") else "яя")
        elif word.endswith("у") and len(word) > 2:
            words[i] = word[:-1] + "а"
        elif word.endswith("ю") and len(word) > 2:
            words[i] = word[:-1] + "я"
        else:
            break
    return " ".join(words)


def cyrillic_name(name: str) -> str:
    """Return the nominative of a Russian or Ukrainian name in the genitive ("Дональда Туска": Дональд Туск)."""
    out = []
    for word in name.split():
        low = word.lower()
        if low.endswith(("ського", "ского", "цького", "цкого")) or low.endswith(("ого",)):
            word = word[:-3] + "ий"
        elif low.endswith(("ея", "ія")):
            word = word[:-1] + "й"
        elif low.endswith("енка") and len(low) > 5:  # "Петренка": Петренко (not "Петренк")
            word = word[:-1] + "о"
        elif low.endswith("а") and len(low) > 3 and low[-2] not in CYRILLIC_VOWELS:
            word = word[:-1]
        elif low.endswith(("ої", "ой")) and len(low) > 4:
            word = word[:-2] + "а"  # a woman's surname: "Ольги Стефанішиної": Ольга Стефанішина
        elif low.endswith(("ы", "и")) and len(low) > 3 and low[-2] not in CYRILLIC_VOWELS:
            word = word[:-1] + "а"  # a name in -а: "Маргуса Цахкны": Маргус Цахкна
        out.append(word)
    return " ".join(out)


def polish_name(name: str) -> str:
    """Return the nominative of a Polish name in the genitive ("Mariusza Błaszczaka": Mariusz Błaszczak).

    After "według" and "zgodnie z oświadczeniem" a name stands in the genitive. Men's names drop
    their "a" (a few restore the "e" the genitive loses: Marka, Jacka, Pawła), adjectival surnames
    go back to "-ski"/"-cki"/"-y", women's names to "-a".
    """
    return " ".join("-".join(polish_name_word(part) for part in word.split("-")) for word in name.split())


def polish_name_word(word: str) -> str:
    """Return one word of a Polish name from the genitive ("Błaszczaka": Błaszczak)."""
    low = word.lower()
    if low in _FLEETING_E:
        return word[0] + _FLEETING_E[low][1:]
    for genitive, nominative in _POLISH_NAME_ENDINGS:
        if low.endswith(genitive) and len(low) > len(genitive) + 1:
            return word[: len(word) - len(genitive)] + nominative
    return word


#: Genitive endings of Polish names and their nominatives, longest first.
_POLISH_NAME_ENDINGS = (
    ("kiego", "ki"), ("giego", "gi"), ("iego", "i"), ("rzego", "rzy"), ("skiej", "ska"), ("ckiej", "cka"),
    ("dzkiej", "dzka"), ("ii", "ia"), ("ki", "ka"), ("gi", "ga"), ("y", "a"), ("a", ""),
)  # fmt: skip
#: Men's names whose genitive drops an "e" ("Marek", "Marka").
_FLEETING_E = {
    "marka": "marek", "jacka": "jacek", "pawła": "paweł", "leszka": "leszek", "wincentego": "wincenty",
    "józefa": "józef", "karola": "karol", "kamila": "kamil", "michała": "michał",
}  # fmt: skip
