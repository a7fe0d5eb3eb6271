"""A large document file checked and made ready to write in a second process, while this one writes.

An import spends about as long in Python reading and checking a document and making each record ready
(canonical form, JSON, SHA-256, what lists, dates, links and search derive from it) as SQLite spends
writing it, and the writing has to happen on the case file's one connection. So a large import of a
document file runs its check and makes its records ready in a child process, which reads the file
once, and this process writes each record the check passed as it arrives, in the import's one
transaction: on a laptop of two cores or more the import takes about the longer of the two, not their
sum. The import stays all or nothing: the write is committed only once the child has read the whole
document and found no fault (the same faults, in the same order, as a check before the write finds:
``exchange.DocumentCheck``); a fault, a cancel or a child that dies rolls it all back.

Only finished rows cross the pipe (the child's stdout). The child keeps what it made ready ahead in
memory, up to a bound in bytes (:data:`AHEAD_BYTES`); the ids and references the check needs across the
document wait in its own encrypted scratch file (``staging.Staging``, a random key that is never
stored). When the parent has read everything sent and would wait (the child is the slower of the two:
records that take long to make ready, a write that is fast), it says so (a byte on the child's
stdin); the child sends what it has ready at once and its next batch as read (checked, not made
ready), and the parent makes those records ready itself (the same :func:`prepare`) while the child
goes on: the two share the work instead of one waiting. It runs
isolated (``python -I``: nothing imported from the current folder or the PYTHON* variables) on the
parent's own import path, without the passphrase variables; it holds no key of the case file and
opens none; it is stopped with the import (done, failed, cancelled or refused), and ends when its
parent does (its next write finds the pipe closed). Both ways produce the same rows: :func:`prepare`
is the one function either runs.
"""

from __future__ import annotations

import gc
import json
import os
import pickle
import select
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from casefile.errors import CasefileError, InvalidRecord, Problem
from casefile.i18n import _, current_language
from casefile.records import _derive, dumps, split_attachment_data
from casefile.validate import canonical
from casefile.versions import content_hash

if TYPE_CHECKING:
    from casefile.records import _Derived

#: (list, id, canonical JSON text, its SHA-256, derived rows, attached files' bytes)
Prepared = tuple[str, str, str, bytes, "_Derived", list[bytes]]
#: A record's references: (field path, target id, lists the target may be in)
References = list[tuple[str, str, tuple[str, ...]]]

#: A document file of at least this size is checked and made ready in a child process (when there are
#: two cores or more): starting one costs about 0.3 s of the child's time, paid back after a few
#: thousand records (about 1 MB).
AHEAD_MIN_BYTES = 2_000_000

_BATCH = 250  # records per message: large enough that pickling overhead is small, small enough to flow
_BATCH_BYTES = 4 << 20  # ... or fewer, when they are long (testimonies, attached files)
#: Bytes of records the child may hold made ready ahead of the writing: it can work on while the
#: write is slow (long texts), and its memory stays bounded whatever the document's or records' sizes.
AHEAD_BYTES = 64 << 20
#: Which batches the child sends as read, for the parent to make ready: "waiting" (when the parent
#: would wait: it has read everything sent and says so on the child's stdin), "never", or "alternate"
#: (every other batch; tests).
SHARE = "waiting"


def prepare(kind: str, data: dict, refs: References | None = None) -> Prepared:
    """One record of a checked document made ready for :meth:`RecordWriter.put_prepared` (``refs``:
    its references, when the check has them)."""
    stored, blobs = split_attachment_data(kind, canonical(kind, data))
    text = dumps(stored)
    return kind, stored["id"], text, content_hash(text), _derive(kind, stored, refs), blobs


def _made_ready(kind: str, data: dict, refs: References | None = None) -> Prepared:
    """:func:`prepare` of a record the check passed, in either process: a failure is a fault."""
    try:
        return prepare(kind, data, refs)
    except CasefileError:
        raise
    except Exception as fault:  # noqa: BLE001 - a record the check passed
        raise CasefileError(f"{type(fault).__name__}: {fault}") from None


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


class ReadWholeInstead(Exception):
    """The document cannot be read record by record (not UTF-8, a syntax error, a top-level key given
    twice): it is read whole instead, as a small one is, and that reading gives the message."""


