"""Direction claims in a report: where the drones came from, which way, and who says so.

Phrases such as "from the direction of Ukraine", "came directly from Belarus", "used Belarusian
airspace", "via Belarus", "along the Ukraine–Belarus border" (and their Polish and Cyrillic
counterparts) become a claim with an origin or a route, its speaker and its quote.  A phrase under
a negation ("no evidence it crossed Belarusian airspace", "did not come from Belarus") is not a
claim: it is kept as a denial.  "Entered Polish airspace" says which country was entered.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import pairwise

from geomap.extract import lexicon, regexes
from geomap.extract.sentences import Report, Sentence
from geomap.extract.speakers import (
    SAYS_NEXT,
    People,
    Speaker,
    headline_speaker,
    relayed_within,
    said_after,
    speaker_at,
    statement_part,
)
from geomap.extract.toponyms import Found, country_after, country_of, unit_countries
from geomap.places.gazetteer import load
from geomap.places.text import fold

# The area: a word, and up to two more capitalised ones ("Volyn Oblast"); case counts there even
# though the patterns ignore it.
#: A weapon or aircraft named near a phrase that otherwise says nothing of one, in the four languages.
_WEAPON_STEMS = (
    r"дрон|беспилот|безпілот|шахед|ракет|бпла|апарат|аппарат|шар|кул[ьяі]|зонд|drone|missile|uav|balloon|rocket|"
    # (not "objective", "obiektywne", "объективного контроля")
    r"shahed|object(?!iv)|объект(?!ив)|об[’']єкт(?!ив)|dron|balon|rakiet|pocisk|obiekt(?!yw)|bezzałog|bezpilot|"
    # (quadcopters by their whole word: "helicopter" ends alike)
    r"quadcopter|quadrocopter|квадрокоптер|kwadrokopter|multicopter|multikopter|мультикоптер|"
    # what air defence saw, unnamed: "уничтожены воздушные цели, летевшие со стороны Украины"
    r"воздушн\w*\s+цел|повітрян\w*\s+ціл|cel(?:e|ów)\s+powietrzn|air\s+target|aerial\s+target|"
    # Polish officialese's aircraft, crewed or not ("przez statek powietrzny ze strony Polski"): an object
    # that flew, never read as a crewed aircraft flying through
    r"stat(?:ek|ku|ki|ków|kiem|kach|kami|kom)\s+powietrzn"
)
_WEAPON = rf"(?i:{_WEAPON_STEMS})"
#: What flew, where a sentence names it: a crewed military aircraft (group "air"), a plane
#: ("plane"), or a weapon, drone or balloon.
_CARRIER = regexes.compile(
    r"\b(?:(?P<air>"
    + "|".join(re.escape(w) + ("" if w.endswith("-") else r"\w*") for w in lexicon.MILITARY_AIRCRAFT)
    + r")|(?P<plane>"
    + "|".join(re.escape(w) + r"\w*" for w in lexicon.PLANES)
    # (the weapons' stems, as words: not "obiektywne")
    + r")|(?:"
    + _WEAPON_STEMS
    + r")\w*)",
    re.I,
)
#: Verbs of saying that a phrase's filler words must not hold.
_SAYING = r"(?i:сообщ|повідом|заяв|сказ|передал|рассказ|розпов|said|told)"
#: The conjunctions of a reason, one alternation (a space between words may be any spaces).
_REASONS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lexicon.REASON_WORDS)
_X = r"(?P<x>[^\W\d_][\w’'\-]*(?:\s+(?-i:[A-ZŁŚŻŹĆŃÓĘĄА-ЯІЇЄҐЎ])[\w’'\-]*){0,2})"
_Y = r"(?P<y>[^\W\d_][\w’'\-]*)"


@dataclass(frozen=True)
class Pattern:
    r"""A direction phrase: what it says, the words it may start with, and the regular expression.

    ``starts`` are the phrase's opening words (a trailing ``*``: any word beginning so); the
    expression is one of them, never right after a letter or a hyphen, then ``rest``.  ``x`` is the area, ``y`` the second country
    of a border; ``group`` names the opening words' group, if they are kept ("neg"); ``regions``:
    an admin-1 unit named as the area stands for its country (a route's first place, its region in
    brackets), where elsewhere a region is no direction ("from the Lublin region").
    """

    kind: str  # "origin", "via", "border", "into", "crossing" (read as an origin: see _crossed)
    starts: tuple[str, ...]
    rest: str
    group: str = ""
    regions: bool = False
    object: bool = False  # only with a weapon, drone or balloon named near (not people crossing a border)
    #: Only with what flew named near, or a word of flying in or violating right before ("on the part of").
    side: bool = False
    #: Only with a crewed military aircraft named in the sentence (not a liner's flight).
    aircraft: bool = False
    #: A settlement named as the area stands for its country, where every place of that name lies in one.
    places: bool = False
    #: Where something went back to: no country entered may be read in the same words.
    back: bool = False
    #: Only with a word of entering before it in the clause, and no distance right before ("from the
    #: border with Ukraine" after "breached the airspace", not "20 km from the border with Ukraine").
    entry: bool = False
    #: A country left ("left Ukrainian airspace towards …"): no origin where it is the country entered.
    leaving: bool = False
    #: Only after a word of moving a few words before: "flew over Belarus", not "drones over Poland".
    motion: bool = False
    #: Only a few words after a word of entering, with no person between ("entered Moldovan airspace
    #: from the village of …", not "… fell on a field of a farmer from the village of …").
    near_entry: bool = False
    #: Only with a drone or balloon a few words before, its subject ("balloons regularly fly …").
    near_object: bool = False
    #: A noun phrase ("дрон з Білорусі"): not after a word of origin ("походження дрона з Росії", what it
    #: is) nor in quotation marks of its own ("заява про «безпілотник з України»": another's words named).
    nominal: bool = False

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The phrase's regular expression (ignoring case)."""
        lead = "|".join(
            re.escape(w.removesuffix("*")) + (r"\w*" if w.endswith("*") else "") for w in self.starts
        )
        # (a word after a hyphen opens no phrase: "re-entered" is not "entered", "Місто-над-Піліцою" no "над")
        return regexes.compile(
            rf"(?<![\w\-])(?{f'P<{self.group}>' if self.group else ':'}{lead}){self.rest}", re.I
        )


#: Polish, Ukrainian and Russian verbs of crossing a border.
_CROSSING = (
    "przekroczy*",
    "przekracza*",
    "przekrocze*",
    "пересек*",
    "пересёк*",
    "пересека*",
    "перетну*",
    "перетина*",
)
#: Polish verbs and nouns of entering or violating a country's airspace.
_PL_ENTERED = ("wleciał*", "wleciel*", "sięgnęł*", "sięgnął", "dotarł*", "naruszył*", "naruszał*", "naruszeni*", "naruszono",
               "naruszani*", "weszł*", "wszedł", "wtargnęł*", "wtargnął", "wtargnięci*", "wdarł*")  # fmt: skip
#: Verbs of crossing, in Cyrillic: of a border, a way in; of an airspace or a territory, a way through.
_CROSSING_CYR = ("перетнул*", "пересек*", "перетнув", "перетинал*", "пересекал*")

#: What touched a country, a flight's path or what flew, and the verb, a few words after
#: ("траектории нескольких дронов якобы затронули", "the drones' paths clipped").
_PATH_NOUNS = ("траектори*", "траєкторі*", "маршрут*", "trajektori*", "trajector*", "path", "paths", "route",
               "routes", "trasy", "trasa", "tory", "дрон*", "беспилотник*", "безпілотник*", "drony", "drone",
               "drones", "dron", "rakiet*", "ракет*", "missile*")  # fmt: skip
_TOUCHED = (
    r"(?:\s+[\w’'\-]+){0,3}?\s+(?:затронул\w*|затронув|затрагивал\w*|зачепил\w*|зачепив|зачіпал\w*|"
    r"zahaczył\w*|zahaczał\w*|touched|clipped)"
)

#: A country's adjective, in the four languages (a helicopter's nationality: see PATTERNS).  Not
#: Russia's: its forces fly from Belarus, Kaliningrad, occupied Ukraine and ships at sea, so a
#: Russian helicopter, like a Russian drone, says who flew it, not where it came from.
_NATIONAL = ("polish", "polsk*", "польськ*", "польск*", "belarusian", "białorusk*", "bialorusk*", "білоруськ*",
             "белорусск*", "беларуск*", "ukrainian", "ukraińsk*", "українськ*", "украинск*", "lithuanian",
             "litewsk*", "литовськ*", "литовск*", "latvian", "łotewsk*", "латвійськ*", "латвийск*", "estonian",
             "estońsk*", "естонськ*", "эстонск*", "finnish", "fińsk*", "фінськ*", "финск*", "romanian", "rumuńsk*",
             "румунськ*", "румынск*", "moldovan", "mołdawsk*", "молдовськ*", "молдавск*", "slovak", "słowack*",
             "словацьк*", "словацк*", "hungarian", "węgiersk*", "угорськ*", "венгерск*")  # fmt: skip
_NATIONAL_ALT = "|".join(
    re.escape(w.removesuffix("*")) + (r"\w*" if w.endswith("*") else "") for w in _NATIONAL
)
#: A helicopter after its country's adjective, "military" between or not: "białoruskich śmigłowców",
#: "Belarusian military helicopters", "білоруськими військовими гелікоптерами", "польским вертолетом".
#: The stems of a helicopter's words, in the four languages (also "вертольоти", the Ukrainian variant).
_HELICOPTER_STEMS = r"helicopter|helikopter|śmigłow|вертол|гелікоптер"
_HELICOPTER_NOUN = (
    # (its type before: "the Polish Mi-24 military helicopter", "польский Ми-24")
    r"\s+(?:(?:Mi|Ми|Мі|W|AW|UH)-\d{1,3}\w*\s+)?(?:(?:military|wojskow\w*|військов\w*|военн\w*|бойов\w*|боев\w*)\s+)?"
    # (and Polish officialese's crewed aircraft: "polski statek powietrzny")
    rf"(?:(?:{_HELICOPTER_STEMS})\w*|statek\s+powietrzny|statki\s+powietrzne)(?![\w\-])"
)
_NATIONAL_HELICOPTER = rf"(?P<x>{_NATIONAL_ALT}){_HELICOPTER_NOUN}"
#: A word between a helicopter and its verb of crossing, in an aside between commas: none that opens another clause or names
#: another subject ("helicopters searched for balloons which entered …", "were scrambled to
#: intercept a drone that violated …", "patrolowały granicę, a drony naruszyły …"), no negation
#: (the phrase's own, read after), no verb of saying ("який, як заявляє ЦПК, порушив").
_ASIDE_WORD = (
    r"(?!(?i:not|nie|не|ні|never|nigdy|ніколи|никогда|that|which|who|where|when|while|after|before|and|but|"
    r"because|i|oraz|ale|bo|gdy|kiedy|gdzie|któr\w*|aby|żeby|що|щоб|які|який|яка|яке|де|коли|і|та|але|бо|а|"
    r"что|чтобы|котор\w*|где|когда|и|но|потому|після|после)(?![\w’'\-])|(?i:didn|don|doesn|hasn|haven|hadn|wasn|weren)\W|"
    rf"(?i:заявля|заявил|заявив|заяви|сообщ|повідом|said|says|claim|twierdz|według|за|по|{_WEAPON_STEMS}|sond|debris|"
    r"szczątk|уламк|обломк))"
    r"[^\s.,;:!?]+"
)
#: ... and outside an aside between commas, no "to", "as" or Polish "a" either ("were scrambled to
#: intercept a drone that violated …").
_GAP_WORD = r"(?!(?i:to|as|a)(?![\w’'\-]))" + _ASIDE_WORD
#: ... then the verb of crossing into a country: a few words after the helicopter (adverbs, types in
#: brackets, an aside between commas, a relative clause of the helicopters' own: "helicopters that
#: were conducting training exercises near the border violated"), and a "not" right before the verb,
#: the phrase's own negation ("did not violate", "nie naruszyły"); the verb's object a border, an
#: airspace or a territory ("entered service", "crossed the Danube" are none).
_THEN_CROSSED = (
    r"(?:\s*\([^()]{0,40}\))?"
    rf"(?:,\s+{_ASIDE_WORD}(?:\s+{_ASIDE_WORD}){{0,13}},|,?\s+(?:that|which|które|któr\w+|які|який|котор\w+)"
    rf"(?:\s+{_GAP_WORD}){{1,10}}|(?:\s+{_GAP_WORD}){{0,3}})"
    r"\s+(?:(?P<neg>not|nie|не|ні|never|nigdy|ніколи|никогда|didn['’]t|hasn['’]t|haven['’]t|hadn['’]t)\s+)?"
    r"(?:(?:have|has|had|did)\s+)?"
    # (and the infinitive after a past modal: "мог залететь", "mógł wlecieć", may have flown in)
    r"(?:(?:(?<=мог )|(?<=могла )|(?<=могли )|(?<=міг )|(?<=могла )|(?<=могли )|(?<=mógł )|(?<=mogła )|(?<=mogły )|"
    r"(?<=mogli ))(?:залететь|залетіти|wlecieć)|"
    r"violat|поруш|наруш|narusz|przekrocz|wtargnęł|wtargnął|wleciał|wlecia|залетіл|залетів|"
    r"залетел|залета|заліта|entered|crossed|intrud|пересекл|пересек|перетнул|перетнув|вторгл|вторглис|вдерл|"
    r"увійшл|вошл|проник)\w*"
    r"(?=(?:\s+[^\s.;:!?]+){0,4}?\s+[^\s.;:!?]*(?i:space|border|territor|przestrz|granic|terytori|простір|простор|"
    r"кордон|територ|пространств|границ|территор))"
    # (not over the sea: "порушив повітряний простір над територіальними водами" says not where from)
    r"(?![^.;!?]{0,100}?(?:\bwaters\b|\bsea\b|\bisland|вод(?:ами|ах|ы|и)\b|wod(?:ami|ach)\b|мор(?:ем|і|е|я)\b|"
    r"morz|wysp|остров|острів))"
)

#: Where to, between the source and the verb: "из Литвы в Беларусь", "з Білорусі до Литви", "из
#: Беларуси в сторону Литвы", "з Білорусі у бік Литви".
_WHERE_TO = r"(?:(?:в|во|на|до|у)\s+(?:сторону\s+|бік\s+|направлении\s+|напрямку\s+)?[\w\-]+\s+)?"

