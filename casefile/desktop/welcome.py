"""The welcome window, shown when no case file is open: create one, open one, open the demo,
or pick a recent file. Recent files are kept in QSettings (paths only, never passphrases)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QListWidgetItem,
    QWidget,
)

from casefile.desktop.dialogs import FILE_FILTER_EXT
from casefile.desktop.forms.ui_welcome_window import Ui_WelcomeWindow

RECENT_KEY = "recent_files"
MAX_RECENT = 8


def recent_files() -> list[Path]:
    """Recently opened case files that still exist, newest first."""
    value = QSettings().value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [Path(p) for p in (value or []) if p and Path(p).exists()]


def remember_recent(path: Path) -> None:
    paths = [str(Path(path).resolve())] + [str(p) for p in recent_files() if p.resolve() != Path(path).resolve()]
    QSettings().setValue(RECENT_KEY, paths[:MAX_RECENT])


class WelcomeWindow(QWidget, Ui_WelcomeWindow):
    """Emits what the user asked for; the application opens the file (and asks for its passphrase).
    Its layout is ``ui/welcome_window.ui``; the first run words some of it differently."""

    newRequested = Signal()
    openRequested = Signal(object)  # a Path
    demoRequested = Signal()
    settingsRequested = Signal()

    def __init__(self, parent: QWidget | None = None, *, first_run: bool = False) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.first_run = first_run
        self.firstRunSteps.setVisible(first_run)
        if first_run:
            self.welcomeTitle.setText(self.tr("Welcome to Casefile"))
            self.new_button.setText(self.tr("&Create my encrypted case file…"))
            self.demo_button.setText(self.tr("Look at the &demo first"))
        self.new_button.setDefault(first_run)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self._choose_file)
        self.demo_button.clicked.connect(self.demoRequested)
        self.settings_button.clicked.connect(self.settingsRequested)
        self.recent.itemActivated.connect(
            lambda item: self.openRequested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.refresh_recent()

    def refresh_recent(self) -> None:
        self.recent.clear()
        for path in recent_files():
            item = QListWidgetItem(f"{path.name}  —  {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent.addItem(item)
        has_recent = self.recent.count() > 0  # an empty list on the very first run says nothing
        self.recent_label.setVisible(has_recent)
        self.recent.setVisible(has_recent)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open case file"), str(Path.home()), self.tr("Case files (%1)").replace("%1", FILE_FILTER_EXT)
        )
        if name:
            self.openRequested.emit(Path(name))
