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
def persian(qapp):
    """The interface in Persian exactly as the app switches to it (the one shared catalogue
    ``resources/i18n/casefile_fa.qm``, Persian locale, right to left), with the bundled Vazirmatn font."""
    from PySide6.QtGui import QFont, QFontDatabase

    from casefile.desktop import language
    from casefile.resources import resource_path

    QFontDatabase.addApplicationFont(str(resource_path("fonts", "Vazirmatn-Regular.ttf")))
    old_font = qapp.font()
    qapp.setFont(QFont("Vazirmatn", 10))
    language.apply("fa")
    yield
    language.apply("en")
    qapp.setFont(old_font)
