"""The open case file as the desktop sees it: one connection on the UI thread, the undo stack,
and the signals that tell views what changed.

The passphrase is kept only while the file is unlocked (workers need it to open their own
connections); locking closes the connection and forgets it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from casefile import records, text, upkeep
from casefile.store import CaseFile, RawKey


def _saving(cf: CaseFile) -> CaseFile:
    """The session's connection, which saves: its commits leave checkpointing the log to the list
    reader's connection when idle (casefile.upkeep), so a save does not copy megabytes now and then."""
    upkeep.defer_checkpoints(cf)
    return cf


class Session(QObject):
    #: ids of the records that changed (inserted, updated or deleted); views refresh just those.
    changed = Signal(object)
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self, cf: CaseFile, passphrase: str | None, parent: QObject | None = None, *, key: RawKey | None = None
    ) -> None:
        super().__init__(parent)
        self.path: Path = cf.path
        self.encrypted = cf.encrypted
        #: The demo case file (fictional people): the app says so wherever it matters.
        self.is_demo = False
        self._cf: CaseFile | None = _saving(cf)
        # The derived key, not the passphrase: wipeable bytes, and worker connections skip the KDF.
        self._key: RawKey | None = key if key is not None else self._derive(passphrase)
        self.undo_stack = QUndoStack(self)

    @classmethod
    def open(cls, path: Path, passphrase: str | None) -> Session:
        """Open the case file at ``path``: the key is derived from the passphrase once (a second
        derivation, by SQLCipher from the passphrase, took as long again: 0.3-1 s), and the file
        opened with it. Raises what :meth:`CaseFile.open` raises (WrongPassphrase and the rest)."""
        if passphrase is None:
            return cls(CaseFile.open(path, None), None)
        key = RawKey.derive(path, passphrase)
        try:
            cf = CaseFile.open(path, key)
        except BaseException:
            key.wipe()
            raise
        return cls(cf, None, key=key)

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
        return CaseFile.open(self.path, self._key if self.encrypted else None, upgrade=False)

    def lock(self) -> None:
        """Close the file, wipe the key and forget the undo history (it holds records' text) until
        :meth:`unlock`."""
        if self._cf is not None:
            self._cf.close()
            self._cf = None
            self._forget_key()
            self.undo_stack.clear()
            text.forget_case_text()  # name keys cached while searching and listing
            self.locked.emit()

    def unlock(self, passphrase: str | None) -> None:
        """Reopen with the passphrase; raises WrongPassphrase and stays locked if it is wrong."""
        key = self._derive(passphrase)
        cf = CaseFile.open(self.path, key if self.encrypted else None)
        self._cf, self._key = _saving(cf), key
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
        self._forget_key()
        self._key = self._derive(passphrase)
        self._cf = _saving(CaseFile.open(self.path, self._key if self.encrypted else None))

    def close(self) -> None:
        self.undo_stack.clear()
        if self._cf is not None:
            self._cf.close()
            self._cf = None
        self._forget_key()

    def _derive(self, passphrase: str | None) -> RawKey | None:
        if not self.encrypted or passphrase is None:
            return None
        return RawKey.derive(self.path, passphrase)

    def _forget_key(self) -> None:
        if self._key is not None:
            self._key.wipe()
            self._key = None

    def status(self) -> tuple[str, bool, int]:
        """(file name, encrypted, number of records) for the status bar."""
        return self.path.name, self.encrypted, records.count(self.cf) if self._cf else 0