#: Every direction phrase, in the order they are read (a phrase overlapping one read before is not read).
PATTERNS: tuple[Pattern, ...] = (
    # A border between two countries crossed: the drones came from the one the report does not say
    # they entered (see ``_crossed``).  Only with a word for crossing: a border named is not a route.
    Pattern(
        "crossing",
        ("перетин*", "перетну*", "перетина*", "пересек*", "пересеч*", "crossed", "crossing", "crosses",
         "przekroczy*", "przekracza*", "przekrocze*"),
        rf"\s+(?:[\w\-]+\s+){{0,4}}?(?:the\s+)?(?:(?:державн|государственн|state|państwow)\w*\s+)?"
        rf"(?:кордон\w*|границ\w*|border|granic\w*)\s+(?:між|между|between|między)\s+{_X}\s+(?:та|і|и|й|and|a)\s+{_Y}",
    ),
    Pattern("crossing", ("crossed", "crossing", "crosses"), rf"\s+(?:the\s+)?{_X}[–\-—]{_Y}\s+border"),
    Pattern(
        "crossing",
        ("українсько", "украинско", "польсько", "польско", "білорусько", "белорусско", "литовсько", "литовско",
         "румунсько", "румынско", "молдовсько", "молдавско", "латвійсько", "латвийско", "естонсько", "эстонско",
         "російсько", "российско"),
        rf"-{_Y}\s+(?:державн\w+\s+|государственн\w+\s+)?(?:кордон|границ)\w*\s+(?:[\w\-]+\s+){{0,2}}?"
        rf"(?:перетну|перетина|пересек|пересёк)\w*",
        group="x",
    ),
    # "przekroczyły polsko-białoruską granicę", "polsko-białoruską granicę przekroczyły", "пересекая
    # латвийско-белорусскую границу": the first country by its adjective's stem ("polsko"), the second
    # by its adjective.
    Pattern(
        "crossing",
        _CROSSING,
        rf"\s+(?:[\w\-]+\s+){{0,2}}?(?P<x>[^\W\d_]+[oо])-{_Y}\s+(?:державн\w+\s+|государственн\w+\s+)?"
        r"(?:granic|кордон|границ)\w*",
        object=True,
    ),
    # ... the border's noun first: "przekroczyć granicę polsko-białoruską", "перетнув кордон польсько-білоруський"
    Pattern(
        "crossing",
        _CROSSING,
        rf"\s+(?:[\w\-]+\s+){{0,2}}?(?:granic|кордон|границ)\w*\s+(?:państwow\w+\s+|державн\w+\s+|государственн\w+\s+)?"
        rf"(?P<x>[^\W\d_]+[oо])-{_Y}",
        object=True,
    ),
    Pattern(
        "crossing",
        ("polsko", "białorusko", "ukraińsko", "litewsko", "rumuńsko", "mołdawsko", "rosyjsko"),
        rf"-{_Y}\s+granic\w*\s+(?:[\w\-]+\s+){{0,2}}?(?:przekroczy|przekracza|przekrocze)\w*",
        group="x",
        object=True,
    ),
    Pattern("border", ("along the",), rf" {_X}[–\-—]{_Y} border"),
    Pattern("border", ("wzdłuż granicy",), rf" {_X}[–\-—]{_Y}"),
    # A route from place to place, the first one's country or region in brackets: "за напрямом
    # Станіславка (Одеська область) – Веренкеу", "по направлению Лесная (Украина) – …".
    Pattern(
        "origin",
        ("за напрямом", "за напрямком", "по направлению", "по маршруту", "за маршрутом", "na trasie"),
        # a capitalised place right after the words (not "к Бресту": towards), a place after the dash
        rf"\s+(?-i:[A-ZА-ЯІЇЄҐŁŚŻŹĆŃÓ])[^\s()–—]*(?:[\s\-][^\s()–—]+)?\s+\({_X}[^()]{{0,40}}\)"
        rf"\s*[–—-]\s*(?-i:[A-ZА-ЯІЇЄҐŁŚŻŹĆŃÓ])",
        regions=True,
    ),
    # From the side of a village: its country ("from the direction of the village of Lisne
    # (Ukraine)", "od strony wsi Lisne na Ukrainie", "з боку села Лісне", "со стороны села Лесное").
    Pattern(
        "origin",
        ("from the direction of", "from the side of", "od strony", "z kierunku", "ze strony", "з боку", "з напрямку",
         "зі сторони", "со стороны", "с направления", "с стороны"),
        r"\s+(?:the\s+)?(?:(?:village|town|city|settlement)\s+of|wsi|miejscowości|miasta|osady|села|селища|міста|"
        rf"поселка|посёлка|города|деревни)\s+(?-i:{_X})",
        places=True,
    ),
    Pattern("origin", ("from the direction of", "from the side of"), rf" (?:the )?{_X}"),
    # From a village said to be in a country: "entered Moldovan airspace from the village of Pavlivka in
    # Ukraine's Odesa region", "z miejscowości Lisne na Ukrainie", "из села Лесное на Украине" (the
    # country the report gives, not the village's namesakes; a few words after a word of entering, no
    # person between: "zdjęcia ze wsi Pepeni", "a family from the village of Lisne", say no way).
    Pattern(
        "origin",
        ("from the village of", "from the town of", "from the settlement of", "from the city of", "z wsi",
         "z miejscowości", "ze wsi", "з села", "із села", "зі селища", "з селища", "з міста", "из села",
         "из поселка", "из посёлка", "из города"),
        r"\s+(?-i:[A-ZА-ЯІЇЄҐŁŚŻŹĆ][\w’'\-]+)(?:\s+(?-i:[A-ZА-ЯІЇЄҐŁŚŻŹĆ][\w’'\-]+))?,?\s+"
        rf"(?:in|na|w|we|в|у|на)\s+{_X}",
        near_entry=True,
    ),
    # From a village the country's adjective places: "з українського села Лісне до молдовського Сейця",
    # "из украинского села Лесное", "z ukraińskiej wsi Lisne", "from the Ukrainian village of Lisne"
    # (a few words after a word of entering or crossing, as above)
    Pattern(
        "origin",
        ("з", "із", "зі", "из", "с", "z", "ze", "from the"),
        rf"\s+{_X}\s+(?:села|селища|міста|деревни|поселка|посёлка|города|wsi|miejscowości|miasta|"
        r"(?:village|town|city|settlement)\s+of)\s+(?-i:[A-ZА-ЯІЇЄҐŁŚŻŹĆ])",
        near_entry=True,
    ),
    # The present of what keeps happening, a drone or balloon its subject right before it (not
    # airliners: "flights to Kyiv arrive from Germany"): "balloons regularly fly into Lithuania from
    # Belarus", "balony regularnie wlatują na terytorium Litwy z Białorusi", "startują z Białorusi".
    Pattern(
        "origin",
        ("fly", "flies", "arrive", "arrives"),
        rf"\b[^.;“”\"]{{0,40}}?\bfrom (?:the territory of |the )?{_X}",
        near_object=True,
    ),
    Pattern(
        "origin",
        ("wlatuj*", "przylatuj*", "nadlatuj*", "startuj*"),
        # (a plane after the verb is its subject: "przylatują samoloty z pomocą z Niemiec")
        rf"(?!\s+(?:samolot|maszyn|lot)\w*)\s+(?:[\w\-]+\s+){{0,4}}?(?:z|ze|znad)\s+(?:terytorium\s+|terenu\s+)?(?![^\W\d_]+ą\b){_X}",
        near_object=True,
    ),
    # Smuggling by balloon from a country: "balonów wykorzystywanych do przemytu papierosów z Białorusi"
    # (a balloon or probe named near: the balloons came from there, as the corpus reads it).
    Pattern(
        "origin",
        ("przemyt*", "przemycan*", "smuggl*", "контрабанд*"),
        rf"\s+(?:[\w\-]+\s+){{0,2}}?(?:z|ze|from|из|з|із)\s+(?:the\s+)?{_X}",
        object=True,
    ),
    # Sent from a country: "masowe wysyłanie balonów z kontrabandą z Białorusi na Litwę", "dron został
    # specjalnie wysłany z Białorusi" (a drone or balloon named near: English "sent from" is a verb above).
    Pattern(
        "origin",
        # (whole forms: not "wysłannik", an envoy; and only a drone or balloon between: not "wysłano
        # ekspertów z Niemiec")
        ("wysłany", "wysłana", "wysłane", "wysłano", "wysyłany", "wysyłana", "wysyłane", "wysyłanie",
         "wysyłaniu", "wysyłania", "wysłał", "wysłała", "wysłało", "wysłali", "wysyłają", "wysyła"),
        r"\s+(?:(?:specjalnie|masowo|celowo|ponownie)\s+)?"
        rf"(?:(?:[\w\-]+\s+){{0,2}}?(?:{_WEAPON_STEMS}|sond)\w*(?:\s+[\w\-]+){{0,2}}?\s+)?"
        rf"(?:z|ze)\s+(?:terytorium\s+|terenu\s+)?(?![^\W\d_]+ą\b)"
        # (a country's adjective only before its territory: "myśliwce z niemieckiej misji" are of it)
        r"(?![^\W\d_]+[sc]k(?:iej|iego|ich|ie|i|a)\s+(?!(?:terytorium|terenu|obszaru|strony)\b))"
        rf"{_X}",
        object=True,
    ),
    # What a drone carried, brought in from a country: "сигарет, ввезенных из Беларуси контрабандой",
    # "переправлені з Молдови" (a drone named near: it came from there, as the corpus reads it).
    Pattern(
        "origin",
        ("ввезен*", "ввезён*", "ввезли", "ввезти", "завезен*", "переправлен*", "переправи*", "переправля*",
         "перевезен*", "przerzucan*", "przerzucon*", "przemycon*", "przemycał*", "przemycil*", "przemycić",
         # delivered by drone: "схему доставки сигарет из Молдовы при помощи … беспилотников"
         "доставк*", "доставлен*", "доставля*", "доставку", "dostarczan*", "dostarczon*"),
        rf"\s+(?:[\w\-]+\s+){{0,2}}?(?:z|ze|из|з|із|с)\s+(?:территории\s+|території\s+|terytorium\s+|terenu\s+)?{_X}",
        object=True,
    ),
    # What a balloon or drone carried from a country: "balloons carrying contraband cigarettes from
    # Belarus" (the object named near, as in the two above; "smuggled from" is read with "przemyt").
    Pattern(
        "origin",
        ("carry", "carries", "carrying", "carried"),
        # (a country, not its adjective: "carrying a camera from a Polish firm" is of the firm)
        rf"\s+(?:[\w\-]+\s+){{0,3}}?from\s+(?:the\s+)?(?:territory\s+of\s+)?(?:neighbou?ring\s+)?"
        rf"(?!an?\s)(?!(?-i:[A-Z][a-z]+(?:ish|ian|ese|ic|i))\s+(?!territory\b)[a-z]){_X}",
        # the balloon or drone its subject, right before it: not "trucks carrying grain from Ukraine"
        near_object=True,
    ),
    # Left an airspace and went back to a country: from there, what it left it had entered ("the drone
    # left our airspace and returned to Ukraine", "opuścił polską przestrzeń i wrócił nad Ukrainę",
    # "покинул воздушное пространство страны и вернулся на Украину").
    Pattern(
        "origin",
        ("left", "leaving", "exited", "opuścił*", "opuściw*", "покину*", "покида*", "залиши*"),
        r"\s+(?:[\w’'\-]+\s+){0,3}?(?:air\s?space|territory|przestrzeń\s+powietrzną|terytorium|повітряний\s+простір|"
        r"воздушное\s+пространство|територію|территорию)(?:\s+[\w’'\-]+){0,2}?,?\s+"
        r"(?:and|i|і|й|та|и)\s+(?:then\s+|potem\s+|następnie\s+|потім\s+|затем\s+|потом\s+)?"
        r"(?:returned|flew\s+back|went\s+back|headed\s+back|(?:za|po)?wróci\w*|поверну\w*|вернул\w*)\s+"
        rf"(?:to|into|over|towards?|nad|na|do|в|у|во|до|на)\s+(?:the\s+)?(?:territory\s+of\s+|terytorium\s+|"
        rf"територію\s+|территорию\s+)?{_X}",
        # (what flew, its subject right before: not "the delegation left …", "the Polish jets left …")
        near_object=True,
    ),
    # Back where it came from: "before flying back toward Russia", "zawróciły w stronę Rosji",
    # "повернулися в Росію", "вернулись в Россию" (not a country entered: see ``back``).
    Pattern(
        "origin",
        ("returned", "returning", "return", "flew back", "flying back", "headed back", "heading back",
         "turned back", "went back", "wróci*", "powróci*", "zawróci*", "wracał*", "wracając*", "zawracał*", "повернул*",
         "повернув*", "поверта*", "вернул*", "вернувш*", "возвратил*", "возвраща*", "развернул*"),
        rf"\s+(?:[\w\-]+\s+){{0,2}}?(?:to|toward|towards|into|over|do|nad|na|w\s+stronę|w\s+kierunku|в|у|во|до|на|"
        rf"назад\s+в|назад\s+до)\s+(?:the\s+)?(?:przestrzeń\s+powietrzną\s+|teren\s+|terytorium\s+|повітряний\s+простір\s+|"
        rf"воздушное\s+пространство\s+|territory\s+of\s+|airspace\s+of\s+)?{_X}",
        back=True,
    ),
    # Back in again: "zanim ten ponownie wleciał w rejon Ukrainy", "re-entered Ukrainian airspace", as
    # "returned" (not a country entered: see ``back``; "ponownie wleciały nad Ukrainę", over it, is
    # where it flew)
    Pattern(
        "origin",
        ("ponownie wleciał*", "ponownie wlatywał*", "знову залетів", "знову залетіли", "снова залетел",
         "снова залетели"),
        r"\s+(?:w|we|do|na|у|в|до)\s+(?:rejon\s+|przestrzeń\s+powietrzną\s+|повітряний\s+простір\s+|"
        rf"воздушное\s+пространство\s+)?{_X}",
        back=True,
    ),
    Pattern(
        "origin",
        ("re-entered", "reentered", "re-entering", "reentering", "re-enters", "reenters"),
        rf"\s+(?:into\s+)?(?:the\s+)?{_X}(?:\s+(?:air\s?space|territory))?",
        back=True,
    ),
    # A balloon or probe "from" a country, in Polish, Ukrainian and Russian as "balloons from Belarus"
    # is in English: "метеорологічну кулю з Росії", "метеозонд из России", "balon meteorologiczny z
    # Rosji" (the object's noun right before, a word between at most).
    Pattern(
        "origin",
        # (balloons and probes only: a drone "from" a country is read with its verb, and a claim named
        # in a statement about it is not its speaker's: "заяву Білорусі про «безпілотник з України»")
        ("кул*", "шар*", "зонд*", "метеозонд*", "balon*", "sond*"),
        # (not strikes from a country on another: "удари дронів з Росії по Україні")
        # ("znad": from over it, "balonów znad Białorusi")
        rf"(?:\s+[\w\-]+)?\s+(?:з|із|зі|из|с|со|z|ze|znad)\s+(?:території\s+|территории\s+|terytorium\s+|terenu\s+)?{_X}"
        r"(?![\w’'\-])(?!\s+по\s)",
    ),
    # Back, whatever the verb: "дрон вийшов з повітряного простору назад в Україну", "улетел
    # обратно в Украину", "poleciał z powrotem na Ukrainę", "flew out back into Ukraine".
    Pattern(
        "origin",
        ("назад", "обратно", "z powrotem", "back into", "back towards", "back toward"),
        rf"\s+(?:(?:в|у|во|до|на|do|na|w\s+stronę|w\s+kierunku)\s+)?(?:the\s+)?(?:terytorium\s+|територію\s+|"
        rf"территорию\s+)?{_X}",
        back=True,
    ),
    # A military aircraft's flight from somewhere: "wykonały planowy lot z Karelii", "совершили
    # перелет из Карелии в Калининградскую область", "a flight from Kaliningrad".
    Pattern(
        "origin",
        ("lot", "przelot", "перелет", "перелёт", "переліт", "перельоту", "перелета", "flight"),
        rf"\s+(?:[\w\-]+\s+){{0,2}}?(?:z|ze|из|з|із|from)\s+(?:the\s+)?{_X}",
        aircraft=True,
    ),
    # ... and a drone's: "Nocny lot z terenu Ukrainy lub Białorusi, zrzucenie towaru … i powrót
    # drona" (a weapon, drone or balloon named near; never a liner's flight, which names none).
    Pattern(
        "origin",
        ("lot", "lotu", "przelot", "перелет", "перелёт", "переліт", "перельоту", "перелета", "flight"),
        rf"\s+(?:[\w\-]+\s+){{0,2}}?(?:z|ze|из|з|із|from)\s+(?:the\s+territory\s+of\s+|terenu\s+|terytorium\s+|"
        rf"территории\s+|території\s+)?{_X}",
        object=True,
    ),
    # Heading from one country to another: "Він прямував зі Словаччини в Україну", "направлялся из
    # Литвы в Беларусь", "zmierzał z Białorusi do Polski", "heading from Lithuania to Belarus" (the
    # way's end named: a person's journey from a town is no crossing).
    Pattern(
        "origin",
        ("прямува*", "прямую*", "направлял*", "направлявс*", "направляясь", "рухав*", "рухал*", "двигал*",
         "следовал*", "летів", "zmierzał*", "zmierzając*", "kierował*", "heading", "headed", "travelling",
         "traveling", "moving"),
        rf"\s+(?:[\w\-]+\s+){{0,2}}?(?:з|із|зі|с|из|со|z|ze|from)\s+(?:the\s+territory\s+of\s+|terytorium\s+|"
        rf"территории\s+|території\s+)?{_X}(?=\s+(?:в|у|до|на|do|na|nad|to|towards?|into)\s+(?:the\s+)?"
        r"(?-i:[A-ZА-ЯІЇЄҐŁŚŻ]))",
    ),
    Pattern(
        "origin",
        ("came", "come", "comes", "coming", "flew", "flying", "flown", "launched", "fired", "sent", "arrived",
         "originated", "originating", "crossed", "crossing", "entering",
         # took off from: "The drone took off from Lithuanian territory"
         "took off", "taking off", "takes off"),
        rf"\b[^.;“”\"]{{0,40}}?\b(?:directly )?from (?:the territory of |the )?{_X}",
    ),
    Pattern(
        "origin",
        ("entered", "enter", "entering", "drifted", "drifting", "strayed", "reached", "reaching"),
        rf"\b[^.;“”\"]{{0,60}}?\bfrom (?:the territory of |the )?{_X}",
    ),
    # A border or an airspace violated from a country: "violated the state border from Ukrainian
    # territory" (its object right before "from": "violated NATO airspace, drawing condemnation from
    # Poland", "violated sanctions by importing oil from Russia" are none)
    Pattern(
        "origin",
        ("violated", "violating"),
        r"\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,2}?(?:state\s+)?(?:border|frontier|air\s?space)\s+"
        rf"from\s+(?:the\s+)?(?:territory\s+of\s+|direction\s+of\s+)?{_X}",
    ),
    # A neighbour's helicopter that crossed into a country came from that neighbour, as no drone
    # named by its maker's adjective does ("Russian drones" fly from Belarus or Ukraine): "two
    # Belarusian military helicopters violated the Polish air border", "Два білоруські вертольоти
    # (Мі-8 та Мі-24) порушили повітряний простір Польщі", "no Belarusian helicopters … have
    # violated", "białoruskie śmigłowce nie naruszyły" (denials, by the "no" or the "not").
    Pattern(
        "origin",
        ("no", "none of the", "none of its", "none of their", "żaden", "żadne", "żadnych", "ни один", "никакие",
         "никаких", "жоден", "жодні", "жодних", "жодного", "ни одного"),
        # (the "no" is the phrase's negation: a "not" after it is no second one)
        r"\s+" + _NATIONAL_HELICOPTER + _THEN_CROSSED.replace("(?P<neg>", "(?:"),
        group="neg",
    ),
    Pattern("origin", _NATIONAL, _HELICOPTER_NOUN + _THEN_CROSSED, group="x"),
    # ... and the violation first, its agent after: "порушення повітряного простору Польщі двома
    # білоруськими гелікоптерами", "нарушении государственной границы республики польским
    # вертолетом", "wtargnięcia dwóch białoruskich śmigłowców", "violated by Belarusian helicopters".
    Pattern(
        "origin",
        ("порушенн*", "нарушени*", "naruszeni*", "wtargnięci*", "violat*", "intrusion*", "incursion*"),
        # the helicopters as the agent: after "by", "przez" (not the subject of the next clause: "Po
        # naruszeniu przestrzeni powietrznej polskie śmigłowce patrolowały …")
        r"(?:\s+(?!(?:no|not|nie|не|ні)\b)[^\s.,;:!?]+){0,5}?\s+(?:by|przez)\s+"
        r"(?:(?:two|three|a|the|dwa|dwie|trzy)\s+)?" + _NATIONAL_HELICOPTER,
    ),
    # ... or in the genitive or the instrumental: "wtargnięcia dwóch białoruskich śmigłowców",
    # "порушення … білоруськими військовими гелікоптерами", "польским вертолетом".
    Pattern(
        "origin",
        ("порушенн*", "нарушени*", "naruszeni*", "wtargnięci*"),
        r"(?:\s+(?!(?:no|not|nie|не|ні)\b)[^\s.,;:!?]+){0,5}?\s+"
        r"(?:(?:dwóch|trzech|двома|двумя|тремя|трьома)\s+)?(?P<x>" + _NATIONAL_ALT + r")\s+"
        r"(?:(?:wojskow\w*|військов\w*|военн\w*|бойов\w*|боев\w*)\s+)?"
        r"(?:śmigłowc(?:ów|a)|helikopter(?:ów|a)|statku\s+powietrznego|statków\s+powietrznych|"
        r"вертол[её]т(?:ом|ами|а|ов)|вертольот(?:ом|ами)|гелікоптер(?:ом|ами|а|ів))"
        r"(?![\w\-])",
    ),
    # "left Ukrainian airspace towards the Gomel region in Belarus": where it flew from, on its way
    # elsewhere (a drone leaving the country it had entered is dropped: see find_claims).
    Pattern(
        "origin",
        ("left", "leaving", "exited", "exiting"),
        # ("the airspace of Ukraine", or "Ukraine's airspace")
        rf"\s+(?:the\s+)?(?P<of>(?:air\s?space|territory)\s+of\s+(?:the\s+)?)?{_X}(?(of)|(?:[’']s)?\s+(?:air\s?space|territory))"
        r"\s+(?:towards?|into|in\s+the\s+direction\s+of|heading\s+(?:to|for|towards?)|"
        r"and\s+(?:then\s+)?(?:continued|flew|headed|moved|entered|crossed|went))\b",
        leaving=True,
    ),
    # "opuściły przestrzeń powietrzną Ukrainy i wleciały do Mołdawii", "покинули повітряний простір
    # України та продовжили рух до Молдови", "покинули воздушное пространство Украины и направились в
    # Молдову": the same, on the way onward (leaving alone is no origin: it may be the country entered).
    Pattern(
        "origin",
        ("opuścił*", "opuściw*", "opuszczając*", "покину*", "покида*", "залиши*", "покинув*"),
        rf"\s+(?:polską\s+)?(?:przestrzeń\s+powietrzną|terytorium|повітряний\s+простір|воздушное\s+пространство|"
        rf"територію|территорию)\s+{_X}(?:\s+(?:i|oraz|і|й|та|и)\s+(?:[\w\-]+\s+)?(?:wleci|polecia|skierowa|"
        r"kontynuowa|przelecia|wtargn|dotar|продовжи|полеті|полете|залеті|залете|направи|попряму|рушил|"
        r"продолжи|перелеті|перелете|влеті|влете)\w*|,?\s+(?:w\s+kierunku|kierując\s+się|(?:у|в)\s+(?:напрямку|"
        r"направлении|бік|сторону)|рухаючись|направляясь|прямуючи))",
        leaving=True,
    ),
    # Balloons drift in: "drifted in from the Kaliningrad region" ("blown off course by jamming from
    # Ukraine": the jamming's, not the drift's).
    Pattern("origin", ("drifted", "drifting", "blown"), rf"\s+(?:in\s+|over\s+|across\s+)?from\s+(?:the\s+)?{_X}"),
    # "approaching from Ukraine": from right after it ("approached the talks from Ukraine's side" is not)
    Pattern("origin", ("approaching", "approached"), rf" from (?:the territory of |the )?{_X}"),
    # A violation of airspace from a country: "no violations of Polish airspace from neighbouring
    # Ukraine or Belarus were recorded" (a denial, by its "no").
    Pattern(
        "origin",
        ("violation*", "incursion*", "intrusion*", "breach*", "naruszeni*"),
        # Each word with the spaces after it: a run of spaces is read once, never split between
        # two repetitions (an alternative of bare spaces made the match cubic in their number).
        rf"\s+(?:(?:of|naruszeni\w*|polskiej|przestrzeni|powietrznej|\w+\s+air\s?space|airspace)\s+)*?"
        rf"(?:from|z|ze)\s+(?:the\s+)?(?:territory\s+of\s+|terytorium\s+|terenu\s+)?{_X}",
    ),
    # ... and in Ukrainian and Russian, a drone named near: "вторгнення дрона з Угорщини у повітряний
    # простір України", "вторжение беспилотника из Литвы" (not a war's "вторгнення з Росії").
    Pattern(
        "origin",
        ("вторгнен*", "вторжени*", "порушенн*", "нарушени*", "проникненн*", "проникновени*"),
        # (the object right after the noun, an adjective between at most)
        r"\s+(?:[\w\-]+\s+)?(?i:[\w\-]*(?:дрон|безпілот|беспилот|бпла|ракет|зонд|апарат|аппарат|об[’']єкт|объект|"
        rf"кул[ьіяи]|шар)[\w\-]*)\s+(?:з|із|зі|с|со|из)\s+(?:території\s+|территории\s+)?{_X}",
    ),
    # Arrived from a country, of a drone, a weapon or a balloon named near (not "Делегация прибыла из
    # Беларуси", nor an airliner): "беспилотное устройство, вероятно, прибыло из России", "прибув з Росії"
    Pattern(
        "origin",
        ("прибыл*", "прибув", "прибула", "прибуло", "прибули"),
        rf"\s+(?:(?:з|із|зі|с|из|со)\s+)(?:території\s+|территории\s+)?{_X}",
        object=True,
    ),
    # Level with a town across the border, its country an adjective: "wleciał na wysokości ukraińskiego
    # miasta Czerwonogród", "на рівні білоруського села" (the armed forces' way of saying where from)
    Pattern(
        "origin",
        ("na wysokości", "на рівні", "на уровне"),
        r"\s+(?P<x>[^\W\d_]+(?:ego|iej|ого|ої|ей))\s+(?:miasta|miejscowości|wsi|міста|села|города|деревни)\b",
        object=True,
    ),
    Pattern("origin", ("directly from",), rf" (?:the )?{_X}"),
    Pattern("origin", ("from the territory of",), rf" {_X}"),
    Pattern("origin", ("rather than", "instead of", "not"), rf" from (?:the )?{_X}", group="neg"),
    # "а не з України", "а не из Украины", "a nie z Ukrainy": the country denied after a contrast.
    Pattern(
        "origin",
        ("не", "nie"),
        rf" (?:з|із|зі|с|из|со|z|ze|znad|зі сторони|со стороны) (?:території |территории |terytorium )?{_X}",
        group="neg",
    ),
    Pattern(
        "origin",
        ("przyleciał*", "nadleciał*", "wleciał*", "leciał*", "przybył*", "nadciągnął*", "wystrzelon*",
         # the participle: "przechwyciła drona lecącego z Białorusi"; taking off: "drony startujące z Białorusi"
         "lecąc*", "startując*", "startował*",
         # invaded a country's airspace from another: "wtargnął w przestrzeń powietrzną Estonii znad Rosji"
         "wtargnął", "wtargnęł*", "wtargnąć",
         "przylatując*", "nadlatując*", "wlatując*", "przylecieć", "nadlecieć", "wlecieć", "przylatywa*",
         "nadlatywa*", "wlatywa*", "dryfował*", "przywiał*", "przywian*", "przeleciał*", "przelatując*",
         # reached a country from another: "dotarł do Estonii z Rosji"
         "dotarł*"),
        # "leciał dość nisko znad granicy z Ukrainą": from the side of that border, as "od strony granicy z"
        # (not "leciały wzdłuż granicy z Ukrainą": along it; nor "z Ukrainą", with it, the instrumental)
        # (the country entered before: "w przestrzeń powietrzną Polski", "w polską przestrzeń powietrzną")
        rf"\s+(?!(?:[\w\-]+\s+){{0,3}}?wzdłuż\b)(?:w\s+(?:(?:przestrzeń\s+powietrzną|terytorium)\s+[\w\-]+|"
        rf"[^\W\d_]+\s+(?:przestrzeń\s+powietrzną|terytorium))\s+)?"
        rf"(?:\w+\s+){{0,3}}?(?:zarówno\s+)?"
        rf"(?:z|ze|znad)\s+(?:granicy\s+(?:z|ze)\s+|obwodu\s+|(?![^\W\d_]+ą\b)){_X}",
    ),
    Pattern("origin", ("bezpośrednio", "wprost", "prosto"), rf" (?:z|ze|znad) (?:terytorium )?{_X}"),
    # Where from, its verb left out after a hedge: "– możliwe, że z Białorusi –", "ймовірно, з Білорусі"
    Pattern(
        "origin",
        ("możliwe, że", "możliwe że", "prawdopodobnie", "być może", "najpewniej", "ймовірно", "можливо",
         "імовірно", "возможно", "вероятно", "скорее всего"),
        # (not "z Litwą", "с Белоруссией": with, the instrumental)
        rf",?\s+(?:z|ze|з|із|зі|из|с|со)\s+(?:terytorium\s+|території\s+|территории\s+)?"
        rf"(?![^\W\d_]+(?:ą|ią|ей|ією|єю|ою|ой)\b){_X}(?=\s*[–—,.;)]|\s*$)",
    ),
    # "przelot drona z Białorusi na Litwę": the flight's noun, where from.
    Pattern("origin", ("przelot*", "przelocie"), rf"\s+(?:[\w\-]+\s+){{0,3}}?(?:z|ze)\s+(?:terytorium\s+)?{_X}"),
    # Entries, the noun: "wlotów rosyjskich dronów na Białoruś z Ukrainy", "entries of Russian drones
    # into Belarus from Ukraine", "incursions … from Belarus" (a drone named near).
    Pattern(
        "origin",
        ("wlot", "wloty", "wlotów", "wlotach", "wlotu", "entries", "incursion", "incursions", "intrusion",
         "intrusions"),
        rf"\s+(?:[\w\-]+\s+){{0,5}}?(?:z|ze|from)\s+(?:the\s+)?(?:terytorium\s+|territory\s+of\s+)?"
        rf"(?![^\W\d_]+ą\b){_X}",
        object=True,
    ),
    Pattern(
        "origin",
        ("безпосередньо", "напряму", "прямо", "напрямую", "непосредственно"),
        rf" (?:з|із|зі|с|из|со) (?:території |территории )?{_X}",
    ),
    # Polish puts the source first as often as not: "Z Białorusi nadleciały drony", "z Białorusi
    # ponownie wypuszczono balony".
    Pattern(
        "origin",
        ("z", "ze", "znad"),
        # (not "z" with the instrumental, "with": "od wybuchu wojny Rosji z Ukrainą drony wleciały")
        # (where to between: "z Białorusi w kierunku Litwy leciało kilkadziesiąt balonów")
        rf"\s+(?:terytorium\s+|terenu\s+|obwodu\s+)?(?![^\W\d_]+ą\b){_X}\s+"
        r"(?:(?:w\s+kierunku|w\s+stronę|do|na|nad)\s+[\w\-]+\s+)?(?:\w+\s+){0,2}?"
        r"(?:nadleciał|przyleciał|wleciał|wypuszczon|wypuści|wystrzelon|wystrzeli|przybył)\w*",
    ),
    # ... and flying, a drone or balloon named near (not "z Mińska leciały samoloty pasażerskie")
    Pattern(
        "origin",
        ("z", "ze", "znad"),
        rf"\s+(?:terytorium\s+|terenu\s+)?(?![^\W\d_]+ą\b){_X}\s+"
        r"(?:(?:w\s+kierunku|w\s+stronę|do|na|nad)\s+[\w\-]+\s+)?(?:\w+\s+){0,2}?"
        r"(?:leciał|przeleciał|nadlatywał|wlatywał|przylatywał)\w*"
        # (its subject right after it: not "Minister z Ukrainy leciał na szczyt, gdy dron spadł")
        rf"(?=\s+(?:[\w\-]+\s+){{0,3}}?(?:{_WEAPON_STEMS}))",
    ),
    Pattern(
        "origin",
        ("залеті*", "залете*", "прилеті*", "прилета*", "прилете*", "влеті*", "влете*", "залета*", "заліта*", "зайшл*",
         # approaching from: "наближалися до її повітряного простору з Білорусі"
         "наближа*", "приближа*",
         "вилеті*", "вилете*", "вылете*", "вылета*", "вліта*", "влета*", "приліта*", "залітаю*",
         "летіл*", "летел*", "летять", "летят", "проник*", "вошл*", "вошел*", "вошёл*", "увійшл*",
         # the past and the participles: "дрон, що летів з Білорусі", "беспилотник, летевший из Беларуси"
         "летів", "летевш*", "летящ*", "летяч*",
         # taking off: "дрони, що стартували з Білорусі", "стартовавшие с …"
         "стартува*", "стартуюч*", "стартова*", "стартующ*",
         # "пролетіла з Білорусі через Литву": where from, then the way
         "пролеті*", "пролете*", "пролета*", "проліта*",
         # reached a country from another: "долетів до Естонії з Росії", "долетел до Эстонии из России"
         "долеті*", "долете*",

         # launched from: "запущены из Брянской области", "запустили з Росії", "выпущены с территории …"
         "запущ*", "запусти*", "запуска*", "выпущ*", "випущ*", "випусти*", "выпусти*"),
        # (not "летіли вздовж кордону з Україною": along it; nor "з Україною", with it, the instrumental)
        rf"\s+(?!(?:[\w\-]+\s+){{0,5}}?(?:вздовж|уздовж|вдоль)\b)"
        rf"(?:[\w\-]+\s+){{0,5}}?(?:не\s+только\s+|не\s+лише\s+|не\s+тільки\s+)?(?:з|із|зі|с|из|со)\s+"
        # "вошел в воздушное пространство Латвии из воздушного пространства России"; "з Чернігівської
        # області України": the region's country
        # (or a district's: "вылетел из Лаздийского района Литвы")
        rf"(?:(?:воздушного\s+пространства|повітряного\s+простору|[\w\-]+\s+(?:області|области|района|району)(?=\s+(?-i:[А-ЯІЇЄҐЁ])))\s+)?"
        rf"(?!боку\b|территории\b|території\b|стороны\b|направления\b|напрямку\b)"
        # ("с белорусской территории" is from: an adjective's genitive)
        rf"(?![^\W\d_]+(?:ою|єю|ею|ей|ью|сю|(?<!ск)(?<!цк)ой)\b){_X}",
    ),
    # Got into a country from another, a drone or balloon named near (not migrants, cigarettes or a
    # video): "кулі … потрапляють до Польщі з Білорусі", "шары попадают в Литву из Беларуси".
    Pattern(
        "origin",
        ("потрапля*", "потрапи*", "попада*", "попал*"),
        r"\s+(?:[\w\-]+\s+){0,3}?(?:з|із|зі|с|из|со)\s+(?:території\s+|территории\s+)?"
        # (not the instrumental: "попал в Литву с белорусскими метками")
        rf"(?![^\W\d_]+(?:ою|єю|ею|ей|ью|ими|ыми|ами|ями|(?<!ск)(?<!цк)ой)\b){_X}",
        object=True,
    ),
    # The source first, as Russian and Ukrainian put it as often as Polish: "из Литвы в Беларусь
    # залетел дрон", "з Білорусі в Україну залетіли шахеди".
    Pattern(
        "origin",
        ("из", "с", "со", "з", "із", "зі"),
        # a drone named near, no verb of saying between ("З Мінська повідомили про залетілий дрон": who said)
        rf"(?=[^.;]{{0,80}}?{_WEAPON})"
        rf"\s+(?:территории\s+|території\s+)?{_X}\s+{_WHERE_TO}"
        rf"(?:(?!{_SAYING})[\w\-]+\s+){{0,2}}?"
        r"(?:залетел|залетели|залетела|залетіл|залетіли|прилетел|прилетели|прилетіл|прилетіли|влетел|влетели|"
        r"влетіл|влетіли|вылетел|вылетели|вилетіл|вилетіли|перелетел|перелетели|перелетіл|перелетіли)\w*",
    ),
    # Launched, the source first: "з Білорусі до Литви знову було запущено метеорологічні зонди" (the
    # country named, not its side: "з українського боку вони запускали" is read with the sides; and
    # what was launched a drone or balloon, right after: not "було запущено нову програму … дронів").
    Pattern(
        "origin",
        ("из", "с", "со", "з", "із", "зі"),
        rf"\s+(?:территории\s+|території\s+)?{_X}(?!\s+(?:боку|стороны|сторони)\b)\s+"
        rf"{_WHERE_TO}(?:(?:знову|снова|опять|вже|уже|було|было|ещё|ще)\s+){{0,2}}"
        r"(?:запущен|запущено|запустил|запустили|запускал|запускали|запускают|запускають)\w*"
        rf"(?=\s+(?:[\w\-]+\s+){{0,2}}?[\w\-]*?{_WEAPON})",  # ("метеозонды": a compound)
    ),
    # The launch, as a noun: "запуском безпілотного літального апарату з України на територію
    # Білорусі", "запуском беспилотника с Украины", "the launch of drones from Belarus".
    Pattern(
        "origin",
        ("запуск*", "launch", "launches", "launching"),
        rf"(?=[^.;]{{0,60}}?{_WEAPON})\s+(?:[\w\-]+\s+){{0,4}}?(?:з|із|зі|с|из|со|from)\s+(?:the\s+)?(?:території\s+|территории\s+|territory\s+of\s+)?{_X}",
    ),
    Pattern("origin", ("as well as", "and also", "and", "or"), rf" from (?:the )?{_X}"),
    Pattern(
        "origin",
        ("drones", "drone", "balloons", "balloon", "objects", "object", "UAVs", "UAV", "missiles", "missile",
         "aircraft", "Shaheds", "Shahed", "Gerberas", "Gerbera", "quadcopter", "quadcopters", "quadrocopter",
         "quadrocopters"),
        # a quotation may close on the object: "“dozens of … balloons” from Belarus"
        rf"[”\"»]?\s+(?:launched\s+)?from\s+(?:the\s+)?{_X}",
    ),
    # ... and in Polish, Ukrainian and Russian, the noun in any case: "o możliwym dronie z Białorusi",
    # "про дрон з Білорусі", "о дроне из Беларуси" (not the instrumental, "with": "z Ukrainą", "з Україною").
    Pattern(
        "origin",
        ("dron*", "balon*", "bezzałogow*", "дрон*", "безпілотник*", "беспилотник*", "зонд*", "шар", "шары", "шаров",
         "шарах", "кулі", "куль", "кулях"),
        rf"\s+(?:z|ze|з|із|зі|из|с|со)\s+(?:terytorium\s+|terenu\s+|території\s+|территории\s+)?"
        rf"(?![^\W\d_]+(?:ą|ою|єю|ею|ей|ью)\b){_X}",
        nominal=True,
    ),
    # An object that went back where it came from, the return its own: "flew 2 km into Polish
    # airspace before returning to Ukraine", "po czym zawróciła nad Ukrainę", "после чего вернулась в
    # Украину" ("the delegation returned to Ukraine" and "was returned to Ukraine" say nothing of it).
    Pattern(
        "origin",
        ("missile", "missiles", "drone", "drones", "object", "rocket", "UAV", "pocisk", "rakieta", "dron", "obiekt",
         "ракета", "дрон", "беспилотник", "безпілотник", "об’єкт", "объект"),
        r"\b[^.;“”\"]{0,100}?\b(?:before\s+(?:returning|flying\s+back|heading\s+back)\s+to|"
        r"po\s+czym\s+(?:za|po)?wróci\w*\s+(?:nad|na|do)|после\s+чего\s+вернул(?:ся|ась|ось|ись)\s+(?:в|на)|"
        r"після\s+чого\s+повернув(?:ся|шись)?\s+(?:в|на|до)|після\s+чого\s+повернул(?:ася|ося|ися)\s+(?:в|на|до))"
        r"\s+(?:the\s+)?(?:terytorium\s+|територію\s+|территорию\s+)?" + _X,
    ),
    # Arrived from a country's airspace: "прибыл из воздушного пространства Белоруссии" (the airspace
    # named: a delegation "прибыла из Беларуси" is no flight).
    Pattern(
        "origin",
        ("прибыл*", "прибув*", "прибул*", "arrived"),
        rf"\s+(?:[\w\-]+\s+){{0,2}}?(?:из\s+воздушного\s+пространства|з\s+повітряного\s+простору|"
        rf"from\s+the\s+airspace\s+of|from\s+(?:the\s+)?[\w\-]+\s+airspace(?=\s))\s+(?:the\s+)?{_X}",
        near_object=True,  # (a drone or balloon its subject: not "самолет Ryanair прибыл из воздушного пространства")
    ),
    # The border with a country, from where it came in: "90 km from the border with Belarus, from where
    # it entered", "20 km od granicy z Białorusią, skąd wleciał", "от границы с Белоруссией, откуда он
    # залетел", "від кордону з Білоруссю, звідки він залетів".
    Pattern(
        "origin",
        ("border with", "granicy z", "granicą z", "кордону з", "кордоном з", "границы с", "границей с"),
        r"\s+(?:the\s+)?(?P<x>[^\W\d_][\w’'\-]*),?\s+(?:from\s+where|from\s+which|whence|skąd|звідки|откуда)\s+"
        r"(?:(?:it|they|the\s+drone|on|ona|ono|oni|dron|він|вона|воно|вони|дрон|он|она|оно|они)\s+)?"
        r"(?:entered|came|flew|crossed|wleci\w*|wlecia\w*|przylecia\w*|nadlecia\w*|залетів|залетіла|залетіли|"
        r"прилетів|прилетіла|прилетіли|залетел\w*|прилетел\w*|влетел\w*|влетів|влетіла)(?![\w])",
    ),
    # "od strony granicy z Ukrainą", "od strony granicy ukraińskiej": the side of the border with it.
    Pattern("origin", ("od strony granicy", "z kierunku granicy", "ze strony granicy"), rf"\s+(?:z\s+)?{_X}"),
    # The same in English, Ukrainian and Russian, after a word of entering: "breached the airspace of
    # the Republic of Poland from the border with Ukraine", "увійшов у повітряний простір Республіки
    # Польща з боку кордону з Україною", "вошел в воздушное пространство со стороны границы с Украиной".
    Pattern(
        "origin",
        ("from the border", "from the direction of the border", "from the side of the border",
         "from the area of the border", "з боку кордону", "з напрямку кордону", "со стороны границы",
         "с направления границы", "з боку державного кордону", "со стороны государственной границы"),
        rf"\s+(?:with|з|із|зі|с|со)\s+(?:the\s+)?{_X}",
        entry=True,
    ),
    Pattern("origin", ("z kierunku", "od strony", "z terytorium"), rf" (?:obwodu\s+)?{_X}"),
    Pattern("origin", ("z terenu",), rf" {_X}", object=True),
    Pattern("origin", ("з території", "з напрямку", "с территории", "с направления", "із території", "із напрямку"),
            rf" {_X}"),
    # "On the part of" a country, only with what flew named near or a word of flying in right before:
    # "запит на юридичну підтримку з боку України", "pomoc ze strony Ukrainy" is whose help, not where from
    Pattern("origin", ("ze strony", "з боку", "із боку", "зі сторони", "со стороны"),
            # (not a country's adjective before whose forces: "порушення … з боку російської авіації"
            # is who violated it, "ze strony rosyjskiego lotnictwa" too)
            # (and a region's: "со стороны Черниговской области Украины")
            rf" (?:obwodu\s+|(?-i:[А-ЯІЇЄҐ])[\w\-]+\s+(?:области|області|района|району)\s+)?{_X}(?![\w’'\-])"
            # (only after an adjective: "з боку Білорусі військового полігону" is where from)
            r"(?!(?:(?<=ої)|(?<=ого)|(?<=ой)|(?<=ей)|(?<=iej)|(?<=ego)|(?<=ej))\s+(?:авіаці\w*|авиаци\w*|військов\w*|"
            r"военн\w*|армі[їяюєй]|арми[иияюей]|влад[иаиу]|власт[ьиея]\w*|сил[иаыу]?|л[ёе]тчик\w*|льотчик\w*|"
            r"lotnictw\w*|wojsk\w*|armii|władz\w*|sił\w*|pilot\w*)\b)",
            side=True),
    # A country's side as an adjective: "з білоруського боку", "с белорусской стороны"
    # (with the flight in: "з українського боку вони запускали" says where from they were launched)
    Pattern(
        "origin",
        ("з", "зі", "с", "со"),
        r" (?P<x>[а-яіїєґё’']+(?:ського|ского|цького|цкого|ської|ской))\s+(?:боку|стороны)\b"
        r"(?=\s+(?:[\w\-’']+\s+){0,3}?(?:залет|залеті|прилет|прилеті|влет|влеті|перелет|перелеті|зайш|увійш|вошл|"
        r"вош|проник|перетн|пересек|пересеч)\w*)",
    ),
    # "с белорусской территории запустили", "з білоруської території": the country's adjective first
    Pattern(
        "origin",
        ("с", "со", "з", "із", "z"),
        r"\s+(?P<x>[^\W\d_]+(?:ской|ської|цької|цкой|skiego|skiej))\s+(?:территории|території|terytorium|strony\s+granicy)\b",
    ),
    # Through a settlement in a country: "flew through the village of Pavlivka in Ukraine", "przez wieś
    # Pawliwka na Ukrainie", "через село Павлівка в Україні", "через село Павловка на Украине".
    Pattern(
        "via",
        ("through", "przez", "через"),  # (not "over", "nad": "exploded over the village of Osiny in Poland")
        r"\s+(?:the\s+)?(?:(?:village|town|city|settlement)\s+of|wieś|wsi|miejscowość|miasto|село|селище|місто|"
        r"поселок|посёлок|город|деревню|деревней)\s+(?-i:[A-ZА-ЯІЇЄҐŁŚŻŹĆŃÓ])[\w’'\-]+"
        r"(?:[\s\-](?-i:[A-ZА-ЯІЇЄҐŁŚŻŹĆŃÓ])[\w’'\-]+)?"
        rf"\s+(?:in|na|w|we|в|у|на)\s+(?:the\s+)?{_X}",
        object=True,
    ),
    Pattern(
        "via",
        ("used", "using", "crossed", "crossing", "through", "via", "across", "over", "transited"),
        rf"\s+(?:the\s+)?{_X}\s+(?:air\s?space|territory)",
    ),
    # ... in the present, said by who flies: "we use Russian airspace to get to them" (not "wants to
    # use Polish airspace", "will let Ukrainian pilots use Polish territory": a plan, a permission)
    Pattern(
        "via",
        ("we use", "they use", "drones use", "it uses", "missiles use"),
        rf"\s+(?:the\s+)?{_X}\s+(?:air\s?space|territory)",
    ),
    Pattern(
        "via",
        ("via", "through", "across", "crossed", "crossing"),
        # (not "a border crossing with Ukraine": a checkpoint, no way through it)
        rf"\s+(?!into\b|with\b)(?:the\s+territory\s+of\s+|the\s+airspace\s+of\s+)?{_X}(?:[’']s\s+(?:air\s?space|territory))?",
    ),
    # "Over" a country is a way only after a word of moving ("flew over Belarus"); "reports of drones
    # over Poland" say where they were.
    Pattern(
        "via",
        ("over",),
        rf"\s+(?:the\s+territory\s+of\s+|the\s+airspace\s+of\s+)?{_X}(?:[’']s\s+(?:air\s?space|territory))?",
        motion=True,
    ),
    # Outside a country's airspace, so not through it: "что могло произойти только вне пределов
    # румынского воздушного пространства", "shot down outside Romanian airspace", "poza polską
    # przestrzenią powietrzną" (the country an adjective before), "за межами повітряного простору
    # України" (a name after).
    Pattern(
        "via",
        ("вне пределов", "за пределами", "за межами", "outside", "poza"),
        r"\s+(?:the\s+)?(?P<x>[^\W\d_]+)\s+(?:воздушного\s+пространства|повітряного\s+простору|air\s?space|"
        r"przestrzenią\s+powietrzną)\b",
        group="neg",
    ),
    Pattern(
        "via",
        ("вне пределов", "за пределами", "за межами", "outside", "poza"),
        rf"\s+(?:воздушного\s+пространства|повітряного\s+простору|the\s+airspace\s+of|przestrzenią\s+powietrzną)\s+{_X}",
        group="neg",
    ),
    # Around a country, so not through it: "entered Moldovan airspace bypassing Romanian territory".
    Pattern(
        "via",
        ("bypassing", "bypassed", "omijając", "omijajac", "в обход", "обходя", "оминаючи", "в обхід"),
        rf"\s+(?:the\s+)?{_X}(?:[’']s)?",
        group="neg",
    ),
    Pattern("via", ("przez",), rf" (?:terytorium |przestrzeń powietrzną )?{_X}"),
    # Through the speaker's own country: "Mołdawia twierdzi, że obiekt przeleciał przez jej terytorium"
    Pattern(
        "via",
        ("przez", "through", "across", "через", "over", "nad"),
        r"\s+(?P<x>jej|jego|swoje|its|her|її|його|ее|её|его|ich|their|їхній|їхню|їх|их|naszym|naszą|our|нашим|нашей|"
        r"нашою|нашу)\s+(?:terytorium|przestrzeń\s+powietrzną|przestrzenią\s+powietrzną|territory|airspace|територією|"
        r"территорией|"
        r"територію|повітряний\s+простір|территорию|воздушное\s+пространство)",
    ),
    # Its own airspace violated, as the country itself says: "Эстония обвинила … в нарушении своего
    # воздушного пространства", "порушення свого повітряного простору", "violating its own airspace".
    Pattern(
        "into",
        ("нарушени*", "нарушил*", "нарушать", "порушенн*", "порушил*", "порушив", "порушувати", "вторжени*",
         "violat*", "breach*"),
        r"\s+(?P<x>своего|свого|своё|свое|своє|свой|свій|its\s+own)\s+(?:воздушного\s+пространства|"
        r"повітряного\s+простору|воздушное\s+пространство|повітряний\s+простір|air\s?space)",
    ),
    # Seen while still over a country, before it came in: "obiekt został wychwycony jeszcze nad terytorium
    # Białorusi", "зафіксували ще над територією Білорусі", "spotted while still over Belarus".
    Pattern(
        "via",
        ("jeszcze nad", "ещё над", "еще над", "ще над", "still over"),
        r"\s+(?:terytorium\s+|территорией\s+|територією\s+|the\s+territory\s+of\s+)?"
        rf"{_X}",
        motion=True,  # (seen or flying there: "it is still over Poland now" says where it is)
    ),
    # A flight over a country: "rakiety, które przeleciały nad Mołdawią i Rumunią", "po przelocie nad
    # Rumunią" (only after a verb of flying over: "nad Polską" alone is where something happened).
    Pattern(
        "via",
        ("przeleciał*", "przelatywał*", "przelatując*", "przelocie", "przelot"),
        rf"\s+(?:[\w\-]+\s+){{0,2}}?nad\s+(?:terytorium\s+)?{_X}"
        # on the way somewhere: a second country, or a flight on ("nad Polską" alone is where it was)
        r"(?=\s+(?:i|oraz)\s+(?-i:[A-ZŁŚŻŹĆŃÓĘĄ])|[^.;]{0,100}?\b(?:wleciał\w*|ponownie|następnie|a\s+potem)\b)",
    ),
    # ... or over a country's territory or airspace, said so ("przeleciał nad terytorium Białorusi",
    # "nad przestrzenią powietrzną Mołdawii"): a way (over
    # the country it fell in, none: see find_claims)
    Pattern(
        "via",
        ("przeleciał*", "przelatywał*", "przelatując*", "przelocie", "przelot"),
        rf"\s+(?:[\w\-]+\s+){{0,2}}?nad\s+(?:terytorium|przestrzenią\s+powietrzną)\s+{_X}",
    ),
    # (over a country's airspace in the instrumental: "пролетела над воздушным пространством Молдовы")
    Pattern(
        "via",
        ("через",),
        rf" (?:територію |территорию |повітряний простір |воздушное пространство |територією |территорией |"
        rf"повітряним простором |воздушным пространством )?{_X}",
    ),
    Pattern(
        "via",
        ("над",),
        rf" (?:територією |территорией |повітряним простором |воздушным пространством )?{_X}",
        motion=True,
    ),
    # ... its adjective before the territory or airspace: "через молдавские воздушные границы", "через
    # українську територію", "через молдавское воздушное пространство".
    Pattern(
        "via",
        ("через",),
        r"\s+(?P<x>[^\W\d_]+(?:ськ|цьк|ск|цк)\w*)\s+(?:воздушн\w+\s+|повітрян\w+\s+)?"
        r"(?:территори|пространств|границ|кордон|простір|територі)\w*",
    ),
    # An overflight of a country's airspace: "the overflight of Moldovan airspace by a drone", "the
    # overflight of the airspace of Romania".
    Pattern(
        "via",
        ("overflight", "overflights"),
        rf"\s+of\s+(?:the\s+)?(?:(?:air\s?space|territory)\s+of\s+(?:the\s+)?)?{_X}(?:[’']s)?(?:\s+(?:air\s?space|territory))?",
        object=True,  # (a drone's or a missile's: "NATO AWACS planes will conduct overflights of Poland" are none)
    ),
    Pattern(
        "via",
        ("використал*", "использовал*", "задіял*", "задействовал*"),
        rf"\s+(?:[\w\-]+\s+){{0,3}}?(?:повітряний простір|воздушное пространство|територію|территорию)\s+{_X}",
    ),
    Pattern("border", ("вздовж", "уздовж", "вдоль"), rf" (?:кордону|границы) {_X} (?:та|і|и|й) {_Y}"),
    # "вздовж українсько-румунського кордону", "вдоль российско-латвийской границы", "wzdłuż polsko-białoruskiej granicy"
    Pattern(
        "border",
        ("вздовж", "уздовж", "вдоль", "wzdłuż"),
        r"\s+(?P<x>[^\W\d_]+[oо])-(?P<y>[^\W\d_]+)\s+(?:державн\w+\s+|государственн\w+\s+|państwow\w+\s+)?"
        r"(?:кордон|границ|granic)\w*",
    ),
    Pattern(
        "via",
        ("використа*", "задія*", "использова*", "задейство*"),
        rf"[^.;]{{0,80}}?\b(?:територію|территорию) {_X}",
    ),
    Pattern("via", ("так і", "так и", "і", "и", "та", "й"), rf" (?:територію|территорию) {_X}"),
    # The way through a country in the instrumental, "по территории" or in its airspace: "пролетіла територією Молдови",
    # "рухалися повітряним простором Білорусі", "пролетела по территории Молдовы".
    Pattern(
        "via",
        ("пролеті*", "пролете*", "проліта*", "пролета*", "летіл*", "летел*", "летя*", "руха*", "двигал*",
         "подолал*", "преодолел*",
         # the noun: "проліт дрона повітряним простором Молдови", "о пролете … по территории"
         "проліт", "прольот*", "пролет", "пролетом", "пролету", "пролёт*"),
        rf"\s+(?:[\w\-]+\s+){{0,4}}?(?:територією|повітряним\s+простором|по\s+территории|"
        # (and in it: "Самолет пролетел в воздушном пространстве Финляндии около 2 минут")
        rf"по\s+воздушному\s+пространству|[ву]\s+воздушном\s+пространстве|[ву]\s+повітряному\s+просторі)\s+{_X}",
        object=True,
    ),
    # A flight path that touched a country: "траектории нескольких дронов затронули территорию
    # Молдавии", "зачепили повітряний простір Молдови", "zahaczyły o terytorium Mołdawii", "clipped
    # Moldovan airspace": the path or what flew its subject (not "Министр затронул территорию …", a
    # speech that touched on a country; nor "Minister w wystąpieniu o dronach zahaczył o …").
    Pattern(
        "via",
        _PATH_NOUNS,
        _TOUCHED + r"\s+(?:о\s+|o\s+)?(?:территорию|воздушное\s+пространство|територію|повітряний\s+простір|terytorium|"
        rf"przestrzeń\s+powietrzną|(?:the\s+)?(?:territory|air\s?space)\s+of)\s+(?:the\s+)?{_X}",
    ),
    Pattern(
        "via",
        _PATH_NOUNS,
        _TOUCHED + r"\s+(?:o\s+)?(?P<x>[^\W\d_]+)\s+(?:воздушн\w+\s+|повітрян\w+\s+)?"
        r"(?:территори|пространств|територі|простір|terytori|przestrze|territory|air\s?space)\w*",
    ),
    # A crossing of a country's airspace, the noun: "здійснили перетин повітряного простору Румунії",
    # "пересечение воздушного пространства Молдовы", "przelot przez przestrzeń powietrzną Mołdawii"
    Pattern(
        "via",
        ("перетин", "перетину", "пересечение", "пересечения", "przelot", "przelotu"),
        rf"\s+(?:przez\s+)?(?:повітряного\s+простору|воздушного\s+пространства|przestrzeń\s+powietrzną)\s+{_X}"
        # (not "перетину повітряного простору Польщі з боку Білорусі": entered, from a country; as the verb)
        r"(?!\w*\s+(?:з|із|зі|из|со|с|z|ze|od)\s)",
    ),
    Pattern(
        "into",
        ("entered", "entering", "enter", "into", "violat*", "reached"),
        # (not "entered through Belarusian airspace": a way, not the country entered)
        rf"\s+(?:of\s+)?(?:the\s+)?(?!(?:through|via|across|over|from)\s){_X}(?:[’']s)?\s+(?:air\s?space|territory)",
    ),
    # "had reached the territory of Romania", "entered the airspace of Poland"
    Pattern(
        "into",
        ("entered", "entering", "enter", "violated", "violating", "reached"),
        rf"\s+the\s+(?:air\s?space|territory)\s+of\s+{_X}",
    ),
    Pattern(
        "into",
        ("wleciał*", "naruszył*", "przekroczył*"),
        # (not "wleciał z Białorusi": where from, not the country entered)
        rf"\s+(?:polską\s+)?(?:przestrzeń\s+powietrzną\s+)?(?!(?i:z|ze|od|znad|spod|przez)\s){_X}",
    ),
    Pattern(
        "into",
        _PL_ENTERED,
        # (not "naruszenie polskiej przestrzeni powietrznej przez Rosję": by whom, not whose airspace)
        rf"\s+(?:[^\s.;:]+\s+){{0,4}}?(?:w\s+|do\s+)?(?:przestrzeń\s+powietrzną|przestrzeni\s+powietrznej|terytorium|"
        rf"nad\s+terytorium)\s+(?!(?i:z|ze|od|znad|spod|przez)\s){_X}",
    ),
    # "naruszyły w piątek estońską przestrzeń powietrzną", "weszły w fińską przestrzeń powietrzną"
    Pattern(
        "into",
        _PL_ENTERED,
        r"\s+(?:[^\s.;:]+\s+){0,4}?(?:w\s+|do\s+)?(?P<x>[^\W\d_]+)\s+(?:przestrzeń|przestrzeni)\s+powietrzn\w+",
    ),
    # (flying over, too: "śmigłowiec przeleciał do 1,5 km w głąb Białorusi")
    Pattern(
        "into",
        (*_PL_ENTERED, "przeleciał*", "przelecieć", "przelatywał*"),
        rf"\s+(?:[^\s.;:]+\s+){{0,5}}?w\s+głąb\s+(?:terytorium\s+)?{_X}",
    ),
    Pattern("into", ("wleciał*", "wtargnęł*", "przylecia*", "dotarł*"), rf"\s+do\s+{_X}"),
    # "przelot drona z Białorusi na Litwę", "wleciał na Łotwę": the country entered, in the accusative.
    Pattern(
        "into",
        ("wleciał*", "przylecia*", "nadlecia*", "przelot*", "przelocie"),
        # (in the accusative, "na Ukrainę", "nad Rumunię", "na Białoruś": "na Ukrainie" is where)
        rf"\s+(?:[\w\-]+\s+){{0,6}}?nad?\s+(?!terytorium\b|teren\b)(?=[^\W\d_]*[ęś]\b){_X}",
    ),
    # "оказался в воздушном пространстве Эстонии", "упал на территории Эстонии": where it ended up.
    Pattern(
        "into",
        ("оказал*", "опинив*", "опинил*", "упал*", "впав", "впала", "впали", "упав", "упала"),
        rf"\s+(?:в|у|на)\s+(?:воздушном пространстве|повітряному просторі|территории|території)\s+{_X}",
    ),
    Pattern("into", ("into", "in"), rf"\s+{_X}(?:[’']s)?\s+(?:air\s?space|territory)"),
    # Flown into a country by its name: "a Russian drone flew into Romania from the Odesa region"
    # (a verb of flying or crossing right before: "crashed into a house", "into the night" are none)
    Pattern(
        "into",
        ("flew into", "flown into", "flying into", "flies into", "drifted into", "strayed into", "crossed into",
         "crossing into", "penetrated into", "came into", "entered into"),
        # (the country's name, not its adjective: "flew into Romanian airspace" is read above)
        rf"\s+(?=(?-i:[A-Z])){_X}(?![\w’'\-])(?!\s+(?:air\s?space|territory))",
        object=True,  # (a weapon's or a drone's: "refugees crossed into Moldova" entered nothing of it)
    ),
    Pattern(
        "into",
        ("на територію", "на территорию", "в повітряний простір", "у повітряний простір", "в воздушное пространство",
         "до повітряного простору", "до", "в", "у"),
        # a bare "в"/"у" only before a name in the accusative or locative ("в Польщу")
        # not "в сторону Калининградской области", "у бік Польщі": a side, its name after it
        rf"(?:(?<!\b[ву])|(?=\s+[\w\-]+[уюь]\b))\s+(?!сторону\b|бік\b){_X}",
    ),
    # "нарушений воздушного пространства Эстонии", "порушення повітряного простору Фінляндії"
    Pattern(
        "into",
        ("нарушени*", "порушенн*", "порушень", "нарушать", "порушувати", "нарушая", "порушуючи"),
        # (not "порушення повітряного простору Росією": by Russia, the instrumental; but who violated it
        # may stand before, in the instrumental: "нарушении российским военным самолетом воздушного
        # пространства Финляндии")
        r"\s+(?:[^\W\d_]+(?:ым|им|ом|ем|ой|ей|ами|ями|ою|ею|єю)\s+){0,3}?"
        rf"(?:воздушного\s+пространства|повітряного\s+простору|воздушное\s+пространство|повітряний\s+простір)\s+"
        rf"(?![^\W\d_]+(?:ією|єю|ею|ою|ей|ой)\b){_X}",
    ),
    # The country as an adjective: "нарушение румынского воздушного пространства", "порушень
    # польського повітряного простору"
    Pattern(
        "into",
        ("нарушени*", "порушенн*", "порушень", "нарушать", "порушувати", "нарушил*", "порушил*", "порушив", "порушував",
         "нарушал*", "порушувал*",
         # incursions into it: "вторгнень безпілотників у румунський повітряний простір не виявлено"
         "вторгнен*", "вторгнень", "вторжени*", "вторжений"),
        r"\s+(?:[\w\-]+\s+){0,2}?(?P<x>[^\W\d_]+(?:ого|ий|ое|ої|ый|ій|ий|е|ую|у))\s+"
        r"(?:воздушного\s+пространства|повітряного\s+простору|воздушное\s+пространство|повітряний\s+простір)\b",
    ),
    # The speaker's own country, by a word that refers to it: "violated the country's airspace",
    # "wtargnięcie … w naszą przestrzeń powietrzną", "нарушили воздушное пространство республики",
    # "вторгнення в повітряний простір країни" (see ``_own_country``).
    Pattern(
        "into",
        ("violated", "violating", "violation of", "violations of", "entered", "entering", "into", "intrusion into",
         "incursion into"),
        # (a word or two before "country's": "violated the Nordic Nato country's airspace")
        r"\s+(?P<x>the\s+(?:[A-Z][\w\-]*\s+){0,2}?country[’']s|our|its)\s+(?:air\s?space|territory)",
    ),
    Pattern(
        "into",
        _PL_ENTERED,
        r"\s+(?:[^\s.;:]+\s+){0,4}?(?:w\s+|do\s+)?(?P<x>naszą|naszej|swoją|swojej)\s+(?:przestrzeń|przestrzeni)\s+"
        r"powietrzn\w+",
    ),
    Pattern(
        "into",
        ("нарушил*", "нарушени*", "нарушать", "пересек*", "вторг*", "вторжени*", "порушил*", "порушенн*",
         "порушува*", "перетну*", "перетнув", "вторгл*", "вторгненн*", "в повітряний простір", "у повітряний простір",
         "в воздушное пространство"),
        # (three words between: "нарушении российским военным самолетом воздушного пространства страны")
        r"\s+(?:[\w\-]+\s+){0,3}?(?:(?:воздушное|воздушного|воздушную|повітряний|повітряного)\s+(?:пространство|"
        r"пространства|простір|простору|границу)|госграниц\w*|государственн\w+\s+границ\w*|державн\w+\s+кордон\w*)?"
        # (not "пространство Республики Молдова": a country's name)
        r"\s*(?P<x>(?:соседней\s+|сусідньої\s+)?(?:страны|республики|країни|республіки))\b(?!\s+[А-ЯІЇЄҐЁ])",
    ),
    # A country's border crossed, the country an adjective: "пересек без разрешения финскую воздушную
    # границу", "перетнув польський державний кордон" (not "белорусско-польскую границу": either way)
    Pattern(
        "into",
        ("пересек*", "пересёк*", "перетнув", "перетнул*", "перетну*"),
        r"\s+(?:[\w\-]+\s+){0,3}?(?P<x>[^\W\d_]+(?:ую|ий|ой))\s+"
        r"(?:воздушную\s+|государственную\s+|повітряний\s+|державний\s+)?(?:границу|кордон)\b"
        # (not on the way back: "перетнув білоруський кордон, повертаючись до Росії" says no way in)
        r"(?![^.;]{0,60}?(?:повертаючись|возвращаясь|вертаючись))",
    ),
    # "залетіли в її повітряний простір", "нарушили ее воздушное пространство": the country the
    # speaker names, by a pronoun (resolved by the speaker, as "the country's airspace")
    Pattern(
        "into",
        ("залетіл*", "залетел*", "вошл*", "увійшл*", "влетел*", "влетіл*", "зайшл*", "проник*", "порушил*",
         "нарушил*", "вторгл*", "порушува*", "нарушал*"),
        r"\s+(?:[\w\-]+\s+){0,2}?(?:(?:в|у|во)\s+)?(?P<x>її|ее|её|його|его)\s+(?:повітряний\s+простір|"
        r"воздушное\s+пространство|повітряного\s+простору|воздушного\s+пространства|територію|территорию)",
    ),
    # "Przestrzeń powietrzna Polski nie została naruszona": the country before the verb, in the passive
    Pattern(
        "into",
        ("przestrzeń powietrzna", "przestrzeń powietrzną", "terytorium", "granica"),
        rf"\s+{_X}\s+(?P<neg>nie\s+)?(?:została|zostało|zostala|zostalo|był[ao]?)\s+narusz\w*",
    ),
    # "воздушное пространство Эстонии не нарушали": the country before the verb
    Pattern(
        "into",
        # (and its border, in the genitive after a negation: "границы Эстонии не нарушали")
        ("воздушное пространство", "повітряний простір", "границы", "границу", "кордону", "кордон"),
        rf"\s+{_X}\s+(?P<neg>не\s+)?(?:нарушал\w*|нарушил\w*|нарушен\w*|порушил\w*|порушувал\w*|порушен\w*)",
    ),
    Pattern(
        "into",
        ("порушил*", "нарушил*", "порушив", "порушував", "увійшл*", "вошл*", "залетіл*", "залетел*", "влетел*",
         "зайшл*", "залітал*", "проник*", "входил*", "заходил*", "залетал*", "влетал*", "нарушал*", "порушувал*"),
        # (the genitive after a "not": "не порушували повітряного простору Естонії")
        rf"\s+(?:[\w\-]+\s+){{0,3}}?(?:повітряний простір|воздушное пространство|повітряного простору|"
        # (not "границу с Белоруссией": the border with a country, crossed either way)
        rf"воздушного пространства|територію|территорию|кордон|границу)\s+(?!(?i:с|со|з|із|зі|между|між)\s){_X}",
    ),
    # A country's border crossed is the country entered; its airspace or territory crossed, a country
    # flown through, as "crossed Moldovan airspace" ("шість дронів перетнули повітряний простір Молдови").
    Pattern(
        "into",
        _CROSSING_CYR,
        rf"\s+(?:[\w\-]+\s+){{0,3}}?(?:кордон|границу)\s+(?!(?i:с|со|з|із|зі|между|між)\s){_X}",
    ),
    Pattern(
        "via",
        _CROSSING_CYR,
        rf"\s+(?:[\w\-]+\s+){{0,3}}?(?:повітряний простір|воздушное пространство|повітряного простору|"
        # (not "перетнули повітряний простір України з боку Білорусі": entered from a country)
        rf"воздушного пространства|територію|территорию)\s+{_X}(?!\w*\s+(?:з|із|зі|из|со|с)\s)",
    ),
)  # fmt: skip


