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
from functools import lru_cache
from itertools import pairwise

from geomap.extract import inflection, lexicon, regexes
from geomap.extract.sentences import ABBREVIATIONS, Report, Sentence
from geomap.extract.toponyms import Found, country_of, genitive_town
from geomap.places.text import fold, has_cyrillic

#: The English verbs of saying a subject stands beside ("Tusk said", "said Tusk"), one alternation.
_SAID = "|".join(lexicon.SAID)
#: English participles of saying after a comma: "…, saying", "…, adding that".
_SAYING = "saying|adding|noting|stating|claiming|insisting|warning|explaining|stressing|confirming|showing"
#: When, between an English subject and its verb: "the Ministry of Defence on Tuesday said" (no part of its name).
_WHEN = (
    r"(?:(?:(?:late|early)\s+)?on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|"
    r"earlier|later|also)\b"
)
#: Latin capitals, the Baltic and Czech ones too ("Šakalienė", "Žygimantas", "Čmilytė").
_UP = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
_CAP = rf"(?:[{_UP}][\w’'\-]+|[A-Z]\.)"
_TITLE = lexicon.one_of(sorted(lexicon.TITLES, key=len, reverse=True))
_ADJ = r"(?:[A-Z][a-z]+(?:ian|ish|ese|ch|an)|U\.S\.|US|NATO|EU|UN)"
#: The head words of an English body's name: a capitalised run ending so names no person.
_EN_BODY_HEADS = (
    "Command|Ministry|Office|Forces|Force|Service|Guard|Agency|Council|Committee|Army|Police|Government|"
    "Headquarters|Bureau|Directorate|Department|Centre|Center|Embassy|Inspectorate|Staff|Commission"
)
#: "(Polish) (Prime Minister) (Donald Tusk)", "President Trump", "Col. Martin L. O’Donnell".
_TITLED = regexes.compile(
    rf"(?P<role>(?:{_ADJ}\s+)?(?:(?:[A-Z][\w\-]+|U\.S\.)\s+){{0,2}}{_TITLE}"
    # "Minister of National Defense Dovilė Šakalienė": the office's name, then a name of two words or more.
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,3}}(?=\s+{_CAP}\s+{_CAP}))?)"
    # (a body's name is no person's: "spokesperson for Poland's Operational Command")
    # (nor an acronym, nor words a longer capitalised run goes on from: "szef MSWiA Marcin
    # Kierwiński", "szef Krajowego Centrum Zarządzania Kryzysowego Vilmantas Vitkauskas" are a Polish
    # title's, the body in the genitive before the name)
    rf"\s+(?!(?:{_CAP}\s){{0,3}}(?:{_EN_BODY_HEADS})\b)(?![{_UP}]{{2}}\w*\s+{_CAP})(?P<name>{_CAP}(?:\s{_CAP}){{0,3}})(?![\w’'\-]|\s+(?:\([^()]{{1,12}}\)\s+)?{_CAP})"
)
#: A Polish title, the institution after it in the genitive (lower-case words and places included),
#: then the name, before a verb of saying or where the clause goes on: "Szef Prokuratury Okręgowej w
#: Lublinie Grzegorz Trusiewicz poinformował", "– napisała premier Litwy Inga Ruginiene na Facebooku".
#: (with the Baltic letters of names Polish reports keep: "Dovilė Šakalienė", "Kęstutis Budrys")
_PL_UP, _PL_LOW = "A-ZĄĆĘŁŃÓŚŹŻŠŽČĖĮŲŪĀĒĪĶĻŅ", "a-ząćęłńóśźżšžčėįųūāēīķļņ"
_PL_VERBS = "|".join(
    re.escape(v) for v in lexicon.SPEECH_VERBS if re.search("[łl][aoi]?$", v) and " " not in v
)
#: A Polish rank, abbreviated or not: "kpt.", "ppor.", "mł. asp.", "mjr", "płk", "nadkomisarz".
_PL_RANK = (
    r"(?i:(?:(?:st|mł)\.\s+)?(?:kpt|ppor|por|gen|bryg|sierż|asp|podinsp|insp|nadkom|podkom|kom|kmdr)\.|mjr|ppłk|płk"
    r"|(?:starszy\s+|młodszy\s+)?(?:kapitan|podporucznik|porucznik|major|podpułkownik|pułkownik|generał|komisarz"
    r"|nadkomisarz|podkomisarz|aspirant|sierżant|inspektor|podinspektor|nadinspektor|komandor))"
)
_POLISH_TITLED = regexes.compile(
    r"(?<![\w\-])(?P<role>(?i:szef|szefowa|wiceszef|wiceszefowa|rzecznik|rzeczniczka|prokurator|komendant|dowódca|dyrektor|prezes|"
    r"wicepremier|minister|wiceminister|wojewoda|starosta|wójt|burmistrz|sołtys|sołtyska|prezydent|premier|"
    r"poseł|posłanka|senator|przewodnicząc\w+)"
    # the institution, as far as it goes: never past where the person speaks ("na antenie Telewizji …"),
    # and never an English title's ("Minister of National Defence, Vasile Dincu": no "National Defence")
    # (a bracketed acronym among its words: "Szef Krajowego Centrum Zarządzania Kryzysowego (NCMC) Litwy")
    r"(?:\s+(?:\([A-ZĄĆĘŁŃÓŚŹŻ]{2,8}\)|(?!(?i:antenie|łamach|rozmowie|wywiadzie|programie|audycji|of|for|the)\b)[\w\-]+)){0,7}"
    # and the person's rank ("rzecznik NOSG kpt. Dariusz Sienicki"), or the rank alone ("ppor. Konrad Szwed")
    # a rank, then its service in the genitive ("kapitan Marynarki Wojennej Jan Kowalski"): the
    # service takes all the capitalised words the name leaves (a given name goes back, below)
    rf"(?:\s+{_PL_RANK})?|{_PL_RANK}(?:\s+(?i:porucznik|podporucznik|brygady|dywizji|broni|pilot))?"
    rf"(?:\s+[{_PL_UP}][{_PL_LOW}]+){{0,3}})"
    # a given name or two, then the surname: "Władysław Teofil Bartoszewski"
    rf"\s+(?P<name>(?:[{_PL_UP}][{_PL_LOW}]+\s+){{1,2}}[{_PL_UP}][{_PL_LOW}]+(?:-[{_PL_UP}][{_PL_LOW}]+)?)"
    # then a verb of saying, or any verb in the past ("komentował"), or the clause goes on
    # (or a day's date or an adverb first: "Kosiniak-Kamysz 9 lutego ocenił", "… wczoraj powiedział")
    rf"(?=\s+(?:{_PL_VERBS})\b|\s+[{_PL_LOW}]+(?:ł|ła|ło|li|ły)\b|\s*[,.;:)]|\s+(?:na|w|we|z|ze|podczas|dla)\b|\s*$"
    r"|\s+\d{1,2}\s+[a-ząćęłńóśźż]+\s|\s+(?:wczoraj|dziś|dzisiaj|również|także|też|jednak|natomiast)\b)"
)
#: The title of an institution's head right before its name: "szef", "rzecznik", "dowódca".
_PL_HEAD_BEFORE = regexes.compile(r"(?<![\w\-])(?i:szef|szefowa|rzecznik|rzeczniczka|dowódca|komendant)\s+$")
#: A rank right after an institution's name, before the person's: " generał ", " gen. ".
_PL_RANK_AFTER = regexes.compile(rf"(?P<space>\s+)(?:{_PL_RANK}\s+)?")
#: A Polish genitive ending on the last of a title's capitalised words: the institution's name
#: ("Rzecznik Dowództwa Operacyjnego Rodzajów Sił Zbrojnych"), not a person's after it ("szef
#: Krajowego Centrum Zarządzania Kryzysowego Vilmantas Vitkauskas", which a place-finder reads as one run).
_GENITIVE_LAST = regexes.compile(r"(?:ego|ych|ich|ów|ej|ii|ji)$")
#: A Polish plural or adjective genitive ending a capitalised pair: a body's words, no person's name.
#: (Narrower than _GENITIVE_LAST, on purpose: a pair found anywhere may be a name and surname ending
#: "-ej" or "-ii", "Janusz Sejmej", where a title's run cannot.)
_BODY_GENITIVE_END = regexes.compile(r"(?:ych|ich|ego|ów|owej|skiej|ckiej)$")
_NAME_AFTER = regexes.compile(r"\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯІЇЄҐ][\w\-]+\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯІЇЄҐ]")
#: A title left without its name: "Ukrainian President , who ..." (the report has a gap there).
_UNNAMED = regexes.compile(rf"(?P<role>{_ADJ}\s+{_TITLE})\s+(?=[,.;]|who\b)")
#: A country's officer in lower case, saying: "Ukraine’s armed forces chief said", "Poland’s defence
#: minister said" (the heads _DESCRIBED leaves out, for a person; the country checked where it is read).
_COUNTRY_OFFICER_SAID = regexes.compile(
    r"\b(?P<role>(?P<country>[A-Z][a-z]+)[’']s\s+(?:(?-i:[a-z][\w\-]*)\s+){0,3}?"
    r"(?:chief|minister|president|general|ambassador|envoy|head))"
    rf"(?=\s+(?:has\s+|have\s+|had\s+)?(?:{_SAID})\b)"
)
_DESCRIBED = regexes.compile(
    r"\b(?P<role>(?:a|an|the|one|another|[A-Z][\w\-]+[’']s)\s+(?:[\w’'\-]+\s+){0,4}?(?:spokesperson|spokesman|"
    r"spokeswoman|official|officials|officer|representative|source|witness|resident|prosecutor|commander|ministry|"
    r"government|authorities|army|military|police|service|command|office|agency|guard|force|forces|analyst|"
    r"expert|investigator|diplomat|observer|centre|center|council|committee|department|headquarters|bureau|"
    r"directorate|inspectorate|staff|embassy|commission)(?:\s+(?:for|of|at|from|with|in)\s+(?:the\s+)?"
    # what it is of, up to eight words, none a verb in the past ("the Ministry of Defence condemned
    # the attack" is no name; "the armed forces" is); its letters in brackets after it: "Poland’s National Security Bureau (BBN) said"
    rf"(?!(?-i:(?!armed\b|united\b)[a-z][\w’'\-]*ed)\b)[\w’'\-]{{3,}}(?:\s+(?!{_WHEN})(?!(?-i:(?!armed\b|united\b)[a-z][\w’'\-]*ed)\b)[\w’'\-]+){{0,7}}?)?)(?:\s*\([A-Z]{{2,6}}\))?(?=(?:\s+{_WHEN})?\s*(?:,|(?:has\s+|have\s+|had\s+)?(?:{_SAID})|\.|$)"
    # or the subject of what it did, saying so after a comma: "The army published the route, saying …"
    rf"|(?P<acted>\s+\w+ed\b[^.;!?]{{0,120}}?(?:,\s+(?:{_SAYING})|\s+showing)\b))",
    re.I,
)


def _opens_clause(text: str, at: int) -> bool:
    """Return whether a subject at ``at`` opens its clause.

    The sentence's first words, or after a short opening phrase ("On Monday, the army …") or a
    joining word ("…, and the army …").
    """
    before = text[max(0, at - 200) : at]
    head = before[max(before.rfind(c) for c in ".;:!?\n") + 1 :].strip(
        ' "“„«(-–—•*'
    )  # (a list item's dash too)
    if not head or re.search(r",\s*(?i:and|but|while|whereas)$", head):
        return True
    return head.endswith(",") and head.count(",") == 1 and len(head.split()) <= 4


#: A surname alone as the subject or object of a speech verb: "Tusk said", "said Tusk".
_SURNAME = regexes.compile(
    rf"\b(?P<a>[{_UP}][a-zà-žșțş’'\-]{{2,}})\s+(?:{_SAID})\b|\b(?:{_SAID})\s+(?P<b>[{_UP}][a-zà-žșțş’'\-]{{2,}})\b"
)
#: An organisation known by its letters as the subject of a speech verb: "RMF FM said", "LRT reported".
#: Letters that stand for a title, not an organisation: "the Polish PM said".
_TITLE_LETTERS = frozenset(("PM", "MP", "MEP", "CEO"))
_ACRONYM = regexes.compile(
    # (Cyrillic letters too, and "also" between: "Позже НАТО также заявил")
    rf"(?<![\w.\-])(?P<a>[A-ZА-ЯІЇЄҐ]{{2,}}(?:\s+[A-ZА-ЯІЇЄҐ]{{2,}})?)\s+"
    rf"(?:(?:also|также|також|тоже|też|także|również)\s+)?(?:{lexicon.SPEECH_WORDS})(?![\w])"
)
#: ... or after one, a date between: "повідомляє 26 жовтня LRT", "сообщает ТАСС", "podało RMF FM".
#: A medium by a one-word name, as what reports: "Reports from Militarnyi suggested", "Militarnyi also
#: recently reported that" (a report's verbs only: "Tusk said" is a person's, found as one).
_MEDIUM_NAMED = regexes.compile(
    r"(?:\b(?:[Rr]eports?|[Aa]ccording\s+to\s+reports?)\s+(?:from|by)\s+(?P<a>[A-Z][a-z]{3,}(?:\s+[A-Z]{2,3})?)\b"
    # (or its letters with a word's lower case inside: "BelTA reports")
    r"|(?<![\w.\-])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Media|Local|Earlier)\b)"
    r"(?P<b>[A-Z][a-z]{3,}|[A-Z][a-z]{1,3}[A-Z]{1,3})"
    r"(?=\s+(?:also\s+|recently\s+|earlier\s+){0,2}(?:reported|reports|wrote|writes)\b))"
)
#: A Cyrillic word right before an acronym, which the acronym then qualifies in the genitive:
#: "Минобороны РФ сообщило", "системы НВС зафиксировали" (the ministry, the systems: not РФ, НВС).
_OF_THE_WORD_BEFORE = regexes.compile(
    r"(?<![\w\-])(?!(?i:и|а|но|также|позже|ранее|тогда|затем|і|та|але|також|пізніше|раніше|тоді|потім)\s)"
    r"[А-ЯЁІЇЄҐа-яёіїєґ][\w\-]*\s+$"
)
#: A Polish title right before a body's letters: "szef MON", "rzecznik MSZ" (the titled speaker
#: is found with them; English "the head of the SBU" has none, and the SBU speaks for it).
_TITLE_OF_BEFORE = regexes.compile(
    r"(?i:(?<![\w\-])(?:szef|szefowa|wiceszef|wiceszefowa|rzecznik|rzeczniczka|minister|wiceminister)\s+$)"
)
_ACRONYM_AFTER = regexes.compile(
    rf"(?<![\w\-])(?:{lexicon.SPEECH_WORDS}|повідомляє|сообщает|пише|пишет|podaje)"
    # (a medium's letters with a word's lower case inside: "сообщает БелТА")
    r"\s+(?:\d{1,2}\s+[^\W\d_]+\s+)?(?P<a>[A-ZА-ЯІЇЄҐ](?:[a-zа-яіїєґ]{1,3}[A-ZА-ЯІЇЄҐ])?[A-ZА-ЯІЇЄҐ]+"
    # (and the word of a news agency's name: "пишет РИА Новости")
    r"(?:\s+[A-ZА-ЯІЇЄҐ]{2,}|\s+(?:Новости|Новини|Novosti))?)\b"
)
_PLAIN = regexes.compile(
    rf"\b(?P<name>[{_UP}][a-zà-žșțş’'\-]+(?:\s+[A-Z]\.)?\s+[{_UP}][a-zà-žșțş’'\-]+(?:-[{_UP}][a-zà-žșțş]+)?)\b"
)
_NOT_NAMES = frozenset(
    (
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
        # conjunctions and adverbs opening a sentence: "But Telegram channels again posted …"
        "but",
        "and",
        "yet",
        "so",
        "then",
        "also",
        "moreover",
        "meanwhile",
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
        *lexicon.MONTHS,
        "article",
        "second",
        "first",
        "world",
        "war",
        "supreme",
        "headquarters",
        "allied",
        "command",
        "staff",
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
        # English institutions and laws named like a person ("the Code of Criminal Procedure requires")
        "criminal",
        "procedure",
        "code",
        "security",
        "service",
        "defence",
        "defense",
        "affairs",
        "forces",
        "ministry",
        "office",
        "council",
        "committee",
        "agency",
        "department",
        # a statement's noun opening a sentence ("Komunikat Sił Zbrojnych Litwy potwierdza")
        "komunikat",
        "oswiadczenie",
        # Polish institutions named like a person ("Powiadomione zostały Siły Zbrojne RP")
        "sily",
        "sil",
        "straz",
        "strazy",
        "dowodztwo",
        "dowodztwa",
        "ministerstwo",
        "ministerstwa",
        "policja",
        "policji",
        "prokuratura",
        "prokuratury",
        "wojsko",
        "wojska",
        "sztab",
        "sztabu",
        "urzad",
        "urzedu",
        "agencja",
        "agencji",
        "sluzba",
        "sluzby",
        "rzad",
        "rzadu",
        # units named like a person ("z Obwodu Królewieckiego")
        "obwod",
        "obwodu",
        "obwodzie",
        "obwodem",
        "wojewodztwa",
        "wojewodztwo",
        "powiatu",
        "gminy",
        "rejonu",
        "oblast",
        "region",
        "county",
        "district",
    )
)
#: One-word titles, folded (English and Polish): capitalised before a verb of saying, a title, no surname.
_ONE_WORD_TITLES = frozenset(fold(t) for t in lexicon.TITLES if t.isalpha())
_RANKS = frozenset(fold(t) for t in lexicon.RANKS)
_GROUPS = frozenset(
    (
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
        "border guards",
        "guards",
        "troops",
        "soldiers",
        "rescuers",
        "diplomats",
        "observers",
        "journalists",
        "the statement",
        "wojsko",
        "policja",
        "prokuratura",
        "strazacy",
    )
)
#: A group as the subject of a speech verb, with where it is from: "Officials in Kyiv said" ...
_GROUP_WORDS = "|".join(lexicon.longest_first(_GROUPS))
#: ... or two groups, with the country they serve: "Lithuanian police and border guards reported".
_GROUP = regexes.compile(
    # (a Polish group with its country's adjective: "Litewskie wojsko przekazało")
    rf"\b(?P<role>(?:{_ADJ}\s+|[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:skie|ska|ckie|cka)\s+)?(?i:{_GROUP_WORDS})"
    rf"(?:\s+and\s+(?i:{_GROUP_WORDS}))?"
    rf"(?:\s+(?:in|from|of|at)\s+(?:the\s+)?[A-Z][\w’'\-]+"
    rf"(?:\s+[A-Z][\w’'\-]+)?)?)(?=\s+(?:{_SAID}|"
    r"(?:nie\s+)?(?:potwierdził|poinformował|przekazał|oświadczył|zaprzeczył|podał)\w*)\b)"
)
#: Residents and witnesses as the subject of a Polish verb of saying: "Mieszkańcy mówią, że …",
#: "Świadkowie relacjonują" (a group the report names by what they are).
_PL_PEOPLE = regexes.compile(
    r"(?<![\w\-])(?P<role>(?i:mieszkańcy|świadkowie|okoliczni\s+mieszkańcy))"
    r"(?=\s+(?:też\s+|także\s+)?(?:mówi|relacjonuj|twierdz|opowiada|przekonuj|podkreśla|zapewnia)\w*\b)"
)
#: Words after "according to" that refer back to the institution named before ("по данным ведомства").
_BACK = regexes.compile(
    r"\s*(?P<w>the (?:ministry|agency|department|service|command)|ведомства|відомства|министерства|"
    r"міністерства|resortu|ministerstwa|służby|командования|командування|прокуратуры|прокуратури)\b",
    re.I,
)
_PRONOUN = regexes.compile(
    r"\b(?P<p>he|she|it|they|who|on|ona|oni|który|która|він|вона|вони|он|она|они|який|яка|который|которая)\b"
    r"(?:\s+\w+ly|\s+(?:further|also|then|later|again|також|также|też))*\s*$",
    re.I,
)


_CY_UP = "А-ЯІЇЄҐЎЁ"
_CY_LOW = "а-яіїєґўё’'"
#: Two to four capitalised Cyrillic words: a name, after its title and country ("Президент Беларуси
#: Александр Лукашенко"), which are taken off it.
#: (up to five words: a title, a body and its country before a name are taken off below)
_CYR_WORD = rf"[{_CY_UP}][{_CY_LOW}]+(?:-[{_CY_UP}]?[{_CY_LOW}]+)*"  # "Косіняк-Камиш", "Ростов-на-Дону"
# (one space between a name's words: two are a paragraph's break or a stop the page lost, "Едгарс
# Рінкевичс  Зазначено, що …")
_CYR_PLAIN = regexes.compile(rf"(?<![\w\-]){_CYR_WORD}(?:\s{_CYR_WORD}){{1,4}}(?![\w\-])")