class Preparer:
    """A child process checking a document file and making its records ready, from the moment it is
    made. :meth:`messages` gives what it found, in the document's order; :meth:`close` stops it."""

    def __init__(self, child: subprocess.Popen, size: int) -> None:
        self._child = child
        self._finished = False
        # the parent says it would wait (one byte on the child's stdin) where select() can tell
        self._says_waiting = SHARE == "waiting" and os.name == "posix"
        #: the document file's size in bytes (progress: how much of it the child has read)
        self.size = size

    @classmethod
    def start(cls, path: Path, size: int = 0) -> Preparer | None:
        """A child checking and preparing ``path``; None if none could be started (the import then
        checks, and makes its records ready, itself)."""
        # A plain interpreter, not multiprocessing: a script or app that imports casefile needs no
        # ``if __name__ == "__main__"`` guard.
        env = {k: v for k, v in os.environ.items() if k not in _WITHHELD}
        try:
            child = subprocess.Popen(
                [sys.executable, "-I", "-c", _BOOTSTRAP],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env=env,
                bufsize=0,  # unbuffered: whether the pipe holds a message is what select() says
            )
        except (OSError, ValueError):
            return None  # no interpreter to start (an embedded Python), no process or file left
        assert child.stdin is not None
        try:
            child.stdin.write(json.dumps(sys.path).encode("utf-8") + b"\n")
            # the messages in the language this process writes them in (the desktop's)
            child.stdin.write(pickle.dumps((str(path), SHARE, _BATCH, current_language())))
        except OSError:
            pass  # the child is gone already: reading says so
        return cls(child, size)

    def messages(self) -> Iterator[tuple[str, Any]]:
        """What the child found, in the document's order:

        - ("case", settings): the case settings, which passed their check;
        - ("records", ([(order, made ready), ...], bytes of the document read)): records that passed
          their own check (a batch sent as read is made ready here);
        - ("refused", None): a fault was found; the import will be refused, the check goes on;
        - ("refs", [(list, id, path, target, allowed, list of the target in the document), ...]):
          references the document alone does not satisfy (they may name records of the case file);
        - ("end", (faults, records read)): the document's faults (:class:`Problem`), none if clean.

        Raises :class:`ReadWholeInstead`, :class:`InvalidRecord` (a document too large) or
        :class:`CasefileError` (unreadable, or the child ended)."""
        while True:
            kind, payload = self._message()
            if kind == "read":  # records as read: the child was behind, this process makes them ready
                raw, read = payload
                yield "records", ([(order, _made_ready(name, data, refs)) for name, data, order, refs in raw], read)
            elif kind == "end":
                self._finished = True
                faults, total = payload
                yield kind, ([Problem(*p) for p in faults], total)
                return
            elif kind == "whole":
                raise ReadWholeInstead()
            elif kind == "invalid":
                raise InvalidRecord([Problem(*p) for p in payload])
            elif kind == "error":  # the child's message (unreadable, a fault); nothing is committed
                raise CasefileError(str(payload))
            else:
                yield kind, payload

    def _message(self) -> tuple[str, Any]:
        """The child's next message (kind, payload): its length (8 bytes), then its pickle."""
        stream = self._child.stdout
        assert stream is not None
        if self._says_waiting and not select.select([stream], [], [], 0)[0]:
            self._waiting()
        try:
            size = int.from_bytes(_read_exactly(stream, 8), "little")
            return pickle.loads(_read_exactly(stream, size))
        except Exception:  # noqa: BLE001 - cut short, or not what the child writes
            raise CasefileError(
                _("the import stopped: its helper process ended unexpectedly; nothing was changed")
            ) from None

    def _waiting(self) -> None:
        """Tell the child this process has read everything it sent: it sends its next batch as read."""
        try:
            assert self._child.stdin is not None
            self._child.stdin.write(b"w")
        except (OSError, ValueError):
            self._says_waiting = False  # it is gone: reading says so

    def close(self) -> None:
        if not self._finished:  # failed, cancelled or refused: stop it (else it is exiting)
            self._child.kill()
        for pipe in (self._child.stdin, self._child.stdout):
            if pipe is not None:
                try:
                    pipe.close()
                except OSError:
                    pass  # (its end is gone)
        self._child.wait()
        # a child stopped before the end left its scratch file (unreadable: its key died with it)
        from casefile.staging import remove_abandoned

        remove_abandoned()


def _read_exactly(stream: IO[bytes], size: int) -> bytes:
    data = bytearray()
    while len(data) < size:
        chunk = stream.read(size - len(data))
        if not chunk:
            raise EOFError
        data += chunk
    return bytes(data)


def _problem_fields(problems: list[Problem]) -> list[tuple]:
    return [(p.list, p.record_id, p.field, p.message) for p in problems]