def _openers() -> tuple[re.Pattern[str], dict[str, list[int]], dict[str, list[tuple[str, int]]]]:
    """Return the words any phrase starts with, as one expression, and which phrases start with each."""
    words: dict[str, list[int]] = {}
    prefixes: dict[str, list[tuple[str, int]]] = {}  # by first letter
    for i, pattern in enumerate(PATTERNS):
        for start in pattern.starts:
            first = start.split()[0].lower()
            if first.endswith("*"):
                prefixes.setdefault(first[0], []).append((first[:-1], i))
            elif i not in words.setdefault(first, []):
                words[first].append(i)
    heads = [*words, *(p for group in prefixes.values() for p, _ in group)]
    tails = [r"(?!\w)"] * len(words) + [r"\w*"] * (len(heads) - len(words))
    return regexes.compile(rf"(?<![\w\-]){lexicon.one_of(heads, tails=tails)}"), words, prefixes


_OPENER, _BY_WORD, _BY_PREFIX = _openers()


def phrases(flat: str) -> list[list[re.Match[str]]]:
    """Return, for each of :data:`PATTERNS`, its matches in ``flat`` (what ``finditer`` would give).

    One pass finds the words a phrase may start with; each phrase is then tried only where one of
    its own opening words stands, not at every character: thirty expressions cost one pass.
    """
    found: list[list[re.Match[str]]] = [[] for _ in PATTERNS]
    ends = [0] * len(PATTERNS)  # where each phrase's last match ended: matches never overlap
    for opener in _OPENER.finditer(flat):
        word = opener.group().lower()
        tried = _BY_WORD.get(word, []) + [i for p, i in _BY_PREFIX.get(word[:1], ()) if word.startswith(p)]
        # A letter the regex engine folds and str.lower() does not (the Kelvin sign...): try them all.
        for i in sorted(set(tried)) if tried else range(len(PATTERNS)):
            if opener.start() >= ends[i] and (m := PATTERNS[i].regex.match(flat, opener.start())):
                found[i].append(m)
                ends[i] = m.end()
    return found


