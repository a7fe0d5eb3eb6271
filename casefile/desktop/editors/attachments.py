"""Attached files of a source (or a person's photo): add by file dialog or drag and drop.

Reading, hashing and storing a file (``records.add_attachment``, encrypted with the case file)
runs off the UI thread through ``workers.run_operation``, with progress and cancel; the record
then carries each file's name, media type, SHA-256 and custody entry.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefile import records
from casefile.audit import now_utc
from casefile.desktop import labels, workers
from casefile.desktop.session import Session

ENTRY_ROLE = Qt.ItemDataRole.UserRole


def store_files(cf: Any, paths: list[str], progress: Any, cancelled: Any) -> list[dict]:
    """Read, hash and keep each file in the case file; the attachment entries to record.

    Runs on a worker thread with its own connection. A file already stored (same content) is
    kept once."""
    from casefile.errors import Cancelled, CasefileError

    entries = []
    total = len(paths)
    for done, path in enumerate(paths):
        if cancelled():
            raise Cancelled()
        progress(done, total)
        p = Path(path)
        try:
            raw = p.read_bytes()
        except OSError as e:
            raise CasefileError(f"cannot read {p.name}: {e.strerror}") from None
        sha = records.add_attachment(cf, raw)
        at = now_utc()
        entries.append(
            {
                "filename": p.name,
                "media_type": mimetypes.guess_type(p.name)[0] or "application/octet-stream",
                "sha256": sha,
                "custody": [{"at": at, "action": "added to the case file from a local file"}],
            }
        )
    progress(total, total)
    return entries


class AttachmentsEdit(QWidget):
    """The attachment entries of a record; ``single`` for a person's one photo."""

    changed = Signal()
    busy_changed = Signal(bool)

    def __init__(self, session: Session, parent: QWidget | None = None, *, single: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self.single = single
        self.operation: workers.Operation | None = None
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(60 if single else 110)
        self.list.setAccessibleName(labels.field_name("attachments"))
        layout.addWidget(self.list)
        hint = QLabel(self.tr("Drop files here, or:"), self)
        row = QHBoxLayout()
        row.addWidget(hint)
        self.add_button = QPushButton(self.tr("Choose a file…") if single else self.tr("Add files…"), self)
        self.add_button.clicked.connect(self.choose_files)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self._remove_selected)
        row.addWidget(self.add_button)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Adding files"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        self._show_busy(False)

    # --- adding ---------------------------------------------------------------------------------

    def choose_files(self) -> None:
        if self.single:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file to attach"))
            paths = [path] if path else []
        else:
            paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose files to attach"))
        if paths:
            self.add_files(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if event.mimeData().hasUrls() and not self.is_busy:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        paths = [p for p in paths if Path(p).is_file()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths[:1] if self.single else paths)

    def add_files(self, paths: list[str]) -> None:
        """Hash and store ``paths`` in the background; the entries appear when done."""
        if self.is_busy:
            return
        self._show_busy(True)
        self.status.setText(self.tr("Adding %n file(s)…", "", len(paths)))
        self.operation = workers.run_operation(
            lambda cf, progress, cancelled: store_files(cf, paths, progress, cancelled),
            open_connection=self.session.open_connection,
            on_done=self._stored,
            on_failed=self._failed,
            on_progress=self._progressed,
            on_cancelled=self._cancelled,
        )

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    @property
    def is_busy(self) -> bool:
        return self.operation is not None

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.add_button.setEnabled(not busy)
        self.busy_changed.emit(busy)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish(self, message: str) -> None:
        self.operation = None
        self._show_busy(False)
        self.status.setText(message)

    def _stored(self, entries: list[dict]) -> None:
        if self.single:
            self.list.clear()
        for entry in entries:
            self._add_entry(entry)
        self._finish(self.tr("%n file(s) added.", "", len(entries)))
        self.changed.emit()

    def _failed(self, message: str) -> None:
        self._finish(self.tr("The files could not be added: %1").replace("%1", message))

    def _cancelled(self) -> None:
        self._finish(self.tr("Cancelled."))

    # --- the value ------------------------------------------------------------------------------

    def _add_entry(self, entry: dict) -> None:
        sha = str(entry.get("sha256", ""))
        media = entry.get("media_type") or ""
        item = QListWidgetItem(f"{entry.get('filename', '')}  ·  {media}  ·  SHA-256 {sha[:12]}…")
        item.setData(ENTRY_ROLE, entry)
        item.setToolTip(sha)
        self.list.addItem(item)

    def _remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def entries(self) -> list[dict]:
        return [self.list.item(i).data(ENTRY_ROLE) for i in range(self.list.count())]

    def value(self) -> Any:
        entries = self.entries()
        if self.single:
            return entries[0] if entries else None
        return entries or None

    def set_value(self, value: Any) -> None:
        self.list.clear()
        items = [value] if isinstance(value, dict) else (value or [])
        for entry in items:
            if isinstance(entry, dict):
                self._add_entry(entry)
