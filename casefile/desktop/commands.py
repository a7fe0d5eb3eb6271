"""Undoable edits. Every change still goes through the core (``casefile.records``), so undo and
redo are themselves audited changes, never a silent rewind of the file."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from casefile import records
from casefile.desktop.session import Session
from casefile.model import record_title


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


class SaveRecord(QUndoCommand):
    """Insert or update one record. Raises InvalidRecord from ``push`` time if the record is bad,
    so callers should call :func:`save_record` rather than build this by hand."""

    def __init__(self, session: Session, kind: str, data: dict[str, Any], before: dict[str, Any] | None) -> None:
        title = record_title(kind, data)
        super().__init__(_tr("Save %1").replace("%1", str(title)))
        self.session, self.kind = session, kind
        self.data, self.before = copy.deepcopy(data), copy.deepcopy(before)

    def redo(self) -> None:
        records.save(self.session.cf, self.kind, self.data)
        self.session.changed.emit({self.data["id"]})

    def undo(self) -> None:
        if self.before is None:
            records.delete(self.session.cf, self.data["id"])
        else:
            records.save(self.session.cf, self.kind, self.before)
        self.session.changed.emit({self.data["id"]})


class DeleteRecord(QUndoCommand):
    """Delete a record with what cannot exist without it; undo puts every one of them back."""

    def __init__(self, session: Session, record_id: str) -> None:
        super().__init__(_tr("Delete %1").replace("%1", record_id))
        self.session, self.record_id = session, record_id
        cf = session.cf
        plan = records.plan_delete(cf, record_id)
        ids = [record_id, *plan.deleted, *{u.from_id for u in plan.unlinked}]
        self.snapshot = [(r.kind, copy.deepcopy(r.data)) for r in records.get_many(cf, ids).values()]

    def redo(self) -> None:
        records.delete(self.session.cf, self.record_id)
        self.session.changed.emit({data["id"] for _, data in self.snapshot})

    def undo(self) -> None:
        from casefile.model import LISTS

        cf = self.session.cf
        # Put records back in exchange-format order, so references resolve as they are saved.
        order = {kind: i for i, kind in enumerate(LISTS)}
        with cf.transaction():
            for kind, data in sorted(self.snapshot, key=lambda kd: order[kd[0]]):
                records.save(cf, kind, data)
        self.session.changed.emit({data["id"] for _, data in self.snapshot})


class SaveRecords(QUndoCommand):
    """Insert or update several records together (``records.save_many``: all or nothing); undo
    takes every one of them back in one step."""

    def __init__(self, session: Session, items: list[tuple[str, dict[str, Any]]], text: str) -> None:
        super().__init__(text)
        self.session = session
        self.items = copy.deepcopy(items)
        found = records.get_many(session.cf, [data["id"] for _, data in items])
        self.before = {rid: copy.deepcopy(rec.data) for rid, rec in found.items()}

    def _ids(self) -> set[str]:
        return {data["id"] for _, data in self.items}

    def redo(self) -> None:
        records.save_many(self.session.cf, self.items)
        self.session.changed.emit(self._ids())

    def undo(self) -> None:
        cf = self.session.cf
        with cf.transaction():
            for kind, data in reversed(self.items):
                before = self.before.get(data["id"])
                if before is None:
                    if records.get(cf, data["id"]) is not None:
                        records.delete(cf, data["id"])
                else:
                    records.save(cf, kind, before)
        self.session.changed.emit(self._ids())


def save_records(session: Session, items: list[tuple[str, dict[str, Any]]], text: str) -> None:
    """Validate and save several records as one undoable step, all or nothing (raises
    InvalidRecord, or whatever stopped the write, with nothing changed)."""
    command = SaveRecords(session, items, text)
    command.redo()
    session.undo_stack.push(_AlreadyDone(command))


def save_record(session: Session, kind: str, data: dict[str, Any]) -> None:
    """Validate and save ``data`` as one undoable step (raises InvalidRecord, nothing changed)."""
    existing = records.get(session.cf, data["id"])
    command = SaveRecord(session, kind, data, existing.data if existing else None)
    command.redo()  # raises before anything is pushed if the record is invalid
    command.setObsolete(False)
    session.undo_stack.push(_AlreadyDone(command))


def delete_record(session: Session, record_id: str) -> None:
    """Delete as one undoable step (the caller has shown records.plan_delete and asked first)."""
    command = DeleteRecord(session, record_id)
    command.redo()
    session.undo_stack.push(_AlreadyDone(command))


class _AlreadyDone(QUndoCommand):
    """Wraps a command that has already run once, so push() does not run it a second time."""

    def __init__(self, inner: QUndoCommand) -> None:
        super().__init__(inner.text())
        self.inner = inner
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.inner.redo()

    def undo(self) -> None:
        self.inner.undo()
