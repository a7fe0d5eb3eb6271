"""Starting the desktop app: the QApplication, its font, stylesheet and language, and the
controller that moves between the welcome window and a main window for the open case file.

``casefile`` / ``casefile open PATH`` call :func:`run`. On the very first run (no file given,
no recent files, no demo file yet) the welcome window greets the user, says that the demo is a
plain (unencrypted) file of fictional people, and offers to create an encrypted case file first.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QObject, QSettings, QThreadPool
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from casefile.desktop import language
from casefile.desktop.dialogs import (
    FILE_FILTER_EXT,
    NewCaseFileDialog,
    SettingsDialog,
    backup_settings,
    open_case_file,
)
from casefile.desktop.main_window import MainWindow
from casefile.desktop.session import Session
from casefile.desktop.unsaved import install_excepthook
from casefile.desktop.welcome import WelcomeWindow, recent_files, remember_recent
from casefile.desktop.workers import Operation, run_operation
from casefile.errors import CasefileError
from casefile.resources import resource_path, ui_path
from casefile.store import CaseFile

FONT_FAMILY = "Vazirmatn"


def default_demo_path() -> Path:
    """Where the demo case file lives (the user's data folder)."""
    return Path(platformdirs.user_data_dir("Casefile", appauthor=False)) / "demo.casefile"


def make_demo(path: Path) -> Path:
    """Create the plain demo case file (fictional victims) at ``path``."""
    from casefile.sample import fill_with_sample

    path.parent.mkdir(parents=True, exist_ok=True)
    cf = CaseFile.create(path, None)
    try:
        fill_with_sample(cf)
    finally:
        cf.close()
    return path


def setup_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the bundled font, the stylesheet and the chosen language."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("Casefile")
    QCoreApplication.setApplicationName("Casefile")
    for weight in ("Regular", "Bold"):
        QFontDatabase.addApplicationFont(str(resource_path("fonts", f"Vazirmatn-{weight}.ttf")))
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
    app.setFont(font)
    qss = ui_path("casefile.qss")
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    language.apply(language.configured_language())
    _freeze_startup_objects()
    return app


_frozen = False


def _freeze_startup_objects() -> None:
    """Leave the objects made at start-up (modules, classes, Qt's wrappers: most of the heap) out of
    Python's full garbage collections, once. A full collection scans every object, holding
    Python's lock: 100 ms at times, in the list reader's thread as much as in this one, and this
    thread waits for it whichever it is."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


class CasefileApp(QObject):
    """Which window is showing, and opening/closing case files. One file is open at a time."""

    def __init__(self) -> None:
        super().__init__()
        self.session: Session | None = None
        self.window: MainWindow | None = None
        self.welcome: WelcomeWindow | None = None

    # --- windows ------------------------------------------------------------------------------

    def show_welcome(self, first_run: bool = False) -> WelcomeWindow:
        if self.welcome is None:
            self.welcome = WelcomeWindow(first_run=first_run)
            self.welcome.newRequested.connect(lambda: self.new_file(self.welcome))
            self.welcome.openRequested.connect(lambda path: self.open_path(path, self.welcome))
            self.welcome.demoRequested.connect(lambda: self.open_demo(self.welcome))
            self.welcome.settingsRequested.connect(lambda: self.settings(self.welcome))
        self.welcome.refresh_recent()
        self.welcome.show()
        return self.welcome

    def _close_welcome(self) -> None:
        if self.welcome is not None:
            self.welcome.close()
            self.welcome.deleteLater()
            self.welcome = None

    def show_session(self, session: Session) -> MainWindow:
        """Close any open file and show ``session`` in a new main window."""
        self.close_file(show_welcome=False)
        session.is_demo = session.path.resolve() == default_demo_path().resolve()
        self.session = session
        remember_recent(session.path)
        window = MainWindow(session)
        window.newFileRequested.connect(lambda: self.new_file(window))
        window.openFileRequested.connect(lambda: self.choose_and_open(window))
        window.demoRequested.connect(lambda: self.open_demo(window))
        window.closeFileRequested.connect(lambda: self.close_file(show_welcome=True))
        window.settingsRequested.connect(lambda: self.settings(window))
        self.window = window
        window.show()
        self._close_welcome()
        return window

    # --- files --------------------------------------------------------------------------------

    def open_path(self, path: Path, parent: QWidget | None = None) -> MainWindow | None:
        """Open a case file (asking for its passphrase if needed) and show it."""
        if not self.forms_closed():
            return None
        path = Path(path)
        if not path.exists():
            QMessageBox.warning(
                parent,
                self.tr("Casefile"),
                self.tr("There is no file at %1.").replace("%1", language.isolate(path, ltr=True)),
            )
            return None
        session = open_case_file(parent, path)
        return self.show_session(session) if session is not None else None

    def choose_and_open(self, parent: QWidget | None = None) -> MainWindow | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            self.tr("Open case file"),
            str(Path.home()),
            self.tr("Case files (%1)").replace("%1", FILE_FILTER_EXT),
        )
        return self.open_path(Path(name), parent) if name else None

    def new_file(self, parent: QWidget | None = None) -> MainWindow | None:
        if not self.forms_closed():
            return None
        dialog = NewCaseFileDialog(parent)
        if not dialog.exec() or dialog.created is None:
            return None
        passphrase, dialog.passphrase_used = dialog.passphrase_used, None
        if passphrase is not None:  # a lost passphrase cannot be recovered: say so, offer a sheet
            from casefile.desktop.passphrase import RecoverySheetDialog

            RecoverySheetDialog(parent, dialog.created, passphrase).exec()
        try:
            session = Session.open(dialog.created, passphrase)
        except CasefileError as e:
            QMessageBox.warning(parent, self.tr("Casefile"), str(e))
            return None
        return self.show_session(session)

    def open_demo(self, parent: QWidget | None = None) -> MainWindow | None:
        if not self.forms_closed():
            return None
        path = default_demo_path()
        try:
            if not path.exists():
                make_demo(path)
        except (CasefileError, OSError) as e:
            QMessageBox.warning(parent, self.tr("Casefile"), str(e))
            return None
        return self.open_path(path, parent)

    def forms_closed(self) -> bool:
        """Close the forms open over the main window, each asking about typed work first; False
        when the user went back to one (then nothing else is closed or opened)."""
        return self.window is None or self.session is None or self.session.is_locked or self.window.close_forms()

    def close_file(self, show_welcome: bool = True) -> bool:
        """Close the open case file (after its forms); False if the user went back to a form."""
        if not self.forms_closed():
            return False
        if self.window is not None:
            self.window.shutdown()
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.session is not None:
            self.backup_in_background(self.session)
            self.session.close()
            self.session = None
        if show_welcome:
            self.show_welcome()
        return True

    # --- settings -----------------------------------------------------------------------------

    def backup_in_background(self, session: Session) -> Operation | None:
        """The automatic backup when a case file is closed: a rotated copy in the backup folder,
        made on a worker thread with a connection of its own (opened here, before the session
        forgets its passphrase), so closing does not wait for it. A failure is said, never silent."""
        chosen = backup_settings()
        if not chosen.enabled or session.is_locked or session.is_demo:  # the demo is fictional
            return None
        from casefile import backup

        try:
            cf = session.open_connection()
        except CasefileError as e:
            self._backup_failed(str(e))
            return None
        self.backups_made: list[Path] = getattr(self, "backups_made", [])
        self.backup_operation = run_operation(
            lambda worker_cf, _progress, _cancelled: backup.rotate(worker_cf, chosen.folder, chosen.keep),
            open_connection=lambda: cf,
            on_done=self.backups_made.append,
            on_failed=self._backup_failed,
        )
        return self.backup_operation

    def _backup_failed(self, message: str) -> None:
        QMessageBox.warning(
            self.window or self.welcome,
            self.tr("Backup not made"),
            self.tr("The automatic backup could not be made: %1").replace("%1", message),
        )

    def settings(self, parent: QWidget | None = None) -> None:
        dialog = SettingsDialog(parent, self.session.path if self.session is not None else None)
        if not dialog.exec():
            return
        self.set_language(language.configured_language())
        if self.window is not None:
            self.window.apply_settings()

    def set_language(self, lang: str) -> None:
        """Switch language now: windows retranslate themselves on Qt's LanguageChange event."""
        if lang == language.current():
            return
        language.apply(lang)
        if self.welcome is not None:  # built in code only: simplest to build it again
            welcome, self.welcome = self.welcome, None
            welcome.close()
            welcome.deleteLater()
            self.show_welcome()

    def start(self, path: Path | None) -> None:
        """What to show first: the file given, or the welcome window; on the very first run (no
        recent file, no demo yet) the welcome says what the demo is and leads to creating an
        encrypted case file."""
        if path is not None:
            if self.open_path(Path(path)) is None:
                self.show_welcome()
            return
        first_run = not recent_files() and not default_demo_path().exists()
        if first_run:
            # The demo is made now, so it is there to look around in; the welcome says what it is
            # (fictional, not encrypted) and leads to creating an encrypted case file instead.
            try:
                make_demo(default_demo_path())
            except (CasefileError, OSError):
                pass  # the welcome's "Open the demo" tries again and says why if it fails
        self.show_welcome(first_run=first_run)


def run(path: Path | None = None) -> int:
    """Start the desktop app (optionally with a case file) and run until it is closed."""
    app = setup_application()
    install_excepthook()
    controller = CasefileApp()
    app.aboutToQuit.connect(lambda: controller.close_file(show_welcome=False))
    controller.start(Path(path) if path else None)
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()  # the backup made on closing finishes first
    QSettings().sync()
    return int(code)


def main() -> None:
    """The ``casefile-desktop`` entry point: ``casefile-desktop [PATH]``."""
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    raise SystemExit(run(Path(args[0]) if args else None))