@dataclass(frozen=True)
class Direction:
    """One direction phrase: what it says of which country (or two, for a border), where it stands."""

    kind: str  # "origin", "via", "border", "into"
    countries: tuple[str, ...]
    start: int
    end: int
    phrase: str
    negated: str = ""  # the negation it stands under, if any
    #: For a country entered: "aircraft" when what entered is a crewed aircraft, which flew through
    #: it; "other" for a weapon, drone or balloon; "region" for a region entered ("into the
    #: Kaliningrad region"), which is not flown through; "" when the sentence does not say.
    carrier: str = ""
    #: Whether the area is a settlement standing for its country ("from the direction of the village
    #: of Lisne"): an origin only across a border from the country entered.
    place: bool = False
    #: Whether it says where something went back to ("returned to Russia"): an origin only beside a
    #: country it entered or flew through.
    back: bool = False
    #: Whether it says a country was left ("opuścił przestrzeń powietrzną Rumunii, kierując się …").
    leaving: bool = False


@dataclass
class Claim:
    """What one speaker says of where the drones came from and which way."""

    speaker: Speaker | None
    directions: list[Direction] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)  # spans of the report, verbatim
    #: The countries of its origins, kept as directions are added: a second origin is looked up, not searched.
    origins: set[tuple[str, ...]] = field(default_factory=set)

    @property
    def label(self) -> str:
        """The speaker as the draft names them, or "unknown"."""
        return self.speaker.label if self.speaker else "unknown (the report does not say who)"

    def title(self) -> str:
        """Return a short statement of the claim: "From the direction of Ukraine", "Via Belarus; ..."."""
        return "; ".join(dict.fromkeys(_phrase_title(d) for d in self.directions if d.kind != "into"))


@dataclass
class Claims:
    """Every claim, by speaker, with the denials and the countries said to have been entered."""

    claims: list[Claim] = field(default_factory=list)
    denials: list[tuple[Direction, Speaker | None, tuple[int, int]]] = field(default_factory=list)
    entered: list[Direction] = field(default_factory=list)
    #: What the drones are said to be ("of Russian origin", "Russian-made"): never a direction.
    makes: list[tuple[Direction, Speaker | None, tuple[int, int]]] = field(default_factory=list)


def find_claims(report: Report, found: Found, people: People, /) -> Claims:
    """Return the report's direction claims, denials and entered countries."""
    out = Claims()
    by_speaker: dict[str, Claim] = {}
    quoted: set[tuple[str, tuple[int, int]]] = set()
    said: dict[tuple[int, str, tuple[str, ...]], Speaker] = {}  # who claimed each direction, by sentence
    last_speaker: Speaker | None = None
    # every body the report names, claims or not: a bare "the army" is one of them only if one
    bodies = {p.label for p in people.between(0, len(report.flat)) if p.kind in ("organisation", "described")}
    read = [_directions(report, sentence, found) for sentence in report.sentences]
    # "did not enter Romanian airspace" enters nothing
    entered = Counter(
        d.countries[0]
        for found_here in read
        for d in found_here
        if d.kind == "into" and not d.negated and d.countries != _OWN
    )
    target = entered.most_common(1)[0][0] if entered else None
    sole = target if len(entered) == 1 else None  # the one country the report says was entered
    aircraft = _about_aircraft(report)
    # An aircraft flies through a country on a flight the report sets out (from Karelia to
    # Kaliningrad, training flights, over the sea); one that crossed a border and went back came
    # from there, and no more ("the aircraft returned to Russian territory").
    transit = _TRANSIT.search(report.flat) is not None
    for sentence, directions in zip(report.sentences, read, strict=True):
        for m in _MADE.finditer(sentence.flat):
            hit = country_of(m.group("x") or m.group("x2") or m.group("x3"))
            if hit is None:
                continue
            start, end = sentence.start + m.start(), sentence.start + m.end()
            quote = report.quotation_at(start, end)
            span = (quote.start, quote.end) if quote else report.excerpt(sentence, start, end)
            made = Direction(
                "made",
                (hit[0],),
                start,
                end,
                m.group(),
                _negation(sentence.flat[max(0, m.start() - 200) : m.start()]),
            )
            out.makes.append((made, speaker_at(report, sentence, span[0], span[1], people), span))
        # A sentence that says again a direction the one before gave someone goes on with their report.
        going_on = next(
            (sp for d in directions if (sp := _said_just_before(report, sentence, d, said))), None
        )
        gone = {d.countries for d in directions if d.kind in ("into", "via") and not d.back}
        here: dict[int, Claim] = {}  # the claims this sentence adds to, for a denial of them in it
        for direction in _crossed(directions, target):
            if direction.back and _PEOPLE_BEFORE.search(
                sentence.flat, max(0, direction.start - sentence.start - 60), direction.start - sentence.start
            ):
                continue  # people going back ("громадян ЄС, які повертаються до Литви"): no flight
            if direction.back and not (
                any(c != direction.countries for c in gone) or (target and direction.countries != (target,))
            ):
                # "returned to Ukraine" says where from only of what entered or flew through another
                # country ("the delegation returned to Ukraine", "Polskie śmigłowce … wróciły do Polski")
                continue
            if direction.countries == _OWN:
                # "the country's airspace": the speaker's own country, if the speaker says which; "our"
                # is the speaker's in their own words, quoted or said before "…, X said", never after
                # "X wrote that" ("Ukrainian sources wrote that one drone flew over our country": the
                # writer's country, which the report does not name)
                own = _own_country(_attribution(report, sentence, direction, people, last_speaker)[1])
                first_person = _FIRST_PERSON_PLURAL.match(report.flat, direction.start, direction.end)
                if own is None or (
                    first_person
                    and report.quotation_at(direction.start, direction.end) is None
                    and _THAT_BEFORE.search(report.flat, sentence.start, direction.start)
                ):
                    continue
                direction = replace(direction, countries=(own,))
            if direction.kind == "origin" and direction.countries == (target,) and direction.leaving:
                # "dron opuścił przestrzeń powietrzną Rumunii, kierując się z powrotem na Ukrainę": it
                # left the country it had entered, on its way back; that country is no origin
                continue
            if direction.place and (target is None or direction.countries[0] == target):
                # "from the direction of the village of Nowa Wola", in Poland, or where no country is
                # said to be entered: no origin
                continue
            # (that it did not enter is denied either way: "did not violate Estonian airspace")
            through = (
                direction.kind == "into"
                and (bool(direction.negated) or transit)
                and _flew_through(direction, aircraft)
            )
            if through:
                if not direction.negated:
                    out.entered.append(direction)
                # "Russian fighter jets entered Estonian airspace": they flew through it (and
                # "did not violate Estonian airspace" denies that they did).
                direction = replace(direction, kind="via")
            elif direction.kind == "into" and not direction.negated:
                out.entered.append(direction)
                continue
            if direction.kind == "into" and not _denies_entry(report.flat, direction):
                continue  # "did not enter Romanian airspace" enters nothing
            if (
                direction.kind == "via"
                and not through
                and direction.countries[0] == sole
                and not _onward(report.flat[direction.end : sentence.end], sole)
                and not _THROUGH.search(direction.phrase)
            ):
                # "over Romanian territory" in a report of a drone that fell in Romania, and in no
                # other country: no route ("flew through Belarusian airspace towards Poland" is one,
                # and so is "пролетела через воздушное пространство Молдовы": through it, on)
                continue
            span, speaker, relayed = _attribution(report, sentence, direction, people, last_speaker)
            if speaker is None and not direction.negated and relayed:
                # another's claim inside a quotation, whose the report does not say ("„… jeden z
                # naszych kanałów podał, że dron … został wysłany z Białorusi” – mówił Nausėda"):
                # no one's claim to draft, neither the quoted speaker's nor the writer's (a denial
                # so relayed stays, unattributed: "Они … не верят, что он прилетел из России")
                continue
            if speaker is None and not direction.negated:
                speaker = going_on or _reported_before(report, sentence, people)
            if (
                speaker is None
                and not direction.negated
                and _MEDIA_REPORTS.search(
                    sentence.flat,
                    max(0, direction.start - sentence.start - 80),
                    direction.start - sentence.start,
                )
            ):
                # "Сообщения в СМИ о пролёте дронов над территорией Румынии появились …": what unnamed
                # media said, no one's claim the writer makes
                continue
            elif speaker is not None and not direction.negated and _denier(sentence, direction, speaker):
                speaker = (
                    None  # "Литва …, що кулі прилетіли з Білорусі, але Мінськ це заперечує": not Minsk's
                )
            elif speaker is not None and not direction.negated and _distanced(report, direction):
                speaker = None  # «дрон, который якобы пролетел над …»: what others say, not the speaker
            if direction.kind == "into":
                # "entered Moldovan airspace …, but did not enter Romanian airspace": not entering
                # a country other than the one entered is not passing through it.  ("no violations
                # of Polish airspace from Ukraine or Belarus" denies where from, not the entry.)
                if not _from_denied(direction, directions):
                    out.denials.append((replace(direction, kind="via"), speaker, span))
                continue
            if direction.negated:
                out.denials.append((direction, speaker, span))
                continue
            # One claim per speaker; what no one is said to say is one claim per direction, never
            # merged with an unattributed statement of another direction.  A claim has one origin: a
            # second ("from Russia or Latvia") is the speaker's other claim.
            # "Both the Polish army and the Lithuanian border guard said …": each says it
            for who in [*_joined_with(report, sentence, speaker, people), speaker]:
                key = (
                    _claim_key(who.label, by_speaker, bodies)
                    if who
                    else f"?{direction.kind} {'-'.join(direction.countries)}"
                )
                while key in by_speaker and _other_origin(by_speaker[key], direction):
                    key += "+"
                if key not in by_speaker:
                    by_speaker[key] = Claim(who)
                    out.claims.append(by_speaker[key])
                claim = by_speaker[key]
                claim.directions.append(direction)
                here.setdefault(id(claim), claim)
                if who is not None:
                    said[(sentence.index, direction.kind, direction.countries)] = who
                if direction.kind == "origin":
                    claim.origins.add(direction.countries)
                if (key, span) not in quoted:  # a set: a speaker's thousandth quote costs what the first did
                    quoted.add((key, span))
                    claim.quotes.append(span)
        quotes = report.quotations_in(sentence.start, sentence.end)
        if quotes:
            last_speaker = (
                speaker_at(report, sentence, quotes[-1].start, quotes[-1].end, people) or last_speaker
            )
        if not directions:
            out.denials += _denied_by_reference(report, sentence, out.claims, people) or _denied_by_reference(
                report, sentence, out.claims, people, pronoun=True
            )
        else:  # "Warszawa twierdzi, że …, ale Mińsk temu zaprzecza": the claim before, in this sentence
            out.denials += _denied_by_reference(
                report, sentence, list(here.values()), people, within=True
            ) or _denied_by_reference(
                report, sentence, out.claims, people, pronoun=True, until=directions[0].start
            )
    out.denials += _stayed_out(report, out, people)
    out.claims = _without_country_echoes(_without_echoes(report, out.claims))
    return out


#: People, right before a phrase of going back: citizens, residents, refugees, diplomats, tourists
#: ("EU citizens returning to Lithuania", "громадян ЄС, які повертаються до Литви", "obywatele wracający do Polski").
_PEOPLE_BEFORE = regexes.compile(
    r"(?i:\b(?:citizens|residents|people|refugees|diplomats|tourists|travell?ers|passengers|obywatel\w*|mieszkańc\w*|"
    r"ludzi|uchodźc\w*|dyplomat\w*|turyst\w*|pasażer\w*)\b|(?:громадян\w*|граждан\w*|жител\w*|мешканц\w*|людей|"
    r"люди|біженц\w*|беженц\w*|дипломат\w*|турист\w*|пасажир\w*|пассажир\w*)(?![\w\-]))[^.;]*$"
)
#: An aircraft's flight said to have kept out of a country: over neutral waters, or on its route
#: without leaving it ("над нейтральными водами", "от маршрута не отклонялись", "nad wodami neutralnymi").
_KEPT_OUT = regexes.compile(
    r"(?i:(?:над|nad|over)\s+(?:нейтральн\w+\s+вод\w*|wodami\s+neutraln\w+|neutral\s+waters)|"
    # ("на отклонялся": a report's typo for "не", quoted as the ministry wrote it)
    r"(?:от|від)\s+(?:[\w\-]+\s+){0,2}?(?:маршрут\w*|трасс\w*|траси)\s+(?:\w+\s+)?(?:не|на)\s+(?:отклоня\w*|відхиля\w*)|"
    r"не\s+(?:отклоня\w*|відхиля\w*)\s+(?:от|від)\s+(?:[\w\-]+\s+){0,2}?(?:маршрут\w*|трасс\w*|траси)|"
    r"nie\s+zbacza\w*\s+z\s+(?:wyznaczonej\s+)?trasy|(?:did\s+not|didn['’]t)\s+deviate\s+from\s+(?:the|its|their)\s+route)"
)
#: A flight named in the sentence (or "aircraft", which reports use of drones too): what kept out
#: is one; a crewed aircraft named (see ``_crewed``) says so as well.
_FLIGHT = regexes.compile(
    r"(?i:\b(?:flights?|flew|flying|aircraft|loty?|lotu|lecia\w*)\b|пол[её]т\w*|політ\w*|польот\w*|перел[её]т\w*)"
)


def _crewed(flat: str, /) -> bool:
    """Whether a sentence names a crewed aircraft: a military one or a plane (:data:`_CARRIER`)."""
    return any(_kind(c) != "other" for c in _CARRIER.finditer(flat))


#: Unnamed media's reports of something, right before a phrase: "Сообщения в СМИ о пролёте дронов",
#: "media reports of drones flying over", "doniesienia medialne o przelocie", "повідомлення ЗМІ про".
_MEDIA_REPORTS = regexes.compile(
    r"(?i:(?:сообщени\w*|публикаци\w*|повідомлен\w*|публікаці\w*|doniesieni\w*|reports?)\s+"
    r"(?:в\s+сми|сми|у\s+змі|змі|w\s+mediach|medialn\w*|mediów|in\s+the\s+media|media|press)\s+"
    r"(?:о|об|про|o|of|about|that)\s+[^.;:]*$)"
)


def _stayed_out(
    report: Report, found: Claims, people: People
) -> list[tuple[Direction, Speaker | None, tuple[int, int]]]:
    """Return denials of passing through the country an aircraft is said to have entered, by who says it kept out.

    Russia's "плановый полет над нейтральными водами Балтийского моря, но от маршрута не отклонялись"
    answers Lithuania's claim that its Su-35s flew through Lithuanian airspace: a denial of "via LT".
    Only where the report claims one country was flown through, in a sentence about a flight or an
    aircraft, and by a named speaker who does not claim it ("the army said the jets flew over
    neutral waters before they entered Lithuanian airspace" is the accuser's account).
    """
    claimed = {d.countries for c in found.claims for d in c.directions if d.kind == "via"}
    if len(claimed) != 1:
        return []
    (target,) = claimed
    accusers = {c.label for c in found.claims if any(d.countries == target for d in c.directions)}
    denied = {(d.countries, s.label if s else None) for d, s, _ in found.denials if d.kind == "via"}
    out: list[tuple[Direction, Speaker | None, tuple[int, int]]] = []
    for sentence in report.sentences:
        m = _KEPT_OUT.search(sentence.flat)
        if m is None or not (_FLIGHT.search(sentence.flat) or _crewed(sentence.flat)):
            continue
        start, end = sentence.start + m.start(), sentence.start + m.end()
        span = report.excerpt(sentence, start, end)
        speaker = speaker_at(report, sentence, span[0], span[1], people)
        if (
            speaker is None
            or any(_same_body(speaker.label, a) for a in accusers)
            or (target, speaker.label) in denied
        ):
            continue
        denied.add((target, speaker.label))
        out.append((Direction("via", target, start, end, m.group(), m.group()), speaker, span))
    return out


#: A verb of denying right after a speaker's name: it is the subject of a denial.
_DENYING_VERB = regexes.compile(
    r"(?i:\s+(?:has\s+|have\s+|had\s+)?(?:denied|denies|rejected|rejects|dismissed|refuted|zaprzecz\w*|zdementowa\w*|"
    r"odrzuci\w*|заперечи\w*|заперечу\w*|відкину\w*|відкида\w*|спростува\w*|отрица\w*|опроверг\w*|отверг\w*)\b)"
)


def _joined_with(
    report: Report, sentence: Sentence, speaker: Speaker | None, people: People
) -> list[Speaker]:
    """Return who is named with a speaker as one subject, before the "and".

    "Both the Polish army and the Lithuanian border guard said", "Косіняк-Камиш і президент Литви
    Гітанас Науседа заявили", "Zarówno polskie wojsko, jak i ukraińskie siły powietrzne twierdzą".
    """
    if speaker is None or speaker.start <= sentence.start:
        return []
    m = _JOINED_BEFORE.search(report.flat, max(sentence.start, speaker.start - 80), speaker.start)
    if m is None or _NOT_A_SUBJECT.search(m.group()) or SAYS_NEXT.search(" " + m.group("s")):
        return []  # "Romanian aircraft were scrambled, and according to the Ministry …": a clause, no subject
    named = people.between(m.start("s"), m.end("s"))
    if named:
        return [named[-1]] if named[-1].label != speaker.label else []
    words = m.group("s").split()
    if not 1 <= len(words) <= 5 or not words[-1][:1].islower():
        return []  # a body described in lower case ("the Polish army", "polskie wojsko"), nothing else
    label = _described(m.group("s"))
    return [Speaker(None, label, m.end("s") - len(label), m.end("s"), "described")] if label else []


def _described(words: str) -> str:
    return re.sub(r"^(?:(?:both|zarówno|як|как)\s+)?(?:the|a|an)?\s*", "", words.strip(), flags=re.I)


#: Words that make what stands before a speaker a clause of its own, not a second subject.
_NOT_A_SUBJECT = regexes.compile(
    r"(?i:\b(?:were|was|is|are|has|have|had|been|został\w*|był\w*|jest|są|був|була|було|були|был|была|было|были|"
    r"according|według|zdaniem|даними|данным|словами|словам)\b)"
)
#: A subject before a speaker's name, joined to it: "Both X and", "Zarówno X, jak i", "X і (title)".
_JOINED_BEFORE = regexes.compile(
    r"(?:^|(?<=[.,;:!?]\s)|\b(?:[Bb]oth|[Zz]arówno|[Яя]к|[Кк]ак)\s+)(?P<s>[^\W\d_][^,;:.!?]{1,60}?)\s*,?\s+"
    r"(?:and|i|і|й|та|и|oraz|jak\s+i|так\s+і|так\s+и)\s+(?:[\w\-’']+\s+){0,3}?$"
)


def _distanced(report: Report, direction: Direction) -> bool:
    """Whether a speaker's own quoted words put a way at a distance ("якобы", "нібито", "rzekomo", "allegedly").

    «Нет никаких подтверждений того, что дрон, который якобы пролетел над территорией Молдавии, был
    российского производства»: the ambassador reports what others say.  Only inside a quotation: in
    the writer's words the particle is the writer's ("Rosja twierdzi, jakoby …" is Russia's claim).
    """
    if report.quotation_at(direction.start, direction.end) is None:
        return False
    return _DISTANCING.search(report.flat, max(0, direction.start - 40), direction.start) is not None


#: A particle of hearsay up to two words before a way: "якобы пролетел над", "rzekomo wleciał z".
_DISTANCING = regexes.compile(
    r"(?i:(?<![\w])(?:якобы|будто\s+бы|нібито|начебто|rzekomo|jakoby|allegedly|purportedly|supposedly))"
    r"\s+(?:[^\W\d_]+\s+){0,2}$"
)


def _denier(sentence: Sentence, direction: Direction, speaker: Speaker) -> bool:
    """Return whether a claim's speaker is who denies it after it, by reference ("…, but Minsk denies this")."""
    if speaker.start < direction.end:
        return False
    a, b = speaker.start - sentence.start, speaker.end - sentence.start
    if _DENYING_VERB.match(sentence.flat, b):
        return True  # "… entered Estonian airspace …, Russia's Defence Ministry denied any violation"
    m = _THIS_DENIED.search(sentence.flat, direction.end - sentence.start)
    if m is None:
        return False
    # its subject: inside the words ("a claim Minsk rejected") or right before them ("Minsk denies this")
    between = sentence.flat[b : m.start()]
    return m.start() <= a < m.end() or (0 <= len(between) <= 25 and not re.search(r"[,;:]", between))


def _said_just_before(
    report: Report,
    sentence: Sentence,
    direction: Direction,
    said: dict[tuple[int, str, tuple[str, ...]], Speaker],
) -> Speaker | None:
    """Return who said the same direction in the sentence before, in the same paragraph, if anyone.

    "Lithuania's Defense Ministry reported that a Russian Su-30 … crossed … into Lithuanian
    airspace.  The aircraft flew about 700 meters over Lithuanian territory before returning":
    the second sentence goes on with the ministry's report, not a claim of the writer's own.
    ``said``: the speaker of each direction claimed so far, by sentence.
    """
    if sentence.index == 0:
        return None
    before = report.sentences[sentence.index - 1]
    if report.paragraph_start(before.start) != report.paragraph_start(sentence.start):
        return None
    return said.get((before.index, direction.kind, direction.countries))


def _attribution(
    report: Report, sentence: Sentence, direction: Direction, people: People, last_speaker: Speaker | None
) -> tuple[tuple[int, int], Speaker | None, bool]:
    """Return the words a direction is quoted in, its speaker, and whether they are relayed.

    The words: its quotation, or the sentence around it.  Relayed: another's words the quoted speaker
    reports ("… podał, że …" – mówił X), the speaker then their author if the report names one.
    """
    quote = report.quotation_at(direction.start, direction.end)
    span = (quote.start, quote.end) if quote else report.excerpt(sentence, direction.start, direction.end)
    lead = _as_said_by(sentence, direction, people) if quote is None else None
    if lead is not None:
        # "Як розповіли у VSAT, … прикордонники … зафіксували апарат, який влетів з території Білорусі":
        # the source the sentence opens with says all of it, whoever acts in it
        return span, lead, False
    if quote is None and _in_leading_clause(sentence, direction, people):
        # "After a series of balloons crossed from Belarus last week, Lithuania warned …": what the
        # writer sets the statement after, not what its speaker says
        return span, None, False
    # In a sentence of two statements ("X said …, while Y said …") the direction's own one speaks.
    part = statement_part(report, sentence, direction.start, direction.end) if quote is None else None
    if quote is not None:
        relayed, whose = relayed_within(report, sentence, quote.start, direction.start, people)
        if relayed:  # another's words the quoted speaker reports ("… podał, że …" – mówił X): not X's
            return span, whose, True
    speaker = speaker_at(
        report, sentence, span[0], span[1], people, part, at=direction.start if quote is None else None
    )
    if speaker is None and quote is not None and last_speaker is not None and _continues(report, quote.start):
        return span, last_speaker, False  # a second quotation in the same paragraph, the speaker unchanged
    if speaker is None and quote is not None:
        # A quotation of several sentences is attributed where it ends ("…", - зазначив він).
        last = report.sentence_at(max(quote.start, quote.end - 1))
        if last.index != sentence.index:
            speaker = speaker_at(report, last, quote.start, quote.end, people)
        if (
            speaker is None
            and last.index + 1 < len(report.sentences)
            and not said_after(report, last, quote.end)
        ):
            after = report.sentences[last.index + 1]
            # (not a heading, "Rumunia zaprzecza, Mołdawia potwierdza": no stop ends it)
            if report.quotation_at(after.start, after.end) is None and _ENDS_A_SENTENCE.search(after.flat):
                speaker = speaker_at(report, after, after.start, after.start, people)
        if speaker is None:
            speaker = _announced_before(report, quote.start, people)
    if speaker is None and quote is None:  # "Tusk: drony nadleciały z Białorusi", a headline's
        speaker = headline_speaker(report, sentence, people)
    if speaker is None and quote is None and part is None:  # (another statement's speaker is not its)
        speaker = _announced_after(report, sentence, people)
    return span, speaker, False


#: A sentence's leading "as … said" clause: "Як розповіли у VSAT,", "Как сообщили в погранслужбе,",
#: "Jak poinformowała Straż Graniczna,", "As the border guard said,".
_AS_SAID = regexes.compile(r"(?i:(?:як|как|jak|as)\s)[^,;:]{1,80},")


def _as_said_by(sentence: Sentence, direction: Direction, people: People) -> Speaker | None:
    """Return the source a sentence's leading "as … said" clause names, for a direction after it, or None."""
    m = _AS_SAID.match(sentence.flat)
    if m is None or direction.start < sentence.start + m.end():
        return None
    if not SAYS_NEXT.search(" " + m.group()):
        return None  # "Як відомо,", "As a result,": no one said it
    named = [p for p in people.between(sentence.start, sentence.start + m.end()) if p.kind != "country"]
    if not named or fold(named[-1].label) in lexicon.NEWS_AGENCIES:
        return None  # ("Jak podała AFP, …": an agency relays who speaks in the sentence)
    return named[-1]


#: A sentence's leading clause of time, the writer's setting of what follows: "After …,", "Following
#: …,", "Po tym, jak …,", "После того как …,", "Після того як …,".
_LEADING_CLAUSE = regexes.compile(
    r"(?i:(?:after|following|po\s+tym,?\s+(?:jak|gdy)|после\s+того,?\s+как|після\s+того,?\s+як)\s)[^,;:]*,"
)


def _in_leading_clause(sentence: Sentence, direction: Direction, people: People) -> bool:
    """Whether a direction stands in the sentence's leading clause of time (see _LEADING_CLAUSE), its speaker the main clause's subject.

    "After …, Lithuania warned …": the subject right after the clause.  Where a verb of saying ends
    the sentence instead ("После того как …, были задержаны …, сообщил глава"), all of it is the speaker's.
    """
    m = _LEADING_CLAUSE.match(sentence.flat)
    if m is None or direction.end - sentence.start > m.end():
        return False
    after = sentence.start + m.end()
    return any(p.start - after <= 5 for p in people.between(after, after + 6))


