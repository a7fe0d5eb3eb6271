"""Import and export of exchange-format documents (``shared/spec/exchange-format.md``).

Import is all or nothing: the whole document is checked first and every fault reported (list,
record id, field); only a clean document is written, in one transaction. It is idempotent: a
record whose id exists is updated, and an unchanged one is left alone (no audit entry).
An export imported into an empty case file and exported again gives the same document.
"""

from __future__ import annotations

import base64
import codecs
import hashlib
import json
import os
import re
from collections.abc import Callable, Generator, Iterator
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sqlcipher3 import IntegrityError

from casefile import cycles
from casefile.errors import Cancelled, CasefileError, InvalidRecord, Problem
from casefile.i18n import _
from casefile.model import FORMAT_NAME, FORMAT_VERSION, LISTS
from casefile.preparing import Prepared, Preparer, ReadWholeInstead, prepared_here, worth_a_child
from casefile.records import (
    RecordWriter,
    attachment_data,
    case_settings,
    iter_records,
    kinds_of,
    reference_problem,
)
from casefile.staging import Staging, bulk_load, existing_rows, has_records
from casefile.validate import _shown_key, canonical_case, check_case, check_record, references

if TYPE_CHECKING:
    from casefile.store import CaseFile

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

_TOP_LEVEL = {"format", "version", "case", *LISTS}


def _no_progress(done: int, total: int) -> None:
    pass


def _never() -> bool:
    return False


