"""Python's cycle collector paused around a long pass over a large file.

An import or a search for duplicates makes millions of short-lived tuples that reference counting
frees (they form no cycles), and each collection of the oldest generation walks every object the
process holds: a tenth to a fifth of such a pass, growing with the file. The pauses nest and may
overlap across threads (an import and a duplicates search in the desktop's workers): the collector
runs again when the last one ends, if it ran before the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = True


@contextmanager
def paused() -> Iterator[None]:
    """The cycle collector off while the block runs (nesting and across threads)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
