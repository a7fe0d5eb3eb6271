"""Import and export of exchange-format documents (``shared/spec/exchange-format.md``).

Import is all or nothing: the whole document is checked first and every fault reported (list,
record id, field); only a clean document is written, in one transaction. It is idempotent: a
record whose id exists is updated, and an unchanged one is left alone (no audit entry).
An export imported into an empty case file and exported again gives the same document.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from casefile.errors import Cancelled, InvalidRecord, Problem
from casefile.i18n import _
from casefile.model import FORMAT_NAME, FORMAT_VERSION, LISTS
from casefile.records import RecordWriter, attachment_data, case_settings, check_references, split_attachment_data
from casefile.validate import _shown_key, canonical, canonical_case, check_case, check_record

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


def check_document(cf: CaseFile, doc: dict, cancelled: CancelCheck = _never) -> list[Problem]:
    """Every fault of a document, with the case file it would be imported into."""
    problems: list[Problem] = []
    if doc.get("format") != FORMAT_NAME:
        problems.append(Problem(None, None, "format", _('must be "{format}"').format(format=FORMAT_NAME)))
    if type(doc.get("version")) is not int or doc.get("version") != FORMAT_VERSION:  # not true, not 1.0
        message = _("must be {version} (this is version 1 of the format)")
        problems.append(Problem(None, None, "version", message.format(version=FORMAT_VERSION)))
    for key in doc:
        if key not in _TOP_LEVEL:
            problems.append(Problem(None, None, _shown_key(key), _("unknown top-level key")))
    if problems:
        return problems
    if "case" in doc:
        problems += check_case(doc["case"])
    pending: dict[str, str] = {}
    for kind in LISTS:
        items = doc.get(kind, [])
        if not isinstance(items, list):
            problems.append(Problem(kind, None, None, _("must be a list")))
            continue
        for data in items:
            record_problems = check_record(kind, data)
            problems += record_problems
            if record_problems:
                continue
            rid = data["id"]
            if rid in pending:
                if pending[rid] == kind:
                    message = _("duplicate id: also used by another record in this document")
                else:
                    message = _("duplicate id: also in {list} used by another record in this document").format(
                        list=pending[rid]
                    )
                problems.append(Problem(kind, rid, "id", message))
            else:
                pending[rid] = kind
        if cancelled():
            raise Cancelled()
    if problems:
        return problems
    existing = dict(cf.conn.execute("SELECT id, kind FROM records").fetchall())
    for rid, kind in pending.items():
        if rid in existing and existing[rid] != kind:
            problems.append(
                Problem(kind, rid, "id", _("this id is already used by a record in {list}").format(list=existing[rid]))
            )
    known = {**existing, **pending}
    for kind in LISTS:
        for data in doc.get(kind, []):
            problems += check_references(cf, kind, data, known)
    return problems


def import_document(
    cf: CaseFile, doc: dict, progress: Progress = _no_progress, cancelled: CancelCheck = _never
) -> ImportSummary:
    """Import a parsed document, all or nothing. Raises :class:`InvalidRecord` (nothing written)
    or :class:`Cancelled` (nothing written)."""
    problems = check_document(cf, doc, cancelled)
    if problems:
        raise InvalidRecord(problems)
    total = sum(len(doc.get(kind, [])) for kind in LISTS)
    summary = ImportSummary()
    done = 0
    with cf.transaction():
        # Read inside the write transaction: a record another program added since the check is
        # updated like any existing one, not inserted twice (which failed on the unique id).
        existing = {
            row[0]: (row[1], row[2], row[3]) for row in cf.conn.execute("SELECT id, rowid, kind, data FROM records")
        }
        writer = RecordWriter(cf)
        if "case" in doc:
            summary.case_changed = writer.put_case(canonical_case(doc["case"]))
        for kind in LISTS:
            for data in doc.get(kind, []):
                stored, blobs = split_attachment_data(kind, canonical(kind, data))
                for raw in blobs:
                    writer.put_attachment(raw)
                change = writer.put(kind, stored, existing.get(stored["id"]))
                summary.counts[change.action] += 1
                done += 1
                if done % 1000 == 0:
                    progress(done, total)
                    if cancelled():
                        raise Cancelled()
        writer.flush()
    progress(total, total)
    return summary


def import_text(
    cf: CaseFile, text: str | bytes, progress: Progress = _no_progress, cancelled: CancelCheck = _never
) -> ImportSummary:
    """Parse and import a document given as JSON text."""
    return import_document(cf, load_document(text), progress, cancelled)


def export_document(
    cf: CaseFile, *, attachments: bool = True, progress: Progress = _no_progress, cancelled: CancelCheck = _never
) -> dict[str, Any]:
    """The whole case file as an exchange document (with attachment bytes unless told not to)."""
    doc: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    settings = case_settings(cf)
    if settings:
        doc["case"] = settings
    total = int(cf.conn.execute("SELECT count(*) FROM records").fetchone()[0])
    done = 0
    for kind in LISTS:
        items = []
        for (text,) in cf.conn.execute("SELECT data FROM records WHERE kind = ? ORDER BY rowid", (kind,)):
            data = json.loads(text)
            if attachments:
                data = with_attachment_data(cf, kind, data)
            items.append(data)
            done += 1
            if done % 1000 == 0:
                progress(done, total)
                if cancelled():
                    raise Cancelled()
        if items:
            doc[kind] = items
    progress(total, total)
    return doc


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
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            dump_document(doc, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