def in_child() -> None:
    """The child: read a document file's path (how to share the work, :data:`SHARE`, and the language
    of the messages) from stdin; check the document as it reads it and write what
    :meth:`Preparer.messages` gives, pickled, to stdout ("read" for a batch the parent makes ready:
    ([(list, record, order, references), ...], bytes read))."""
    from casefile.exchange import _READ_WHOLE_INSTEAD, DocumentCheck, StagedDocument, _FileDocument  # it imports us
    from casefile.i18n import set_language
    from casefile.staging import Staging

    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write into the stream of records
    # Making a record ready creates no reference cycles, and the caches of names only grow: the
    # cycle collector would walk them again and again for nothing.
    gc.disable()
    # The threads that send and listen wait for the one that works to let go of the interpreter:
    # every 5 ms by default, which the parent, waiting for a batch or for its word to be heard, felt.
    sys.setswitchinterval(0.0005)
    ahead = _Ahead(AHEAD_BYTES)
    sender = threading.Thread(target=_send, args=(ahead, out), daemon=True)
    sender.start()

    def put(kind: str, payload: Any) -> None:
        ahead.put(pickle.dumps((kind, payload), pickle.HIGHEST_PROTOCOL))

    staged = None
    waits = threading.Event()  # the parent has read everything sent and would wait
    try:
        path, share, batch_size, language = pickle.load(sys.stdin.buffer)
        threading.Thread(target=_listen, args=(sys.stdin.fileno(), waits), daemon=True).start()
        set_language(language)
        source = _FileDocument(Path(path))
        staged = StagedDocument(source, Staging(True))
        check = DocumentCheck(staged)
        reading = check.records(source)
        batch: list[tuple[int, Prepared]] = []
        size = 0
        batches = 0  # batches begun
        told = False  # whether the parent knows the import will be refused
        pending: tuple[str, Any, int, References] | None = None  # read, not yet made ready nor sent
        while True:
            if pending is not None:
                (kind, data, order, refs), pending = pending, None
            else:
                try:
                    kind, data, order, refs = next(reading)
                except StopIteration:
                    break
            if check.refused:  # only the check goes on, to find every fault
                if not told:
                    put("refused", None)
                    told = True
                continue
            if kind == "case":
                if batch:
                    put("records", (batch, source.bytes_read()))
                    batch, size = [], 0
                put("case", data)
                continue
            if not batch:
                batches += 1
                shared = waits.is_set() if share == "waiting" else share == "alternate" and batches % 2 == 1
                if shared and not _carries_files(kind, data):
                    waits.clear()
                    # the parent has taken all there is: it makes this batch ready itself
                    raw = [(kind, data, order, refs)]
                    while len(raw) < batch_size:
                        try:
                            item = next(reading)
                        except StopIteration:
                            break  # (the next turn finds the end again)
                        if item[0] == "case" or check.refused or _carries_files(item[0], item[1]):
                            pending = item  # (attached files' bytes: made ready here, where memory is bounded)
                            break
                        raw.append(item)
                    if not check.refused:
                        put("read", (raw, source.bytes_read()))
                    continue
            made = _made_ready(kind, data, refs)
            batch.append((order, made))
            size += len(made[2]) + len(made[4].search_body) + sum(map(len, made[5]))
            # the parent waits: what is ready goes now, and the next batch goes as read
            if len(batch) >= batch_size or size >= _BATCH_BYTES or waits.is_set():
                put("records", (batch, source.bytes_read()))
                batch, size = [], 0
        faults = check.finish()
        if not faults:  # (else the end says so)
            if batch:
                put("records", (batch, source.bytes_read()))
            for chunk in staged.staging.unresolved_references():
                put("refs", chunk)
        put("end", (_problem_fields(faults), staged.total))
    except _READ_WHOLE_INSTEAD:
        put("whole", None)
    except InvalidRecord as e:  # the document grew past the largest one read
        put("invalid", _problem_fields(e.problems))
    except OSError as e:
        put("error", _("{path}: cannot read it ({reason})").format(path=path, reason=e.strerror))
    except Exception as e:  # noqa: BLE001 - every failure goes to the parent, which raises it
        put("error", str(e) if isinstance(e, CasefileError) else f"{type(e).__name__}: {e}")
    finally:
        if staged is not None:
            staged.staging.close()
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

    def put(self, message: bytes | None) -> None:
        """Hold a message for sending (waits while the bound is reached)."""
        with self._changed:
            # one batch is always let in, however large, or a huge record could never pass
            self._changed.wait_for(lambda: not self._held or self._bytes < self._limit)
            self._held.append(message)
            self._bytes += len(message or b"")
            self._changed.notify_all()

    def get(self) -> bytes | None:
        with self._changed:
            self._changed.wait_for(lambda: bool(self._held))
            message = self._held.popleft()
            self._bytes -= len(message or b"")
            self._changed.notify_all()
            return message


def _listen(fd: int, waits: threading.Event) -> None:
    """The parent's word that it would wait (a byte on stdin), until it closes the pipe. Read from
    the descriptor, not ``sys.stdin``: a daemon thread holding its lock would abort the exit."""
    try:
        while os.read(fd, 64):
            waits.set()
    except OSError:
        pass


def _send(ahead: _Ahead, out: IO[bytes]) -> None:
    try:
        while (message := ahead.get()) is not None:
            out.write(len(message).to_bytes(8, "little"))
            out.write(message)
        out.flush()
    except BaseException:  # noqa: BLE001 - the parent is gone (BrokenPipeError; EINVAL on Windows)
        os._exit(0)  # nothing to send to: the whole child ends, not only this thread
