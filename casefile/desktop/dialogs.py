"""Small dialogs: asking for a passphrase (with retry), creating a case file, Settings.

A passphrase is only ever held by these dialogs until the file is open; it is never written to
the settings, the recent-files list or a log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QWidget,
)

from casefile.desktop import language
from casefile.desktop.forms.ui_new_case_file_dialog import Ui_NewCaseFileDialog
from casefile.desktop.forms.ui_passphrase_dialog import Ui_PassphraseDialog
from casefile.desktop.forms.ui_settings_dialog import Ui_SettingsDialog
from casefile.desktop.session import Session
from casefile.errors import CasefileError, WrongPassphrase
from casefile.store import CaseFile, is_plain

FILE_FILTER_EXT = "*.casefile"
DEFAULT_LOCK_MINUTES = 10


DEFAULT_BACKUP_KEEP = 5


@dataclass(frozen=True)
class BackupSettings:
    """Automatic backups when a case file is closed: on or off, the folder, how many to keep."""

    enabled: bool
    folder: Path
    keep: int


def default_backup_folder() -> Path:
    return Path(platformdirs.user_data_dir("Casefile", appauthor=False)) / "backups"


def backup_settings() -> BackupSettings:
    """The backup settings of this computer (QSettings; never a passphrase)."""
    settings = QSettings()
    enabled = str(settings.value("backup/enabled", "true")).lower() in ("true", "1")
    folder = Path(str(settings.value("backup/folder", "") or default_backup_folder()))
    try:
        keep = max(1, int(settings.value("backup/keep", DEFAULT_BACKUP_KEEP)))
    except (TypeError, ValueError):
        keep = DEFAULT_BACKUP_KEEP
    return BackupSettings(enabled, folder, keep)


def last_backup_text(case_path: Path, folder: Path | None = None) -> str:
    """ "Last backup: …" for a case file, in the interface language (local time)."""
    from casefile import backup

    when = backup.last_backup(folder or backup_settings().folder, of=case_path)
    if when is None:
        return QCoreApplication.translate("Backups", "No backup of this case file yet")
    local = when.astimezone()
    moment = f"{language.format_date(local.date().isoformat())} {language.digits(local.strftime('%H:%M'))}"
    return QCoreApplication.translate("Backups", "Last backup: %1").replace("%1", moment)


def lock_minutes() -> int:
    """Minutes of inactivity before the window locks itself (0 = never)."""
    try:
        return int(QSettings().value("lock_after_minutes", DEFAULT_LOCK_MINUTES))
    except (TypeError, ValueError):
        return DEFAULT_LOCK_MINUTES


class PassphraseDialog(QDialog, Ui_PassphraseDialog):
    """Asks for a passphrase and tries it with ``attempt`` (which returns an error message or
    None). A wrong passphrase is said plainly and the dialog stays open for another try.
    Its layout is ``ui/passphrase_dialog.ui``."""

    def __init__(self, parent: QWidget | None, file_name: str, attempt: Callable[[str], str | None]) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self._attempt = attempt
        self.setWindowTitle(self.tr("Unlock %1").replace("%1", language.isolate(file_name)))
        self.prompt.setText(self.tr("Passphrase for %1:").replace("%1", language.isolate(file_name)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Open"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.try_passphrase)
        self.buttons.rejected.connect(self.reject)

    def try_passphrase(self) -> None:
        problem = self._attempt(self.passphrase.text())
        if problem is None:
            self.passphrase.clear()
            self.accept()
            return
        self.error.setText(problem)
        # a wrapped message needs more height than the dialog had: grow so none of it is cut off
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.heightForWidth(self.width()), self.sizeHint().height()))
        self.passphrase.selectAll()
        self.passphrase.setFocus()


def open_case_file(parent: QWidget | None, path: Path) -> Session | None:
    """Open ``path``, asking for its passphrase if it is encrypted; None if the user gave up.

    Errors other than a wrong passphrase (not a case file, a newer schema) are shown and None
    is returned.
    """
    path = Path(path)
    try:
        if is_plain(path):
            return Session(CaseFile.open(path, None), None)
    except CasefileError as e:
        QMessageBox.warning(parent, QCoreApplication.translate("Dialogs", "Casefile"), str(e))
        return None
    except OSError as e:
        QMessageBox.warning(parent, QCoreApplication.translate("Dialogs", "Casefile"), str(e))
        return None
    opened: list[Session] = []

    def attempt(passphrase: str) -> str | None:
        try:
            opened.append(Session.open(path, passphrase))
        except WrongPassphrase:
            return QCoreApplication.translate(
                "PassphraseDialog", "That passphrase does not open this case file. Check it and try again."
            )
        except CasefileError as e:
            return str(e)
        return None

    dialog = PassphraseDialog(parent, path.name, attempt)
    dialog.exec()
    return opened[0] if opened else None


def passphrase_strength(passphrase: str) -> int:
    """0 (too weak) to 3 (strong): long passphrases of several words beat short clever ones."""
    n = len(passphrase)
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    words = len(passphrase.split())
    if n >= 20 or (n >= 16 and (kinds >= 2 or words >= 4)):
        return 3
    if n >= 12:
        return 2
    if n >= 8:
        return 1
    return 0


class NewCaseFileDialog(QDialog, Ui_NewCaseFileDialog):
    """Where to keep the new case file and its passphrase (typed twice), with a plain warning
    that a lost passphrase cannot be recovered. "No encryption" is possible, with its own warning.
    Its layout is ``ui/new_case_file_dialog.ui``."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.created: Path | None = None
        self.passphrase_used: str | None = None
        self._folder = folder or Path.home()
        self.path_edit.setText(str(self._folder / self.tr("case").replace("/", "-")) + ".casefile")
        self.browse_button.clicked.connect(self._browse)
        self.no_encryption.toggled.connect(self._update)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self._update()

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New case file"),
            self.path_edit.text(),
            self.tr("Case files (%1)").replace("%1", FILE_FILTER_EXT),
        )
        if name:
            self.path_edit.setText(name if name.endswith(".casefile") else name + ".casefile")

    def _update(self) -> None:
        plain = self.no_encryption.isChecked()
        self.passphrase.setEnabled(not plain)
        self.repeat.setEnabled(not plain)
        self.plain_warning.setVisible(plain)
        self.warning.setVisible(not plain)
        hints = (
            self.tr("Too short: use at least 12 characters, for example four unrelated words."),
            self.tr("Weak: longer is stronger. Four or more unrelated words are easy to remember."),
            self.tr("Fair: a few more words would make it strong."),
            self.tr("Strong."),
        )
        text = self.passphrase.text()
        self.strength.setText("" if plain or not text else hints[passphrase_strength(text)])

    def create(self) -> None:
        """Create the file; on a problem say what it is and stay open."""
        path = Path(self.path_edit.text().strip()).expanduser()
        plain = self.no_encryption.isChecked()
        passphrase = self.passphrase.text()
        if not self.path_edit.text().strip():
            self.error.setText(self.tr("Choose where to keep the case file."))
            return
        if path.exists():
            self.error.setText(self.tr("A file with this name already exists. Choose another name."))
            return
        if not plain:
            if not passphrase:
                self.error.setText(self.tr("Type a passphrase, or choose no encryption."))
                return
            if passphrase != self.repeat.text():
                self.error.setText(self.tr("The two passphrases are not the same."))
                return
            if passphrase_strength(passphrase) == 0:
                self.error.setText(self.tr("The passphrase is too short: use at least 8 characters."))
                return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            CaseFile.create(path, None if plain else passphrase).close()
        except (CasefileError, OSError) as e:
            self.error.setText(str(e))
            return
        self.created = path
        self.passphrase_used = None if plain else passphrase
        self.passphrase.clear()
        self.repeat.clear()
        self.accept()