def _words(words: tuple[str, ...]) -> str:
    """Return an alternation of ``words`` as written (case kept), the longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CYR_VERBS = "|".join(re.escape(v) for v in lexicon.SPEECH_VERBS if re.match("[а-яіїєґ]", v) and " " not in v)
#: Polish verbs of saying beyond the masculine past of :data:`_PL_VERBS`: the present ("– twierdzi
#: ekspert", "– mówią mieszkańcy"), and the feminine and plural past the same endings catch
#: ("powiedziała", "przekazali"); not the participles ("dodając") nor the impersonal ("przekazano").
_PL_PRESENT = "|".join(
    re.escape(v)
    for v in lexicon.SPEECH_VERBS
    if re.fullmatch(r"[a-ząćęłńóśźż]+(?:[^ąo]i|ia|ą|[^ą]a|je|ują|uje|osi|szą)", v)
    and v not in lexicon.ENGLISH_SPEECH_VERBS
    and not v.endswith(("ano", "ono", "ąc"))
)
#: Someone described, not named, right after a verb of saying in Polish, Ukrainian or Russian:
#: "– przekonywał informator Onetu, wysoko postawiony oficer", "— рассказал источник в ведомстве".
_DESCRIBED_AFTER = regexes.compile(
    # after a quotation's or a statement's dash: "„…” – przekonywał …", "«…», — рассказал …", or "as":
    # "Jak relacjonował reporter Polsat News"
    # (a verb in the present too: "– twierdzą rosyjscy eksperci", "– mówi mieszkanka"; an adjective before
    # the noun: "— заявил российский эксперт")
    rf"(?:[–—-]|(?<![\w\-])(?:[Jj]ak|[Яя]к|[Кк]ак))\s+(?:{_PL_VERBS}|{_PL_PRESENT}|{_CYR_VERBS})\s+"
    r"(?P<role>(?:[^\W\d_]+(?:ski|cki|scy|ccy|ska|cka|ny|ni|na|wy|wi|wa|ий|ый|ой|ій|ие|ые|ая|ська|цька|ські|цькі|"
    r"ва|на|ні|ві)\s+)?"
    rf"(?:{_words(lexicon.DESCRIBED_PEOPLE)})"
    r"(?:\s+(?!(?:w|we|na|z|ze|dla|podczas|в|у|на|с|з|для|во)\b)[\w\-]+){0,3}?)"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:w|we|na|dla|podczas|в|у|на|для|во)\b)"
)
#: A person's verbs of saying in the past, masculine and feminine, in Polish, Russian and Ukrainian: a
#: medium reports in the present or the neuter ("– podało RMF FM", "— сообщает ТАСС").
_PERSON_SAID = _words(
    tuple(
        f"{stem}{end}"
        for stems, ends in (
            (("powiedział", "wyjaśnił", "dodał", "podkreślił", "stwierdził", "zaznaczył", "ocenił", "przekonywał",
              "tłumaczył", "mówił", "relacjonował", "zapewnił", "przyznał", "oświadczył", "zauważył", "ostrzegł"),
             ("", "a")),
            (("заявил", "сказал", "добавил", "подчеркнул", "отметил", "пояснил", "уточнил", "рассказал", "признал"),
             ("", "а")),
            (("заяви", "сказа", "дода", "підкресли", "наголоси", "зазначи", "поясни", "розпові"), ("в", "ла")),
        )
        for stem in stems
        for end in ends
    )
)  # fmt: skip
#: A surname alone after a dash and such a verb: "– wyjaśnił Palloson", "— заявил Лукашенко",
#: "— зазначив Зеленський" (not a full name, found as one: "– powiedział Jan Kowalski").
_SURNAME_AFTER_DASH = regexes.compile(
    rf"[–—-]\s+(?:{_PERSON_SAID})\s+(?P<a>[{_UP}{_CY_UP}][{_PL_LOW}{_CY_LOW}’'\-]{{2,}})"
    rf"(?!\s+[{_UP}{_CY_UP}])(?=\s*[,.;:!?)]|\s+(?:na|w|we|podczas|dla|в|у|на|во|під\s+час|во\s+время)\b|\s*$)"
)
#: Words after "according to" that name no one who speaks: documents, tracking systems, "the
#: media", a country's letters (folded).
_NOT_SOURCES = frozenset(
    fold(w)
    for w in ("Constitution", "Treaty", "Law", "Article", "Convention", "Charter", "Protocol", "Agreement",
              "Statute", "Code", "NOTAM", "GPS", "ADS-B", "ADSB", "AIS", "Flightradar24", "СМИ", "ЗМІ", "ЗМИ", "РБ",
              "РФ", "RP", "RB", "RF", "UAV", "UAS", "БПЛА", "БпЛА")
)  # fmt: skip
#: "According to" (lexicon.ACCORDING), a name in the genitive after it (a title between).
_ACCORDING_BEFORE = regexes.compile(
    rf"(?i:(?<![\w\-])(?:{lexicon.ACCORDING})\s+"
    # (a title between, no more: not "Według krytyków Tuska", "По словам противников Туска")
    r"(?:(?:премьер\w*|президент\w*|министр\w*|міністр\w*|прокурор\w*|генерал\w*|речник\w*|прем\W?єр\w*|"
    r"premier\w*|prezydent\w*|minist\w*|prokurator\w*|rzeczni\w*|szef\w*|genera\w*)\s+)?$)"
)
#: A name of one word after "according to", found by nothing else: a medium, a group or a body by
#: its letters ("according to LRT", "Według NKVC", "По данным BNS"), or, in English, where no case
#: changes it, a medium's or group's name ("According to Hajun, …"). A surname in Polish, Ukrainian
#: or Russian is in the genitive there, and is found as the person named in full before.
_ACCORDING_NAME = regexes.compile(
    # (in English a medium's name of one word with a capital or a digit inside, "HotNews", "TVN24":
    # a capitalised word alone may be a document, a town or a company)
    r"(?:\b[Aa]ccording\s+to\s+(?:the\s+)?(?P<en>[A-Z][a-z]+(?:[A-Z0-9][\w\-]*)(?:\s+(?:FM|TV|[A-Z]{2,4}))?)"
    # (the name ends there: "According to Belarusian border guards" is a description, found as one)
    r"(?=\s*[,.;:)]|\s+(?:and|which|who|on|in)\b|\s*$)"
    rf"|(?<![\w\-])(?i:(?:{lexicon.ACCORDING})(?:\s+the)?)\s+(?P<letters>(?-i:[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ0-9]+|[A-Z][a-z]+[A-Z]+[\w]*|TVN24)"
    r"(?:\s+(?-i:FM|TV|Новости|Новини))?)(?![\w\-]))"
)
#: A Polish surname alone before such a verb, as a second mention: "Tusk powiedział, że …".
_PL_SURNAME_BEFORE = regexes.compile(
    rf"(?<![\w\-])(?P<a>[{_UP}][{_PL_LOW}’'\-]{{2,}})\s+(?:też\s+|także\s+|również\s+)?(?={_PERSON_SAID}(?![\w]))"
)
#: A medium's noun, in the four languages: "канал", "Telegram-канал", "stacja", "portal", "outlet".
_MEDIUM_NOUNS = (
    r"(?i:телеграм-канал|telegram-канал|телеканал|канал|проєкт|проект|видання|издание|портал|сайт|газета|радио|"
    r"радіо|агентство|portal|serwis|kanał|dziennik|gazeta|tygodnik|radio|telewizja|stacja|agencja|outlet|channel|"
    # (a monitoring group as a medium: "моніторингова група «Білоруський Гаюн»", "grupa monitoringowa")
    r"project|группа|група|grupa|group)"
)
#: "According to" before a medium's noun, inflected after it ("по информации телеграм-канала",
#: "według portalu", "citing the outlet").
_MEDIUM_LEADS = rf"(?i:(?:{lexicon.ACCORDING}|citing)(?:\s+the)?)"
#: A medium's name unquoted: one to three capitalised words ("Onet", "Reuters", "RMF FM").
_MEDIUM_NAME = r"(?-i:[A-ZА-ЯІЇЄҐЁŁŚŻŹĆŃÓ])[\w\-]{1,30}(?:\s+(?-i:[A-ZА-ЯІЇЄҐЁŁŚŻŹĆŃÓ0-9])[\w\-]{0,30}){0,2}"
#: A medium or channel named in quotation marks after a verb of saying: "повідомляє проєкт «Білоруський
#: гаюн»", "сообщает канал «Беларускі Гаюн»", "podaje portal „Delfi”" (its name as written, marks kept).
_QUOTED_MEDIUM = regexes.compile(
    # a medium's noun after any verb of saying, or a medium's own verb (reports, writes) in the present
    # (the first letters looked for first: see lexicon.SPEECH_FIRST)
    rf"(?<![\w\-])(?i:(?={lexicon.SPEECH_FIRST[:-1]}пспidrw]))(?:(?i:{lexicon.SPEECH_WORDS})\s+{_MEDIUM_NOUNS}"
    # (or its noun inflected after "according to": "по информации телеграм-канала «Беларускі Гаюн»")
    rf"|{_MEDIUM_LEADS}\s+{_MEDIUM_NOUNS}\w{{0,3}}"
    r"|(?i:повідомляє|пише|сообщает|пишет|передает|передаёт|podaje|informuje|pisze|donosi|reports|writes))\s+"
    # a name, not a quoted sentence: capitalised, a few words, no sentence's punctuation in it
    r"(?P<name>[«„“\"](?=[A-ZА-ЯІЇЄҐЁŁŚŻŹĆŃÓ])[^«»„”“\"\n.,;:!?]{2,40}[»”\"])"
)
#: ... or quoted after its noun as a subject: "portal „Delfi” wieczorem we wtorek opublikował informację".
_MEDIUM_QUOTED_NAME = regexes.compile(
    rf"(?<![\w\-]){_MEDIUM_NOUNS}\s+(?P<name>[«„“\"](?=[A-ZА-ЯІЇЄҐЁŁŚŻŹĆŃÓ])[^«»„”“\"\n.,;:!?]{{2,40}}[»”\"])"
)
#: ... or unquoted after its noun, its verb of saying next: "portal Onet donosi, że", "агентство
#: Reuters сообщило" (one to three capitalised words: its name).
_MEDIUM_NAME_SAYS = regexes.compile(
    rf"(?<![\w\-]){_MEDIUM_NOUNS}\s+(?P<name>{_MEDIUM_NAME})"
    rf"(?=\s+(?:(?i:też|także|również|также|тоже|також|also)\s+)?(?i:{lexicon.SPEECH_WORDS})(?![\w]))"
)
#: ... or unquoted after its noun inflected after "according to": "Według portalu Onet", "За
#: повідомленням каналу Nexta", "according to the outlet Delfi".
_ACCORDING_MEDIUM = regexes.compile(
    rf"(?<![\w\-]){_MEDIUM_LEADS}\s+{_MEDIUM_NOUNS}\w{{0,3}}\s+(?P<name>{_MEDIUM_NAME})(?![\w\-])"
)
#: A preposition before a medium's noun: the medium is spoken to or through, not speaking.
_MEDIUM_AFTER_PREPOSITION = regexes.compile(
    # ("z kolei", "in turn", is no preposition's phrase: "Z kolei portal Onet donosi")
    rf"(?i:\b(?:with|to|by|for|przez|dla|z|w|в|у|з|із|для|от|с)\s+(?:the\s+)?(?!kolei\s)(?:\w+\s+)?{_MEDIUM_NOUNS}\s+$)"
)
#: ... or unquoted after a medium's noun: "опубликовал российский Telegram-канал Mash", "сообщил
#: телеканал СТВ", "poinformowała stacja TVN24" (one to three capitalised words: its name).
_MEDIUM_NOUN_NAME = regexes.compile(
    rf"(?<![\w\-])(?i:(?={lexicon.SPEECH_FIRST[:-1]}оop])(?:{lexicon.SPEECH_WORDS}|опубликова\w*|опублікува\w*|opublikowa\w*|published))\s+"
    r"(?:[\w\-]+(?:ий|ый|ій|ki|ka|ska|ski|ская|ська|ский|ський|ое|е)\s+)?"
    rf"{_MEDIUM_NOUNS}\s+"
    r"(?P<name>(?-i:[A-ZА-ЯІЇЄҐЁŁŚŻŹĆŃÓ])[\w\-]{1,30}(?:\s+(?-i:[A-ZА-ЯІЇЄҐЁŁŚŻŹĆŃÓ0-9])[\w\-]{0,30}){0,2})"
    r"(?![\w\-])"
)
#: Representatives of a body, before their verb of saying: "Przedstawiciele władz przekazali",
#: "przedstawiciel wojska poinformował", "представители властей заявили", "представники влади повідомили".
_REPRESENTATIVES = regexes.compile(
    r"(?<![\w\-])(?P<role>(?i:przedstawiciel(?:e|ka|ki)?|представители|представники)"
    r"(?:\s+(?!(?i:że|iż|что|що)\b)[\w\-]+){1,3}?)"
    rf"(?=\s+(?:też\s+|także\s+|również\s+|также\s+|також\s+)?(?i:{lexicon.SPEECH_WORDS})(?![\w]))"
)
#: A verb in the plural past after a word: its subject is plural ("Журналисты уточнили").
_CYR_PLURAL_VERB = regexes.compile(r"\s*\w+ли\b")
#: A Cyrillic surname alone as the subject of a speech verb: "Лукашенко подчеркнул".
_CYR_SURNAME = regexes.compile(rf"(?<![\w\-])(?P<a>[{_CY_UP}][{_CY_LOW}\-]{{2,}})\s+(?=(?:{_CYR_VERBS})\b)")
#: Institutions and collectives as Russian and Ukrainian reports name them, lower-case words and
#: a genitive chain included: "пограничная полиция республики", "Міністерство оборони Молдови".
#: Words of when, in Russian and Ukrainian: no part of a body's name ("у Повітряних силах вранці").
_CYR_WHEN = (
    "вчера|сегодня|утром|вечером|ночью|ранее|позже|позднее|вчора|сьогодні|вранці|зранку|увечері|ввечері|вночі|"
    "уночі|раніше|пізніше"
)
_CYR_DESCRIBED = regexes.compile(
    # (up to two adjectives before the head: "Молдавская пограничная полиция")
    # (a document's noun in the locative is no adjective: "на офіційному сайті МЗС Польщі" is the ministry)
    r"(?<![\w\-])(?P<role>(?:(?:(?!(?i:сайт|сторінц|странице|канал|допис|заяв|повідомленн|публікац|брифінг|конференц)\w*\s)"
    r"(?:[\w\-]+(?:ая|ое|ий|ый|ие|ые|ні|на|не|ий|і|ська|цька|ське|цьке|ских|ської|ну|ую|ську|цьку)\s+)){0,2}"
    r"(?i:полици|поліці|прикордонн\w*\s+служб|"
    r"пограничн\w*\s+служб|(?:гос|держ)?(?:погран|прикордон)служб|армі[яї]|арми[яи]|уряд(?=\b)|правительств|відомство(?=\b)|ведомство(?=\b)|"
    r"представитель(?=\b)|представник(?=\b)|речник(?=\b)|речниця(?=\b)|пресс-секретарь(?=\b)|прес-секретар(?=\b)|"
    r"спікер(?=\b)|спикер(?=\b)|пабліки(?=\b)|паблики(?=\b)|"
    # the head of a body, unnamed: "Керівник Служби держбезпеки Білорусі заявив"
    r"керівник(?=\b)|очільник(?=\b)|руководитель(?=\b)|начальник(?=\b)|"
    # ... and "the head of": "– зазначив глава Міноборони Румунії" (the head speaks, not the body)
    r"глава(?=\s+[А-ЯІЇЄҐ])|голова(?=\s+[А-ЯІЇЄҐ])|"
    r"(?:моніторингов|мониторингов)\w*\s+(?:канали|каналы)(?=\b)|"
    # channels where they post: "Некоторые каналы в Telegram, ссылаясь на карту …, заявили"
    r"(?:канали|каналы)\s+(?:в|у)\s+(?:Telegram|Телеграм\w*)(?![\w\-])|"
    r"министерство|міністерство|минобороны|міноборони|пресс-служба|прес-служба|пресслужба|генштаб(?=\b)|"
    r"генеральн\w*\s+штаб(?=\b)|"
    r"канцеляри|центр(?=\b)|посольство(?=\b)|комітет(?=\b)|комитет(?=\b)|бюро(?=\b)|сили(?=\b)|силы(?=\b)|прокуратур|"
    r"вооруж[её]нн\w*\s+сил|збройн\w*\s+сил|повітрян\w*\s+сил|командование|командування|"
    r"военны|військов|власт|влад|мид|мзс|прикордонник|пограничник|"
    r"(?:белорусск|польськ|польск|білоруськ|украинск|українськ|литовськ|литовск|латвійськ|латвийск|естонськ|"
    r"эстонск|російськ|российск|румунськ|румынск|молдовськ|молдавск)\w*\s+сторон(?=[аы]\b)"
    r")[\w\-]*)"
    # (never a word of when: "у Повітряних силах вранці заявили")
    rf"(?:\s+(?!(?:со|с|на|в|у|з|із|по|о|об|про|при|что|що|и|і|та|й|не|ни|ні|также|також|уже|вже|{_CYR_WHEN})\b)"
    # (a genitive chain of four: "пресс-служба Оперативного командования родов войск")
    # ("справ" ends like a verb, "дел" like no genitive: "министерство иностранных дел Литвы")
    r"(?:(?:справ|дел)(?![\w\-])|(?![\w\-]+(?:ли|ла|ло|ть|ся|сь|ав|ив|ув|ів)\b)(?:сил|войск|військ|[А-ЯІЇЄҐ]{2,5}|"
    r"[\w\-]+(?:и|ы|і|ї|а|я|ов|ев|ей|ій|ой|ого|его|ої|их|іх|ых))\b)){0,4})"
)


def _authorities_nominative(role: str) -> str:
    """Return "the authorities" in the nominative where a report names them in the genitive.

    "Заявления беларусских властей": беларусские власти; "заяви білоруської влади": білоруська влада.
    """
    words = role.split()
    low = words[-1].lower()
    if low not in ("властей", "влади"):
        return role
    if low == "властей":
        words = [w[:-4] + "ские" if w.lower().endswith("ских") else w for w in words[:-1]] + ["власти"]
    else:
        words = [w[:-5] + "ська" if w.lower().endswith("ської") else w for w in words[:-1]] + ["влада"]
    return " ".join(words)


#: "According to him", "За його словами", "По его данным", "Według niego": the speaker named before.
_PRONOUN_SOURCE = regexes.compile(
    r"(?i:according to (?P<en>him|her|them)|за (?P<uk>його|її|їхніми|їх) (?:словами|даними)|"
    r"по (?P<ru>его|ее|её|их) (?:словам|данным|информации|мнению|оценке)|"
    r"według (?P<pl>niego|niej|nich)|(?P<pl2>jego|jej|ich) zdaniem)"
)


#: Russian and Ukrainian titles a name may follow ("министр обороны Литвы Робертас Каунас").
_CYR_TITLES = (
    r"(?i:начальник|глава|голова|представник|представитель|речник|спикер|командувач|командующ|заступник|"
    r"заместитель|министр|міністр|президент|премьер|прем[’']єр|посол)\w*"
)
#: A title just before (one word between): "начальник генерального штаба" is part of a person's title.
_TITLE_BEFORE = regexes.compile(_CYR_TITLES + r"\s+(?:[\w\-]+\s+)?$")


#: A title a few words before a name ("министр обороны Литвы", "міністр закордонних справ").
_TITLE_NEAR = regexes.compile(_CYR_TITLES + r"\s+(?:[\w\-]+\s+){0,3}$")


def _not_name(word: str) -> bool:
    """Whether a capitalised Cyrillic word is a title, rank or institution, not part of a name."""
    key = fold(word)
    return key in lexicon.CYRILLIC_RANKS or any(
        key == stem or (len(stem) >= 4 and key.startswith(stem)) for stem in lexicon.CYRILLIC_NOT_NAMES
    )


def _polish_genitive_name(name: str) -> bool:
    """Whether two capitalised words read as a person's name in the genitive ("Mariusza Błaszczaka").

    A given name ends in "a" (men), "y" or "i" (women); a surname in "a", "ej", "iego", "y" or "i".
    "Radia Zet", "Białego Domu", "Wojsk Obrony" do not.
    """
    first, *rest = name.split()
    last = rest[-1].split("-")[-1].lower() if rest else ""
    return (
        first.lower().endswith(("a", "y", "i"))
        and not first.lower().endswith(("ia", "ego"))
        and last.endswith(("a", "ej", "iego", "y", "i"))
    )


#: "Według ministra obrony narodowej Mariusza Błaszczaka", "zgodnie z oświadczeniem premiera Donalda
#: Tuska": the person said to speak, named in the genitive after lower-case words of their office.
_POLISH_ACCORDING = regexes.compile(
    r"(?<![\w\-])(?:[Ww]edług|[Zz]daniem|[Zz]godnie\s+ze?\s+(?:oświadczeniem|komunikatem|informacj\w+|słowami|danymi|"
    rf"relacją|wypowiedzią))\s+(?P<role>(?:(?:[{_PL_LOW}]+|[{_PL_UP}]{{2,}})\s+){{0,4}}?)(?P<name>[{_PL_UP}][{_PL_LOW}]+"
    rf"(?:\s+[{_PL_UP}][{_PL_LOW}]+(?:-[{_PL_UP}][{_PL_LOW}]+)?))(?![\w\-])"
)


#: What a ministry is of, and its country, in the genitive ("оборони України").
_MINISTRY_OF = (
    r"\s+(?i:обороны|оборони|иностранных\s+дел|закордонних\s+справ|внутренних\s+дел|внутрішніх\s+справ)"
    r"(?:\s+(?:[А-ЯІЇЄҐЁ][а-яіїєґё]+(?:и|ы|і|ї)|РФ|РБ))?"
)
#: "За даними прикордонної поліції", "по данным пограничной полиции": an institution after "according
#: to", in the genitive, its adjectives before it (lower-case words).
_CYR_ACCORDING = regexes.compile(
    rf"(?i:{lexicon.ACCORDING_DATA})\s+(?P<role>"
    r"(?:[а-яіїєґёА-ЯІЇЄҐЁ][а-яіїєґё\-]*(?:ої|ой|ого|их|ых)\s+){1,2}(?i:поліці|полици|служб|прокуратур|міністерств|"
    r"министерств|командуванн|командовани|адміністраці|администраци|прикордонник|пограничник|сил(?=\s|$|[,.;])(?:\s+[А-ЯІЇЄҐ]{2,5}(?![\w\-]))?)\w*"
    # what a ministry is of, as written: "румынского министерства обороны", "Міністерства оборони України"
    rf"(?:{_MINISTRY_OF})?"
    rf"|(?i:міністерств|министерств)\w*{_MINISTRY_OF}"
    # a body named by what it heads: "Главного инспектората пограничной полиции"
    r"|(?P<head>(?:[а-яіїєґёА-ЯІЇЄҐЁ][а-яіїєґё\-]*(?:ої|ой|ого|его)\s+){0,2}"
    r"(?P<body>(?i:инспекторат|управлени|управлінн|департамент|комитет|комітет|агентств|ведомств|інспекці|"
    r"инспекци|штаб|слідств|следстви))[а-яіїєґё]*)"
    # what it heads, in the genitive: nouns, never a verb after it ("по данным управления были …")
    r"(?P<chain>\s+(?:[а-яіїєґё\-]+(?:ої|ой|ей|ого|его|их|ых)\s+)?"
    r"(?![а-яіїєґё\-]*(?:ли|ла|ло|лось|лась|лися|лась|ться|ется|ится|ються)\b)[а-яіїєґё\-]+(?:и|ы|і|ї|а|я|ов|ев|ів))?"
    r")(?![\w\-])"
)
#: The nominative and gender of each body :data:`_CYR_ACCORDING` names by what it heads.
_BODIES = {
    "инспекторат": ("инспекторат", "m"), "управлени": ("управление", "n"), "управлінн": ("управління", "n"),
    "департамент": ("департамент", "m"), "комитет": ("комитет", "m"), "комітет": ("комітет", "m"),
    "агентств": ("агентство", "n"), "ведомств": ("ведомство", "n"), "слідств": ("слідство", "n"),
    "следстви": ("следствие", "n"), "інспекці": ("інспекція", "f"),
    "инспекци": ("инспекция", "f"), "штаб": ("штаб", "m"),
}  # fmt: skip


#: Neuter bodies after "according to", their adjectives made to agree: ministries, commands.
_NEUTER_BODIES = ("министерств", "міністерств", "командуванн", "командовани")


def _according_role(m: re.Match[str]) -> str:
    """Return the speaker :data:`_CYR_ACCORDING` found in the nominative ("Главный инспекторат пограничной полиции")."""
    if not m.group("body"):
        words = m.group("role").split()
        ministry = next((i for i, w in enumerate(words) if w.lower().startswith(_NEUTER_BODIES)), None)
        if ministry is None:
            return _cyrillic_nominative_phrase(m.group("role"), russian=_russian_near(m))
        # A ministry or a command is neuter, and what it is of stays in the genitive: "румынское
        # министерство обороны", "Оперативное командование" (not "Оперативний командования")
        head = [inflection.adjective_nominative(a, "n", _russian_near(m)) for a in words[:ministry]]
        noun = words[ministry]
        noun = noun[:-1] + "е" if noun.lower().endswith("ования") else inflection.genitive_nominative(noun)
        return " ".join([*head, noun, *words[ministry + 1 :]])
    # Only the head turns: what it heads stays in the genitive, as the name has it.
    *adjectives, _ = m.group("head").split()
    russian = _russian_near(m)
    body = m.group("body")
    noun, gender = _BODIES[body.lower()]
    words = [inflection.adjective_nominative(a, gender, russian) for a in adjectives] + [body[0] + noun[1:]]
    return " ".join(words) + (m.group("chain") or "")


#: A word of a body's name: its letters ("МИД", "ДПСУ") or a capitalised word.
_ORG_WORD = rf"(?:[{_CY_UP}]{{2,}}(?![\w\-])|{_CYR_WORD})"
#: A title's office, not a person: "Prosecutor General's Office", "President's Office".
_OFFICE_NAMED = regexes.compile(r"[’']s\s+(?:Office|Chancellery|Administration|Bureau|Press\s+Service)$")
#: A body's name that begins with its head noun in lower case, an adjective before it and its own
#: name after it: "повітряного командування «Захід»" (of the Air Force's Air Command "West").
_LOWER_HEAD = (
    r"(?:[а-яіїєґё]+(?:ого|ої|ой|их|ых)\s+){0,2}(?:командування|командования|міністерства|министерства|служби|службы|"
    r"штабу|штаба|управління|управления|ведомства|відомства)(?:\s+«[^«»]{1,40}»)?"
)
#: The head nouns of :data:`_LOWER_HEAD` in the nominative, with their gender and whether the form
#: is Russian (each genitive is one language's: "командования", "командування").
_LOWER_HEADS = {
    "командування": ("командування", "n", False), "командования": ("командование", "n", True),
    "міністерства": ("міністерство", "n", False), "министерства": ("министерство", "n", True),
    "управління": ("управління", "n", False), "управления": ("управление", "n", True),
    "служби": ("служба", "f", False), "службы": ("служба", "f", True), "штабу": ("штаб", "m", False),
    "штаба": ("штаб", "m", True),
    # the body named before, by its kind: "В документе ведомства говорится" (see _named_before)
    "ведомства": ("ведомство", "n", True), "відомства": ("відомство", "n", False),
}  # fmt: skip


#: A statement quoted from a body's document: "— сказано в Telegram-канале Минобороны", "– йдеться у
#: дописі Повітряних сил", "говорится в сообщении Госпогранкомитета" (the body in the genitive).
_IN_DOCUMENT = regexes.compile(
    r"(?<![\w\-])(?P<lead>(?i:сказано|говорится|йдеться|зазначено|сообщается|повідомляється|указано|вказано|"
    r"написано|повідомили|повідомляють|сообщили|сообщают|написали|пишуть|пишут|заявили|поінформували))\s+"
    r"(?:в|у|во|на)\s+(?P<doc>(?i:telegram-канал[еі]|телеграм-канал[еі]|сообщении|повідомленні|заявлении|заяві|"
    r"дописі|посте|пості|публикации|публікації|странице|сторінці|сайте|сайті|релизе|релізі))\s+"
    rf"(?P<org>(?:{_LOWER_HEAD}|{_ORG_WORD})"
    rf"(?:\s+(?:{_ORG_WORD}|сил|[а-яіїєґё]+(?:их|ых|ої|ой|ого|ей|и|ы|і|ї))(?![\w\-])){{0,3}})"
)
#: ... and the document named first, its body, then the impersonal verb: "В заявлении Министерства обороны
#: Беларуси говорится, что …", "У заяві Міністерства оборони Литви зазначається, що …".
_DOCUMENT_FIRST = regexes.compile(
    r"(?<![\w\-])(?:[ВвУу]|[Вв]о)\s+(?P<doc>(?i:заявлении|сообщении|заяві|повідомленні|комментарии|коментарі|"
    r"письме|листі|ноте|ноті|релизе|релізі|документе|документі|публикации|публікації|обращении|зверненні|"
    r"отчете|звіті|посте|дописі|telegram-канале|телеграм-канале|telegram-каналі|телеграм-каналі))\s+"
    rf"(?P<org>(?:{_LOWER_HEAD}|{_ORG_WORD})"
    rf"(?:\s+(?:{_ORG_WORD}|сил|[а-яіїєґё]+(?:их|ых|ої|ой|ого|ей|и|ы|і|ї))(?![\w\-])){{0,3}})"
    r"(?=\s*,?\s+(?P<lead>(?i:говорится|сказано|йдеться|ідеться|зазначається|зазначено|указывается|указано|"
    r"вказано|отмечается|подчеркивается|наголошується|сообщается|повідомляється))(?![\w\-]))"
)
#: Bodies whose genitive is not an adjective's or a feminine noun's, and what they are in the nominative.
_GENITIVE_BODIES = {
    "генштаба": "Генштаб", "генштабу": "Генштаб", "госпогранкомитета": "Госпогранкомитет", "кремля": "Кремль",
    "пентагона": "Пентагон", "погранкомитета": "погранкомитет", "мида": "МИД",
}  # fmt: skip


#: A country's letters after a body's name, part of it: "Минобороны РФ", "Міноборони РФ", "Siły Zbrojne RP".
_COUNTRY_LETTERS = regexes.compile(r" (?:РФ|РБ|RP|RB|RF)(?![\w\-])")


#: The leads of :data:`_IN_DOCUMENT` that are Russian only ("сказано", "написано" are both).
_RUSSIAN_LEADS = frozenset(
    ("говорится", "сообщается", "указано", "сообщили", "сообщают", "пишут", "указывается", "отмечается",
     "подчеркивается")
)  # fmt: skip
#: A word of a body's name: its letters, or a head noun of an institution (not a person's name).
_BODY_WORD = regexes.compile(
    r"(?:^|\s)[А-ЯІЇЄҐЁ]{2,}(?![\w\-])|(?i:командуванн|командовани|сил(?![\w])|служб|міністерств|министерств|"
    r"комитет|комітет|генштаб|минобороны|міноборони|штаб|прокуратур|полици|поліці|посольств|уряд|"
    r"правительств|администрац|адміністрац|кремл|пентагон|центр|агентств|відомств|ведомств|армі|арми)"
)


def _document_body(genitive: str, /, *, russian: bool | None = None) -> str:
    """Return the body a document is of in the nominative: "Минобороны" as is, "Повітряних сил": Повітряні сили.

    A body whose head noun is in lower case with its own name in quotes is that body, the chain of
    bodies it belongs to left out: "повітряного командування «Захід» Повітряних сил ЗС України" is
    "Повітряне командування «Захід»".
    """
    head = re.match(_LOWER_HEAD, genitive)
    if head is not None and genitive[:1].islower():
        named = re.match(r"(.*?)\s+(«[^«»]+»)$", head.group())
        words, name = (named.group(1), named.group(2)) if named else (head.group(), "")
        *adjectives, noun = words.split()
        nominative, gender, russian_head = _LOWER_HEADS[noun.lower()]
        nominative = " ".join(
            [*(inflection.adjective_nominative(a, gender, russian_head) for a in adjectives), nominative]
        )
        return " ".join(filter(None, (nominative[:1].upper() + nominative[1:], name)))
    words = genitive.split()
    first = words[0].lower()
    if first in _GENITIVE_BODIES:
        return " ".join([_GENITIVE_BODIES[first], *words[1:]])
    if words[0].isupper() or first in ("минобороны", "міноборони"):
        return genitive
    return _cyrillic_nominative_phrase(genitive, russian=russian)


def _cyrillic_nominative_phrase(phrase: str, /, *, russian: bool | None = None) -> str:
    """Return an institution's name from the genitive to the nominative ("прикордонної поліції": прикордонна поліція).

    Adjectives and the few nouns :data:`_CYR_ACCORDING` takes; a word it does not know stays as written.
    ``russian``: the language, where the words around say it (else only Russian letters do).
    """
    if russian is None:
        russian = bool(re.search("[ыэёъ]", phrase.lower()))
    return " ".join(_nominative_in_phrase(w, i, russian) for i, w in enumerate(phrase.split()))


def _nominative_in_phrase(word: str, at: int, russian: bool) -> str:
    """One word of a body's name in the nominative (see :func:`_cyrillic_nominative_phrase`)."""
    low = word.lower()
    if at and word[:1].isupper() and country_of(word):
        return word  # a country's name stays in the genitive: "Вооружённых сил Белоруссии"
    if low in _RUSSIAN_TITLES:  # "сил": сили, or силы in Russian ("Повітряних сил ЗСУ", "Вооружённых сил")
        return _RUSSIAN_TITLES[low] if russian else _TITLES_GENITIVE[low][0]
    if low.endswith("их") and len(word) > 4:
        # a plural adjective agreeing with it: "эстонских" эстонские, "естонських" естонські
        return inflection.adjective_nominative(word, "p", russian)
    return inflection.genitive_nominative(word)


