"""Text folding shared by the gazetteer, the geocoder and the data scripts.

Place names arrive as people write them: with or without diacritics, with
hyphens or spaces, in Latin or Cyrillic script.  Every comparison in geomap
goes through :func:`fold` so that both sides of a lookup are normalised the
same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

# Letters that NFKD does not decompose into base letter + combining mark.
_NON_DECOMPOSING = str.maketrans(
    {"ł": "l", "Ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"}
)

# One scholarly transliteration for Belarusian, Ukrainian and Russian
# (the scheme Natural Earth's ``name_local`` uses: ц→c, я→ja, г→h).  Applied
# to both sides of a lookup, it makes "Брэсцкая вобласць" meet
# "Brèsckaja voblasc'".
_CYRILLIC = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "h",
        "ґ": "g",
        "д": "d",
        "е": "e",
        "ё": "e",
        "є": "je",
        "ж": "z",
        "з": "z",
        "и": "i",
        "і": "i",
        "ї": "ji",
        "й": "j",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ў": "u",
        "ф": "f",
        "х": "ch",
        "ц": "c",
        "ч": "c",
        "ш": "s",
        "щ": "sc",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "ju",
        "я": "ja",
        "'": "",
        "’": "",
        "ʼ": "",
    }
)


def _latin_fold_table() -> dict[int, str]:
    """Precomputed folding of Latin-1 and Latin Extended-A/B letters (the hot path of fold)."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        ch = chr(code).casefold().translate(_NON_DECOMPOSING)
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if base != chr(code) and base.isascii():
            table[code] = base
    return table


_LATIN_FOLD = {**_latin_fold_table(), **_NON_DECOMPOSING}
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_/.,;:()\[\]\"'`’ʼ]+")
_CYRILLIC_CHAR = re.compile(r"[\u0400-\u04ff]")


def fold(text: str) -> str:
    """Return the comparison key of ``text``.

    Case, diacritics, hyphens, dots and runs of spaces are folded away:
    ``fold("Wyryki-Wola") == fold("wyryki wola")`` and
    ``fold("Cześniki") == fold("Czesniki")``.
    """
    text = text.casefold().translate(_LATIN_FOLD)
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SEPARATORS.sub(" ", text).strip()


def has_cyrillic(text: str) -> bool:
    """Tell whether ``text`` contains Cyrillic letters."""
    return bool(_CYRILLIC_CHAR.search(text))


def transliterate(key: str) -> str:
    """Transliterate a folded Cyrillic key to Latin (see ``_CYRILLIC``)."""
    # Folding strips the breve from "й" and "ў"; those map like "и" and "у",
    # which the table covers either way.
    return _SEPARATORS.sub(" ", key.translate(_CYRILLIC)).strip()


#: How Ukrainian and Russian write Polish names, letter by letter, read back in Polish spelling
#: (folded: "ś", "ł", "ó" are "s", "l", "o"): "Осини" Osiny, "Чесники" Cześniki, "Вирики" Wyryki,
#: "Полуд" Połód.  Where one letter stands for two Polish ones, both are tried: Polish "rz" is
#: heard as "ж" ("Жешув" Rzeszów) and, after p, t, k or ch, as "ш" ("Пшеводув" Przewodów); Polish
#: "ch" is read as English "ch" too ("Бичавка" for Bychawka).
_POLISH_FROM_CYRILLIC: dict[str, tuple[str, ...]] = {
    "а": ("a",), "б": ("b",), "в": ("w",), "г": ("h", "g"), "ґ": ("g",), "д": ("d",), "е": ("e",),
    "ё": ("io",), "є": ("ie", "je"), "ж": ("z", "rz"), "з": ("z",), "и": ("y", "i"), "і": ("i",), "ї": ("ji",),
    "й": ("j",), "к": ("k",), "л": ("l",), "м": ("m",), "н": ("n",), "о": ("o",), "п": ("p",),
    "р": ("r",), "с": ("s",), "т": ("t",), "у": ("u", "o"), "ф": ("f",), "х": ("ch", "h"), "ц": ("c",),
    "ч": ("cz", "ci", "ch"), "ш": ("sz", "rz", "s"), "щ": ("szcz",), "ь": ("",), "ъ": ("",), "ы": ("y",), "э": ("e",),
    "ю": ("iu", "ju", "u"), "я": ("ia", "ja", "a"),
}  # fmt: skip
#: Consonants Polish softens before "e" with an "i" that Ukrainian and Russian do not write.
_SOFTENED = frozenset("бвмпснцдтлзк")
#: The Cyrillic vowels of Russian and Ukrainian.
CYRILLIC_VOWELS = frozenset("аеєиіїоуюяёыэ")
#: At most this many Polish spellings are tried for one Cyrillic name.
MAX_POLISH_SPELLINGS = 64


