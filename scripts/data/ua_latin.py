"""Ukrainian Cyrillic in the national transliteration of 2010 (Cabinet of Ministers resolution 55).

One table for the scripts that need it: the KATOTTG extract writes its settlements' Latin names
with it, and the gazetteer build its oblasts' ("Волинська область" -> "Volynska oblast").
Standard library only.
"""

from __future__ import annotations

# Resolution 55 of 2010: the second form is for a letter that does not start a word.
_KMU = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": ("ye", "ie"),
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": ("yi", "i"), "й": ("y", "i"), "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": ("yu", "iu"),
    "я": ("ya", "ia"), "'": "", "’": "", "ʼ": "",
}  # fmt: skip


def transliterate(text: str) -> str:
    """Write a Ukrainian name in the national transliteration ("Зг" is "Zgh", apostrophes drop)."""
    out = []
    start = True
    for i, ch in enumerate(text):
        low = ch.lower()
        if low not in _KMU:
            out.append(ch)
            start = not ch.isalpha()
            continue
        rule = _KMU[low]
        lat = rule if isinstance(rule, str) else rule[0 if start else 1]
        if low == "г" and i > 0 and text[i - 1].lower() == "з":
            lat = "gh"
        if ch.isupper() and lat:
            lat = lat[0].upper() + lat[1:]
        out.append(lat)
        start = False
    return "".join(out)
