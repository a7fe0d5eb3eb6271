"""Records made ready to write: canonical JSON, its hash and the derived rows, in a second process.

An import spends about as long in Python making each record ready (canonical form, JSON, SHA-256, what
lists, dates, links and search derive from it) as SQLite spends writing it, and the writing has to
happen on the case file's one connection. So a large import of a document file makes its records
ready in a child process while the parent writes them: on a laptop of two cores or more it takes
about the longer of the two, not their sum.

The child reads the document file itself (the second of the import's two readings, with its SHA-256
check against the first), so only finished rows cross the pipe (its stdout; nothing touches the
disk). It holds no key, opens no case file and writes nothing; it is stopped with the import (done,
failed or cancelled), and ends when its parent does (its next write finds the pipe closed). Both ways produce the same rows: :func:`prepare` is the one function either runs.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from casefile.errors import CasefileError
from casefile.i18n import _
from casefile.records import _derive, dumps, split_attachment_data
from casefile.validate import canonical
from casefile.versions import content_hash

if TYPE_CHECKING:
    from casefile.records import _Derived

#: (list, id, canonical JSON text, its SHA-256, derived rows, attached files' bytes)
Prepared = tuple[str, str, str, bytes, "_Derived", list[bytes]]

#: A document of at least this many records is made ready in a child process (when there are two
#: cores or more): starting one costs about 0.3 s of the child's time, paid back after a few thousand.
PARALLEL_MIN = 5000

_BATCH = 250  # records per message: large enough that pickling overhead is small, small enough to flow


class RecordSource(Protocol):
    """A document read record by record (``exchange._FileDocument``): picklable, so the child reads it."""

    def records(self) -> Iterator[tuple[str, Any]]: ...


def prepare(kind: str, data: dict) -> Prepared:
    """One record of a checked document made ready for :meth:`RecordWriter.put_prepared`."""
    stored, blobs = split_attachment_data(kind, canonical(kind, data))
    text = dumps(stored)
    return kind, stored["id"], text, content_hash(text), _derive(kind, stored), blobs


def use_child(total: int) -> bool:
    """Whether an import of ``total`` records is worth a child process on this machine (not in a
    frozen app, whose executable is not a Python interpreter)."""
    return total >= PARALLEL_MIN and (os.cpu_count() or 1) > 1 and not getattr(sys, "frozen", False)


@contextmanager
def prepared_records(source: RecordSource, in_child: bool) -> Iterator[Iterator[Prepared]]:
    """The source's records made ready, in the document's order: here, or read and made ready by a
    child process (``in_child``). Leaving the block stops the child, whatever the reason."""
    if not in_child:
        yield (prepare(kind, data) for kind, data in source.records())
        return
    # A plain child interpreter (``python -m casefile.preparing``), not multiprocessing: a script or
    # app that imports casefile needs no ``if __name__ == "__main__"`` guard, and the child runs the
    # same package as this process, whatever sys.path the caller set up.
    package_root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([package_root, os.environ.get("PYTHONPATH", "")])}
    child = subprocess.Popen(
        [sys.executable, "-m", "casefile.preparing"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        try:
            with child.stdin:
                pickle.dump(source, child.stdin)
        except BrokenPipeError:
            pass  # the child is gone already: reading says so
        finished: list[bool] = []
        yield _received(child.stdout, finished)
    finally:
        if not finished:  # failed or cancelled: stop it; else it is writing its last byte and exits
            child.kill()
        child.stdout.close()
        child.wait()


def _received(stream: IO[bytes], finished: list[bool]) -> Iterator[Prepared]:
    while True:
        try:
            message = pickle.load(stream)
        except (EOFError, pickle.UnpicklingError):
            raise CasefileError(
                _("the import stopped: its helper process ended unexpectedly; nothing was changed")
            ) from None
        if message is None:
            finished.append(True)
            return
        if isinstance(message, BaseException):
            raise message
        yield from message


def in_child() -> None:
    """The child: read the source from stdin, write batches of prepared records to stdout."""
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write into the stream of records
    try:
        source = pickle.load(sys.stdin.buffer)
        batch: list[Prepared] = []
        for kind, data in source.records():
            batch.append(prepare(kind, data))
            if len(batch) >= _BATCH:
                pickle.dump(batch, out, pickle.HIGHEST_PROTOCOL)
                batch = []
        pickle.dump(batch, out, pickle.HIGHEST_PROTOCOL)
        pickle.dump(None, out)
    except BrokenPipeError:
        return  # the parent stopped the import
    except BaseException as e:  # noqa: BLE001 - every failure goes to the parent, which raises it
        try:
            message = pickle.dumps(e)
        except Exception:  # an exception that does not pickle: its message still reaches the parent
            message = pickle.dumps(CasefileError(str(e)))
        out.write(message)
    out.flush()


if __name__ == "__main__":
    in_child()