#: Titles in the genitive, as "according to" leaves them, with their nominative and gender ("m", "f"
#: or "p", plural): "По словам командующего ВВС Латвии", "Według rzecznika prasowego MSZ".
_TITLES_GENITIVE = {
    # Russian
    "командующего": ("командующий", "m"), "представителя": ("представитель", "m"), "министра": ("министр", "m"),
    "начальника": ("начальник", "m"), "пресс-секретаря": ("пресс-секретарь", "m"), "спикера": ("спикер", "m"),
    "руководителя": ("руководитель", "m"), "заместителя": ("заместитель", "m"), "командира": ("командир", "m"),
    "главы": ("глава", "m"), "директора": ("директор", "m"), "губернатора": ("губернатор", "m"),
    "источника": ("источник", "m"), "источников": ("источники", "p"), "военных": ("военные", "p"),
    "пограничников": ("пограничники", "p"), "представительницы": ("представительница", "f"),
    # Ukrainian
    "командувача": ("командувач", "m"), "представника": ("представник", "m"), "речника": ("речник", "m"),
    "міністра": ("міністр", "m"), "керівника": ("керівник", "m"), "прес-секретаря": ("прес-секретар", "m"),
    "заступника": ("заступник", "m"), "голови": ("голова", "m"), "джерела": ("джерело", "n"),
    "джерел": ("джерела", "p"), "військових": ("військові", "p"), "прикордонників": ("прикордонники", "p"),
    "речниці": ("речниця", "f"), "представниці": ("представниця", "f"),
    # Polish
    "dowódcy": ("dowódca", "m"), "rzecznika": ("rzecznik", "m"), "rzeczniczki": ("rzeczniczka", "f"),
    "ministra": ("minister", "m"), "wiceministra": ("wiceminister", "m"), "szefa": ("szef", "m"),
    "szefowej": ("szefowa", "f"), "przedstawiciela": ("przedstawiciel", "m"), "komendanta": ("komendant", "m"),
    "prokuratora": ("prokurator", "m"), "ambasadora": ("ambasador", "m"), "dyrektora": ("dyrektor", "m"),
    "źródeł": ("źródła", "p"), "wojewody": ("wojewoda", "m"), "starosty": ("starosta", "m"),
    # bodies, bare or with their adjectives: "За даними прокуратури", "По данным латвийской армии"
    "прокуратури": ("прокуратура", "f"), "прокуратуры": ("прокуратура", "f"), "армии": ("армия", "f"),
    "армії": ("армія", "f"), "полиции": ("полиция", "f"), "поліції": ("поліція", "f"),
    "сил": ("сили", "p"),  # "За даними Повітряних сил ЗСУ" (Russian "силы": see _RUSSIAN_TITLES)
}  # fmt: skip
#: The titles of one person among them, in the genitive: bare after "according to", the person
#: named before with that title (not a source, a body or people in the plural).
_PERSON_TITLE_GENITIVES = frozenset(
    genitive
    for genitive, (nominative, gender) in _TITLES_GENITIVE.items()
    if gender in ("m", "f")
    and nominative not in ("прокуратура", "армия", "армія", "полиция", "поліція", "источник")
)
_PERSON_TITLES = frozenset(fold(genitive) for genitive in _PERSON_TITLE_GENITIVES)
#: Military ranks in the genitive, Russian and Ukrainian: before a name, it is in the genitive too.
_RANKS_GENITIVE = (
    "генерала", "генерал-лейтенанта", "генерал-майора", "полковника", "подполковника", "підполковника",
    "майора", "капитана", "капітана", "лейтенанта", "адмирала", "адмірала",
)  # fmt: skip
#: Where Russian's nominative differs from Ukrainian's for one genitive.
_RUSSIAN_TITLES = {"сил": "силы"}
#: After "according to", a title in the genitive and what it is of, with no name after it: "По словам
#: командующего ВВС Латвии, …", "За словами речника Повітряних сил …", "Według dowódcy operacyjnego …".
#: (A title with a name is a person, found before.)
_TITLE_ACCORDING = regexes.compile(
    r"(?<![\w\-])(?i:по\s+(?:словам|данным|информации|мнению|оценке)|за\s+(?:словами|даними|інформацією|оцінкою)|"
    r"według|zdaniem)\s+"
    # (an adjective before the title, in Cyrillic or Polish: "według ukraińskiego dowódcy")
    rf"(?P<role>(?P<adj>(?:[{_CY_UP}{_CY_LOW}][{_CY_LOW}]+(?:ого|его|ой|ей|ої|ьої|ых|их)|"
    r"[a-ząćęłńóśźż]+(?:skiego|ckiego|skiej|ckiej|skich|ckich))\s+)?"
    rf"(?P<title>(?i:{'|'.join(sorted(_TITLES_GENITIVE, key=len, reverse=True))}))"
    # what it is of: capitalised words and letters ("ВВС Латвии", "MSZ"), genitive adjectives and the
    # nouns of a service ("Повітряних сил", "prasowego", "straży granicznej")
    rf"(?P<of>(?:\s+(?:[{_CY_UP}{_PL_UP}][\w’'\-]*|[{_CY_LOW}]+(?:ого|его|ой|ей|ої|ьої|ых|их)|"
    r"[a-ząćęłńóśźż]+(?:ego|ej|ych|ich)|(?i:сил|войск|армии|армії|полиции|поліції|службы|служби|обороны|оборони|"
    r"штаба|штабу|дел|справ|воєводства|воеводства|області|области|району|района|повіту|повета|sił|wojska|straży|"
    r"policji|sztabu|dowództwa|ministerstwa|obrony|spraw|województwa|powiatu|gminy)))"
    r"{0,5}))"
    # a comma, the end, or a lower-case word next: never a name ("… Латвии Леонида Калниньша")
    rf"(?=\s*[,.;:–—)]|\s*$|\s+[a-ząćęłńóśźż{_CY_LOW}])"
)


def _title_nominative(m: re.Match[str]) -> str:
    """Return the speaker :data:`_TITLE_ACCORDING` found, its title and adjectives in the nominative.

    Only the title's own words turn ("официального представителя": официальный представитель;
    "rzecznika prasowego": rzecznik prasowy); what it is of stays in the genitive, as names are.
    """
    title = m.group("title")
    nominative, gender = _TITLES_GENITIVE[title.lower()]
    if title.lower() in _RUSSIAN_TITLES and _russian_near(m):
        nominative = _RUSSIAN_TITLES[title.lower()]
    words = [title[0] + nominative[1:]]
    if m.group("adj"):
        adjective = m.group("adj").strip()
        words.insert(
            0,
            _polish_adjective(adjective, gender)
            if adjective.isascii() or re.search("[ąćęłńóśźż]", adjective)
            else inflection.adjective_nominative(adjective, gender, _russian_near(m)),
        )
    of = m.group("of").split()
    # Polish adjectives follow their title: "dowódcy operacyjnego", "rzeczniczki prasowej", "źródeł rządowych"
    while of and of[0].islower() and of[0].endswith(_POLISH_ADJECTIVES[gender]):
        words.append(_polish_adjective(of.pop(0), gender))
    return " ".join([*words, *of])


#: The genitive endings of Polish adjectives agreeing with a title of each gender.
_POLISH_ADJECTIVES = {"m": ("ego",), "f": ("ej",), "n": ("ego",), "p": ("ych", "ich")}


def _polish_adjective(word: str, gender: str) -> str:
    """Return a Polish adjective from the genitive ("operacyjnego": operacyjny, "prasowej": prasowa).

    Soft stems keep their "i" ("polskiego": polski, "polskiej": polska); of sources, a plural of
    things ("rządowych": rządowe).
    """
    if gender == "p":  # of things: "źródła rządowe", "źródła polskie"
        return word[:-3] + "e" if word.endswith("ych") else word[:-2] + "e"
    soft = word.endswith(("iego", "iej"))
    if gender == "f":
        return word[: -3 if soft else -2] + "a"
    return word[:-4] + "i" if soft else word[:-3] + "y"


def _name_in_chain(words: str) -> bool:
    """Whether a title's genitive chain holds a person's name ("rzecznika MSZ Łukasza Jasiny").

    Not only a body's ("Straży Granicznej", "ВВС Латвии", "Сил оборони"): of two capitalised words side by side, the first of a body's name is an adjective or a body's head
    noun; a given name is neither.  Letters ("MSZ") and countries are no names.
    """
    capitalised = [w for w in words.split() if w[:1].isupper() and not w.isupper() and not country_of(w)]
    return any(
        not a.lower().endswith(_ADJECTIVE_GENITIVES) and fold(a) not in _BODY_HEADS
        for a, _ in pairwise(capitalised)
    )


