"""File › Import and File › Export through their dialogs, in the background."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from casefile import exchange, preparing, records
from casefile.desktop.editors import export_dialog, import_dialog
from casefile.desktop.editors.transfer import ExportDialog, ImportDialog


def _start(qtbot, dialog, path) -> None:
    dialog.path_edit.setText(str(path))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=10000)


@pytest.mark.parametrize("in_child", [False, True], ids=["here", "checked-in-a-child"])
def test_a_refused_import_lists_every_problem_and_changes_nothing(
    qtbot, parent, session, tmp_path, monkeypatch, in_child
):
    # a large document is checked in a child while it is written: the same problems, nothing kept
    monkeypatch.setattr(preparing, "AHEAD_MIN_BYTES", 1 if in_child else 10**12)
    bad = {
        "format": "casefile-exchange",
        "version": 1,
        "persons": [{"id": "v-new", "name": {"en": "New Person"}, "sex": "unknown-sex"}],
        "acts": [{"id": "a-new", "victim": "v-missing", "type": "arrest"}],
    }
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    before = records.state_fingerprint(session.cf)

    import_dialog(parent, session)
    dialog = parent.findChild(ImportDialog)
    _start(qtbot, dialog, path)

    shown = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert dialog.problems.isVisible() and "Nothing was imported" in dialog.status.text()
    assert any("v-new" in p and "sex" in p for p in shown)
    assert not any("v-missing" in p for p in shown)  # the document's own faults first, as always
    assert records.state_fingerprint(session.cf) == before
    assert records.get(session.cf, "v-new") is None


@pytest.mark.parametrize("in_child", [False, True], ids=["here", "made-ready-in-a-child"])
def test_an_import_adds_the_records_and_tells_the_views(qtbot, parent, session, tmp_path, monkeypatch, in_child):
    # read record by record as the command line reads it; a large document is made ready in a child
    monkeypatch.setattr(preparing, "AHEAD_MIN_BYTES", 1 if in_child else 10**12)
    doc = {"format": "casefile-exchange", "version": 1, "places": [{"id": "pl-new", "name": {"en": "Qezel Hesar"}}]}
    path = tmp_path / "good.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    dialog = ImportDialog(parent, session)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(session.changed, timeout=10000) as changed:
        _start(qtbot, dialog, path)
    assert "pl-new" in changed.args[0]
    assert records.require(session.cf, "pl-new").data["name"] == {"en": "Qezel Hesar"}
    assert "1 added" in dialog.status.text()


def test_export_writes_the_whole_case_file(qtbot, parent, session, tmp_path):
    export_dialog(parent, session)
    dialog = parent.findChild(ExportDialog)
    target = tmp_path / "out.json"
    _start(qtbot, dialog, target)
    assert "Exported" in dialog.status.text()
    doc = exchange.load_document(target.read_bytes())
    assert len(doc["persons"]) == records.count(session.cf, "persons")
    assert not (tmp_path / "out.json.part").exists()