#: Words Ukrainian and Russian reports translate in a Polish place's name, folded: "Великий Лан" is
#: Wielki Łan, "Нова Воля" Nowa Wola, "Колонія" Kolonia.
_POLISH_WORDS = {
    "великии": "wielki", "велика": "wielka", "велике": "wielkie", "великі": "wielkie", "великая": "wielka",
    "великое": "wielkie", "малии": "maly", "мала": "mala", "мале": "male", "малыи": "maly", "малая": "mala",
    "нова": "nowa", "новии": "nowy", "нове": "nowe", "новая": "nowa", "новыи": "nowy", "новое": "nowe",
    "стара": "stara", "старии": "stary", "старе": "stare", "старая": "stara", "старыи": "stary",
    "колонія": "kolonia", "колония": "kolonia", "місто": "miasto", "мисто": "miasto", "мiсто": "miasto",
    "над": "nad", "під": "pod", "под": "pod",
}  # fmt: skip
#: A river after "над" / "під" in the instrumental, as Polish has it too: "над Піліцою" is "nad
#: Pilicą" (folded "pilica"), "над Вартою" nad Wartą, "над Бугом" nad Bugiem is left as it is.
_INSTRUMENTAL = re.compile(r"(?:ою|ею|ои|еи)$")  # (folded: Russian "-ой", "-ей" end in "и")
#: Ukrainian writes an apostrophe before "я", "ю", "є", "ї" after a labial or "р" ("Раб'яни" for
#: Rabiany); folding made it a space, which the Polish name does not have.
_APOSTROPHE_SPACE = re.compile(r"(?<=[бпвмфр]) (?=[яюєї])")


def polish_spellings(key: str, *, soft: bool = False) -> list[str]:
    """Return the Polish spellings a folded Cyrillic key may stand for ("осини": "osiny", "osyny", …).

    For a Polish place written in Ukrainian or Russian, which the gazetteer names only in Polish.
    Ambiguous letters ("и": "y" or "i", or "j" after a vowel, where it was "й" before folding; "у":
    "u" or "ó"; a word's last "і": "i" or "e") give every combination, up to :data:`MAX_POLISH_SPELLINGS`.
    ``soft``: "е" after a soft consonant may be Polish "ie" too ("Селець": Sielec) — only where the
    place is known to be in Poland (a Polish unit named with it), as Belarusian names read so as well
    ("Сенкевичі" in Belarus is no Sienkiewicze).
    """
    joined = _APOSTROPHE_SPACE.sub("", key)
    if joined != key:  # the name as one word first ("раб яни": rabiany), then as two
        both = _polish_spellings(joined, soft) + _polish_spellings(key, soft)
        return list(dict.fromkeys(both))[:MAX_POLISH_SPELLINGS]
    return _polish_spellings(key, soft)


def _polish_spellings(key: str, soft: bool = False) -> list[str]:
    # Polish sounds Ukrainian and Russian write with two letters, each way tried: a soft consonant
    # before "o" ("Камьонка": Kamionka), and the nasal vowels, "ą" as "он", "ом" and "ę" as "ен", "ем"
    # before a consonant ("Гоньондз": Goniądz, "Домброва": Dąbrowa, which fold to "a" and "e")
    variants = _two_letter_variants(key)
    if len(variants) > 1:
        out = [s for v in variants for s in _polish_spellings_of(v, soft)]
        return list(dict.fromkeys(out))[:MAX_POLISH_SPELLINGS]
    return _polish_spellings_of(key, soft)


def _two_letter_variants(key: str) -> list[str]:
    """Return ``key`` with each soft "ьо" and nasal "он", "ом", "ен", "ем" kept or read, at most 8."""
    variants = [""]
    at = 0
    for m in _TWO_LETTERS.finditer(key):
        if m.start() == 0 or not key[m.start() - 1].isalpha():
            continue  # a word's first letters ("Онуфрий") are no nasal vowel
        found = m.group()
        soft = "і" if found.startswith("ь") else ""
        vowel, nasal = found.lstrip("ь")[0], found.lstrip("ь")[1:]
        reads = [soft + vowel + nasal]  # "ьо": "іо"
        if nasal:
            reads.append(soft + ("а" if vowel == "о" else "е"))  # "ьон": "ią" (folded "ia"), "ен": "ę"
        variants = [v + key[at : m.start()] + x for v in variants for x in dict.fromkeys((found, *reads))][:8]
        at = m.end()
    return [v + key[at:] for v in variants]


