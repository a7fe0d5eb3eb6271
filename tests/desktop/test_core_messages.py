"""Messages the core writes (validation problems, import problems, what a dossier withheld) come
out in the interface language: language.apply() switches the core's gettext catalogue too, and
work done on a worker thread follows it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from casefile import i18n
from casefile.desktop import language
from casefile.desktop.dossier_dialog import DossierDialog
from casefile.desktop.editors import import_dialog, open_editor
from casefile.desktop.editors.transfer import ImportDialog


@pytest.fixture
def persian(app) -> Iterator[None]:
    language.apply("fa")
    yield
    language.apply("en")


@pytest.fixture
def parent(qtbot) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


def _latin(text: str, *identifiers: str) -> list[str]:
    """Latin words left once quoted values ('v-1') and the given identifiers are taken out."""
    text = re.sub(r"'[^']*'", "", text)
    for identifier in sorted(identifiers, key=len, reverse=True):
        text = text.replace(identifier, "")
    return re.findall(r"[A-Za-z]+", text)


def test_language_apply_switches_the_core_messages_too(app) -> None:
    language.apply("fa")
    assert i18n.current_language() == "fa"
    language.apply("en")
    assert i18n.current_language() == "en"


def test_in_persian_a_refused_record_shows_a_persian_message_beside_the_field(qtbot, parent, session, persian) -> None:
    dialog = open_editor(parent, session, "events")
    start = dialog.form.editor("start")
    start.precision_combo.setCurrentIndex(start.precision_combo.findData("other"))
    qtbot.keyClicks(start.raw_edit, "1988-13-45")
    save = dialog.save_button
    x = save.width() - 8 if save.isRightToLeft() else 8
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton, pos=QPoint(x, save.height() // 2))

    title_error = dialog.form.rows["title"].error
    start_error = dialog.form.rows["start"].error
    assert title_error.isVisible() and title_error.text() == "باید پر شود"
    assert start_error.isVisible() and "1988-13-45" in start_error.text()
    assert not _latin(start_error.text())


def test_in_persian_import_problems_found_in_the_background_are_persian(
    qtbot, parent, session, persian, tmp_path: Path
) -> None:
    bad = {
        "format": "casefile-exchange",
        "version": 1,
        "persons": [{"id": "v-new", "name": {"en": "New Person"}, "sex": "unknown-sex"}],
    }
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    import_dialog(parent, session)
    dialog = parent.findChild(ImportDialog)
    dialog.path_edit.setText(str(path))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=10_000)

    (shown,) = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert shown.startswith("persons، شناسه‌ی 'v-new'، خانه‌ی 'sex': مقدار ناشناخته‌ی 'unknown-sex'")
    assert not _latin(shown, "persons", "female", "male", "other", "unknown")


def test_in_persian_the_withheld_summary_made_in_the_background_is_persian(
    qtbot, session, persian, tmp_path: Path
) -> None:
    dialog = DossierDialog(None, session, "v-06", open_url=lambda url: True, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.audience.setCurrentIndex(dialog.audience.findData("un"))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)

    lines = dialog.withheld_lines()
    assert "نام شخص v-06: رضایت خانواده فقط اجازه‌ی آوردن حروف اول نام را می‌دهد" in lines
    for line in lines:
        assert not _latin(line, *re.findall(r"\b[a-z]+-[\w-]+", line)), line