#: Genitive endings of adjectives (Polish, Russian, Ukrainian): the first word of a body's name.
_ADJECTIVE_GENITIVES = ("ej", "ego", "ych", "ich", "ой", "ого", "его", "их", "ых", "ої", "ей")
#: The head nouns of bodies' names in the genitive, folded ("Straży Granicznej", "Сил оборони").
_BODY_HEADS = frozenset(
    fold(w) for w in ("Straży", "Sił", "Wojsk", "Dowództwa", "Sztabu", "Ministerstwa", "Komendy", "Biura",
                      "Agencji", "Służby", "Policji", "Prokuratury", "Urzędu", "Rady", "Kancelarii", "Marynarki",
                      "Сил", "Войск", "Військ", "Министерства", "Міністерства", "Службы", "Служби", "Штаба",
                      "Штабу", "Командования", "Командування", "Полиции", "Поліції", "Армии", "Армії")
)  # fmt: skip


def _russian_near(m: re.Match[str]) -> bool:
    """Whether the words around a match read as Russian, not Ukrainian (a bounded look: reports may quote both)."""
    near = m.string[max(0, m.start() - 200) : m.end() + 200]
    return re.search("[ыэъё]", near) is not None and re.search("[іїєґ]", near) is None


_GENITIVE_BEFORE = regexes.compile(
    r"(?:словам|словами|данным|даними|мнению|думку|премьера|президента|министра|міністра|прем[’']єра|главы|глави|"
    r"генерала|начальника)\s+(?:[\w\-]+\s+){0,5}$"
    # a rank or a title in the genitive right before it (a word between may begin another phrase:
    # "Заступниця міністра оборони Ганна Маляр"): "со ссылкой на слова пресс-секретаря …,
    # подполковника Яцека Горышевского"
    r"|(?:слова|"
    + "|".join(sorted({*(g for g in _PERSON_TITLE_GENITIVES if has_cyrillic(g)), *_RANKS_GENITIVE}))
    + r")\s+$",
    re.I,
)


@dataclass(frozen=True)
class Speaker:
    """Who a statement is from: a name, or the description the report gives (``role``)."""

    name: str | None
    role: str | None
    start: int
    end: int
    kind: str  # "person", "unnamed", "described", "organisation", "country" (a country or its side)

    @property
    def label(self) -> str:
        """How the draft names the speaker; an unnamed one says that the report gives no name."""
        if self.name:
            return self.name
        if self.kind == "unnamed":
            return f"{self.role} (name not given in the report)"
        return self.role or "unknown"


#: How many names back a pronoun, title or "the ministry" is looked for.
RECALL = 64


class People(list[Speaker]):
    """Speakers in the order of the text, with their start offsets for binary search."""

    def __init__(self, speakers: list[Speaker]):
        super().__init__(sorted(speakers, key=lambda s: s.start))
        self.starts = [s.start for s in self]

    def between(self, start: int, end: int) -> list[Speaker]:
        """Return the speakers whose name starts in ``start:end``."""
        return self[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]

    def before(self, at: int) -> Iterator[Speaker]:
        """Yield the speakers named before ``at`` (ending by it), the nearest first.

        At most :data:`RECALL` of them: who "he" or "the ministry" is is looked for among the last
        names before it, a bound per statement whatever the report's length.
        """
        last = bisect.bisect_left(self.starts, at) - 1
        for i in range(last, max(-1, last - RECALL), -1):
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


#: Capitalised words after a verb of saying that are bodies, not surnames ("– powiedział Kreml").
_NOT_SURNAMES = frozenset(
    fold(w) for w in ("Kreml", "Kremlin", "Кремль", "Kijów", "Київ", "Киев", "Moskwa", "Москва")
)


def _lone_surnames(text: str, found: list[Speaker], named: _Spans, mentioned: _Spans) -> Iterator[Speaker]:
    """Yield the surnames said alone around a person's verb of saying (Polish, Ukrainian, Russian).

    After a dash and the verb, any ("– wyjaśnił Palloson", "— заявил Лукашенко"); before a Polish
    verb, only the surname of a person ``found`` named in full before ("Donald Tusk … Tusk powiedział").
    """
    full_names = {fold(p.name.split()[-1]) for p in found if p.kind == "person" and p.name and " " in p.name}
    for m, second in (
        *((m, False) for m in _SURNAME_AFTER_DASH.finditer(text)),
        *((m, True) for m in _PL_SURNAME_BEFORE.finditer(text)),
    ):
        surname = m.group("a")
        if (
            m.start("a") not in named
            and m.start("a") not in mentioned
            and not country_of(surname)
            and not _not_name(surname)
            and fold(surname) not in _NOT_NAMES
            and fold(surname) not in _NOT_SURNAMES
            and (not second or _named_in_full(fold(surname), full_names))
        ):
            yield Speaker(surname, None, m.start("a"), m.end("a"), "person")


#: A body's name, then the name of its officer: "… of the State Border Protection Service at the
#: Internal Ministry Antanas Montvidas" (the body's head word, then two or three capitalised words).
_BODY_THEN_NAME = regexes.compile(
    rf"\b(?:{_EN_BODY_HEADS})\s+(?P<name>[A-Z][a-zà-žșțş’'\-]+(?:\s+[A-Z][a-zà-žșțş’'\-]+){{1,2}})$"
)
#: The officer's post before the body: "Deputy head of", "a spokesperson for".
_POST_OF = regexes.compile(
    r"(?:\b(?:[Dd]eputy|[Aa]cting|[Ff]irst)\s+)?\b(?:[Hh]ead|[Cc]hief|[Dd]irector|[Ss]pokes\w+|[Cc]ommander|"
    r"[Rr]epresentative)\s+(?:of|for|at)\s+$"
)


#: Capitalised words of a body's name or a rank, never a person's: what _officer_of_body leaves.
_NOT_NAME_WORDS = frozenset((*_EN_BODY_HEADS.split("|"), "Division", "Affairs", "Public", "Unit", "Section", "Branch",
                             "Office", "Lieutenant", "Colonel", "General", "Major", "Captain", "Sergeant", "Admiral",
                             "Brigadier", "Commander", "Chief", "Deputy", "Head", "Director", "Press", "Media"))  # fmt: skip


def _officer_of_body(text: str, m: re.Match[str]) -> Speaker | None:
    """Return the person a described body's name ends with, if a post of it is named before it.

    "Deputy head of the State Border Protection Service at the Internal Ministry Antanas Montvidas
    said": Antanas Montvidas, his post his role (not a body named "… Ministry Antanas Montvidas").
    """
    name = _BODY_THEN_NAME.search(m.group("role"))
    post = _POST_OF.search(text, max(0, m.start() - 40), m.start())
    if (
        name is None
        or post is None
        or any(
            w in _NOT_NAME_WORDS or country_of(w) or fold(w) in lexicon.CAPITALS
            for w in name.group("name").split()
        )
    ):
        return None  # "… Defence Ministry Public Affairs Division", "… Service Bucharest Office": the body's
    at = m.start() + name.start("name")
    return Speaker(name.group("name"), _tidy(text[post.start() : at]), post.start(), m.end("role"), "person")


def _given_and_surname(name: str) -> bool:
    """Whether two words are a Polish given name and a surname, not a village's name and its qualifier."""
    first, _, last = name.partition(" ")
    return first in lexicon.POLISH_GIVEN_NAMES and fold(last) not in _VILLAGE_QUALIFIERS


#: The words after a name that make a village of it ("Stanisław Dolny", "Józefów Kolonia").
_VILLAGE_QUALIFIERS = frozenset((
    "dolny", "dolna", "dolne", "gorny", "gorna", "gorne", "maly", "mala", "male", "duzy", "duza", "duze",
    "nowy", "nowa", "nowe", "stary", "stara", "stare", "wielki", "wielka", "wielkie", "kolonia", "pierwszy",
    "pierwsza", "drugi", "druga", "trzeci", "trzecia", "poduchowny", "szlachecki", "szlachecka",
))  # fmt: skip


def _named_in_full(surname: str, full_names: set[str]) -> bool:
    """Whether a surname is one of the full names' last, or its stem in another case.

    The full name may be in the genitive: "premiera Donalda Tuska" … "Tusk powiedział".
    """
    return surname in full_names or any(
        n.startswith(surname) and len(n) - len(surname) <= 4 and len(surname) >= 4 for n in full_names
    )


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

    # titles without a name: the ids of their speakers (the list is filtered below), and the words the
    # name's context must hold (the title, and its qualifiers: "Defence" and "Lithuania" of "Lithuania's
    # Defence Minister")
    untitled: dict[int, tuple[str, ...]] = {}

    def add_title(start: int, end: int) -> None:
        """Add the English title at ``start:end`` with what qualifies it before.

        "Lithuania's Defence Minister": the person named before with those words (found last, below),
        else the title as written.
        """
        before = _TITLE_QUALIFIERS.search(text, max(0, start - 60), start)
        at, qualifiers = (before.start(), _WORD.findall(before.group("q"))) if before else (start, [])
        add(Speaker(None, _tidy(text[at:end]), at, end, "described"))
        untitled[id(out[-1])] = (fold(text[start:end]), *(fold(q)[:5] for q in qualifiers))

    for m in _TITLED.finditer(text):
        # An institution's letters are its, not the name's: "rzecznik NOSG kpt. Dariusz Sienicki";
        # so is a country's name: "Prime Minister Lithuania Inga Ruginiene".
        letters = _LETTERS.match(text, m.start("name"), m.end("name"))
        at = letters.end() if letters else m.start("name")
        word = re.match(r"\S+\s+", text[at : m.end("name")])
        if word and country_of(word.group().strip()) and " " in text[at : m.end("name")].strip():
            at += word.end()
        name = _clean_name(text[at : m.end("name")])
        if _OFFICE_NAMED.search(text, m.start(), m.end("name")) and m.start() not in named:
            # "the Prosecutor General's Office said": a title that names an office, no person
            add(Speaker(None, text[m.start() : m.end("name")], m.start(), m.end("name"), "organisation"))
            continue
        if name is None and letters and at == m.end("name") and m.start() not in named:
            # "Rzecznik MON poinformował": a title and its institution's letters, no name
            add(
                Speaker(
                    None,
                    _tidy(text[m.start() : m.end("name")].strip()),
                    m.start(),
                    m.end("name"),
                    "described",
                )
            )
            continue
        if name and at not in named and not _title_case_line(report.text, at):
            # A title starts in the name's paragraph: a headline's last word above is no part of it.
            start = max(m.start(), report.paragraph_start(at))
            role = _tidy(text[start:at])
            add(Speaker(name, role, start, at + len(name), "person"))
    for m in _POLISH_TITLED.finditer(text):
        if m.start("name") in mentioned and _GENITIVE_LAST.search(m.group("name")):
            # No name: the title and its institution ("Rzecznik Dowództwa Operacyjnego Rodzajów Sił
            # Zbrojnych potwierdził"), the person named before with that title (found last, below).
            add(Speaker(None, _tidy(text[m.start() : m.end("name")]), m.start(), m.end("name"), "described"))
            untitled[id(out[-1])] = _first_word(out[-1])
        elif m.start("name") not in named:
            role, name = _given_name_back(m.group("role"), m.group("name"))
            add(Speaker(name, _tidy(role), m.start(), m.end("name"), "person"))
    # A Polish title before an institution read whole, its letters included ("przyznał szef Sztabu
    # Generalnego WP"): the head speaks, not the body; the person named before with that title, if any.
    # (A person named right after is that head, the title theirs: "Szef Sztabu Generalnego Wojska
    # Polskiego generał Wiesław Kukuła".)
    people_at = {s.start: k for k, s in enumerate(out) if s.kind == "person"}
    for mention in found.mentions:
        title = _PL_HEAD_BEFORE.search(text, max(0, mention.start - 14), mention.start)
        if mention.kind != "organisation" or not title or title.start() in named or mention.start in named:
            continue
        role = _tidy(text[title.start() : mention.end])
        role = role[0].lower() + role[1:]
        rank = _PL_RANK_AFTER.match(text, mention.end)
        # (the person's span holds the rank, or starts after it)
        k = people_at.get(rank.end("space"), people_at.get(rank.end())) if rank else None
        if rank and k is not None:
            person_after = out[k]
            role = _tidy(text[title.start() : max(person_after.start, rank.end())])
            out[k] = Speaker(person_after.name, role, title.start(), person_after.end, "person")
            named.add(title.start(), person_after.end)
            continue
        add(Speaker(None, role, title.start(), mention.end, "described"))
        untitled[id(out[-1])] = _first_word(out[-1])
    for m in _POLISH_ACCORDING.finditer(text):
        if (
            m.start("name") not in named
            and m.start("name") not in mentioned
            and _polish_genitive_name(m.group("name"))
        ):
            office = _tidy(m.group("role")) if m.group("role").strip() else None
            add(
                Speaker(
                    inflection.polish_name(m.group("name")), office, m.start("name"), m.end("name"), "person"
                )
            )
    for m in _UNNAMED.finditer(text):
        if m.start() not in named:
            add(Speaker(None, _tidy(m.group("role")), m.start(), m.end("role"), "unnamed"))
    for m in _IN_DOCUMENT.finditer(text):
        # "— сказано в Telegram-канале Минобороны", "– йдеться у дописі Повітряних сил": the body whose
        # document is quoted (its span from the document's noun: no description is made of those words);
        # a person's page ("на странице Дмитрия Медведева") is left to the names found below
        if m.start("doc") not in named and _BODY_WORD.search(m.group("org")):
            # a lead both languages write ("написали") leaves it to the letters of the body's name
            russian = True if m.group("lead").lower() in _RUSSIAN_LEADS else None
            label = _document_body(m.group("org"), russian=russian)
            add(Speaker(None, label, m.start("doc"), m.end("org"), "organisation"))
    for m in _DOCUMENT_FIRST.finditer(text):
        # "В заявлении Министерства обороны Беларуси говорится, что …": the body, as after the words
        if m.start("doc") not in named and _BODY_WORD.search(m.group("org")):
            russian = True if m.group("lead").lower() in _RUSSIAN_LEADS else None
            label = _document_body(m.group("org"), russian=russian)
            add(Speaker(None, label, m.start("doc"), m.end("org"), "organisation"))
    for m in _DESCRIBED.finditer(text):
        # the subject of what it did opens its clause: "… attacked the embassy, warning …" is no embassy's word
        if m.start() not in named and (m.group("acted") is None or _opens_clause(text, m.start())):
            if person := _officer_of_body(text, m):
                add(person)
                continue
            add(Speaker(None, _tidy(m.group("role")), m.start(), m.end("role"), "described"))
    for m in _COUNTRY_OFFICER_SAID.finditer(text):
        if m.start() not in named and country_of(m.group("country")):
            add(Speaker(None, m.group("role"), m.start(), m.end("role"), "described"))
    for m in _DESCRIBED_AFTER.finditer(text):
        if (
            m.start("role") not in named
            and m.start("role") not in mentioned
            # "– powiedział świadek Jan Kowalski": a name, in or right after the description
            and not _NAME_AFTER.search(m.group("role"))
            and not _NAME_AFTER.match(text, m.end("role"))
        ):
            add(Speaker(None, _tidy(m.group("role")), m.start("role"), m.end("role"), "described"))
    for m in _GROUP.finditer(text):
        if m.start() not in named:
            role = m.group("role")
            # "Officials in Kyiv said" is "officials in Kyiv"; "Lithuanian police" keeps its capital.
            if not re.match(_ADJ, role):
                role = role[0].lower() + role[1:]
            add(Speaker(None, role, m.start(), m.end("role"), "described"))
    for m in _PL_PEOPLE.finditer(text):
        if m.start() not in named:
            add(Speaker(None, m.group("role").lower(), m.start(), m.end("role"), "described"))
    for m in _CYR_PLAIN.finditer(text):
        words = m.group().split()
        at = m.start()
        # Titles, countries and places before a name are not part of it ("в Любліні Гжегож Трусевич").
        while words and (
            _not_name(words[0])
            or country_of(words[0])
            or at in mentioned
            or _office_town(words, text, at)  # "прокуратури Любліна Гжегож Трусевич"
            # a body's name before the person's: "представителя Госпогранкомитета Антона Бычковского"
            or (len(words) > 2 and _BODY_WORD.search(words[0]) is not None)
        ):
            at = text.index(words[1], at + len(words[0])) if len(words) > 1 else m.end()
            words = words[1:]
        # A name right after a title may hold a place's name: "министр обороны Литвы Робертас Каунас".
        titled = _TITLE_NEAR.search(text, max(0, at - 60), at) is not None
        if (
            not 2 <= len(words) <= 3
            or any(country_of(w) for w in words)
            or _BODY_WORD.search(" ".join(words))  # "Повітряних Сил": a body, no person
            or at in named
            or (not titled and any(i in mentioned for i in range(at, m.end())))  # "Позиція Києва": no name
        ):
            continue
        name = " ".join(words)
        if _GENITIVE_BEFORE.search(text[max(0, at - 60) : at]) or (
            # (a title before the body's name: "представителя Госпогранкомитета Антона Бычковского")
            at != m.start() and _GENITIVE_BEFORE.search(text[max(0, m.start() - 60) : m.start()])
        ):
            name = inflection.cyrillic_name(name)
        add(Speaker(name, None, at, m.end(), "person"))
    for m in _CYR_ACCORDING.finditer(text):
        if (
            m.group("body")
            and m.start("head") == m.start("body")
            and not m.group("chain")
            and not m.group("body")
            .lower()
            .startswith(("слідств", "следстви"))  # "за даними слідства": the inquiry
        ):
            continue  # "по данным ведомства" alone: the body named before (a description, found below)
        if m.start("role") not in named:
            add(Speaker(None, _according_role(m), m.start("role"), m.end("role"), "described"))
    for m in _TITLE_ACCORDING.finditer(text):
        if not any(i in named for i in range(m.start("role"), m.end("role"))) and not _name_in_chain(
            m.group("of")
        ):
            add(Speaker(None, _title_nominative(m), m.start("role"), m.end("role"), "described"))
            if not m.group("adj") and not m.group("of").strip() and fold(m.group("title")) in _PERSON_TITLES:
                # a bare title ("За словами міністра", "По словам министра"): the person named before
                # with that title beside the name, if any (found last, below), as "the minister" is
                untitled[id(out[-1])] = _first_word(out[-1])
    # (a body said "in", "В пограничной службе Латвии сообщили", is read with its nominative below)
    said_in_bodies = list(_CYR_SAID_IN.finditer(text))  # (read once: _collective takes them too)
    said_in = _Spans(len(text))
    for m in said_in_bodies:
        said_in.add(*m.span("body" if m.group("body") else "xbody"))
    for m in _CYR_DESCRIBED.finditer(text):
        if _TITLE_BEFORE.search(text, max(0, m.start() - 30), m.start()) or m.start() in said_in:
            continue  # "начальник генерального штаба": part of a person's title
        held = found.at(m.start())
        adjective = held is not None and held.kind == "country" and held.adjective  # "Эстонские власти"
        if m.start() not in named and (m.start() not in mentioned or adjective):
            role = _authorities_nominative(re.sub(r"\s+", " ", m.group("role")).strip())
            if role.split()[0].endswith(("ну", "ую", "юю", "ську", "цьку")):
                # a feminine adjective in the accusative ("на Державну прикордонну службу Литви"):
                # the body, in the nominative
                role = inflection.accusative_nominative(role)
            add(
                Speaker(
                    None,
                    # (a sentence's first word in lower case; not a proper name's: "Міністерство
                    # оборони Фінляндії", "Держприкордонслужба")
                    role[0].lower() + role[1:]
                    if role[1:2].islower()
                    and not any(w[:1].isupper() for w in role.split()[1:])
                    and not role.startswith(("Держ", "Гос"))
                    else role,
                    m.start(),
                    m.end(),
                    "described",
                )
            )
    for m in _CYR_SURNAME.finditer(text):
        if (
            # a plural verb's subject is plural ("Журналисты уточнили"): "Об'єкт зафіксували" (they
            # recorded the object) names no one
            not (_CYR_PLURAL_VERB.match(text, m.end()) and not m.group("a").endswith(("ы", "и", "і", "ї")))
            and m.start("a") not in named
            and m.start("a") not in mentioned
            and not country_of(m.group("a"))
            and not _not_name(m.group("a"))
        ):
            add(Speaker(m.group("a"), None, m.start("a"), m.end("a"), "person"))
    for m in _plain_names(text):
        name = _clean_name(m.group("name"))
        last = m.group("name").split()[-1]
        if (
            fold(last) in _ONE_WORD_TITLES
            and m.start() not in named
            and not _title_case_line(report.text, m.start())
        ):
            add_title(m.end() - len(last), m.end())  # "the Foreign Minister said": a title, no name
            continue
        if (
            name
            # a name of two words: one left ("National" of "National Defence") is none
            and " " in name
            # (not a type's name: "an old Soviet Tu-141 drone")
            and not name.endswith("-")
            and not text[m.end() : m.end() + 1].isdigit()
            and m.start() not in named
            # (a given name and a surname are a person's even where the given name is also a place's:
            # "powiedział Stanisław Żaryn" is no Stanisław, Ivano-Frankivsk's old Polish name)
            and (m.start() not in mentioned or _given_and_surname(name))
            and not _title_case_line(report.text, m.start())
            and not _MEDIUM_BEFORE.search(text, max(0, m.start() - 30), m.start())
            # (a body's genitive, paired off a longer capitalised run: "Według Komitetu Granic
            # Państwowych" is no person "Granic Państwowych")
            and not _BODY_GENITIVE_END.search(name)
        ):
            add(Speaker(name, None, m.start(), m.start() + len(name), "person"))
    for m in _SURNAME.finditer(text):
        group = "a" if m.group("a") else "b"
        if fold(m.group(group)) in _GROUPS:  # "Officials said", "Police said": described, not named
            if m.start(group) not in named:
                add(Speaker(None, m.group(group).lower(), m.start(group), m.end(group), "described"))
            continue
        if fold(m.group(group)) in _ONE_WORD_TITLES:
            # "Lithuania's Defence Minister said": a title, no surname
            if m.start(group) not in named:
                add_title(m.start(group), m.end(group))
            continue
        name = _clean_name(m.group(group))
        if (
            name
            and m.start(group) not in named
            and m.start(group) not in mentioned
            and not _title_case_line(report.text, m.start(group))
        ):
            add(Speaker(name, None, m.start(group), m.end(group), "person"))
    for speaker in _lone_surnames(text, out, named, mentioned):
        add(speaker)
    for m in (
        *_QUOTED_MEDIUM.finditer(text),
        *_MEDIUM_NOUN_NAME.finditer(text),
        *_MEDIUM_QUOTED_NAME.finditer(text),
        *(
            m
            for m in _MEDIUM_NAME_SAYS.finditer(text)
            if not _MEDIUM_AFTER_PREPOSITION.search(text, 0, m.start("name"))
        ),
        *_ACCORDING_MEDIUM.finditer(text),
    ):
        # a medium's name read as a person's before ("Агентство Укрінформ повідомило"): its noun says it
        # is a medium
        taken = next(
            (k for k, p in enumerate(out) if (p.start, p.end) == m.span("name") and p.kind == "person"), None
        )
        if taken is not None and " " not in m.group("name"):
            out[taken] = Speaker(None, m.group("name"), m.start("name"), m.end("name"), "organisation")
        elif m.start("name") not in named:
            add(Speaker(None, m.group("name"), m.start("name"), m.end("name"), "organisation"))
    for m in _REPRESENTATIVES.finditer(text):
        if m.start("role") not in named:
            role = m.group("role")
            add(Speaker(None, role[0].lower() + role[1:], m.start("role"), m.end("role"), "described"))
    for m in _MEDIUM_NAMED.finditer(text):
        g = "a" if m.group("a") else "b"
        if (
            m.start(g) not in named
            and m.start(g) not in mentioned
            and not country_of(m.group(g))
            and not _not_name(m.group(g))
        ):
            add(Speaker(None, m.group(g), m.start(g), m.end(g), "organisation"))
    for m, subject in (
        *((m, True) for m in _ACRONYM.finditer(text)),
        *((m, False) for m in _ACRONYM_AFTER.finditer(text)),
    ):
        if (
            m.start("a") not in named
            and m.start("a") not in mentioned
            and not country_of(m.group("a"))
            and not set(m.group("a").split()) & _TITLE_LETTERS
            and not (subject and _OF_THE_WORD_BEFORE.search(text, max(0, m.start("a") - 40), m.start("a")))
            # "Szef MON poinformował": the minister speaks, a title of the body's (found with it)
            and not _TITLE_OF_BEFORE.search(text, max(0, m.start("a") - 30), m.start("a"))
        ):
            add(Speaker(None, m.group("a"), m.start("a"), m.end("a"), "organisation"))
    for mention in found.mentions:
        if mention.kind in ("organisation", "government") and mention.start not in named:
            start = mention.start
            # whose it is, as an English adjective before it: "according to a Latvian Defence Ministry
            # statement" (the Latvian one)
            whose = _ADJECTIVE_BEFORE.search(text, max(0, start - 20), start)
            hit = country_of(whose.group(1)) if whose else None
            if whose and hit and hit[1] and mention.kind == "organisation":
                start = whose.start(1)
            the = "the " if text[max(0, start - 4) : start].lower().endswith("the ") else ""
            label = the + text[start : mention.start] + (mention.name or mention.text)  # (in its nominative)
            end = mention.end
            if letters := _COUNTRY_LETTERS.match(text, end):  # "Минобороны РФ", "Siły Zbrojne RP"
                label, end = label + letters.group(), letters.end()
            add(Speaker(None, label, start, end, "organisation"))
    mention_starts = [m.start for m in found.mentions]
    inside: set[tuple[int, int]] = set()  # capitals named inside a body said "in"
    for speaker, head in _collective(text, found, said_in_bodies):
        if speaker.start not in named and (head is None or head not in mentioned):
            # a body that holds a capital's name ("в посольстве России в Варшаве"): the body speaks
            i = bisect.bisect_left(mention_starts, speaker.start)
            while i < len(mention_starts) and found.mentions[i].start < speaker.end:
                if found.mentions[i].kind == "government" and found.mentions[i].end <= speaker.end:
                    inside.add((found.mentions[i].start, found.mentions[i].end))
                i += 1
            add(speaker)
    if inside:
        out[:] = [s for s in out if (s.start, s.end) not in inside or s.kind != "organisation"]
    # A party or body in brackets after a name is the name's: "Rihards Kozlovskis (New Unity) said".
    ends = {s.end for s in out if s.kind == "person"}
    out[:] = [s for s in out if not _bracketed_after(text, s, ends)]
    for k, bare in enumerate(out):
        if id(bare) in untitled:
            person = _titled_before(text, out, bare.start, *untitled[id(bare)])
            if person is not None:
                out[k] = Speaker(person.name, bare.role, bare.start, bare.end, "person")
    # A surname alone ("Tusk characterized...", "Ordash’s assertions") is the person named in full before.
    surnames = {s.name.split()[-1]: s for s in out if s.name and " " in s.name}
    for s in list(surnames.values()):
        surnames.setdefault(inflection.cyrillic_name(s.name or "").split()[-1], s)
    for m in re.finditer(rf"\b([A-Z{_CY_UP}][a-zà-žșțş{_CY_LOW}\-]+?)(?=[’']s\b|\b)", text):
        written = m.group(1)
        person = surnames.get(written)
        if person is None and _ACCORDING_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            # ... in the genitive after "according to", where it is the speaker: "По словам Трусевича",
            # "Według Trusiewicza", after "Гжегож Трусевич" (not "в ответ на слова Туска": an object)
            person = surnames.get(
                inflection.cyrillic_name(written)
                if has_cyrillic(written)
                else inflection.polish_name(written)
            )
        if person and m.start() not in named:
            add(Speaker(person.name, person.role, m.start(), m.end(), "person"))
    places = {m.start for m in found.mentions if m.kind == "place"}
    for m in _ACCORDING_NAME.finditer(text):
        group = "en" if m.group("en") else "letters"
        name = m.group(group)
        if (
            m.start(group) in named
            or m.start(group) in places  # "according to Rzeszów": a town, no speaker
            or country_of(name)
            or _not_name(name)
            or fold(name) in _NOT_NAMES
            or fold(name) in _NOT_SOURCES
        ):
            continue
        add(Speaker(None, name, m.start(group), m.end(group), "organisation"))
    return People([_full_name(s, surnames) for s in _letters_named(text, out)])


