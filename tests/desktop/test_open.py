"""Opening: first run, creating a case file, passphrases (wrong, then right), recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from casefile import records
from casefile.desktop.app import CasefileApp
from casefile.desktop.dialogs import NewCaseFileDialog, PassphraseDialog, open_case_file, passphrase_strength
from casefile.store import CaseFile, is_plain


def _answer_passphrase_dialog(qtbot, answers: list[str], seen_errors: list[str]) -> None:
    """Type each answer into the passphrase dialog when it shows up, noting the error shown."""

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, step)
            return
        dialog.passphrase.setText(answers.pop(0))
        dialog.try_passphrase()
        if dialog.isVisible():
            seen_errors.append(dialog.error.text())
            if answers:
                QTimer.singleShot(0, step)
            else:
                dialog.reject()

    QTimer.singleShot(0, step)


def test_first_run_greets_and_leads_to_an_encrypted_case_file(app, qtbot, tmp_path: Path) -> None:
    controller = CasefileApp()
    controller.start(None)
    demo = tmp_path / "data" / "demo.casefile"
    welcome = controller.welcome
    assert welcome is not None and controller.window is None and welcome.first_run
    qtbot.addWidget(welcome)
    # the demo is made on the first run, as the README promises, and only a plain file of fictional people
    assert demo.exists() and is_plain(demo)
    assert welcome.new_button.text() == "&Create my encrypted case file…" and welcome.new_button.isDefault()
    assert "fictional people" in welcome.demo_note.text() and "not encrypted" in welcome.demo_note.text()

    # looking at the demo first: it says everywhere that it is fictional and not encrypted
    welcome.demo_button.click()
    window = controller.window
    assert window is not None and demo.exists() and is_plain(demo)
    qtbot.addWidget(window)
    assert window.session.is_demo
    assert "demo: fictional people, not encrypted" in window.windowTitle()
    assert "demo of fictional people, not encrypted" in window.status_label.text()
    assert window.model.wait_until_loaded() and window.model.rowCount() == 12  # the sample's victims
    assert window.ui.actionLock.text() == "&Hide the case file"
    window.lock()
    assert "protects nothing" in window.ui.lockHint.text() and "not locked" in window.ui.lockTitle.text()
    window.unlock()
    controller.close_file(show_welcome=True)
    assert controller.welcome is not None and not controller.welcome.first_run  # only the very first time
    assert [p.name for p in _recent()] == ["demo.casefile"]
    controller.welcome.close()


def test_an_encrypted_file_says_locked_and_a_plain_one_says_not_encrypted(window, qtbot, tmp_path: Path) -> None:
    from casefile.desktop.main_window import MainWindow
    from casefile.desktop.session import Session

    assert window.windowTitle() == "Casefile — sample.casefile"
    assert window.ui.actionLock.text() == "&Lock now"
    plain = Session(CaseFile.create(tmp_path / "practice.casefile", None), None)
    other = MainWindow(plain)
    qtbot.addWidget(other)
    assert other.windowTitle() == "Casefile — practice.casefile (not encrypted)"
    assert "not encrypted" in other.status_label.text()
    assert "not encrypted" in other.ui.actionLock.toolTip()
    other.shutdown()
    plain.close()


def _recent() -> list[Path]:
    from casefile.desktop.welcome import recent_files

    return recent_files()


def test_welcome_window_shows_when_a_demo_already_exists_and_nothing_is_recent(app, qtbot, tmp_path: Path) -> None:
    demo = tmp_path / "data" / "demo.casefile"
    demo.parent.mkdir()
    CaseFile.create(demo, None).close()
    controller = CasefileApp()
    controller.start(None)
    assert controller.window is None and controller.welcome is not None
    qtbot.addWidget(controller.welcome)
    assert controller.welcome.new_button.isEnabled() and controller.welcome.demo_button.isEnabled()


def test_new_case_file_is_encrypted_with_the_passphrase_typed_twice(app, qtbot, tmp_path: Path) -> None:
    dialog = NewCaseFileDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    target = tmp_path / "family.casefile"
    dialog.path_edit.setText(str(target))
    assert dialog.warning.isVisible() or not dialog.isVisible()
    assert "cannot" in dialog.warning.text() or "no way to recover" in dialog.warning.text()
    dialog.passphrase.setText("four unrelated words here")
    dialog.repeat.setText("four unrelated words hare")
    dialog.create()
    assert "not the same" in dialog.error.text() and not target.exists()
    dialog.repeat.setText("four unrelated words here")
    assert dialog.strength.text() == "Strong."
    dialog.create()
    assert dialog.created == target and not is_plain(target)
    assert dialog.passphrase.text() == ""  # not kept in the widget after use
    CaseFile.open(target, "four unrelated words here").close()


def test_no_encryption_is_possible_with_a_warning(app, qtbot, tmp_path: Path) -> None:
    dialog = NewCaseFileDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(tmp_path / "practice.casefile"))
    dialog.no_encryption.setChecked(True)
    assert dialog.plain_warning.isVisible() and not dialog.passphrase.isEnabled()
    dialog.create()
    assert is_plain(tmp_path / "practice.casefile")


def test_passphrase_strength_hint_prefers_long_passphrases() -> None:
    assert passphrase_strength("abc") == 0
    assert passphrase_strength("Tr0ub4dor&3") == 1
    assert passphrase_strength("correct horse battery staple") == 3


def test_wrong_passphrase_says_so_and_the_right_one_then_opens(app, qtbot, case_path: Path) -> None:
    errors: list[str] = []
    _answer_passphrase_dialog(qtbot, ["wrong", "pw"], errors)
    session = open_case_file(None, case_path)
    assert errors == ["That passphrase does not open this case file. Check it and try again."]
    assert session is not None and session.encrypted
    assert records.count(session.cf, "persons", role="victim") == 12
    session.close()


def test_opening_derives_the_key_once(app, qtbot, case_path: Path, monkeypatch) -> None:
    # SQLCipher derives a key from a passphrase (0.3-1 s); the desktop derives it itself once
    # (its workers need the key) and opens every connection with that key, the first one too.
    import hashlib

    derivations: list[int] = []
    passphrases: list[str] = []
    real_kdf, real_connect = hashlib.pbkdf2_hmac, CaseFile._connect

    def counted_kdf(*args, **kwargs):
        derivations.append(1)
        return real_kdf(*args, **kwargs)

    def connect(path, passphrase):
        if isinstance(passphrase, str):
            passphrases.append(passphrase)
        return real_connect(path, passphrase)

    monkeypatch.setattr(hashlib, "pbkdf2_hmac", counted_kdf)
    monkeypatch.setattr(CaseFile, "_connect", staticmethod(connect))
    _answer_passphrase_dialog(qtbot, ["pw"], [])
    session = open_case_file(None, case_path)
    assert session is not None and records.count(session.cf, "persons", role="victim") == 12
    assert len(derivations) == 1 and passphrases == []  # one derivation, none by SQLCipher
    with session.open_connection() as worker:
        assert records.count(worker, "persons", role="victim") == 12
    session.close()


def test_giving_up_on_the_passphrase_opens_nothing(app, qtbot, case_path: Path) -> None:
    errors: list[str] = []
    _answer_passphrase_dialog(qtbot, ["wrong"], errors)
    assert open_case_file(None, case_path) is None
    assert len(errors) == 1


def test_recent_files_remember_paths_never_passphrases(app, qtbot, case_path: Path) -> None:
    controller = CasefileApp()
    _answer_passphrase_dialog(qtbot, ["pw"], [])
    window = controller.open_path(case_path)
    assert window is not None
    qtbot.addWidget(window)
    settings = QSettings()
    stored = {key: settings.value(key) for key in settings.allKeys()}
    assert str(case_path.resolve()) in str(stored["recent_files"])
    assert "pw" not in [str(v) for v in stored.values()] and "'pw'" not in str(stored)
    controller.close_file(show_welcome=False)
