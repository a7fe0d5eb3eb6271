"""The guided “Record a testimony” wizard, in Persian, end to end."""

from __future__ import annotations

import os

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from casefile import records
from casefile.desktop.editors import run_guided_testimony
from casefile.desktop.editors.wizard import TestimonyWizard as Wizard


def _click(qtbot, button) -> None:
    x = button.width() - 8 if button.isRightToLeft() else 8
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(x, button.height() // 2))


def _next(qtbot, wizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), wizard.currentPage().title()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_family_member_records_a_testimony_in_persian(qtbot, parent, session, persian):
    cf = session.cf
    run_guided_testimony(parent, session)
    wizard = parent.findChild(Wizard)
    assert wizard.isRightToLeft()
    assert wizard.currentPage().title() == "ثبت یک روایت"
    _next(qtbot, wizard)

    assert wizard.currentPage().title() == "این روایت درباره\u200cی کیست؟"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # nobody named yet
    wizard.victim.name.fa.insert("پرویز کاظمی")
    _next(qtbot, wizard)

    wizard.witness.name.fa.insert("مهین کاظمی")
    wizard.relation.setCurrentIndex(wizard.relation.findData("mother"))
    _next(qtbot, wizard)

    wizard.act_type.setCurrentIndex(wizard.act_type.findData("enforced_disappearance"))
    wizard.text.insertPlainText("پسرم را در تابستان ۱۳۶۷ بردند و دیگر هرگز ندیدیمش.")
    _next(qtbot, wizard)

    when = wizard.when
    assert when.calendar_name == "jalali"
    when.precision_combo.setCurrentIndex(when.precision_combo.findData("season"))
    when.year_spin.setValue(1367)
    when.season_combo.setCurrentIndex(when.season_combo.findData(22))
    _click(qtbot, when.approximate)
    assert "تابستان ۱۳۶۷" in when.preview.text()
    _next(qtbot, wizard)

    wizard.where.set_value("pl-evin")
    _next(qtbot, wizard)

    assert wizard.currentPage().title() == "خانواده برای باخبر شدن چه کرد؟"
    wizard.step_kind.setCurrentIndex(wizard.step_kind.findData("prison_visit"))
    wizard.step_answer.insert("گفتند ملاقات ممنوع است")
    _click(qtbot, wizard.add_step_button)
    wizard.step_kind.setCurrentIndex(wizard.step_kind.findData("letter"))
    _click(qtbot, wizard.add_step_button)
    assert wizard.steps_list.count() == 2
    _next(qtbot, wizard)

    assert wizard.q_un.label.text() == "آیا اجازه می\u200cدهید روایت شما را به سازمان ملل متحد بدهیم؟"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # every question needs an answer
    for question, yes in (
        (wizard.q_un, True),
        (wizard.q_amnesty, False),
        (wizard.q_lawyers, True),
        (wizard.q_public, False),
        (wizard.q_name, False),
    ):
        _click(qtbot, question.yes if yes else question.no)
    if os.environ.get("CASEFILE_GRAB"):
        wizard.grab().save(os.environ["CASEFILE_GRAB"])
    _next(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    kinds = [records.require(cf, rid).kind for rid in wizard.result_ids]
    assert kinds == ["persons", "persons", "relations", "acts", "testimonies", "interventions", "interventions"]
    victim_id, witness_id, _, act_id, testimony_id, *steps = wizard.result_ids
    testimony = records.require(cf, testimony_id).data
    assert testimony["witness"] == witness_id and testimony["about"] == [victim_id, act_id]
    assert testimony["language"] == "fa"
    consent = testimony["consent"]
    assert consent["share_with"] == ["un", "lawyers"] and consent["name_witness"] is False
    assert consent["given_by"] == witness_id
    act = records.require(cf, act_id).data
    assert act["type"] == "enforced_disappearance" and act["place"] == "pl-evin"
    assert act["date"] == {"calendar": "jalali", "value": "1367-22~"}
    interventions = [records.require(cf, s).data for s in steps]
    assert [i["kind"] for i in interventions] == ["prison_visit", "letter"]
    assert all(i["victim"] == victim_id and i["by"] == witness_id for i in interventions)
    assert "victim" in records.roles_of(cf, victim_id)

    session.undo_stack.undo()  # the whole account is one undoable step
    assert all(records.get(cf, rid) is None for rid in wizard.result_ids)
