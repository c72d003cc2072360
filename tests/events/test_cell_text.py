"""A table's cells as text: trimmed as Python's str.strip trims, and copied only when they need it."""

from __future__ import annotations

import sys

import pyarrow as pa
import pytest

from geomap.events.encode import as_text, trimmed

SPACES = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]


@pytest.mark.parametrize("space", SPACES, ids=[f"U+{ord(c):04X}" for c in SPACES])
def test_any_space_at_either_end_is_trimmed_even_alone_in_its_column(space):
    """The check that spares the copy sees every character that trimming removes, at either end."""
    for value in (f"{space}Wohyń", f"Wohyń{space}", f"{space}Wohyń{space}"):
        assert trimmed(pa.chunked_array([[value, "Czosnówka"]])).to_pylist() == ["Wohyń", "Czosnówka"]


def test_a_column_that_needs_nothing_is_not_copied():
    column = pa.chunked_array([["Wohyń", "a b", None]])
    assert trimmed(column) is column
    assert as_text(column) is column


def test_blank_and_missing_are_missing_as_text():
    column = pa.chunked_array([[" ", "", None, " Czosnówka\u00a0", "1"]])
    assert as_text(column).to_pylist() == [None, None, None, "Czosnówka", "1"]
    assert as_text(pa.chunked_array([[1.5, None]])).to_pylist() == ["1.5", None]
