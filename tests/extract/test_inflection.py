"""The case endings extract reads names with (``geomap.extract.inflection``), one example per rule."""

from __future__ import annotations

import pytest

from geomap.extract import inflection
from geomap.places.text import fold


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        ("Tarnowie", "Tarnów"),
        ("Białej Podlaskiej", "Biała Podlaska"),
        ("Cześnikach", "Cześniki"),
        ("Луцьку", "Луцьк"),
        ("Білій Підляській", "Біла Підляська"),
        ("Лежниці-Велькій", "Лежниця-Велька"),
        ("Великих Мостах", "Великі Мости"),
        ("Чернівців", "Чернівці"),
        ("Черновцов", "Черновцы"),
    ],
)
def test_a_places_nominative_is_among_its_readings(written: str, nominative: str) -> None:
    assert fold(nominative) in inflection.place_nominatives(fold(written))


def test_a_name_in_the_nominative_is_not_read_again() -> None:
    assert "tarnow" not in inflection.place_nominatives("tarnow")


@pytest.mark.parametrize(
    ("adjective", "unit", "nominative"),
    [
        ("Дрокиевском", "район", "Дрокиевский"),
        ("Хмельницького", "район", "Хмельницький"),
        ("Волинській", "область", "Волинська"),
        ("Волинь", "область", None),
    ],
)
def test_a_units_adjective(adjective: str, unit: str, nominative: str | None) -> None:
    assert inflection.unit_adjective(adjective, unit) == nominative


@pytest.mark.parametrize(
    ("word", "gender", "russian", "nominative"),
    [
        ("Главного", "m", True, "Главный"),
        ("Головного", "n", False, "Головне"),
        ("румынского", "n", True, "румынское"),
        ("Державної", "f", False, "Державна"),
        ("польских", "p", True, "польские"),
        ("польських", "p", False, "польські"),
    ],
)
def test_an_adjective_agrees_with_its_noun(word: str, gender: str, russian: bool, nominative: str) -> None:
    assert inflection.adjective_nominative(word, gender, russian) == nominative


@pytest.mark.parametrize(
    ("convert", "written", "nominative"),
    [
        (inflection.genitive_nominative, "прикордонної", "прикордонна"),
        (inflection.genitive_nominative, "Литви", "Литви"),  # a word the tables do not know stays
        (
            inflection.accusative_nominative,
            "Державну прикордонну службу Литви",
            "Державна прикордонна служба Литви",
        ),
        (inflection.accusative_nominative, "Госпогранкомитет", "Госпогранкомитет"),
        (inflection.polish_name, "Mariusza Błaszczaka", "Mariusz Błaszczak"),
        (inflection.polish_name, "Jacka Goryszewskiego", "Jacek Goryszewski"),
        (inflection.polish_name, "Władysława Kosiniaka-Kamysza", "Władysław Kosiniak-Kamysz"),
        (inflection.cyrillic_name, "Дональда Туска", "Дональд Туск"),
        (inflection.cyrillic_name, "Ольги Стефанішиної", "Ольга Стефанішина"),
        (inflection.cyrillic_name, "Маргуса Цахкны", "Маргус Цахкна"),
    ],
)
def test_a_speakers_words_in_the_nominative(convert, written: str, nominative: str) -> None:
    assert convert(written) == nominative