#: A soft sign before "o", a nasal "o" or "e" (before a consonant), or both.
_TWO_LETTERS = re.compile(r"ь?[ое][нм](?=[бвгґджзклмнпрстфхцчшщ])|ьо")


def _polish_spellings_of(key: str, soft: bool = False) -> list[str]:
    words = key.split()
    words = [
        _INSTRUMENTAL.sub("а", w) if i and words[i - 1] in ("над", "під", "под") else w
        for i, w in enumerate(words)
    ]
    if len(words) > 1:
        # word by word, so that no word's readings crowd out another's under the limit; translated
        # words in Polish, the others letter by letter ("великии лан": wielki lan)
        parts = [[_POLISH_WORDS[w]] if w in _POLISH_WORDS else _polish_spellings(w, soft) for w in words]
        combos = [""]
        for part in parts:
            combos = [f"{c} {p}".strip() for c in combos for p in part][:MAX_POLISH_SPELLINGS]
        return [c for c in dict.fromkeys(_SEPARATORS.sub(" ", c).strip() for c in combos) if c]
    if key.endswith("кии") and len(key) > 4:
        # an adjective's "-кий", "-ський", "-цкий" (folded "-кии") is Polish "-ki", "-ski", "-cki"
        # ("Томашів-Любельський", "Томашов-Любельский": Tomaszów Lubelski)
        key = key[:-2] + "і"
    spellings = [""]
    for i, ch in enumerate(key):
        options = _POLISH_FROM_CYRILLIC.get(ch, (ch,))
        after = key[i + 1 : i + 2] or " "
        if ch == "и" and i and key[i - 1] in CYRILLIC_VOWELS:
            options = ("j", *options)  # a folded "й" ("Майдан": Majdan, "Мацєйовіце": Maciejowice)
        elif ch == "і" and after in " -":
            options = (*options, "e")  # Ukrainian plural "-і" for Polish "-e" ("Полатичі": Połatycze)
        elif ch == "і" and key[i + 1 : i + 3] in ("в", "в ", "в-"):
            options = (*options, "o")  # Ukrainian "-ів" for Polish "-ów" ("Смиків": Smyków)
        elif soft and ch == "е" and i and key[i - 1] in _SOFTENED:
            options = (*options, "ie")  # a soft consonant before "e" ("Селець": Sielec, "Бела": Biela)
        spellings = [s + o for s in spellings for o in options][:MAX_POLISH_SPELLINGS]
    return [s for s in dict.fromkeys(_SEPARATORS.sub(" ", s).strip() for s in spellings) if s]


#: Russian endings of Ukrainian place names and their Ukrainian forms ("Громовка" is Громівка,
#: "Новоселовское" Новоселівське, "Красное" Красне, "Великая" Велика): Russian keeps the "о" or
#: "е" that Ukrainian turns into "і" in a closed syllable.  Folded as the index keys are (й as и).
_UKRAINIAN_ENDINGS = tuple(
    (fold(russian), fold(ukrainian))
    for russian, ukrainian in (
        ("овка", "івка"), ("евка", "івка"), ("евка", "ївка"), ("овское", "івське"), ("евское", "івське"),
        ("овский", "івський"), ("ская", "ська"), ("цкая", "цька"), ("ский", "ський"), ("цкий", "цький"),
        ("ское", "ське"), ("цкое", "цьке"), ("ое", "е"), ("ая", "а"), ("ый", "ий"),
    )
)  # fmt: skip
_RUSSIAN_LETTERS = str.maketrans({"ы": "и", "э": "е", "ъ": "'"})


