"""Pausing Python's cyclic garbage collector around bulk reading."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block; restore its state after.

    Parsing makes many small acyclic objects (JSON lists, rows, tuples).  Each allocation burst
    triggers a collection that walks every tracked object of the process, so with a large frame
    already in memory (100,000 events: millions of strings and tuples) reading the packaged
    boundaries took 0.3 s instead of 0.08 s, and reading a large incident file grew with the
    square of its size.  Nothing read in such a block makes a cycle.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
