"""A save while another program writes the case file: the editor waits, then says the file is busy
and keeps the edit in the form; once the other program is done, the same save goes through."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from casefile import records, store
from casefile.desktop.editors import open_editor
from casefile.store import CaseFile
from tests.desktop.conftest import PASSPHRASE
from tests.support.helpers import child_env

_HOLD_LOCK = """
import sys, sqlcipher3
conn = sqlcipher3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA key = '" + sys.argv[2] + "'")  # the key as Casefile makes it
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO case_settings (key, value) VALUES ('lock-holder', 'x')")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


def test_save_while_another_process_writes_keeps_the_edit_and_says_the_file_is_busy(
    qtbot, app, case_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from casefile.desktop.session import Session

    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 300)  # read when the session's connection is made
    session = Session(CaseFile.open(case_path, PASSPHRASE), PASSPHRASE)
    parent = QWidget()
    qtbot.addWidget(parent)
    person = records.list_rows(session.cf, "persons", limit=1)[0].id
    dialog = open_editor(parent, session, "persons", person)
    dialog.form.editor("notes").set_value("Typed while another program was writing.")
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(case_path), store.normalise_passphrase(PASSPHRASE)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=child_env(None),
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert dialog.save() is False
        assert dialog.isVisible()
        assert dialog.general_error.isVisible()
        assert "the file is busy (another program is writing it); try again" in dialog.general_error.text()
        assert dialog.form.editor("notes").value() == "Typed while another program was writing."
        assert records.require(session.cf, person).data.get("notes") != "Typed while another program was writing."
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    assert dialog.save() is True  # the same edit, saved once the other program is done
    assert records.require(session.cf, person).data["notes"] == "Typed while another program was writing."
    dialog.reject()
    session.close()
