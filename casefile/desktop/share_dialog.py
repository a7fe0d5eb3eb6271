"""File › Share…: a new case file holding the whole case, or chosen persons and events with
everything linked to them, for another laptop or for one audience.

A share is a case file (``casefile.share.make_share``): encrypted with a passphrase of its own
(typed twice, with the plain statement that it cannot be recovered), or plain after a clear
warning. The core writes it whole or not at all, off the UI thread (``workers.run_operation``,
its own connection), with progress and Cancel. What comes back from the other laptop is brought
in with File › Merge another copy….
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QWidget,
)

from casefile import records
from casefile.desktop import labels, language, workers
from casefile.desktop.dialogs import passphrase_strength
from casefile.desktop.dossier_dialog import documents_folder
from casefile.desktop.editors.widgets import RefListEdit
from casefile.desktop.form_slots import fill_slot
from casefile.desktop.forms.ui_share_dialog import Ui_ShareDialog
from casefile.desktop.session import Session
from casefile.model import LISTS
from casefile.share import make_share

#: The audiences a share can be made for, in the order offered ("" = a full copy of the case).
SHARE_AUDIENCES = ("", "un", "amnesty", "lawyers", "public")
#: What "everything linked" starts from: a person (a victim, a witness, ...) or an event.
STARTS = ("persons", "events")


def share_work(
    *,
    output: Path,
    passphrase: str | None,
    audience: str | None,
    persons: list[str],
    events: list[str],
    finished: dict[str, Any],
) -> workers.Work:
    """The background part: ``make_share`` on the worker's own connection. The counts are also
    put in ``finished``, so a Cancel pressed after the file was written is reported as done."""

    def work(cf: Any, progress: Any, cancelled: Any) -> dict[str, int]:
        counts = make_share(
            cf,
            output,
            passphrase,
            audience=audience,
            persons=persons,
            events=events,
            progress=progress,
            cancelled=cancelled,
        )
        finished["counts"] = counts
        return counts

    return work


def free_name(folder: Path, stem: str, suffix: str = ".casefile") -> Path:
    """``folder/stem.casefile``, or ``stem-2.casefile``... when that name is taken."""
    stem = re.sub(r"[^\w.-]+", "-", stem).strip("-.") or "share"
    candidate = folder / f"{stem}{suffix}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}{suffix}"
        n += 1
    return candidate


class ShareDialog(QDialog, Ui_ShareDialog):
    """Make one share: what, for whom, where, its passphrase; progress and Cancel; then what it holds.
    Its layout is ``ui/share_dialog.ui``."""

    def __init__(
        self,
        parent: QWidget | None,
        session: Session,
        start: str | None = None,
        *,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.session = session
        self.operation: workers.Operation | None = None
        self.counts: dict[str, int] | None = None
        self.written: Path | None = None
        self._finished: dict[str, Any] = {}
        self._close_when_stopped = False
        self._folder = folder or documents_folder()
        self._auto_path = ""
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.picked = fill_slot(self.picked_slot, RefListEdit(session, STARTS, self))
        self.picked.setAccessibleName(self.tr("Persons and events to share"))
        self.picked.list.setMinimumHeight(52)  # two names at least, never squeezed away
        self.picked.picker.edit.setPlaceholderText(self.tr("type a name of a person or an event, then Add"))
        self.picked.picker.edit.setAccessibleName(self.tr("Person or event to add"))
        for code, text in self._audience_names().items():
            self.audience.addItem(text, code)
        self.path_edit.textEdited.connect(self._path_typed)
        self.choose_button.clicked.connect(self.choose)
        for hidden in (self.progress, self.error, self.held):
            hidden.setVisible(False)

        self.start_button = self.buttons.addButton(self.tr("&Share"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.setDefault(True)
        self.cancel_button.setVisible(False)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)

        self.whole.toggled.connect(self._on_what)
        self.audience.currentIndexChanged.connect(self._on_audience)
        self.no_encryption.toggled.connect(self._update_passphrase)
        self.passphrase.textChanged.connect(self._update_passphrase)
        for signal in (
            self.whole.toggled,
            self.audience.currentIndexChanged,
            self.path_edit.textEdited,
            self.no_encryption.toggled,
        ):
            signal.connect(self._forget_result)
        session.locked.connect(self._on_locked)

        if start and records.kinds_of(session.cf, [start]).get(start) in STARTS:
            self.picked.add(start)
            self.chosen.setChecked(True)
        else:
            self.whole.setChecked(True)
        self._on_what()
        self._on_audience()
        self._update_passphrase()

    # --- words ------------------------------------------------------------------------------

    def _audience_names(self) -> dict[str, str]:
        return {
            "": self.tr("Another laptop of this case (a full copy)"),
            "un": self.tr("UN human rights mechanisms"),
            "amnesty": labels.value_name("amnesty", "audience"),
            "lawyers": self.tr("Lawyers acting for the families"),
            "public": self.tr("The public (anyone may read it)"),
        }

    def _audience_hint(self, audience: str) -> str:
        if not audience:
            return self.tr(
                "Everything you chose, confidential records and the names of witnesses included, with the "
                "history a merge needs. Give it only to someone who may see all of it."
            )
        return self.tr(
            "Only what this audience may see, by the same rules as its dossiers: names and testimonies only "
            "where the consent given covers it; anyone not named appears under a stable reference, never a "
            "record id. Nothing in it leads back to a withheld name."
        )

    def _list_names(self) -> dict[str, str]:
        return {kind: labels.list_name(kind, plural=True) for kind in LISTS}

    # --- choices ----------------------------------------------------------------------------

    def chosen_audience(self) -> str | None:
        return str(self.audience.currentData() or "") or None

    def chosen_ids(self) -> list[str]:
        return self.picked.ids() if self.chosen.isChecked() else []

    def _on_what(self) -> None:
        self.picked.setEnabled(self.chosen.isChecked())
        self._update_default_path()

    def _on_audience(self) -> None:
        self.audience_hint.setText(self._audience_hint(self.chosen_audience() or ""))
        self._update_default_path()

    def _update_passphrase(self) -> None:
        plain = self.no_encryption.isChecked()
        for w in (self.passphrase, self.repeat, self.passphrase_label, self.repeat_label):
            w.setEnabled(not plain)
        self.warning.setVisible(not plain)
        self.plain_warning.setVisible(plain)
        hints = (
            self.tr("Too short: use at least 12 characters, for example four unrelated words."),
            self.tr("Weak: longer is stronger. Four or more unrelated words are easy to remember."),
            self.tr("Fair: a few more words would make it strong."),
            self.tr("Strong."),
        )
        text = self.passphrase.text()
        self.strength.setText("" if plain or not text else hints[passphrase_strength(text)])

    def _forget_result(self, *_args: Any) -> None:
        if self.is_busy:
            return
        self.counts = None
        self.status.setText("")
        self._show_error("")
        self.held.clear()
        self.held.setVisible(False)

    def _path_typed(self, text: str) -> None:
        if not text.strip():
            self._auto_path = ""
            self._update_default_path()

    def _update_default_path(self) -> None:
        """Suggest a free file name that says what the share is, until the user types their own."""
        text = self.path_edit.text().strip()
        if text and text != self._auto_path:
            return
        audience = self.chosen_audience()
        stem = f"{self.session.path.stem}-{audience or 'share'}"
        self._auto_path = str(free_name(self._folder, stem))
        self.path_edit.setText(self._auto_path)

    def choose(self) -> None:  # pragma: no cover - a native file dialog
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Write the share to"), self.path_edit.text(), self.tr("Case files (*.casefile)")
        )
        if path:
            self.path_edit.setText(path)

    def output_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix == ".casefile" else path.with_name(path.name + ".casefile")

    # --- running ----------------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return self.operation is not None

    def _refuse(self, message: str, focus: QWidget | None = None) -> None:
        self._show_error(message)
        if focus is not None:
            focus.setFocus()

    def start(self) -> None:
        """Check the choices, then write the share in the background."""
        if self.is_busy:
            return
        self._forget_result()
        ids = self.chosen_ids()
        if self.chosen.isChecked() and not ids:
            typed = self.picked.picker.value()
            if typed:  # picked in the field but not added yet: take it
                self.picked.add(typed)
                self.picked.picker.set_value(None)
                ids = self.chosen_ids()
        if self.chosen.isChecked() and not ids:
            return self._refuse(
                self.tr("Add at least one person or event, or choose the whole case file."), self.picked.picker.edit
            )
        kinds = records.kinds_of(self.session.cf, ids)
        unknown = [rid for rid in ids if kinds.get(rid) not in STARTS]
        if unknown:
            return self._refuse(
                self.tr("“%1” is not a person or an event of this case file.").replace(
                    "%1", language.isolate(unknown[0])
                ),
                self.picked.picker.edit,
            )
        output = self.output_path()
        if output is None:
            return self._refuse(self.tr("Choose where to write the share."), self.path_edit)
        if output.exists():
            return self._refuse(self.tr("A file with this name already exists. Choose another name."), self.path_edit)
        if output.resolve() == self.session.path.resolve():
            return self._refuse(self.tr("That is this case file. Choose another name."), self.path_edit)
        passphrase: str | None = None
        if not self.no_encryption.isChecked():
            passphrase = self.passphrase.text()
            if not passphrase:
                return self._refuse(
                    self.tr("Type a passphrase for the share, or choose no encryption."), self.passphrase
                )
            if passphrase != self.repeat.text():
                return self._refuse(self.tr("The two passphrases are not the same."), self.repeat)
            if passphrase_strength(passphrase) == 0:
                return self._refuse(self.tr("The passphrase is too short: use at least 8 characters."), self.passphrase)
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            return self._refuse(f"{language.isolate(output.parent, ltr=True)}: {e.strerror}", self.path_edit)
        self._finished = {}
        self.status.setText(self.tr("Writing the share…"))
        self._busy(True)
        self.operation = workers.run_operation(
            share_work(
                output=output,
                passphrase=passphrase,
                audience=self.chosen_audience(),
                persons=[rid for rid in ids if kinds[rid] == "persons"],
                events=[rid for rid in ids if kinds[rid] == "events"],
                finished=self._finished,
            ),
            open_connection=self.session.open_connection,
            on_done=lambda counts: self._done(counts, output),
            on_failed=self._failed,
            on_progress=self._progressed,
            on_cancelled=lambda: self._cancelled(output),
        )

    def cancel(self) -> None:
        """Ask the work to stop; the core stops at its next check and leaves no file."""
        if self.operation is not None:
            self.operation.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping…"))

    def reject(self) -> None:
        if self.is_busy:  # closing while working: stop first, then close
            self._close_when_stopped = True
            self.cancel()
            return
        self._clear_passphrases()
        super().reject()

    def _clear_passphrases(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()

    def _on_locked(self) -> None:
        self._close_when_stopped = True
        if self.is_busy:
            self.cancel()
        else:
            self.reject()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.close_button.setVisible(not busy)
        for w in (
            self.start_button,
            self.whole,
            self.chosen,
            self.picked,
            self.audience,
            self.path_edit,
            self.choose_button,
            self.passphrase,
            self.repeat,
            self.no_encryption,
        ):
            w.setEnabled(not busy)
        if busy:
            self.cancel_button.setFocus()
        else:
            self.operation = None
            self.picked.setEnabled(self.chosen.isChecked())
            self._update_passphrase()
            if self._close_when_stopped:
                self.reject()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _done(self, counts: dict[str, int], output: Path) -> None:
        self.counts = counts
        self.written = output
        self._clear_passphrases()
        self._busy(False)
        total = sum(counts.values())
        if total == 1:
            text = self.tr("The share is written: %1. It holds one record.")
        else:
            text = self.tr("The share is written: %1. It holds %2 records.").replace("%2", language.number(total))
        text = text.replace("%1", language.isolate(output, ltr=True))
        if not self.no_encryption.isChecked():
            text += " " + self.tr("Give its passphrase to the recipient apart from the file.")
        self.status.setText(text)
        names = self._list_names()
        self.held.clear()
        self.held.addItems(
            f"{names.get(kind, kind)}: {language.number(counts[kind])}" for kind in LISTS if counts.get(kind)
        )
        self.held.setVisible(bool(counts))
        self._grow()
        self.close_button.setFocus()

    def _grow(self) -> None:
        """Make room for the result just shown: nothing above it may be squeezed."""
        self.layout().activate()
        wanted = max(self.height(), self.sizeHint().height())
        screen = self.screen().availableGeometry().height() if self.screen() else wanted
        self.resize(self.width(), min(wanted, int(screen * 0.95)))

    def held_lines(self) -> list[str]:
        """What the dialog lists as held by the share written."""
        return [self.held.item(i).text() for i in range(self.held.count())]

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.status.setText("")
        self._show_error(self.tr("The share was not written, and no file was left behind: %1").replace("%1", message))

    def _cancelled(self, output: Path) -> None:
        if "counts" in self._finished:  # Cancel came after the file was written: it is done
            self._done(self._finished["counts"], output)
            return
        self._busy(False)
        self.status.setText(self.tr("Cancelled. No file was written."))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


def open_share_dialog(parent: QWidget | None, session: Session, start: str | None = None) -> ShareDialog:
    """File › Share…: open the dialog (window-modal; it deletes itself when closed), with ``start``
    (the record shown) chosen when it is a person or an event."""
    dialog = ShareDialog(parent, session, start)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