#: How Russian and Ukrainian write the names of Lithuania, Latvia, Estonia, Moldova and Romania,
#: read back letter by letter into their Latin spellings (folded: "š", "ț", "ă", "õ" are "s", "t",
#: "a", "o"; Romanian "ă" is written "е" or "э"): "Мядининкай" Medininkai, "Гайгалава" Gaigalava,
#: "Выру" Võru, "Кухурештий-де-Жос" Cuhureștii de Jos, "Наславча" Naslavcea, "Косэуць" Cosăuți.  Every reading of a letter is tried,
#: as far as some name of the gazetteer begins so (see regional_spellings).  "й" and "ё" are folded
#: to "и" and "е" before.
_REGIONAL_FROM_CYRILLIC: dict[str, tuple[str, ...]] = {
    "дж": ("g", "gi", "dz", "j"), "а": ("a",), "б": ("b",), "в": ("v",), "г": ("g", "h"), "ґ": ("g",),
    "д": ("d",), "е": ("e", "ie", "a"), "є": ("je", "ie", "e"), "ж": ("z", "j"), "з": ("z",), "и": ("i", "y", "j"),
    "і": ("i",), "ї": ("ji", "i"), "к": ("k", "c"), "л": ("l",), "м": ("m",), "н": ("n",), "о": ("o",),
    "п": ("p",), "р": ("r",), "с": ("s",), "т": ("t",), "у": ("u",), "ф": ("f",), "х": ("h", "ch"),
    "ц": ("c", "t"), "ч": ("c", "ci", "ce"), "ш": ("s",), "щ": ("st", "sc"), "ъ": ("",),
    "ы": ("y", "i", "o", "a"), "ь": ("", "i"), "э": ("e", "a"), "ю": ("iu", "ju", "u"),
    "я": ("ia", "ja", "a", "e", "ea"), " ": (" ",),
}  # fmt: skip
#: At most this many spellings are returned for one name (each is a name the gazetteer holds).
MAX_REGIONAL_SPELLINGS = 32


def regional_spellings(key: str, begins: Callable[[str], bool], is_name: Callable[[str], bool]) -> list[str]:
    """Return the Latin spellings of a folded Cyrillic key that the gazetteer holds, read as a Baltic or Romanian name.

    ``begins(prefix)`` says whether some name of the gazetteer begins with ``prefix``: a reading is
    followed only as far as one does, so the letters' many readings are walked, not multiplied out.
    Only the spellings ``is_name`` accepts are returned, at most :data:`MAX_REGIONAL_SPELLINGS`.
    """
    tokens: list[tuple[str, ...]] = []
    i = 0
    joined = _APOSTROPHE_SPACE.sub("", key)
    while i < len(joined):
        two = joined[i : i + 2]
        if len(two) == 2 and two in _REGIONAL_FROM_CYRILLIC:
            tokens.append(_REGIONAL_FROM_CYRILLIC[two])
            i += 2
        elif joined[i] in _REGIONAL_FROM_CYRILLIC:
            tokens.append(_REGIONAL_FROM_CYRILLIC[joined[i]])
            i += 1
        else:
            return []  # a letter no reading covers ("ў", a digit): not such a name
        ends = i == len(joined) or joined[i] == " "
        if ends and joined[i - 1] in "бвгджзклмнпрстфхцчшщ":
            # a Romanian name's last "i" the Cyrillic drops after a consonant: "Колибаш" Colibași
            tokens.append(("", "i"))
    found: list[str] = []
    stack: list[tuple[int, str]] = [(0, "")]
    while stack and len(found) < MAX_REGIONAL_SPELLINGS:
        at, prefix = stack.pop()
        if at == len(tokens):
            if is_name(prefix):
                found.append(prefix)
            continue
        for reading in reversed(tokens[at]):  # (popped in the table's order: the commoner reading first)
            if begins(prefix + reading):
                stack.append((at + 1, prefix + reading))
    return found


def ukrainian_forms(key: str) -> list[str]:
    """Return the Ukrainian spellings a folded Russian place name may stand for (none if it has no Russian ending).

    A Ukrainian village a report names in Russian ("Громовка", Crimea) is in the register under its
    Ukrainian name (Громівка) only: without these forms, another village whose Russian alternate
    is "Громовка" would be taken for it alone.  Each word takes its first matching ending
    ("Великая Александровка": велика александрівка); the last word alone is tried too.
    """
    words = key.split()
    if not words:
        return []
    changed = [_ukrainian_word(w) for w in words]
    forms = [
        " ".join(w[0] for w in changed),  # every word
        " ".join([*words[:-1], changed[-1][0]]),  # the last word only
        *(" ".join([*words[:-1], alternative]) for alternative in changed[-1][1:]),
    ]
    forms = [f.translate(_RUSSIAN_LETTERS) for f in forms]
    forms += ["і" + f[1:] for f in forms if f.startswith("и")]  # "Ивановка" is Іванівка
    return [f for f in dict.fromkeys(forms) if f != key]