#: An institution's letters in brackets after its name: "National Security Bureau (BBN)".
_BRACKETED_LETTERS = regexes.compile(r"\s*\((?P<a>[A-ZĄĆĘŁŃÓŚŹŻА-ЯІЇЄҐ]{2,6})\)")


#: A person of a body, in English: "a representative of the State Border Guard Service".
_PERSON_OF_BODY = regexes.compile(
    r"(?i:(?:an?\s+|the\s+)?(?:representative|spokes\w+|head|chief|deputy|director|commander|official)\s+"
    r"(?:of|for|at)\s+)(?P<body>(?:the\s+)?[A-Z][\w’'\- ]+)$"
)


def _letters_named(text: str, speakers: list[Speaker]) -> list[Speaker]:
    """Name an institution given by its letters ("The BBN said") as the report named it in full before them.

    One body under two labels would be two speakers, and its statements two claims.
    """
    full: dict[str, Speaker] = {}
    out = []
    for s in sorted(speakers, key=lambda s: s.start):
        if s.kind in ("described", "organisation") and s.role:
            m = _BRACKETED_LETTERS.match(text, s.end)
            if m:
                # the latest body to bear them; of "a representative of the State Border Guard Service
                # (VSAT)", the service ("VSAT reported …" is the service's, not its representative's)
                of = _PERSON_OF_BODY.match(s.role)
                full[m.group("a")] = (
                    Speaker(None, of.group("body"), s.start, s.end, "organisation") if of else s
                )
            named = full.get(s.role.removeprefix("the "))
            if named is not None and named is not s:
                s = Speaker(None, named.role, s.start, s.end, named.kind)
        out.append(s)
    return out


def _given_name_back(role: str, name: str) -> tuple[str, str]:
    """Move a first given name from the end of a Polish title into the name ("Władysław Teofil Bartoszewski").

    The title takes all it can, so a name of three words loses its first to it.  Only a known given
    name moves: the title's last word may be a party's, a company's or a village's ("Prezes PiS",
    "PKN Orlen", "Sołtys wsi Wohyń").
    """
    *rest, last = role.split() or [""]
    given = bool(rest) and last in lexicon.POLISH_GIVEN_NAMES
    return (" ".join(rest), f"{last} {name}") if given else (role, name)


def _bracketed_after(text: str, speaker: Speaker, ends: set[int]) -> bool:
    """Whether a speaker stands alone in brackets right after a person's name (one of ``ends``)."""
    opening = text.rfind("(", max(0, speaker.start - 3), speaker.start + 1)
    return (
        opening >= 0
        and not text[opening + 1 : speaker.start].strip()
        and text[speaker.end : speaker.end + 3].lstrip()[:1] == ")"
        and len(text[:opening].rstrip()) in ends
    )


def _office_town(words: list[str], text: str, at: int) -> bool:
    """Whether the first of three capitalised words is the town or body a title ends with, not a given name.

    "Керівник окружної прокуратури Любліна Гжегож Трусевич": a town in the genitive after an
    office.  Not after "по словам" (a name in the genitive: "Владимира Владимировича Путина"),
    nor before a patronymic ("Ярослава Івановича Петренка").
    """
    return (
        len(words) > 2
        and not _PATRONYMIC.search(words[1])
        and not _GENITIVE_BEFORE.search(text[max(0, at - 60) : at])
        # or a body right after a title: "Представитель Госпогранкомитета Иван Петров"
        and (genitive_town(words[0]) or _TITLE_RIGHT_BEFORE.search(text, max(0, at - 40), at) is not None)
    )


_TITLE_RIGHT_BEFORE = regexes.compile(_CYR_TITLES + r"\s+$")


_PATRONYMIC = regexes.compile(r"(?:ович|евич|йович|ьович|івна|ївна|овна|евна|ич|ича|ичем)$", re.I)


#: A broadcaster or paper someone speaks on or to is no speaker ("na antenie Telewizji Republika",
#: "w rozmowie z Polsat News", "in an interview with Radio Zet").
_MEDIUM_BEFORE = regexes.compile(
    r"(?i:na\s+antenie|na\s+łamach|w\s+rozmowie\s+(?:z|dla)|w\s+wywiadzie\s+dla|w\s+programie|w\s+audycji|"
    r"in\s+an\s+interview\s+with|speaking\s+to|on\s+the\s+air\s+of)\s+[\"„“«]?$"
)


