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
in bytes (:data:`AHEAD_BYTES`). When the parent has taken everything made ready and would wait (the
child is the slower of the two: records that take long to make ready, a write that is fast), the
child sends its next batch as read, and the parent makes those records ready itself (the same
:func:`prepare`) while the child goes on: the two share the work instead of one waiting. It runs
isolated (``python -I``: nothing imported from the current folder or the PYTHON* variables) on the
parent's own import path, without the passphrase variables; it holds no key, opens no case file
and writes nothing; it is stopped with the import (done, failed, cancelled or refused), and ends
when its parent does (its next write finds the pipe closed). Both ways produce the same rows:
:func:`prepare` is the one function either runs.
"""

from __future__ import annotations

import gc
import json
import os
import pickle
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator
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

#: A document file of at least this size is made ready in a child process (when there are two
#: cores or more): starting one costs about 0.3 s of the child's time, paid back after a few thousand
#: records (about 1 MB).
AHEAD_MIN_BYTES = 2_000_000

_BATCH = 250  # records per message: large enough that pickling overhead is small, small enough to flow
_BATCH_BYTES = 4 << 20  # ... or fewer, when they are long (testimonies, attached files)
#: Bytes of records the child may hold made ready ahead of the writing: its work during the check
#: is kept, and its memory stays bounded whatever the document's size or its records' sizes.
AHEAD_BYTES = 64 << 20
#: Which batches the child sends as read, for the parent to make ready: "waiting" (whenever the
#: parent has taken all it made ready), "never", or "alternate" (every other batch; tests).
SHARE = "waiting"


def prepare(kind: str, data: dict) -> Prepared:
    """One record of a checked document made ready for :meth:`RecordWriter.put_prepared`."""
    stored, blobs = split_attachment_data(kind, canonical(kind, data))
    text = dumps(stored)
    return kind, stored["id"], text, content_hash(text), _derive(kind, stored), blobs


def worth_a_child(size: int) -> bool:
    """Whether a document file of ``size`` bytes is worth a child process on this machine (not in a
    frozen app, whose executable is not a Python interpreter)."""
    return size >= AHEAD_MIN_BYTES and (os.cpu_count() or 1) > 1 and not getattr(sys, "frozen", False)


#: What the child runs: ignore Ctrl-C (the parent stops it), take the parent's import path (sent
#: first on stdin, so the child imports exactly the package the parent runs), then work. The
#: interpreter runs isolated (``-I``): no current folder, no PYTHON* variables, no user site.
_BOOTSTRAP = (
    "import signal; signal.signal(signal.SIGINT, signal.SIG_IGN)\n"
    "import json, sys; sys.path[:] = json.loads(sys.stdin.buffer.readline())\n"
    "from casefile.preparing import in_child; in_child()\n"
)

#: The environment variables the child is not given (it needs no passphrase, and must not hold one).
_WITHHELD = ("CASEFILE_PASSPHRASE", "CASEFILE_NEW_PASSPHRASE", "CASEFILE_OTHER_PASSPHRASE")


class Preparer:
    """A child process reading a document file and making its records ready, from the moment it is
    made. :meth:`records` gives them in the document's order; :meth:`close` stops the child."""

    def __init__(self, child: subprocess.Popen) -> None:
        self._child = child
        self._finished = False

    @classmethod
    def start(cls, path: Path) -> Preparer | None:
        """A child preparing ``path``; None if none could be started (the import then prepares its
        records itself)."""
        # A plain interpreter, not multiprocessing: a script or app that imports casefile needs no
        # ``if __name__ == "__main__"`` guard.
        env = {k: v for k, v in os.environ.items() if k not in _WITHHELD}
        try:
            child = subprocess.Popen(
                [sys.executable, "-I", "-c", _BOOTSTRAP], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env
            )
        except (OSError, ValueError):
            return None  # no interpreter to start (an embedded Python), no process or file left
        assert child.stdin is not None
        try:
            with child.stdin:
                child.stdin.write(json.dumps(sys.path).encode("utf-8") + b"\n")
                pickle.dump((str(path), SHARE, _BATCH), child.stdin)
        except OSError:
            pass  # the child is gone already: reading says so
        return cls(child)

    def records(self, check_same: Callable[[tuple[int, bytes]], None]) -> Iterator[Prepared]:
        """Every record made ready; at the end ``check_same`` is given the (size, SHA-256) of the
        bytes the child read (it raises if they are not the ones checked)."""
        while True:
            kind, payload = self._message()
            if kind == "records":
                yield from payload
            elif kind == "read":  # records as read: the child was behind, this process makes them ready
                for list_name, data in payload:
                    try:
                        item = prepare(list_name, data)
                    except CasefileError:
                        raise
                    except Exception as fault:  # noqa: BLE001 - a record the check passed
                        # if the file changed since the check, that is the message (as in the child)
                        check_same(self._rest_read())
                        raise CasefileError(f"{type(fault).__name__}: {fault}") from None
                    yield item
            elif kind == "end":  # what the child read
                self._finished = True
                check_same(payload)
                return
            elif kind == "failed":  # a record the check passed could not be made ready
                seen, message = payload
                check_same(seen)  # the file changed since the check: that is the message
                raise CasefileError(str(message))
            else:  # "error": the child's message (a changed file, a fault); nothing was written
                raise CasefileError(str(payload))

    def _message(self) -> tuple[str, Any]:
        """The child's next message (kind, payload)."""
        stream = self._child.stdout
        assert stream is not None
        try:
            return pickle.load(stream)
        except Exception:  # noqa: BLE001 - cut short, or not what the child writes
            raise CasefileError(
                _("the import stopped: its helper process ended unexpectedly; nothing was changed")
            ) from None

    def _rest_read(self) -> tuple[int, bytes]:
        """What the child read of the whole document, (size, SHA-256): its messages up to the end."""
        while True:
            kind, payload = self._message()
            if kind == "end":
                self._finished = True
                return payload
            if kind == "failed":
                return payload[0]
            if kind == "error":
                raise CasefileError(str(payload))

    def close(self) -> None:
        if not self._finished:  # failed, cancelled or refused: stop it (else it is exiting)
            self._child.kill()
        if self._child.stdout is not None:
            self._child.stdout.close()
        self._child.wait()


