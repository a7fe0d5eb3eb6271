"""Desktop speed on a 30,000-victim case file: first window against the core alone, the longest
UI-thread stall while scrolling the whole victims list and while typing a search, peak memory.

    .venv/bin/python bench/bench_desktop.py [--victims 30000]

Targets (issue 3): window with first rows within 1.5x the core's open-and-read; stalls under
100 ms; peak RSS under 400 MB. Stalls are measured by a 5 ms QTimer heartbeat on the UI thread:
the longest gap between two beats is the longest time the UI could not respond.
The case file is built once in bench/out/ (ignored by git) and reused.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import casefile.desktop  # noqa: E402, F401  (PySide6 6.12 / CPython 3.11 workaround first)
from bench.generate import large_document  # noqa: E402
from casefile import exchange, records  # noqa: E402
from casefile.store import CaseFile  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
PASS = "bench passphrase"
FIRST_ROWS = 200


def build(path: Path, victims: int) -> None:
    if path.exists():
        return
    print(f"building {path.name} ({victims} victims)...", flush=True)
    start = time.perf_counter()
    cf = CaseFile.create(path, PASS)
    exchange.import_document(cf, large_document(victims))
    cf.close()
    print(f"  built in {time.perf_counter() - start:.1f} s", flush=True)


def core_first_rows(path: Path) -> float:
    start = time.perf_counter()
    cf = CaseFile.open(path, PASS)
    records.count(cf, "persons", role="victim")
    rows = records.list_rows(cf, "persons", role="victim", limit=FIRST_ROWS)
    assert len(rows) == FIRST_ROWS
    elapsed = time.perf_counter() - start
    cf.close()
    return elapsed


class Heartbeat:
    """Longest gap between beats of a 5 ms timer on the UI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._beat)
        self.longest = 0.0
        self._last = 0.0

    def start(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()
        self.timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> float:
        self.timer.stop()
        self._beat()
        return self.longest


def run_loop_until(app, done, timeout: float = 120.0) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    check = QTimer(interval=5)
    check.timeout.connect(lambda: loop.quit() if done() else None)
    check.start()
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    loop.exec()
    check.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--victims", type=int, default=30_000)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    path = OUT / f"desktop-{args.victims}.casefile"
    build(path, args.victims)

    core = min(core_first_rows(path) for _ in range(3))

    from PySide6.QtCore import QSettings, QThreadPool, QTimer
    from PySide6.QtTest import QTest

    from casefile.desktop.app import setup_application
    from casefile.desktop.main_window import MainWindow
    from casefile.desktop.session import Session

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(OUT / "settings"))
    app = setup_application(["bench"])
    # warm up Qt's own one-time costs (style, fonts) on a throwaway window, as a running app has
    warm = Session(CaseFile.open(path, PASS), PASS)
    w0 = MainWindow(warm)
    w0.show()
    app.processEvents()
    w0.shutdown()
    w0.close()
    QThreadPool.globalInstance().waitForDone()
    warm.close()

    timings = []
    for _ in range(3):
        start = time.perf_counter()
        session = Session(CaseFile.open(path, PASS), PASS)
        window = MainWindow(session)
        window.resize(1200, 760)
        window.show()
        app.processEvents()  # first paint with the first page of rows
        shown = time.perf_counter() - start
        assert window.model.rowCount() >= FIRST_ROWS
        timings.append(shown)
        if _ < 2:
            window.shutdown()
            window.close()
            QThreadPool.globalInstance().waitForDone()  # the list's background read, before the next run
            session.close()
    shown = min(timings)
    print(f"core: open + count + first {FIRST_ROWS} victims   {core * 1000:7.1f} ms")
    print(
        f"desktop: window shown with first rows    {shown * 1000:7.1f} ms   ratio {shown / core:.2f}x (target <= 1.5x)"
    )

    # scroll the whole victims list, a screenful at a time, as fast as the event loop allows
    table = window.ui.recordTable
    total = window.model.total()
    bar = table.verticalScrollBar()
    beat = Heartbeat()

    def scroll_step() -> None:
        bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep() * 4))

    scroller = QTimer(interval=10)
    scroller.timeout.connect(scroll_step)
    beat.start()
    start = time.perf_counter()
    scroller.start()
    run_loop_until(app, lambda: window.model.rowCount() >= total and bar.value() >= bar.maximum())
    scroller.stop()
    stall_scroll = beat.stop()
    print(
        f"scroll {window.model.rowCount()} of {total} victims in {time.perf_counter() - start:.1f} s: "
        f"longest UI stall {stall_scroll * 1000:.0f} ms (target < 100 ms)"
    )

    # type a search, a key every 80 ms, and wait for its results
    edit = window.search_edit
    text = "Karimi 12"
    keys = list(text)
    beat.start()

    def type_key() -> None:
        if keys:
            QTest.keyClicks(edit, keys.pop(0))

    typer = QTimer(interval=80)
    typer.timeout.connect(type_key)
    start = time.perf_counter()
    typer.start()
    run_loop_until(app, lambda: not keys and window.results.query == text)
    typer.stop()
    stall_search = beat.stop()
    print(
        f"typing {text!r}: {window.results.rowCount()} results, longest UI stall {stall_search * 1000:.0f} ms "
        f"(target < 100 ms; {time.perf_counter() - start:.1f} s incl. typing)"
    )
    window.shutdown()
    window.close()
    session.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB (target < 400 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
