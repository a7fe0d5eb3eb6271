"""Nothing typed is lost: the question asked before unsaved work would be closed, the list of kept
drafts offered when a form opens again, and errors shown as errors with their details to copy.

Drafts themselves live in the case file (``casefile.drafts``); these are only the dialogs.
"""

from __future__ import annotations

import traceback
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casefile.desktop import language
from casefile.drafts import Draft

KEEP, DISCARD, BACK = "keep", "discard", "back"


def where_drafts_stay(encrypted: bool) -> str:
    """One true sentence on where a draft is kept, for this file."""
    if encrypted:
        return QCoreApplication.translate(
            "Unsaved", "A draft is kept inside this case file, encrypted with it, until you finish or throw it away."
        )
    return QCoreApplication.translate(
        "Unsaved",
        "A draft is kept inside this case file until you finish or throw it away. This case file is not "
        "encrypted: anyone who has it can read the draft.",
    )


def ask_unsaved(parent: QWidget | None, title: str, text: str, encrypted: bool) -> str:
    """Ask what to do with work that is not saved: :data:`KEEP` a draft, :data:`DISCARD` it, or
    go :data:`BACK` to it (the default, also on Escape)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("unsavedQuestion")
    box.setInformativeText(where_drafts_stay(encrypted))
    keep = box.addButton(QCoreApplication.translate("Unsaved", "Keep a draft"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(
        QCoreApplication.translate("Unsaved", "Throw it away"), QMessageBox.ButtonRole.DestructiveRole
    )
    back = box.addButton(QCoreApplication.translate("Unsaved", "Go back"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keepDraft")
    discard.setObjectName("discardDraft")
    back.setObjectName("goBack")
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    clicked = box.clickedButton()
    return KEEP if clicked is keep else DISCARD if clicked is discard else BACK


def when_kept(draft: Draft) -> str:
    """When a draft was kept, in local time, as the interface writes dates."""
    try:
        moment = datetime.fromisoformat(draft.saved.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return draft.saved
    return f"{language.format_date(moment.date().isoformat())} {language.digits(moment.strftime('%H:%M'))}"


class DraftsDialog(QDialog):
    """The drafts kept for a form: resume one, throw one away, or start anew."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, kept: list[Draft]) -> None:
        super().__init__(parent)
        self.setObjectName("draftsDialog")
        self.setWindowTitle(title)
        self.chosen: Draft | None = None
        self.discarded: list[Draft] = []
        layout = QVBoxLayout(self)
        label = QLabel(intro, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Kept drafts"))
        for draft in kept:
            text = self.tr("Kept on %1").replace("%1", when_kept(draft))
            if draft.description:
                text += "\n" + draft.description
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, draft)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.resume())
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(self)
        self.resume_button = buttons.addButton(self.tr("Go on with this draft"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = buttons.addButton(
            self.tr("Throw this draft away…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.new_button = buttons.addButton(self.tr("Start anew"), QDialogButtonBox.ButtonRole.RejectRole)
        self.resume_button.clicked.connect(self.resume)
        self.discard_button.clicked.connect(self.discard)
        self.new_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def current(self) -> Draft | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def resume(self) -> None:
        self.chosen = self.current()
        if self.chosen is not None:
            self.accept()

    def discard(self) -> None:
        draft = self.current()
        if draft is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Throw the draft away"),
            self.tr("Throw this draft away? What it holds cannot be brought back."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.discarded.append(draft)
        self.list.takeItem(self.list.currentRow())
        if self.list.count() == 0:
            self.reject()


def choose_draft(parent: QWidget | None, title: str, intro: str, kept: list[Draft]) -> tuple[Draft | None, list[Draft]]:
    """(the draft to resume or None to start anew, the drafts the user threw away)."""
    if not kept:
        return None, []
    dialog = DraftsDialog(parent, title, intro, kept)
    dialog.exec()
    return dialog.chosen, dialog.discarded


# --- errors ------------------------------------------------------------------------------------------


class ErrorDialog(QDialog):
    """A real error said as an error: what failed, the message, and the details to copy for
    whoever helps (never "not available yet")."""

    def __init__(self, parent: QWidget | None, what: str, error: BaseException | str, details: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        if isinstance(error, BaseException):
            message = str(error) or type(error).__name__
            details = details or "".join(traceback.format_exception(error))
        else:
            message = error
        layout = QVBoxLayout(self)
        self.what = QLabel(what, self)
        self.what.setWordWrap(True)
        self.message = QLabel(message, self)
        self.message.setObjectName("errorLabel")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(
            self.tr(
                "This is a fault in Casefile, not something you did. What you saved before is safe. "
                "If it happens again, copy the details and send them to whoever helps you with Casefile."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.details.setVisible(False)
        self.details.setAccessibleName(self.tr("Details"))
        buttons = QDialogButtonBox(self)
        self.show_button = buttons.addButton(self.tr("Show details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.show_button.clicked.connect(lambda: self.details.setVisible(not self.details.isVisible()))
        self.copy_button.clicked.connect(self.copy_details)
        close.clicked.connect(self.accept)
        for w in (self.what, self.message, hint, self.details):
            layout.addWidget(w)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def copy_details(self) -> None:
        text = f"{self.what.text()}\n{self.message.text()}\n\n{self.details.toPlainText()}"
        QApplication.clipboard().setText(text)
        self.copy_button.setText(self.tr("Copied"))


def show_error(parent: QWidget | None, what: str, error: BaseException | str, details: str = "") -> ErrorDialog:
    """Show an unexpected error (modal) with a "Copy details" button; returns the closed dialog."""
    dialog = ErrorDialog(parent, what, error, details)
    dialog.exec()
    return dialog


def install_excepthook() -> None:
    """Errors no code caught (in a slot, a timer) are shown to the user as errors, not only printed."""
    import sys

    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: object) -> None:
        previous(kind, error, tb)  # type: ignore[arg-type]
        if QApplication.instance() is None or isinstance(error, KeyboardInterrupt):
            return
        details = "".join(traceback.format_exception(kind, error, tb))  # type: ignore[arg-type]
        show_error(
            QApplication.activeWindow(),
            QCoreApplication.translate("Unsaved", "Casefile met an error it did not expect."),
            error,
            details,
        )

    sys.excepthook = hook


__all__ = [
    "BACK",
    "DISCARD",
    "KEEP",
    "DraftsDialog",
    "ErrorDialog",
    "ask_unsaved",
    "choose_draft",
    "install_excepthook",
    "show_error",
    "when_kept",
    "where_drafts_stay",
]
