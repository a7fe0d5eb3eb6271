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
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casefile.desktop import language
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


class PassphraseDialog(QDialog):
    """Asks for a passphrase and tries it with ``attempt`` (which returns an error message or
    None). A wrong passphrase is said plainly and the dialog stays open for another try."""

    def __init__(self, parent: QWidget | None, file_name: str, attempt: Callable[[str], str | None]) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self.setWindowTitle(self.tr("Unlock %1").replace("%1", language.isolate(file_name)))
        layout = QVBoxLayout(self)
        self.prompt = QLabel(self.tr("Passphrase for %1:").replace("%1", language.isolate(file_name)))
        self.prompt.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.prompt.setBuddy(self.passphrase)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Open"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.try_passphrase)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        for w in (self.prompt, self.passphrase, self.error, buttons):
            layout.addWidget(w)
        self.setMinimumWidth(420)

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
            opened.append(Session(CaseFile.open(path, passphrase), passphrase))
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


class NewCaseFileDialog(QDialog):
    """Where to keep the new case file and its passphrase (typed twice), with a plain warning
    that a lost passphrase cannot be recovered. "No encryption" is possible, with its own warning."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New case file"))
        self.created: Path | None = None
        self.passphrase_used: str | None = None
        self._folder = folder or Path.home()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.path_edit = QLineEdit(str(self._folder / self.tr("case").replace("/", "-")) + ".casefile")
        self.path_edit.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        form.addRow(self.tr("&File:"), row)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Passphrase again"))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Again:"), self.repeat)
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        form.addRow("", self.strength)
        layout.addLayout(form)
        self.warning = QLabel(
            self.tr(
                "Write the passphrase down and keep it somewhere safe. If it is lost, nobody can open "
                "this case file again: there is no way to recover it."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setObjectName("warningLabel")
        layout.addWidget(self.warning)
        self.no_encryption = QCheckBox(self.tr("&No encryption (not recommended)"))
        self.no_encryption.toggled.connect(self._update)
        layout.addWidget(self.no_encryption)
        self.plain_warning = QLabel(
            self.tr(
                "Without encryption, anyone who gets this file or this computer can read every name and "
                "testimony in it. Use it only for practice or for material that is already public."
            )
        )
        self.plain_warning.setWordWrap(True)
        self.plain_warning.setObjectName("warningLabel")
        layout.addWidget(self.plain_warning)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
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


class SettingsDialog(QDialog):
    """Language, automatic locking and automatic backups; saved in QSettings when accepted.
    ``case_path`` (the open case file) shows when it was last backed up."""

    def __init__(self, parent: QWidget | None = None, case_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.case_path = case_path
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(
            self.tr("As the system (%1)").replace("%1", language.LANGUAGES[language.system_language()]), ""
        )
        for code, name in language.LANGUAGES.items():
            self.language.addItem(name, code)
        chosen = str(QSettings().value("language", "") or "")
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        form.addRow(self.tr("&Language:"), self.language)
        self.lock_after = QSpinBox()
        self.lock_after.setRange(0, 240)
        self.lock_after.setSuffix(self.tr(" min"))
        self.lock_after.setSpecialValueText(self.tr("never"))
        self.lock_after.setValue(lock_minutes())
        self.lock_after.setAccessibleName(self.tr("Lock after this many idle minutes"))
        form.addRow(self.tr("Lock when idle &after:"), self.lock_after)
        layout.addLayout(form)

        # backups: a copy of the case file each time it is closed, the oldest removed past a count
        current = backup_settings()
        box = QGroupBox(self.tr("Backups"), self)
        backups = QFormLayout(box)
        self.backup_enabled = QCheckBox(self.tr("&Back up the case file each time it is closed"), box)
        self.backup_enabled.setChecked(current.enabled)
        backups.addRow(self.backup_enabled)
        self.backup_folder = QLineEdit(str(current.folder), box)
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        choose = QPushButton(self.tr("C&hoose…"), box)
        choose.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.backup_folder, 1)
        row.addWidget(choose)
        backups.addRow(self.tr("&Folder:"), row)
        self.backup_keep = QSpinBox(box)
        self.backup_keep.setRange(1, 100)
        self.backup_keep.setValue(current.keep)
        self.backup_keep.setAccessibleName(self.tr("Number of backups to keep"))
        backups.addRow(self.tr("&Keep the newest:"), self.backup_keep)
        hint = QLabel(
            self.tr(
                "A backup is encrypted like the case file and opens with the same passphrase. A backup on "
                "this computer is lost with it: choose a folder on a USB stick or another disk, and keep it "
                "somewhere else."
            ),
            box,
        )
        hint.setWordWrap(True)
        backups.addRow(hint)
        self.last_backup = QLabel(box)
        self.last_backup.setObjectName("lastBackup")
        self.last_backup.setVisible(case_path is not None)
        backups.addRow(self.last_backup)
        layout.addWidget(box)
        self.backup_folder.textChanged.connect(self._show_last_backup)
        self._show_last_backup()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

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
