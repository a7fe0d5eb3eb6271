"""File › Make dossier…: a real PDF made off the UI thread, cancel, refusal, and the way in from
the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl

from casefile import exchange
from casefile.desktop.dossier_dialog import DossierDialog, default_file_name
from casefile.dossier import make_dossier

N_BIG = 3000


def _dialog(qtbot, session, subject: str | None, tmp_path: Path, opened: list | None = None) -> DossierDialog:
    opened = [] if opened is None else opened
    dialog = DossierDialog(
        None, session, subject, open_url=lambda url: opened.append(url) or True, folder=tmp_path / "Documents"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _choose(dialog: DossierDialog, audience: str, lang: str = "en") -> None:
    dialog.audience.setCurrentIndex(dialog.audience.findData(audience))
    dialog.language.setCurrentIndex(dialog.language.findData(lang))


def _pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    return len(reader.pages), "\n".join(page.extract_text() or "" for page in reader.pages)


def _big_event_document(n: int) -> dict:
    return {
        "format": "casefile-exchange",
        "version": 1,
        "events": [{"id": "ev-big", "title": {"en": "Big event", "fa": "رویداد بزرگ"}, "kind": "mass_execution"}],
        "persons": [{"id": f"bv-{i}", "name": {"en": f"Victim {i}", "fa": f"قربانی {i}"}} for i in range(n)],
        "acts": [
            {"id": f"ba-{i}", "victim": f"bv-{i}", "type": "execution", "event": "ev-big", "date": "1988-08"}
            for i in range(n)
        ],
    }


def test_victim_dossier_for_the_un_is_written_and_lists_what_was_withheld(qtbot, session, tmp_path) -> None:
    opened: list[QUrl] = []
    dialog = _dialog(qtbot, session, "v-06", tmp_path, opened)
    _choose(dialog, "un")
    target = tmp_path / "Documents" / default_file_name(session, "v-06", "un", "en")
    assert Path(dialog.path_edit.text()) == target  # the default name follows the choices

    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)

    assert target.exists() and not dialog.is_busy
    pages, text = _pdf_text(target)
    assert pages > 1 and pages == dialog.result.pages
    assert "A. M." in text  # the family's consent allows initials only
    assert "Moradi" not in text
    # what the dialog shows is what the core reports, for the sender only
    expected = make_dossier(session.cf, person="v-06", audience="un", lang="en", output=tmp_path / "again.pdf")
    assert dialog.withheld_lines() == DossierDialog.withheld_lines_of(expected)
    assert any("initials only" in line for line in dialog.withheld_lines())
    assert not dialog.error.isVisible()

    assert dialog.open_button.isVisible()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(target))]


def test_cancel_during_a_long_event_dossier_leaves_no_file(qtbot, session, tmp_path) -> None:
    exchange.import_document(session.cf, _big_event_document(N_BIG))
    dialog = _dialog(qtbot, session, "ev-big", tmp_path)
    _choose(dialog, "un")
    target = tmp_path / "out" / "big.pdf"
    dialog.path_edit.setText(str(target))

    dialog.start()
    assert dialog.is_busy and dialog.cancel_button.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=10_000)

    assert dialog.result is None
    assert "No file was written" in dialog.status.text()
    assert not target.exists()
    assert not target.parent.exists() or list(target.parent.iterdir()) == []  # no temporary file either
    assert dialog.start_button.isEnabled()  # and it can be made again


def test_public_dossier_of_a_restricted_victim_is_refused_and_writes_nothing(qtbot, session, tmp_path) -> None:
    dialog = _dialog(qtbot, session, "v-02", tmp_path)
    _choose(dialog, "public")
    target = Path(dialog.path_edit.text())
    assert target.name == default_file_name(session, "v-02", "public", "en")
    assert "v-02" not in target.name and target.name.startswith("dossier-V-")  # no record id in a file name

    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=10_000)

    assert dialog.error.isVisible()
    message = dialog.error.text()
    assert "v-02 is marked restricted" in message and "public dossier on it is refused" in message
    assert "Traceback" not in message
    assert dialog.result is None and not dialog.open_button.isVisible()
    assert not target.parent.exists() or list(target.parent.iterdir()) == []


def test_a_subject_that_cannot_have_a_dossier_is_said_plainly(qtbot, session, tmp_path) -> None:
    dialog = _dialog(qtbot, session, None, tmp_path)
    dialog.start()
    assert "Choose the victim, official or event" in dialog.error.text()
    dialog.subject.set_value("w-01")  # a witness
    dialog.start()
    assert "none of these" in dialog.error.text() and not dialog.is_busy


def test_subject_picker_offers_victims_officials_and_events_only(qtbot, session, tmp_path) -> None:
    dialog = _dialog(qtbot, session, None, tmp_path)
    ids = [rid for rid, _label in dialog.subject.candidates("")]
    assert "v-01" in ids and "p-raisi" in ids and "ev-1988-massacre" in ids
    assert "w-01" not in ids
    assert [rid for rid, _ in dialog.subject.candidates("Karimi")] == ["v-01"]


@pytest.mark.parametrize("record_id", ["v-01", "p-raisi", "ev-1988-massacre"])
def test_main_window_action_opens_the_dialog_on_the_record_shown(qtbot, window, record_id) -> None:
    window.show_record(record_id)
    assert window.actionMakeDossier.isEnabled()
    assert window.actionMakeDossier in window.ui.menuFile.actions()
    assert window.actionMakeDossier in window.ui.mainToolBar.actions()
    window.actionMakeDossier.trigger()
    dialog = window.dossier_dialog
    qtbot.waitExposed(dialog)
    try:
        assert dialog.subject.value() == record_id
        assert Path(dialog.path_edit.text()).name == default_file_name(window.session, record_id, "un", "en")
        assert record_id not in dialog.path_edit.text()
    finally:
        dialog.reject()


def test_detail_page_link_asks_for_a_dossier_on_that_record(qtbot, window) -> None:
    window.show_record("p-raisi")
    assert 'href="dossier:p-raisi"' in window.ui.detail.toHtml()
    window.show_record("w-01")
    assert "dossier:" not in window.ui.detail.toHtml()  # a witness is no dossier subject
    window.ui.detail.anchorClicked.emit(QUrl("dossier:v-01"))
    dialog = window.dossier_dialog
    try:
        assert dialog.subject.value() == "v-01"
    finally:
        dialog.reject()


def test_locking_closes_the_dialog(qtbot, window) -> None:
    window.show_record("v-01")
    window.actionMakeDossier.trigger()
    dialog = window.dossier_dialog
    qtbot.waitExposed(dialog)
    window.lock()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