def _denied_by_reference(
    report: Report,
    sentence: Sentence,
    claims: list[Claim],
    people: People,
    *,
    within: bool = False,
    pronoun: bool = False,
    until: int | None = None,
) -> list[tuple[Direction, Speaker | None, tuple[int, int]]]:
    """Read a denial of the claim before by reference: "Minsk rejected these claims", "відкинув ці заяви".

    The directions of the last claim made before the sentence are denied, by the sentence's own
    speaker, who must be named and be another than the claim's; a sentence that names a direction of
    its own says what it denies itself.  ``within``: the claim made earlier in this sentence, denied in
    a statement of its own after it ("…, but Minsk denies this", "…, a claim Minsk rejected").
    ``pronoun``: the claim before the sentence, denied by a word standing for it ("Ukraine's air force
    rejected that, saying …"), before ``until`` (the sentence's first direction), if given.
    """
    m = (_THIS_DENIED if within or pronoun else _REFERENCE_DENIAL).search(sentence.flat)
    if (
        m is None
        or (until is not None and sentence.start + m.start() >= until)
        or (pronoun and m.group("noun"))
    ):
        return []  # ("dismissed the claims", a sentence on: whose, it does not say)
    start, end = sentence.start + m.start(), sentence.start + m.end()
    if within:  # the claims of this sentence with a direction before the denial (newest directions last)
        before = [c for c in claims if any(d.start < start for d in _since(c.directions, sentence.start))]
    else:
        before = [c for c in claims if c.directions and c.directions[-1].start < sentence.start]
    part = statement_part(report, sentence, start, end) if within else None
    if not before or _negation(sentence.flat[(part[0] - sentence.start if part else 0) : m.start()]):
        return []  # "did not deny these reports" confirms them
    span = report.excerpt(sentence, start, end)
    # (the subject right after the verb of a relative "czemu zaprzecza Kijów", "чему возражает Киев")
    after = next(iter(people.between(end, min(end + 30, sentence.end))), None)
    relative = re.match(r"(?i:czemu|чему|чому)\b", m.group()) is not None
    subject = (
        next(iter(people.between(sentence.start + m.start("subj"), sentence.start + m.end("subj"))), None)
        if m.groupdict().get("subj")
        else None
    )
    speaker = (
        subject
        or (after if relative else None)
        or speaker_at(report, sentence, start, end, people, part)
        or after
    )
    if m.groupdict().get("subj") and subject is None:
        return []  # "which Poland denied": no speaker the report names there
    claim = max(before, key=lambda c: c.directions[-1].start)
    if speaker is None or (claim.speaker is not None and _same_body(claim.speaker.label, speaker.label)):
        return []
    if claim.speaker is None and not within and _ACCUSED.search(report.flat, claim.directions[-1].end, start):
        # "…entered Polish territory from Ukraine. Warsaw accused Russia of being responsible. Moscow
        # denies such allegations": the accusation in between is what is denied, not the writer's words
        return []
    if m.groupdict().get("subj") and not re.fullmatch(
        r"\s*,?\s*", report.flat[max(d.end for d in claim.directions if d.start < start) : start]
    ):
        return []  # "…, and asked NATO to close the border, which Minsk rejected": the request, not the claim
    word = next(
        g
        for g in m.group(
            "verb", *(("verb2", "verb3", "verb4", "verb5", "verb6") if within or pronoun else ())
        )
        if g
    ).lower()
    # Within a sentence, what it said there before the denial; else all it said, each way once.
    said = (
        [d for d in _since(claim.directions, sentence.start) if d.start < start]
        if within
        else claim.directions
    )
    ways = dict.fromkeys((d.kind, d.countries) for d in said if d.kind in ("origin", "via", "border"))
    return [
        (Direction(kind, countries, start, end, m.group(), word), speaker, span) for kind, countries in ways
    ]


def _reported_before(report: Report, sentence: Sentence, people: People) -> Speaker | None:
    """Return who the sentence before said it, where this one reports hearsay in the Polish "miał" + infinitive.

    "Komitet Graniczny poinformował, że śmigłowiec miał naruszyć przestrzeń … Maszyna miała … zawrócić
    w kierunku Polski": the committee's account goes on (the same paragraph), no statement of the writer's.
    """
    if sentence.index == 0 or not _REPORTIVE.search(sentence.flat):
        return None
    before = report.sentences[sentence.index - 1]
    if "\n\n" in report.text[before.end : sentence.start]:
        return None  # another paragraph
    return speaker_at(report, before, before.start, before.end, people)


#: The Polish modal of hearsay: "miała zawrócić", "mieli wlecieć" (allegedly).
_REPORTIVE = regexes.compile(
    r"(?<![\w])(?:miał|miała|miało|mieli|miały)\s+(?:[\w\-]+\s+){0,6}?[\w\-]+(?:ć|c)(?![\w])"
)
#: An accusation: what "such allegations" after it stand for.
_ACCUSED = regexes.compile(
    r"(?i:\baccus\w*|\bblam\w*|oskarż\w*|obwini\w*|обвини\w*|обвиня\w*|звинува\w*|звинувач\w*)"
)


def _since(directions: list[Direction], at: int) -> Iterator[Direction]:
    """Yield a claim's directions from ``at`` on, the last first (a bound: never its whole history)."""
    for d in reversed(directions):
        if d.start < at:
            return
        yield d


#: In a statement of its own after a claim: a verb of denying with a word for it ("…, but Minsk denies
#: this", "ale Mińsk temu zaprzecza", "однако Минск это отрицает", "…, a claim Minsk rejected").
#: What was said before, as a pointing word and its noun names it ("ці звинувачення", "tę wersję").
_THIS_SAID = (
    r"(?:эти|этих|эту|ці|цих|цю|te|tę|tych|these)\s+(?:утверждени\w*|заявлени\w*|обвинени\w*|сообщени\w*|"
    r"твердженн\w*|заяв\w*|звинуваченн\w*|повідомленн\w*|doniesieni\w*|twierdzeni\w*|oskarżeni\w*|zarzut\w*|"
    r"informacj\w*|данн\w*|дані|dane|верси\w*|версі\w*|wersj\w*|сведени\w*|відомост\w*|інформаці\w*|"
    r"информаци\w*|claims|reports|allegations)"
)
#: Polish, Russian and Ukrainian verbs of denying or rejecting, every form.
_DENYING_SLAVIC = (
    r"zaprzecza\w*|zaprzeczył\w*|odrzuca\w*|odrzucił\w*|отрица\w*|отверга\w*|отверг\w*|опроверга\w*|"
    r"опроверг\w*|заперечу\w*|заперечи\w*|відкида\w*|відкину\w*|спростову\w*|спростува\w*"
)
_THIS_DENIED = regexes.compile(
    r"(?i)(?<![\w])(?:"
    # ("denied that" as a pronoun, not "denied that its jets entered …": a clause of its own)
    r"(?P<verb>denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted|refutes)\s+(?:(?:this|that|it)"
    # (not "dismissed it as insignificant": the thing, not a claim, and not untrue)
    r"(?=\s*(?:[,.;:!?]|$|and\b|as\b(?!\s+(?:a\s+|an\s+)?(?:insignificant|minor|routine|harmless|irrelevant|"
    r"unimportant|trivial|negligible|accident\w*|technical|mistake|error)\b)))|(?P<noun>the\s+claims?|the\s+allegation|the\s+accusation)(?![\w])"
    r"|(?:this|these|that|those)\s+(?:claims?|allegations?|accusations?|version|account|reports?)(?![\w]))"
    r"|(?:a|the)\s+(?:claim|charge|allegation|accusation|version)\s+(?:that\s+)?(?-i:[A-Z])[\w’'\-]+(?:\s+has)?\s+"
    r"(?P<verb2>denied|rejected|dismissed|refuted|denies|rejects)(?![\w])"
    # these claims called a lie: "назвал эти утверждения ложью", "nazwał te zarzuty kłamstwem"
    rf"|(?P<verb5>назвал\w*|назвав\w*|назвала|nazwał\w*|called)\s+{_THIS_SAID}\s+(?:(?:a|an)\s+)?"
    r"(?:ложью|ложными|неправдой|выдумкой|брехнею|неправдою|вигадкою|неправдивими|kłamstwem|nieprawdą|"
    r"fałszywymi|bezpodstawnymi|lies?|false|untrue|baseless|unfounded)(?![\w])"
    rf"|(?:temu|to|tego|czemu|это|этого|чему|це|цього|чому|{_THIS_SAID})\s+"
    r"(?:stanowczo\s+|категорически\s+|категорично\s+)?"
    rf"(?P<verb3>zdementował\w*|dementuj\w*|{_DENYING_SLAVIC})"
    rf"|(?P<verb4>{_DENYING_SLAVIC})\s+"
    rf"(?:temu|tej\s+wersji|tym\s+doniesieniom|это|этому|это\s+утверждение|це|цьому|{_THIS_SAID})(?![\w])"
    # the subject between the relative word and its verb: "which Minsk denied", "czemu Mińsk zaprzecza",
    # "чему Минск возражает" (not "что", "що": as often "that" as "which")
    r"|(?:which|czemu|чему|чому)\s+(?P<subj>(?-i:[A-ZĄĆĘŁŃÓŚŹŻА-ЯІЇЄҐЁ])[\w’'\-]+(?:\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻА-ЯІЇЄҐЁ])[\w’'\-]+)?)\s+"
    r"(?:has\s+|have\s+|had\s+|stanowczo\s+|категорически\s+|категорично\s+)?"
    rf"(?P<verb6>denied|rejected|dismissed|refuted|denies|rejects|{_DENYING_SLAVIC})(?![\w])"
    r")"
)
#: A verb of denying and, as its object, a word standing for what was said before ("these claims").
_REFERENCE_DENIAL = regexes.compile(
    r"(?i)(?<![\w])(?P<verb>denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|refuted|refutes|"
    r"отверг\w*|отрица\w*|опроверг\w*|відкинул\w*|відкинув|відкида\w*|спростува\w*|спростову\w*|"
    r"заперечи\w*|заперечу\w*|odrzucił\w*|odrzuca\w*|zaprzeczył\w*|zaprzecza\w*|zdementował\w*|dementuj\w*)"
    # a word pointing back ("these", not "the"): "dismissed the reports of casualties" is about something else
    r"\s+(?:(?:these|this|such|those|эт\w+|так\w+|подобн\w+|ц\w{1,2}|подібн\w+|tę|te|takie|tym|tej|tych|"
    r"tego|tak\w+)\s+)(?:claims?|reports?|allegations?|accusations?|version|suggestions?|statements?|assertions?|"
    r"верси\w+|заявлени\w+|утверждени\w+|обвинени\w+|сообщени\w+|версі\w+|заяв\w*|твердженн\w+|"
    r"звинуваченн\w+|повідомленн\w+|wersj\w+|doniesieni\w+|twierdzeni\w+|oskarżeni\w+|zarzut\w*|sugesti\w+|"
    r"informacj\w+|informacje)(?![\w])(?!\s+(?:of|about|on|o|об|о|про|что|що|że)\b)"
)


def _without_echoes(report: Report, claims: list[Claim]) -> list[Claim]:
    """Drop the unattributed claims of headlines that repeat what a speaker of the report claims.

    A headline repeats a speaker's words without naming them ("Prokuratura: bardzo wysokie
    prawdopodobieństwo przelotu z Białorusi", then the prosecutor's own words): one claim, the
    speaker's, not a second one by no one.  A sentence of the writer's own stays a claim.
    """
    said = {(d.kind, d.countries) for c in claims if c.speaker for d in c.directions}
    # ... and a headline's claim given to someone before a colon ("Минобороны Польши: … ракета могла
    # прилететь с территории Украины"), when the report's body says the same with its speaker.
    said_below = {
        (d.kind, d.countries)
        for c in claims
        if c.speaker
        for d in c.directions
        if not _headline(report, d.start)
    }
    return [
        c
        for c in claims
        if not all((d.kind, d.countries) in said and _headline(report, d.start) for d in c.directions)
        or (c.speaker and not all((d.kind, d.countries) in said_below for d in c.directions))
    ]


def _without_country_echoes(claims: list[Claim]) -> list[Claim]:
    """Drop a country's claim that one of its own bodies or people makes too, in the same directions.

    "Белоруссия сообщила о нарушении … со стороны Польши", then "Белорусское минобороны отмечает …":
    one claim, the ministry's; a country's claim that no one of its own repeats stays.
    """

    def ways(claim: Claim) -> set[tuple[str, tuple[str, ...]]]:
        return {(d.kind, d.countries) for d in claim.directions}

    return [
        c
        for c in claims
        if not (c.speaker and c.speaker.kind == "country")
        or not any(
            o is not c
            and o.speaker
            and o.speaker.kind != "country"
            and _speaker_countries(o.speaker) & _speaker_countries(c.speaker)
            and ways(c) <= ways(o)
            for o in claims
        )
    ]


def _headline(report: Report, at: int) -> bool:
    """Whether the line holding ``at`` is a headline: short, and with no stop at its end."""
    start = report.paragraph_start(at)
    end = report.text.find("\n", at)
    end = end if end >= 0 else len(report.text)
    if end - start > 600:
        return False  # twenty words are never this long: a long paragraph is not read whole for each phrase
    line = report.text[start:end].strip()
    return len(line.split()) <= 20 and not line.endswith((".", "!", "?", "…", '"', "”", "»", "“"))


def _other_origin(claim: Claim, direction: Direction) -> bool:
    """Whether ``direction`` gives ``claim`` a second origin (a route starts in one country)."""
    return direction.kind == "origin" and bool(claim.origins - {direction.countries})


_ANNOUNCED = regexes.compile(
    r"\s*(?:об этом|про це|o tym|this was|that was|it was|как сообщил\w*|как передает|як повідоми\w*|"
    r"as (?:reported|announced|stated) by|(?:\w+\s+){1,2}o tym\b)",
    re.I,
)


_ENDS_A_SENTENCE = regexes.compile(r"[.!?…»”\"]\s*$")


def _announced_after(report: Report, sentence: Sentence, people: People) -> Speaker | None:
    """Return who the next sentence says said this one ("… z Białorusi. Про це повідомив Зеленський")."""
    if sentence.index + 1 >= len(report.sentences):
        return None
    after = report.sentences[sentence.index + 1]
    if not _ANNOUNCED.match(after.flat):
        return None
    return speaker_at(report, after, after.start, after.end, people)


def _announced_before(report: Report, at: int, people: People) -> Speaker | None:
    """Return who the paragraph before a quotation that opens its own says is speaking.

    "Про це президент Володимир Зеленський розповів у відеозверненні." then, in a paragraph of its
    own, the words in quotation marks: his.  Only a quotation that opens its paragraph, and only
    the last sentence before it.
    """
    cut = report.paragraph_start(at)
    if cut == 0 or report.text[cut:at].strip(" \"“„«'") or at - cut > 2:
        return None
    before = report.sentence_at(cut - 1)
    if report.quotation_at(before.start, before.end) is not None:
        return None  # a quotation before: the rule of quotations that continue decides
    return speaker_at(report, before, before.start, before.end, people)


def _continues(report: Report, at: int) -> bool:
    """Return whether a quotation continues the one before it.

    That is one in its own paragraph, or one the paragraph before left open (the press's way of
    running one speaker's words over paragraphs).
    """
    cut = report.paragraph_start(at)
    opened = report.text[max(cut, at - 400) : at - 1]  # the words just before: a bound per quotation
    if "“" in opened or '"' in opened:
        return True
    previous = report.last_quotation_before(cut)
    if previous is None or not previous.open:
        return False
    # Only spaces between them: found once per paragraph (the gap may be long, its quotations many).
    blank = report.memo("blank before paragraphs", lambda _: {})
    if cut not in blank:
        blank[cut] = _NOT_SPACE.search(report.text, previous.end, cut) is None
    return blank[cut]


_NOT_SPACE = regexes.compile(r"\S")


#: A hostile act named right before "on the part of": "провокація з боку Росії", "agresja ze strony
#: Rosji", "provocation on the part of Russia" (the side that acted, not where anything came from).
_HOSTILE_ACT = regexes.compile(
    r"(?i:провокац\w*|агресі\w*|агресси\w*|агрессия|prowokac\w*|agresj\w*|provocation\w*|aggression)"
    r"(?:\s+[\w\-]+){0,2}\s*$"
)


#: The stems of words of flying in, crossing or violating.
_ENTRY_STEMS = (
    r"залет|заліт|залеті|прилет|приліт|прилеті|влет|вліт|влеті|перелет|переліт|перелеті|пролет|проліт|"
    r"пролеті|проник|вторг|пересек|пересеч|перетн|перетин|нарушени|порушенн|наруш|поруш|nadlec|nadlat|wlec|wlat|"
    r"przylec|przylat|przelec|przelat|narusz|wtarg|przekrocz|violat|intru|incursion|entered|flew|flying|crossed"
)
#: A word of flying in, crossing or violating, a few words before "on the part of" ("що залітали з
#: боку Білорусі", "нарушений воздушного пространства со стороны Украины").
_ENTRY_BEFORE = regexes.compile(rf"(?i:(?:{_ENTRY_STEMS})\w*(?:\s+[\w\-]+){{0,4}}\s+$)")
#: A word of entering anywhere before in the clause, for "from the border with Ukraine" (``entry``):
#: also of going in ("увійшов у повітряний простір", "вошел", "breached").
#: The words of entry and of going in ("увійшов у повітряний простір", "вошел", "breached").
_ENTERING = rf"{_ENTRY_STEMS}|увійш|увійд|вош[её]л|вошл|breach|enter"
_ENTERED_IN_CLAUSE = regexes.compile(
    # (a time's colon ends no clause: "між 03:22 і 03:35")
    rf"(?i:\b(?:{_ENTERING})\w*(?:[^.;:!?]|(?<=\d):(?=\d))*$)"
)


#: A drone or balloon within five words before: the subject of a verb of flying in the present.
def _reported_object(flat: str, at: int) -> bool:
    """Whether a drone's or balloon's noun at ``at``, "from" a country after it, is one reported to have flown.

    It is what a report is about ("o możliwym dronie z Białorusi", "про дрон з Білорусі", only
    adjectives between) or the subject opening its clause ("Dron z Białorusi widziano …"); not
    goods, people or a case ("kupować drony z Ukrainy", "operatorzy dronów z Ukrainy", "w przypadku
    dronów z Białorusi"), not what it is ("походження дрона з Росії") nor another's words named, in
    quotation marks of their own or called fake ("фейк про дрон з України", «безпілотник з України»).
    """
    before = flat[max(0, at - 80) : at]
    if flat[at - 1 : at] in _OPENING_MARKS or _ORIGIN_NOUN_BEFORE.search(before) or _FAKE.search(before):
        return False
    return bool(_ABOUT_BEFORE.search(before) or _CLAUSE_OPENS.search(before) or _EVENT_BEFORE.search(before))


#: "About" and at most two adjectives right before the noun: "o możliwym", "про можливий", "о возможном".
_ABOUT_BEFORE = regexes.compile(
    r"(?i:(?<![\w])(?:o|об|о|про)\s+(?:[^\W\d_]+(?:ym|ych|ej|ego|ą|ий|ій|ого|их|ої|ом|ой|ых|ый|ая|ую|ое|ні|ие|ые)\s+){0,2}$)"
)
#: A verb of falling, flying in or being found right before it, the noun its subject or object: "przy
#: granicy spadł dron z Białorusi", "упав дрон з Білорусі", "znaleziono balon z Białorusi".
_EVENT_BEFORE = regexes.compile(
    r"(?i:(?<![\w])(?:spadł|spadła|spadły|rozbił|wleciał|przyleciał|nadleciał|pojawił|zauważono|znaleziono|"
    r"wykryto|упав|упала|упали|впав|впала|впали|упал|залетів|залетіли|залетел|залетели|прилетів|прилетел|"
    r"виявили|виявлено|обнаружили|обнаружен|знайшли|знайдено|нашли|найден|заметили|помітили|crashed|fell)\w*"
    r"\s+(?:się\s+)?$)"
)
#: The noun opens its clause: nothing but a joining word or a time before it.
_CLAUSE_OPENS = regexes.compile(r"(?:^|[.;:!?—–-]\s*|,\s*(?:a|i|а|і|и|але|ale|но)\s+)$")
#: A word calling what follows false: "фейк про", "бредом … сообщения о", "bzdurą", "propaganda".
_FAKE = regexes.compile(
    r"(?i:фейк|fake|бред|маячн|bzdur|propagand|пропаганд|дезинформ|дезінформ|dezinform|вигадк|выдумк|nonsense|"
    r"чуш|брехн|kłamst|неправд|ложь|лж[еи])"
)
#: A word of origin right before a drone's noun: "походження дрона", "pochodzenie drona", "происхождение".
#: ... or of attack: "Удари дронів з Росії по Україні", "ataki dronów z Rosji" (whose strikes, on whom).
_ORIGIN_NOUN_BEFORE = regexes.compile(
    r"(?i:(?:походженн|происхождени|pochodzeni|origin|удар|атак|обстріл|обстрел|atak|ostrzał|strike|attack)\w*"
    r"\s+(?:\w+\s+)?$)"
)
_OPENING_MARKS = frozenset("«„“\"'")
#: (a relative clause's comma after the object: "balony, które wlatują … z Białorusi")
_OBJECT_BEFORE = regexes.compile(rf"(?i:(?<![\w])(?:{_WEAPON_STEMS})\w*,?(?:\s+[\w\-]+){{0,4}}\s+$)")
#: A word of entering within eight words before, none of them a person's ("relacjonował mieszkaniec").
_NEAR_ENTRY = regexes.compile(
    rf"(?i:\b(?:{_ENTERING})\w*"
    r"(?:\s+(?!(?:mieszka|rodzin|житель|жител|мешкан|родин|семь|сім|farmer|family|resident|people|reporter|"
    r"relacjon|сообщ|повідом|said|told)\w*)[\w\-:’']+){0,8}\s+$)"
)
#: A word of moving before "over", "над": "flew over", "пролетел над", "рухалися над", "the route over".
_MOTION_BEFORE = regexes.compile(
    r"(?i:(?<![\w])(?:fl(?:y|ies|ying|ew|own)|pass(?:es|ed|ing)?|mov(?:es|ed|ing)|head(?:s|ed|ing)|travel\w*|"
    r"routes?|path|trajector\w*|cross(?:es|ed|ing)|transit\w*|drift\w*|пролет\w*|проліт\w*|пролит\w*|летел\w*|"
    r"летіл\w*|летів|летит\w*|летят|летять|летя\w*|рух\w*|руха\w*|двига\w*|маршрут\w*|траектор\w*|траєктор\w*|"
    r"курс\w*|перелет\w*|переліт\w*|дрейф\w*|"
    # or of being seen there, on the way: "поява дронів над Молдовою", "drones were spotted over"
    r"пройш\w*|прош(?:ел|ёл|ла|ли)|поява|появу|появи|появою|появлени\w*|appear(?:ed|ing)|spotted|seen|sighted|"
    r"detected|зафікс\w*|зафикс\w*|виявлен\w*|обнаруж\w*|поміч\w*|замеч\w*|"
    # (Polish, for "jeszcze nad": "wychwycony jeszcze nad terytorium Białorusi")
    r"wykry\w*|wychwyc\w*|zauważ\w*|namierz\w*|zarejestrow\w*|lecia\w*|lecą\w*|przelat\w*)"
    # (within five words of "over", "над": "flew all the way from Ukraine over", not "routine patrols over")
    r"(?![\w])(?:\s+[\w’'\-]+){0,5}\s*$)"
)
#: A distance right before "from the border with": where a thing is, not where it came from.
_DISTANCE_BEFORE = regexes.compile(
    r"(?i:(?:\d|(?<![\w])(?:a\s+few|several|some|kilka\w*|kilkanaście|kilkadziesiąt|кілька|кількох|декілька|"
    r"несколько|нескольких))\s*(?:km|kilomet\w*|miles?|metres?|meters?|м|км|кілометр\w*|километр\w*)\s*$)"
)
#: A raid or attack right before "ze strony", "з боку", "со стороны": whose ("po nocnym nalocie ze
#: strony Rosji"), not where from ("atak był nie od strony Ukrainy" and "z terytorium Rosji" are).
_RAID = regexes.compile(
    # (a strike, shelling or aggression too: "під час масованого удару з боку рф", whose strike)
    r"(?i:nalo(?:t|cie|tu|tów)|atak(?:u|iem|ów)?|ostrza(?:ł|łu|łem)|напад\w*|атак[аиуе]\w*|удар(?:у|ом|а|ів|ов)?|"
    r"обстріл\w*|обстрел\w*|агресі\w*|агресси\w*|agresj\w*)\s+$"
)
_ON_THE_PART = regexes.compile(r"(?i:ze\s+strony|з\s+боку|со\s+стороны)\b")


