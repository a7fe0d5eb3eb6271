"""File › Import and File › Export: exchange documents, run off the UI thread with progress and cancel.

The work is the core's (``exchange.stage_file`` + ``import_staged`` / ``write_export``) on a connection of
its own (``workers.run_operation``). A refused import shows every problem the core found
(list, id, field, message) as a list; the case file is left as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefile import exchange
from casefile.desktop import language, workers
from casefile.desktop.session import Session
from casefile.errors import Cancelled, CasefileError, InvalidRecord


def import_work(path: str) -> workers.Work:
    """The background part of an import: read, check and import ``path`` all or nothing, record by
    record as the command line does (memory bounded whatever the document's size; a large one is
    made ready in a second process, ``casefile.preparing``).

    Returns ``("problems", [text, ...])`` when the core refuses the document, or
    ``("done", counts, ids)``."""

    def work(cf: Any, progress: Any, cancelled: Any) -> tuple:
        try:
            with exchange.stage_file(path, cancelled) as staged:
                summary = exchange.import_staged(cf, staged, progress, cancelled)
                ids = {rid for chunk in staged.staging.ids() for rid, _kind, _order in chunk}
        except InvalidRecord as e:
            return ("problems", [str(p) for p in e.problems])
        except Cancelled:
            raise
        except CasefileError as e:  # unreadable, changed while read, too large
            return ("problems", [str(e)])
        return ("done", dict(summary.counts), ids)

    return work


def export_work(path: str, attachments: bool) -> workers.Work:
    """The background part of an export: the whole case file to ``path`` (written whole or not at all)."""

    def work(cf: Any, progress: Any, cancelled: Any) -> int:
        written = [0]

        def counted(done: int, total: int) -> None:
            written[0] = total
            progress(done, total)

        # record by record as it reads them: memory bounded whatever the case file's size
        exchange.export_file(cf, path, attachments=attachments, progress=counted, cancelled=cancelled)
        return written[0]

    return work


class _TransferDialog(QDialog):
    """Shared shape: a file path, a start button, progress with cancel, and a result."""

    def __init__(self, parent: QWidget | None, session: Session) -> None:
        super().__init__(parent)
        self.session = session
        self.operation: workers.Operation | None = None
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("File"))
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        self.options = QVBoxLayout()
        layout.addLayout(self.options)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems found"))
        # long messages wrap instead of scrolling sideways, and the list takes the spare height
        self.problems.setWordWrap(True)
        self.problems.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.problems.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setMinimumHeight(160)
        self.problems.setVisible(False)
        layout.addWidget(self.problems, 1)
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setVisible(False)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

    def _grow(self) -> None:
        """Make room for what was just shown (the problem list): the intro must stay whole."""
        self.layout().activate()
        wanted = max(self.height(), self.sizeHint().height(), 480)
        screen = self.screen().availableGeometry().height() if self.screen() else wanted
        self.resize(max(self.width(), 640), min(wanted, int(screen * 0.9)))

    def choose(self) -> None:  # pragma: no cover - a native file dialog
        raise NotImplementedError

    def work(self, path: str) -> workers.Work:
        raise NotImplementedError

    def start(self) -> None:
        path = self.path_edit.text().strip()
        if not path:
            self.status.setText(self.tr("Choose a file first."))
            return
        self.problems.clear()
        self.problems.setVisible(False)
        self.status.setText(self.tr("Working…"))
        self._busy(True)
        self.operation = workers.run_operation(
            self.work(path),
            open_connection=self.session.open_connection,
            on_done=self._done,
            on_failed=self._failed,
            on_progress=self._progressed,
            on_cancelled=self._cancelled,
        )

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        if self.operation is not None:  # closing while working: cancel first, the core leaves nothing half done
            self.cancel()
            return
        super().reject()

    @property
    def is_busy(self) -> bool:
        return self.operation is not None

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy)
        self.close_button.setVisible(not busy)
        self.start_button.setEnabled(not busy)
        self.choose_button.setEnabled(not busy)
        self.path_edit.setEnabled(not busy)
        if not busy:
            self.operation = None

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.status.setText(self.tr("It did not work: %1").replace("%1", message))

    def _cancelled(self) -> None:
        self._busy(False)
        self.status.setText(self.tr("Cancelled; nothing was changed."))

    def _done(self, result: Any) -> None:
        raise NotImplementedError


class ImportDialog(_TransferDialog):
    """Import an exchange document into the open case file."""

    def __init__(self, parent: QWidget | None, session: Session) -> None:
        super().__init__(parent, session)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import"))
        self.intro.setText(
            self.tr(
                "Import a Casefile exchange document (.json). It is checked whole first: if anything in it is "
                "wrong, nothing is imported and every problem is listed. A record whose id is already in the "
                "case file is updated. An import cannot be undone."
            )
        )
        self.start_button.setText(self.tr("Import"))

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a document"), "", self.tr("Exchange documents (*.json);;All files (*)")
        )
        if path:
            self.path_edit.setText(path)

    def work(self, path: str) -> workers.Work:
        return import_work(path)

    def _done(self, result: Any) -> None:
        self._busy(False)
        if result[0] == "problems":
            problems = result[1]
            self.status.setText(
                language.digits(self.tr("Nothing was imported. The document has %n problem(s):", "", len(problems)))
            )
            self.problems.addItems(problems)
            self.problems.setVisible(True)
            self._grow()
            return
        _, counts, ids = result
        self.status.setText(
            self.tr("Imported: %1 added, %2 updated, %3 unchanged.")
            .replace("%1", language.number(counts["insert"]))
            .replace("%2", language.number(counts["update"]))
            .replace("%3", language.number(counts["unchanged"]))
        )
        # Edits made before the import could be undone over imported data: start a fresh history.
        self.session.undo_stack.clear()
        self.session.changed.emit(set(ids))


class ExportDialog(_TransferDialog):
    """Export the whole case file as an exchange document."""

    def __init__(self, parent: QWidget | None, session: Session) -> None:
        super().__init__(parent, session)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.intro.setText(
            self.tr(
                "Export the whole case file as a Casefile exchange document (.json). Warning: the exported "
                "file is not encrypted. Anyone who gets it can read everything in it, including confidential "
                "records and the names of witnesses. Keep it somewhere safe."
            )
        )
        self.include_attachments = QCheckBox(self.tr("Include attached files"), self)
        self.include_attachments.setChecked(True)
        self.options.addWidget(self.include_attachments)
        self.start_button.setText(self.tr("Export"))
        self.path_edit.setText(str(Path.home() / f"{session.path.stem}-export.json"))

    def choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path_edit.text(), self.tr("Exchange documents (*.json)")
        )
        if path:
            self.path_edit.setText(path)

    def work(self, path: str) -> workers.Work:
        return export_work(path, self.include_attachments.isChecked())

    def _done(self, result: Any) -> None:
        self._busy(False)
        self.status.setText(
            self.tr("Exported %1 records to %2.")
            .replace("%1", language.number(result))
            .replace("%2", language.isolate(self.path_edit.text(), ltr=True))
        )


def import_dialog(parent: QWidget, session: Session) -> None:
    """File › Import: open the import dialog (window-modal; it deletes itself when closed)."""
    dialog = ImportDialog(parent, session)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def export_dialog(parent: QWidget, session: Session) -> None:
    """File › Export: open the export dialog (window-modal; it deletes itself when closed)."""
    dialog = ExportDialog(parent, session)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
