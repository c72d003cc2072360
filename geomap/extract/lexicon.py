"""The words the extractor reads by.

Countries and their adjectives, capitals that stand for their governments, organisations, speech
verbs, negations, numbers, and place-giving prepositions.

English and Polish, with the Ukrainian, Belarusian and Russian forms of the neighbours' names.
Everything is compared folded (:func:`geomap.places.text.fold`): lower case, no diacritics.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import zip_longest
from typing import Final


def one_of(words: Iterable[str], /, *, tails: Iterable[str] = ()) -> str:
    """Return a regular expression for any of ``words``, ignoring case; the first that matches wins.

    The words are grouped by their first letter (``p(?:resident|rime minister)``): the regex engine
    passes over a position by its first character, where a plain case-insensitive alternation tries
    each word there (three to four times slower over a long text).  The matches are the same.
    ``tails`` (regular expressions, one per word) follow their word inside the alternation.
    """
    groups: dict[str, list[str]] = {}
    for word, tail in zip_longest(words, tails, fillvalue=""):
        groups.setdefault(word[:1].lower(), []).append(re.escape(word[1:]) + tail)
    return "(?:" + "|".join(f"(?i:{re.escape(k)})(?i:{'|'.join(rest)})" for k, rest in groups.items()) + ")"


def longest_first(words: Iterable[str], /) -> list[str]:
    """Return ``words`` longest first, then in alphabetical order.

    The same words give the same list, hence the same expression, in every process: a set's own
    order changes with Python's hash seed (and an expression that changes is one the stored table
    of :mod:`geomap.extract.regexes` never holds).
    """
    return sorted(words, key=lambda w: (-len(w), w))


#: Country -> (names, in any case a report uses them; adjective stems, matched as word prefixes).
COUNTRIES: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "PL": (("poland", "polska", "polski", "polsce", "polske", "польща", "польщі", "польщу", "польша", "польши",
            "польшу", "польше", "польщею", "польшей", "польшча", "польшчы", "польшчай"),
           ("polish", "polsk", "польськ", "польск")),
    "BY": (("belarus", "byelorussia", "belorussia", "bialorus", "bialorusi", "bialorusia", "беларусь", "білорусь",
            "беларусі", "білорусі", "білоруссю", "белоруссия", "белоруссии", "беларуси", "беларусью",
            "белоруссией", "беларуссю", "белоруссию"),
           ("belarusian", "belarussian", "byelorussian", "belorussian", "bialorusk", "білоруськ", "беларуск",
            "белорусск")),
    "UA": (("ukraine", "ukraina", "ukrainy", "ukrainie", "ukraine's", "україна", "україни", "україні", "україну",
            "украина", "украины", "украине", "украину", "украіна", "украіны", "україною", "украиной",
            "украінай"),
           ("ukrainian", "ukrainsk", "українськ", "украинск", "украінск")),
    "RU": (("russia", "rosja", "rosji", "rosje", "росія", "россия", "росії", "росію", "россии", "россию", "расія",
            "расіі", "росією", "россией",
            # the Russian Federation by its letters: "со стороны РФ"
            "рф"),
           ("russian", "rosyjsk", "російськ", "российск", "расійск")),
    "LT": (("lithuania", "litwa", "litwy", "litwie", "литва", "литве", "литву", "литвы", "литви", "литві", "литвою",
            "литвой", "litwe"), ("lithuanian", "litewsk", "литовськ", "литовск")),
    "LV": (("latvia", "lotwa", "lotwy", "lotwie", "латвия", "латвии", "латвию", "латвія", "латвії", "латвію", "lotwe",
            "латвией", "латвією"),
           ("latvian", "lotewsk", "латвийск", "латвійськ", "латиськ")),
    "EE": (("estonia", "estonii", "estonie", "эстония", "эстонии", "эстонию", "эстонией", "естонія", "естонії",
            "естонію", "естонією"), ("estonian", "estonsk", "эстонск", "естонськ")),
    "FI": (("finland", "finlandia", "finlandii", "finlandie", "финляндия", "финляндии", "финляндию", "финляндией",
            "фінляндія", "фінляндії", "фінляндію", "фінляндією"), ("finnish", "finsk", "финск", "фінськ")),
    "DE": (("germany", "niemcy", "niemiec", "niemczech", "германия", "германии", "германию", "германией",
            "німеччина", "німеччини", "німеччину", "німеччині", "німеччиною"),
           ("german", "niemieck", "немецк", "німецьк")),
    "NL": (("netherlands", "holland", "holandia", "holandii", "holandie", "niderlandy", "niderlandach", "нидерланды",
            "нидерландов", "нидерландах", "голландия", "голландии", "нідерланди", "нідерландів", "нідерландах",
            "голландія", "голландії"),
           ("dutch", "holendersk", "niderlandzk", "нидерландск", "голландск", "нідерландськ", "голландськ")),
    # Northern and western Europe, where drones over airports and bases were reported in 2024-2025
    # (Polish "Dania", "danie" are dishes too: its other cases only)
    "NO": (("norway", "norwegia", "norwegii", "norwegie", "норвегия", "норвегии", "норвегию", "норвегией",
            "норвегія", "норвегії", "норвегію", "норвегією"), ("norwegian", "norwesk", "норвежск", "норвезьк")),
    "DK": (("denmark", "danii", "дания", "дании", "данию", "данией", "данія", "данії", "данію", "данією"),
           ("danish", "dunsk", "датск", "данськ")),
    "SE": (("sweden", "szwecja", "szwecji", "szwecje", "швеция", "швеции", "швецию", "швецией", "швеція", "швеції",
            "швецію", "швецією"), ("swedish", "szwedzk", "шведск", "шведськ")),
    "BE": (("belgium", "belgia", "belgii", "belgie", "бельгия", "бельгии", "бельгию", "бельгией", "бельгія",
            "бельгії", "бельгію", "бельгією"), ("belgian", "belgijsk", "бельгийск", "бельгійськ")),
    "BG": (("bulgaria", "bulgarii", "bulgarie", "болгария", "болгарии", "болгарию", "болгарией", "болгарія",
            "болгарії", "болгарію", "болгарією"), ("bulgarian", "bulgarsk", "болгарск", "болгарськ")),
    "IT": (("italy", "wlochy", "wloch"), ("italian", "wlosk")),
    "MD": (("moldova", "moldawia", "moldawii", "молдова", "молдовы", "молдове", "молдову", "молдавия",
            "молдавии", "молдавию", "молдови", "молдові", "moldawie", "молдавией", "молдовой", "молдовою"),
           ("moldovan", "moldawsk", "молдавск", "молдовськ", "молдавськ")),
    "RO": (("romania", "rumunia", "rumunii", "rumunie", "румыния", "румынии", "румынию", "румунія", "румунії", "румунію",
            "румынией", "румунією"),
           ("romanian", "rumunsk", "румынск", "румунськ")),
    "SK": (("slovakia", "slowacja", "slowacji", "slowacje", "словакия", "словакии", "словакию", "словакией",
            "словаччина", "словаччини", "словаччину", "словаччині", "словаччиною"),
           ("slovak", "slowack", "словацк", "словацьк")),
    "CZ": (("czechia", "czech republic", "czechy", "czech", "czech", "czechach", "чехия", "чехии", "чехию", "чехія",
            "чехії", "чехію"), ("czesk", "чешск", "чеськ")),
    "HU": (("hungary", "wegry", "wegier", "wegrzech", "wegrom", "wegrami", "венгрия", "венгрии", "венгрию", "венгрией",
            "угорщина", "угорщини", "угорщину", "угорщині", "угорщиною"),
           ("hungarian", "wegiersk", "венгерск", "угорськ")),
    "HR": (("croatia", "chorwacja", "chorwacji", "chorwacje", "хорватия", "хорватии", "хорватию", "хорватія",
            "хорватії", "хорватію"), ("croatian", "chorwack", "хорватск", "хорватськ")),
}  # fmt: skip

#: Capitals that a report may use for their government ("summoned by Warsaw", "Moscow's envoy").
CAPITALS: Final = {"warsaw": "PL", "warszawa": "PL", "moscow": "RU", "moskwa": "RU", "kyiv": "UA", "kiev": "UA",
                   "kijow": "UA", "minsk": "BY", "minsku": "BY", "vilnius": "LT", "wilno": "LT", "berlin": "DE",
                   "riga": "LV", "tallinn": "EE", "bucharest": "RO", "chisinau": "MD", "budapest": "HU",
                   "prague": "CZ", "bratislava": "SK"}  # fmt: skip

#: Capitals in Cyrillic, by their nominative (Russian, then Ukrainian), with their country and the
#: forms reports inflect them into: a dateline ("МИНСК, 10 сен"), a government ("Москва отрицает",
#: "позиція Києва", "уведомила Минск"), or a place ("в Минске", "у Києві").
CYRILLIC_CAPITALS: Final = {
    "Минск": ("BY", ("минск", "минска", "минске", "минску", "минском")),
    "Мінськ": ("BY", ("мінськ", "мінська", "мінську", "мінськом")),
    "Москва": ("RU", ("москва", "москвы", "москве", "москву", "москвой", "москвою", "москви", "москві")),
    "Киев": ("UA", ("киев", "киева", "киеве", "киеву", "киевом")),
    "Київ": ("UA", ("київ", "києва", "києві", "києву", "києвом")),
    "Варшава": ("PL", ("варшава", "варшавы", "варшаве", "варшаву", "варшавой", "варшави", "варшаві", "варшавою")),
    "Вильнюс": ("LT", ("вильнюс", "вильнюса", "вильнюсе", "вильнюсу", "вильнюсом")),
    "Вільнюс": ("LT", ("вільнюс", "вільнюса", "вільнюсі", "вільнюсу", "вільнюсом")),
    "Рига": ("LV", ("рига", "риги", "риге", "ригу", "ригой", "ризі", "ригою")),
    "Кишинев": ("MD", ("кишинев", "кишинёв", "кишинева", "кишинёва", "кишиневе", "кишинёве", "кишиневу", "кишиневом")),
    "Кишинів": ("MD", ("кишинів", "кишиневі")),
    "Бухарест": ("RO", ("бухарест", "бухареста", "бухаресте", "бухаресту", "бухарестом", "бухаресті")),
    "Таллин": ("EE", ("таллин", "таллина", "таллине", "таллину", "таллином")),
    "Таллінн": ("EE", ("таллінн", "таллінна", "таллінні", "таллінну", "таллінном")),
    "Берлин": ("DE", ("берлин", "берлина", "берлине", "берлину", "берлином")),
    "Берлін": ("DE", ("берлін", "берліна", "берліні", "берліну", "берліном")),
}  # fmt: skip

#: Capitals in Polish, by their nominative, with their country and the inflected forms a report
#: uses for a government or a city ("według Mińska", "zdaniem Kijowa", "w Wilnie"); the nominatives
#: are in CAPITALS.
POLISH_CAPITALS: Final = {
    "Warszawa": ("PL", ("warszawy", "warszawie", "warszawę", "warszawą")),
    "Moskwa": ("RU", ("moskwy", "moskwie", "moskwę", "moskwą")),
    "Mińsk": ("BY", ("mińsk", "mińska", "mińsku", "mińskiem")),
    "Kijów": ("UA", ("kijów", "kijowa", "kijowie", "kijowem")),
    "Wilno": ("LT", ("wilna", "wilnie", "wilnem")),
    "Ryga": ("LV", ("ryga", "rygi", "rydze", "rygę", "rygą")),
    "Kiszyniów": ("MD", ("kiszyniów", "kiszyniowa", "kiszyniowie", "kiszyniowem")),
    "Bukareszt": ("RO", ("bukareszt", "bukaresztu", "bukareszcie", "bukaresztem")),
}  # fmt: skip

#: News agencies (folded): one that relays a statement whose speaker the sentence names is not its
#: speaker ("Rosyjskie ministerstwo obrony zaprzeczyło, jakoby …, przekazała AFP").
NEWS_AGENCIES: Final = frozenset((
    "afp", "pap", "reuters", "ap", "associated press", "tass", "тасс", "риа новости", "ria novosti", "ria",
    "interfax", "интерфакс", "інтерфакс", "ukrinform", "укрінформ", "leta", "bns", "dpa", "unian", "уніан",
    "agencja reutera", "agencja afp", "agencja pap", "agencja reuters", "белта", "belta",
    # news sites that relay others' words as the agencies do ("Про це повідомляє РБК-Україна з
    # посиланням на Міністерство оборони РФ": the ministry speaks)
    "рбк", "рбк-україна", "рбк-украина", "rbc-ukraine", "європейська правда", "европейская правда",
    "українська правда", "украинская правда", "унн", "unn", "delfi", "newsmaker",
))  # fmt: skip

#: Continents, folded: never a place, though a village bears the name ("w Europie": Europa, Lithuania).
CONTINENTS: Final = frozenset(("europe", "europa", "европа", "європа", "asia", "azja", "азия", "азія", "africa",
                               "afryka", "африка", "america", "ameryka", "америка"))  # fmt: skip

#: Named like places, never places: institutions, alliances, agencies, media.
ORGANISATIONS: Final = (
    "white house", "kremlin", "nato", "pentagon", "european union", "eu", "united nations", "un", "osce",
    "associated press", "ap", "reuters", "ria", "ria novosti", "tass", "bbc", "cnn", "afp", "pap",
    "supreme headquarters allied powers europe", "supreme headquarters allied powers", "allied command operations",
    "operational command", "border guard", "strazy granicznej", "straz graniczna", "dowodztwo operacyjne",
    "ministry of defence", "ministry of defense", "ministry of foreign affairs", "foreign ministry",
    "defence ministry", "defense ministry", "parliament", "sejm", "senate", "congress", "downing street",
    "digital", "fox news", "fox news digital", "security council", "allied airspace", "article 4", "article 5",
    "минобороны", "міноборони", "мвд", "мзс", "мид", "генштаб", "госпогранкомитет", "дпсу", "зсу",
    "kreml", "кремль", "нато",
)  # fmt: skip

#: Titles and roles before a person's name ("Prime Minister Donald Tusk", "Col. Martin O'Donnell").
TITLES: Final = (
    "president", "prime minister", "minister", "foreign minister", "defence minister", "defense minister",
    "secretary-general", "secretary general", "secretary", "spokesperson", "spokesman", "spokeswoman",
    "ambassador", "chief diplomat", "chancellor", "mayor", "governor", "commander", "general", "gen.", "col.",
    "colonel", "lt.", "maj.", "major", "sgt.", "capt.", "captain", "dr.", "mr.", "mrs.", "ms.", "premier",
    "deputy", "chief", "official", "envoy", "prosecutor", "army col.", "u.s. army col.", "commissioner",
    # two ranks' abbreviations are one rank ("Lt. Col. Jacek Goryszewski": not a "Col" after "Lt.")
    "lt. col.", "lt. gen.", "maj. gen.", "brig. gen.", "lieutenant colonel", "lieutenant general", "major general",
    "brigadier general",
    "prezydent", "rzecznik", "rzeczniczka", "wojewoda", "starosta", "wojt", "burmistrz",
    "prokurator", "generał", "płk", "ppłk", "szef", "szefowa", "wiceszef", "wiceszefowa", "wiceminister",
)  # fmt: skip

#: English verbs of saying in a finite form, the ones a subject stands beside ("Tusk said", "said
#: Tusk", "officials warned", "Kyiv claims").
SAID: Final = (
    "said", "says", "stated", "states", "declared", "declares", "noted", "notes", "added", "adds", "told",
    "tells", "informed", "reported", "reports", "asserted", "asserts", "confirmed", "confirms", "wrote", "writes",
    "posted", "commented", "claimed", "claims", "warned", "announced", "insisted", "insists", "explained",
    "argued", "alleged", "accused", "characterized", "characterised", "described", "denied", "denies", "rejected",
    "rejects", "dismissed", "dismisses", "refuted", "refutes", "recalled", "recalls", "stressed", "stresses",
    "emphasised", "emphasized", "assured", "assures", "replied", "replies", "mentioned",
)  # fmt: skip

#: English verbs of saying, every form (in English "…, said Tusk" and "Tusk, who …, said" both occur).
ENGLISH_SPEECH_VERBS: Final = (
    *SAID, "say", "stating", "saying", "adding", "noting", "confirming", "claiming", "declaring", "according",
    "according to",
    # what a body published shows it: "released a map showing three MiG-31s entered Estonian airspace"
    "showing",
)  # fmt: skip

#: Verbs of denying in Russian and Ukrainian: speech, and a negation of what follows ("Минск отрицает,
#: что…"), as "denied" and "zaprzeczył" are.
CYRILLIC_DENIALS: Final = (
    "отрицает", "отрицают", "отрицал", "отрицала", "отрицало", "отрицали", "отвергает", "отвергают", "отверг",
    "отвергла", "отвергло", "отвергли", "опроверг", "опровергла", "опровергло", "опровергли", "заперечує",
    "заперечують", "заперечив", "заперечила", "заперечило", "заперечили", "відкидає", "відкидають", "відкинув",
    "відкинула", "відкинуло", "відкинули", "спростовує", "спростовують", "спростував", "спростувала",
    "спростувало", "спростували",
)  # fmt: skip

#: Adverbial participles of saying in Polish, Ukrainian and Russian ("…, wskazując, że …", "…, зазначивши,
#: що …", "…, указав, что …"): their subject is the main clause's, before them, never one after them.
#: (English "saying", "adding" are among ENGLISH_SPEECH_VERBS.)
SPEECH_PARTICIPLES: Final = (
    "wskazując", "podkreślając", "zaznaczając", "informując", "dodając", "twierdząc", "przekonując",
    "tłumacząc", "wyjaśniając", "stwierdzając", "ostrzegając", "zapewniając", "ogłaszając", "przekazując",
    "зазначивши", "наголосивши", "повідомивши", "вказавши", "заявивши", "додавши", "пояснивши", "підкресливши",
    "зазначаючи", "наголошуючи", "заявляючи", "повідомляючи", "вказуючи", "пояснюючи", "підкреслюючи",
    "стверджуючи", "указав", "отметив", "подчеркнув", "сообщив", "добавив", "указывая", "отмечая", "подчеркивая",
    "подчёркивая", "заявляя", "сообщая", "утверждая", "поясняя",
    # (not the Russian "заявив", "пояснив", "уточнив": the Ukrainian past, "…, заявив Зеленський")
)  # fmt: skip

#: Verbs of saying (English, Polish, Ukrainian and Russian): a sentence with one reports someone's words.
SPEECH_VERBS: Final = (
    *ENGLISH_SPEECH_VERBS, *CYRILLIC_DENIALS, *SPEECH_PARTICIPLES,
    "powiedział", "powiedziała", "stwierdził", "stwierdziła", "oświadczył", "oświadczyła", "przekazał",
    "przekazała", "poinformował", "poinformowała", "dodał", "dodała", "napisał", "napisała", "podkreślił",
    "podkreśliła", "według", "zdaniem", "zaznaczył", "zaznaczyła", "przyznał", "przyznała", "poinformowało",
    "przekazało", "podało", "podał", "podała", "oświadczyło", "stwierdziło", "poinformowali", "przekazali",
    "potwierdził", "potwierdziła", "potwierdziło", "potwierdzili", "zaprzeczył", "zaprzeczyła", "zaprzeczyło",
    "odrzucił", "odrzuciła", "odrzuciło", "odrzucili", "zdementował", "zdementowała", "zdementowało",
    "nazwał", "nazwała", "nazwało", "nazwali", "назвав", "назвала", "назвало", "назвали", "назвал",
    "podtrzymał", "podtrzymała", "podtrzymało", "podtrzymali", "podtrzymują", "podtrzymuje",
    # the plural of bodies and forces ("służby graniczne poinformowały", "Siły Powietrzne zaprzeczyły")
    "poinformowały", "przekazały", "podały", "oświadczyły", "stwierdziły", "zaprzeczyły", "potwierdziły",
    "odrzuciły", "twierdzą",
    # the present ("Moskwa zaprzecza, jakoby …", "Moskwa nie przyznaje się do …")
    "zaprzecza", "zaprzeczają", "odrzuca", "odrzucają", "przyznaje", "przyznają",
    "наполягає", "наполягають", "наполягав", "наполягала", "настаивает", "настаивают", "настаивал",
    "настаивала", "признали", "визнали", "отметили", "подчеркнули", "наголосили",
    "relacjonował", "relacjonowała", "wyjaśniło", "zauważył", "zauważyła", "tłumaczył", "tłumaczyła",
    # "confirmed", as in Polish and English ("Польские военные не подтвердили …": their denial)
    "подтвердил", "подтвердила", "подтвердило", "подтвердили", "підтвердив", "підтвердила", "підтвердило",
    "підтвердили",
    # the present of reports and of people asked ("Mieszkańcy mówią, że …", "— relacjonuje"), what is
    # revealed or recorded ("— ujawnił premier", "Centrum Operacji Powietrznych odnotowało …")
    "mówi", "mówią", "podkreśla", "podkreślają", "przekonuje", "przekonują", "zapewnia", "zapewniają",
    "relacjonuje", "relacjonują", "opowiada", "opowiadają", "ujawnił", "ujawniła", "ujawniło", "ujawnili",
    "ujawnia", "odnotowało", "odnotował", "odnotowała", "odnotowały", "zarejestrowało", "zarejestrowały",
    # claims disputed by who says so ("Biden kwestionuje twierdzenia, że …")
    "kwestionuje", "kwestionują", "zakwestionował", "zakwestionowała", "оспаривает", "оспаривают", "оспорил",
    "оспорила",
    # the Polish impersonal, said in a body ("W MON przekazano, że …")
    "przekazano", "poinformowano", "podano", "zaznaczono", "potwierdzono", "zaprzeczono", "podkreślono", "dodano",
    "wyjaśniono", "oświadczono",
    # supposing it ("У МЗС України припустили, що …", "в МИД предположили")
    "припустили", "предположили", "допустили",
    # published it ("Информацию о том, что …, опубликовал Telegram-канал Mash", "opublikowało komunikat")
    "опубликовал", "опубликовала", "опубликовало", "опубликовали", "опублікував", "опублікувала",
    "опублікувало", "опублікували", "opublikował", "opublikowała", "opublikowało", "opublikowali", "opublikowały",
    # accusing someone of it ("Варшава обвинила Минск в том, что …")
    "обвинила", "обвинил", "обвинили", "обвинило", "звинуватив", "звинуватила", "звинуватили", "звинуватило",
    "oskarżył", "oskarżyła", "oskarżyło", "oskarżyli",
    # the imperfective past ("Duda mówił, że …, Zełenski zapewniał, że …")
    "zapewniał", "zapewniała", "twierdził", "twierdziła", "twierdzili", "podkreślał", "podkreślała", "mówili",
    "przekonywał", "przekonywała",
    # an answer, and an argument, given ("Na uwagę, że …, wiceminister odpowiedział: …", "– argumentował";
    # not the bare "responded", which is also what forces do)
    "odpowiedział", "odpowiedziała", "odparł", "odparła", "argumentował", "argumentowała", "відповів",
    "відповіла", "аргументував", "аргументувала", "ответил", "ответила", "аргументировал", "аргументировала",
    # "zgodnie z oświadczeniem ministra …": the statement's noun and its "z" (speech verbs are one or two words)
    "z oświadczeniem", "z komunikatem", "z informacjami", "z informacją", "ze słowami", "z relacją", "z wypowiedzią",
    "заявил", "заявила", "заявило", "заявили", "сообщил", "сообщила", "сообщило", "сообщили", "сказал",
    "сказала", "по данным", "по словам", "по мнению", "на думку", "по утверждению", "по информации",
    "по сообщению", "за твердженням", "за інформацією", "за повідомленням",
    # a body that records a violation states it: "Міністерство оборони Фінляндії зафіксувало вторгнення"
    "зафіксувало", "зафіксували", "зафиксировало", "зафиксировали", "заявив", "повідомив", "повідомила",
    "исключают", "исключает", "виключають", "виключає", "wykluczają", "wyklucza", "wykluczył", "wykluczyła",
    "wykluczyło", "wykluczyli", "исключил", "исключила", "исключило", "виключив", "виключила", "виключило",  # "не исключают, что …"
    "повідомило", "повідомили", "сказав", "за даними", "за словами",
    "зазначив", "зазначила", "зазначили", "наголосив", "наголосила", "підкреслив", "підкреслила", "розповів",
    "розповіла", "розповіли", "рассказали", "написав", "написала", "зауважив", "зауважила", "поінформував", "поінформувала", "пояснив",
    "пояснила", "додав", "додала", "повідомляв", "повідомляла", "заявляв", "заявляла", "рассказал", "рассказала",
    "подчеркнул", "подчеркнула", "отметил", "отметила", "уточнил", "уточнила", "уточнили", "утверждает",
    "утверждают", "утверждал", "утверждала", "утверждали", "утверждало", "стверджує", "стверджують", "стверджував", "стверджувала",
    "стверджувало", "стверджували", "сообщала", "сообщало", "сообщалось", "заявлял", "добавил", "добавила", "написал",
    # (and the plural, Ukrainian and Russian alike: "У російському міністерстві написали, що …")
    "написали",
    # the imperfective past: "Минск 1 сентября сообщал о нарушении …", "У Варшаві заявляли"
    "сообщал", "сообщали", "заявляли", "повідомляли", "заявляло", "informowały", "informowali", "informowało",
    # what one side called the other's statement: "У Польщі назвали провокацією заяви …"
    "назвали", "назвал", "назвала", "назвав", "nazwał", "nazwała", "nazwali",
    "указал", "указала", "констатировали", "передает", "передає", "считают", "вважають", "считает", "вважає",
    # what they reckoned, past: "Как сочли власти, их могло принести …"
    "сочли", "счел", "счёл", "сочла", "сочло", "вважали", "вважав", "вважала",
    "припустив", "припустила", "уточнив", "пояснил", "предположил", "предположила",
    # a body's (neuter) and the plural: "Ведомство добавило", "Відомство додало", "в МИД добавили"
    "добавило", "додало", "добавили", "додали", "уточнило", "зазначило", "отметило",
    "подчеркнуло", "наголосило", "пояснило", "объяснило", "указало", "написало", "пояснили", "объяснили",
    "підкреслили", "указали", "вказали",
    "mówił", "mówiła", "ogłosił", "ogłosiła", "zapewnił", "zapewniła", "wyjaśnił", "wyjaśniła", "ocenił",
    "oceniła", "podkreślało", "dodało", "informował", "informowała", "informowało",
    # the present, as news agencies and reports write an institution's words ("— сообщает канцелярия")
    "сообщает", "сообщают", "заявляет", "заявляют", "отмечает", "отмечают", "пишет", "повідомляє",
    "повідомляють", "заявляє", "заявляють", "зазначає", "зазначають", "пише", "informuje", "informują",
    "podaje", "podają", "przekazuje", "twierdzi", "potwierdza", "potwierdzają", "stwierdza",
    # what a medium reports: "portal Onet donosi, że …"
    "donosi", "donoszą", "donosił", "donosiła", "donosiło",
    # "не исключили, что …": a hedged claim, its speaker the subject (the singular is above)
    "исключили", "виключили",
    # said, in an editorial's words: "– выдумал диктатор", "– вигадав Лукашенко"
    "выдумал", "выдумала", "придумал", "придумала", "вигадав", "вигадала", "соврал", "збрехав",
    # a statement quoted, its body after it: "– czytamy w komunikacie Dowództwa Operacyjnego", "– йдеться
    # у дописі Повітряних сил", "— сказано в Telegram-канале Минобороны" (the body: see speakers._IN_DOCUMENT)
    "czytamy w", "сказано в", "сказано у", "говорится в", "йдеться в", "йдеться у", "зазначено в", "зазначено у",
    # "– można było przeczytać (przed południem) w komunikacie Dowództwa Operacyjnego": read there, its
    # body after it; "– brzmi oświadczenie Ministerstwa Obrony Łotwy": so the statement reads
    "przeczytać", "brzmi", "brzmiał", "brzmiało",
    # ... or on its page: "– йдеться на сайті Держприкордонслужби", "говорится на странице ведомства"
    "czytamy na", "сказано на", "говорится на", "йдеться на", "зазначено на",
    # ... or named first, its body after it: "W komunikacie Straży Granicznej czytamy, że …" (the
    # Cyrillic impersonal verbs, "В заявлении Минобороны говорится", only after a document: see
    # speakers._DOCUMENT_FIRST; alone, "Сообщается, что …" is no one's)
    "czytamy", "napisano",
)  # fmt: skip
#: The one-word verbs of saying as a regular expression's alternation (multi-word ones stand apart).
SPEECH_WORDS: Final = "|".join(re.escape(v) for v in SPEECH_VERBS if " " not in v)
#: Their first letters, as a character class (to be used ignoring case): an expression that looks for
#: one first tries its hundreds of verbs only where one may begin, not at every character.
SPEECH_FIRST: Final = "[" + "".join(sorted({v[0].lower() for v in SPEECH_VERBS if " " not in v})) + "]"
#: The Russian and Ukrainian verbs of saying in the plural past, said with no subject: "заявили в
#: Кишиневе", "у відомстві заявили" (they said, there).
CYRILLIC_PLURAL_SAID: Final = tuple(v for v in SPEECH_VERBS if re.fullmatch(r"[а-яіїєґ]+ли", v))

#: Military ranks that stand alone for the officer named before with that rank ("Как утверждает
#: генерал, …"), as written; never another ("Rosyjski generał powiedział" names no one before).
RANKS: Final = ("генерал", "generał", "general", "полковник", "pułkownik", "colonel")

#: Titles that stand alone for the person named before with them ("Premier podkreślił", "the
#: president said", "Президент зазначив"), folded.
BARE_TITLES: Final = ("premier", "prezydent", "president", "prime minister", "minister", "президент", "премьер",
                      "премьер-министр", "прем'єр", "прем’єр", "прем'єр-міністр", "глава держави", "міністр",
                      "министр", "szef mon", "wicepremier", "rzecznik", "rzeczniczka", "spokesman",
                      "spokeswoman", "spokesperson", "начальник генштаба", "начальник генерального штаба",
                      "глава", "голова", "начальник", "командувач", "командующий",
                      *RANKS,
                      # a deputy minister ("– сказав заступник міністра"): the one named before
                      "заступник міністра", "заместитель министра", "deputy minister", "wiceminister",
                      # and the nouns for the person last named ("– przekazał polityk", "said the diplomat")
                      "polityk", "polityczka", "dyplomata", "politician", "diplomat", "політик", "дипломат",
                      "политик")  # fmt: skip

#: People described by what they are, not by a title that names one person ("informator Onetu",
#: "świadek", "источник в ведомстве", "співрозмовник видання"): after a verb of saying, the speaker.
DESCRIBED_PEOPLE: Final = (
    "informator", "informatorka", "rozmówca", "rozmówczyni", "źródło", "oficer", "mieszkaniec", "mieszkanka",
    "mieszkańcy", "świadkowie",
    "świadek", "ekspert", "ekspertka", "eksperci", "analityk", "analityczka", "analitycy", "komentatorzy",
    "pogranicznik", "funkcjonariusz",
    "funkcjonariuszka", "policjant", "policjantka", "żołnierz", "reporter", "reporterka", "korespondent",
    "korespondentka",
    "источник", "собеседник", "собеседница", "очевидец", "очевидица", "житель", "жительница", "эксперт",
    "аналитик", "офицер", "пограничник", "эксперты", "аналитики",
    "джерело", "співрозмовник", "співрозмовниця", "очевидець", "мешканець", "мешканка", "експерт", "аналітик",
    "експерти", "аналітики",
    "офіцер", "прикордонник",
    # an official, unnamed: "– сказав чиновник", "– powiedział urzędnik"
    "urzędnik", "urzędniczka", "чиновник", "чиновница", "чиновниця", "посадовець", "посадовиця",
    # how some reports call a leader they oppose ("– выдумал диктатор"): a description, not a title
    # that finds the last person named
    "диктатор", "dyktator",
)  # fmt: skip
#: Polish words for a person that, after a verb of saying, are its subject without being a speaker
#: geomap names ("– ocenił polityk opozycji", "– dodał dyplomata"): no dropped pronoun there.
POLISH_PERSON_WORDS: Final = (
    "polityk", "polityczka", "dyplomata", "dyplomatka", "urzędnik", "urzędniczka", "przedstawiciel",
    "przedstawicielka", "obserwator", "reporter", "reporterka", "dziennikarz", "dziennikarka", "korespondent",
    "korespondentka", "generał", "dowódca",
)  # fmt: skip

#: Words before a Cyrillic name that are no part of it (titles, ranks, institutions), folded stems.
CYRILLIC_NOT_NAMES: Final = ("президент", "премьер", "прем", "министр", "міністр", "глав", "генерал", "начальник",
                             "генштаб", "посол", "спикер", "спікер", "речник", "речниц", "представ", "мэр", "мер", "губернатор",
                             "командувач", "командующ", "председател", "голов", "заступник", "заместител", "об",
                             "про", "за", "по", "как", "як", "ранее", "раніше", "при", "пресс", "прес", "бюро",
                             "секретар", "депутат", "лидер", "лідер", "диктатор", "мвд", "мид", "мзс", "минобороны",
                             "міноборони", "telegram", "это", "це", "в", "у", "на", "из", "з",
                             # a sentence's first word, capitalised there: "Однако Национальные вооружённые силы"
                             "однако", "однак", "также", "також", "затем", "потім", "позже", "позднее", "пізніше",
                             "впрочем", "кроме", "тогда", "тоді", "но", "але", "и", "і", "а", "та", "тем",
                             # institutions in the genitive after a title: "Пресс-секретарь Кремля Дмитрий Песков"
                             "кремл", "уряду", "правительства", "сейму", "сейма", "нато",
                             # possessives and demonstratives opening a sentence: "Наші Збройні сили"
                             "наш", "наші", "наша", "наше", "наши", "ваш", "ваші", "ваши", "їхні", "свої", "ці",
                             "ті", "эти", "те", "цей", "этот",
                             # pronouns opening a sentence: "Они считают, что …" (who they are is looked for)
                             "он", "она", "оно", "они", "він", "вона", "воно", "вони", "мы", "ми", "вы", "ви",
                             "я")  # fmt: skip

#: The days of the week as a report writes "on Monday" (the accusative after "w", "в", "у"), in the
#: four languages: "Belarus on Thursday said", "W sobotę Litwa poinformowała", "В минувшую субботу".
WEEKDAYS: Final = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "poniedziałek", "wtorek", "środę", "czwartek", "piątek", "sobotę", "niedzielę",
    "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье",
    "понеділок", "вівторок", "середу", "четвер", "п’ятницю", "п'ятницю", "суботу", "неділю",
)  # fmt: skip

#: Ranks before a name, whole words only ("Подполковник Яцек Горишевский"; "Капитанов" is a surname).
CYRILLIC_RANKS: Final = frozenset(("подполковник", "підполковник", "полковник", "майор", "капитан", "капітан",
                                   "лейтенант", "сержант", "адмирал", "адмірал", "генерал-майор",
                                   "генерал-лейтенант"))  # fmt: skip

#: Polish given names, the commonest: a title's last word that is one begins a name of three words
#: ("wiceszef MSZ Władysław Teofil Bartoszewski"), where a party's or a village's does not; and an
#: institution's name ends before one ("kapitan Straży Granicznej Anna Michalska").
POLISH_GIVEN_NAMES: Final = frozenset((
    "Agata", "Agnieszka", "Aleksandra", "Alicja", "Anna", "Barbara", "Beata", "Dorota", "Elżbieta", "Ewa",
    "Ewelina", "Grażyna", "Hanna", "Iwona", "Izabela", "Jadwiga", "Joanna", "Jolanta", "Justyna", "Karolina",
    "Katarzyna", "Krystyna", "Magdalena", "Małgorzata", "Maria", "Marta", "Marzena", "Monika", "Natalia",
    "Paulina", "Renata", "Sylwia", "Urszula", "Wioletta", "Zofia",
    "Adam", "Adrian", "Aleksander", "Andrzej", "Antoni", "Arkadiusz", "Artur", "Bartłomiej", "Bartosz",
    "Bogdan", "Bogusław", "Bolesław", "Bronisław", "Cezary", "Czesław", "Damian", "Daniel", "Dariusz",
    "Dawid", "Dominik", "Edward", "Emil", "Eugeniusz", "Filip", "Franciszek", "Grzegorz", "Henryk",
    "Hubert", "Ireneusz", "Jacek", "Jakub", "Jan", "Janusz", "Jarosław", "Jerzy", "Józef", "Kamil",
    "Karol", "Kazimierz", "Konrad", "Krystian", "Krzysztof", "Leszek", "Ludwik", "Łukasz", "Maciej",
    "Marcin", "Marek", "Marian", "Mariusz", "Mateusz", "Michał", "Mieczysław", "Mirosław", "Norbert",
    "Patryk", "Paweł", "Piotr", "Przemysław", "Radosław", "Rafał", "Robert", "Roman", "Ryszard",
    "Sebastian", "Sławomir", "Stanisław", "Stefan", "Szymon", "Tadeusz", "Tomasz", "Wacław", "Waldemar",
    "Wiesław", "Wiktor", "Witold", "Władysław", "Wojciech", "Zbigniew", "Zdzisław", "Zenon", "Zygmunt",
))  # fmt: skip

#: Conjunctions that join a second statement to a first ("… from Belarus, while Ryzhenkov said …",
#: "… z Białorusi, natomiast Moskwa twierdzi …"): read as such after a comma (speakers) and, where a
#: denial follows a phrase, anywhere between (claims).
JOINING_WORDS: Final = (
    "but", "while", "whereas", "and", "although", "though", "however", "ale", "lecz", "oraz", "i", "a",
    "natomiast", "zaś", "jednak", "podczas gdy", "но", "и", "а", "однако", "тогда как", "в то время как",
    "але", "і", "та", "проте", "однак", "тоді як", "натомість",
)  # fmt: skip
#: The joining words as a regular expression's alternation, the longest first ("podczas gdy" before "i").
JOINING: Final = one_of(sorted(JOINING_WORDS, key=len, reverse=True))

#: "According to" in Polish, Ukrainian and Russian, by what it takes: a person's words or view ("по
#: словам", "за словами", "на думку"), a body's data or report ("по данным", "за інформацією"), or
#: either ("według", "zdaniem"); English "according to" takes either too.  One list for every pattern
#: that reads a source after them (speakers.py), whatever it then looks for there.
ACCORDING_WORDS: Final = r"по\s+словам|по\s+мнению|по\s+оценке|за\s+словами|на\s+думку|за\s+оцінкою"
ACCORDING_DATA: Final = (
    r"по\s+данным|по\s+информации|по\s+сообщению|за\s+даними|за\s+інформацією|за\s+повідомленням"
)
ACCORDING: Final = rf"according\s+to|według|zdaniem|{ACCORDING_WORDS}|{ACCORDING_DATA}"

#: Crewed military aircraft, by the beginnings of their words in the four languages.  One said to
#: have entered a country's airspace flew through it (it flies on, or back): a drone or a balloon
#: that entered came down there.  Not helicopters: one that crossed a border and went back is read
#: as where it came from only.
MILITARY_AIRCRAFT: Final = (
    "jet", "fighter", "bomber", "warplane", "tanker", "mig-", "su-", "tu-", "il-", "myśliw", "mysliw", "bombowc",
    "bombowiec", "odrzutow", "tankowc", "tankowiec", "ił-", "винищувач", "бомбардувальник", "міг-", "су-", "ту-",
    "іл-", "истребител", "бомбардировщик", "миг-", "ил-", "military aircraft",
)  # fmt: skip
#: Planes of any kind: crewed, so what a sentence says entered, but civil ones are named in reports
#: of drones and balloons too (flights diverted), so never what a report is about.  Not "aircraft",
#: which reports use for drones ("unmanned aircraft", "the aircraft entered Latvian airspace").
PLANES: Final = ("plane", "airplane", "samolot", "літак", "самолет", "самолёт")

#: Conjunctions of a reason: what follows is asserted, even inside a question or after a negation
#: ("…, since the drone entered from the Ukrainian side?", "nie …, ponieważ dron nadleciał z …").
REASON_WORDS: Final = (
    "since", "because", "as", "given that", "ponieważ", "gdyż", "bo", "skoro", "zważywszy", "оскільки", "бо",
    "адже", "враховуючи", "поскольку", "так как", "потому что", "ведь", "учитывая",
)  # fmt: skip

#: None of the objects: "no drone reached Romanian territory", "ни один беспилотник не …".  Each
#: denies its own clause only, as a bare "not" does (claims._BARE_NOTS).
NONE_OF_OBJECTS: Final = (
    "no drone", "no drones", "no missile", "no missiles", "no rocket", "no rockets", "no object", "no objects",
    "no uav", "no uavs", "no balloon", "no balloons", "no aircraft", "ни один", "ни одна", "жоден", "жодна",
    "жодний", "żaden dron", "żadna rakieta", "żaden obiekt", "żaden pocisk",
)  # fmt: skip

#: Words that turn a direction into a denial: "no evidence it crossed Belarusian airspace".
NEGATIONS: Final = (
    "no evidence", "not", "never", "none of", "none had", "none has", "none have", "none was", "none were",
    "none came", "none entered", "none crossed", "none flew", "neither of", "no sign", "no indication", "denied", "denies", "deny", "rejected",
    "rejects", "groundless", "false", "n't", "n’t", "nothing to suggest", "no proof", "unfounded", "no data",
    "nie", "żadnych dowodów", "brak dowodów", "zaprzeczył", "zaprzeczyła", "nieprawd", "no information",
    "no violation", "no violations", "no incursion", "no incursions", "no breach", "no breaches",
    "no border violation", "no border violations", "żadnych naruszeń", "brak naruszeń", "жодних порушень",
    # an institution denies in the neuter ("MSZ zaprzeczyło"); claims dismissed or rejected are denied
    "zaprzeczyło", "zaprzeczyli", "zaprzeczyły", "zaprzecza", "zaprzeczają", "zdementował", "zdementowała",
    "zdementowało", "zdementowali", "dementuje", "odrzucił", "odrzuciła", "odrzuciło", "odrzucili", "odrzuca",
    "dismissed", "dismisses", "dismiss",
    # a denial in a participle: "…, the army said, denying reports that …"
    "denying", "dismissing", "rejecting", "odrzucając", "zaprzeczając", "dementując", "odrzuciwszy",
    "відкинувши", "відкидаючи", "заперечуючи", "заперечивши", "спростовуючи", "спростувавши",
    "отвергнув", "отвергая", "отрицая", "опровергнув", "опровергая",
    # claims called absurd or untrue, before them ("nazwał absurdalnymi zarzuty, że …")
    "absurdalnymi", "absurdalne", "nieprawdziwymi", "nieprawdziwe", "bezpodstawnymi", "bezpodstawne",
    "абсурдными", "абсурдними", "неправдивыми", "неправдивими", "безпідставними", "безосновательными",
    "ложными",
    "не", "нет", "ні", "немає", "никаких", "ніяких", "жодних", "żadnych", "żadne", "żaden", *CYRILLIC_DENIALS,
    # Ruling a way out denies it; "does not rule out" is a hedge, taken away first (claims._NOT_DENYING).
    # (in English with its "that": "excluding the one shot down" denies nothing)
    "excludes that", "excluded that", "exclude that", "rules out that", "ruled out that", "rule out that",
    "ruling out that", "ruled out the possibility", "rules out the possibility",
    "wyklucza", "wykluczają", "wykluczył", "wykluczyła", "wykluczyło", "wykluczyli", "wykluczono",
    "исключает", "исключают", "исключил", "исключила", "исключили", "исключено",
    "виключає", "виключають", "виключив", "виключила", "виключили", "виключено",
    # what is said to contradict the way ("informacje, które przeczą tezie, by rakieta … została
    # wystrzelona z Rosji"; "unlikely" is a hedge of its own: claims._HEDGE)
    "przeczą", "przeczy", "contradict", "contradicts", "contradicted", "противоречат", "противоречит",
    "суперечать", "суперечить",
    # claims disputed ("disputed claims that …", "оспаривает утверждения о том, что …")
    # (the English verb with its object: "a border dispute" or "the disputed border" deny nothing)
    "disputed claims", "disputes claims", "disputed the claim", "disputes the claim", "disputed reports",
    "disputes reports", "disputed that", "disputes that", "disputing claims", "оспаривает", "оспаривают", "оспорил", "оспорила",
    "оспорили", "оспаривал", "оскаржує", "оскаржують", "kwestionuje", "kwestionują",
    "zakwestionował", "zakwestionowała", "zakwestionowało", "podważa", "podważają", "podważył", "podważyła",
    *NONE_OF_OBJECTS,
    # nothing confirms it ("there is no confirmation that Russian drones reached Romanian territory")
    "no confirmation", "brak potwierdzenia", "нет подтверждения", "немає підтвердження", "nothing indicates",
    "nothing suggests", "nothing shows",
)  # fmt: skip

#: Rivers of the region, in the forms reports use after "nad", "над", "on the" or a word for a river
#: (folded): "nad Dunajem" is the Danube, not the village Dunaj.
RIVERS: Final = frozenset((
    "dunaj", "dunajem", "dunaju", "danube", "дунай", "дунаю", "дунаєм", "дунаем", "дунае", "дунаї",
    "bug", "bugiem", "bugu", "буг", "бугом", "бузі", "буге", "бугу",
    "prut", "prutem", "prucie", "prutu", "прут", "прутом", "пруті", "пруте", "пруту",
    "dniestr", "dniestrem", "dniestrze", "dniestru", "dniester", "дністер", "дністром", "дністрі", "дністра",
    "днестр", "днестром", "днестре", "днестра",
    "wisla", "wisle", "wisly", "vistula", "niemen", "niemnem", "niemnie", "niemna", "neman", "nemunas",
    "неман", "неманом", "немане", "немана", "нёман", "нёманом", "нёмане", "нёмана", "нямунас",
    "narew", "narwia", "narwi", "san", "sanem", "sanie", "sanu", "odra", "odrze", "odry", "oder",
    "днепр", "днепра", "днепре", "днепром", "дніпро", "дніпра", "дніпрі", "дніпром", "dniepr", "dnieprze",
    "dniepru", "dnieper",
))  # fmt: skip
#: Seas and gulfs, by their nouns (folded), before an adjective ("Zatoka Fińska", "w Zatoce Ryskiej",
#: "над Финским заливом" has its adjective first: see SEA_AFTER) or alone ("nad Bałtykiem").
SEA_NOUNS: Final = frozenset((
    "zatoka", "zatoki", "zatoce", "zatoke", "morze", "morza", "morzu", "morzem", "затока", "затоки", "затоці",
    "затоку", "затокою", "залив", "залива", "заливе", "заливом", "море", "моря", "морі", "морем",
))  # fmt: skip
SEAS: Final = frozenset(("baltyk", "baltyku", "baltykiem", "балтика", "балтике", "балтиці", "балтику"))
#: Words before a river's name that say it is one.
RIVER_CUES: Final = ("nad", "над", "river", "rzeka", "rzeki", "rzece", "rzekę", "rzeke", "річка", "річки", "річці",
                     "річку", "река", "реки", "реке", "реку")  # fmt: skip

#: A place's centre or heart, its name after in the genitive: "w samym sercu Wilna", "в центре Вильнюса".
CENTRE_NOUNS: Final = ("centrum", "sercu", "центре", "центрі")
#: Prepositions and nouns after which a name is inflected (Polish, then Ukrainian and Russian).
INFLECTING_CUES: Final = (
    "w", "we", "pod", "nad", "koło", "przy", "obok", "niedaleko", "z", "ze", "do", "od", "okolicach",
    "okolicy", "okolice", "okolic", "rejonie", "rejon", "pobliżu", "terenie", "kierunku", *CENTRE_NOUNS,
    "miejscowości", "wsi", "gminie", "powiecie", "mieszkańcy", "miejscowością", "wsią", "miastem", "miejscowościach",
    "wiosce", "wioskach",
    "в", "во", "у", "під", "под", "біля", "возле", "около", "поблизу", "с", "з", "із", "над", "до", "от", "від",
    "аэропорт", "аэропорта", "аэропорты", "аэропортов", "аеропорт", "аеропорту", "аеропорти", "аеропортів",
    "районе", "районі", "окрестностях", "околицях", "селе", "селі", "деревне", "місті", "городе", "посёлке",
    "селищі", "містечку", "городке", "miasteczku",
)  # fmt: skip

#: A capital is its city after these words ("in Warsaw", "flights to Kyiv", "у Києві", "над Москвою"),
#: else its government ("warned Warsaw", "уведомила Минск"), whatever the script.
CAPITAL_AS_PLACE_AFTER: Final = (
    "in", "near", "over", "outside", "around", "to", "at", "into", "of", "w", "we", "pod", "nad", "koło", "do",
    # (not "przez": the passive's agent, "wysłane przez Mińsk")
    "pobliżu", "okolicach", "okolicy", "okolic", "niedaleko", "obok", "rejonie", "mieszkańcy", "mieszkańców",
    # "w samym sercu Wilna", "w centrum Warszawy", "в центре Вильнюса", "у центрі Вільнюса"
    *CENTRE_NOUNS,
    # (not "ze": folded, it is "że", that)
    "z", "od", "spod", "znad", "przy",
    "в", "во", "у", "под", "під", "біля", "возле", "около", "поблизу", "над", "до", "через", "навколо", "вокруг",
    "неподалік", "вблизи", "поблизости", "неподалёку", "неподалеку",
    # "аэропорт Вильнюса", "аеропорту Вільнюса", "lotnisko Wilno": its airport is the city's
    "аэропорт", "аэропорта", "аэропорту", "аэропорте", "аэропортом", "аэропорты", "аэропортов", "аеропорт",
    "аеропорту", "аеропорті", "аеропорти", "аеропортів",
    "аеропортом", "lotnisko", "lotniska", "lotnisku", "lotniskiem",
)  # fmt: skip
#: Nouns that name the city before its name: "over parts of the capital, Vilnius", "столиця Литви".
CAPITAL_NOUNS: Final = ("capital", "stolica", "stolicy", "stolicę", "stolicą", "столиця", "столиці", "столицю",
                        "столицею", "столица", "столицы", "столицу", "столице", "столицей")  # fmt: skip
#: Nouns after a capital that make it a place: "Warsaw airport", "Kyiv region", "Warsaw’s outskirts"
#: (a trailing ``*``: any word beginning so).
CAPITAL_PLACE_NOUNS: Final = ("airport", "airports", "lotnisk*", "region", "oblast", "district", "suburb",
                              "suburbs", "outskirts", "city", "centre", "center", "аеропорт*", "аэропорт*",
                              "околиц*", "окрестност*", "передміст*", "пригород*")  # fmt: skip
#: Verbs after a capital that make it its government: "Kyiv said", "Warsaw summoned", "Київ заявив",
#: "Москва отрицает", "в Минске заявили" (the Cyrillic verbs of saying count too).
GOVERNMENT_VERBS: Final = (
    *SAID, "summoned", "responded", "condemned", "demanded",
    "уведомил", "уведомила", "уведомили", "предупредил", "предупредила", "предупредили", "попередив",
    "попередила", "попередили", "потребовал", "потребовала", "требует", "вимагає", "вимагала", "вимагав",
    "осудил", "осудила", "засудив", "засудила", "обвинил", "обвинила", "обвиняет", "звинуватив", "звинуватила",
    "звинувачує", "ответил", "ответила", "ответили", "відповів", "відповіла", "відповіли", "вызвал", "вызвала",
    "викликав", "викликала", "призвал", "призвала", "закликав", "закликала", "признал", "признала", "визнав",
    "визнала", "подтвердил", "подтвердила", "подтвердили", "підтвердив", "підтвердила", "підтвердили",
    "настаивает", "наполягає",
)  # fmt: skip

#: Words before "in"/"from" that make the capital after them where words were spoken
#: ("told reporters in Warsaw"), not where anything happened.
SPOKEN_IN: Final = ("told", "said", "speaking", "spoke", "reporters", "journalists", "conference", "briefing",
                    "summit", "interview", "statement")  # fmt: skip

#: Polish institutions named by a head noun and the capitalised genitive chain after it
#: ("Ministerstwo Obrony Narodowej", "Dowództwa Operacyjnego Rodzajów Sił Zbrojnych"): the head's
#: inflected forms (folded) -> its nominative and gender, for the adjective after it.
POLISH_INSTITUTIONS: Final = {
    form: (nominative, gender)
    for nominative, gender, forms in (
        ("Ministerstwo", "n", ("ministerstwo", "ministerstwa", "ministerstwu", "ministerstwem", "ministerstwie")),
        ("Dowództwo", "n", ("dowodztwo", "dowodztwa", "dowodztwu", "dowodztwem", "dowodztwie")),
        ("Centrum", "n", ("centrum",)),
        ("Biuro", "n", ("biuro", "biura", "biuru", "biurem", "biurze")),
        ("Sztab", "m", ("sztab", "sztabu", "sztabowi", "sztabem", "sztabie")),
        # a committee: "według Komitetu Granic Państwowych" (Komitet Granic Państwowych)
        ("Komitet", "m", ("komitet", "komitetu", "komitetowi", "komitetem", "komitecie")),
        ("Urząd", "m", ("urzad", "urzedu", "urzedowi", "urzedem", "urzedzie")),
        ("Departament", "m", ("departament", "departamentu", "departamentem", "departamencie")),
        ("Inspektorat", "m", ("inspektorat", "inspektoratu", "inspektoratem", "inspektoracie")),
        ("Straż", "f", ("straz", "strazy", "straza")),
        ("Komenda", "f", ("komenda", "komendy", "komendzie", "komende", "komenda")),
        ("Prokuratura", "f", ("prokuratura", "prokuratury", "prokuraturze", "prokurature")),
        ("Agencja", "f", ("agencja", "agencji", "agencje")),
        ("Kancelaria", "f", ("kancelaria", "kancelarii", "kancelarie")),
        ("Służba", "f", ("sluzba", "sluzby", "sluzbie", "sluzbe")),
        # airports' operator: "poinformowały Litewskie Porty Lotnicze"
        ("Porty", "pl", ("porty", "portow", "portom", "portami", "portach")),
        # forces, plural: "według Sił Zbrojnych Litwy" (Siły Zbrojne Litwy)
        ("Siły", "pl", ("sily", "sil", "silom", "silami", "silach")),
    )
    for form in forms
}  # fmt: skip

#: Stems (folded) of institutions whose seat follows them ("Prokuratura Okręgowa w Lublinie").
INSTITUTIONS: Final = ("prokuratur", "sad", "sadu", "urzad", "komend", "szpital", "uniwersytet", "ambasad",
                       "konsulat", "court", "office", "hospital", "university", "embassy", "consulate",
                       "prosecutor", "headquarters", "command", "oddzial", "zandarmer", "wojskow", "policj",
                       "komisariat", "dowodztw", "прокуратур", "посольств", "суд",
                       # a diplomat's post, a ministry's seat: "Russia's ambassador in Bucharest", "MSZ w
                       # Bukareszcie", "во внешнеполитическом ведомстве в Бухаресте"
                       "ambassador", "ambasador", "посол", "посла", "ministry", "ministerstw", "министерств",
                       "міністерств", "ведомств", "відомств", "мид", "мзс", "msz")  # fmt: skip

#: Country names as a draft writes them.
COUNTRY_NAMES: Final = {
    "PL": "Poland", "BY": "Belarus", "UA": "Ukraine", "RU": "Russia", "LT": "Lithuania", "LV": "Latvia",
    "EE": "Estonia", "FI": "Finland", "DE": "Germany", "NL": "the Netherlands", "IT": "Italy", "MD": "Moldova", "RO": "Romania",
    "SK": "Slovakia", "CZ": "Czechia", "HU": "Hungary", "HR": "Croatia", "NO": "Norway", "DK": "Denmark",
    "SE": "Sweden", "BE": "Belgium", "BG": "Bulgaria",
}  # fmt: skip

#: English month names (a report's date), and the Polish ones in the genitive ("10 września").
MONTHS: Final = {m: i + 1 for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                                 "august", "september", "october", "november", "december"))}  # fmt: skip
MONTHS_PL: Final = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                    "października", "listopada", "grudnia")  # fmt: skip
#: The Ukrainian and Russian month names in the genitive ("10 вересня 2025 року", "10 сентября 2025 года").
MONTHS_UK: Final = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
                    "жовтня", "листопада", "грудня")  # fmt: skip
MONTHS_RU: Final = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                    "октября", "ноября", "декабря")  # fmt: skip
#: English month abbreviations a dateline uses ("10 Sep 2025", "Sept. 10, 2025").
MONTHS_SHORT: Final = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                       "oct": 10, "nov": 11, "dec": 12}  # fmt: skip

#: The place cues that make a name a village's, not a town's ("we wsi Wola": never Warsaw's district).
VILLAGE_CUES: Final = ("wsi", "wieś", "wiosce", "wioski", "wsiami", "village", "village of", "villages of",
                       "hamlet", "hamlet of", "села", "село", "селі", "селе", "сёлах", "селах", "селами", "сёлами",
                       "деревне", "деревни", "деревню", "деревней", "деревнях")  # fmt: skip

#: Words after which settlements follow as a route, separated by dashes (see PLACE_CUES).
ROUTE_CUES: Final = ("маршруту", "маршрутом", "trasą", "trasie", "route")

#: Prepositions and nouns after which a capitalised word names a place.
PLACE_CUES: Final = (
    "in", "near", "at", "outside", "around", "over", "into", "village of", "town of", "city of", "villages of",
    "towns of", "area of", "region of", "outskirts of", "vicinity of", "village", "town", "hamlet", "settlement",
    "w", "we", "pod", "nad", "koło", "kolo", "przy", "obok", "niedaleko", "okolicach", "miejscowości",
    "miejscowosci", "miejscowościach", "miejscowosciach", "wsi", "wsiach", "gminie", "gminy", "powiecie", "rejonie", "pobliżu", "pobliza",
    "wiosce", "wioskach", "wioski",
    "okolicy", "okolice", "terenie", "населенных пунктах", "населених пунктах", *CENTRE_NOUNS,
    "в", "во", "у", "під", "под", "від", "от", "біля", "возле", "около", "поблизу", "близ", "селі", "селе", "деревне", "місті", "городе",
    # a small town: "в містечку Харш", "в городке", "w miasteczku"
    "містечку", "городке", "miasteczku", "містечка", "городка", "miasteczka",
    "районе", "районі", "окрестностях", "околицях", "residents of", "people of", "mieszkańcy", "mieszkancy",
    "miejscowością", "wsią", "miastem", "населеному пункті", "населенному пункті", "населенном пункте",
    "пункті", "пункте", "селищі", "поселке", "посёлке", "селах", "сёлах", "деревнях", "селищах", "поселках",
    "посёлках",
    # between villages, the instrumental plural: "між селами Колібаш і Вадул-луй-Ісак", "między wsiami"
    "селами", "сёлами", "деревнями", "селищами", "поселками", "посёлками", "wsiami", "miejscowościami",
    # "поблизу села Осини", "возле деревни …": the village's noun in the genitive, its name as written
    "села", "деревни", "селища", "посёлка", "поселка", "населеного пункту", "населенного пункта",
    # "в районе города Кибартай", "біля міста Бяла Подляска", "w pobliżu miasta Bychawa"
    "города", "міста", "miasta",
    # "в район Славутича" (to its area)
    "район",
    # "між Раб'янами та Северином", "между Рабянами и Северином"
    "між", "между",
    # "рядом с деревней Рутки-Коссаки", "під селом …": the noun in the instrumental
    "деревней", "селом", "посёлком", "поселком", "селищем",
    # a city's airport: "аэропорты Вильнюса и Каунаса", "lotnisko w Kownie"
    "аэропорт", "аэропорта", "аэропорты", "аэропортов", "аеропорт", "аеропорту", "аеропорти", "аеропортів",
    "airports of", "airport of",
    # "in the hamlet of Wyryki-Wola", "reached as far as Korelichi"; the accusative of a settlement's
    # noun: "через село Павлівка", "через городской поселок Комарин"
    "hamlet of", "hamlets of", "settlement of", "settlements of", "as far as", "село", "селище", "поселок",
    "посёлок", "деревню", "місто",
    # where a drone came from, a settlement on its way: "from the direction of Vylkove, Ukraine", "z
    # kierunku Wilkowa", "з напрямку Вилкового", "со стороны Вилково"
    "direction of", "z kierunku", "з напрямку", "з боку", "со стороны",
    # the settlements of a route, dash after dash: "по маршруту Павловка – Карманово – Маяк", "trasą"
    *ROUTE_CUES,
)  # fmt: skip

#: Words a hint ends with: "Cześniki, Zamość County", "Shatsk, Volyn Oblast".
HINT_WORDS: Final = ("county", "oblast", "voivodeship", "province", "region", "district", "raion", "rayon",
                     "powiat", "gmina", "commune", "municipality", "voblast", "hromada")  # fmt: skip

NUMBER_WORDS: Final = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100, "a dozen": 12, "two dozen": 24,
    "three dozen": 36, "jeden": 1, "jedna": 1, "dwa": 2, "dwie": 2, "dwóch": 2, "trzy": 3, "trzech": 3,
    "cztery": 4, "czterech": 4, "pięć": 5, "pięciu": 5, "sześć": 6, "sześciu": 6, "siedem": 7, "siedmiu": 7,
    "osiem": 8, "ośmiu": 8, "dziewięć": 9, "dziewięciu": 9, "dziesięć": 10, "dziesięciu": 10,
    "jedenaście": 11, "dwanaście": 12, "trzynaście": 13, "czternaście": 14, "piętnaście": 15, "szesnaście": 16,
    "siedemnaście": 17, "osiemnaście": 18, "dziewiętnaście": 19, "dwadzieścia": 20, "dwudziestu": 20,
}  # fmt: skip

#: Words before a number that say how exact it is (see vocab.QUALIFIERS).
QUALIFIERS: Final = {
    "at least": "at_least", "no fewer than": "at_least", "not less than": "at_least", "a minimum of": "at_least",
    "more than": "more_than", "over": "more_than", "approximately": "about", "about": "about", "around": "about",
    "roughly": "about", "some": "about", "nearly": "about", "almost": "about", "an estimated": "about",
    "up to": "at_most", "at most": "at_most", "no more than": "at_most", "fewer than": "fewer_than",
    "co najmniej": "at_least", "przynajmniej": "at_least", "ponad": "more_than", "około": "about",
    "okolo": "about", "blisko": "about", "do": "at_most", "najwyżej": "at_most",
    "щонайменше": "at_least", "не менше як": "at_least", "не менше ніж": "at_least", "принаймні": "at_least",
    "понад": "more_than", "більше ніж": "more_than", "більш ніж": "more_than", "близько": "about",
    "майже": "about", "не більше ніж": "at_most", "не менее": "at_least", "как минимум": "at_least",
    "по меньшей мере": "at_least", "более": "more_than", "свыше": "more_than", "около": "about",
    "почти": "about", "не более": "at_most",
}  # fmt: skip

#: Nouns after a number that make it a time or a measure, not a count of things.
NOT_COUNTED: Final = (
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes",
    "second", "seconds", "percent", "per", "km", "kilometres", "kilometers", "metres", "meters", "miles", "m",
    "a.m.", "p.m.", "o'clock", "times", "dni", "godzin", "godziny", "minut", "lat", "km.", "procent",
    # distances, times and shares in Polish, Ukrainian and Russian ("przeleciał 8 kilometrów", "пройшов 8
    # кілометрів", "пролетел 100 км")
    "kilometrów", "kilometry", "kilometra", "metrów", "metry", "mil", "sekund", "procent.", "miesięcy", "tygodni",
    "км", "км.", "кілометрів", "кілометри", "кілометра", "метрів", "метри", "м.", "хвилин", "хвилини", "годин",
    "години", "секунд", "днів", "дні", "років", "роки", "відсотків", "километров", "километра", "километры",
    "метров", "метра", "минут", "минуты", "часов", "часа", "дней", "лет", "года", "процентов", "секунды",
    # and their other cases ("po trzech minutach", "за дві хвилини", "через пять минут", "о третій годині")
    "minutach", "minutami", "minuty", "minutę", "godzinach", "godzinę", "godzinie", "sekundach", "dniach",
    "latach", "miesiącach", "tygodniach", "хвилинах", "хвилину", "годину", "годині", "днях", "минутах",
    "минуту", "часах", "час", "сутки", "суток",
    # a multiplier, not what is counted ("ponad 20 tys. migrantów", "2 млн", "thousand")
    "tys", "tys.", "tysięcy", "tysiące", "mln", "mln.", "тыс", "тыс.", "тысяч", "тис", "тис.", "тисяч", "млн",
    "thousand", "million",
    # (their other forms: "2 тисячі людей", "3 тысячи", "2 tysiące", "1,5 тисячі")
    "тисячі", "тисяча", "тысячи", "тысяча", "tysiąc", "tysiąca", "мільйон", "мільйони", "мільйонів", "миллион",
    "миллиона", "миллионов", "milion", "miliony", "milionów", "thousands", "millions",
    "сен", "сент", "сентября", "вересня", "янв", "января", "січня", "фев", "февраля", "лютого", "мар", "марта",
    "березня", "апр", "апреля", "квітня", "мая", "травня", "июн", "июня", "червня", "июл", "июля", "липня", "авг",
    "августа", "серпня", "окт", "октября", "жовтня", "ноя", "ноября", "листопада", "дек", "декабря", "грудня",
    # a time of day, its dots left out or a zone after it ("around 10 am local time (0700 GMT)")
    "am", "pm", "gmt", "utc", "cet", "cest", "eet", "eest", "msk", "local", "last", "rano", "ранку", "вечора",
    "ночі", "утра", "вечера", "ночи",
    # weights, lengths, volumes and money ("4 pounds", "2 kg", "60 cm", "41 l", "800 000 евро", "908 леев")
    "kg", "g", "t", "cm", "mm", "l", "pounds", "lbs", "tons", "tonnes", "ton", "кг", "см", "тонн", "euro",
    "euros", "eur", "евро", "євро", "lei", "леев", "лей", "zł", "złotych", "pln", "usd", "dollars", "злотых",
    "злотих", "долларов", "доларів",
)  # fmt: skip

#: Countries that share a land border in the packaged boundaries (the region's; both ways listed).
NEIGHBOURS: Final = {
    "PL": ("DE", "CZ", "SK", "UA", "BY", "LT", "RU"), "LT": ("LV", "BY", "PL", "RU"), "LV": ("EE", "RU", "BY", "LT"),
    "EE": ("LV", "RU"), "FI": ("RU", "NO", "SE"), "BY": ("PL", "LT", "LV", "RU", "UA"), "UA": ("PL", "SK", "HU", "RO", "MD", "BY", "RU"),
    "MD": ("RO", "UA"), "RO": ("HU", "RS", "BG", "UA", "MD"), "SK": ("PL", "CZ", "AT", "HU", "UA"),
    "HU": ("AT", "SK", "UA", "RO", "RS", "HR", "SI"), "HR": ("SI", "HU", "RS", "BA", "ME"), "CZ": ("DE", "PL", "SK", "AT"),
    "DE": ("PL", "CZ", "AT", "CH", "FR", "LU", "BE", "NL", "DK"),
    "RU": ("UA", "BY", "LV", "EE", "LT", "PL", "FI", "NO", "GE", "AZ", "KZ", "CN", "MN", "KP"),
}  # fmt: skip
