"""The passphrase: File ▸ Change passphrase… (all or nothing, ``CaseFile.rekey`` on a worker), and
the recovery sheet offered when an encrypted case file is created: a page to print or keep, saying
plainly that a lost passphrase cannot be recovered.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QWidget,
)

from casefile.desktop import language
from casefile.desktop.dialogs import passphrase_strength
from casefile.desktop.forms.ui_change_passphrase_dialog import Ui_ChangePassphraseDialog
from casefile.desktop.forms.ui_recovery_sheet_dialog import Ui_RecoverySheetDialog
from casefile.desktop.session import Session
from casefile.desktop.workers import run_operation
from casefile.store import CaseFile


class ChangePassphraseDialog(QDialog, Ui_ChangePassphraseDialog):
    """The current passphrase, the new one twice; the change is all or nothing. ``done_message``
    says what happened (the new passphrase works, or nothing changed and why). Its layout is
    ``ui/change_passphrase_dialog.ui``."""

    def __init__(self, parent: QWidget | None, session: Session, before: Any = None, after: Any = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.session = session
        self._before, self._after = before, after  # stop / restart what else holds the file open
        self.changed = False
        self.operation: Any = None
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Change passphrase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        self.new.textChanged.connect(self._strength)

    def _strength(self) -> None:
        hints = (
            self.tr("Too short: use at least 12 characters, for example four unrelated words."),
            self.tr("Weak: longer is stronger. Four or more unrelated words are easy to remember."),
            self.tr("Fair: a few more words would make it strong."),
            self.tr("Strong."),
        )
        text = self.new.text()
        self.strength.setText(hints[passphrase_strength(text)] if text else "")

    def change(self) -> None:
        """Check what was typed, then rekey on a worker; the dialog waits and says the outcome."""
        old, new = self.current.text(), self.new.text()
        if not self.session.check_passphrase(old):
            self.message.setText(self.tr("The current passphrase is not right. Nothing was changed."))
            return
        if new != self.repeat.text():
            self.message.setText(self.tr("The two new passphrases are not the same."))
            return
        if passphrase_strength(new) == 0:
            self.message.setText(self.tr("The new passphrase is too short: use at least 8 characters."))
            return
        self.ok_button.setEnabled(False)
        self.message.setText(self.tr("Changing the passphrase…"))
        if self._before:
            self._before()
        self.session.release()  # rekey needs the file to itself

        def work(_cf: Any, _progress: Any, _cancelled: Any) -> None:
            with CaseFile.open(self.session.path, old, upgrade=False) as cf:
                cf.rekey(new)

        def done(_result: object) -> None:
            self.session.reacquire(new)
            self.changed = True
            self._finish()
            self.current.clear()
            self.new.clear()
            self.repeat.clear()
            self.accept()

        def failed(problem: str) -> None:
            self.session.reacquire(old)  # nothing changed: the old passphrase still opens it
            self._finish()
            self.ok_button.setEnabled(True)
            self.message.setText(self.tr("The passphrase was not changed: %1").replace("%1", problem))

        self.operation = run_operation(work, open_connection=None, on_done=done, on_failed=failed)

    def _finish(self) -> None:
        if self._after:
            self._after()


# --- the recovery sheet ----------------------------------------------------------------------------


def recovery_sheet_html(path: Path, passphrase: str | None) -> str:
    """The recovery sheet: the file, where it is, the date, and the passphrase (or a line to write
    it by hand), with what to do and what cannot be done."""
    e = html.escape
    line = e(passphrase) if passphrase else "&nbsp;" * 60
    direction = "rtl" if language.current() in language.RTL_LANGUAGES else "ltr"
    rows = [
        (QCoreApplication.translate("RecoverySheetDialog", "Case file"), e(language.isolate(path.name, ltr=True))),
        (QCoreApplication.translate("RecoverySheetDialog", "Kept at"), e(language.isolate(path.parent, ltr=True))),
        (
            QCoreApplication.translate("RecoverySheetDialog", "Made on"),
            e(language.format_date(date.today().isoformat())),
        ),
        (
            QCoreApplication.translate("RecoverySheetDialog", "Passphrase"),
            f"<span style='font-family: monospace; font-size: 14pt'>{line}</span>",
        ),
    ]
    table = "".join(
        f"<tr><td style='padding: 6px; font-weight: bold'>{k}</td>"
        f"<td style='padding: 6px; border-bottom: 1px solid #444'>{v}</td></tr>"
        for k, v in rows
    )
    advice = [
        QCoreApplication.translate(
            "RecoverySheetDialog",
            "Nobody can open this case file without its passphrase, and nobody can recover a lost passphrase.",
        ),
        QCoreApplication.translate(
            "RecoverySheetDialog",
            "Keep this sheet somewhere safe, away from the computer, where nobody else can find it.",
        ),
        QCoreApplication.translate("RecoverySheetDialog", "Backups of the case file open with the same passphrase."),
        QCoreApplication.translate(
            "RecoverySheetDialog", "If you change the passphrase, make a new sheet and destroy this one."
        ),
    ]
    items = "".join(f"<li>{e(a)}</li>" for a in advice)
    heading = QCoreApplication.translate("RecoverySheetDialog", "Casefile recovery sheet")
    return (
        f"<html><body dir='{direction}' style='font-family: Vazirmatn'>"
        f"<h1>{e(heading)}</h1><table>{table}</table><ul>{items}</ul></body></html>"
    )


class RecoverySheetDialog(QDialog, Ui_RecoverySheetDialog):
    """After an encrypted case file is created: a lost passphrase cannot be recovered; keep a
    recovery sheet (saved as PDF or text, to print). Its layout is ``ui/recovery_sheet_dialog.ui``."""

    def __init__(self, parent: QWidget | None, path: Path, passphrase: str) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.path, self._passphrase = path, passphrase
        self.saved: list[Path] = []
        # buttons of our own: a form's button box holds only standard ones
        self.pdf_button = self.buttons.addButton(self.tr("Save as &PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.text_button = self.buttons.addButton(self.tr("Save as &text…"), QDialogButtonBox.ButtonRole.ActionRole)
        done = self.buttons.addButton(self.tr("&Done"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.pdf_button.clicked.connect(lambda: self._ask_and_save("pdf"))
        self.text_button.clicked.connect(lambda: self._ask_and_save("txt"))
        done.clicked.connect(self.accept)

    def _ask_and_save(self, kind: str) -> None:
        suggested = self.path.with_name(f"{self.path.stem}-recovery-sheet.{kind}")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery sheet"), str(suggested))
        if name:
            self.save(Path(name), kind)

    def save(self, target: Path, kind: str) -> Path:
        """Write the sheet (``pdf`` or ``txt``) to ``target``, readable by its owner only."""
        passphrase = self._passphrase if self.include.isChecked() else None
        page = recovery_sheet_html(self.path, passphrase)
        if kind == "pdf":
            writer = QPdfWriter(str(target))
            writer.setResolution(96)  # the document's sizes are screen pixels: a readable page, not a speck
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
            document = QTextDocument()
            document.setHtml(page)
            document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
            document.print_(writer)
            del writer  # the PDF is complete once the writer is gone
        else:
            document = QTextDocument()
            document.setHtml(page)
            target.write_text(document.toPlainText() + "\n", encoding="utf-8")
        target.chmod(0o600)
        self.saved.append(target)
        self.result.setText(self.tr("Saved: %1. Print it, then delete the file.").replace("%1", str(target)))
        return target


def change_passphrase(
    parent: QWidget, session: Session, before: Any = None, after: Any = None
) -> ChangePassphraseDialog:
    """Open File ▸ Change passphrase… (window-modal)."""
    dialog = ChangePassphraseDialog(parent, session, before, after)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
