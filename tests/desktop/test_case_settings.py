"""File ▸ Case settings…: title and submitter saved in the case file (audited), as dossiers need."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox

from casefile import audit, records
from casefile.desktop.case_settings import CaseSettingsDialog
from casefile.desktop.session import Session
from casefile.store import CaseFile
from tests.desktop.editors.helpers import click_in_box


def test_a_new_case_file_gets_its_title_and_submitter(app, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "family.casefile"
    session = Session(CaseFile.create(path, "four unrelated words here"), "four unrelated words here")
    from casefile.desktop.main_window import MainWindow

    window = MainWindow(session)
    qtbot.addWidget(window)
    assert window.actionCaseSettings in window.ui.menuFile.actions()
    window.actionCaseSettings.trigger()
    dialog = window.case_settings_dialog
    assert isinstance(dialog, CaseSettingsDialog) and dialog.isVisible()
    assert set(dialog.submitter) >= {"name", "organization", "contact", "relationship", "confidential"}
    dialog.title.setText("Karimi family case")
    dialog.submitter["name"].setText("Shirin Karimi")
    dialog.submitter["organization"].setText("Justice for Iran (example)")
    dialog.submitter["contact"].setText("shirin@example.org")
    dialog.submitter["relationship"].setText("sister")
    confidential = dialog.submitter["confidential"]
    assert isinstance(confidential, QCheckBox)
    confidential.setChecked(True)
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    window.shutdown()
    session.close()

    with CaseFile.open(path, "four unrelated words here") as cf:  # in the file, after reopening
        assert records.case_settings(cf) == {
            "title": "Karimi family case",
            "submitter": {
                "name": "Shirin Karimi",
                "organization": "Justice for Iran (example)",
                "contact": "shirin@example.org",
                "relationship": "sister",
                "confidential": True,
            },
        }
        assert [e.action for e in audit.entries(cf)] == ["settings"]  # audited, like any change


def test_cancel_with_changes_asks_first(app, qtbot, session) -> None:
    before = records.case_settings(session.cf)
    dialog = CaseSettingsDialog(None, session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.title.text() == before["title"]  # the demo's own settings are shown
    dialog.submitter["contact"].setText("someone@example.org")
    click_in_box(qtbot, "goBack")
    dialog.reject()
    assert dialog.isVisible()
    click_in_box(qtbot, "discardDraft")
    dialog.reject()
    assert not dialog.isVisible() and records.case_settings(session.cf) == before