def _ukrainian_word(word: str) -> list[str]:
    """Return the word's Ukrainian forms, by each ending that fits it in turn; the word itself if none fits."""
    found = [
        word[: -len(russian)] + ukrainian
        for russian, ukrainian in _UKRAINIAN_ENDINGS
        if word.endswith(russian) and len(word) > len(russian) + 1
    ]
    return found or [word]


def key_variants(key: str) -> list[str]:
    """Return the forms a folded key is looked up under: itself, and its transliteration when Cyrillic."""
    return [key, transliterate(key)] if has_cyrillic(key) else [key]


#: Letter groups that transliterations of one Slavic name write differently ("Shchuchyn",
#: "Schuchin"; "Hlybokaye", "Glubokoe"; "Bykhaw", "Byhov"), each folded to one consonant.
_LOOSE_GROUPS = (
    ("shch", "s"), ("sch", "s"), ("shh", "s"), ("zh", "z"), ("kh", "h"), ("ch", "c"), ("sh", "s"),
    ("ts", "c"), ("tz", "c"), ("dz", "d"), ("w", "v"), ("g", "h"),
)  # fmt: skip
_NOT_LOOSE = re.compile(r"[aeiouyj'’ ]+")


def loose_key(key: str) -> str:
    """Return the consonant skeleton of a folded Latin name (see ``_LOOSE_GROUPS``): "scn" for Schuchin.

    Russian- and Belarusian-based transliterations of one name differ in vowels and in how they
    write a few consonants; the skeleton keeps what they share.  Loose by design: only a unique
    match may be taken, and only where a wrong one cannot pass unwarned.
    """
    key = transliterate(key) if has_cyrillic(key) else key
    for group, letter in _LOOSE_GROUPS:
        key = key.replace(group, letter)
    key = _NOT_LOOSE.sub("", key)
    return re.sub(r"(.)\1+", r"\1", key)


def close_spellings(key: str, choices: list[str], *, limit: int, cutoff: float) -> list[str]:
    """Return the closest spellings to ``key`` among ``choices`` (rapidfuzz: linear in the choices)."""
    from rapidfuzz import fuzz, process  # only misspellings need it: kept out of the cold start

    return [
        c for c, _, _ in process.extract(key, choices, scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff)
    ]


def word_order_key(key: str) -> str:
    """Return ``key`` with its words sorted: "kolonia zablocie" = "zablocie kolonia"."""
    return " ".join(sorted(key.split()))


def is_latin_or_cyrillic(text: str) -> bool:
    """Tell whether every letter of ``text`` is Latin or Cyrillic."""
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if not (name.startswith("LATIN") or name.startswith("CYRILLIC")):
                return False
    return True


# Words that name the kind of an admin unit, folded, by the level they imply.
UNIT_WORDS = {
    "ADM3": {
        "gmina",
        "gm",
        "gminy",
        "commune",
        "municipality",
        "hromada",
        "громада",
        "територіальна",
        "selsoviet",
    },
    "ADM2": {
        "county",
        "powiat",
        "pow",
        "powiatu",
        "district",
        "raion",
        "rayon",
        "rajon",
        "район",
        "раион",
        "повіт",
        "уезд",
    },
    "ADM1": {
        "voivodeship",
        "province",
        "wojewodztwo",
        "woj",
        "wojewodztwa",
        "region",
        "oblast",
        "oblast'",
        "voblast",
        "voblasts",
        "voblasc",
        "область",
        "вобласць",
        "воеводство",
        "воєводство",
    },
}
#: Unit words whose level differs between countries ("county": a powiat, a Lithuanian apskritis; a
#: raion is Ukraine's and Belarus's second level, Moldova's first: "Кагульський район").
GENERIC_UNIT_WORDS = frozenset(
    {
        "county",
        "district",
        "region",
        "province",
        "commune",
        "municipality",
        "raion",
        "rayon",
        "rajon",
        "район",
        "раион",
    }
)
_UNIT_LEVEL = {word: level for level, words in UNIT_WORDS.items() for word in words}


def split_unit_words(key: str) -> tuple[str, str | None]:
    """Split a folded admin name into its bare name and the level its unit word implies.

    ``split_unit_words("powiat zamojski") == ("zamojski", "ADM2")``;
    ``split_unit_words("lubelskie") == ("lubelskie", None)``.
    """
    words = key.split()
    level = None
    kept = []
    for word in words:
        found = _UNIT_LEVEL.get(word)
        if found is not None and len(words) > 1:
            level = level or found
        else:
            kept.append(word)
    return " ".join(kept), level