def in_child() -> None:
    """The child: read a document file's path (and how to share the work, :data:`SHARE`) from stdin,
    write its records in batches, then (size, SHA-256) of the bytes read, to stdout: ("records",
    [made ready, ...]), ("read", [(list, record as read), ...]) for the parent to make ready,
    ("end", (size, digest)), or ("error", message)."""
    from casefile.exchange import _FileDocument  # it imports this module

    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write into the stream of records
    # Making a record ready creates no reference cycles, and the caches of names only grow: the
    # cycle collector would walk them again and again for nothing.
    gc.disable()
    ahead = _Ahead(AHEAD_BYTES)
    sender = threading.Thread(target=_send, args=(ahead, out), daemon=True)
    sender.start()
    try:
        path, share, batch_size = pickle.load(sys.stdin.buffer)
        reading = _FileDocument(Path(path)).read_again()
        batch: list[Prepared] = []
        size = 0
        batches = 0  # batches begun
        parent_waits = False  # whether the parent had taken everything when the last batch was ready
        pending: tuple[str, Any] | None = None  # read, not yet made ready nor sent
        try:
            while True:
                kind, data = pending or next(reading)
                pending = None
                if not batch:
                    batches += 1
                    shared = parent_waits if share == "waiting" else share == "alternate" and batches % 2 == 1
                    parent_waits = False
                    if shared and not _carries_files(kind, data):
                        # the parent has taken all there is: it makes this batch ready itself
                        raw = [(kind, data)]
                        try:
                            while len(raw) < batch_size:
                                pending = next(reading)
                                if _carries_files(*pending):
                                    break  # (attached files' bytes: made ready here, where memory is bounded)
                                raw.append(pending)
                                pending = None
                        finally:
                            ahead.put(pickle.dumps(("read", raw), pickle.HIGHEST_PROTOCOL))
                        continue
                try:
                    item = prepare(kind, data)
                except CasefileError:
                    raise
                except Exception as fault:  # noqa: BLE001 - a record the check passed
                    # if the file changed since the check, that is what the parent must say
                    seen = _rest_read(reading)
                    message = f"{type(fault).__name__}: {fault}"
                    ahead.put(pickle.dumps(("failed", (seen, message)), pickle.HIGHEST_PROTOCOL))
                    raise _Reported() from None
                batch.append(item)
                size += len(item[2]) + len(item[4].search_body) + sum(map(len, item[5]))
                if len(batch) >= batch_size or size >= _BATCH_BYTES:
                    parent_waits = ahead.put(pickle.dumps(("records", batch), pickle.HIGHEST_PROTOCOL))
                    batch, size = [], 0
        except StopIteration as end:
            seen = end.value
        ahead.put(pickle.dumps(("records", batch), pickle.HIGHEST_PROTOCOL))
        ahead.put(pickle.dumps(("end", seen), pickle.HIGHEST_PROTOCOL))
    except _Reported:
        pass
    except Exception as e:  # noqa: BLE001 - every failure goes to the parent, which raises it
        message = str(e) if isinstance(e, CasefileError) else f"{type(e).__name__}: {e}"
        ahead.put(pickle.dumps(("error", message), pickle.HIGHEST_PROTOCOL))
    ahead.put(None)
    sender.join()


