"""Erase permanently…: a record's words gone from the case file, not only hidden.

The dialog says what goes (the record and what cannot exist without it), what only loses its link,
and what erasure cannot reach (copies made before: backups, shares, exports, other laptops), and asks
for an explicit "I understand" before the button works. The erasure runs on a worker (it vacuums the
file); the undo history is cleared after it, since it may hold the erased words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QWidget,
)

from casefile import erase, records
from casefile.desktop.editors.widgets import ui_lang
from casefile.desktop.forms.ui_erase_dialog import Ui_EraseDialog
from casefile.desktop.labels import list_name
from casefile.desktop.session import Session
from casefile.desktop.workers import run_operation
from casefile.model import record_title


class EraseDialog(QDialog, Ui_EraseDialog):
    """Asks, then erases ``record_id`` and what cannot exist without it; ``erased`` says if it did.
    Its layout is ``ui/erase_dialog.ui``."""

    def __init__(self, parent: QWidget | None, session: Session, record_id: str, before: Any = None,
                 after: Any = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setupUi(self)
        self.session = session
        self.record_id = record_id
        self.erased = False
        self.operation: Any = None
        self._before, self._after = before, after
        plan = erase.plan_erase(session.cf, record_id)
        found = records.get_many(session.cf, [*plan.erased, *plan.unlinked])

        def label(rid: str) -> str:
            rec = found.get(rid)
            return f"{list_name(rec.kind)}: {record_title(rec.kind, rec.data, ui_lang())}" if rec else rid

        self.erased_list.addItems([label(rid) for rid in plan.erased])
        self.unlinked_list.addItems([label(rid) for rid in plan.unlinked])
        self.unlinked_label.setVisible(bool(plan.unlinked))
        self.unlinked_list.setVisible(bool(plan.unlinked))
        self.erase_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.erase_button.setText(self.tr("&Erase permanently"))
        self.erase_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.understood.toggled.connect(self.erase_button.setEnabled)

    def start(self) -> None:
        if not self.understood.isChecked():
            return
        self.erase_button.setEnabled(False)
        self.understood.setEnabled(False)
        self.message.setText(self.tr("Erasing…"))
        if self._before:
            self._before()
        record_id, reason = self.record_id, self.reason.text().strip()

        def work(cf: Any, _progress: Any, _cancelled: Any) -> None:
            erase.erase(cf, record_id, reason)

        def done(_result: object) -> None:
            self.erased = True
            if self._after:
                self._after()
            self.accept()

        def failed(problem: str) -> None:
            if self._after:
                self._after()
            self.understood.setEnabled(True)
            self.erase_button.setEnabled(True)
            self.message.setText(self.tr("Nothing was erased: %1").replace("%1", problem))

        self.operation = run_operation(
            work, open_connection=self.session.open_connection, on_done=done, on_failed=failed
        )
