"""Persian: right to left, Persian digits and Jalali dates, and no English left on screen."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QLineEdit, QWidget

from casefile.desktop import language
from casefile.desktop.dialogs import SettingsDialog

LATIN = re.compile(r"[A-Za-z]{2,}")
#: Strings that stay as they are in Persian: the product's name, the PDF format, key names, file names (data).
ALLOWED = {"Casefile", "PDF", "Ctrl", "Alt", "Left", "Right"}


def _visible_strings(window) -> list[str]:
    found: list[str] = [window.windowTitle()]
    for w in window.findChildren(QWidget):
        found += [w.toolTip(), w.accessibleName(), w.windowTitle()]
        if isinstance(w, (QLabel, QAbstractButton)):
            found.append(w.text())
        if isinstance(w, QLineEdit):
            found.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            found.append(w.title())
        for action in w.actions():
            found += [action.text(), action.toolTip()]
            if action.menu():
                found.append(action.menu().title())
    nav = window.ui.navigator
    found += [nav.item(i).text() for i in range(nav.count())]
    model = window.model
    found += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return [s for s in found if s]


def _untranslated(strings: list[str], file_name: str = "sample.casefile") -> list[str]:
    bad = []
    for s in strings:
        s = s.replace(file_name, "")  # data, not interface
        words = [w for w in LATIN.findall(s) if w not in ALLOWED]
        if words:
            bad.append(s)
    return sorted(set(bad))


def test_persian_is_right_to_left_and_leaves_no_english_on_screen(window, qtbot) -> None:
    window.show_record("v-01")
    language.apply("fa")
    try:
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.ui.navigator.item(0).text() == "قربانیان"
        assert _untranslated(_visible_strings(window)) == []
        status = window.status_label.text()
        assert "رمزگذاری‌شده" in status and re.search("[۰-۹]", status) and not re.search("[0-9]", status)
        page = window.ui.detail.toPlainText()
        assert "۸ مرداد ۱۳۶۷" in page  # the execution date, Jalali with Persian digits
        assert "آنچه بر او گذشت" in page
        window.ui.actionLock.trigger()
        assert _untranslated(_visible_strings(window)) == []
    finally:
        language.apply("en")
    assert window.ui.navigator.item(0).text() == "Victims"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_switching_language_in_settings_takes_effect_at_once(window, qtbot) -> None:
    from casefile.desktop.app import CasefileApp

    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fa"))
    dialog.save()
    controller = CasefileApp()
    try:
        controller.set_language(language.configured_language())
        assert language.current() == "fa"
        assert window.ui.menuFile.title() == "&پرونده"
        assert window.ui.recordTable.model().headerData(0, Qt.Orientation.Horizontal) == "نام"
    finally:
        language.apply("en")


def test_switching_language_relabels_every_list_field_and_value(app) -> None:
    """The desktop reads the vocabulary in the interface language: a switch to Persian re-labels
    everything at once (that every word has a Persian form is tests/test_vocabulary.py's)."""
    from casefile import vocabulary
    from casefile.desktop import labels

    values = [(path, v) for path, f in vocabulary.enumerated_fields() for v in f.values]
    assert labels.value_choice("enforced_disappearance") == "Enforced disappearance"
    assert labels.value_choice("other", "acts.type") == "Other act" and labels.list_name("acts") == "Act"
    language.apply("fa")
    try:
        shown = [labels.list_name(k) for k in vocabulary.LISTS] + [labels.field_name(f) for f in vocabulary.FIELDS]
        shown += [labels.value_choice(v, path) for path, v in values] + [labels.value_name(True)]
        shown += [labels.language_name("en")]
        assert _untranslated(shown) == ["SHA-256"]  # the name of the checksum, in any language
        assert labels.value_name("detention", "acts.type") == "حبس" and labels.value_name(False) == "خیر"
    finally:
        language.apply("en")
    assert labels.value_name("detention", "acts.type") == "detention"


def test_every_list_name_shows_whole_in_either_language(window, qtbot) -> None:
    # "Relatives and witnesses" was cut off in English, with a scroll bar under the lists
    nav = window.ui.navigator
    for lang in ("en", "fa"):
        language.apply(lang)
        try:
            qtbot.waitUntil(lambda: nav.viewport().width() > 0)
            nav.resize(nav.minimumWidth(), nav.height())
            for i in range(nav.count()):
                item = nav.item(i)
                assert nav.fontMetrics().horizontalAdvance(item.text()) < nav.viewport().width(), (lang, item.text())
            assert nav.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        finally:
            language.apply("en")
