"""Nothing a family types in the guided testimony is lost: Stop, Escape and closing ask first, a
draft is kept inside the case file and resumed, and a save that fails half-way saves nothing."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from casefile import drafts, records
from casefile.desktop.editors import run_guided_testimony
from casefile.desktop.editors.wizard import DRAFT_PREFIX
from casefile.desktop.editors.wizard import TestimonyWizard as Wizard
from casefile.desktop.session import Session
from casefile.desktop.unsaved import DraftsDialog, ErrorDialog
from casefile.store import CaseFile
from tests.desktop.editors.helpers import click_in_box, when_modal

ACCOUNT = "They took my brother from our home in the summer of 1988 and we never saw him again."


def _click(qtbot, button) -> None:
    x = button.width() - 8 if button.isRightToLeft() else 8
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(x, button.height() // 2))


def _next(qtbot, wizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), wizard.currentPage().title()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _open(qtbot, parent, session) -> Wizard:
    return run_guided_testimony(parent, session)  # deletes itself when closed


def _type_an_account(qtbot, wizard) -> None:
    _next(qtbot, wizard)
    wizard.victim.name.en.insert("Parviz Kazemi")
    _next(qtbot, wizard)
    wizard.witness.name.en.insert("Mahin Kazemi")
    wizard.relation.setCurrentIndex(wizard.relation.findData("sibling"))
    _next(qtbot, wizard)
    _click(qtbot, wizard.act_boxes["execution"])
    wizard.text.insertPlainText(ACCOUNT)


def _to_review(qtbot, wizard) -> None:
    while wizard.currentPage() is not wizard.pages["consent"]:
        _next(qtbot, wizard)
    for question in (wizard.q_un, wizard.q_amnesty, wizard.q_lawyers, wizard.q_public, wizard.q_name):
        _click(qtbot, question.yes)
    _next(qtbot, wizard)
    for question in wizard.name_questions.values():
        _click(qtbot, question.full)
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.pages["review"]


def test_stop_before_typing_closes_at_once(qtbot, parent, session):
    wizard = _open(qtbot, parent, session)
    _next(qtbot, wizard)
    _click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert not wizard.isVisible()


def test_stop_after_typing_asks_and_go_back_keeps_everything(qtbot, parent, session):
    wizard = _open(qtbot, parent, session)
    _type_an_account(qtbot, wizard)
    seen: list[str] = []
    click_in_box(qtbot, "goBack", seen)
    _click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert wizard.isVisible() and wizard.text.toPlainText() == ACCOUNT
    assert "not saved" in seen[0] and "encrypted" in seen[0]  # the draft's place, true for this file
    click_in_box(qtbot, "goBack")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # Escape asks too
    assert wizard.isVisible()
    click_in_box(qtbot, "goBack")
    wizard.close()  # and so does the window's close button
    assert wizard.isVisible()
    assert drafts.list_drafts(session.cf) == []


def test_a_kept_draft_is_in_the_encrypted_file_and_resumes_where_it_stopped(qtbot, parent, session, tmp_path):
    wizard = _open(qtbot, parent, session)
    _type_an_account(qtbot, wizard)
    _next(qtbot, wizard)
    when = wizard.when_edits["execution"]
    when.precision_combo.setCurrentIndex(when.precision_combo.findData("year"))
    when.year_spin.setValue(1367)
    click_in_box(qtbot, "keepDraft")
    _click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert not wizard.isVisible()

    # the draft is in the case file (another connection sees it), not in any file beside it
    path = session.cf.path
    with CaseFile.open(path, "pw") as other:
        kept = drafts.list_drafts(other, DRAFT_PREFIX)
    assert len(kept) == 1 and "Parviz Kazemi" in kept[0].description
    assert b"Parviz" not in path.read_bytes()
    assert [p.name for p in path.parent.iterdir() if "draft" in p.name.lower()] == []

    # opening the wizard again offers it; going on with it brings back every answer
    when_modal(DraftsDialog, lambda dialog: dialog.resume_button.click())
    again = _open(qtbot, parent, session)
    assert again.text.toPlainText() == ACCOUNT
    assert again.victim.name.value() == {"en": "Parviz Kazemi"}
    assert again.relation.currentData() == "sibling"
    assert again.act_types() == ["execution"]
    assert again.when_edits["execution"].value() == {"calendar": "jalali", "value": "1367"}
    assert not again.has_input()  # nothing new typed since it was resumed
    _to_review(qtbot, again)
    qtbot.mouseClick(again.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert again.saved
    assert drafts.list_drafts(session.cf, DRAFT_PREFIX) == []  # saved for real: the draft is gone
    act = next(records.require(session.cf, r).data for r in again.result_ids if r.startswith("a-"))
    assert act["date"] == {"calendar": "jalali", "value": "1367"} and act["type"] == "execution"


def test_throwing_the_account_away_keeps_nothing(qtbot, parent, session):
    before = records.count(session.cf)
    wizard = _open(qtbot, parent, session)
    _type_an_account(qtbot, wizard)
    click_in_box(qtbot, "discardDraft")
    _click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert not wizard.isVisible()
    assert drafts.list_drafts(session.cf) == [] and records.count(session.cf) == before


def test_a_save_that_fails_half_way_saves_nothing_and_keeps_the_account(qtbot, parent, session, monkeypatch):
    cf = session.cf
    before = (records.count(cf), records.state_fingerprint(cf))
    wizard = _open(qtbot, parent, session)
    _type_an_account(qtbot, wizard)
    wizard.steps.append({"kind": "letter"})
    wizard.steps_list.addItem("Wrote a letter")
    _to_review(qtbot, wizard)

    # the write breaks after the first records of the account are written (a crash, a full disk...)
    real_put = records.RecordWriter.put
    calls = []

    def put_then_fail(self, kind, data, existing=False):
        calls.append(kind)
        if len(calls) == 4:
            raise OSError("disk I/O error (simulated)")
        return real_put(self, kind, data, existing)

    monkeypatch.setattr(records.RecordWriter, "put", put_then_fail)
    shown: list[str] = []

    def close_error(dialog: ErrorDialog) -> None:
        shown.append(dialog.message.text())
        dialog.accept()

    when_modal(ErrorDialog, close_error)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert len(calls) == 4 and shown == ["disk I/O error (simulated)"]
    assert (records.count(cf), records.state_fingerprint(cf)) == before  # not half an account: nothing
    assert wizard.isVisible() and not wizard.saved
    assert wizard.currentPage() is wizard.pages["review"]
    assert wizard.text.toPlainText() == ACCOUNT  # what was typed is still there
    assert "Nothing was saved" in wizard.finish_error.text()

    monkeypatch.setattr(records.RecordWriter, "put", real_put)  # the disk is fine again: save
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.saved and records.count(cf) == before[0] + len(wizard.result_ids)


def test_the_welcome_tells_the_truth_about_the_file(qtbot, parent, tmp_path, app):
    plain = CaseFile.create(tmp_path / "plain.casefile", None)
    session = Session(plain, None)
    wizard = Wizard(parent, session)
    qtbot.addWidget(wizard)
    text = wizard.pages["welcome"].findChildren(type(wizard.finish_error))[0].text()
    assert "not encrypted" in text and "locked file" not in text
    assert wizard.pages["welcome"].findChild(type(wizard.finish_error), "demoWarning") is None
    session.is_demo = True
    demo = Wizard(parent, session)
    qtbot.addWidget(demo)
    warning = demo.pages["welcome"].findChild(type(demo.finish_error), "demoWarning")
    assert warning is not None and "fictional" in warning.text() and "Do not record a real account" in warning.text()
    session.close()