def _directions(report: Report, sentence: Sentence, found: Found) -> list[Direction]:
    out: list[Direction] = []
    # What the phrases taken so far cover ("into" apart): one lookup per phrase, linear in the sentence.
    taken = {True: bytearray(len(sentence.flat) + 1), False: bytearray(len(sentence.flat) + 1)}
    back = bytearray(len(sentence.flat) + 1)  # the words of where something went back to
    for pattern, matches in zip(PATTERNS, phrases(sentence.flat), strict=True):
        kind = pattern.kind
        for m in matches:
            start, end = sentence.start + m.start(), sentence.start + m.end()
            # "entered Polish airspace from Belarus" says both where from and what was entered.
            if any(taken[kind == "into"][m.start() : m.end()]) or (
                kind == "into" and any(back[m.start() : m.end()])
            ):
                continue
            countries = _countries(m, found, sentence.start, regions=pattern.regions, places=pattern.places)
            # A region named as where from stands for its country as a village does: only where
            # another country is said to be entered ("flew into Romania from the Odesa region"; "from
            # the Lublin region", in Poland, is no way: see find_claims)
            by_region = False
            if not countries and kind == "origin" and not pattern.regions:
                countries = _countries(m, found, sentence.start, regions=True)
                by_region = bool(countries)
            if not countries or (kind in ("border", "crossing") and len(countries) != 2):
                continue
            if kind == "into" and _adjective_of_something_else(m, sentence.flat):
                continue  # "не причетна до російських дронів": whose drones, not a country entered
            if kind == "via" and not _territorial(m, sentence.flat):
                continue  # "zestrzelone przez polskie lotnictwo", "by Russian drones": who, not which way
            if kind == "origin" and (
                _PLATFORM.match(sentence.flat, m.end("x")) or _PLATFORM.search(" " + m.group("x"))
            ):
                continue  # "wystrzelony z rosyjskiego statku", "from a Polish F-16": what from, not where
            if kind == "origin" and (
                _HOSTILE_ACT.search(sentence.flat, max(0, m.start() - 40), m.start())
                or (
                    _ON_THE_PART.match(m.group())
                    and _RAID.search(sentence.flat, max(0, m.start() - 30), m.start())
                )
            ):
                continue  # "провокацією з боку Росії", "prowokacja ze strony Rosji": who acted, not where from
            if (
                kind == "origin"
                and m.group().lower().startswith("aircraft")
                and _INTERCEPTING.search(sentence.flat)
            ):
                continue  # "aircraft from Poland and allied forces shot down drones": whose, not where from
            if (
                kind == "via"
                and pattern.group != "neg"  # ("shot down outside Romanian airspace" denies it)
                and _DOWNED.search(sentence.flat, max(0, m.start() - 50), m.start())
            ):
                continue  # "drones shot down over Poland", "сбитые над Польшей дроны": where, not a way
            if pattern.object and not _an_object(sentence.flat[max(0, m.start() - 120) : m.end() + 60]):
                continue  # "migranci próbowali przekroczyć polsko-białoruską granicę": people, no object
            if (
                pattern.side
                and not _not_a_liner(sentence.flat, m.start(), m.end())
                and not _ENTRY_BEFORE.search(sentence.flat, max(0, m.start() - 60), m.start())
            ):
                continue  # "запит на юридичну підтримку з боку України": whose help, not where from
            if pattern.motion and not _MOTION_BEFORE.search(sentence.flat, max(0, m.start() - 60), m.start()):
                continue  # "сообщения о дронах над Польшей", "reports of drones over Poland": where, no way
            if pattern.nominal and not _reported_object(sentence.flat, m.start()):
                continue  # "kupować drony z Ukrainy", "фейк про дрон з України": no report of a flight
            if pattern.near_object and not _OBJECT_BEFORE.search(
                sentence.flat, max(0, m.start() - 80), m.start()
            ):
                continue  # "flights to Kyiv arrive from Germany": airliners, whatever else the sentence names
            if pattern.near_entry and not _NEAR_ENTRY.search(
                sentence.flat, max(0, m.start() - 120), m.start()
            ):
                continue  # "a family from the village of Lisne in Ukraine": where they are from
            if pattern.entry and (
                not _ENTERED_IN_CLAUSE.search(sentence.flat, 0, m.start())
                or _DISTANCE_BEFORE.search(sentence.flat, max(0, m.start() - 30), m.start())
            ):
                continue  # "fell 20 km from the border with Ukraine": where, not where from
            if pattern.aircraft and not (
                any(_kind(c) == "aircraft" for c in _CARRIER.finditer(sentence.flat))
                or (_about_military_aircraft(report) and not _CIVIL.search(sentence.flat))
            ):
                continue  # "lot z Warszawy": a liner's flight, or one in a report of drones or balloons
            # The negation is looked for in the clause up to the area, the phrase's own words
            # included ("nadleciały nad Polskę nie z terytorium Ukrainy").
            # (the phrase's own words count: "прилетел ли дрон из Белоруссии")
            before = sentence.flat[max(0, m.start() - 200) : m.start("x")]
            if (
                _asked(before)
                or _questioned(before, sentence.flat, m.end())
                or _warned(before, sentence.flat, m.start(), m.end())
                or _counterfactual(before, sentence.flat)
                or _planned(before)
                or _none_such(before)
            ):
                continue  # "when asked if the missile had been fired from Russia": a question, no one's claim
            # In a sentence of two statements, only the phrase's own: "Мінськ заперечує, що …, тоді
            # як Варшава наполягає, що вони залетіли саме з Білорусі" (Warsaw's claim, not denied).
            part = statement_part(report, sentence, start, end)
            lo = part[0] - sentence.start if part else 0
            negated = (
                m.groupdict().get("neg")
                or _negation(sentence.flat[max(lo, m.start("x") - 200) : m.start("x")])
                or _hedged(sentence.flat[max(lo, m.start() - 200) : m.start()])
                or _called_false(sentence.flat[max(lo, m.start() - 200) : m.start()])
            )
            if (
                not negated
                and kind in ("origin", "via")
                and (after := _NOT_AFTER.match(sentence.flat, m.end()))
            ):
                negated = after.group("neg")  # "через Эстонию он не пролетал", "przez Litwę nie przelatywał"
            if not negated and kind == "into" and (after := _NOT_FOUND_AFTER.match(sentence.flat, m.end())):
                # "вторгнень … у румунський повітряний простір не виявлено": the phrase reaches to its denial
                negated, end = after.group("neg"), sentence.start + after.end()
            if negated == "never" and _IN_SUCH_NUMBERS.match(sentence.flat, m.end()):
                negated = ""  # "never before had drones entered … from Belarus in such numbers": they did
            if not negated:
                # "… не соответствуют действительности, заявил министр": the phrase reaches to the
                # words that deny it, and so its speaker is who says them.
                negated, denied_to = _denied_after(sentence.flat, m.start(), m.end())
                end = sentence.start + denied_to if negated else end
            # (a region entered, "в Калининградскую область", is no country flown through)
            carrier = (
                ("region" if _region(m) else _carrier(sentence.flat, m.start(), m.end()))
                if kind == "into"
                else ""
            )
            out.append(
                Direction(
                    kind,
                    countries,
                    start,
                    end,
                    m.group(),
                    negated,
                    carrier,
                    pattern.places or by_region,
                    pattern.back,
                    pattern.leaving,
                )
            )
            taken[kind == "into"][m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            if pattern.back:
                back[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            if kind in ("origin", "via"):
                out += _also_named(sentence, m, kind, negated, taken[False])
    out = _entered_on_the_way(out, sentence)
    # One country named once is one direction, however many phrases read it ("not only from Ukraine
    # but also from Belarus": the list after "from Ukraine", and "also from Belarus").
    # (the first read is kept: its phrase is the one the sentence reads first)
    first: dict[tuple[str, tuple[str, ...], int, str], Direction] = {}
    for d in out:
        first.setdefault((d.kind, d.countries, d.end, d.negated), d)
    out = list(first.values())
    entered = {d.countries for d in out if d.kind == "into"}
    # "crossed into Poland" names the country entered, not one passed through.
    return sorted((d for d in out if not (d.kind == "via" and d.countries in entered)), key=lambda d: d.start)


def _region(m: re.Match[str]) -> bool:
    """Return whether a phrase's area is a region standing for its country (see ``_country_word``)."""
    # (any of its words: "до російського Калінінграда")
    return any(fold(w).startswith(stems) for w in m.group("x").split() for stems in _REGION_STEMS.values())


def _carrier_kinds(report: Report) -> frozenset[str]:
    """Return what kinds of carrier a report names ("aircraft", "plane", "other"), read once."""
    return report.memo("carrier kinds", lambda r: frozenset(_kind(m) for m in _CARRIER.finditer(r.flat)))


def _about_aircraft(report: Report) -> bool:
    """Return whether a report names crewed aircraft or planes and no weapon, drone or balloon at all."""
    kinds = _carrier_kinds(report)
    return bool(kinds) and "other" not in kinds


def _about_military_aircraft(report: Report) -> bool:
    """Return whether a report is about aircraft (see ``_about_aircraft``), a military one named."""
    return _about_aircraft(report) and "aircraft" in _carrier_kinds(report)


#: Words of civil aviation: a flight they name is no incident's.
_CIVIL = regexes.compile(
    r"(?i:pasażersk\w*|passenger|airliner|airline|cywiln\w*|civil\w*|рейс\w*|пассажирск\w*|пасажирськ\w*|"
    r"гражданск\w*|цивільн\w*|czarter\w*|charter)"
)


def _an_object(words: str) -> bool:
    """Whether words name a weapon, drone or balloon, or a military aircraft or helicopter (no liner)."""
    return bool(
        re.search(_WEAPON, words)
        or _HELICOPTER.search(words)
        or any(_kind(c) == "aircraft" for c in _CARRIER.finditer(words))
    )


def _not_a_liner(flat: str, start: int, end: int) -> bool:
    """Whether the way at ``start:end`` is an object's: a weapon, drone, balloon or military aircraft.

    The nearest word for what flew, before the phrase, decides: a plane not said to be military
    is a liner ("літаків, що летіли з Риги (Латвія)", though a drone is named after it); "военных
    самолета со стороны Калининграда" are not.  With none before, one named near is enough.
    """
    before = list(_CARRIER.finditer(flat, max(0, start - 120), start))
    if before and _kind(before[-1]) == "plane":
        return _MILITARY_PLANE.search(flat, max(0, before[-1].start() - 40), before[-1].end()) is not None
    words = flat[max(0, start - 120) : end + 60]
    return _an_object(words) or _MILITARY_PLANE.search(words) is not None


_MILITARY_PLANE = regexes.compile(
    # (and one no one could name: "the approach of unidentified aircraft from the territory of Ukraine")
    r"(?i:\b(?:military|wojskow\w*|військов\w*|военн\w*|bojow\w*|бойов\w*|боев\w*|unidentified|unknown|"
    r"niezidentyfikowan\w*|nieznan\w*|невідом\w*|неопізнан\w*|неизвестн\w*|неопознанн\w*)\s+(?:[\w\-]+\s+)?"
    r"(?:" + "|".join(lexicon.PLANES) + r")\w*)"
)
#: Helicopters, which cross borders as what the object of a crossing is (not carriers that fly
#: through: one that crossed and went back came from there).
_HELICOPTER = regexes.compile(rf"(?i:{_HELICOPTER_STEMS}|\b(?:mi|ми|мі)-\d)")
#: A flight set out in a report: a route, a training or scheduled flight, a flight over the sea.
_TRANSIT = regexes.compile(
    r"(?i:\bflights?\s+(?:from|over)\b|\bflew\s+from\b|training\s+flights?|scheduled\s+flights?|regular\s+flights?|"
    # (jets "training in the Kaliningrad region": not a "training ground", where a drone falls)
    r"\btraining\s+(?:in|over|near|above)\b|"
    r"neutral\s+waters|territorial\s+waters|\bgulf\s+of\b|\bover\s+the\s+(?:sea|baltic)|\bbaltic\s+sea|"
    r"\boff\s+the\s+coast\b|u\s+wybrzeży|у\s+побережья|біля\s+узбережжя|"
    r"\b(?:prze)?lot\w*\s+(?:z|ze|nad)\b|\bleciał\w*\s+(?:z|ze)\s+[^\W\d_]+\w*\s+do\b|\bflying\s+from\b|"
    r"\bлетел\w*\s+из\s+\w+\s+в\b|\bлетіл\w*\s+з\s+\w+\s+(?:до|в)\b|lot\w*\s+szkolen\w*|planow\w+\s+lot\w*|ćwicze\w*|wodami\s+(?:neutraln|terytorialn)\w*|"
    r"\bzatok\w*|morz\w*\s+bałtyck\w*|nad\s+morzem|"
    r"перел[её]т\w*\s+из|переліт\w*\s+з|планов\w+\s+пол[её]т\w*|планов\w+\s+політ\w*|планов\w+\s+польот\w*|пол[её]т\w*\s+над|польот\w*\s+над|"
    r"нейтральн\w+\s+вод\w*|территориальн\w+\s+вод\w*|територіальн\w+\s+вод\w*|залив\w*|зато[кц]\w*|"
    r"балтийск\w+\s+мор\w*|балтійськ\w+\s+мор\w*|над\s+морем|учени\w*|навчан\w*|тренировочн\w*|"
    # near an island: over the sea ("near Vaindloo Island", "поблизу острова Вайндлоо")
    r"\bisland\b|\bостров[аеу]?\b|\bострів\b|\bwysp[ayie]\b)"
)


def _flew_through(direction: Direction, aircraft_report: bool) -> bool:
    """Return whether a country said to be entered was flown through: by a crewed aircraft.

    The sentence's own word for what entered decides; where it names none ("Russia violated
    Estonian airspace"), the report's, if it names aircraft only.
    """
    return direction.carrier == "aircraft" or (direction.carrier == "" and aircraft_report)


def _carrier(flat: str, start: int, end: int) -> str:
    """Return what the sentence says entered: "aircraft", "other", or "" (see ``Direction.carrier``).

    The nearest word for one before the phrase, or within it ("its jets entered"), else the first
    after it ("airspace was violated by Russian planes").
    """
    before = list(_CARRIER.finditer(flat, max(0, start - 200), end))
    hit = before[-1] if before else _CARRIER.search(flat, end, end + 100)
    if hit is None:
        return ""
    if _kind(hit) != "other" and _INTERCEPTOR.search(flat, max(0, hit.start() - 40), hit.start()):
        return "other"  # "NATO jets did not enter Belarusian airspace": who intercepts, not what intruded
    return "aircraft" if _kind(hit) == "plane" else _kind(hit)


#: Words of intercepting: aircraft a sentence has doing it are the defenders.
_INTERCEPTING = regexes.compile(
    r"(?i:\bshot\s+down|\bscrambled|\bintercept\w*|zestrzel\w*|poderwan\w*|przechwyc\w*|сбил\w*|збил\w*|"
    r"перехоп\w*|перехват\w*|подняты|піднят\w*)"
)
#: Words before an aircraft that make it an interceptor: NATO's or an ally's, or a Western type.
_INTERCEPTOR = regexes.compile(
    r"(?i:\b(?:nato|allied|alliance|sojusznicz\w*|natowsk\w*|союзн\w*|f-\d+|eurofighter|typhoon|gripen|"
    r"polish|polsk\w*|польськ\w*|польск\w*|dutch|holendersk\w*|italian|włosk\w*|german|niemieck\w*|"
    r"spanish|hiszpańsk\w*|british|brytyjsk\w*|american|amerykańsk\w*)\b[^.;]{0,30}$)"
)


def _kind(carrier: re.Match[str]) -> str:
    return "aircraft" if carrier.group("air") else "plane" if carrier.group("plane") else "other"


def _also_named(
    sentence: Sentence, m: re.Match[str], kind: str, negated: str, taken: bytearray
) -> list[Direction]:
    """Return the other ways an origin or route phrase names after its country.

    A list ("from Ukraine or Belarus": one phrase, two countries, denied alike), and the way said
    instead of a denied one or after "not only" ("nie z Białorusi, lecz z Ukrainy", "not only from
    Belarus but also from Ukraine"), unless another phrase took its words already.
    """
    flat, out = sentence.flat, []
    for country, at, to in _listed(flat, m.end("x")):
        phrase = m.group()[: m.start("x") - m.start()] + flat[at:to]
        out.append(Direction(kind, (country,), sentence.start + at, sentence.start + to, phrase, negated))
    not_only = _NOT_ONLY.search(flat, max(0, m.start() - 60), m.start("x")) is not None
    if (
        not negated
        and (rather := _BUT_NOT.match(flat, m.end()))
        and not any(taken[rather.start("x") : rather.end("x")])
    ):
        hit = _country_word(rather.group("x"))
        if hit is not None and not hit[1]:  # "со стороны Украины, а не Молдовы": the other way denied
            at, to = rather.span("x")
            phrase = m.group()[: m.start("x") - m.start()] + flat[at:to]
            out.append(Direction(kind, (hit[0],), sentence.start + at, sentence.start + to, phrase, "not"))
    others = _OTHERS.match(flat, m.end("x")) if kind == "origin" and not negated else None
    if others and not any(taken[others.start("x") : others.end("x")]):
        hit = _country_word(others.group("x"))
        if hit is not None and not hit[1]:  # "some from Belarus, others from Ukraine": both said
            at, to = others.span("x")
            out.append(
                Direction(
                    kind, (hit[0],), sentence.start + at, sentence.start + to, others.group().strip(), ""
                )
            )
    instead = _instead(flat, m.end()) if negated or not_only else None
    if instead and not any(taken[instead[1] : instead[2]]):  # ("а с территории …" is read on its own too)
        country, at, to = instead
        out.append(
            Direction(kind, (country,), sentence.start + at, sentence.start + to, flat[m.end() : to], "")
        )
        taken[at:to] = b"\x01" * (to - at)
    return out


#: The second part of drones said to come from another country, right after the first's: "some
#: from Belarus, others from Ukraine", "część z Białorusi, a część z Ukrainy", "частина … з
#: Білорусі, а інша – з України", "часть … из Беларуси, а другая часть — из Украины".
_OTHERS = regexes.compile(
    r"(?i:\s*[,;]?\s*(?:(?:and|while|whereas|a|а|і|й|та|и|zaś|natomiast)\s+)?"
    r"(?:(?:the\s+)?others?|the\s+rest|some|część|czesc|pozostałe|pozostałych|inne|reszta|resztę|"
    r"інша|інші|інших|решта|частина|другая(?:\s+часть)?|другие|остальные|часть|иные)"
    r"(?:\s+(?:of\s+them|z\s+nich|з\s+них|из\s+них|dronów|дронів|дронов))?\s*[–—\-]?\s*"
    r"(?:(?:came|flew|were)\s+)?(?:from|z|ze|з|із|зі|из|с|со)\s+"
    r"(?:the\s+territory\s+of\s+|terytorium\s+|території\s+|территории\s+)?)(?P<x>[^\W\d_][\w’'\-]*)"
)


#: A way said, then another denied right after it: "from Ukraine, not Moldova", "с Украины, а не из
#: Молдовы", "z Ukrainy, a nie z Mołdawii".
_BUT_NOT = regexes.compile(
    r"(?i:\s*,?\s*(?:and\s+not|but\s+not|not|а\s+не|a\s+nie|nie\s+zaś|а\s+ні)\s+(?!only\b|tylko\b|только\b|лише\b)"
    r"(?:(?:from|z|ze|з|із|зі|из|с|со|від|от|od\s+strony|со\s+стороны|з\s+боку|through|via|przez|через)\s+"
    r"(?:the\s+)?)?)(?P<x>[^\W\d_][\w’'\-]*)"
)


def _instead(flat: str, at: int) -> tuple[str, int, int] | None:
    """Return the country a denied way is corrected to right after it, and where its name stands.

    "did not come from Belarus but from Ukraine", "nie z Białorusi, lecz z Ukrainy", "не из
    Белоруссии, а из Украины", "не з Білорусі, а з України": the same kind of way, not denied.
    """
    m = _INSTEAD.match(flat, at)
    group = ("x" if m.group("x") else "bare") if m else ""
    hit = _country_word(m.group(group)) if m else None
    if m is None or hit is None or hit[1]:
        return None
    return hit[0], m.start(group), m.end(group)


_INSTEAD = regexes.compile(
    r"(?i:\s*,?\s*(?:but|rather|lecz|ale|tylko|a|а|но|лише|тільки|только|але)\s+"
    r"(?:(?:also|również|także|też|i|и|й|і|также)\s+)?)"
    r"(?:(?i:from|z|ze|з|із|зі|из|с|со|від|от|od\s+strony|со\s+стороны|з\s+боку)\s+"
    r"(?i:(?:the\s+)?territory\s+of\s+|terytorium\s+|территории\s+|території\s+)?(?P<x>[^\W\d_][\w’'\-]*)"
    # the preposition left out, the country closing the clause: "nie od strony Ukrainy, a Białorusi."
    r"|(?P<bare>[^\W\d_][\w’'\-]*)(?=\s*(?:[.,;:!?)]|$)))"
)


def _entered_on_the_way(directions: list[Direction], sentence: Sentence) -> list[Direction]:
    """Read a country entered before another in one sentence, "until" between, as passed through.

    "вошел в воздушное пространство Латвии … пока не вошел в воздушное пространство Эстонии":
    Latvia on the way, Estonia entered.  Without it two countries entered stay entered ("drones
    entered Polish and Romanian airspace", "…, and a third later entered Romanian airspace").
    """
    into = sorted((d for d in directions if d.kind == "into"), key=lambda d: d.start)
    out = list(directions)
    for first, then in pairwise(into):
        between = sentence.flat[first.end - sentence.start : then.start - sentence.start]
        if first.countries != then.countries and _THEN.search(between) and ";" not in between:
            out[out.index(first)] = Direction(
                "via", first.countries, first.start, first.end, first.phrase, first.negated
            )
    # "залетел в Белоруссию и пролетел через нее в Польшу", "entered Belarus and flew through it":
    # the country entered, then flown through by a pronoun standing for it, right after it
    for d in into:
        after = sentence.flat[d.end - sentence.start :]
        it = _THROUGH_IT.match(after)
        # (on to another country after it: "… through it into Poland"; not "entered Polish airspace
        # and flew through it", the one country entered)
        onward = it is not None and (
            any(o.kind == "into" and o.start > d.end and o.countries != d.countries for o in directions)
            or _onward(after[it.end() :], d.countries[0])
            or _ANOTHER_COUNTRY_AFTER.match(after, it.end()) is not None
        )
        if onward and d in out and not d.negated:
            out[out.index(d)] = Direction("via", d.countries, d.start, d.end, d.phrase, d.negated)
    return out


#: Into or to a country right after "through it": "… through it into Poland", "… przez nią do Polski".
_ANOTHER_COUNTRY_AFTER = regexes.compile(r"(?i:\s+(?:into|to|towards?|do|в|у|до|на)\s+(?:the\s+)?[^\W\d_]+)")
#: Flying through a pronoun right after a country entered, joined by "and": "… і пролетів через неї",
#: "and flew through it", "i przeleciał przez nią".
_THROUGH_IT = regexes.compile(
    r"(?i:[^.;:!?,]{0,30}?\s(?:and|i|і|й|та|и)\s+(?:then\s+|potem\s+|потім\s+|затем\s+|потом\s+)?"
    r"[\w\-]+\s+(?:through|across|przez|через|крізь|сквозь)\s+(?:it|nią|niego|nie|неї|нього|нее|неё|него|них)(?![\w]))"
)


#: "Until", before the second entry: the same flight went on ("пока не вошел", "dopóki nie wleciał").
#: Not "then" or "later", which as often join entries of different drones.
_THEN = regexes.compile(
    r"(?<![\w])(?:until|till|пока\s+не|поки\s+не|доки\s+не|dopóki\s+nie|póki\s+nie)(?![\w])",
    re.I,
)


def _crossed(directions: list[Direction], target: str | None) -> list[Direction]:
    """Read each border crossed as where the drones came from: the side that is not ``target``.

    ``target`` is the country the report most often says was entered ("the border between Ukraine
    and Poland" crossed, in a report of drones entering Poland: from Ukraine).  A crossing of a
    border that does not touch it, or in a report that names no country entered, says nothing.
    """
    out = []
    for d in directions:
        if d.kind != "crossing":
            out.append(d)
        elif target in d.countries and len(set(d.countries)) == 2:
            (other,) = set(d.countries) - {target}
            out.append(Direction("origin", (other,), d.start, d.end, d.phrase, d.negated))
    return out


#: A country named after another in one phrase: "or Belarus", "and from Belarus", "або Білорусі".
_LISTED = regexes.compile(
    # (a comma before a joining phrase is the phrase's: "zarówno z Rosji, jak i z Białorusi")
    r"(?:\s*,\s*(?!(?:jak\s+i|так\s+[иі]|а\s+также|а\s+також|as\s+well\s+as|но|але|ale|but|ani|ні|ни)\s)(?=[^\W\d_])"
    # ("not only from Ukraine but also from Belarus": "но также и", "а й", "ale także", "but also")
    r"|(?:\s*,)?\s+(?P<and>jak\s+i|так\s+[иі]|а\s+также|а\s+також|as\s+well\s+as|но\s+также\s+и|но\s+и|"
    r"но\s+также|але\s+також\s+[йі]|а\s+також\s+[йі]|але\s+й|але\s+і|але\s+також|а\s+й|ale\s+także|ale\s+też|ale\s+i|"
    r"but\s+also|or|and|nor|albo|lub|"
    # ("ani z kierunku Ukrainy, ani Białorusi", "ні з боку України, ні Білорусі": neither, nor)
    r"czy|i|oraz|або|чи|і|й|та|или|либо|и|ani|ні|ни)\s+)"
    r"(?P<prep>(?:from|z|ze|znad|з|із|зі|с|со|из|через|przez|via|through)\s+)?(?:neighbouring\s+|neighboring\s+)?"
    # a bloc's member: "the airspace of Moldova and NATO-member Romania"
    r"(?:(?:fellow\s+)?(?:NATO|EU)[\s\-]member\s+(?:state\s+|country\s+)?)?"
    r"(?P<x>[^\W\d_][\w’'\-]*)"
)


_NEITHER = frozenset(("ani", "ні", "ни"))
#: Countries' names in the nominative in Polish, Ukrainian and Russian, folded (the subject's case).
_NOMINATIVES = frozenset(
    fold(w)
    for w in ("Białoruś", "Ukraina", "Litwa", "Rosja", "Polska", "Łotwa", "Estonia", "Rumunia", "Mołdawia",
              "Węgry", "Słowacja", "Finlandia", "Білорусь", "Україна", "Литва", "Росія", "Польща", "Латвія",
              "Естонія", "Румунія", "Молдова", "Угорщина", "Словаччина", "Фінляндія", "Беларусь",
              "Белоруссия", "Украина", "Россия", "Польша", "Латвия", "Эстония", "Румыния", "Молдавия",
              "Венгрия", "Словакия", "Финляндия")
)  # fmt: skip
#: An area that opens with a word for who governs or speaks: "ze strony władz Białorusi", "со стороны
#: властей Беларуси", "з боку влади Білорусі", "from the side of the government of Belarus".
_WHO_FIRST = regexes.compile(
    # (and the agent after "przez": "informacje podawane przez władze Ukrainy", by them, no route)
    r"(?i:władz|władze|rząd|rządu|media|mediów|властей|власти|влади|влада|владу|уряд|уряду|правительства|"
    r"руководства|керівництва|сми|змі|authorities|government|media|officials)(?![\w])"
)
#: "The Nordic Nato country's": the speaker's own country, words before "country's" or not.
_THE_COUNTRYS = regexes.compile(r"(?i:the\s+(?:[\w\-]+\s+){0,2}country[’']s)")
#: "Their" territory or airspace: the country of the people named before it (see ``_DEMONYMS``).
_THEIR = frozenset(("ich", "their", "їхній", "їхню", "їх", "их"))
#: The peoples of the region in the plural, folded, and their countries: "Białorusini", "білоруси".
_DEMONYMS = {
    fold(word): cc
    for cc, words in (
        ("BY", ("Białorusini", "Belarusians", "білоруси", "белорусы")),
        ("UA", ("Ukraińcy", "Ukrainians", "українці", "украинцы")),
        ("RU", ("Rosjanie", "Russians", "росіяни", "россияне")),
        ("LT", ("Litwini", "Lithuanians", "литовці", "литовцы")),
        ("LV", ("Łotysze", "Latvians", "латвійці", "латыши")),
        ("EE", ("Estończycy", "Estonians", "естонці", "эстонцы")),
        ("RO", ("Rumuni", "Romanians", "румуни", "румыны")),
        ("MD", ("Mołdawianie", "Moldovans", "молдовани", "молдаване")),
        ("PL", ("Polacy", "Poles", "поляки")),
    )
    for word in words
}
#: The area of a phrase that names the speaker's own country by a word referring to it.
_OWN = ("own",)
#: "That" introducing reported speech, in the four languages.
_THAT_BEFORE = regexes.compile(r"(?i:\b(?:that|że|iż|jakoby)\b|(?<![\w])(?:що|что)(?![\w]))")
#: "Our" in a phrase (its first words), the four languages: whose it is depends on who speaks.
_FIRST_PERSON_PLURAL = regexes.compile(r"(?i:(?:\w+\s+){0,2}?(?:our|nasz\w*|наш\w*)\b)")
_OWN_WORDS = frozenset(
    ("the country's", "the country’s", "our", "its", "her", "naszą", "naszej", "swoją", "swojej", "jej", "jego",
     "swoje", "страны", "республики", "країни", "республіки", "соседней страны", "сусідньої країни", "її", "його",
     "ее", "её", "его", "своего", "свого", "своё", "свое", "своє", "свой", "свій", "its own", "naszym", "нашим",
     "нашей", "нашою", "нашу")
)  # fmt: skip


def _own_country(speaker: Speaker | None) -> str | None:
    """Return the one country a speaker's name or title names ("МИД Литвы", "the Lithuanian President")."""
    found = _speaker_countries(speaker)
    return found.pop() if len(found) == 1 else None


def _speaker_countries(speaker: Speaker | None) -> set[str]:
    """Return the countries the words of a speaker's name and title name."""
    words = " ".join(filter(None, (speaker.name, speaker.role))).split() if speaker else []
    return {hit[0] for w in words if (hit := _country_word(w.strip(',.;:«»"“”()')))}


def _country_word(word: str) -> tuple[str, bool] | None:
    """:func:`country_of` a word, a possessive "'s" taken off ("Belarus's", "Poland’s").

    Kaliningrad oblast, an exclave, stands for Russia wherever it is named as where from ("z
    obwodu królewieckiego", "из Калининградской области", "from the Kaliningrad region"), and so do
    the Russian and Belarusian regions drones and balloons are launched from ("из Брянской области",
    "з Курської області", "z obwodu homelskiego", "from Karelia"): they lie in no incident's country.
    """
    bare = re.sub(r"[’']s$", "", word)
    key = fold(bare)
    for cc, stems in _REGION_STEMS.items():
        if key.startswith(stems):
            return cc, True
    return country_of(bare)


#: Folded stems of regions that stand for their country as where from (the gazetteer holds no
#: Russian region but Kaliningrad's, nor Belarus's voblasts by these forms).
_REGION_STEMS = {
    "RU": (
        # (Kaliningrad by its Polish name in Ukrainian and Russian: "з Крулевецької області")
        "krolewieck", "kaliningrad", "калининград", "калінінград", "крулевецьк", "крулевецк", "briansk", "bryansk", "брянск", "брянськ",
        "kursk", "курск", "курськ", "belgorod", "bielgorod", "белгород", "бєлгород", "smolensk", "смоленск", "смоленськ", "pskov", "pskow", "псков", "karelia", "karelii", "карели", "карелі",
        "leningrad", "ленинград", "ленінград", "voronezh", "woronez", "воронеж", "rostov", "rostow", "ростов",
        "krasnodar", "краснодар", "oriol", "orlovsk", "орловск", "орловськ",
    ),
    "BY": (
        "homelsk", "gomelsk", "гомельск", "гомельськ", "brzeskie", "брестск", "брестськ", "grodzien", "grodnensk",
        "гродненск", "гродненськ", "witebsk", "vitebsk", "витебск", "вітебськ", "mohylewsk", "mogilevsk",
        "могилевск", "могильовськ",
    ),
}  # fmt: skip


def _listed(flat: str, at: int) -> list[tuple[str, int, int]]:
    """Return the countries named after the one a phrase ends with, each with where its name stands.

    Only a country's name or its adjective before a word for territory counts: "from Ukraine or
    Belarus", "either from Russia or Latvia"; "from Belarus and Polish jets" stops at "Polish".
    """
    out: list[tuple[str, int, int]] = []
    closed = 0  # how many of them a conjunction has closed: "через Польшу, Литву или Латвию"
    while (m := _LISTED.match(flat, at)) is not None:
        hit = _country_word(m.group("x"))
        if (
            hit is None
            or (hit[1] and not _SPACE_WORDS.match(flat, m.end("x")))
            or SAYS_NEXT.match(flat, m.end("x"))
            # "…, ani Polska, ani Litwa go nie zestrzeliły": a nominative after "ani" is the next
            # clause's subject ("ani Białorusi", the genitive, goes on with the list)
            or (
                (m.group("and") or "").lower() in _NEITHER
                and not m.group("prep")
                and fold(m.group("x")) in _NOMINATIVES
            )
        ):
            break  # ("… from Belarus and Lithuania said …": Lithuania speaks, it is no second origin)
        out.append((hit[0], m.start("x"), m.end("x")))
        if m.group("and"):
            closed = len(out)
        at = m.end("x")
    # A name after a comma only, with no conjunction after it, is no list: "from Belarus, Poland's army said"
    return out[:closed]


def _countries(
    m: re.Match[str], found: Found, offset: int, *, regions: bool = False, places: bool = False
) -> tuple[str, ...]:
    """Return the country (or, for a border, the two) a matched phrase names (``regions``, ``places``: see Pattern)."""
    out: list[str] = []
    for group in ("x", "y"):
        text = m.groupdict().get(group)
        if not text:
            continue
        if re.sub(r"\s+", " ", text).lower() in _OWN_WORDS or _THE_COUNTRYS.fullmatch(text):
            return _OWN  # resolved by the speaker (see find_claims)
        if _WHO_FIRST.match(text):
            return ()  # "rewelacje płynące ze strony władz Białorusi": who said it, not where from
        if text.lower() in _THEIR:
            # "Białorusini nas uprzedzali, że przez ich przestrzeń powietrzną … zmierzają drony": the
            # people named last before it, by their country
            peoples = [
                cc
                # (within the 300 characters before: a bound per phrase, whatever the sentence's length)
                for w in re.findall(r"[^\W\d_]+", m.string[max(0, m.start(group) - 300) : m.start(group)])
                if (cc := _DEMONYMS.get(fold(w)))
            ]
            if not peoples:
                return ()
            out.append(peoples[-1])
            continue
        # (a country's word in a sea's name is none: "над Фінською затокою", "nad Zatoką Fińską")
        hit = next(
            (
                c
                for at, w in _words(text, offset + m.start(group))
                if (c := _country_word(w)) and not _sea(found, at)
            ),
            None,
        )
        if hit is None:
            mention = found.at(offset + m.start(group))
            # (a capital standing for its government is no area: "у Мінську це спростували")
            area = (
                mention is not None and mention.kind != "government" and (regions or mention.kind != "region")
            )
            country = mention.country if mention and area else None
            if country is None:
                # A place the gazetteer does not know, with its country: "z kierunku Wilkowa na Ukrainie"
                # (a capitalised name, its country in the locative: "na Rumunię" is where it went); the
                # way of a weapon, drone or military aircraft named near, not a liner's ("літаків, що
                # летіли з Риги (Латвія)": a flight's airport)
                where = (
                    country_after(m.string, m.end(group))[0]
                    if text[:1].isupper() and _not_a_liner(m.string, m.start(), m.end())
                    else None
                )
                country = (_country_word(where) or (None,))[0] if where else None
            hint = mention.hint if mention is not None and mention.kind == "place" else None
            if country is None and hint and fold(text) in fold(hint):
                # the words are the place's hint ("Станіславка (Одеська область)"): the unit's country
                units = unit_countries(hint)
                country = units.pop() if len(units) == 1 else None
            if country is None and places and mention is not None and mention.kind == "place":
                country = _sole_country(mention.name or mention.text)
            if country is None:
                return ()
            out.append(country)
        else:
            out.append(hit[0])
    return tuple(out)


def _words(text: str, at: int) -> Iterator[tuple[int, str]]:
    """Yield each word of ``text`` with its offset in the report, ``text`` standing at ``at``."""
    for w in re.finditer(r"\S+", text):
        yield at + w.start(), w.group()


def _sea(found: Found, at: int) -> bool:
    """Whether the reading of places took the word at ``at`` for part of a sea's name ("Фінською затокою").

    A country's word is never a "setting" otherwise (see toponyms: a gulf, not the country).
    """
    mention = found.at(at)
    return mention is not None and mention.kind == "setting"


def _sole_country(name: str) -> str | None:
    """Return the country every gazetteer place of a name lies in, if one ("Лісне": Ukraine)."""
    gaz = load()
    rows = gaz.lookup(gaz.by_name, fold(name)) + gaz.lookup(gaz.by_alternate, fold(name))
    countries = {gaz.feature(i).cc for i in rows}
    return countries.pop() if len(countries) == 1 else None


_ONWARD = regexes.compile(
    r"(?i:\b(?:towards?|heading|w\s+kierunku|w\s+stronę|в\s+направлении|в\s+сторону|у\s+бік|в\s+бік|у\s+напрямку)\b)"
)


#: Words that say an object passed through a country, not into it ("flew through", "przez", "через").
_THROUGH = regexes.compile(
    r"(?i:\b(?:through|across|przez|через|крізь|сквозь|транзит\w*|tranzyt\w*|transit\w*)\b)"
)


def _onward(after: str, target: str) -> bool:
    """Whether the words after a phrase send the object on to another country ("… towards Poland")."""
    for m in _ONWARD.finditer(after):
        for word in after[m.end() :].split()[:3]:
            hit = _country_word(word.strip(".,;:()"))
            if hit and hit[0] != target:
                return True
    return False


#: Short names of bodies, folded, and what they stand for: one body under two names is one speaker.
_SHORT_NAMES = {
    "міноборони": "міністерство оборони", "минобороны": "министерство обороны", "мзс": "міністерство закордонних справ",
    "мид": "министерство иностранных дел", "mon": "ministerstwo obrony narodowej", "msz": "ministerstwo spraw zagranicznych",
    "dorsz": "dowodztwo operacyjne rodzajow sil zbrojnych", "mod": "ministry of defence", "defense": "defence",
}  # fmt: skip


def _body_words(label: str) -> str:
    """Return a speaker's label folded, short names spelt out and countries as their codes.

    "Міноборони Фінляндії": "міністерство оборони FI"; "Lithuania's army" and "the Lithuanian
    army": "LT army", one body.
    """
    words = []
    for w in fold(label.replace("'s ", " ").replace("’s ", " ")).split():
        if w != "the":
            country = _country_word(w)
            words.append(country[0] if country else _SHORT_NAMES.get(w, w))
    return " ".join(words)


def _same_body(a: str, b: str) -> bool:
    """Whether two labels name one speaker, their words in any order ("армия Литвы", "литовская армия")."""
    return a == b or sorted(_body_words(a).split()) == sorted(_body_words(b).split())


def _claim_key(label: str, claims: dict[str, Claim], bodies: set[str]) -> str:
    """Return the key of the claim a speaker's words go to: their own, or the same body's under another name.

    "Міноборони Фінляндії" after "Міністерство оборони Фінляндії", "DORSZ" after "Dowództwo Operacyjne
    Rodzajów Sił Zbrojnych"; and a bare body ("Siły zbrojne") after the one named with its country
    ("Litewskie siły zbrojne"), when the report names only one such body, whether it claims or not.
    """
    words = _body_words(label)
    named = [k for k in claims if not k.startswith("?") and not k.endswith("+")]
    same = [k for k in named if _same_body(k, label)]
    if same:
        return same[0]
    fuller = [k for k in named if _body_words(k).endswith(" " + words)]
    others = {b for b in bodies if _body_words(b).endswith(" " + words)}
    return fuller[0] if len(fuller) == 1 and others <= {fuller[0]} else label


def _from_denied(entry: Direction, directions: list[Direction]) -> bool:
    """Whether a denied entry goes on to say where from, denied with it ("no violations of X from Y")."""
    return any(
        d.kind == "origin" and d.negated and d.end > entry.start and d.start <= entry.end + 20
        for d in directions
    )


def _denies_entry(flat: str, direction: Direction) -> bool:
    """Whether the negation is the entry verb's own ("did not enter", "nie wleciała", "не входила").

    Not "It was not the first time drones entered …", "would not say whether the drone entered …";
    and the object no jet ("NATO jets did not enter Belarusian airspace").
    """
    before = flat[max(0, direction.start - 80) : direction.start]
    if _AIRCRAFT.search(before):
        return False
    # "Информация о том, что ракеты пересекли воздушное пространство Румынии, не подтверждается": the
    # report of the entry said not to be so (the phrase reaches to the words that deny it)
    return (
        _OWN_NEGATION.search(before) is not None
        or direction.end > direction.start + len(direction.phrase)
        or _NEGATED_VERB_LAST.search(direction.phrase) is not None
    )


#: The negation, then the phrase, or its verb then a phrase that opens on a preposition ("не входила в …").
#: Or "no" right before it ("there was no violation of Romanian airspace"), or a detection denied
#: ("haven't detected illegal flights in Moldova's airspace").
_OWN_NEGATION = regexes.compile(
    r"(?i:(?:\bnot|n['’]t|\bnever|\bnie|\bне|\bні|\bни)\s+"
    r"(?:(?!(?:only|before|yet|just|even|tylko|jeszcze|wcześniej|только|лишь|раньше|тільки|лише|раніше)\b)[^\W\d_]+\s+)?$"
    # "nie doszło do naruszenia …" (it did not come to a violation)
    r"|\bnie\s+(?:doszło|dochodziło)\s+do\s+$"
    # a violation not confirmed, the verb's object (the annotators of real reports read it as denied):
    # "nie potwierdziły wskazań naszych systemów, a tym samym naruszenia …", "не подтвердили нарушения"
    r"|(?:\bnie|\bне|\bні|\bnot|n['’]t)\s+(?:potwierdz|подтверд|підтверд|confirm)\w*\s+[^.;:!?]{0,120}?$"
    r"|\bno\s+(?:[^\W\d_]+\s+){0,2}?(?:(?:incursions?|violations?|intrusions?|flights?)\s+)?$"
    # "no drone or any of its parts had reached …": the object denied, then the verb
    r"|\bno\s+(?:drones?|missiles?|objects?|balloons?|aircraft)\b[^.;:,]{0,40}?\b(?:had|has|have)\s+$"
    r"|(?:\bnot|n['’]t)\s+(?:been\s+)?(?:detected|recorded|registered|observed)\s+(?:any\s+)?(?:[^\W\d_]+\s+)?"
    r"(?:flights?|violations?|incursions?|intrusions?)\s+$)"
)
#: Shot down, right before "over" a country: where it was downed ("сбитые над Польшей дроны").
_DOWNED = regexes.compile(
    r"(?i:(?:(?:shot|brought)\s+down|downed|intercepted|сбит\w*|збит\w*|знищен\w*|уничтожен\w*|zestrzelon\w*)"
    # ... the target between: "to shoot down aerial targets over Romanian territory"
    r"|(?:shoot|shooting|bring|take)\s+down\s+(?:[\w\-]+\s+){0,3}?|zestrzeli\w*\s+(?:[\w\-]+\s+){0,3}?|"
    r"збива\w*\s+(?:[\w\-]+\s+){0,3}?|сбива\w*\s+(?:[\w\-]+\s+){0,3}?|"
    # intercepting, the target between: "intercepted the drones over Poland"
    # (the verb's forms, not the interceptors: "interceptors", "przechwytywacze", "перехоплювачі")
    r"(?:intercept(?:ed|ing|s)?|przechwyc\w*|перехопи\w*|перехоплен\w*|перехвати\w*|перехвач\w*)"
    r"\s+(?:[\w\-]+\s+){0,3}?)\s*$"
)
#: A phrase ending on its own negated verb: "przestrzeń powietrzna Rumunii nie została naruszona".
_NEGATED_VERB_LAST = regexes.compile(r"(?i:\b(?:not|nie|не|ні)\s+(?:[^\W\d_]+\s+)?[^\W\d_]+$)")
_AIRCRAFT = regexes.compile(
    r"(?i:\b(?:jets?|aircraft|planes?|fighters?|samolot\w*|myśliw\w*|самол[её]т\w*|літак\w*|истребител\w*|"
    r"винищувач\w*))"
)


#: What a drone is, not where it flew from: "of Russian origin", "Russian-made", "rosyjskiej produkcji".
_MADE = regexes.compile(
    r"\bof (?:“|\"|«)?(?P<x>[^\W\d_][\w’'\-]*)(?:”|\"|»)? (?:origin|make|manufacture|production)\b"
    r"|\b(?P<x2>[^\W\d_][\w’'\-]*)-(?:made|built|designed|produced)\b"
    r"|\b(?P<x3>[^\W\d_][\w’'\-]*) (?:produkcji|pochodzenia|виробництва|производства|походження|происхождения)\b",
    re.I,
)
_SPACE_WORDS = regexes.compile(
    r"\s*(?:air\s?space|territory|przestrze\w*|terytori\w*|простір|простор\w*|пространств\w*|територі\w*|"
    # ("румынского воздушного пространства": the adjective of the space, then its noun)
    r"(?:воздушн|повітрян)\w*\s+(?:пространств|простор|простір)\w*|"
    # (an air border: "через молдавские воздушные границы")
    r"территори\w*|небо|неба|воздушн\w*\s+границ\w*|повітрян\w*\s+кордон\w*)",
    re.I,
)


#: What a weapon was launched from, after a country's adjective: a ship, an aircraft, not a territory.
_PLATFORM = regexes.compile(
    # (a military adjective between: "с российских военных кораблей", "from Russian naval ships"; or
    # what kind of ship, two words at most: "from the Russian radio reconnaissance vessel")
    r"\s+(?:(?:military|naval|военн\w*|військов\w*|wojskow\w*|бойов\w*|боев\w*)\s+|"
    r"(?:[a-z\-]+\s+){1,2}(?=(?:ships?|vessels?|warships?|submarines?)\b))?"
    # ships, and the aircraft words carriers are read by
    r"(?:ships?|vessels?|warships?|submarines?|aircraft|F-\d+|statk\w*|okręt\w*|łodzi\w*|корабл\w*|судн\w*|"
    r"суд[аеоу]\w*|подводн\w*|"
    + "|".join(re.escape(w) + r"\w*" for w in (*lexicon.MILITARY_AIRCRAFT, *lexicon.PLANES))
    + r")\b",
    re.I,
)
#: A Polish noun of an act that is no flight (violating, closing, shooting down), its object after it,
#: right before "przez": the country after it is the agent ("zamknięcie granicy przez Litwę").
_VIOLATION_BEFORE = regexes.compile(
    r"(?i:\b(?:naruszeni|naruszani|zamknięci|zamykani|zestrzeleni|przechwyceni|wykorzystani|użyci|wysłani|"
    r"wystrzeleni|odpaleni)\w*)(?:\s+[^\s.;:,]+){0,4}\s+$"
)
#: A Polish passive participle right before "przez": the country after it is the agent.
_PASSIVE_BEFORE = regexes.compile(
    r"\b\w{3,}(?:any|ana|ane|ani|ony|ona|one|eni|ywany|ywana|ywane|iwany|iwana|iwane|ty|ta|te|"
    # ... in its other cases: "drona używanego przez Rosję", "wystrzelonej przez Rosję"
    r"anego|anej|anych|onego|onej|onych|tego|tej|tych|"
    # ... or a verbal noun, its agent after "przez": "uniknąć wykrycia przez Rosję", "zestrzelenie przez …"
    r"enia|enie|ania|anie|ęcia|ęcie|ycia|ycie)\s+$",
    re.I,
)


def _adjective_of_something_else(m: re.Match[str], flat: str) -> bool:
    """Whether a phrase's area is a country's adjective before a word that is no territory or airspace."""
    words = m.group("x").split()
    hit = _country_word(words[0]) if words else None
    if hit is None or not hit[1] or _region(m):
        return False
    rest = " " + " ".join(words[1:]) if len(words) > 1 else ""
    return not (_INTO_ADJECTIVE_OK.match(rest) or _INTO_ADJECTIVE_OK.match(flat, m.end("x")))


#: What a country's adjective may stand before in a phrase of entering: its airspace, territory,
#: border or side, a word between ("в польское воздушное пространство").
_INTO_ADJECTIVE_OK = regexes.compile(
    r"(?i:\s+(?:[\w\-]+\s+)?(?:air\s?space|territory|przestrze\w*|terytori\w*|простір|простор\w*|пространств\w*|"
    r"територі\w*|территори\w*|небо|неба|border|granic\w*|кордон\w*|границ\w*|side|stron\w*|сторон\w*|бік|"
    r"област\w*|obwod\w*|oblast|region|waters|wod\w*|вод\w*))"
)


def _territorial(m: re.Match[str], flat: str) -> bool:
    """Whether a "via" phrase names a country's territory, not who did something.

    A country's name does ("przez Białoruś", "via Belarus"); an adjective does only before a word
    for airspace or territory ("through Belarusian airspace", "через білоруський простір"), never
    alone ("przez rosyjskie drony", "przez polskie lotnictwo").
    """
    if m.group()[:5].lower() == "przez" and (
        _PASSIVE_BEFORE.search(flat, 0, m.start())
        or _VIOLATION_BEFORE.search(flat, max(0, m.start() - 80), m.start())
    ):
        # "wykorzystywany przez Rosję", "zestrzelony przez Białoruś", "naruszenie przestrzeni
        # powietrznej Rumunii przez Rosję": who did it
        return False
    words = m.group("x").split()
    hit = next((c for w in words if (c := _country_word(w))), None)
    if hit is None or not hit[1]:
        return True
    return bool(_SPACE_WORDS.match(flat, m.end("x"))) or bool(
        _SPACE_WORDS.search(m.group()[: m.start("x") - m.start()])
    )


#: A "not" after a way, before its verb of flying, in the same clause: "через Эстонию он не пролетал".
_NOT_AFTER = regexes.compile(
    r"(?i:\s+(?:(?:он|она|оно|они|він|вона|воно|вони|on|ona|ono|oni|one|дрон|dron|объект|об[’']єкт|obiekt)\s+)?"
    r"(?P<neg>не|nie)\s+(?:пролет|пролит|пролеті|проліт|залет|залеті|заліт|влет|влеті|прилет|прилеті|приліт|перелет|"
    r"перелеті|пересек|пересек|перетин|перетну|летел|летіл|лет|przelat|przelec|wlat|wlec|nadlat|nadlec|przylat|"
    r"przylec|lecia)\w*)"
)
#: An incursion "not detected" or that did not happen, right after it: "вторгнень … у румунський
#: повітряний простір не виявлено", "вторжений в воздушное пространство не выявлено", "naruszeń … nie
#: stwierdzono", "Порушення повітряного простору Польщі не відбулося".
_NOT_FOUND_AFTER = regexes.compile(
    r"(?i:\s+(?:[\w\-]+\s+){0,2}?(?P<neg>не|nie)\s+(?:виявлено|выявлено|зафіксовано|зафиксировано|"
    r"зареєстровано|зарегистрировано|було|было|stwierdzono|wykryto|odnotowano|zarejestrowano|"
    # ... or did not happen: "Порушення повітряного простору Польщі не відбулося", "не произошло"
    r"відбулося|відбулось|сталося|сталось|произошло|случилось|nastąpiło|doszło)(?![\w]))"
)
#: What a "never" said of numbers says happened: "… from Belarus in such numbers", "on this scale".
_IN_SUCH_NUMBERS = regexes.compile(
    r"(?i:[^.;:!?]{0,40}?\b(?:in\s+such|in\s+these|on\s+(?:such|this)\s+a?\s*scale|so\s+many))"
)


def _denied_after(flat: str, start: int, end: int) -> tuple[str, int]:
    """Return the words after a phrase that say what was reported is not so, and where they end (else "").

    "Информация о том, что две российские ракеты пересекли воздушное пространство Румынии, не
    подтверждается"; "Заявления … о якобы залетевшем с территории Литвы дроне не соответствуют
    действительности": the phrase is denied by who says so, though the negation comes after it.
    """
    none = _NONE_RECORDED.match(flat, end)
    # (the phrase's own first words count: "нарушений воздушного пространства Эстонии не зафиксировано")
    if none and _VIOLATIONS_BEFORE.search(flat, max(0, start - 80), min(end, start + 20)):
        # "нарушений границы … со стороны Белоруссии не зафиксировано": no violation from there
        return none.group("d"), none.end("d")
    m = _DENIED_AFTER.match(flat, end)
    if (
        m is None
        or _CLAUSE.search(flat, end, m.start("d"))
        or _JOINED.search(flat, end, m.start("d"))
        or _REPORTED.search(flat, end, m.start("d"))  # "…, информация о погибших не подтверждается"
        or not _REPORTED_THAT.search(flat[max(0, start - 120) : start])
    ):
        return "", end  # another statement's, about something else
    return m.group("d"), m.end("d")


def _called_false(before: str) -> str:
    """Return the words before a phrase that call what it reports false (else "").

    "У Польщі назвали провокацією заяви білоруської сторони про те, що польський гелікоптер порушив
    кордон": the claim is the other side's, reported to be denied, so the phrase is a denial.
    """
    m = _CALLED_FALSE_BEFORE.search(before)
    # only inside the statement called false, its "that"-clause: no clause of the speaker's own or of
    # another speaker after it ("назвали провокацією заяви Мінська і наголосили, що дрони залетіли з
    # Білорусі" is their claim)
    if (
        m is None
        or _SAYS_OR_SAYING.search(before, m.end("that"))
        # (nor one between the statement and its "that": "… oświadczenie Mińska i podkreśliło, że …")
        or _SAYS_OR_SAYING.search(before, m.end("d"), m.start("that"))
        or _JOINED.search(before, m.end("d"), m.start("that"))
    ):
        return ""
    return m.group("d")


#: A verb of saying or its participle ("і наголосили", "podkreślając", "подчеркнув"): a clause of its own.
_SAYS_OR_SAYING = regexes.compile(
    rf"(?i:(?<![\w])(?:{lexicon.SPEECH_WORDS}|{'|'.join(lexicon.SPEECH_PARTICIPLES)}|підтвердил\w*|подтвердил\w*|"
    r"potwierdzil\w*|potwierdził\w*|confirmed)(?![\w]))"
)


_CALLED_FALSE_BEFORE = regexes.compile(
    r"(?i:(?:назвал\w*|назвав\w*|nazwał\w*|nazwan\w*|called)\s+(?:[\w\-]+\s+)?"
    r"(?P<d>провокаці\w*|провокаци\w*|брехн\w*|брехлив\w*|ложью|ложь|неправд\w*|фейк\w*|kłamstw\w*|"
    r"prowokacj\w*|lies?|provocation|fake)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:заяв\w*|claims?|statements?|oświadcz\w*|twierdz\w*|informacj\w*|інформаці\w*|информаци\w*|reports?|"
    r"повідомлен\w*|сообщени\w*|doniesieni\w*)(?:\s+[^\s.;!?,]+){0,4}?,?\s+"
    r"(?P<that>про\s+те,?\s+що|о\s+том,?\s+что|że|iż|jakoby|that|що|что|o|об?|про|of|about)\s[^.;!?]*$)"
)
#: Violations named before a phrase, then said to be none ("нарушений … не зафиксировано").
_VIOLATIONS_BEFORE = regexes.compile(
    r"(?i:(?:нарушени|порушен|naruszeń|naruszenia|violations?|breach)\w*[^.;:!?]*$)"
)
_NONE_RECORDED = regexes.compile(
    r"(?i:[^.;:!?]{0,60}?(?P<d>не\s+(?:было|зафиксирован\w*|выявлен\w*|установлен\w*|обнаружен\w*)|"
    r"не\s+(?:було|зафіксован\w*|виявлен\w*|встановлен\w*)|nie\s+(?:stwierdzono|odnotowano|było|wykryto)|"
    r"(?:were|was|have\s+been|has\s+been)\s+not\s+(?:recorded|detected|found|registered))(?![\w]))"
)
#: A report named, and what it says: "Информация о том, что …", "Заявления … о якобы …", "reports that …".
_REPORTED_THAT = regexes.compile(
    r"(?i:информаци|сообщени|заявлени|утверждени|данн|report|claim|information|statement|doniesieni|informacj|"
    r"twierdzeni|заяв|повідомленн|інформаці|твердженн|zarzut|oskarżeni|allegation|accusation|обвинени|"
    r"звинувачен|обвинувачен)\w*,?\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:о\s+том,?\s+что|про\s+те,?\s+що|that|o\s+tym,?\s+że|że|jakoby|об?|про|o|of|about)\s"
)
#: Another report between a phrase and the words denying one: "… из Беларуси, информация о погибших …".
_REPORTED = regexes.compile(
    r"(?i:информаци|сообщени|сведени|данн|report|figure|doniesieni|informacj|інформаці|повідомленн|відомост)\w*"
)
#: A conjunction: what comes after it is another statement ("… from Belarus but reports of casualties …").
_JOINED = regexes.compile(rf"(?<![\w])(?:{lexicon.JOINING})(?![\w])")
#: What was said before, then that it is not so, in the same clause (no stop or semicolon between).
_DENIED_AFTER = regexes.compile(
    r"[^.;!?]{0,150}?(?P<d>не\s+подтвержда\w*|не\s+підтверджу\w*|не\s+соответству\w*\s+действительности|"
    r"не\s+відповіда\w*\s+дійсності|nie\s+potwierdzi\w*\s+się|nie\s+potwierdza\s+się|nie\s+znajduj\w*\s+potwierdzenia|"
    r"(?:is|are|was|were|has\s+not\s+been|have\s+not\s+been)\s+not\s+(?:true|confirmed)|(?:is|are|was|were)\s+untrue|"
    r"has\s+not\s+been\s+confirmed|have\s+not\s+been\s+confirmed|"
    # called absurd, false, baseless: "Minsk called claims that the drones came from Belarus absurd"
    r"absurd\w*|baseless|groundless|false|nonsense|absurdaln\w*|bezpodstawn\w*|nieprawdziw\w*|fałszyw\w*|"
    r"абсурдн\w*|безпідставн\w*|безосновательн\w*|неправдив\w*|ложн\w*)\b",
    re.I,
)


def _asked(before: str) -> bool:
    """Whether the phrase is inside a question asked ("when asked if the missile had been fired from Russia").

    Only within the question's own words: "Asked if Poland would respond, Tusk said the drones came
    from Belarus" answers after the comma.
    """
    # (the words one of its forms must hold, looked for first: most clauses hold none, and the whole
    # expression tries each of its forms at every character)
    return _QUESTION_WORDS.search(before.lower()) is not None and _QUESTION.search(before) is not None


def _warned(before: str, flat: str, start: int, end: int) -> bool:
    """Whether the phrase at ``start:end`` is what any object would do, in a warning of the future.

    "Any drone flying in from Belarus will be shot down", "Польща збиватиме всі безпілотники, що
    залітатимуть з Білорусі": no object's way is said.  "All 19 drones came from Belarus" is.  The
    future is looked for within QUESTION_REACH characters of the phrase, in its sentence.
    """
    if _ANY_OBJECT.search(before) is None:
        return False
    return _FUTURE.search(flat, max(0, start - QUESTION_REACH), end + QUESTION_REACH) is not None


_ANY_OBJECT = regexes.compile(
    r"(?i:(?<![\w])(?:any|every|all|każd\w+|wszystkie|wszelkie|всі|усі|будь-як\w+|кожн\w+|все|любой|любые|любых|"
    r"каждый|каждого)\s+(?:[\w\-]+\s+){0,2}?" + _WEAPON + r"[^.;:!?]*$)"
)
_FUTURE = regexes.compile(
    r"(?i:(?<![\w])(?:would|will|shall|będzie\w*|będą|zostanie|zostaną|буде|будуть|будет|будут)(?![\w])"
    r"|[а-яіїє]+тим(?:е|уть|у|еш|емо)(?![\w]))"
)


def _counterfactual(before: str, flat: str) -> bool:
    """Whether the phrase is what would be so, were something else (no one's claim).

    "Gdyby były to przypadkowe naruszenia, to spodziewalibyśmy się ich z terytorium Ukrainy", "if …,
    we would expect them from Ukraine", "якби …, ми б очікували їх з території України".
    """
    unreal = _IF_UNREAL.search(before)
    return unreal is not None and _WOULD.search(before[unreal.end() :][-120:]) is not None


def _none_such(before: str) -> bool:
    """Whether the phrase describes an object whose very existence a negation denies, in its clause.

    "Министерство обороны не перехватывало ни одного беспилотника, пересекшего воздушное
    пространство Республики Молдова": no drone that crossed was intercepted; that one crossed is
    neither said nor denied (the ministry's denial, if any, is in its own words elsewhere).
    """
    m = _NONE_SUCH.search(before)
    # (after a verb acting on the object only: "had not recorded any drone that flew in from Belarus"
    # denies that one did)
    return m is not None and _ACTED_ON.search(before[max(0, m.start() - 60) : m.end()]) is not None


#: "Not a single drone, (which) crossed …", "żadnego drona, który …", "жодного дрона, що …": a
#: negated object, then a participle or relative clause of it, to the phrase.
_NONE_SUCH = regexes.compile(
    r"(?i:(?<![\w])(?:ни\s+одного|ни\s+одной|жодного|жодної|żadnego|żadnej|not\s+(?:\w+\s+){0,2}?any)\s+"
    rf"(?:[\w\-]+\s+){{0,2}}?(?:{_WEAPON_STEMS})\w*"
    r"(?:\s*,\s*|\s+(?:that|which|który|która|które|которы\w*|котор\w*|який|яка|яке|що)\s+)[^,.;:!?]*$)"
)


#: A verb acting on an object, negated before "not a single …": what was not done to it, not whether it was.
_ACTED_ON = regexes.compile(
    r"(?i:(?:перехват|перехоп|сбива|сбил|сбит|збива|збив|збил|уничтож|знищ|zestrzel|strąc|przechwyc|przechwyt|"
    r"intercept|shoot|shot|destroy|neutrali[sz]|нейтрализ|нейтраліз|zniszcz)\w*)"
)


def _planned(before: str) -> bool:
    """Whether the phrase is a route planned or programmed, not one flown, in its own clause.

    "Летательный аппарат должен был покинуть территорию Беларуси через Польшу", "БПЛА был
    запрограммирован на пролет через Белоруссию в Польшу", "the drone was supposed to fly over
    Poland": what the drone was meant to do (the annotators of real reports never count it).
    """
    return _PLANNED.search(before) is not None


#: Words of a plan before the phrase, in its clause: "должен был", "запрограммирован", "мав пролетіти",
#: "miał przelecieć", "was supposed to", "was programmed to".
_PLANNED = regexes.compile(
    # ("должен был": in the past only; "Минск должен объяснить" is no plan of a flight)
    r"(?i:(?:(?<![\w])(?:должен|должна|должно|должны)\s+был[аио]?\s+|(?<![\w])(?:повинен|повинна|повинні)\s+"
    r"(?:був|була|були)\s+|запрограммирован\w*|запрограмован\w*|zaprogramowan\w*|(?<![\w])(?:мав|мала|мали)\s+(?:би\s+)?"
    r"(?=(?:про|по|пере|до|ви)?лет|покину|перетну)|(?<![\w])(?:miał|miała|miały|mieli)\s+(?=(?:prze|po|do|wy)?lec|opuści)|"
    r"\b(?:was|were)\s+(?:supposed|programmed|meant|planned|scheduled)\s+to\b|\bplanned\s+route\b|"
    # a flight plan: "the drone's flight plan had it pass through Belarus into Poland"
    r"\bflight\s+plan\b|\bplan\w*\s+lotu\b|план\w*\s+(?:польоту|полета|полёта)\b)"
    r"[^.;:!?]{0,80}$)"
)


#: An unreal condition before the phrase: "gdyby", "якби", "если бы", "if … were/had".
_IF_UNREAL = regexes.compile(
    r"(?i:(?<![\w])(?:gdyby|jeśliby|якби|если\s+бы)(?![\w])|\bif\s+(?:[\w’']+\s+){0,3}?(?:were|had)\b)"
)
_WOULD = regexes.compile(
    r"(?i:(?<![\w])(?:would|\w+(?:łby|łaby|łoby|liby|łyby|libyśmy|łybyśmy|łbym|łabym|libyście)|byśmy|byście|bym|б|бы)(?![\w])"
    r"[^,.;:!?]*$)"
)


def _questioned(before: str, flat: str, at: int) -> bool:
    """Whether the phrase ending at ``at`` is in a question the text asks ("Did the drones come from Belarus?").

    Not in the question's reason, which is asserted: "why was the Russian ambassador summoned, since
    the drone entered from the Ukrainian side?"  The question mark is looked for up to the next stop
    within QUESTION_REACH characters: a sentence without stops may hold thousands of phrases.
    """
    end = _STOP.search(flat, at, at + QUESTION_REACH)
    return end is not None and end.group() == "?" and _REASON.search(before) is None


QUESTION_REACH = 2_000
_STOP = regexes.compile(r"[.!?…]")


_REASON = regexes.compile(rf"(?i:,\s+(?:{_REASONS})\b[^,;:?]*$)")


#: A word (or a part of one) that each form of :data:`_QUESTION` holds, in lower case (looked for in
#: the lower-cased text: ten times faster than ignoring case).
_QUESTION_WORDS = regexes.compile(
    r"asked|question|pytan|вопрос|питання|if|unless|jeśli|jeżeli|gdyby|якщо|якби|если|whether|czy|чи|ли|спрош|запитан|"
    r"звідки|откуда|skąd"
)
_QUESTION = regexes.compile(
    r"(?i:\basked\s+(?:if|whether)|\bquestion\s+(?:of\s+)?(?:if|whether)|\b(?:za)?pytan[yai]\w*\s*,?\s+czy\b|"
    r"\bna\s+pytanie\s*,?\s+czy\b|\bна\s+(?:вопрос|питання)\s*,?\s+[^,.;:]*\b(?:ли|чи)\b|"
    # a condition: "if it is confirmed that", "jeśli okaże się, że", "якщо", "если выяснится, что"
    r"(?:^|[,;:—–]\s*|\b(?:and|but|that|only|even)\s+)(?:if|unless)\s+\w|"
    r"(?<![\w])(?:jeśli|jeżeli|gdyby|якщо|якби|если|в\s+случае,?\s+если)(?![\w])|"
    # an open question: "unclear whether", "nie wiadomo, czy", "невідомо, чи", "прилетел ли"
    r"\bwhether\b|(?:^|[,:–—]\s*)(?:czy|чи)(?![\w])|(?<![\w])(?!(?:вряд|навряд|едва)\s)[^\W\d_]+\s+ли(?![\w])|"
    # where from, being checked or unknown: "перевіряють, звідки саме дрон потрапив до Естонії – з боку
    # Росії чи Латвії", "ustalają, skąd", "неизвестно, откуда" (not the relative "Białoruś, skąd …"; not
    # "już wiadomo, skąd", known; and past a dash only the phrase's own words, as a list of options
    # has them: not "– wstępnie z terytorium Białorusi", "– możliwe, że z Białorusi", answers)
    r"(?<![\w])(?:перевіря\w*|з.ясову\w*|встановлю\w*|невідомо|проверя\w*|выясня\w*|устанавлива\w*|"
    r"неизвестно|непонятно|неясно|sprawdza\w*|ustala\w*|nie\s+wiadomo|nie\s+jest\s+jasne|niejasne)\s*,?\s+"
    r"(?:звідки|откуда|skąd)(?![\w])(?=[^–—]*(?:[–—]\s*(?:(?:з|із|зі|с|со|из|z|ze|od|from|the|боку|стороны|"
    r"strony|side|of|території|территории|terytorium)\s+){0,3})?$)|"
    # asked about what others report: "pytany o informacje o rzekomym przekroczeniu granicy"
    r"\b(?:za)?pytan[yai]\w*\s+o\b|\basked\s+about\b|\bспрош\w+\s+(?:о|об|про)\b|\bзапитан\w*\s+про\b|"
    r"\bна\s+(?:вопрос|питання)\s+(?:о|об|про)\b)"
    # to the phrase, past no comma but one before a "that" ("спрошенный о сообщениях, что …")
    r"(?:[^,.;:!?]|,\s*(?=(?:что|що|że|iż|that)\b))*$"
)
#: A hedge of improbability with its own complement: "it was “unlikely” that …", "mało prawdopodobne,
#: że …", "маловероятно, что …"; not "unlikely to stop …", "the unlikely event", nor past a comma or
#: a second clause ("improbable that … and likely that they came from Belarus").
_HEDGE = regexes.compile(
    r"(?i:\b(?:unlikely|improbable)[”\"»]?(?!\s+to\b)(?:\s+[\w’'\-]+){0,6}?\s+that\b"
    # (an aside between commas before the "that": "mało prawdopodobne, z punktu widzenia trajektorii, że")
    r"|\b(?:mało\s+prawdopodobne|маловероятно|малоймовірно)\s*(?:,[^,.;:!?]{1,60},)?\s*,?\s+"
    r"(?:że|by|aby|żeby|что|що)\b)"
    r"(?P<rest>[^,.;:!?]*)$"
)
_NEW_CLAUSE = regexes.compile(
    r"(?i:\b(?:and|but|or|when|which|i|ale|gdy|kiedy|który|która|и|но|когда|который|і|але|коли|який)\b)"
)


def _hedged(before: str) -> str:
    """Return the hedge of improbability whose complement the phrase stands in ("unlikely"), else ""."""
    m = _HEDGE.search(_NOT_DENYING.sub(" ", before.lower()))  # ("not unlikely" is no hedge of improbability)
    return "unlikely" if m and not _NEW_CLAUSE.search(m.group("rest")) else ""


def _negation(before: str) -> str:
    """Return the negation the words before a phrase put it under, in its clause (else "").

    "Does not rule out" is no negation but a hedge: "Эстонские власти не исключают, что дрон мог
    залететь со стороны Латвии" says it may have come from Latvia.
    """
    # An aside between two dashes ("nie potwierdziła – jak podkreślił rzecznik – że …") is taken out
    # before the clause is cut: its dashes end nothing.
    unbroken = _RELATIVE.sub(" ", _ASIDE.sub(" ", _DATE_ASIDE.sub(" ", before)))
    clause = _UNTIL.sub(" ", _NOT_DENYING.sub(" ", _CLAUSE.split(unbroken)[-1].lower()))
    # The words present, found in one pass (and those inside them: "żadnych" in "żadnych dowodów"),
    # then tried in the lexicon's order: the first whose scope reaches the phrase is the one named.
    present = {m.group() for m in _ANY_NEGATION.finditer(clause)}
    present |= {inner for word in present for inner in _INSIDE.get(word, ())}
    for word, pattern in _NEGATIONS:
        if (
            word in present
            and any(
                not _scope_closed(clause, m.start(), m.end())
                # (a bare "not" only: "rejected accusations that …" denies what follows)
                and not (clause[m.start() : m.end()] in _BARE_NOTS and _FACTIVE.search(clause, m.end()))
                for m in pattern.finditer(clause)
            )
        ):
            return word
    # "no Russian drone passed through …", "żaden rosyjski dron nie …" (its clause's, as a bare "not")
    for none in _NO_OBJECT.finditer(clause):
        if not _scope_closed(clause, none.start(), none.end(), bare=True):
            return none.group(1)
    return ""


#: "No" and an object, words between: "no Russian drone", "żaden rosyjski dron", "ни один российский
#: беспилотник" (the object's own "no" of the lexicon, with adjectives in between).
_NO_OBJECT = regexes.compile(
    # (only adjectives between: "no surprise the drones came …" denies nothing)
    r"(?<![\w])(no|żaden|żadna|żadne|ни\s+один|ни\s+одна|жоден|жодна|жодний)\s+"
    r"(?:(?:other|more|further|single|such|military|unmanned|combat|foreign|hostile|enemy|[a-z]+(?:ian|ish|ese)|"
    r"[a-ząćęłńóśźż]+(?:ski|cki|ny|wy|ty|ły|ki)|[а-яіїєґё]+(?:ий|ый|ій|ой|ський|ский|цкий|цький))\s+){1,2}?"
    # the object: a weapon, drone or balloon (the stems carriers are read by), or a plane
    rf"(?:(?:{_WEAPON_STEMS})\w*|aircraft|jets?|{'|'.join(lexicon.PLANES)})(?![\w])",
    re.I,
)


#: A fact a negation does not reach, said after it: "do not see any sensationalism in the fact that
#: Russian drones are flying through Moldova", "nie widzę nic dziwnego w tym, że", "не вижу ничего
#: удивительного в том, что" (the drones fly: what is not seen is the sensation).
_FACTIVE = regexes.compile(
    r"(?:\bthe\s+fact\s+that|\bthis\s+news\s+that|\bfakt(?:em|u)?,?\s+(?:że|iż)|\bw\s+tym,?\s+(?:że|iż)|"
    r"(?<![\w])факт(?:ом|у|е)?,?\s+(?:что|що)|(?<![\w])(?:в|у)\s+том,?\s+что|(?<![\w])(?:в|у)\s+тому,?\s+що)"
)


def _scope_closed(clause: str, start: int, end: int, *, bare: bool = False) -> bool:
    """Whether a bare "not" ends before the phrase: its clause closed by a comma, and another begun.

    "Вибухівки у дроні не було, дрон залетів з Білорусі": the drone's way is said, not denied.  The
    "not" of a verb that takes a clause goes on past commas ("nie potwierdził, że dron …", "no
    evidence, officials said, that …"), and so does one whose clause a list or a "that" continues
    ("nie z Białorusi, z Litwy ani z Ukrainy").
    """
    rest = clause[end:]
    if not (bare or clause[start:end] in _BARE_NOTS) or "," not in rest:
        return False
    verb, *after = rest.split(",")
    # The clause the verb takes follows its comma, or a short aside ("no evidence, officials said,
    # that …"); not another clause ("nie wiadomo, tylko z paska …, dowiedziałam się, że …").
    if _TAKES_CLAUSE.search(verb) and any(
        _GOES_ON.match(part) for part in after[:2] if len(part) <= 40 or part is after[0]
    ):
        return False
    if any(_BUT.match(part) for part in after[:-1]):
        return True  # "nie wiadomo, tylko z telewizji dowiedziałam się, że …": a clause of its own
    return _GOES_ON.match(after[-1]) is None


#: A conjunction that opens a clause set against the one before ("…, but …", "…, tylko …").
_BUT = regexes.compile(r"(?i)\s*(?:but|however|tylko|ale|lecz|jednak|однако|но|але|проте|однак)(?![\w])")


#: A relative clause closed before the phrase, whose "not" is its own: "dron, w którym nie było
#: ładunku, nadleciał z Białorusi", "the drone, which did not explode, came from Belarus".
_RELATIVE = regexes.compile(
    r"(?i:,\s+(?:(?:w|we|z|na|o|przy|po|do|od|у|в|на|з|із|о|при|по|до|від|с|из|от|in|on|at|from|of|to|with)\s+)?"
    r"(?:któr\w+|котор\w+|як(?:ий|а|е|і|ого|ої|их|ому|ій|им|ими)|which|who|whom|whose)\b[^,;:.!?–—]*,)"
    # (not one whose words take the clause after it: "informacje, które przeczą tezie, by …")
    r"(?!\s*(?:że|by|iż|jakoby|что|чтобы|будто|якобы|що|щоб|нібито|that)\b)"
)
#: The "not"s whose scope a comma can close (a verb of denial or "no evidence" denies what follows).
_BARE_NOTS = frozenset(("not", "n't", "n’t", "never", "nie", "не", "ні", "нет", "немає", "никаких", "ніяких", "жодних",
                        "żadnych", "żadne", "żaden",
                        # none of the objects: the subject of its own clause ("No drone was intercepted,
                        # and all came from Belarus")
                        *lexicon.NONE_OF_OBJECTS))  # fmt: skip
#: Words after a "not" that take a clause: "not confirmed, that", "nie wiadomo, czy", "не ясно, откуда".
_TAKES_CLAUSE = regexes.compile(
    r"(?i)(?<![\w])(?:say|said|tell|told|confirm\w*|clear|known|know|knew|evidence|proof|believe\w*|think|thought|"
    r"true|the\s+case|rule\w*|exclud\w*|den\w+|report\w*|establish\w*|suggest\w*|claim\w*|sure|certain|"
    r"possible|likely|determin\w*|indicat\w*|show\w*|mean\w*|seem\w*|appear\w*|"
    r"potwierdz\w*|wiadom\w*|wiem|wie|wiedz\w*|jasn\w*|pewn\w*|dow[oó]d\w*|m[oó]wi\w*|powiedzia\w*|twierdz\w*|"
    r"stwierdz\w*|wyklucz\w*|prawd\w*|informac\w*|wskaz\w*|sądz\w*|uważ\w*|ustal\w*|wydaje|można|tak|wynika|"
    r"oznacza\w*|підтверд\w*|відом\w*|ясн\w*|зрозуміл\w*|доказ\w*|свідч\w*|\w*каза\w*|заяв\w*|правд\w*|"
    r"виключ\w*|інформац\w*|встановл\w*|вважа\w*|можна|так|означа\w*|певн\w*|впевнен\w*|подтверд\w*|"
    r"известн\w*|понятн\w*|свидетельств\w*|говор\w*|исключ\w*|установл\w*|счита\w*|можно|уверен\w*|"
    r"данн\w*|факт\w*)(?![\w])"
)
#: What goes on with the clause after a comma: a "that", a question word, a preposition of a way,
#: a list's "or" ("nie z Białorusi, z Litwy ani z Ukrainy").
_GOES_ON = regexes.compile(
    r"(?i)\s*(?:that|whether|if|where|how|że|iż|czy|by|aby|żeby|jakoby|skąd|gdzie|którędy|jak|чи|щоб|нібито|"
    r"начебто|звідки|де|куди|як|ли|чтобы|будто|якобы|откуда|где|куда|как|from|via|through|over|across|"
    r"z|ze|od|przez|nad|znad|з|із|від|через|над|с|со|из|от|nor|or|ani|lub|albo|ні|ані|або|ни|или|not|nie|не|"
    # a second object of the same verb: "nie potwierdziły wskazań …, a tym samym naruszenia …"
    r"a\s+tym\s+samym|[иа]\s+тем\s+самым|[іа]\s+тим\s+самим|and\s+thus|and\s+therefore|and\s+hence|"
    # "що", "что" as "that"; before a verb in the past they are "which" ("дрон, що прилетів з Білорусі")
    r"(?:що|что)(?!\s+\w+(?:в|ла|ло|ли|л)(?![\w])))(?![\w])"
)


#: "Until" is written with a "not" in Russian, Ukrainian and Polish ("пока не вошел в воздушное
#: пространство Эстонии", "поки не", "dopóki nie"): no negation before a verb of entering. (Elsewhere
#: "пока не" is "not yet": "пока не подтверждено, что …" stays a negation.)
_UNTIL = regexes.compile(
    r"(?<![\w])(?:пока|поки|доки|dopóki|póki)\s+(?:не|nie)\s+"
    r"(?=вош|залет|влет|пересек|пересёк|достиг|увійш|залеті|влеті|перетн|досяг|wlecia|dotar|przekroczy)"
)
#: "Not only" before a way: another is said after it ("not only from Belarus but also from Ukraine").
_NOT_ONLY = regexes.compile(
    r"(?i:\bnot\s+only\b|\bnie\s+tylko\b|(?<![\w])не\s+(?:только|лише|тільки)(?![\w]))"
)
#: Words with a "not" that deny nothing, taken out of a clause before its negation is looked for:
#: hedges ("does not rule out", "not unlikely"), assertions ("no doubt that", "never had so many …")
#: and "not only" (another way is said after it).
_NOT_DENYING = regexes.compile(
    # (every branch's first letter, looked for first: the engine tries the branches only where one
    # stands, not at every character; eight times faster over a clause)
    r"(?=[cnCNнН])(?:"
    r"(?:\bnot|n't|\bcannot|\bnever)\s+(?:\w+\s+){0,2}?(?:rule|ruled|ruling|rules)\s+out|"
    r"\bnot\s+(?:\w+\s+)?(?:exclude|excluded|excluding)|"
    r"(?:\bcannot|\bcan't|\bcan\s+not|\bcould\s+not|\bcouldn't)\s+be\s+(?:excluded|ruled\s+out)|"
    r"\bnie\s+(?:\w+\s+)?wyklucz\w*|"
    r"(?<![\w])не\s+(?:\w+\s+)?(?:исключ|виключ)\w*|(?<![\w])нельзя\s+исключить|"
    # what does not contradict it says it may be so ("nie przeczy temu, że …", "does not contradict")
    r"(?:\bnot|n't|\bnie|(?<![\w])не)\s+(?:\w+\s+)?(?:contradict\w*|przecz\w*|противореч\w*|суперечит\w*|суперечать)|"
    # "not unlikely" says it may well be so: a hedge, as "not ruled out" is
    r"\bnot\s+(?:\w+\s+)?(?:unlikely|improbable)|\bnie\s+(?:jest\s+)?(?:tak\s+)?mało\s+prawdopodobne|"
    r"(?<![\w])не\s+(?:так\s+(?:уж\s+)?)?(?:маловероятно|малоймовірно)|"
    # "never had so many drones crossed …" says they did, in numbers never seen (and the "not" of
    # the Polish, Ukrainian and Russian sentence goes with it: "nigdy wcześniej tyle dronów nie wleciało")
    r"\bnever\s+(?:before\s+)?(?:had|have|has|did|were|was)?\s*(?:so\s+many|such|this\s+many)\b|"
    r"\bnigdy\s+(?:wcześniej\s+|dotąd\s+)?(?:tyle|tak\s+wiele|aż\s+tyle)\b(?:[^,.;:!?]*?\bnie\b)?|"
    r"(?<![\w])никогда\s+(?:ранее\s+|прежде\s+|еще\s+)?(?:столько|так\s+много)(?![\w])(?:[^,.;:!?]*?(?<![\w])не(?![\w]))?|"
    r"(?<![\w])ніколи\s+(?:раніше\s+|ще\s+)?(?:стільки|так\s+багато)(?![\w])(?:[^,.;:!?]*?(?<![\w])не(?![\w]))?|"
    # "it was not the first time drones came from Belarus" says they did, again; so do "not the first
    # case", "not the only", "Це не перший випадок … перетину … з боку Білорусі", "nie pierwszy raz"
    r"(?:\bnot|n['’]t)\s+(?:for\s+)?the\s+(?:first|only)\b|"
    r"\bnie\s+(?:po\s+raz\s+)?(?:pierwsz|jedyn)\w*|"
    r"(?<![\w])не\s+(?:в\s+|у\s+)?(?:перш|перв|єдин|единствен|вперше|впервые)\w*|"
    # what one does not deny, one admits: "Минск не отрицает, что …", "nie zaprzecza, że …", "does
    # not deny that …", "не заперечує"
    r"(?:\bnot|n['’]t)\s+(?:\w+\s+)?(?:deny|denied|denies|dispute\w*)\b|"
    r"\bnie\s+(?:\w+\s+)?(?:zaprzecz\w*|dementuj\w*|dementowa\w*|kwestionuj\w*)|"
    r"(?<![\w])не\s+(?:\w+\s+)?(?:отрица\w*|опроверг\w*|оспарива\w*|заперечу\w*|заперечи\w*|заперечува\w*|"
    r"спростову\w*|спростува\w*)|"
    # "no doubt that …" says it is so, and "not only from Belarus" says Belarus too
    r"\bno\s+(?:\w+\s+)?doubts?\b|\bnie\s+ma\s+(?:\w+\s+)?wątpliwości|\bnie\s+ulega\s+wątpliwości|"
    r"(?<![\w])(?:немає|нема)\s+(?:\w+\s+)?сумнів\w*|(?<![\w])нет\s+(?:\w+\s+)?сомнени\w*|"
    r"(?<![\w])не\s+(?:сомнева|сумніва)\w*|\bnie\s+wątpi\w*|" + _NOT_ONLY.pattern + ")"
)


#: Where a clause ends for a negation: a stop, a sentence's end inside a quotation, a dash between
#: spaces ("to nie jest wersja oficjalna, czekamy na raport – on wleciał z terenu Ukrainy": the way
#: is said; an aside between two dashes is taken out first), or a comma before a contrast, a reason ("… and not
#: the ambassador of Ukraine, given that the drone entered from Ukrainian territory": the drone's
#: way is said, not denied) or a relative clause ("nie odnaleziono obiektu, który nadleciał z
#: kierunku Białorusi": the object not found came from Belarus).  Never "that" (że, що, что): "did
#: not say that …" keeps its negation.
_CLAUSE = regexes.compile(
    # (every branch's first character, looked for first: three times faster over a clause)
    r"(?=[.!?…;:—,\s])(?:"
    # a sentence's end inside a quotation ("Nie było wybuchu. Przyleciał …"), after a word of four
    # letters or more but an abbreviation's ("gen. Kukuła", "ppłk. Goryszewski", "Capt. Smith")
    r"(?<![Pp]płk)(?<![Cc]apt)(?<![Ss]ept)(?<![Cc]orp)(?<!полк)(?<=[^\W\d_]{4})[.!?…]\s+(?=[^\W\d_])|"
    # or after a short negation, whose sentence it ends: "Официальной версии пока нет. Однако … он
    # прилетел с территории Украины" (no official version; the drone came from Ukraine, said)
    r"(?i:(?<=\Wнет)|(?<=\Wnot)|(?<=\Wnie)|(?<=\Wnie ma)|(?<=\Wні)|(?<=\Wno))[.!?…]\s+(?=[^\W\d_])|"
    # a dash between spaces, not between numbers ("3 - 4 drony")
    # ("a tym samym", "а тем самым": and thereby, the same clause's second object; no new clause)
    r"[;:—]|(?<!\d)\s[–-]\s(?!\d)|,\s+(?:but|while|whereas|although|though|lecz|ale|a(?!\s+tym\s+samym)|natomiast|"
    r"chociaż|choć|але|а(?!\s+тим\s+самим|\s+тем\s+самым)|"
    rf"проте|хоча|но|однако|хотя|{_REASONS}|which|who|któr\w+|котор\w+|"
    r"як(?:ий|а|е|і|ого|ої|их|ому|ій|им|ими)|"
    # a participle of saying starts the speaker's own statement: "rejected that, saying the missile
    # had come from Belarus" (said, not rejected)
    r"saying|adding|insisting|stating|claiming|arguing|noting|explaining|asserting|maintaining|stwierdzając|"
    r"dodając|twierdząc|podkreślając|zaznaczając|mówiąc|wskazując|przekonując|argumentując|tłumacząc|"
    r"заявивши|стверджуючи|додавши|наголосивши|наголошуючи|зазначивши|пояснивши|вказавши|"
    r"утверждая|добавив|подчеркнув|заявляя|подчеркивая|настаивая|заявив|отметив|указав|пояснив|уточнив)\b|"
    # and a verb of saying of its own: "rejected the claim and said the drones came from Belarus"
    r"\s(?:and|i|oraz|і|й|та|и)\s+(?:then\s+|potem\s+|потім\s+|затем\s+)?(?:said|says|added|stated|insisted|"
    r"claimed|argued|stressed|dodał\w*|stwierdził\w*|powiedział\w*|podkreślił\w*|oświadczył\w*|zapewnił\w*|"
    r"przekazał\w*|заяви\w*|дода\w*|наголоси\w*|сказа\w*|повідоми\w*|добави\w*|подчеркну\w*|сообщи\w*)\b)"
)
#: A date between two commas, no clause of its own: "не подтвердили предполагавшегося в субботу, 13
#: сентября, нарушения …", "nie potwierdziło, 13 września 2025 r., naruszenia …", "on Saturday,
#: September 13, …".
_DATE_ASIDE = regexes.compile(
    r",\s*(?:\d{1,2}\.?\s+[^\W\d_]+|(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+\d{1,2})(?:,?\s+\d{4}(?:\s*(?:года|року|roku|г\.|р\.|r\.))?)?\s*,"
)
#: An aside between two dashes: "nie potwierdziła – jak podkreślił rzecznik – że dron przyleciał".
_ASIDE = regexes.compile(r"(?<!\d)\s[–—-]\s[^–—\n]{1,80}?\s[–—-]\s(?!\d)")
#: Each negation as a whole word (in the lexicon's order: the first found is the one named).
_NEGATIONS = [
    # (a clitic "n't" ends a word: "didn't", "wasn’t")
    (
        word,
        regexes.compile(
            ("" if word[:2] in ("n'", "n’") else r"(?<![\w])")
            + re.escape(word)
            + (r"(?![\w])" if word[-1].isalpha() else "")
        ),
    )
    for word in lexicon.NEGATIONS
]
#: Every negation in one expression, the longest first, to find the ones a clause holds in one pass.
_ANY_NEGATION = regexes.compile(
    r"(?<![\w])(?:"
    + lexicon.one_of(
        sorted((w for w in lexicon.NEGATIONS if w[:2] not in ("n'", "n’")), key=len, reverse=True)
    )
    + r")(?![\w])|n['’]t(?![\w])"
)
#: The negations inside another, which a match of the longer one hides ("żadnych" in "żadnych dowodów").
# (the plain substring test first: a word's expression finds it only where it is a substring)
_INSIDE = {w: [v for v, p in _NEGATIONS if v != w and v in w and p.search(w)] for w, _ in _NEGATIONS}


_TITLES = {"origin": "From {}", "via": "Via {}", "border": "Along the {} border"}


def _phrase_title(d: Direction) -> str:
    where = "–".join(lexicon.COUNTRY_NAMES.get(c, c) for c in d.countries)
    if d.kind == "origin" and "direction of" in fold(d.phrase):
        return f"From the direction of {where}"
    if d.kind == "origin" and "directly" in fold(d.phrase):
        return f"Directly from {where}"
    if d.kind == "via" and "airspace" in fold(d.phrase).replace(" ", ""):
        return f"Via {where}'s airspace"
    return _TITLES[d.kind].format(where)
