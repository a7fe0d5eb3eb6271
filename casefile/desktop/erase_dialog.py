"""Erase permanently…: a record's words gone from the case file, not only hidden.

The dialog says what goes (the record and what cannot exist without it), what only loses its link,
and what erasure cannot reach (copies made before: backups, shares, exports, other laptops), and asks
for an explicit "I understand" before the button works. The erasure runs on a worker (it vacuums the
file); the undo history is cleared after it, since it may hold the erased words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from casefile import erase, records
from casefile.desktop.editors.widgets import ui_lang
from casefile.desktop.labels import list_name
from casefile.desktop.session import Session
from casefile.desktop.workers import run_operation
from casefile.model import record_title


class EraseDialog(QDialog):
    """Asks, then erases ``record_id`` and what cannot exist without it; ``erased`` says if it did."""

    def __init__(self, parent: QWidget | None, session: Session, record_id: str, before: Any = None,
                 after: Any = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        self.record_id = record_id
        self.erased = False
        self.operation: Any = None
        self._before, self._after = before, after
        self.setObjectName("eraseDialog")
        self.setWindowTitle(self.tr("Erase permanently"))
        plan = erase.plan_erase(session.cf, record_id)
        found = records.get_many(session.cf, [*plan.erased, *plan.unlinked])

        def label(rid: str) -> str:
            rec = found.get(rid)
            return f"{list_name(rec.kind)}: {record_title(rec.kind, rec.data, ui_lang())}" if rec else rid

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Erasing removes these records and every earlier version of them from this case file for good, "
                "including the history of changes. It cannot be undone. Use it when a family withdraws or a "
                "witness is in danger; to hide a record from dossiers, withdraw the consent instead."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.erased_list = QListWidget(self)
        self.erased_list.setObjectName("erasedList")
        self.erased_list.addItems([label(rid) for rid in plan.erased])
        self.erased_list.setAccessibleName(self.tr("Records that will be erased"))
        layout.addWidget(self.erased_list)
        if plan.unlinked:
            kept = QLabel(self.tr("These records stay but will no longer refer to them:"), self)
            kept.setWordWrap(True)
            layout.addWidget(kept)
            unlinked = QListWidget(self)
            unlinked.addItems([label(rid) for rid in plan.unlinked])
            layout.addWidget(unlinked)
        reach = QLabel(
            self.tr(
                "Copies made before still hold them: backups (the automatic ones too), shares, exports and "
                "other laptops' copies. Erase them there as well, or destroy those copies."
            ),
            self,
        )
        reach.setWordWrap(True)
        reach.setObjectName("warningLabel")
        layout.addWidget(reach)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why (kept in the history; do not write the person's name)"))
        self.reason.setAccessibleName(self.tr("Reason for erasing"))
        layout.addWidget(self.reason)
        self.understood = QCheckBox(self.tr("I understand that this cannot be undone"), self)
        self.understood.setObjectName("eraseUnderstood")
        layout.addWidget(self.understood)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.erase_button.setText(self.tr("&Erase permanently"))
        self.erase_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.understood.toggled.connect(self.erase_button.setEnabled)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

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
