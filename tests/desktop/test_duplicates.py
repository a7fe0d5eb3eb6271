"""The duplicates review queue (Edit › Find duplicates…) and the warning while a new person's name
is typed, with real widgets over a real encrypted case file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from casefile import decisions, exchange, records
from casefile.store import CaseFile
from tests.desktop.conftest import PASSPHRASE
from tests.support.documents import minimal_document

PERSONS = [
    {"id": "v-1", "name": {"fa": "محمدرضا کریمی"}, "father_name": {"fa": "حسین"}, "birth": "1961", "sex": "male"},
    {"id": "v-2", "name": {"en": "Karimy Mohammad Reza"}, "father_name": {"en": "Hosein"}, "birth": "1962"},
    {"id": "v-3", "name": {"fa": "فاطمه رضایی"}, "birth": "1958", "sex": "female"},
    {"id": "v-4", "name": {"en": "Fatemeh Rezai"}, "birth": "1958", "sex": "female", "occupation": "nurse"},
    {"id": "w-1", "name": {"fa": "مریم کریمی"}, "sex": "female"},
]
DOC = minimal_document(
    persons=PERSONS,
    acts=[{"id": "a-1", "victim": "v-2", "type": "execution", "date": "1988-08-10"}],
    testimonies=[
        {"id": "t-1", "witness": "w-1", "about": ["v-2"], "text": "My brother.", "consent": {"share_with": ["un"]}}
    ],
)


@pytest.fixture
def dup_session(app, tmp_path: Path) -> Iterator:
    from casefile.desktop.session import Session

    path = tmp_path / "dups.casefile"
    with CaseFile.create(path, PASSPHRASE) as cf:
        exchange.import_document(cf, DOC)
    s = Session(CaseFile.open(path, PASSPHRASE), PASSPHRASE)
    yield s
    s.close()


@pytest.fixture
def dup_window(qtbot, dup_session) -> Iterator:
    from casefile.desktop.main_window import MainWindow

    w = MainWindow(dup_session)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.shutdown()


def _open_queue(qtbot, window):
    assert window.duplicates.action in window.ui.menuEdit.actions()
    window.duplicates.action.trigger()
    dialog = window.duplicates.dialog
    qtbot.waitUntil(lambda: dialog.operation is None and dialog.model.rowCount() > 0, timeout=20000)
    return dialog


def test_review_queue_shows_each_pair_side_by_side_and_remembers_not_the_same(qtbot, dup_window, dup_session):
    dialog = _open_queue(qtbot, dup_window)
    assert [(p.a, p.b) for p in dialog.model.pairs] == [("v-1", "v-2"), ("v-3", "v-4")]
    page = dialog.view.toPlainText()
    # both records, both scripts, each value marked
    assert "محمدرضا کریمی" in page and "Karimy Mohammad Reza" in page
    assert "= agree" in page and "± one side only" in page
    assert "same father's name" in page and "birth year one apart" in page
    assert "execution" in page and "may be shared with: United Nations" in page  # acts, testimony, consent
    dialog.pair_list.setCurrentIndex(dialog.model.index(1))
    assert "nurse" in dialog.view.toPlainText()
    qtbot.mouseClick(dialog.not_same_button, qtbot_left())
    assert decisions.decision_of(dup_session.cf, "v-3", "v-4") == decisions.NOT_SAME
    assert [(p.a, p.b) for p in dialog.model.pairs] == [("v-1", "v-2")]
    dup_session.undo_stack.undo()
    assert decisions.decision_of(dup_session.cf, "v-3", "v-4") is None


def test_same_person_merges_into_the_record_chosen_and_undo_puts_both_back(qtbot, dup_window, dup_session):
    dialog = _open_queue(qtbot, dup_window)
    dialog.pair_list.setCurrentIndex(dialog.model.index(0))
    assert dialog.keep_b.isChecked()  # v-2 has the act and the testimony: kept by default
    dialog.keep_a.setChecked(True)
    qtbot.mouseClick(dialog.same_button, qtbot_left())
    cf = dup_session.cf
    assert records.get(cf, "v-2") is None
    assert records.require(cf, "a-1").data["victim"] == "v-1"
    assert records.require(cf, "t-1").data["about"] == ["v-1"]
    assert records.resolve_id(cf, "v-2") == "v-1"
    assert "v-2 was merged into v-1" in dialog.status.text()
    assert [(p.a, p.b) for p in dialog.model.pairs] == [("v-3", "v-4")]
    # the old id still shows the person in the detail pane
    dup_window.ui.detail.show_record("v-2")
    shown = dup_window.ui.detail.toPlainText().replace("\u2068", "").replace("\u2069", "")
    assert "v-2 was merged into this record" in shown
    dup_session.undo_stack.undo()
    assert records.require(cf, "a-1").data["victim"] == "v-2" and records.get(cf, "v-2") is not None


def test_new_person_form_warns_while_the_name_is_typed_and_offers_the_existing_person(qtbot, dup_window, dup_session):
    from casefile.desktop.editors.editor import RecordEditor

    editor = RecordEditor(dup_window, dup_session, "persons", preset={"roles": ["victim"]})
    qtbot.addWidget(editor)
    editor.show()
    warning = editor.match_warning
    assert warning is not None and not warning.isVisible()
    qtbot.keyClicks(editor.form.editor("name").en, "Mohamad Reza Karimi")
    qtbot.waitUntil(warning.isVisible, timeout=5000)
    assert "محمدرضا کریمی" in warning.label.text() or "Karimy Mohammad Reza" in warning.label.text()
    assert "may be the same person" in warning.label.text()
    # another name: the warning goes
    editor.form.editor("name").en.clear()
    qtbot.keyClicks(editor.form.editor("name").en, "Bijan Tehrani")
    qtbot.waitUntil(lambda: not warning.isVisible(), timeout=5000)
    editor.form.editor("name").fa.insert("فاطمه رضائی")  # (keyClicks types ASCII only)
    editor.form.editor("name").en.clear()
    qtbot.waitUntil(warning.isVisible, timeout=5000)
    chosen = warning.matches[0].b
    assert chosen in ("v-3", "v-4")
    qtbot.mouseClick(warning.use_button, qtbot_left())
    assert editor.used_existing == chosen and not editor.isVisible()
    assert records.count(dup_session.cf, "persons") == len(PERSONS)  # nothing new was saved


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_guided_testimony_warns_on_the_victim_page_and_uses_the_person_already_there(qtbot, dup_window, dup_session):
    from casefile.desktop.editors.wizard import TestimonyWizard

    wizard = TestimonyWizard(dup_window, dup_session)
    qtbot.addWidget(wizard)
    wizard.show()
    warning = wizard.victim_match
    assert warning.isHidden()  # (its page is not the one shown: isHidden says what the warning itself does)
    wizard.victim.new.setChecked(True)
    qtbot.keyClicks(wizard.victim.name.en, "Fatemeh Rezaei")
    qtbot.waitUntil(lambda: not warning.isHidden(), timeout=5000)
    assert "may be the same person" in warning.label.text()
    chosen = warning.matches[0].b
    qtbot.mouseClick(warning.use_button, qtbot_left())
    assert wizard.victim.existing.isChecked() and wizard.victim.chosen_id() == chosen
    assert warning.isHidden()  # (its page is not the one shown: isHidden says what the warning itself does)
    wizard.confirm_close = False
    wizard.reject()
