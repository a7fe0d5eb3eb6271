"""The cycle collector is paused for long passes and comes back only when the last one ends."""

from __future__ import annotations

import gc
import threading

from casefile import cycles


def test_pauses_nest_and_overlap_across_threads_and_the_collector_comes_back_after_the_last():
    assert gc.isenabled()
    inside, release = threading.Event(), threading.Event()

    def worker() -> None:
        with cycles.paused():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    with cycles.paused():
        thread.start()
        assert inside.wait(5)
        with cycles.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert not gc.isenabled()  # the worker's pause still runs (an import beside a duplicates search)
    release.set()
    thread.join(5)
    assert gc.isenabled()


def test_a_collector_off_before_stays_off():
    gc.disable()
    try:
        with cycles.paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
