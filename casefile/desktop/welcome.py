"""The welcome window, shown when no case file is open: create one, open one, open the demo,
or pick a recent file. Recent files are kept in QSettings (paths only, never passphrases)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefile.desktop.dialogs import FILE_FILTER_EXT

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


class WelcomeWindow(QWidget):
    """Emits what the user asked for; the application opens the file (and asks for its passphrase)."""

    newRequested = Signal()
    openRequested = Signal(object)  # a Path
    demoRequested = Signal()
    settingsRequested = Signal()

    def __init__(self, parent: QWidget | None = None, *, first_run: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWindowTitle(self.tr("Casefile"))
        self.first_run = first_run
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        title = QLabel(self.tr("Welcome to Casefile") if first_run else self.tr("Casefile"))
        title.setObjectName("welcomeTitle")
        intro = QLabel(
            self.tr(
                "A private case file for documenting the victims of the 1988 prison massacre in Iran: "
                "names, what happened to them, testimonies and sources. It works without a network; "
                "an encrypted case file can only be opened with its passphrase."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(intro)
        if first_run:
            steps = QLabel(
                self.tr(
                    "To begin, create your own case file: choose where to keep it and a passphrase. It is "
                    "encrypted with that passphrase, which nobody can recover for you if it is lost, so "
                    "write it down and keep it somewhere safe."
                )
            )
            steps.setObjectName("firstRunSteps")
            steps.setWordWrap(True)
            layout.addWidget(steps)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(
            self.tr("&Create my encrypted case file…") if first_run else self.tr("&New case file…")
        )
        self.new_button.setDefault(first_run)
        self.open_button = QPushButton(self.tr("&Open case file…"))
        self.demo_button = QPushButton(self.tr("Look at the &demo first") if first_run else self.tr("Open the &demo"))
        self.demo_button.setToolTip(self.tr("A sample case with fictional victims, to try things out"))
        self.settings_button = QPushButton(self.tr("&Settings…"))
        for b in (self.new_button, self.open_button, self.demo_button, self.settings_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.demo_note = QLabel(
            self.tr(
                "The demo is a sample case file about fictional people, made to try Casefile out. It is not "
                "encrypted: never type real names or accounts into it."
            )
        )
        self.demo_note.setObjectName("demoNote")
        self.demo_note.setWordWrap(True)
        layout.addWidget(self.demo_note)
        self.recent_label = QLabel(self.tr("&Recent case files:"))
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent case files"))
        self.recent_label.setBuddy(self.recent)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent, 1)
        layout.addStretch(0)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self._choose_file)
        self.demo_button.clicked.connect(self.demoRequested)
        self.settings_button.clicked.connect(self.settingsRequested)
        self.recent.itemActivated.connect(
            lambda item: self.openRequested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.refresh_recent()
        self.resize(720, 460)

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