class SettingsDialog(QDialog, Ui_SettingsDialog):
    """Language, automatic locking and automatic backups; saved in QSettings when accepted.
    ``case_path`` (the open case file) shows when it was last backed up. Its layout is
    ``ui/settings_dialog.ui``."""

    def __init__(self, parent: QWidget | None = None, case_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.case_path = case_path
        self.language.addItem(
            self.tr("As the system (%1)").replace("%1", language.LANGUAGES[language.system_language()]), ""
        )
        for code, name in language.LANGUAGES.items():
            self.language.addItem(name, code)
        chosen = str(QSettings().value("language", "") or "")
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self.lock_after.setValue(lock_minutes())

        # backups: a copy of the case file each time it is closed, the oldest removed past a count
        current = backup_settings()
        self.backup_enabled.setChecked(current.enabled)
        self.backup_folder.setText(str(current.folder))
        self.backup_keep.setValue(current.keep)
        self.choose_button.clicked.connect(self._choose_folder)
        self.last_backup.setVisible(case_path is not None)
        self.backup_folder.textChanged.connect(self._show_last_backup)
        self._show_last_backup()

        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"), self.backup_folder.text())
        if name:
            self.backup_folder.setText(name)

    def _show_last_backup(self) -> None:
        if self.case_path is not None:
            folder = Path(self.backup_folder.text().strip() or default_backup_folder()).expanduser()
            self.last_backup.setText(last_backup_text(self.case_path, folder))

    def chosen_language(self) -> str:
        return str(self.language.currentData() or "")

    def save(self) -> None:
        settings = QSettings()
        settings.setValue("language", self.chosen_language())
        settings.setValue("lock_after_minutes", self.lock_after.value())
        settings.setValue("backup/enabled", "true" if self.backup_enabled.isChecked() else "false")
        folder = self.backup_folder.text().strip()
        settings.setValue("backup/folder", str(Path(folder).expanduser()) if folder else "")
        settings.setValue("backup/keep", self.backup_keep.value())
        self.accept()
