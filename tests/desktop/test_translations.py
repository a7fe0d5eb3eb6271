"""The one Persian catalogue: complete, compiled, in step with the code, and nothing left in English
on any editor when the app is switched to Persian."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
    QWizardPage,
)

from casefile.desktop import language
from casefile.model import LISTS

ROOT = Path(__file__).parents[2]
TS = ROOT / "resources" / "i18n" / "casefile_fa.ts"
QM = ROOT / "resources" / "i18n" / "casefile_fa.qm"
TOOLS = Path(sys.executable).parent

LATIN = re.compile(r"[A-Za-z]{2,}")
#: Latin words that stay as they are in Persian: the product's name, formats (EDTF dates) and key names.
#: Labels that show data (none now: the Gregorian line under a Persian date is written in Persian too).
DATA_LABELS: set[str] = set()
ALLOWED = {"Casefile", "PDF", "EDTF", "json", "SHA", "Ctrl", "Alt", "Shift", "Left", "Right", "fa", "en"}


def _sources() -> list[str]:
    """Everything ``pyside6-lupdate`` reads: the desktop's Python (not the generated forms) and the .ui files."""
    py = sorted(p for p in (ROOT / "casefile" / "desktop").rglob("*.py") if "forms" not in p.parts)
    return [str(p) for p in py] + [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out[(name, message.findtext("source"))] = message
    return out


def _translated(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    if message.get("numerus") == "yes":
        forms = [f.text or "" for f in translation.iter("numerusform")]
        return bool(forms) and all(f.strip() for f in forms)
    return bool((translation.text or "").strip())


def test_the_persian_catalogue_has_no_unfinished_or_empty_translation() -> None:
    messages = _messages(TS)
    assert len(messages) > 600
    assert [key for key, m in messages.items() if not _translated(m)] == []


def _translations_in(qm: Path, messages: dict[tuple[str, str], ET.Element]) -> dict:
    """What a Persian user reads for every message of the .ts, as Qt looks it up in ``qm``
    (numerus messages for several counts)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm)), qm
    found = {}
    for (context, source), message in messages.items():
        comment = message.findtext("comment")
        counts = (0, 1, 2, 5) if message.get("numerus") == "yes" else (-1,)
        found[(context, source)] = tuple(translator.translate(context, source, comment, n) for n in counts)
    return found


def test_the_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    # Compared by what Qt reads from it, not by bytes: lrelease's output differs between Qt
    # versions the project allows.
    fresh = tmp_path / "casefile_fa.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(fresh)], check=True)
    messages = _messages(TS)
    shipped = _translations_in(QM, messages)
    assert shipped == _translations_in(fresh, messages), "run pyside6-lrelease resources/i18n/casefile_fa.ts"
    assert sum(1 for values in shipped.values() if any(values)) > 600


def test_every_translatable_string_of_the_desktop_is_in_the_catalogue(tmp_path: Path) -> None:
    extracted = tmp_path / "extracted_fa.ts"
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), "-silent", "-no-obsolete", *_sources(), "-ts", str(extracted)], check=True
    )
    in_code, in_catalogue = set(_messages(extracted)), set(_messages(TS))
    assert len(in_code) > 600
    assert sorted(in_code - in_catalogue) == [], "run pyside6-lupdate over casefile/desktop and ui/, then translate"
    assert sorted(in_catalogue - in_code) == [], "strings no longer in the code: run pyside6-lupdate -no-obsolete"


# --- nothing left in English on screen ------------------------------------------------------------


def _visible_texts(top: QWidget) -> list[str]:
    found = [top.windowTitle()]
    for w in [top, *top.findChildren(QWidget)]:
        found += [w.windowTitle(), w.toolTip(), w.accessibleName()]
        if isinstance(w, (QLabel, QAbstractButton)) and w.objectName() not in DATA_LABELS:
            found.append(w.text())
        if isinstance(w, QLineEdit):
            found.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            found.append(w.title())
        if isinstance(w, QTabWidget):
            found += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QWizardPage):
            found += [w.title(), w.subTitle()]
    return [t for t in found if t]


def _english_left(top: QWidget) -> list[str]:
    bad = set()
    for text in _visible_texts(top):
        if [w for w in LATIN.findall(text) if w not in ALLOWED]:
            bad.add(text)
    return sorted(bad)


@pytest.fixture
def persian_app(app, qtbot):
    """The app switched to Persian at run time, as Settings does."""
    language.apply("fa")
    yield app
    language.apply("en")


@pytest.fixture
def parent(qtbot) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.mark.parametrize("kind", LISTS)
def test_every_editor_comes_up_in_persian_right_to_left(persian_app, session, parent, kind) -> None:
    from casefile.desktop.editors import open_editor

    dialog = open_editor(parent, session, kind)
    try:
        assert dialog.isRightToLeft()
        assert _english_left(dialog) == []
    finally:
        dialog.reject()


def test_an_existing_victim_opens_in_persian(persian_app, session, parent) -> None:
    from casefile.desktop.editors import open_editor

    dialog = open_editor(parent, session, "persons", "v-01")
    try:
        assert dialog.form.tabs.tabText(2) == "رضایت خانواده"
        assert _english_left(dialog) == []
    finally:
        dialog.reject()


def test_the_guided_testimony_comes_up_in_persian(persian_app, session, parent, qtbot) -> None:
    from casefile.desktop.editors.wizard import TestimonyWizard

    wizard = TestimonyWizard(parent, session)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.isRightToLeft()
    assert wizard.windowTitle() == "ثبت یک شهادت"
    assert _english_left(wizard) == []


def test_the_dossier_dialog_comes_up_in_persian(persian_app, session, parent, qtbot, tmp_path) -> None:
    dossier_dialog = pytest.importorskip("casefile.desktop.dossier_dialog")
    dialog = dossier_dialog.DossierDialog(parent, session, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.isRightToLeft()
    assert _english_left(dialog) == []


def test_settings_come_up_in_persian(persian_app, parent, qtbot) -> None:
    from casefile.desktop.dialogs import SettingsDialog

    dialog = SettingsDialog(parent)
    qtbot.addWidget(dialog)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert _english_left(dialog) == []
