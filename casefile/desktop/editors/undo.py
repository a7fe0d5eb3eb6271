"""Undoable edits the editors add to ``casefile.desktop.commands``: withdrawing a consent."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from casefile import records
from casefile.desktop.commands import _AlreadyDone
from casefile.desktop.session import Session


class WithdrawConsent(QUndoCommand):
    """Withdraw a testimony's or a victim family's consent through ``records.withdraw_consent``
    (one audited change); undo puts the record back as it was (audited too)."""

    def __init__(self, session: Session, record_id: str, when: Any) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Withdraw consent (%1)").replace("%1", record_id))
        self.session, self.record_id, self.when = session, record_id, when
        rec = records.require(session.cf, record_id)
        self.kind, self.before = rec.kind, copy.deepcopy(rec.data)

    def redo(self) -> None:
        records.withdraw_consent(self.session.cf, self.record_id, self.when)
        self.session.changed.emit({self.record_id})

    def undo(self) -> None:
        records.save(self.session.cf, self.kind, self.before)
        self.session.changed.emit({self.record_id})


def withdraw_consent(session: Session, record_id: str, when: Any = None) -> Any:
    """Withdraw the consent held by ``record_id`` from ``when`` (today if None) as one undoable
    step; returns the date written."""
    when = when or date.today().isoformat()
    command = WithdrawConsent(session, record_id, when)
    command.redo()
    session.undo_stack.push(_AlreadyDone(command))
    return when
