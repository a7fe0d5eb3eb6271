"""Records made ready to write: canonical JSON, its hash and the derived rows, in a second process.

An import spends about as long in Python making each record ready (canonical form, JSON, SHA-256, what
lists, dates, links and search derive from it) as SQLite spends writing it, and the writing has to
happen on the case file's one connection. So a large import of a document file makes its records
ready in a child process, started when the check of the document starts: it works while this
process checks and then writes, and on a laptop of two cores or more the import takes about the
longer of the two, not their sum.

The child reads the document file itself (the second of the import's two readings; the bytes it
read must hash as the check's did, or nothing is written), so only finished rows cross the pipe
(its stdout; nothing touches the disk). It keeps what it made ready ahead in memory, up to a bound
(:data:`AHEAD_BATCHES`). It holds no key, opens no case file and writes nothing; it is stopped with
the import (done, failed, cancelled or refused), and ends when its parent does (its next write
finds the pipe closed). Both ways produce the same rows: :func:`prepare` is the one function either runs.
"""

from __future__ import annotations

import gc
import os
import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

from casefile.errors import CasefileError
from casefile.i18n import _
from casefile.records import _derive, dumps, split_attachment_data
from casefile.validate import canonical
from casefile.versions import content_hash

if TYPE_CHECKING:
    from casefile.records import _Derived

#: (list, id, canonical JSON text, its SHA-256, derived rows, attached files' bytes)
Prepared = tuple[str, str, str, bytes, "_Derived", list[bytes]]

#: A document file of at least this size is made ready in a child process (when there are two
#: cores or more): starting one costs about 0.3 s of the child's time, paid back after a few thousand
#: records (about 1 MB).
AHEAD_MIN_BYTES = 2_000_000

_BATCH = 250  # records per message: large enough that pickling overhead is small, small enough to flow
#: Batches the child may hold made ready ahead of the writing (about 50-200 MB of records): its work
#: during the check is kept, and its memory stays bounded whatever the document's size.
AHEAD_BATCHES = 500


def prepare(kind: str, data: dict) -> Prepared:
    """One record of a checked document made ready for :meth:`RecordWriter.put_prepared`."""
    stored, blobs = split_attachment_data(kind, canonical(kind, data))
    text = dumps(stored)
    return kind, stored["id"], text, content_hash(text), _derive(kind, stored), blobs


def worth_a_child(size: int) -> bool:
    """Whether a document file of ``size`` bytes is worth a child process on this machine (not in a
    frozen app, whose executable is not a Python interpreter)."""
    return size >= AHEAD_MIN_BYTES and (os.cpu_count() or 1) > 1 and not getattr(sys, "frozen", False)


class Preparer:
    """A child process reading a document file and making its records ready, from the moment it is
    made. :meth:`records` gives them in the document's order; :meth:`close` stops the child."""

    def __init__(self, path: Path) -> None:
        # A plain child interpreter (``python -m casefile.preparing``), not multiprocessing: a script
        # or app that imports casefile needs no ``if __name__ == "__main__"`` guard, and the child
        # runs the same package as this process, whatever sys.path the caller set up.
        package_root = str(Path(__file__).resolve().parent.parent)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([package_root, os.environ.get("PYTHONPATH", "")])}
        self._child = subprocess.Popen(
            [sys.executable, "-m", "casefile.preparing"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env
        )
        self._finished = False
        assert self._child.stdin is not None
        try:
            with self._child.stdin:
                pickle.dump(str(path), self._child.stdin)
        except BrokenPipeError:
            pass  # the child is gone already: reading says so

    def records(self, check_same: Callable[[tuple[int, bytes]], None]) -> Iterator[Prepared]:
        """Every record made ready; at the end ``check_same`` is given the (size, SHA-256) of the
        bytes the child read (it raises if they are not the ones checked)."""
        stream = self._child.stdout
        assert stream is not None
        while True:
            try:
                message = pickle.load(stream)
            except (EOFError, pickle.UnpicklingError, OSError):
                raise CasefileError(
                    _("the import stopped: its helper process ended unexpectedly; nothing was changed")
                ) from None
            if isinstance(message, BaseException):
                raise message
            if isinstance(message, tuple):  # the end: what the child read
                self._finished = True
                check_same(message)
                return
            yield from message

    def close(self) -> None:
        if not self._finished:  # failed, cancelled or refused: stop it (else it is exiting)
            self._child.kill()
        if self._child.stdout is not None:
            self._child.stdout.close()
        self._child.wait()


def in_child() -> None:
    """The child: read a document file's path from stdin, write batches of its records made ready,
    then (size, SHA-256) of the bytes read, to stdout."""
    from casefile.exchange import _FileDocument  # it imports this module

    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write into the stream of records
    # Making a record ready creates no reference cycles, and the caches of names only grow: the
    # cycle collector would walk them again and again for nothing.
    gc.disable()
    ahead: queue.Queue[bytes | None] = queue.Queue(maxsize=AHEAD_BATCHES)
    sender = threading.Thread(target=_send, args=(ahead, out), daemon=True)
    sender.start()
    try:
        reading = _FileDocument(Path(pickle.load(sys.stdin.buffer))).read_again()
        batch: list[Prepared] = []
        try:
            while True:
                kind, data = next(reading)
                batch.append(prepare(kind, data))
                if len(batch) >= _BATCH:
                    ahead.put(pickle.dumps(batch, pickle.HIGHEST_PROTOCOL))
                    batch = []
        except StopIteration as end:
            seen = end.value
        ahead.put(pickle.dumps(batch, pickle.HIGHEST_PROTOCOL))
        ahead.put(pickle.dumps(seen, pickle.HIGHEST_PROTOCOL))
    except BaseException as e:  # noqa: BLE001 - every failure goes to the parent, which raises it
        try:
            ahead.put(pickle.dumps(e))
        except Exception:  # an exception that does not pickle: its message still reaches the parent
            ahead.put(pickle.dumps(CasefileError(str(e))))
    ahead.put(None)
    sender.join()


def _send(ahead: queue.Queue[bytes | None], out: IO[bytes]) -> None:
    try:
        while (message := ahead.get()) is not None:
            out.write(message)
        out.flush()
    except BrokenPipeError:
        os._exit(0)  # the parent stopped the import


if __name__ == "__main__":
    in_child()
