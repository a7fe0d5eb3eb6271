"""Desktop tests: real widgets, offscreen, over real case files made in tmp_path."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported anywhere

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

import casefile.desktop  # noqa: E402, F401  (applies the PySide6/CPython 3.11 None workaround first)
from casefile.sample import fill_with_sample  # noqa: E402
from casefile.store import CaseFile  # noqa: E402

PASSPHRASE = "pw"


@pytest.fixture(scope="session", autouse=True)
def _private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep QSettings (recent files, language) out of the real user's settings."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("settings")))


@pytest.fixture(autouse=True)
def _backups_in_the_test_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Backups made when a test closes a case file go to the test's folder, never the user's."""
    from casefile.desktop import dialogs

    monkeypatch.setattr(dialogs, "default_backup_folder", lambda: tmp_path / "backups")


@pytest.fixture
def app(qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator:
    """The application set up as ``casefile`` sets it up, in English, with a private demo path."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from casefile.desktop import app as app_module
    from casefile.desktop import language

    monkeypatch.setattr(app_module, "default_demo_path", lambda: tmp_path / "data" / "demo.casefile")
    QCoreApplication.setOrganizationName("Casefile")
    QCoreApplication.setApplicationName("Casefile")
    QSettings().clear()
    QSettings().setValue("language", "en")
    app_module.setup_application()
    yield qapp
    language.apply("en")


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    """An encrypted case file holding the sample case (passphrase ``pw``)."""
    path = tmp_path / "sample.casefile"
    cf = CaseFile.create(path, PASSPHRASE)
    fill_with_sample(cf)
    cf.close()
    return path


@pytest.fixture
def session(app, case_path: Path) -> Iterator:
    from casefile.desktop.session import Session

    s = Session(CaseFile.open(case_path, PASSPHRASE), PASSPHRASE)
    yield s
    s.close()


@pytest.fixture
def window(qtbot, session) -> Iterator:
    from casefile.desktop.main_window import MainWindow

    w = MainWindow(session)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.model.wait_until_loaded()  # the list is read in the background
    yield w
    w.shutdown()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """Before pytest-qt closes a test's widgets, forms left open with typed work are told to close
    without asking (the question before closing is tested on its own)."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        for widget in QApplication.allWidgets():
            if hasattr(widget, "confirm_close"):
                widget.confirm_close = False
    return (yield)
