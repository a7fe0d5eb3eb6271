"""Fixtures for the editor tests: a real encrypted case file with the demo data, and its session.

Qt runs offscreen (set before Qt is imported). The Vazirmatn font is registered so Persian text
renders in grabs.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from casefile.sample import fill_with_sample  # noqa: E402
from casefile.store import CaseFile  # noqa: E402

PASSPHRASE = "pw"


@pytest.fixture
def case_file(tmp_path):
    cf = CaseFile.create(tmp_path / "case.casefile", PASSPHRASE)
    fill_with_sample(cf)
    yield cf
    try:
        cf.close()
    except Exception:
        pass


@pytest.fixture
def session(qapp, case_file):
    from casefile.desktop.session import Session

    s = Session(case_file, PASSPHRASE)
    yield s
    s.undo_stack.clear()


@pytest.fixture
def parent(qtbot):
    from PySide6.QtWidgets import QWidget

    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def persian(qapp, tmp_path):
    """The interface in Persian: the editors' Persian catalogue, Persian locale, right to left,
    and the bundled Vazirmatn font."""
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtCore import QLocale, Qt, QTranslator
    from PySide6.QtGui import QFont, QFontDatabase

    from casefile.resources import resource_path

    ts = Path(__file__).parents[3] / "casefile" / "desktop" / "editors" / "i18n" / "editors_fa.ts"
    qm = tmp_path / "editors_fa.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    QFontDatabase.addApplicationFont(str(resource_path("fonts", "Vazirmatn-Regular.ttf")))
    old_font, old_locale = qapp.font(), QLocale()
    qapp.setFont(QFont("Vazirmatn", 10))
    QLocale.setDefault(QLocale(QLocale.Language.Persian, QLocale.Country.Iran))
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield translator
    qapp.removeTranslator(translator)
    QLocale.setDefault(old_locale)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.setFont(old_font)
