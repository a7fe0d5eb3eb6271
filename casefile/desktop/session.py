"""The open case file as the desktop sees it: one connection on the UI thread, the undo stack,
and the signals that tell views what changed.

The passphrase is kept only while the file is unlocked (workers need it to open their own
connections); locking closes the connection and forgets it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from casefile import records
from casefile.store import CaseFile


class Session(QObject):
    #: ids of the records that changed (inserted, updated or deleted); views refresh just those.
    changed = Signal(object)
    locked = Signal()
    unlocked = Signal()

    def __init__(self, cf: CaseFile, passphrase: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path = cf.path
        self.encrypted = cf.encrypted
        #: The demo case file (fictional people): the app says so wherever it matters.
        self.is_demo = False
        self._cf: CaseFile | None = cf
        self._passphrase = passphrase
        self.undo_stack = QUndoStack(self)

    @property
    def cf(self) -> CaseFile:
        if self._cf is None:
            raise RuntimeError("the case file is locked")
        return self._cf

    @property
    def is_locked(self) -> bool:
        return self._cf is None

    def open_connection(self) -> CaseFile:
        """A new connection for a worker thread (each thread needs its own)."""
        if self._cf is None:
            raise RuntimeError("the case file is locked")
        return CaseFile.open(self.path, self._passphrase if self.encrypted else None, upgrade=False)

    def lock(self) -> None:
        """Close the file and forget the passphrase until :meth:`unlock`. Undo history is kept
        (it holds record JSON, not the key) so work can go on after unlocking."""
        if self._cf is not None:
            self._cf.close()
            self._cf = None
            self._passphrase = None
            self.locked.emit()

    def unlock(self, passphrase: str | None) -> None:
        """Reopen with the passphrase; raises WrongPassphrase and stays locked if it is wrong."""
        cf = CaseFile.open(self.path, passphrase if self.encrypted else None)
        self._cf, self._passphrase = cf, passphrase
        self.unlocked.emit()

    def check_passphrase(self, passphrase: str) -> bool:
        """True when ``passphrase`` opens this case file (tried on a connection of its own)."""
        from casefile.errors import WrongPassphrase

        try:
            CaseFile.open(self.path, passphrase, upgrade=False).close()
        except WrongPassphrase:
            return False
        return True

    def release(self) -> None:
        """Close the connection but keep the passphrase: for work that needs the file to itself
        (a passphrase change). :meth:`reacquire` opens it again."""
        if self._cf is not None:
            self._cf.close()
            self._cf = None

    def reacquire(self, passphrase: str | None) -> None:
        """Open the file again after :meth:`release`, with ``passphrase`` (the new one after a change)."""
        self._cf = CaseFile.open(self.path, passphrase if self.encrypted else None)
        self._passphrase = passphrase

    def close(self) -> None:
        self.undo_stack.clear()
        if self._cf is not None:
            self._cf.close()
            self._cf = None
        self._passphrase = None

    def status(self) -> tuple[str, bool, int]:
        """(file name, encrypted, number of records) for the status bar."""
        return self.path.name, self.encrypted, records.count(self.cf) if self._cf else 0
