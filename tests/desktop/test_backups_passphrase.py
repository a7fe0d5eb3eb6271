"""Backups and the passphrase in the desktop: a rotating backup each time a case file is closed
(made off the UI thread), "last backup" shown, File ▸ Change passphrase… all or nothing, and the
recovery sheet offered when an encrypted case file is created. Real encrypted files throughout."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from casefile import records
from casefile.desktop.app import CasefileApp
from casefile.desktop.dialogs import SettingsDialog, backup_settings
from casefile.desktop.passphrase import ChangePassphraseDialog, RecoverySheetDialog
from casefile.desktop.session import Session
from casefile.errors import WrongPassphrase
from casefile.store import CaseFile
from tests.desktop.editors.helpers import when_modal

PASSPHRASE = "pw"


def _use_backup_folder(folder: Path, keep: int = 5) -> None:
    settings = QSettings()
    settings.setValue("backup/enabled", "true")
    settings.setValue("backup/folder", str(folder))
    settings.setValue("backup/keep", keep)


def _close_and_wait(controller: CasefileApp, qtbot) -> Path:
    controller.close_file(show_welcome=False)
    operation = controller.backup_operation
    qtbot.waitUntil(operation.finished_event.is_set, timeout=10_000)
    qtbot.waitUntil(lambda: bool(controller.backups_made), timeout=5_000)
    return controller.backups_made.pop()


def test_closing_a_case_file_leaves_a_rotating_encrypted_backup(app, qtbot, case_path: Path, tmp_path: Path):
    folder = tmp_path / "usb-stick"
    _use_backup_folder(folder, keep=1)
    made = []
    for _ in range(2):
        controller = CasefileApp()
        controller.show_session(Session(CaseFile.open(case_path, PASSPHRASE), PASSPHRASE))
        made.append(_close_and_wait(controller, qtbot))
    assert sorted(folder.iterdir()) == [made[-1]]  # the older one went
    with CaseFile.open(made[-1], PASSPHRASE) as copy:  # same passphrase, same records
        with CaseFile.open(case_path, PASSPHRASE) as original:
            assert records.count(copy) == records.count(original)
    with pytest.raises(WrongPassphrase):
        CaseFile.open(made[-1], "not the passphrase")
    assert (made[-1].stat().st_mode & 0o777) == 0o600


def test_settings_keep_the_backup_choices_and_say_when_the_last_backup_was(app, qtbot, case_path, tmp_path):
    folder = tmp_path / "backups"
    dialog = SettingsDialog(None, case_path)
    qtbot.addWidget(dialog)
    dialog.backup_folder.setText(str(folder))
    assert dialog.last_backup.text() == "No backup of this case file yet"
    dialog.backup_keep.setValue(7)
    dialog.save()
    assert backup_settings().folder == folder and backup_settings().keep == 7 and backup_settings().enabled

    from casefile import backup

    with CaseFile.open(case_path, PASSPHRASE) as cf:
        backup.rotate(cf, folder, 7)
    again = SettingsDialog(None, case_path)
    qtbot.addWidget(again)
    assert again.last_backup.text().startswith("Last backup: ")


def test_the_status_bar_says_when_the_last_backup_was(window, tmp_path) -> None:
    _use_backup_folder(tmp_path / "none-yet")
    window._update_status()
    assert "No backup of this case file yet" in window.status_label.text()


def test_changing_the_passphrase_is_all_or_nothing_and_the_window_goes_on(window, session, qtbot, case_path):
    window.actionChangePassphrase.trigger()
    dialog = window.passphrase_dialog
    assert isinstance(dialog, ChangePassphraseDialog) and dialog.isVisible()
    assert "cannot be recovered" in dialog.findChildren(type(dialog.message))[0].text()
    dialog.current.setText("wrong")
    dialog.new.setText("four unrelated words here")
    dialog.repeat.setText("four unrelated words here")
    dialog.change()
    assert "not right" in dialog.message.text() and dialog.isVisible()
    CaseFile.open(case_path, PASSPHRASE).close()  # nothing changed

    dialog.current.setText(PASSPHRASE)
    dialog.change()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert dialog.changed
    with pytest.raises(WrongPassphrase):
        CaseFile.open(case_path, PASSPHRASE)
    with CaseFile.open(case_path, "four unrelated words here") as cf:
        count = records.count(cf)
    assert records.count(session.cf) == count  # the window goes on with the file
    assert window.model.wait_until_loaded()
    assert window.search is not None and window.model.rowCount() > 0
    assert session.open_connection().close() is None  # workers open it with the new passphrase


def test_a_failed_change_leaves_the_old_passphrase(window, session, qtbot, case_path, monkeypatch):
    other = CaseFile.open(case_path, PASSPHRASE)  # the file is open in another program
    try:
        window.actionChangePassphrase.trigger()
        dialog = window.passphrase_dialog
        dialog.current.setText(PASSPHRASE)
        dialog.new.setText("four unrelated words here")
        dialog.repeat.setText("four unrelated words here")
        dialog.change()
        qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=20_000)
        assert "was not changed" in dialog.message.text() and not dialog.changed
    finally:
        other.close()
    CaseFile.open(case_path, PASSPHRASE).close()
    assert records.count(session.cf) > 0
    dialog.reject()


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", out).split())  # "ﬁ" ligatures, wrapped lines


def test_the_recovery_sheet_says_a_lost_passphrase_cannot_be_recovered(app, qtbot, tmp_path):
    case = tmp_path / "family.casefile"
    dialog = RecoverySheetDialog(None, case, "correct horse battery staple")
    qtbot.addWidget(dialog)
    sheet = dialog.save(tmp_path / "sheet.pdf", "pdf")
    text = _pdf_text(sheet)
    assert "family.casefile" in text and "nobody can recover a lost passphrase" in text
    assert "correct horse" not in text  # a line to write it by hand, unless asked
    assert (sheet.stat().st_mode & 0o777) == 0o600
    dialog.include.setChecked(True)
    plain = dialog.save(tmp_path / "sheet.txt", "txt")
    assert "correct horse battery staple" in plain.read_text(encoding="utf-8")


def test_creating_an_encrypted_file_offers_the_recovery_sheet(app, qtbot, tmp_path, monkeypatch):
    from casefile.desktop import app as app_module

    target = tmp_path / "new.casefile"

    class Created:
        def __init__(self, _parent) -> None:
            self.created, self.passphrase_used = target, "four unrelated words here"

        def exec(self) -> bool:
            CaseFile.create(target, self.passphrase_used).close()
            return True

    monkeypatch.setattr(app_module, "NewCaseFileDialog", Created)
    seen: list[str] = []

    def answer(dialog: RecoverySheetDialog) -> None:
        seen.append(dialog.findChild(type(dialog.result), "warningLabel").text())
        dialog.accept()

    when_modal(RecoverySheetDialog, answer)
    controller = CasefileApp()
    window = controller.new_file()
    assert window is not None and window.session.encrypted
    assert seen and "there is no way to recover it" in seen[0]
    controller.close_file(show_welcome=False)
