"""The gazetteer's chunked files: read a member at a time, the same rows and keys as read whole."""

from __future__ import annotations

import gzip
import random

import pytest

from geomap._data import read_bytes
from geomap.errors import DataError
from geomap.places import gazetteer as g


def _whole_rows() -> list[str]:
    """Every row, from the files read whole (a file of many gzip members is one gzip file)."""
    rows = []
    for name in (g.DATA_FILE, g.VILLAGES_FILE):
        header, *lines = gzip.decompress(read_bytes(name)).decode("utf-8").splitlines()
        assert header == "\t".join(g.COLUMNS)
        rows += lines
    return rows


def _whole_blocks(name: str, parts: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """Each block of an index file, from the file read whole: its members' key and value lines, in order."""
    lines = gzip.decompress(read_bytes(name)).decode("utf-8").splitlines()
    spans = g._chunk_table()
    blocks: dict[str, dict[str, str]] = {}
    k = 0
    for part in parts:
        block = blocks[part] = {}
        for span in spans[(name, part)]:
            keys, values = lines[k].split("\t"), lines[k + 1].split("\t")
            k += 2
            if span.count:
                block.update(zip(keys, values, strict=True))
    assert k == len(lines)
    return blocks


def test_rows_read_by_member_are_the_rows_read_whole():
    whole = _whole_rows()
    rows = g._rows()
    assert len(rows) == len(whole) == len(g.load())
    picks = [*random.Random(7).sample(range(len(whole)), 300), 0, len(whole) - 1]
    assert [rows[i] for i in picks] == [whole[i] for i in picks]
    assert list(rows) == whole
    with pytest.raises(IndexError):
        rows[len(whole)]


def test_a_town_is_read_without_the_villages_file():
    rows = g._rows()
    rows[0]
    villages = next(m for m, _ in rows._members if m.name == g.VILLAGES_FILE)
    assert villages._data is None  # not even read from disk


def test_a_wrong_column_line_is_refused_every_time():
    rows = g._rows()
    header = rows._headers[g.DATA_FILE]
    rows._headers[g.DATA_FILE] = g.Span("", 1, header.offset + header.size, rows._members[0][1].size)
    for _ in range(2):
        with pytest.raises(DataError, match="unknown layout"):
            rows[0]


@pytest.mark.parametrize(
    "line",
    [
        "gazetteer.tsv.gz\trows\t0\t256\t96",  # a cell missing
        "gazetteer.tsv.gz\trows\t0\tabc\t96\t100",  # not a number
    ],
)
def test_a_damaged_chunk_table_is_a_data_error(monkeypatch, line):
    monkeypatch.setattr(g, "_read_lines", lambda name: ["\t".join(g.CHUNK_COLUMNS), line])
    with pytest.raises(DataError, match=r"gazetteer-chunks\.tsv\.gz: is damaged \(line 2\)"):
        g._chunk_table.__wrapped__()


def test_rows_out_of_order_are_refused():
    members = g.Members(g.DATA_FILE)
    first, second = g._chunk_table()[(g.DATA_FILE, "rows")][:2]
    with pytest.raises(DataError, match="rows out of order"):
        g.Rows([(members, second), (members, first)], {})


def test_a_member_holding_other_keys_is_refused():
    spans = g._chunk_table()[(g.INDEX_FILE, "name")]
    swapped = g.Block(
        g.Members(g.INDEX_FILE), [g.Span(spans[0].first, spans[1].count, spans[1].offset, spans[1].size)]
    )
    with pytest.raises(DataError, match="unknown layout"):
        swapped.get(spans[0].first)


def test_a_row_is_read_from_its_own_member_only():
    rows = g._rows()
    village = len(rows) - 3  # a row of the villages' file
    rows[village]
    assert len(rows._chunks) == 1
    rows[village - 1]  # same member
    assert len(rows._chunks) == 1


@pytest.mark.parametrize(
    ("name", "parts"),
    [(g.INDEX_FILE, g.INDEX_BLOCKS), (g.CYRILLIC_INDEX_FILE, ("name", "alternate"))],
)
def test_index_blocks_read_by_member_are_the_blocks_read_whole(name, parts):
    whole = _whole_blocks(name, parts)
    for part, block in zip(parts, g._blocks(name, parts), strict=True):
        expected = whole[part]
        assert len(block) == len(expected) and list(block) == sorted(expected)
        keys = sorted(expected)
        for key in random.Random(part).sample(keys, min(200, len(keys))):
            assert block.get(key) == expected[key] and key in block
        # Keys that are not there: before the first, after the last, between two, of a near spelling.
        for missing in (
            "",
            "\x00",
            keys[0][:-1],
            keys[-1] + "z",
            "\U0010ffff",
            *(k + " " for k in keys[:50:7]),
        ):
            if missing not in expected:
                assert block.get(missing) is None and missing not in block
                with pytest.raises(KeyError):
                    block[missing]


def test_a_lookup_reads_one_member_of_its_block():
    name, *_ = g._blocks(g.INDEX_FILE, g.INDEX_BLOCKS)
    assert name.get("chelm")
    assert len(name._chunks) == 1


def test_a_member_that_does_not_hold_its_rows_is_refused_naming_the_file():
    members = g.Members(g.DATA_FILE)
    span = g._chunk_table()[(g.DATA_FILE, "rows")][0]
    rows = g.Rows([(members, g.Span(span.first, span.count + 1, span.offset, span.size))], {})
    with pytest.raises(DataError, match=r"gazetteer\.tsv\.gz.*unknown layout"):
        rows[0]
    cut = g.Rows([(members, g.Span(span.first, span.count, span.offset, span.size - 9))], {})
    with pytest.raises(DataError, match=r"gazetteer\.tsv\.gz.*damaged"):
        cut[0]
