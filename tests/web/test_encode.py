"""The binary island's streams: deflated off the main thread, the same bytes as one at a time."""

from __future__ import annotations

import gc
import zlib

import numpy as np
import pytest

from geomap import _gc
from geomap.web.encode import Streams


def test_streams_deflated_on_threads_are_the_arrays_in_the_order_added():
    rng = np.random.default_rng(7)
    arrays = [rng.integers(0, 1000, size=n).astype(np.int32) for n in (1, 10, 50_000, 3, 20_000)]
    streams = Streams()
    for k, array in enumerate(arrays):
        streams.add(f"a{k}", array)
    streams.add_bytes("text", "Łódź — «x»".encode())
    streams.finish()
    packed = zlib.decompressobj(-15)
    offset = 0
    for entry, chunk in zip(streams.entries, streams.chunks or [], strict=True):
        assert (entry["offset"], entry["length"]) == (offset, len(chunk))
        offset += len(chunk)
        packed = zlib.decompressobj(-15)
        raw = packed.decompress(chunk) + packed.flush()
        if entry["type"] == "i32":
            planes = np.frombuffer(raw, np.uint8).reshape(4, -1)  # byte-plane by byte-plane
            assert np.array_equal(planes.T.copy().view("<i4").ravel(), arrays[int(entry["name"][1:])])
        else:
            assert raw.decode() == "Łódź — «x»"
    again = Streams()
    for k, array in enumerate(arrays):
        again.add(f"a{k}", array)
    again.add_bytes("text", "Łódź — «x»".encode())
    assert again.base64() == streams.base64()


def test_streams_for_a_validation_are_encoded_and_not_deflated():
    streams = Streams(deflate=False)
    streams.add("a", np.arange(3, dtype=np.int32))
    streams.add_bytes("t", b"x")
    streams.finish()
    assert [e["name"] for e in streams.entries] == ["a", "t"] and streams.chunks == [b"", b""]
    assert streams._pool is None  # no thread started


def test_finished_streams_take_no_more():
    streams = Streams()
    streams.add("a", np.arange(3, dtype=np.int32))
    streams.finish()
    with pytest.raises(ValueError, match="finished"):
        streams.add("b", np.arange(3, dtype=np.int32))


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_paused_in_the_block_and_restored_after_it_even_on_error(enabled):
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with pytest.raises(RuntimeError), _gc.paused():
            assert not gc.isenabled()
            raise RuntimeError
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