def _carries_files(kind: str, data: Any) -> bool:
    """Whether a record holds attached files' bytes (see ``records.split_attachment_data``)."""
    if kind == "sources":
        return any(isinstance(a, dict) and "data" in a for a in data.get("attachments") or ())
    return kind == "persons" and isinstance(data.get("photo"), dict) and "data" in data["photo"]


class RecordSource(Protocol):
    """A document read record by record (``exchange._FileDocument``, ``_DictDocument``)."""

    def records(self) -> Iterator[tuple[str, Any]]: ...


class _Reported(Exception):
    """A failure already sent to the parent."""


def _rest_read(reading: Iterator[tuple[str, object]]) -> tuple[int, bytes]:
    """Read the rest of the document: (size, SHA-256) of all its bytes."""
    try:
        while True:
            next(reading)
    except StopIteration as end:
        return end.value


def prepared_here(source: RecordSource) -> Iterator[Prepared]:
    """The source's records made ready in this process. A record the check passed that cannot be
    made ready means the file changed since (then the rest of the reading raises that) or a fault."""
    records = source.records()
    for kind, data in records:
        try:
            item = prepare(kind, data)
        except CasefileError:
            raise
        except Exception:
            for _rest in records:  # raises "changed while it was being imported" if the bytes differ
                pass
            raise
        yield item


class _Ahead:
    """The batches made ready and not yet sent, bounded by their bytes (records differ in size by
    a thousand times: a name, a testimony, an attached scan)."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._held: deque[bytes | None] = deque()
        self._bytes = 0
        self._changed = threading.Condition()
        self._sending = False  # a batch is being written to the pipe (the parent has not read it all)

    def put(self, message: bytes | None) -> bool:
        """Hold a message for sending; returns whether everything before it had been taken (nothing
        held, nothing being written): the reader is faster than what it reads is made."""
        with self._changed:
            # one batch is always let in, however large, or a huge record could never pass
            self._changed.wait_for(lambda: not self._held or self._bytes < self._limit)
            taken = not self._held and not self._sending
            self._held.append(message)
            self._bytes += len(message or b"")
            self._changed.notify_all()
            return taken

    def get(self) -> bytes | None:
        with self._changed:
            self._sending = False
            self._changed.wait_for(lambda: bool(self._held))
            message = self._held.popleft()
            self._bytes -= len(message or b"")
            self._sending = True
            self._changed.notify_all()
            return message


def _send(ahead: _Ahead, out: IO[bytes]) -> None:
    try:
        while (message := ahead.get()) is not None:
            out.write(message)
        out.flush()
    except BaseException:  # noqa: BLE001 - the parent is gone (BrokenPipeError; EINVAL on Windows)
        os._exit(0)  # nothing to send to: the whole child ends, not only this thread