def _title_case_line(text: str, at: int) -> bool:
    """Whether ``at`` is in a line of four words or more nearly all capitalised (an English headline).

    "Minister Dovile Sakaliene Says Drones Came From Belarus" holds no name a pattern can read.
    ``text`` keeps its line breaks; a line longer than :data:`HEADLINE_CHARS` is no headline (and
    the look stays bounded, whatever the report's length).
    """
    low, high = max(0, at - HEADLINE_CHARS), min(len(text), at + HEADLINE_CHARS)
    start, end = text.rfind("\n", low, at), text.find("\n", at, high)
    if (start < 0 and low > 0) or (end < 0 and high < len(text)):
        return False
    words = [w for w in text[start + 1 : end if end >= 0 else high].split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


#: The longest line read as a headline.
HEADLINE_CHARS = 300


def _titled_before(text: str, people: list[Speaker], at: int, title: str, *stems: str) -> Speaker | None:
    """Return the last person named before ``at`` with ``title`` beside the name ("Jacek Goryszewski, rzecznik …") or as its own.

    ``stems``: words (their first letters, folded) that must stand there too: "the Defence Minister"
    is "Minister of National Defence, Vasile Dincu", not the foreign minister named after him.
    """
    wanted = fold(title)
    for s in reversed(people):
        if s.start >= at or not s.name:
            continue
        # (what stands after the name, up to the title: never the title's own qualifiers)
        beside = fold(text[max(0, s.start - 40) : s.start] + " " + text[s.end : min(s.end + 40, at)])
        if not all(stem in beside or stem in fold(s.role or "") for stem in stems):
            continue
        if s.role and wanted in fold(s.role).split():
            return s  # the title is the name's own ("Minister obrony Rumunii Angel Tilvar")
        if re.search(rf"(?<![\w\-]){re.escape(wanted)}(?![\w\-])", beside):
            return s  # (a whole word: "Secretary-General Antonio Guterres" is no general)
    return None


def _first_word(speaker: Speaker) -> tuple[str]:
    """Return a described speaker's title, the first word of its role, as :func:`_titled_before` takes it."""
    return ((speaker.role or "").split()[0],)


#: What qualifies an English title before it: "Lithuania's Defence", "the Foreign", "Prime".
_TITLE_QUALIFIERS = regexes.compile(
    r"(?:\b(?:[Tt]he|[Aa])\s+)?(?P<q>(?:[A-Z][\w\-]+[’']s\s+)?(?:[A-Z][\w\-]+\s+){0,3})$"
)
_WORD = regexes.compile(r"[^\W\d_]+(?=[’']s\b|\b)")


def _full_name(speaker: Speaker, surnames: dict[str, Speaker]) -> Speaker:
    """Return the full name a surname alone stands for ("Tusk added": Donald Tusk, named before).

    A surname one letter off a full name's, in a long name, is that person misspelt ("Трускевич"
    after "Гжегож Трусевич"): reports do misspell, and two people so alike in one report are rarer.
    """
    if speaker.kind != "person" or " " in (speaker.name or " "):
        return speaker
    name = speaker.name or ""
    person = surnames.get(name)
    if person is None and len(name) >= MIN_TYPO_SURNAME:
        near = {p.name: p for surname, p in surnames.items() if _one_letter_off(surname, name)}
        person = next(iter(near.values())) if len(near) == 1 else None
    return Speaker(person.name, person.role, speaker.start, speaker.end, "person") if person else speaker


#: A surname this long or longer may be matched one letter off (shorter ones differ by design).
MIN_TYPO_SURNAME = 6


def _one_letter_off(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter added, dropped or changed (the same first letter)."""
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


#: Capital letters that stand for an institution, before a name or as the whole of it ("NOSG", "U.S.").
_LETTERS = regexes.compile(r"(?:[A-ZĄĆĘŁŃÓŚŹŻ.]{2,}(?:\s+|$))+")


#: A capitalised word right before a name: an English country adjective, maybe ("Latvian", "Polish";
#: not a Polish one, "Litewskie siły zbrojne", read as a body of its own).
_ADJECTIVE_BEFORE = regexes.compile(r"(?<![\w\-])([A-Z][a-z]+(?:an|ish|ese))\s+$")


_LOWER_WORD_BEFORE = regexes.compile(r"(?<![\w\-])[a-ząćęłńóśźż'’]+\s+$")


def _plain_names(text: str) -> Iterator[re.Match[str]]:
    """Yield the runs of two capitalised words :data:`_PLAIN` finds, a country's genitive never opening one.

    "charge d'affaires Rosji Andriej Ordasz": "Rosji Andriej" is no name, and would hide the name
    after it; the run is looked for again from its second word.  (Only a Polish genitive, in -i or
    -y: an English adjective or possessive opens a body's name, "Latvian National Broadcasting".)
    """
    at = 0
    while m := _PLAIN.search(text, at):
        first = m.group("name").split()[0]
        # (after a lower-case word, a title's: "ambasador Rosji", "minister obrony Litwy"; not a body's
        # adjective opening a sentence, "Polski Instytut Spraw Międzynarodowych")
        if (
            first.endswith(("i", "y"))
            and _LOWER_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            and country_of(first)
        ):
            at = m.start() + len(first)
            continue
        yield m
        at = m.end()


@lru_cache(maxsize=65536)
def _clean_name(name: str) -> str | None:
    if _LETTERS.fullmatch(name):
        return None  # "rzecznik NOSG": letters, no name
    words = re.sub(r"[’']s$", "", name).split()
    while words and fold(words[-1]) in _NOT_NAMES:
        words.pop()
    if (
        not words
        # "It's Soviet-made": a contraction opens no name
        or fold(re.sub(r"[’']s$", "", words[0])) in _NOT_NAMES
        or any(country_of(w) for w in words)
        # "Soviet-made", "Shahed-type": what a thing is, no surname
        or _MADE.search(words[-1])
    ):
        return None
    return " ".join(words)


_MADE = regexes.compile(r"(?i)-(?:made|type|built|style|based|led|class)$")


def _tidy(role: str) -> str:
    """One line, and a sentence's capital off its article ("The army said" is "the army"), no adverb after it."""
    role = re.sub(r"\s+", " ", role).strip(" ,")
    role = re.sub(
        r"\s+(?:on|in|via|during|after|before|to|through|at)\s+(?:the\s+)?(?:social|platform|network|"
        r"telegram|x\b|facebook|a\s|an\s|its\s|their\s).*$",
        "",
        role,
        flags=re.I,
    )
    # (and an adverb in "-ly": "the Moldovan Ministry of Defense categorically denied")
    role = re.sub(
        r"\s+(?:later|also|earlier|then|again|previously|first|further|too|[a-z]{3,}ly)$",
        "",
        role,
        flags=re.I,
    )
    return re.sub(r"^(The|A|An)\b", lambda m: m.group().lower(), role)


def speaker_at(
    report: Report,
    sentence: Sentence,
    start: int,
    end: int,
    people: People,
    statement: tuple[int, int] | None = None,
    at: int | None = None,
) -> Speaker | None:
    """Return who says the words at ``start:end`` of ``sentence`` (a quotation or a clause), or None.

    The speech verb nearest the words decides: its subject before it ("Tusk said"), or after it
    ("said Tusk"); a pronoun subject refers back to the last person named before it.  ``statement``:
    the part of a sentence of two statements the words are in (see :func:`statement_part`), whose
    verbs alone may say them.  ``at``: where the words said stand, if the span is wider (a clause's
    sentence): the verb nearest them decides ("Минобороны сообщило, что польская сторона
    утверждает, что дрон …": the Polish side's words, as the ministry reports them).
    """
    # Everything is looked for in a window around the words: the work per statement is bounded,
    # whatever the sentence's length.
    told = _pronoun_source(
        report, max(sentence.start, start - WINDOW), min(sentence.end, end, start + WINDOW)
    )
    if told and not report.quotation_at(told[0], told[1]):
        found = _antecedent(people, told[0], told[2], strict=told[2] != "they")
        if found is not None:
            return found
    verbs = [
        m
        for m in _speech_verbs(report, sentence, start, end)
        if not report.quotation_at(m[0], m[1])
        # "X said the drones came from Belarus, while Y said …": the other statement's verb is Y's
        and (statement is None or statement[0] <= m[0] < statement[1])
    ]
    if not verbs and statement is not None and (elided := _ELIDED.search(report.flat, *statement)):
        # "…, а украинские Воздушные силы — что …": the subject before the dash says it
        said = people.between(statement[0], elided.start())
        if said:
            return said[-1]
        # no speaker found there: the words between the joining word and the dash, as written
        words = _JOINED_SUBJECT.match(report.flat, statement[0], elided.start())
        if words:
            return Speaker(None, words.group("s"), words.start("s"), words.end("s"), "described")
    # The nearest verb first; "..., adding that “...”" shares the subject of the verb before it.
    relayed = None

    def distance(v: tuple[int, int]) -> int:
        return min(abs(v[0] - end), abs(v[0] - start))

    order = sorted(verbs, key=distance)
    nested: list[tuple[int, int]] = []
    if at is not None:
        # reported speech nested in another's ("… сообщило, что польская сторона утверждает, что …"):
        # of the verbs before the words, each opening a "that" clause, the innermost speaks them
        # ("… указали, что местные каналы сообщили о ракетах, которые якобы …": reported "about")
        nested = [
            v
            for v in verbs
            if v[1] <= at and (_THAT_AFTER.match(report.flat, v[1]) or _ABOUT_AFTER.match(report.flat, v[1]))
        ]
        if len(nested) >= 2 and _THAT_AFTER.match(report.flat, nested[0][1]):
            order = [nested[-1], *(v for v in order if v != nested[-1])]
        else:
            nested = []
    for verb in order:
        found = _subject(report, sentence, verb, people, statement or (sentence.start, sentence.end))
        if (
            nested
            and verb == nested[-1]
            and _ABOUT_AFTER.match(report.flat, verb[1])
            and (found is None or found.start < nested[-2][1])
        ):
            # the innermost reporter of what others reported "about", unnamed (a subject found before
            # the outer verb is the outer one's): never the one who relays their words
            return None
        credit = _credit(report, sentence, verb)
        if credit is not None and found is not None and found.start < credit:
            continue  # "…, чтобы заявить протест …, сообщает БелТА": the medium, never a name before the credit
        if found is not None and not _agency(found) and credit is None:
            return _named_before(found, people, report)
        relayed = relayed or found  # "…, przekazała AFP": the agency only if no one else speaks
    return (_cited(report, sentence, people) or relayed) if relayed is not None else None


def relayed_within(
    report: Report, sentence: Sentence, low: int, at: int, people: People
) -> tuple[bool, Speaker | None]:
    """Whether words at ``at`` in a quotation are another's, reported in it; and who, if named.

    "…, jeden z naszych kanałów informacyjnych podał, że dron … został wysłany z Białorusi" – mówił
    Nausėda: the channel's words, which the president quotes to reject; never his.  A verb of saying
    in the third person, then "that", in the quotation (from ``low``) and the sentence before the
    words; "I said that …" is the speaker's own.
    """
    verbs, starts = _all_verbs(report)
    text = report.flat
    low = max(low, sentence.start)
    found = None
    for i in range(bisect.bisect_left(starts, low), len(verbs)):
        verb = verbs[i]
        if verb[1] > at:
            break
        if (
            _THAT_AFTER.match(text, verb[1])
            and not _FIRST_PERSON.search(text, max(low, verb[0] - 25), verb[1])
            and not _IMPERSONAL.search(text, max(low, verb[0] - 25), verb[0])
        ):
            found = verb
    if found is None:
        return False, None
    # the verb's subject right before it ("the ministry said that …": the ministry named before); a
    # name further back is an object ("Po rozmowie z prezydentem Nausėdą media podały, że …")
    subject = [
        p
        for p in people.between(low, found[0])
        if p.end <= found[0] and _JUST_BEFORE.fullmatch(text, p.end, found[0])
    ]
    return True, _named_before(subject[-1], people, report) if subject else None


def said_after(report: Report, sentence: Sentence, at: int) -> bool:
    """Whether a verb of saying stands in the sentence after ``at``, outside quotation marks.

    "«…», – сказав чиновник": the quotation's own verb, whoever its subject; its speaker is never
    looked for in the next sentence.
    """
    verbs, starts = _all_verbs(report)
    i = bisect.bisect_left(starts, at)
    return any(
        report.quotation_at(*verbs[j]) is None
        for j in range(i, bisect.bisect_left(starts, sentence.end))
        if verbs[j][1] <= sentence.end
    )


_THAT_AFTER = regexes.compile(r",?\s+(?:że|iż|jakoby|that|що|что)\b", re.I)
#: What a verb of saying reports "about": "сообщили о трёх ракетах", "повідомили про", "informowali o".
_ABOUT_AFTER = regexes.compile(r"\s+(?:(?:ранее|раніше|wcześniej|earlier)\s+)?(?:о|об|про|o|about)\s", re.I)
#: The speaker's own verb: a first-person pronoun or "our" before it ("Nasze służby potwierdziły, że
#: …": what the speaker's side found is the speaker's), or a Polish first-person ending; "I" in
#: capitals only (Polish "i" is "and").
#: An impersonal verb of saying, the speaker's own words: "it should be noted that", "należy
#: zaznaczyć, że", "следует отметить, что", "варто зазначити, що".
_IMPERSONAL = regexes.compile(
    r"(?i:\bit\s+(?:should|must|has\s+to|is\s+to)\s+be\s+|\bit\s+is\s+worth\s+|\b(?:należy|warto|trzeba)\s+|"
    r"(?:следует|стоит|нужно|надо|необходимо|варто|слід|треба|необхідно|потрібно)\s+)$"
)
_FIRST_PERSON = regexes.compile(
    # (not "one of our news channels", "jeden z naszych kanałów": one of them, not the speaker's side)
    r"(?:\bI\s+|(?<!of\s)(?<!z\s)(?<!з\s)(?<!из\s)(?i:\b(?:we|ja|my|я|ми|мы|our|nasz\w*|наш\w*)\s+))"
    r"(?:[\w\-]+\s+){0,2}?\w+$"
    r"|(?i:\w+(?:łem|łam|liśmy|łyśmy|śmy))$"
)
#: A person's description between commas, right before their verb: ", head of the KGB (…),", ",
#: голова КДБ Білорусі,", ", szef KGB,", ", председатель КГБ,".
_APPOSITION = regexes.compile(
    r",\s+(?:the\s+|a\s+)?(?i:head|chief|director|spokes\w*|minister|deputy|commander|leader|chairman|president|"
    r"secretary|press\s+secretary|representative|ambassador|голова|очільни\w*|керівни\w*|речни\w*|міністр\w*|"
    r"посол|председател\w*|глава|руководител\w*|министр\w*|представител\w*|представни\w*|заступни\w*|"
    r"заместител\w*|szef\w*|rzeczni\w*|minist\w*|dyrektor\w*|przewodnicząc\w*|ambasador\w*|dowódc\w*|"
    r"komendant\w*|wice\w*)\b[^,;:.!?]*?(?:\s*\([^()]{0,20}\))?,\s*"
)
#: Between a subject and its verb: an adverb at most ("the ministry also said").
_JUST_BEFORE = regexes.compile(
    r"\s*(?:(?:też|także|również|ponownie|also|then|later|again|теж|також|знову|тоже|также|снова)\s+)?"
)


#: A medium's credit closing a sentence: "…, the ministry said, IPN reports.", "…, сообщает ТАСС."
_CREDIT = regexes.compile(
    r"(?i:,\s+(?:[\w\-.]+\s+){0,3}?(?P<v>reports|reported|writes|сообщает|передает|передаёт|пишет|повідомляє|"
    r"пише|podaje|informuje|pisze|donosi)(?:\s+[\w\-.]+){0,3}?\s*[.!]?\s*$)"
)


def _credit(report: Report, sentence: Sentence, verb: tuple[int, int]) -> int | None:
    """Return where a medium's credit closing the sentence begins (its comma), if the verb is its verb, else None.

    The credit's subject relays, and speaks only alone; it stands within the credit ("…, TASS
    reports", "…, сообщает БелТА"), never before it.
    """
    m = _CREDIT.search(report.flat, max(sentence.start, verb[0] - 60), sentence.end)
    return m.start() if m is not None and m.start("v") == verb[0] else None


#: An agency's source named: "со ссылкой на …", "з посиланням на …", "powołując się na …", "citing …".
_CITING = regexes.compile(
    r"(?i:со\s+ссылкой\s+на|(?:з|із|зі)\s+посиланням\s+на|powołując\s+się\s+na|citing)\s+"
)


def _cited(report: Report, sentence: Sentence, people: People) -> Speaker | None:
    """Return the source an agency cites in the sentence ("ТАСС со ссылкой на Госпогранкомитет"), if named."""
    m = _CITING.search(sentence.flat)
    if m is None:
        return None
    at = sentence.start + m.end()
    found = next(iter(people.between(at, at + 3)), None)
    if found is not None and found.kind == "described":
        # "citing the command's spokesman, Lt. Col. Jacek Goryszewski": the person the description is of
        person = next((p for p in people.between(found.end, found.end + 4) if p.kind == "person"), None)
        if person is not None and report.flat[found.end : person.start].strip() in ("", ","):
            return person
    if found is not None and found.kind != "person" and found.role and has_cyrillic(found.role):
        # "со ссылкой на Государственную пограничную службу Литвы": the body, in the nominative
        return Speaker(
            found.name, inflection.accusative_nominative(found.role), found.start, found.end, found.kind
        )
    return found


def _agency(speaker: Speaker) -> bool:
    return fold(speaker.label) in lexicon.NEWS_AGENCIES


#: Words that refer back to a body named before, and the stems of the bodies each may be.
_MINISTRIES = ("ministr", "ministerstw", "міністер", "министер", "міноборони", "минобороны", "msz", "mon", "мзс", "мид",
               "mfa")  # fmt: skip
_COMMANDS = ("dowodztw", "command", "командуван", "командован")
#: The kind of body each word of :data:`_BACK` refers to (folded); none: any body.
_BACK_STEMS = {
    "the ministry": _MINISTRIES, "министерства": _MINISTRIES, "міністерства": _MINISTRIES, "resortu": _MINISTRIES,
    "ministerstwa": _MINISTRIES, "the command": _COMMANDS, "командования": _COMMANDS, "командування": _COMMANDS,
    "прокуратуры": ("прокурат",), "прокуратури": ("прокурат",),
}  # fmt: skip
_PROSECUTORS = ("prokurat", "prosecut", "прокурат")
_REFERRING = {
    "ministry": _MINISTRIES, "ministerstwo": _MINISTRIES, "міністерство": _MINISTRIES,
    "министерство": _MINISTRIES, "resort": _MINISTRIES, "department": _MINISTRIES, "відомство": (),
    "ведомство": (), "the department": _MINISTRIES, "the ministry": _MINISTRIES,
    # a statement speaks for the body that issued it ("…," the statement said), as "the source" for
    # the body just cited ("according to data sent by the Ministry …, the source said")
    "the statement": (), "statement": (), "the source": (),
    # a command, a prosecutor's office: the last one named ("według dowództwa", "the command said")
    "dowodztwo": _COMMANDS, "the command": _COMMANDS, "command": _COMMANDS, "командування": _COMMANDS,
    "командование": _COMMANDS, "prokuratura": _PROSECUTORS, "the prosecutor's office": _PROSECUTORS,
    "прокуратура": _PROSECUTORS,
}  # fmt: skip


def _named_before(speaker: Speaker, people: People, report: Report | None = None) -> Speaker:
    """Return the body a bare description refers back to ("The ministry denied …": the ministry named before).

    "ministry", "ministerstwo", "міністерство" refer to the last ministry named; "відомство",
    "ведомство" (any office) to the last body.  Unresolved, the description stays.
    """
    stems = _REFERRING.get(fold(speaker.label))
    if stems is None or speaker.kind not in ("described", "organisation"):
        return speaker
    if stems == () and report is not None:
        # "any office" is the subject of the sentence that named the last body, its first body, not
        # the last ("Госпогранкомитет Беларуси обвинил Минобороны Литвы …. В документе ведомства …":
        # the committee's)
        # (a news agency relays, it issues no body's documents: "…, сообщает РИА Новости")
        bodies = [
            p
            for p in people.before(speaker.start)
            if p.kind in ("organisation", "described") and not _agency(p)
        ]
        last = bodies[0] if bodies else None
        if last is not None and fold(last.label) not in _REFERRING:
            named = report.sentence_at(last.start)
            first = next(
                (
                    p
                    for p in people.between(named.start, last.start)
                    if p.kind in ("organisation", "described") and not _agency(p)
                ),
                last,
            )
            return first if fold(first.label) not in _REFERRING else last
    for p in people.before(speaker.start):
        if p.kind in ("organisation", "described") and fold(p.label) not in _REFERRING:
            label = fold(p.label)
            if stems in (_COMMANDS, _PROSECUTORS) and _A_PERSON_OF.match(label):
                continue  # "według prokuratury" is the office, not "szef Prokuratury Okręgowej"
            if not stems or any(stem in label for stem in stems):
                return p
    return speaker


#: A described person of a body, not the body: "szef prokuratury", "the head of the command".
_A_PERSON_OF = regexes.compile(
    r"(?:the\s+|a\s+)?(?:szef|rzeczni|zastępc|dowódc|dowodc|spokes|head|chief|deputy|речни|глав|начальни|керівни|"
    r"заступни|заместител|представни|представит|официальн|офіційн)\w*\b"
)


def statement_part(report: Report, sentence: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """Return the part of a sentence of two statements that holds ``start:end``, else None.

    "Sikorski said the drones had come from Belarus, while Ryzhenkov said they had come from
    Ukraine": two statements, each with its verb of saying, joined by a contrast; each direction is
    its own statement's.  A sentence with one verb of saying is one statement, whatever joins it.
    The parts are found once per sentence (a sentence may hold thousands of directions).
    """
    parts = report.memo(f"statements {sentence.start}", lambda r: _statements(r, sentence))
    i = bisect.bisect_right([a for a, _ in parts], start) - 1
    return parts[i] if i >= 0 and start < parts[i][1] else None


def _statements(report: Report, sentence: Sentence) -> list[tuple[int, int]]:
    """Return a sentence's statements (see statement_part), or none if it is one."""
    text = report.flat
    verbs = sorted(
        v[0]
        for v in _speech_verbs(report, sentence, sentence.start, sentence.end)
        if not report.quotation_at(*v)
    )
    starts = set(verbs)
    # A verb right after the conjunction shares the subject before it ("…, and denied that …"): one statement.
    cuts = [
        m.start()
        for m in _CONTRAST.finditer(text, sentence.start, sentence.end)
        if _after_spaces(text, m.end()) not in starts
    ]
    # "… came from Belarus and Lithuania said they came from Russia": an "and" with no comma, before a
    # subject and its own verb of saying
    cuts = sorted({*cuts, *(m.start() for m in _AND_SAYS.finditer(text, sentence.start, sentence.end))})
    # "While X said …, Y said …": the opening clause ends at the last comma before the second verb
    if len(verbs) >= 2 and _WHILE_FIRST.match(text, sentence.start, sentence.end):
        comma = text.rfind(",", verbs[0], verbs[1])
        if comma > 0 and comma not in cuts:
            cuts = sorted({*cuts, comma})
    parts = list(pairwise([sentence.start, *cuts, sentence.end]))

    def said(a: int, b: int) -> bool:
        i = bisect.bisect_left(verbs, a)
        return (
            (i < len(verbs) and verbs[i] < b)
            or _ACCORDING_MARK.search(text, a, b) is not None
            or _ELIDED.search(text, a, b) is not None
        )

    return parts if cuts and sum(said(a, b) for a, b in parts) >= 2 else []


def _after_spaces(text: str, at: int) -> int:
    """Return where the first word at or after ``at`` begins (spaces looked at in a bounded window)."""
    window = text[at : at + 80]
    return at + len(window) - len(window.lstrip())


#: A verb of saying right after its subject ("Lithuania said", "Литва заявила", "Litwa poinformowała").
SAYS_NEXT = regexes.compile(rf"\s+(?:{lexicon.SPEECH_WORDS})(?![\w])", re.I)
#: A day, as a clause's adverb: "on Thursday", "late on Monday", "last Sunday", "we wtorek", "в
#: минувшую субботу", "у суботу".
_ON_DAY = (
    r"(?:(?:(?:late|early|earlier|later)\s+)?on|w|we|в|во|у|last)\s+(?:(?:минувш|прошл|минул|ubiegł|zeszł|last)\w*\s+)?"
    rf"(?:{'|'.join(lexicon.WEEKDAYS)})"
)
#: ... or a day or an adverb between: "Belarus on Thursday said", "Litwa we wtorek poinformowała",
#: "Литва в четверг заявила", "Литва у четвер заявила", "Lithuania also said".
_SAYS_SOON = regexes.compile(
    rf"(?i:\s+(?:{_ON_DAY}|yesterday|today|also|earlier|"
    r"later|again|then|wczoraj|dziś|dzisiaj|też|także|również|вчера|сегодня|также|тоже|учора|вчора|сьогодні|також|"
    # a date: "Минск 1 сентября сообщал", "Belarus on August 1 said"
    rf"(?:on\s+)?(?:{'|'.join(lexicon.MONTHS)})\s+\d{{1,2}}|"
    rf"\d{{1,2}}\s+(?:{'|'.join((*lexicon.MONTHS_PL, *lexicon.MONTHS_UK, *lexicon.MONTHS_RU))})))?"
    + SAYS_NEXT.pattern
)
#: One to three phrases between commas, each opening with an article or a lower-case word: what a
#: subject before them is ("Litwa, członek NATO, na której czele stoi prezydent …,"). Ends at the last comma.
_APPOSED_PHRASES = (
    r"(?:,\s+(?:(?:a|an|the|one\s+of)\s+|(?=[a-ząćęłńóśźżа-яіїєґё]))[^,;:.!?«»„”“\"]{0,80}){1,3},"
)
#: ... or what it is between commas before the verb: "Lithuania, a NATO member, said", "Litwa,
#: członek NATO i UE, poinformowała" (an article or a lower-case word opening each phrase).
_APPOSED_SAYS = regexes.compile(
    _APPOSED_PHRASES + r"(?:\s+(?:has|have|had|also|też|także|также|також))?" + SAYS_NEXT.pattern
)
_PL_BODY = (
    r"(?:ministerstwo\s+(?:obrony(?:\s+narodowej)?|spraw\s+zagranicznych|spraw\s+wewnętrznych)|"
    r"resort\s+(?:obrony|spraw\s+zagranicznych)|wojsko|armia|służby\s+graniczne|straż\s+graniczna|"
    r"siły\s+powietrzne|siły\s+zbrojne|prokuratura(?:\s+(?:okręgowa|krajowa|rejonowa))?|policja(?:\s+graniczna)?|"
    r"dowództwo\s+operacyjne|sztab\s+generalny|ambasada|władze(?:\s+we?\s+(?-i:[A-ZŁŚŻŹĆ])\w+)?|(?-i:MSZ|MON))"
    # its country in the genitive after it: "ministerstwo obrony Rumunii", and an embassy's city
    r"(?:\s+(?-i:Polski|Rumunii|Mołdawii|Litwy|Łotwy|Estonii|Finlandii|Ukrainy|Białorusi|Rosji)"
    r"(?:\s+we?\s+(?-i:[A-ZŁŚŻŹĆ])\w+)?)?"
)
_PL_BODY_GEN = (
    r"(?:ministerstwa\s+(?:obrony(?:\s+narodowej)?|spraw\s+zagranicznych|spraw\s+wewnętrznych)|"
    r"resortu\s+(?:obrony|spraw\s+zagranicznych)|wojska|armii|służb\s+granicznych|straży\s+granicznej|"
    r"sił\s+powietrznych|sił\s+zbrojnych|prokuratury(?:\s+(?:okręgowej|krajowej|rejonowej))?|policji(?:\s+granicznej)?|"
    r"dowództwa\s+operacyjnego|sztabu\s+generalnego|(?-i:MSW|MSZ|MON|MSWiA)|"
    # bare, the body named before: "według ministerstwa", "zdaniem resortu", "według dowództwa"
    r"ministerstwa|resortu|dowództwa)"
)
#: The nominative of the bodies after "według" (their adjectives are left as written).
_PL_BODY_NOMINATIVE = {
    "ministerstwa obrony": "ministerstwo obrony", "ministerstwa obrony narodowej": "ministerstwo obrony narodowej",
    "ministerstwa spraw zagranicznych": "ministerstwo spraw zagranicznych",
    "ministerstwa spraw wewnętrznych": "ministerstwo spraw wewnętrznych", "resortu obrony": "resort obrony",
    "resortu spraw zagranicznych": "resort spraw zagranicznych", "wojska": "wojsko", "armii": "armia",
    "służb granicznych": "służby graniczne", "straży granicznej": "straż graniczna",
    "sił powietrznych": "siły powietrzne", "sił zbrojnych": "siły zbrojne", "prokuratury": "prokuratura",
    "prokuratury okręgowej": "prokuratura okręgowa", "prokuratury krajowej": "prokuratura krajowa",
    "prokuratury rejonowej": "prokuratura rejonowa", "policji": "policja", "policji granicznej": "policja graniczna",
    "dowództwa operacyjnego": "dowództwo operacyjne", "sztabu generalnego": "sztab generalny",
    "ministerstwa": "ministerstwo", "resortu": "resort", "dowództwa": "dowództwo",
}  # fmt: skip
_PL_SAYS = "|".join(
    re.escape(v) for v in lexicon.SPEECH_VERBS if " " not in v and re.fullmatch(r"[a-ząćęłńóśźż]+", v)
)
_PL_PARTICIPLES = "|".join(v for v in lexicon.SPEECH_PARTICIPLES if re.fullmatch(r"[a-ząćęłńóśźż]+", v))
#: When, between a subject and its verb of saying: "Siły zbrojne w czwartek poinformowały".
_PL_WHEN = rf"(?:{_ON_DAY}|też|także|również|wcześniej|natomiast|dziś|wczoraj)"
_PL_ADJ = r"(?P<adj>[A-ZĄĆĘŁŃÓŚŹŻa-ząćęłńóśźż]+(?:skie|ska|ski|ckie|cka|cki))\s+"
_PL_BODY_SAYS = regexes.compile(
    # the subject before its verb ("Białoruskie ministerstwo obrony twierdzi", "Prokuratura nie wyklucza")
    rf"(?<![\w\-])(?P<role>(?:{_PL_ADJ})?(?i:{_PL_BODY}|resort|ministerstwo))(?=\s+(?:{_PL_WHEN}\s+)?(?:nie\s+)?(?:{_PL_SAYS}|wyklucza|wykluczyła|"
    r"wykluczyło|odrzuciło|odrzuciła)(?![\w])"
    # or of what it did, saying so after a comma: "Wojsko opublikowało trasę, wskazując, że …"
    rf"|\s+[a-ząćęłńóśźż]+(?:ło|ła|ł|li|ły)\b[^.;!?]{{0,120}}?,\s+(?:{_PL_PARTICIPLES})(?![\w]))"
    # or after it, the clause ending ("– poinformowało wojsko.")
    # (a bare "ministerstwo" there: the one named before, "- oświadczyło ministerstwo.")
    rf"|(?<![\w\-])(?:{_PL_SAYS})\s+(?P<role2>(?:{_PL_ADJ.replace('adj', 'adj2')})?(?i:{_PL_BODY}|ministerstwo|resort))"
    r"(?=\s*[,.;:!?]|\s*$)"
    # or in the genitive after "według", "zdaniem"
    rf"|(?<![\w\-])(?i:według|zdaniem)\s+(?P<gen>(?:(?P<adj3>[a-ząćęłńóśźż]+(?:skiego|skiej|skich|ckiego|ckiej|ckich))\s+)?"
    rf"(?i:{_PL_BODY_GEN}))(?![\w])"
)


def _collective(
    text: str, found: Found, said_in: list[re.Match[str]]
) -> Iterator[tuple[Speaker, int | None]]:
    """Yield the bodies, countries and sides that speak with no person named, in the order read.

    Each with where its head word stands, which must not be a mention already (a place's, an
    organisation's), if that is to be checked.  ``said_in``: the matches of :data:`_CYR_SAID_IN`.
    """
    # A Polish body written in lower case, with its country's adjective: "Białoruskie ministerstwo
    # obrony twierdzi", "– poinformowało wojsko", "według prokuratury" (the adjective is a mention).
    # (a bare "ministerstwo", "resort" stays so here: the body named before is found when it speaks,
    # see _named_before)
    for m in _PL_BODY_SAYS.finditer(text):
        label, start, end, head_at = _polish_body(m)
        yield Speaker(None, _tidy(label), start, end, "organisation"), head_at
    # Said in a Polish body, impersonal: "W MON przekazano, że …", "W Straży Granicznej poinformowano"
    for m in _PL_SAID_IN.finditer(text):
        label = _PL_BODIES_IN.get(re.sub(r"\s+", " ", m.group("body")).lower(), m.group("body"))
        yield Speaker(None, label, *m.span("body"), "organisation"), None
    # Said "in" a body, with no subject: "заявили в польской армии", "В ведомстве также отвергли"
    # (its adjective may be a region's, a mention).
    for m in said_in:
        x = "" if m.group("body") else "x"  # (the alternative with the verb after the body)
        label = _body_nominative(m.group(x + "adj"), m.group(x + "head"), m.group(x + "rest"))
        yield Speaker(None, label, *m.span(x + "body"), "organisation"), m.start(x + "head")
    # A country, or its side, as the subject of a verb of saying: "Lithuania said", "Литва заявила",
    # "the Belarusian side said", "strona białoruska twierdzi".
    for mention in found.mentions:
        hit = country_of(text[mention.start : mention.end]) if mention.kind == "country" else None
        if (
            hit is not None
            and not hit[1]  # not an adjective ("Polish said" is no sentence)
            and (_SAYS_SOON.match(text, mention.end) or _APPOSED_SAYS.match(text, mention.end))
            # the subject, opening its clause (a day before it may: "В минувшую субботу Литва сообщила"),
            # or what it is before it ("Russia's key ally Belarus said", "NATO member Romania said"):
            # not "Бюро национальной безопасности Польши сообщило"
            and _opens_after_day(text, _described_from(text, mention.start))
        ):
            yield (
                Speaker(None, text[mention.start : mention.end], mention.start, mention.end, "country"),
                None,
            )
    # Said "in" a country, with no subject: "У Польщі заявили", "В Польше назвали провокацией …",
    # "заявили в Литве" (the country's people in office, as written: "У Польщі").
    for mention in found.mentions:
        if mention.kind != "country" or mention.adjective:
            continue
        before = _CYR_IN_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        if before is None or not _CYR_SAID_NEXT.match(text, mention.end):
            # after the verb only where nothing follows that could be its subject ("Об этом сообщили
            # в Литве белорусские пограничники": the border guards)
            before = (
                _CYR_SAID_BEFORE.search(text, max(0, mention.start - 60), mention.start)
                if _CLAUSE_ENDS.match(text, mention.end)
                else None
            )
        if before is not None:
            at = before.start("in")
            yield Speaker(None, text[at : mention.end], at, mention.end, "country"), None
    for m in _SIDE.finditer(text):
        hit = country_of(next(g for g in m.group("adj", "adj2", "adj3") if g))
        # (beside "strona", "polska" is the adjective, though it also names the country)
        if hit and (hit[1] or not m.group("adj")) and SAYS_NEXT.match(text, m.end()):
            yield Speaker(None, _tidy(m.group()), m.start(), m.end(), "country"), None


def _polish_body(m: re.Match[str]) -> tuple[str, int, int, int]:
    """Return a lower-case Polish body's label, start and end, and where its head noun starts."""
    group = next(g for g in ("role", "role2", "gen") if m.group(g))
    start, end = m.span(group)
    adjective = m.group("adj") or m.group("adj2") or m.group("adj3") or ""
    body = m.group(group)[len(adjective) :].lstrip()
    head_at = end - len(body)
    hit = country_of(adjective) if adjective else None
    if not (hit and hit[1]):  # no country's adjective before it ("Okręgowa" is none)
        adjective, start = "", head_at
    if group == "gen":  # "według rumuńskiego ministerstwa obrony": the body in the nominative
        body = _PL_BODY_NOMINATIVE.get(body.lower(), body)
        adjective = _nominative_adjective_for(adjective, body)
    return " ".join(filter(None, (adjective, body))), start, end, head_at


#: The gender of a Polish body's head noun, by its first word (an adjective agrees with it; a
#: dropped pronoun's verb does: "Straż Graniczna zaprzeczyła … Jak podała").
_PL_BODY_GENDER = {
    "ministerstwo": "n", "resort": "m", "wojsko": "n", "armia": "f", "służby": "pl", "służba": "f", "straż": "f",
    "straz": "f", "msw": "n", "msz": "n", "mon": "n", "mswia": "n", "siły": "pl", "prokuratura": "f",
    "policja": "f", "dowództwo": "n", "sztab": "m", "agencja": "f", "komisja": "f", "kancelaria": "f", "biuro": "n",
    "urząd": "m", "rząd": "m", "ambasada": "f", "władze": "pl",
}  # fmt: skip


def _nominative_adjective_for(adjective: str, body: str) -> str:
    """Return a genitive adjective in the nominative of its body ("rumuńskiego" -> "rumuńskie" ministerstwo)."""
    gender = _PL_BODY_GENDER.get(body.split()[0].lower() if body else "", "")
    for ending, by_gender in (
        ("kiego", {"n": "kie", "m": "ki"}), ("ego", {"n": "e", "m": "y"}), ("kiej", {"f": "ka"}),
        ("ej", {"f": "a"}), ("kich", {"pl": "kie"}), ("ych", {"pl": "e"}),
    ):  # fmt: skip
        if adjective.endswith(ending) and gender in by_gender:
            return adjective[: -len(ending)] + by_gender[gender]
    return adjective


#: Polish bodies said "in", impersonal ("W MON przekazano, że …"), the locative to the nominative.
_PL_BODIES_IN = {
    "dowództwie operacyjnym": "Dowództwo Operacyjne", "straży granicznej": "Straż Graniczna",
    "ministerstwie obrony": "ministerstwo obrony", "resorcie obrony": "resort obrony",
    "sztabie generalnym": "Sztab Generalny", "prokuraturze": "prokuratura", "policji": "policja",
}  # fmt: skip
_PL_SAID_IN = regexes.compile(
    # (a paragraph's first word: the text is read flat, its blank line two spaces there, no line break)
    r"(?:^|(?<=[.!?]\s)|(?<=\s\s)|(?<=,\s))[Ww]\s+(?P<body>(?-i:MON|MSZ|MSWiA|MSW|BBN|DORSZ)|"
    + "|".join(w.replace(" ", r"\s+") for w in _PL_BODIES_IN)
    + r")\s+(?:też\s+|także\s+|jednak\s+)?(?:przekazano|poinformowano|podano|zaznaczono|potwierdzono|zaprzeczono|"
    r"podkreślono|dodano|wyjaśniono|oświadczono|ustalono|twierdzi\s+się)(?![\w])",
    re.I,
)
#: Bodies said "in" (the locative) -> (the nominative, its gender): "в польской армии", "у відомстві".
_CYR_BODIES_IN = {
    "министерстве": ("министерство", "n"), "міністерстві": ("міністерство", "n"), "армии": ("армия", "f"),
    "армії": ("армія", "f"), "генштабе": ("генштаб", "m"), "генштабі": ("генштаб", "m"), "штабе": ("штаб", "m"),
    "штабі": ("штаб", "m"), "ведомстве": ("ведомство", "n"), "відомстві": ("відомство", "n"),
    "войске": ("войско", "n"), "війську": ("військо", "n"), "администрации": ("администрация", "f"),
    "адміністрації": ("адміністрація", "f"), "уряді": ("уряд", "m"), "правительстве": ("правительство", "n"), "погранслужбе": ("погранслужба", "f"),
    "пресс-службе": ("пресс-служба", "f"), "пресслужбі": ("пресслужба", "f"), "посольстве": ("посольство", "n"),
    "службе": ("служба", "f"), "службі": ("служба", "f"), "полиции": ("полиция", "f"), "поліції": ("поліція", "f"),
    "прокуратуре": ("прокуратура", "f"), "прокуратурі": ("прокуратура", "f"),
    # forces, plural: "в Национальных вооружённых силах" (Russian), "у Повітряних силах" (Ukrainian)
    "силах": ("силы", "pl"),
    "посольстві": ("посольство", "n"), "командовании": ("командование", "n"),
    "командуванні": ("командування", "n"), "госпогранкомитете": ("Госпогранкомитет", "m"),
    "минобороны": ("Минобороны", ""), "міноборони": ("Міноборони", ""), "мид": ("МИД", ""), "мзс": ("МЗС", ""),
    "дпсу": ("ДПСУ", ""), "генштабе вс": ("генштаб ВС", "m"), "нато": ("НАТО", ""), "миде": ("МИД", ""),
}  # fmt: skip
_CYR_SAID_PLURAL = _words(lexicon.CYRILLIC_PLURAL_SAID)
_CYR_BODY_IN = (
    r"(?P<body>(?P<adj>(?:[а-яіїєґёА-ЯІЇЄҐЁ]+(?:ой|ом|ій|ому|ім|ых|их)\s+){1,3})?"
    # (or a body by its Latin letters: "Як розповіли у VSAT")
    r"(?P<head>(?i:" + "|".join(re.escape(h) for h in _CYR_BODIES_IN if " " not in h) + r")|(?-i:[A-Z]{2,6}))"
    # (and an abbreviation: "у пресслужбі ДПСУ", "в пресс-службе МВД")
    r"(?P<rest>(?:\s+(?:[а-яіїєґ]+(?:ы|и|і|ої|ого|ей|их|ів|ства|ния|ння)|дел|справ|[А-ЯІЇЄҐ][а-яіїєґ]+(?:ы|и|і|ї|ої|ой|а|у)|"
    r"[А-ЯІЇЄҐЁ]{2,6}(?![\w\-]))){0,3}"
    # where the body sits: "посольстве России в Варшаве", "посольстві Росії у Варшаві"
    r"(?:\s+(?:в|у)\s+[А-ЯІЇЄҐ][а-яіїєґ]+(?:е|і))?))"
    r"(?![\w\-])"
)
#: Words between a body said "in" and its verb: "also", and when ("В министерстве вчера заявили").
_CYR_MEANWHILE = rf"(?:(?:также|також|тоже|{_CYR_WHEN})\s+){{0,2}}"
_CYR_SAID_IN = regexes.compile(
    rf"(?<![\w\-])(?:{_CYR_SAID_PLURAL})\s+{_CYR_MEANWHILE}(?:в|у|во)\s+{_CYR_BODY_IN}"
    # (a paragraph's first word: the text is read flat, its blank line two spaces there, no line break)
    # (an adverb of time may open the sentence: "Раніше у прокуратурі країни стверджували")
    rf"|(?:^|(?<=[.,;:!?]\s)|(?<=\s\s))(?i:{_CYR_MEANWHILE})(?:[Вв]|[Уу]|[Вв]о)\s+{_CYR_BODY_IN.replace('?P<', '?P<x')}"
    rf"(?=\s+{_CYR_MEANWHILE}(?:{_CYR_SAID_PLURAL})(?![\w]))"
)
#: A country said "in", opening its clause, before its plural verb of saying: "У Польщі заявили".
_CYR_IN_BEFORE = regexes.compile(
    rf"(?:^|(?<=[.,;:!?]\s)|(?<=\s\s))(?i:{_CYR_MEANWHILE})(?P<in>[Вв]|[Уу]|[Вв]о)\s+$"
)
#: (words only: what a country "recorded" or "published" is an observation its officials made, whom
#: a report names elsewhere: "В Литві зафіксували порушення")
_CYR_COUNTRY_SAID = _words(
    tuple(v for v in lexicon.CYRILLIC_PLURAL_SAID if not v.startswith(("зафік", "зафик", "опубл", "констат")))
)
_CLAUSE_ENDS = regexes.compile(r"\s*(?:[.,;:!?»”\"]|$)")
_CYR_SAID_NEXT = regexes.compile(rf"\s+{_CYR_MEANWHILE}(?:{_CYR_COUNTRY_SAID})(?![\w])")
#: ... or after its verb: "заявили в Литве" (the country's locative right after).
_CYR_SAID_BEFORE = regexes.compile(
    rf"(?<![\w\-])(?:{_CYR_COUNTRY_SAID})\s+{_CYR_MEANWHILE}(?P<in>в|у|во)\s+$"
)
_CYR_ADJ_NOMINATIVE = (
    ("ском", {"m": "ский", "n": "ское"}), ("цком", {"m": "цкий", "n": "цкое"}), ("ом", {"m": "ый", "n": "ое"}),
    ("ой", {"f": "ая"}), ("ському", {"m": "ський", "n": "ське"}), ("ому", {"m": "ий", "n": "е"}),
    ("ській", {"f": "ська"}), ("ій", {"f": "а"}), ("ськім", {"m": "ський", "n": "ське"}),
    ("ых", {"pl": "ые"}), ("их", {"pl": "ие"}),
)  # fmt: skip


def _body_nominative(adjective: str | None, head: str, rest: str) -> str:
    """Return a body said "in" in the nominative ("польской армии": польская армия)."""
    if head.lower() not in _CYR_BODIES_IN:
        return head + rest  # its letters ("VSAT")
    nominative, gender = _CYR_BODIES_IN[head.lower()]
    words = [_adjective_agreeing(a, gender) for a in (adjective or "").split()]
    if gender == "pl" and re.search("[іїєґ]", " ".join([*words, rest])):
        # Ukrainian plurals: "Повітряних силах": Повітряні сили
        words, nominative = [re.sub(r"ие$", "і", w) for w in words], "сили"
    return " ".join([*words, nominative]) + rest


def _adjective_agreeing(adjective: str, gender: str) -> str:
    for ending, by_gender in _CYR_ADJ_NOMINATIVE:
        if adjective.endswith(ending) and gender in by_gender:
            return adjective[: -len(ending)] + by_gender[gender]
    return adjective


#: Where a clause's subject may begin: a sentence's start, punctuation or a conjunction before it.
_CLAUSE_OPENS = regexes.compile(
    r"(?:^|[.,;:!?—–\-\"«„“(\n]|(?<![\w])(?:and|but|while|however|meanwhile|а|и|но|однако|але|і|та|проте|"
    r"однак|a|i|ale|natomiast|jednak|zaś))\s*$",
    re.I,
)


def _described_from(text: str, at: int) -> int:
    """Return where the words that say what a country is start, right before it (else ``at``)."""
    before = _COUNTRY_DESCRIBED.search(text, max(0, at - 40), at)
    return before.start() if before else at


#: What an English report says a country is, right before its name: "Russia's key ally", "Ukraine's
#: neighbour", "NATO member", "NATO-member", "EU member state".
_COUNTRY_DESCRIBED = regexes.compile(
    r"(?:[A-Z][a-z]+[’']s\s+(?:(?:key|close|closest|main|staunch|only)\s+)?(?:ally|neighbou?r|partner)"
    r"|(?:NATO|EU)[-\s](?:member|ally)(?:\s+(?:state|country))?)\s+$"
)


def _opens_after_day(text: str, at: int) -> bool:
    """Whether a subject at ``at`` opens its clause, a day's words before it or not."""
    if _CLAUSE_OPENS.search(text, max(0, at - 20), at):
        return True
    day = _DAY_BEFORE.search(text, max(0, at - 40), at)
    return day is not None and _CLAUSE_OPENS.search(text, max(0, day.start() - 20), day.start()) is not None


#: A day opening a clause before its subject: "В минувшую субботу", "On Saturday", "W sobotę", "У суботу".
_DAY_BEFORE = regexes.compile(rf"(?i:{_ON_DAY},?\s+$)")
#: A country's side: "the Belarusian side", "strona białoruska", "białoruska strona" (in Russian and
#: Ukrainian, "Литовская сторона", one of the bodies of _CYR_DESCRIBED).
_SIDE = regexes.compile(
    r"(?<![\w])(?:(?:[Tt]he\s+)?(?P<adj>[A-Z][a-z]+)\s+side|[Ss]trona\s+(?P<adj2>[a-ząćęłńóśźż]+ska)"
    r"|(?P<adj3>[A-ZĄĆĘŁŃÓŚŹŻa-ząćęłńóśźż]+ska)\s+strona)"
    r"(?![\w])"
)


#: "According to": a statement's source without a verb of saying ("Według Kijowa dron …, natomiast …").
_ACCORDING_MARK = regexes.compile(rf"(?i:(?<![\w])(?:{lexicon.ACCORDING})(?![\w]))")
#: A second statement whose verb of saying is left out, a dash in its place: "…, а украинские
#: Воздушные силы — что он пролетел над Украиной".
_ELIDED = regexes.compile(r"\s[—–]\s*(?:что|що|że|iż|that)(?![\w])")
#: The subject of such a statement: after its joining word, up to five words, to the dash.
_JOINED_SUBJECT = regexes.compile(
    rf",?\s*(?:{lexicon.JOINING})\s+"
    r"(?P<s>[^\W\d_][\w\-’']*(?:\s+[\w\-’']+){0,4}?)\s*$"
)
#: "and" before a capitalised subject of up to four words and its verb of saying.
_AND_SAYS = regexes.compile(
    r"\s(?:and|i|і|и|та|oraz)\s+(?=(?:the\s+)?[A-ZА-ЯІЇЄҐŁŚŻĆŃÓ][\w’'\-]*(?:\s+[\w’'\-]+){0,3}?\s+(?:"
    + lexicon.SPEECH_WORDS
    + r")(?![\w]))"
)
#: A second statement joined to the first: its verb of saying is not the first one's.
_CONTRAST = regexes.compile(rf",\s+(?:{lexicon.JOINING})(?![\w])")
#: A sentence opening with a clause set against the next: "While Duda said …, Zelensky said …".
_WHILE_FIRST = regexes.compile(
    r"\s*[\"„“«]?(?i:while|whereas|podczas\s+gdy|gdy|choć|chociaż|в\s+то\s+время\s+как|тогда\s+как|хотя|"
    r"тоді\s+як|хоча|поки)(?![\w])"
)


def headline_speaker(report: Report, sentence: Sentence, people: People) -> Speaker | None:
    """Return who a headline's words are given to before a colon ("Туск: беспилотники залетели …").

    The name is the person named in full in the report if one bears it as a surname, else the
    speaker found there (an organisation: "Straż Graniczna: balony z Białorusi …"), else None.
    """
    m = _HEADLINE_COLON.match(report.flat, sentence.start)
    if m is None or report.paragraph_start(sentence.start) != sentence.start:
        return None
    who = m.group("who")
    for p in people:
        if p.kind == "person" and p.name and p.name.split()[-1] in (who, inflection.cyrillic_name(who)):
            return p
    found = next((p for p in people.between(m.start("who"), m.end("who"))), None)
    hit = country_of(who)
    if found is None and hit is not None and not hit[1]:  # "Lithuania: balloons came from Belarus"
        found = Speaker(None, who, m.start("who"), m.end("who"), "country")
    return found


#: A headline giving its words to someone before a colon: "Tusk: drony nadleciały z Białorusi".
_HEADLINE_COLON = regexes.compile(
    rf"\s*(?P<who>[{_UP}{_CY_UP}][\w’'\-]+(?:\s+[{_UP}{_CY_UP}][\w’'\-]+){{0,3}}):\s"
)


def _subject(
    report: Report, sentence: Sentence, verb: tuple[int, int], people: People, statement: tuple[int, int]
) -> Speaker | None:
    """Return the subject of a verb of saying, looked for within its ``statement`` (see statement_part)."""
    text = report.flat
    clause_start = max(statement[0], _clause_start(text, sentence.start, verb[0]))
    quoted_name = next((p for p in people.before(clause_start) if p.end == clause_start), None)
    if (
        quoted_name is not None
        and text[clause_start - 1 : clause_start] in '”»"'
        and "," not in text[clause_start : verb[0]]
        # (the medium's noun a subject, not a preposition's object: "in an interview with the portal …")
        and not _MEDIUM_AFTER_PREPOSITION.search(text, max(0, quoted_name.start - 40), quoted_name.start)
    ):
        # the quotation mark closing a medium's quoted name ("portal „Delfi” … opublikował") ends no clause
        clause_start = max(statement[0], quoted_name.start)
    near = max(clause_start, verb[0] - 60)  # a pronoun or title subject stands just before its verb
    pronoun = _PRONOUN.search(text[near : verb[0]])
    apposed = _APPOSED.search(text, clause_start, verb[0])
    if pronoun and not (apposed and near + pronoun.start() > apposed.start()):
        # (not a relative pronoun between commas: "Belarus, which … Donald Tusk accused …, said")
        return _antecedent(people, near + pronoun.start(), pronoun.group("p").lower())
    after = [
        p
        for p in people.between(verb[1], min(statement[1], verb[1] + 140))
        if not _that_between(text, verb[1], p.start) and not _object_case(text, p)
    ]
    if after and _postposed(text, sentence.start, verb):
        # "…, сообщил начальник генштаба Павел Муравейко", "…, powiedział premier": its subject is after
        # it (the person the description is of), and what stands before it is what was said.
        return next((p for p in after if p.kind == "person"), after[0])
    subject = [
        p
        for p in people.between(clause_start, verb[0])
        if p.end <= verb[0] and not report.quotation_at(p.start, p.end)
    ]
    # "Ivan Tertel, head of the Belarusian Committee for State Security (KGB), said": the person, whom
    # the words between the commas describe (the body named there is the person's, not the subject)
    # (the clause's first name only, and never before a neuter verb, an institution's: "Lukashenko,
    # responding to Donald Tusk, the head of the Polish government, said" is Lukashenko's)
    first = subject[0] if subject else None
    if (
        first is not None
        and first.kind == "person"
        and not text[clause_start : first.start].strip(' "“„«')
        and _APPOSITION.fullmatch(text, first.end, verb[0])
        and not _NEUTER.search(text, verb[0], verb[1])
    ):
        return first
    described = [p for p in subject if apposed and p.start >= apposed.start()]
    ranked = (
        apposed is not None
        and not _RELATIVE.match(text, apposed.start())
        and any(
            p.kind == "person" and len(text[apposed.start() + 1 : p.start].split()) <= 1 for p in described
        )
    )
    if apposed and described and not ranked:
        # "Vilnius, a NATO and EU member state, has dismissed …", "Litwa, członek NATO i UE,
        # poinformowała": the bodies the words between the commas name describe the subject, never are
        # it (a person there after a rank at most is it: "Речник Повітряних сил, полковник Юрій Ігнат,
        # заявив"; not "The Kremlin, responding to Donald Tusk, said")
        subject = [p for p in subject if p.start < apposed.start()]
        if not subject:
            return None
    if _NEUTER.search(text, verb[0], verb[1]):
        # "заявило", "poinformowało": a neuter subject, an institution, never a person named before it
        # ("викликало посла України Ігоря Кизима і заявило йому": the ministry, not the ambassador)
        subject = [p for p in subject if p.kind != "person"]
    if subject:
        return subject[-1]
    bare = _BARE.search(text[near : verb[0]])
    if bare:  # "Premier podkreślił", "the president said": the person named before with that title
        title = fold(bare.group("t"))
        if title in _RANKS:  # the officer named with that rank, right before the name, or no one
            return _ranked_before(text, people, near + bare.start(), title)
        for p in people.before(near + bare.start()):
            if p.kind == "person" and p.role and title in fold(p.role):
                return p
        return next((p for p in people.before(near + bare.start()) if p.kind == "person"), None)
    if after:
        # "сообщил начальник генерального штаба … Павел Муравейко": the person the description is of
        return next((p for p in after if p.kind == "person"), after[0])
    late = _AFTER_VERB.match(text, verb[1])
    if late and late.group("p"):  # "…", - зазначив він
        return _antecedent(people, verb[0], late.group("p").lower(), strict=True)
    if late and late.group("t"):  # "як підкреслив президент": the person named before with that title
        if fold(late.group("t")) in _RANKS:  # "Как утверждает генерал": the officer of that rank only
            return _ranked_before(text, people, verb[0], fold(late.group("t")))
        return next((p for p in people.before(verb[0]) if p.kind == "person"), None)
    if back := _BACK.match(text, verb[1]):
        # the last body of that kind ("по данным министерства": the ministry), or of any ("ведомства")
        stems = _BACK_STEMS.get(fold(back.group("w")), ())
        return next(
            (
                p
                for p in people.before(verb[0])
                if p.kind in ("organisation", "described")
                and (not stems or any(st in fold(p.label) for st in stems))
            ),
            None,
        )
    if (
        _DROPPED.fullmatch(text, clause_start, verb[0])
        and _POLISH_PAST.search(text, verb[0], verb[1])
        and not _SUBJECT_AFTER.match(text, verb[1])
    ):
        # Polish drops the pronoun: "Jak dodał, …", "Dodała, że …": the person named before, or
        # a body of the verb's gender ("Straż Graniczna zaprzeczyła … Jak podała, …").
        ending = text[verb[1] - 2 : verb[1]]
        person = _antecedent(people, verb[0], "ona" if ending == "ła" else "on", strict=True)
        gender = {"ła": "f", "ło": "n"}.get(ending, "m")
        body = next((p for p in people.before(verb[0]) if p.kind in ("organisation", "described")), None)
        if (
            body is not None
            and _polish_gender(body.label) == gender
            and (person is None or person.start < body.start)
        ):
            return body
        return person
    return None


def _ranked_before(text: str, people: People, at: int, rank: str) -> Speaker | None:
    """Return the last person before ``at`` named right after ``rank`` ("генерал Рустамас Любаевас"), else None.

    The rank a whole word, never another person's title: "Secretary-General Antonio Guterres",
    "Prokurator Generalny Adam Bodnar", "подполковник Иван Петров" hold no general nor colonel.
    """
    word = _RANK_LAST[rank]
    return next(
        (
            p
            for p in people.before(at)
            # (the rank before the name, in the person's span or right before it)
            if p.kind == "person"
            and p.name
            and word.search(text[max(0, p.start - 20) : max(p.start, p.end - len(p.name))].lower())
        ),
        None,
    )


#: Each rank (folded) as the last whole word before a name, in its written forms, lower case (not
#: folded: fold reads "Secretary-General" as two words).
_RANK_LAST = {
    rank: regexes.compile(
        rf"(?<![\w\-])(?:{'|'.join(sorted(re.escape(w) for w in lexicon.RANKS if fold(w) == rank))})\s*$"
    )
    for rank in sorted(_RANKS)
}


def _object_case(text: str, speaker: Speaker) -> bool:
    """Whether a body after a verb is written in the accusative (or instrumental): an object, never the subject.

    "Міністерство оборони Молдови …, повідомило прикордонну поліцію про проліт": the police were
    told; "poinformowało Straż Graniczną". A body's first word in the nominative never ends so
    (a person's may: "Шойгу"). Polish "ą" is the instrumental too ("ze Strażą Graniczną").
    """
    if speaker.kind == "person":
        return False
    words = text[speaker.start : speaker.end].split()
    if any(w[-1] in "ęą" for w in words):  # (Polish puts the adjective after: "Straż Graniczną")
        return True
    # (a Cyrillic body's first word: its adjective or head noun; a genitive after it may end so:
    # "речник Генштабу", "ЗСУ"; not the locative a speaker may be in: "визнали в польському війську")
    return (
        bool(words)
        and words[0][-1] in "уюУЮ"
        and not words[0].isupper()
        and not words[0].lower().endswith("му")
        and not _IN_BEFORE.search(text, max(0, speaker.start - 4), speaker.start)
    )


#: "в", "у", "во", "на" right before a body: the locative, where something was said ("в Генштабу").
_IN_BEFORE = regexes.compile(r"(?<![\w\-])(?:в|у|во|на)\s+$", re.I)


#: A relative pronoun opening the phrase between commas: what it names is no apposition of the subject.
_RELATIVE = regexes.compile(
    r",\s+(?i:which|who|whom|whose|który|która|które|którą|którego|której|którym|который|которая|которое|"
    r"которую|которого|которой|которым|який|яка|яке|яку|якого|якої|яким)\b"
)
#: Words between commas right before a verb, opening with an article or a lower-case word: what the
#: subject before them is ("Lithuania, a member of NATO, said", "Litwa, członek NATO i UE, poinformowała").
_APPOSED = regexes.compile(_APPOSED_PHRASES + r"\s*(?:(?:has|have|had|also|też|także|также|також)\s+)?$")


def _polish_gender(label: str) -> str | None:
    """Return the gender of a Polish body ("Straż Graniczna": "f"), by its head noun, else None."""
    for word in label.lower().split():
        if word in _PL_BODY_GENDER:
            return _PL_BODY_GENDER[word]
    return None


#: A subject after a Polish verb ("– ocenił polityk opozycji", "– dodał dyplomata"): someone described
#: who is not a title of the person named before ("– zaznaczył szef rządu" is still that person), so
#: the pronoun is not dropped and the speaker is not the person named before.
_SUBJECT_AFTER = regexes.compile(
    rf"\s+(?:{_words((*lexicon.POLISH_PERSON_WORDS, *lexicon.DESCRIBED_PEOPLE))})\b"
)
#: A verb of saying in the neuter past: its subject is an institution ("МЗС повідомило", "MON przekazało").
_NEUTER = regexes.compile(r"\w+(?:ло|ło)\b")
#: Nothing before a Polish verb in its clause but "jak" ("as") or the dash after a quotation ("„…” –
#: stwierdził"): its subject is a dropped pronoun.
_DROPPED = regexes.compile(r"\s*(?:[–—-]\s*)?(?:[Jj]ak\s+)?")
#: A Polish verb of saying in the past singular ("dodał", "podkreśliła"), whose pronoun may be dropped.
_POLISH_PAST = regexes.compile(r"\b\w+(?:ł|ła)\b")


def _postposed(text: str, sentence_start: int, verb: tuple[int, int]) -> bool:
    """Whether a Polish, Ukrainian or Russian verb of saying follows a comma or dash ("…, сообщил X").

    In those languages such a verb comes before its subject, after what was said; in English "…,
    said Tusk" is as common as "Tusk, who …, said", so an English verb keeps its subject before it.
    """
    word = text[verb[0] : verb[1]].split()[0].lower()
    if word in _PARTICIPLES:  # "…, wskazując, że": the main clause's subject, before it
        return False
    return word not in _ENGLISH and bool(_AFTER_COMMA.search(text, max(sentence_start, verb[0] - 4), verb[0]))


_ENGLISH = frozenset(w for v in lexicon.ENGLISH_SPEECH_VERBS for w in v.split()[:1])
_PARTICIPLES = frozenset(lexicon.SPEECH_PARTICIPLES)
_AFTER_COMMA = regexes.compile(r"[,–—]\s*$")


_AFTER_VERB = regexes.compile(
    # (a word of doubt and quotation marks may stand before the title: "– сказав самопроголошений
    # "президент""; never "інший міністр", another one)
    r"\s*(?:(?P<p>he|she|він|вона|он|она|on|ona)\b|(?:the\s+)?(?:(?:самопроголошен|самопровозглаш|так\s+зван|"
    r"так\s+называем|self-proclaimed|samozwańcz)\w*\s+)?[\"«„“]?(?P<t>"
    + "|".join(re.escape(t) for t in sorted(lexicon.BARE_TITLES, key=len, reverse=True))
    + r")\b(?!\s+[A-ZА-ЯІЇЄҐ]))",
    re.I,
)
#: How far from a statement its speech verb, pronoun or title is looked for (a bound per statement).
WINDOW = 400
_THAT = regexes.compile(r"\b(?:что|що|that|że|iż|як|как)\b|[.;]", re.I)
_WORD_BEFORE = regexes.compile(r"([\w.\-]+)$")


def _that_between(text: str, start: int, end: int) -> bool:
    """Whether a "that" or a stop comes between ``start`` and ``end``: a clause of what was said, not its speaker.

    An abbreviation's stop is none: "Jak przekazał prok. Grzegorz Trusiewicz, …".
    """
    for m in _THAT.finditer(text, start, end):
        word = _WORD_BEFORE.search(text, max(start, m.start() - 12), m.start()) if m.group() == "." else None
        if word is None or word.group(1).lower() not in ABBREVIATIONS:
            return True
    return False


_BARE = regexes.compile(
    r"(?i:(?:^|\s)(?:the\s+)?(?P<t>"
    + "|".join(re.escape(t) for t in sorted(lexicon.BARE_TITLES, key=len, reverse=True))
    + r"))(?:\s+(?:\w+ly|also|further|then|later|again|też|także|również|також|также))*\s*$"
)


def _speech_verbs(report: Report, sentence: Sentence, start: int, end: int) -> list[tuple[int, int]]:
    """Return the speech verbs of the sentence within :data:`WINDOW` characters of ``start:end``."""
    windows = [
        (max(sentence.start, start - WINDOW), min(sentence.end, start + WINDOW)),
        (max(sentence.start, end - WINDOW), min(sentence.end, end + WINDOW)),
    ]
    if windows[1][0] <= windows[0][1]:
        windows = [(windows[0][0], windows[1][1])]
    verbs, starts = _all_verbs(report)
    out: list[tuple[int, int]] = []
    for low, high in windows:
        i = bisect.bisect_left(starts, low)
        while i < len(verbs) and verbs[i][0] < high:
            if verbs[i][1] <= high and verbs[i] not in out:
                out.append(verbs[i])
            i += 1
    return out


def _all_verbs(report: Report) -> tuple[list[tuple[int, int]], list[int]]:
    """Every speech verb of the report, found once (a set lookup per word)."""
    return report.memo("speech verbs", _find_verbs)


def _find_verbs(report: Report) -> tuple[list[tuple[int, int]], list[int]]:
    verbs: list[tuple[int, int]] = []
    previous: re.Match[str] | None = None
    for m in _WORDS.finditer(report.flat):
        word = m.group().lower()
        if word in _VERBS:
            verbs.append((m.start(), m.end()))
        elif previous is not None and f"{previous.group().lower()} {word}" in _VERB_PAIRS:
            verbs.append((previous.start(), m.end()))
        previous = m
    # an impersonal verb is one of saying after a body's document: "В заявлении Минобороны говорится"
    leads = [m.span("lead") for m in _DOCUMENT_FIRST.finditer(report.flat)]
    if leads:
        verbs = sorted({*verbs, *leads})
    return verbs, [v[0] for v in verbs]


def _pronoun_source(report: Report, low: int, high: int) -> tuple[int, int, str] | None:
    """Return the first "according to him" (its span, and "he", "she" or "they") within ``low:high``."""
    found, starts = report.memo("pronoun sources", _find_pronoun_sources)
    i = bisect.bisect_left(starts, low)
    # They never overlap: the first one starting in the window is the only one that may end in it.
    return found[i] if i < len(found) and found[i][1] <= high else None


def _find_pronoun_sources(report: Report) -> tuple[list[tuple[int, int, str]], list[int]]:
    found = [
        (m.start(), m.end(), _person(m.group(m.lastgroup or 0)))
        for m in _PRONOUN_SOURCE.finditer(report.flat)
    ]
    return found, [f[0] for f in found]


def _person(pronoun: str) -> str:
    """Return "they", "she" or "he" for the pronoun of "according to him/her/them" in four languages."""
    key = pronoun.lower()
    return "they" if _PLURAL.fullmatch(key) else "she" if key in _FEMALE else "he"


_PLURAL = regexes.compile(r"them|їх|їхніми|их|nich|ich")


_WORDS = regexes.compile(r"\w+")
_VERBS = frozenset(v.lower() for v in lexicon.SPEECH_VERBS if " " not in v)
_VERB_PAIRS = frozenset(v.lower() for v in lexicon.SPEECH_VERBS if " " in v)


def _clause_start(text: str, sentence_start: int, at: int) -> int:
    """Where the clause holding ``at`` begins: after a closing quotation, semicolon or dash.

    A spaced en dash or hyphen is a dash too ("… dyskretnie - dodała"); within a word it joins.
    """
    low = max(sentence_start, at - WINDOW)
    cut = max(text.rfind(ch, low, at) for ch in ("”", ";", "—"))
    spaced = max(text.rfind(ch, low, at) for ch in (" – ", " - "))
    return low if max(cut, spaced) < 0 else cut + 1 if cut > spaced else spaced + 2


def _antecedent(people: People, at: int, pronoun: str, *, strict: bool = False) -> Speaker | None:
    """Return who a pronoun at ``at`` refers to: the last person (for "they", anyone) named before it.

    ``strict``: a person only ("according to him", "за його словами" never mean an institution).
    "It" is the body named last, if the last named is one ("Russia denied …. It said": no one).
    """
    if pronoun == "it":
        last = next(iter(people.before(at)), None)
        return last if last is not None and last.kind in ("organisation", "described") else None
    kinds = (
        ("person", "unnamed", "described", "organisation")
        if pronoun in ("they", "oni", "вони", "они")
        else ("person", "unnamed")
        if strict
        else ("person", "unnamed", "described")
    )
    wanted = "f" if pronoun in _FEMALE else "m" if pronoun in _MALE else None
    for p in people.before(at):
        # The last person named of the pronoun's gender, where the name says it; a name that says
        # nothing (an English first name, an institution) fits either.
        if p.kind in kinds and (wanted is None or _gender(p.name) in (wanted, None)):
            if p.kind == "described" and wanted and _role_gender(p.role) not in (wanted, None):
                continue  # "Он добавил" after "украинская сторона предупредила": not the side
            return p
    return None


def _role_gender(role: str | None) -> str | None:
    """Return the gender of a Cyrillic description's head noun ("украинская сторона": "f"), else None.

    The head is the first word not an adjective ("пресс-служба оборонного ведомства": "пресс-служба");
    "f", "n", "pl" or "m" by its ending, None where it says nothing (Latin script, "-ь", adjectives only).
    """
    for word in (role or "").lower().split():
        if not re.fullmatch(r"[а-яёіїєґ\-]+", word):
            return None
        if word.endswith(
            (
                "ий",
                "ый",
                "ой",
                "ая",
                "яя",
                "ое",
                "ее",
                "ые",
                "ие",
                "ський",
                "цький",
                "ська",
                "цька",
                "ське",
                "цьке",
                "ські",
                "цькі",
            )
        ):
            continue
        if word.endswith(("а", "я")):
            return "f"
        if word.endswith(("о", "е", "є")):
            return "n"
        if word.endswith(("ы", "и", "і", "ї")):
            return "pl"
        return None if word.endswith("ь") else "m"
    return None


_FEMALE = frozenset({"she", "her", "ona", "jej", "niej", "вона", "її", "она", "её", "ее"})
_MALE = frozenset({"he", "him", "on", "jego", "niego", "він", "його", "он", "его"})
#: Slavic surnames say their bearer's gender by their ending; a first name in -a mostly does.
_FEMALE_SURNAME = regexes.compile(r"(?:ska|cka|dzka|owa|ewa|ówna|ова|ева|ёва|іна|ина|ська|цька|ская|цкая)$")
_MALE_SURNAME = regexes.compile(r"(?:ski|cki|dzki|ов|ев|ёв|ін|ин|ський|цький|ский|цкий)$")
_MALE_NAMES_IN_A = frozenset(
    {"kuba", "barnaba", "bonawentura", "nikita", "ilya", "микола", "лука", "сава", "фома", "ілля", "илья",
     "никита", "кузьма", "данила", "хома", "мыкола"}
)  # fmt: skip


def _gender(name: str | None) -> str | None:
    """Return "f" or "m" where a name says its bearer's gender (Slavic endings), else None."""
    words = (name or "").lower().split()
    if not words:
        return None
    if len(words) > 1:
        if _FEMALE_SURNAME.search(words[-1]):
            return "f"
        if _MALE_SURNAME.search(words[-1]):
            return "m"
        first = words[0]
        if first.endswith(("a", "а", "я")) and first not in _MALE_NAMES_IN_A:
            return "f"
    return None
