"""The shared vocabulary: complete in every language, and its colours readable (WCAG contrast)."""

from __future__ import annotations

import pytest

from geomap import vocab


def luminance(colour: str) -> float:
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


SYMBOLS = [
    *vocab.STATUS_COLOURS.values(),
    *vocab.CLAIM_COLOURS,
    *(d["colour"] for d in vocab.LAYER_DEFAULTS.values() if d["colour"]),
]


@pytest.mark.parametrize("colour", SYMBOLS)
@pytest.mark.parametrize("ground", ["land", "focus"])
def test_map_symbols_stand_out_from_the_basemap(colour, ground):
    """WCAG 1.4.11: graphical objects at least 3:1 against what they sit on."""
    assert contrast(colour, vocab.BASEMAP_COLOURS[ground]) >= 3.0


def _shade(colour: str, factor: float) -> str:
    """The colour times ``factor``, rounded as the page's renderer rounds it."""
    return "#" + "".join(f"{round(int(colour[i : i + 2], 16) * factor):02x}" for i in (1, 3, 5))


@pytest.mark.parametrize("colour", [*vocab.CATEGORY_COLOURS, vocab.OTHER_COLOUR])
@pytest.mark.parametrize("ground", ["land", "focus", "water"])
def test_event_dots_stand_out_by_their_rim(colour, ground):
    """WCAG 1.4.11 for event dots: the rim (the colour shaded) at least 3:1 against the basemap."""
    assert contrast(_shade(colour, vocab.CATEGORY_RIM_SHADE), vocab.BASEMAP_COLOURS[ground]) >= 3.0


@pytest.mark.parametrize("text", ["text", "muted", "focus"])
def test_panel_text_is_readable(text):
    """WCAG 1.4.3 (AA): text at least 4.5:1 against the panel."""
    assert contrast(vocab.PANEL_COLOURS[text], vocab.PANEL_COLOURS["background"]) >= 4.5


@pytest.mark.parametrize("colour", list(vocab.STATUS_COLOURS.values()))
def test_status_badges_are_readable(colour):
    """Badges print the status in the panel colour on the status colour."""
    assert contrast(vocab.PANEL_COLOURS["background"], colour) >= 4.5


def test_labels_are_readable_on_the_basemap():
    for ground in ("land", "focus"):
        assert contrast(vocab.BASEMAP_COLOURS["label"], vocab.BASEMAP_COLOURS[ground]) >= 4.5
        assert contrast(vocab.BASEMAP_COLOURS["town"], vocab.BASEMAP_COLOURS[ground]) >= 4.5


def test_every_language_has_every_word():
    for table in (vocab.UI, vocab.LABELS, vocab.LAYER_TITLES):
        keys = {lang: set(words) for lang, words in table.items()}
        assert set(keys) == set(vocab.LANGUAGES)
        assert keys["en"] == keys["pl"]


def test_every_status_and_precision_has_a_label():
    for lang in vocab.LANGUAGES:
        for status in vocab.STATUSES:
            assert vocab.LABELS[lang][f"status.{status}"]
        for precision in vocab.PRECISIONS:
            assert vocab.LABELS[lang][f"precision.{precision}"]


FORMATS = {"text", "km", "km2", "paren", "pm_km", "alternatives"}


@pytest.mark.parametrize("spec", ["POPUP_FACTS", "LOCATED_FACTS"])
def test_every_popup_fact_has_its_words_in_every_language_and_a_format_the_page_draws(spec):
    """The page draws a fact from these alone (popups.js ``factRows``): nothing may be missing."""
    facts = getattr(vocab, spec)
    assert len({f["label"] for f in facts}) == len(facts)
    for language, words in vocab.UI.items():
        for fact in facts:
            assert fact["label"] in words, (language, fact["label"])
            assert fact.get("missing", "unknown") in words, (language, fact["label"])
            for name, form in fact["parts"]:
                assert isinstance(name, (str, list)) and name, fact
                if form.startswith("template:"):
                    assert "{n}" in words[form.removeprefix("template:")], (language, form)
                elif form.startswith("label:"):
                    kind = form.removeprefix("label:") + "."
                    assert any(k.startswith(kind) for k in vocab.LABELS[language]), (language, form)
                else:
                    assert form in FORMATS, form
            assert set(fact) <= {"label", "parts", "if", "kinds", "not_kinds", "missing", "list"}, fact
            # one item per line needs items: a list-valued format, or a list of fields
            assert (
                not fact.get("list")
                or fact["parts"][0][1] == "alternatives"
                or isinstance(fact["parts"][0][0], list)
            )


def test_the_page_reads_the_facts_from_the_vocabulary():
    words = vocab.page_vocabulary("pl")
    assert words["popup_facts"] == list(vocab.POPUP_FACTS)
    assert words["located_facts"] == list(vocab.LOCATED_FACTS)