class ImportSummary:
    """What an import did, counted per action (``insert``, ``update``, ``unchanged``)."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {"insert": 0, "update": 0, "unchanged": 0}
        self.case_changed = False

    def __str__(self) -> str:
        c = self.counts
        return _("{added} added, {updated} updated, {unchanged} unchanged").format(
            added=c["insert"], updated=c["update"], unchanged=c["unchanged"]
        )


#: The largest document read, in bytes (attachments travel inside it, in base64). Parsed JSON takes
#: several times its size in memory, so a larger one would exhaust it before anything is checked.
MAX_DOCUMENT_BYTES = 1 << 30
#: The longest number read (digits, sign, point, exponent): latitudes need a few dozen at most, and
#: converting a number of many thousands of digits takes seconds (Python refuses beyond 4,300).
MAX_NUMBER_LENGTH = 40


class _Refused(ValueError):
    """Raised from inside the JSON parser to stop it with a message."""


def _number(convert: Callable[[str], Any]) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        if len(text) > MAX_NUMBER_LENGTH:
            message = _("not valid JSON: a number of {length} characters (at most {n})")
            raise _Refused(message.format(length=len(text), n=MAX_NUMBER_LENGTH))
        return convert(text)

    return parse


def _constant(name: str) -> Any:
    raise _Refused(_("not valid JSON: {name} is not a JSON number").format(name=name))


def _too_large(size: int) -> InvalidRecord:
    message = _("the document is too large ({size} MB; at most {limit} MB)")
    return InvalidRecord([Problem(None, None, None, message.format(size=size >> 20, limit=MAX_DOCUMENT_BYTES >> 20))])


def read_document(path: str | os.PathLike[str]) -> dict:
    """Read and parse the document in a file; one larger than :data:`MAX_DOCUMENT_BYTES` is
    refused before it is read. An unreadable file is a :class:`~casefile.errors.CasefileError`."""
    from casefile.errors import CasefileError

    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_DOCUMENT_BYTES:
                raise _too_large(size)
            raw = f.read(MAX_DOCUMENT_BYTES + 1)  # the file may grow while it is read
    except OSError as e:
        raise CasefileError(_("{path}: cannot read it ({reason})").format(path=path, reason=e.strerror)) from None
    return load_document(raw)


def load_document(source: str | bytes | IO[str] | IO[bytes]) -> dict:
    """Parse a document's JSON; a syntax error is an :class:`InvalidRecord` that says where.

    The parse is bounded before it starts: at most :data:`MAX_DOCUMENT_BYTES`, numbers of at most
    :data:`MAX_NUMBER_LENGTH` characters, no NaN or Infinity (not JSON), and nesting no deeper than
    Python's stack allows; each is refused with a message, never a traceback. (Each field's size is
    bounded by :mod:`casefile.validate`.)
    """
    try:
        if hasattr(source, "read"):
            source = source.read(MAX_DOCUMENT_BYTES + 1)  # type: ignore[union-attr]
        if len(source) > MAX_DOCUMENT_BYTES:  # type: ignore[arg-type]
            raise _too_large(len(source))  # type: ignore[arg-type]
        doc = json.loads(
            source,  # type: ignore[arg-type]
            parse_int=_number(int),
            parse_float=_number(float),
            parse_constant=_constant,
        )
    except json.JSONDecodeError as e:
        message = _("not valid JSON: {error} at line {line}, column {column}")
        raise InvalidRecord(
            [Problem(None, None, None, message.format(error=e.msg, line=e.lineno, column=e.colno))]
        ) from None
    except UnicodeDecodeError:
        raise InvalidRecord([Problem(None, None, None, _("not valid JSON: the file is not UTF-8 text"))]) from None
    except _Refused as e:
        raise InvalidRecord([Problem(None, None, None, str(e))]) from None
    except RecursionError:
        message = _("not valid JSON for Casefile: nested too deeply (a record needs only a few levels)")
        raise InvalidRecord([Problem(None, None, None, message)]) from None
    if not isinstance(doc, dict):
        raise InvalidRecord([Problem(None, None, None, _("the document must be a JSON object"))])
    return doc


# --- reading a document record by record -----------------------------------------------------------


class _NotStreamed(Exception):
    """The record-by-record reader stops here; the document is read whole instead, and that parser
    gives the message (a syntax error, a number refused, bytes that are not UTF-8, ...) or reads what
    this reader leaves to it (a top-level key given twice: JSON keeps its last value)."""


#: What reading a document record by record may raise that reading it whole reports with a message.
_READ_WHOLE_INSTEAD = (_NotStreamed, json.JSONDecodeError, _Refused, RecursionError, UnicodeDecodeError)
_WS = re.compile(r"[ \t\n\r]*")
_MISSING: Any = object()


class _Reader:
    """A document in a binary file, value by value: the top-level object's lists of records are read
    one record at a time (with :func:`load_document`'s parser and bounds), so memory holds a record
    and a few MB of text, never the document."""

    CHUNK = 1 << 22  # bytes read at a time

    def __init__(self, f: IO[bytes]) -> None:
        self._f = f
        # surrogatepass: json.loads reads bytes so (a lone surrogate is then refused by the checks)
        self._utf8 = codecs.getincrementaldecoder("utf-8")("surrogatepass")
        self._json = json.JSONDecoder(parse_int=_number(int), parse_float=_number(float), parse_constant=_constant)
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.size = 0
        self.digest = hashlib.sha256()
        first = self._read(self.CHUNK)
        encoding = json.detect_encoding(first) if first else "utf-8"
        if encoding not in ("utf-8", "utf-8-sig"):
            raise _NotStreamed  # UTF-16 or UTF-32: json.loads reads them; so does the whole-document path
        self._feed(first[3:] if encoding == "utf-8-sig" else first, final=not first)

    def _read(self, n: int) -> bytes:
        raw = self._f.read(n)
        self.size += len(raw)
        if self.size > MAX_DOCUMENT_BYTES:
            raise _too_large(self.size)  # it grew while being read
        self.digest.update(raw)
        if not raw:
            self.eof = True
        return raw

    def _feed(self, raw: bytes, final: bool = False) -> None:
        self.buf = self.buf[self.pos :] + self._utf8.decode(raw, final)
        self.pos = 0

    def _more(self, at_least: int = 0) -> bool:
        """Read on (at least ``at_least`` bytes if the file has them); False at its end."""
        if self.eof:
            return False
        raw = self._read(max(self.CHUNK, at_least))
        self._feed(raw, final=not raw)
        return bool(raw)

    def peek(self) -> str:
        """The next character that is not white space ("" at the end), not consumed."""
        while True:
            self.pos = _WS.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more():
                return ""

    def value(self) -> Any:
        """The next JSON value, whole."""
        if not self.peek():
            raise _NotStreamed
        while True:
            try:
                value, end = self._json.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError:
                # perhaps only cut off where reading stopped: read as much again (a record of any
                # size is read in a time linear in its size), else it is an error
                if self._more(len(self.buf) - self.pos):
                    continue
                raise _NotStreamed from None
            if end == len(self.buf) and self._more():
                continue  # a number may go on in what comes next
            self.pos = end
            return value

    def top_level(self) -> Iterator[tuple[str, Any, Iterator[Any] | None]]:
        """(key, value, None) for each top-level key, or (key, _MISSING, records) for a list of
        records, read one by one as the caller iterates (what the caller leaves is skipped)."""
        if self.peek() != "{":
            raise _NotStreamed
        self.pos += 1
        seen: set[str] = set()
        if self.peek() == "}":
            self.pos += 1
        else:
            while True:
                if self.peek() != '"':
                    raise _NotStreamed
                key = self.value()
                if key in seen:
                    raise _NotStreamed
                seen.add(key)
                if self.peek() != ":":
                    raise _NotStreamed
                self.pos += 1
                if key in LISTS and self.peek() == "[":
                    self.pos += 1
                    items = self._items()
                    yield key, _MISSING, items
                    for _rest in items:
                        pass
                else:
                    yield key, self.value(), None
                c = self.peek()
                self.pos += 1
                if c == "}":
                    break
                if c != ",":
                    raise _NotStreamed
        if self.peek():
            raise _NotStreamed  # something after the document

    def _items(self) -> Iterator[Any]:
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            yield self.value()
            c = self.peek()
            self.pos += 1
            if c == "]":
                return
            if c != ",":
                raise _NotStreamed


class _FileDocument:
    """A document file, read record by record: twice when it is checked before it is written (the
    second reading must see the same bytes, SHA-256, or the import stops with nothing written), once
    when a child process checks it while it is written (``casefile.preparing``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._seen: tuple[int, bytes] | None = None
        self._reader: _Reader | None = None

    def top_level(self) -> Iterator[tuple[str, Any, Iterator[Any] | None]]:
        with open(self.path, "rb") as f:
            reader = self._reader = _Reader(f)
            yield from reader.top_level()
            self._seen = (reader.size, reader.digest.digest())

    def bytes_read(self) -> int:
        """How many bytes of the file the reading of :meth:`top_level` has read so far."""
        return self._reader.size if self._reader is not None else 0

    def records(self) -> Iterator[tuple[str, Any]]:
        seen = yield from self.read_again()
        self.check_same(seen)

    def read_again(self) -> Generator[tuple[str, Any], None, tuple[int, bytes]]:
        """The records again; returns the (size, SHA-256) read, for :meth:`check_same`."""
        try:
            with open(self.path, "rb") as f:
                reader = _Reader(f)
                for key, _value, items in reader.top_level():
                    if items is not None:
                        for data in items:
                            yield key, data
        except (*_READ_WHOLE_INSTEAD, InvalidRecord, OSError):
            raise self._changed() from None
        return reader.size, reader.digest.digest()

    def check_same(self, seen: tuple[int, bytes]) -> None:
        """Raise if a second reading did not see the bytes the first one did."""
        if seen != self._seen:
            raise self._changed()

    def _changed(self) -> CasefileError:
        return CasefileError(
            _("{path} changed while it was being imported; nothing was changed; try again").format(path=self.path)
        )


class _DictDocument:
    """A document already parsed in memory (the desktop, shares, tests)."""

    def __init__(self, doc: dict) -> None:
        self.doc = doc

    def top_level(self) -> Iterator[tuple[str, Any, Iterator[Any] | None]]:
        for key, value in self.doc.items():
            yield key, value, None

    def records(self) -> Iterator[tuple[str, Any]]:
        for kind in LISTS:
            items = self.doc.get(kind, [])
            if isinstance(items, list):
                for data in items:
                    yield kind, data


# --- checking ---------------------------------------------------------------------------------------


class StagedDocument:
    """A document read and checked record by record (:func:`stage_file`): the faults found in the
    document alone, and its ids and references kept aside (:class:`~casefile.staging.Staging`) for
    the checks against a case file and the write (:func:`import_staged`). Close it when done."""

    def __init__(self, source: _FileDocument | _DictDocument, staging: Staging) -> None:
        self.source = source
        self.staging = staging
        self.problems: list[Problem] = []
        self.case: Any = _MISSING
        self.total = 0
        #: the child making a large document file's records ready (``casefile.preparing``), if any
        self.preparer: Preparer | None = None

    def close(self) -> None:
        if self.preparer is not None:
            self.preparer.close()
        self.staging.close()

    def __enter__(self) -> StagedDocument:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_LIST_INDEX = {kind: i for i, kind in enumerate(LISTS)}


def _stage(source: _FileDocument | _DictDocument, on_disk: bool, cancelled: CancelCheck) -> StagedDocument:
    """Read every record once: top-level faults, each record's own faults and duplicate ids, in the
    order :func:`check_document` has always given them (lists in the format's order)."""
    staged = StagedDocument(source, Staging(on_disk))
    try:
        with cycles.paused():
            _check_each(staged, source, cancelled)
    except BaseException:
        staged.close()
        raise
    return staged


def _check_each(staged: StagedDocument, source: _FileDocument | _DictDocument, cancelled: CancelCheck) -> None:
    """Each record's own faults and duplicate ids, in the order the format's lists give them."""
    check = DocumentCheck(staged)
    for _item in check.records(source, cancelled):
        pass
    staged.problems = check.finish()


class DocumentCheck:
    """The check of a document as it is read (:meth:`records`), then across it (:meth:`finish`): the
    same faults, in the same order, whether the records are written after it or while it reads them
    (``casefile.preparing``)."""

    def __init__(self, staged: StagedDocument) -> None:
        self.staged = staged
        self._keys: list[str] = []
        self._fmt: Any = _MISSING
        self._version: Any = _MISSING
        self._case_faults: list[Problem] = []
        # (order, n, problem): order = the list's place << 40 | the record's place in it
        self._keyed: list[tuple[int, int, Problem]] = []
        #: whether a fault is known already (the import will be refused whatever comes next)
        self.refused = False

    def records(
        self, source: _FileDocument | _DictDocument, cancelled: CancelCheck = _never
    ) -> Iterator[tuple[str, Any, int, list[tuple[str, str, tuple[str, ...]]]]]:
        """Read the document: (list, record, order, references) of each record that passes its own
        check (its references as :func:`validate.references` gives them: worked out once, for the
        check and for the derived rows), and ("case", settings, 0, []) when the case settings pass
        theirs."""
        staged = self.staged
        keyed = self._keyed
        for key, value, items in source.top_level():
            self._keys.append(key)
            if key == "format":
                self._fmt = value
                self.refused |= value != FORMAT_NAME
            elif key == "version":
                self._version = value
                self.refused |= type(value) is not int or value != FORMAT_VERSION
            elif key == "case":
                staged.case = value
                self._case_faults = check_case(value)
                if self._case_faults:
                    self.refused = True
                else:
                    yield "case", value, 0, []
            elif key not in _TOP_LEVEL:
                self.refused = True
            if key not in _LIST_INDEX:
                continue
            base = (_LIST_INDEX[key] + 1) << 40
            if items is None:
                if not isinstance(value, list):
                    keyed.append((base, 0, Problem(key, None, None, _("must be a list"))))
                    self.refused = True
                    continue
                items = iter(value)
            for pos, data in enumerate(items, 1):
                staged.total += 1
                if staged.total % 1000 == 0 and cancelled():
                    raise Cancelled()
                found = check_record(key, data)
                if found:
                    keyed += [(base + pos, len(keyed), p) for p in found]
                    self.refused = True
                else:
                    refs = list(references(key, data))
                    staged.staging.add(data["id"], key, base + pos, refs)
                    yield key, data, base + pos, refs
        if cancelled():
            raise Cancelled()

    def finish(self) -> list[Problem]:
        """Every fault of the document alone, once it has all been read."""
        staged = self.staged
        keyed = self._keyed
        top: list[Problem] = []
        if (None if self._fmt is _MISSING else self._fmt) != FORMAT_NAME:
            top.append(Problem(None, None, "format", _('must be "{format}"').format(format=FORMAT_NAME)))
        version = None if self._version is _MISSING else self._version
        if type(version) is not int or version != FORMAT_VERSION:  # not true, not 1.0
            message = _("must be {version} (this is version 1 of the format)")
            top.append(Problem(None, None, "version", message.format(version=FORMAT_VERSION)))
        for key in self._keys:
            if key not in _TOP_LEVEL:
                top.append(Problem(None, None, _shown_key(key), _("unknown top-level key")))
        if top:
            return top
        problems = list(self._case_faults)
        for order, rid, kind, first_kind in staged.staging.duplicates():
            if first_kind == kind:
                message = _("duplicate id: also used by another record in this document")
            else:
                message = _("duplicate id: also in {list} used by another record in this document").format(
                    list=first_kind
                )
            keyed.append((order, len(keyed), Problem(kind, rid, "id", message)))
        keyed.sort(key=lambda item: (item[0], item[1]))
        return problems + [p for _order, _n, p in keyed]


def _case_file_problems(cf: CaseFile, staged: StagedDocument, cancelled: CancelCheck) -> list[Problem]:
    """Faults of a (clean) document against the case file: an id a record of another list has, a
    reference to nothing or to a record of a list it may not name. Reads the case file only."""
    problems: list[Problem] = []
    if has_records(cf):
        for chunk in staged.staging.ids():
            found = kinds_of(cf, [rid for rid, _kind, _order in chunk])
            for rid, kind, _order in chunk:
                other = found.get(rid)
                if other is not None and other != kind:
                    problems.append(_id_elsewhere(kind, rid, other))
            if cancelled():
                raise Cancelled()
    for refs in staged.staging.unresolved_references():
        problems += _reference_problems(cf, refs)
        if cancelled():
            raise Cancelled()
    return problems


def _reference_problems(cf: CaseFile, refs: list[tuple]) -> list[Problem]:
    """The faults of references the document alone does not satisfy (``Staging.unresolved_references``):
    a target the document does not hold is looked up in the case file."""
    in_file = kinds_of(cf, list({target for _k, _r, _p, target, _a, known in refs if known is None}))
    found = []
    for kind, rid, path, target, allowed, known in refs:
        problem = reference_problem(kind, rid, path, target, known or in_file.get(target), allowed)
        if problem is not None:
            found.append(problem)
    return found


def _id_elsewhere(kind: str, rid: str, other: str) -> Problem:
    """The fault of a record whose id the case file gives a record of another list."""
    return Problem(kind, rid, "id", _("this id is already used by a record in {list}").format(list=other))


def check_document(cf: CaseFile, doc: dict, cancelled: CancelCheck = _never, *, on_disk: bool = False) -> list[Problem]:
    """Every fault of a document, with the case file it would be imported into. ``on_disk``: its
    ids and references wait in an encrypted scratch file, not in memory (a whole case's, read from
    lists that are read as they go)."""
    with _stage(_DictDocument(doc), on_disk, cancelled) as staged:
        return staged.problems or _case_file_problems(cf, staged, cancelled)


def stage_file(path: str | os.PathLike[str], cancelled: CancelCheck = _never) -> StagedDocument:
    """Read and check a document file record by record, before any case file is opened: a syntax
    error (or a document too large) raises :class:`InvalidRecord` here, as :func:`read_document`
    does; the records' own faults wait in ``problems`` for :func:`import_staged`. A document of
    :data:`~casefile.preparing.AHEAD_MIN_BYTES` or more (on two cores or more) is instead checked
    by a child process while :func:`import_staged` writes it (``casefile.preparing``): then its
    faults, a syntax error too, are raised by :func:`import_staged`, the same and in the same order.

    Memory stays bounded by the largest record: ids and references wait in an encrypted scratch
    file. A document this reader does not take (not UTF-8, a top-level key given twice, a syntax
    error) is read whole by :func:`read_document` instead, so its message is the one it always was.
    """
    from casefile.errors import CasefileError

    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        raise CasefileError(_("{path}: cannot read it ({reason})").format(path=path, reason=e.strerror)) from None
    if size > MAX_DOCUMENT_BYTES:
        raise _too_large(size)
    if worth_a_child(size):
        # a large document is checked and made ready in a child process, which starts now, while
        # this one writes what it passes (import_staged): nothing is committed unless all of it does
        preparer = Preparer.start(path, size)
        if preparer is not None:
            staged = StagedDocument(_FileDocument(path), Staging(True))
            staged.preparer = preparer
            return staged
    try:
        return _stage(_FileDocument(path), True, cancelled)
    except _READ_WHOLE_INSTEAD:
        pass
    except OSError as e:
        raise CasefileError(_("{path}: cannot read it ({reason})").format(path=path, reason=e.strerror)) from None
    return _stage(_DictDocument(read_document(path)), False, cancelled)


def import_staged(
    cf: CaseFile, staged: StagedDocument, progress: Progress = _no_progress, cancelled: CancelCheck = _never
) -> ImportSummary:
    """Import a staged document into ``cf``, all or nothing. Raises :class:`InvalidRecord` (nothing
    written) or :class:`Cancelled` (nothing written)."""
    if staged.preparer is not None:
        try:
            return _import_while_checked(cf, staged, staged.preparer, progress, cancelled)
        except ReadWholeInstead:
            # not readable record by record: read whole, as a small document is (its message, if any)
            assert isinstance(staged.source, _FileDocument)
            staged.preparer.close()
            staged.preparer = None
            doc = read_document(staged.source.path)
            staged.staging.close()
            whole = _stage(_DictDocument(doc), False, cancelled)
            staged.source, staged.staging, staged.problems = whole.source, whole.staging, whole.problems
            staged.case, staged.total = whole.case, whole.total
            return import_staged(cf, staged, progress, cancelled)
    problems = staged.problems or _case_file_problems(cf, staged, cancelled)
    if problems:
        raise InvalidRecord(problems)
    total = staged.total
    summary = ImportSummary()
    done = 0
    with cf.transaction(), cycles.paused():
        # Read inside the write transaction: a record another program added since the check is
        # updated like any existing one, not inserted twice (which failed on the unique id).
        empty = not has_records(cf)
        # Into an empty file, the secondary indexes are built once at the end, not row by row.
        with bulk_load(cf, build_indexes_after=empty and total >= _BULK_MIN):
            writer = RecordWriter(cf)
            # into an empty file every text is new (ids are distinct): no version is looked up
            writer.audit.versions.all_new = empty
            if staged.case is not _MISSING:
                summary.case_changed = writer.put_case(canonical_case(staged.case))
            batch: list[Prepared] = []

            def write_batch() -> None:
                existing = {} if empty else existing_rows(cf, [item[1] for item in batch])
                for kind, rid, text, digest, derived, blobs in batch:
                    for raw in blobs:
                        writer.put_attachment(raw)
                    change = writer.put_prepared(kind, rid, text, digest, derived, existing.get(rid))
                    summary.counts[change.action] += 1
                batch.clear()

            held = 0  # bytes of the batch: records differ in size a thousandfold (attached scans)
            for item in prepared_here(staged.source):
                batch.append(item)
                held += len(item[2]) + sum(map(len, item[5]))
                done += 1
                if len(batch) >= 500 or held >= _BATCH_BYTES:
                    write_batch()
                    held = 0
                if done % 1000 == 0:
                    progress(done, total)
                    if cancelled():
                        raise Cancelled()
            write_batch()
            writer.flush()
    progress(total, total)
    return summary


def _import_while_checked(
    cf: CaseFile, staged: StagedDocument, preparer: Preparer, progress: Progress, cancelled: CancelCheck
) -> ImportSummary:
    """Write each record a child process checked and made ready as it arrives, in one transaction
    committed only if the whole document passed its check and the one against the case file (the
    same faults, in the same order, as :func:`_case_file_problems` after :func:`_stage`)."""
    summary = ImportSummary()
    done = 0
    refused = False  # a fault is known: nothing more is written, the rest is only checked
    unwritten: IntegrityError | None = None  # a record SQLite refused (an id twice in the document)
    id_faults: list[tuple[int, Problem]] = []  # (order, fault): ids a record of another list has
    ref_faults: list[Problem] = []
    with cf.transaction(), cycles.paused():
        empty = not has_records(cf)
        with bulk_load(cf, build_indexes_after=empty):
            writer = RecordWriter(cf)
            writer.audit.versions.all_new = empty
            for kind, payload in preparer.messages():
                if kind == "records":
                    items, read = payload
                    existing = {} if empty else existing_rows(cf, [item[1] for _order, item in items])
                    for order, (list_name, rid, text, digest, derived, blobs) in items:
                        staged.staging.add(rid, list_name, order, ())
                        old = existing.get(rid)
                        if old is not None and old[1] != list_name:
                            id_faults.append((order, _id_elsewhere(list_name, rid, old[1])))
                            refused = True
                        if refused:
                            continue
                        try:
                            for raw in blobs:
                                writer.put_attachment(raw)
                            change = writer.put_prepared(list_name, rid, text, digest, derived, old)
                        except IntegrityError as e:
                            # an id twice in the document: the check says so at its end
                            refused, unwritten = True, unwritten or e
                            continue
                        summary.counts[change.action] += 1
                    done += len(items)
                    if done // 1000 != (done - len(items)) // 1000:
                        progress(done, max(done, done * preparer.size // max(read, 1)))
                    if cancelled():
                        raise Cancelled()
                elif kind == "case":
                    if not refused:
                        summary.case_changed = writer.put_case(canonical_case(payload))
                elif kind == "refused":
                    refused = True
                elif kind == "refs":
                    # a target the document does not hold is the case file's as it was: the write
                    # changed only the document's ids
                    ref_faults += _reference_problems(cf, payload)
                    if cancelled():
                        raise Cancelled()
                elif kind == "end":
                    faults, staged.total = payload
                    if faults:
                        raise InvalidRecord(faults)
                    id_faults.sort(key=lambda fault: fault[0])
                    if id_faults or ref_faults:
                        raise InvalidRecord([p for _order, p in id_faults] + ref_faults)
                    if unwritten is not None:  # not a fault of the document's, then: this one
                        raise unwritten
                    writer.flush()
    progress(staged.total, staged.total)
    return summary


_BATCH_BYTES = 16 << 20

#: An import into an empty file of at least this many records builds its indexes after the load.
_BULK_MIN = 1000


def import_document(
    cf: CaseFile, doc: dict, progress: Progress = _no_progress, cancelled: CancelCheck = _never
) -> ImportSummary:
    """Import a parsed document, all or nothing. Raises :class:`InvalidRecord` (nothing written)
    or :class:`Cancelled` (nothing written)."""
    with _stage(_DictDocument(doc), False, cancelled) as staged:
        return import_staged(cf, staged, progress, cancelled)


def import_file(
    cf: CaseFile, path: str | os.PathLike[str], progress: Progress = _no_progress, cancelled: CancelCheck = _never
) -> ImportSummary:
    """Import a document file, read record by record (memory bounded whatever its size), all or nothing."""
    with stage_file(path, cancelled) as staged:
        return import_staged(cf, staged, progress, cancelled)


def import_text(
    cf: CaseFile, text: str | bytes, progress: Progress = _no_progress, cancelled: CancelCheck = _never
) -> ImportSummary:
    """Parse and import a document given as JSON text."""
    return import_document(cf, load_document(text), progress, cancelled)


class _Exporting:
    """Reads a case file's records list by list for an export, with progress and cancelling."""

    def __init__(self, cf: CaseFile, attachments: bool, progress: Progress, cancelled: CancelCheck) -> None:
        self.cf, self.attachments, self.progress, self.cancelled = cf, attachments, progress, cancelled
        self.total = int(cf.conn.execute("SELECT count(*) FROM records").fetchone()[0])
        self.done = 0

    def kinds(self) -> list[str]:
        """The lists that hold records, in the format's order."""
        sql = "SELECT 1 FROM records WHERE kind = ? LIMIT 1"
        return [kind for kind in LISTS if self.cf.conn.execute(sql, (kind,)).fetchone()]

    def records(self, kind: str) -> Iterator[dict[str, Any]]:
        """Every record of one list as the exchange format has it, in the order added, read as it goes."""
        for rec in iter_records(self.cf, kind):
            data = rec.data
            yield with_attachment_data(self.cf, kind, data) if self.attachments else data
            self.done += 1
            if self.done % 1000 == 0:
                self.progress(self.done, self.total)
                if self.cancelled():
                    raise Cancelled()

    def finished(self) -> None:
        self.progress(self.total, self.total)


class StreamedList(list):  # type: ignore[type-arg]
    """A list of records read as they are gone through: ``read()`` gives them anew each time. Given
    to ``json.dump`` (which, with an indent, only iterates a list after asking if it is empty) it
    writes them as they are read; given to :func:`check_document`, it checks them so. Only lists
    that hold records are made so."""

    def __init__(self, read: Callable[[], Iterator[Any]]) -> None:
        super().__init__()
        self._read = read

    def __iter__(self) -> Iterator[Any]:
        return self._read()

    def __bool__(self) -> bool:
        return True  # only lists that hold records are given


def _export(reading: _Exporting, streamed: bool) -> dict:
    doc: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    settings = case_settings(reading.cf)
    if settings:
        doc["case"] = settings
    for kind in reading.kinds():
        doc[kind] = StreamedList(partial(reading.records, kind)) if streamed else list(reading.records(kind))
    return doc


def export_document(
    cf: CaseFile, *, attachments: bool = True, progress: Progress = _no_progress, cancelled: CancelCheck = _never
) -> dict[str, Any]:
    """The whole case file as an exchange document (with attachment bytes unless told not to)."""
    with cf.snapshot():
        reading = _Exporting(cf, attachments, progress, cancelled)
        doc = _export(reading, streamed=False)
    reading.finished()
    return doc


def write_export(
    cf: CaseFile,
    out: IO[str],
    *,
    attachments: bool = True,
    progress: Progress = _no_progress,
    cancelled: CancelCheck = _never,
) -> None:
    """Write the whole case file as an exchange document, each record as it is read: the same text
    as ``dump_document(export_document(cf))`` (the same call writes it), in memory bounded by the
    largest record."""
    # one snapshot: a record saved meanwhile (and what refers to it) is in the document whole or not at all
    with cf.snapshot():
        reading = _Exporting(cf, attachments, progress, cancelled)
        dump_document(_export(reading, streamed=True), out)
    reading.finished()


def export_file(
    cf: CaseFile,
    path: str | os.PathLike[str],
    *,
    attachments: bool = True,
    progress: Progress = _no_progress,
    cancelled: CancelCheck = _never,
) -> None:
    """Export the whole case file to ``path`` record by record, whole or not at all, mode 0600
    (as :func:`write_document_file`)."""
    write_atomically(
        path, lambda out: write_export(cf, out, attachments=attachments, progress=progress, cancelled=cancelled)
    )


def with_attachment_data(cf: CaseFile, kind: str, data: dict) -> dict:
    """The record with the bytes of its attachments (photo, source files) the case file holds."""

    def fill(att: dict) -> dict:
        raw = attachment_data(cf, att.get("sha256", ""))
        if raw is None:
            return att
        out = dict(att)
        # keep the field order of the format: data follows sha256
        ordered = {}
        for k, v in out.items():
            ordered[k] = v
            if k == "sha256":
                ordered["data"] = base64.b64encode(raw).decode("ascii")
        return ordered

    if kind == "sources" and data.get("attachments"):
        return {**data, "attachments": [fill(a) for a in data["attachments"]]}
    if kind == "persons" and isinstance(data.get("photo"), dict):
        return {**data, "photo": fill(data["photo"])}
    return data


def dump_document(doc: dict, out: IO[str]) -> None:
    """Write a document as UTF-8 JSON, readable and stable (same case file, same bytes)."""
    json.dump(doc, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_document_file(doc: dict, path: str | os.PathLike[str]) -> None:
    """Write a document to ``path`` whole or not at all, readable by its owner only.

    An export is not encrypted and holds confidential records, so it is created with mode 0600
    (like the dossiers), never with the default world-readable mode.
    """
    write_atomically(path, lambda out: dump_document(doc, out))


def write_atomically(path: str | os.PathLike[str], write: Callable[[IO[str]], None]) -> None:
    """Write a file whole or not at all, 0600, so that a process killed midway leaves no readable
    part of it. On Linux it is written as an unnamed file in the target's folder (``O_TMPFILE``:
    the kernel frees it if the process dies) and named only once whole. Elsewhere, or where the file
    system cannot, it is written to ``PATH.part`` (0600) and renamed; a ``.part`` that a killed
    export left is removed by the next export to the same path."""
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)  # left by an export that was killed (ours: the name says so)
    fd = _open_unnamed(target.parent)
    try:
        if fd is not None:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                write(out)
                out.flush()
                os.fsync(out.fileno())
                _name_unnamed(out.fileno(), partial)
        else:
            with os.fdopen(
                os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8"
            ) as out:
                write(out)
                out.flush()
                os.fsync(out.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _name_unnamed(fd: int, name: Path) -> None:
    """Give an ``O_TMPFILE`` file a name: linkat() through /proc with AT_SYMLINK_FOLLOW (a folder
    descriptor makes Python call linkat(), not link(), which would link the /proc entry itself).
    linkat() cannot replace a name, so the caller names it beside the target and renames it."""
    folder = os.open(name.parent, os.O_RDONLY)
    try:
        os.link(f"/proc/self/fd/{fd}", name.name, dst_dir_fd=folder, follow_symlinks=True)
    finally:
        os.close(folder)


def _open_unnamed(folder: Path) -> int | None:
    """A file descriptor of a new unnamed 0600 file in ``folder`` (Linux ``O_TMPFILE``), or None
    where the system or the file system has none (or ``/proc`` is missing to name it later)."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(folder, flag | os.O_WRONLY, 0o600)
    except OSError:
        return None
