"""The guided “Record a testimony” wizard, in Persian, end to end."""

from __future__ import annotations

import copy
import os
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QWizard

from casefile import consent as consent_rules
from casefile import records
from casefile.desktop.editors import run_guided_testimony
from casefile.desktop.editors.wizard import TestimonyWizard as Wizard
from casefile.desktop.editors.wizard import family_consent_from
from casefile.model import record_title
from tests.desktop.editors.helpers import click_in_box


def _click(qtbot, button) -> None:
    x = button.width() - 8 if button.isRightToLeft() else 8
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(x, button.height() // 2))


def _next(qtbot, wizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), wizard.currentPage().title()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_family_member_records_a_testimony_in_persian(qtbot, parent, session, persian):
    cf = session.cf
    count_before = records.count(cf)
    run_guided_testimony(parent, session)
    wizard = parent.findChild(Wizard)
    assert wizard.isRightToLeft()
    assert wizard.currentPage().title() == "ثبت یک شهادت"
    welcome = wizard.currentPage().findChildren(QLabel)[0].text()
    assert "پرونده‌ی قفل‌شده" in welcome or "گذرواژه" in welcome  # an encrypted file: said so
    _next(qtbot, wizard)

    assert wizard.currentPage().title() == "این روایت درباره‌ی کیست؟"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # nobody named yet
    wizard.victim.name.fa.insert("پرویز کاظمی")
    _next(qtbot, wizard)

    wizard.witness.name.fa.insert("مهین کاظمی")
    wizard.relation.setCurrentIndex(wizard.relation.findData("mother"))
    _next(qtbot, wizard)

    # several things happened: each is ticked
    _click(qtbot, wizard.act_boxes["arrest"])
    _click(qtbot, wizard.act_boxes["enforced_disappearance"])
    assert wizard.act_types() == ["arrest", "enforced_disappearance"]
    wizard.text.insertPlainText("پسرم را در تابستان ۱۳۶۷ بردند و دیگر هرگز ندیدیمش.")
    cursor = QTextCursor(wizard.text.document())  # Persian starts at the right edge, not the left
    assert wizard.text.cursorRect(cursor).x() > wizard.text.viewport().width() // 2
    _next(qtbot, wizard)

    # one date for each thing that happened, asked for those ticked only
    assert [k for k, e in wizard.when_edits.items() if e.isVisible()] == ["arrest", "enforced_disappearance"]
    arrest, gone = wizard.when_edits["arrest"], wizard.when_edits["enforced_disappearance"]
    assert arrest.calendar_name == "jalali" and arrest.value() is None  # no date until one is given
    for date_edit in (arrest, gone, wizard.step_when):  # families are not asked to type EDTF
        assert date_edit.precision_combo.findData("other") == -1
    arrest.precision_combo.setCurrentIndex(arrest.precision_combo.findData("year"))
    arrest.year_spin.setValue(1360)
    gone.precision_combo.setCurrentIndex(gone.precision_combo.findData("season"))
    gone.year_spin.setValue(1367)
    gone.season_combo.setCurrentIndex(gone.season_combo.findData(22))
    _click(qtbot, gone.approximate)
    assert "تابستان ۱۳۶۷" in gone.preview.text()
    _next(qtbot, wizard)

    assert wizard.place.existing.isChecked()  # a place already in the file is offered first
    _click(qtbot, wizard.place.new)
    wizard.place.name.fa.insert("گورستان خاوران")
    wizard.place_kind.setCurrentIndex(wizard.place_kind.findData("cemetery"))
    assert wizard.place_acts["arrest"].isVisible()  # which of the two happened there
    _click(qtbot, wizard.place_acts["arrest"])  # not the arrest
    events = [wizard.event.itemText(i) for i in range(wizard.event.count())]
    assert any("اعدام‌های جمعی" in e for e in events)  # the known events, by name
    assert not any("ev-" in e for e in events)  # never by id
    assert not any("بیانیه" in e for e in events)  # statements are not where something happened
    wizard.event.setCurrentIndex(wizard.event.findData("ev-1988-massacre"))
    _click(qtbot, wizard.event_acts["arrest"])  # the arrest of 1360 was not part of it
    _next(qtbot, wizard)

    assert wizard.currentPage().title() == "خانواده برای باخبر شدن چه کرد؟"
    wizard.step_kind.setCurrentIndex(wizard.step_kind.findData("prison_visit"))
    wizard.step_answer.insert("گفتند ملاقات ممنوع است")
    _click(qtbot, wizard.add_step_button)
    wizard.step_kind.setCurrentIndex(wizard.step_kind.findData("letter"))
    _click(qtbot, wizard.add_step_button)
    assert wizard.steps_list.count() == 2
    # a third step typed but not added is not dropped on "Next": asked, and added
    wizard.step_kind.setCurrentIndex(wizard.step_kind.findData("inquiry_to_authorities"))
    wizard.step_answer.insert("جوابی ندادند")
    seen: list[str] = []
    click_in_box(qtbot, "addStep", seen)
    _next(qtbot, wizard)
    assert seen and wizard.steps_list.count() == 3
    assert wizard.currentPage() is wizard.pages["consent"]

    assert wizard.q_un.label.text() == "آیا اجازه می‌دهید روایت شما را به سازمان ملل متحد بدهیم؟"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # every question needs an answer
    for question, yes in (
        (wizard.q_un, True),
        (wizard.q_amnesty, False),
        (wizard.q_lawyers, True),
        (wizard.q_public, False),
        (wizard.q_name, False),
    ):
        _click(qtbot, question.yes if yes else question.no)
    _next(qtbot, wizard)

    assert wizard.currentPage().title() == "نام عزیزتان"
    assert wizard.name_questions["un"].label.text() == (
        "وقتی این روایت را به سازمان ملل متحد می‌دهیم، آیا اجازه می‌دهید نام کامل عزیزتان را بگوییم؟"
    )
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # the family answers each one
    assert not wizard.existing_consent_label.isVisible()  # someone new: no earlier consent to keep
    for audience, choice in (("un", "full"), ("amnesty", "full"), ("lawyers", "initials"), ("public", "none")):
        _click(qtbot, wizard.name_questions[audience].choices[choice])
    if os.environ.get("CASEFILE_GRAB"):
        wizard.grab().save(os.environ["CASEFILE_GRAB"])
    _next(qtbot, wizard)

    # the review: everything that will be saved, before anything is
    assert wizard.currentPage() is wizard.pages["review"]
    review = wizard.review_text.toPlainText()
    for said in ("پرویز کاظمی", "مهین کاظمی", "گورستان خاوران", "گفتند ملاقات ممنوع است", "جوابی ندادند"):
        assert said in review
    assert "پسرم را در تابستان ۱۳۶۷ بردند" in review  # the account itself
    assert "۱۳۶۰" in review and "تابستان ۱۳۶۷" in review  # each act with its own date
    assert records.count(cf) == count_before  # nothing saved yet
    if os.environ.get("CASEFILE_GRAB_REVIEW"):
        wizard.grab().save(os.environ["CASEFILE_GRAB_REVIEW"])
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    assert wizard.isVisible()  # it says what was saved before it closes
    assert wizard.currentPage().title() == "روایت شما ذخیره شد"
    summary = wizard.finish_text.text()
    assert "پرویز کاظمی" in summary and "گفتند ملاقات ممنوع است" in summary
    assert "فقط حروف اول نام" in summary
    open_button = wizard.button(QWizard.WizardButton.CustomButton1)
    assert open_button.isVisible() and open_button.text() == "باز کردن روایتم"
    with qtbot.waitSignal(wizard.openRequested) as opened:
        qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()

    kinds = [records.require(cf, rid).kind for rid in wizard.result_ids]
    assert kinds == [
        "persons",
        "persons",
        "places",
        "relations",
        "acts",
        "acts",
        "testimonies",
        "interventions",
        "interventions",
        "interventions",
    ]
    witness_id, victim_id, place_id, _, arrest_id, gone_id, testimony_id, *steps = wizard.result_ids
    assert opened.args == [testimony_id]
    testimony = records.require(cf, testimony_id).data
    assert testimony["witness"] == witness_id and testimony["about"] == [victim_id, arrest_id, gone_id]
    assert testimony["language"] == "fa"
    consent = testimony["consent"]
    assert consent["share_with"] == ["un", "lawyers"] and consent["name_witness"] is False
    assert consent["given_by"] == witness_id
    victim = records.require(cf, victim_id).data
    assert victim["family_consent"] == {  # exactly as the family answered, per audience
        "given_by": witness_id,
        "recorded": date.today().isoformat(),
        "share_with": ["un", "amnesty", "lawyers", "public"],
        "name": {"un": "full", "amnesty": "full", "lawyers": "initials", "public": "none"},
    }
    naming = {a: consent_rules.family_naming(victim, a)[0] for a in ("un", "amnesty", "lawyers", "public")}
    assert naming == {"un": "full", "amnesty": "full", "lawyers": "initials", "public": "none"}
    place = records.require(cf, place_id).data
    assert place["name"] == {"fa": "گورستان خاوران"} and place["kind"] == "cemetery"
    arrest_act, gone_act = records.require(cf, arrest_id).data, records.require(cf, gone_id).data
    assert arrest_act["type"] == "arrest" and arrest_act["date"] == {"calendar": "jalali", "value": "1360"}
    assert "place" not in arrest_act and "event" not in arrest_act
    assert gone_act["type"] == "enforced_disappearance" and gone_act["place"] == place_id
    assert gone_act["date"] == {"calendar": "jalali", "value": "1367-22~"}
    assert gone_act["event"] == "ev-1988-massacre"
    interventions = [records.require(cf, s).data for s in steps]
    assert [i["kind"] for i in interventions] == ["prison_visit", "letter", "inquiry_to_authorities"]
    assert all(i["victim"] == victim_id and i["by"] == witness_id for i in interventions)
    assert "victim" in records.roles_of(cf, victim_id)

    session.undo_stack.undo()  # the whole account is one undoable step
    assert all(records.get(cf, rid) is None for rid in wizard.result_ids)
    assert records.count(cf) == count_before


def _answer_consent(qtbot, wizard) -> None:
    for question in (wizard.q_un, wizard.q_amnesty, wizard.q_lawyers, wizard.q_public, wizard.q_name):
        _click(qtbot, question.yes)


def _to_page(qtbot, wizard, name: str) -> None:
    while wizard.currentPage() is not wizard.pages[name]:
        _next(qtbot, wizard)


def _mother_of_v01_to_naming(qtbot, parent, session) -> Wizard:
    wizard = Wizard(parent, session)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard)
    wizard.victim.picker.set_value("v-01")  # the family already gave its consent (w-01, 2020-10-03)
    _next(qtbot, wizard)
    wizard.witness.name.fa.insert("مهین کاظمی")
    wizard.relation.setCurrentIndex(wizard.relation.findData("mother"))
    _next(qtbot, wizard)
    wizard.text.insertPlainText("او را در زندان دیدم.")
    _to_page(qtbot, wizard, "where")
    wizard.where.set_value("pl-evin")  # a place already in the file
    assert wizard.place.existing.isChecked()
    _to_page(qtbot, wizard, "consent")
    _answer_consent(qtbot, wizard)
    _next(qtbot, wizard)
    return wizard


def test_a_consent_another_relative_gave_is_kept_by_default(qtbot, parent, session, persian):
    cf = session.cf
    before = copy.deepcopy(records.require(cf, "v-01").data["family_consent"])
    wizard = _mother_of_v01_to_naming(qtbot, parent, session)
    shown = wizard.existing_consent_label
    assert shown.isVisible()
    giver = records.require(cf, "w-01")
    assert record_title(giver.kind, giver.data, "fa") in shown.text()
    assert "نام کامل" in shown.text()  # what it allows, in plain words
    assert wizard.keep_consent.isChecked() and not wizard.replace_consent.isChecked()
    assert not any(q.isVisible() for q in wizard.name_questions.values())
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # nothing to answer when kept
    _next(qtbot, wizard)
    assert wizard.save()
    assert records.require(cf, "v-01").data["family_consent"] == before
    assert "v-01" not in wizard.result_ids  # the victim's record was not touched


def test_mixed_answers_replace_a_consent_only_when_chosen(qtbot, parent, session, persian):
    cf = session.cf
    wizard = _mother_of_v01_to_naming(qtbot, parent, session)
    _click(qtbot, wizard.replace_consent)
    assert all(q.isVisible() for q in wizard.name_questions.values())
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    for audience, choice in (("un", "full"), ("amnesty", "none"), ("lawyers", "initials"), ("public", "none")):
        _click(qtbot, wizard.name_questions[audience].choices[choice])
    _next(qtbot, wizard)
    assert wizard.save()
    saved = {rid: records.require(cf, rid) for rid in wizard.result_ids}
    assert not any(r.kind == "places" for r in saved.values())
    act = next(r.data for r in saved.values() if r.kind == "acts")
    assert act["place"] == "pl-evin" and act["victim"] == "v-01"
    victim = records.require(cf, "v-01").data
    witness_id = next(rid for rid, r in saved.items() if r.kind == "persons" and rid != "v-01")
    assert victim["family_consent"]["given_by"] == witness_id
    assert victim["family_consent"]["share_with"] == ["un", "amnesty", "lawyers", "public"]
    assert victim["family_consent"]["name"] == {
        "un": "full",
        "amnesty": "none",
        "lawyers": "initials",
        "public": "none",
    }
    naming = {a: consent_rules.family_naming(victim, a)[0] for a in ("un", "amnesty", "lawyers", "public")}
    assert naming == {"un": "full", "amnesty": "none", "lawyers": "initials", "public": "none"}


def test_only_the_family_is_asked_about_naming(qtbot, parent, session, persian):
    wizard = Wizard(parent, session)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard)
    wizard.victim.name.fa.insert("پرویز کاظمی")
    _next(qtbot, wizard)
    wizard.witness.name.fa.insert("علی رضایی")
    wizard.relation.setCurrentIndex(wizard.relation.findData("cellmate"))
    _next(qtbot, wizard)
    wizard.text.insertPlainText("با او در یک بند بودم.")
    _to_page(qtbot, wizard, "consent")
    _answer_consent(qtbot, wizard)
    _next(qtbot, wizard)
    assert wizard.naming_not_family.isVisible()
    assert not any(q.isVisible() for q in wizard.name_questions.values())
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    victim = next(data for kind, data in wizard.build_records() if kind == "persons" and "victim" in data["roles"])
    assert "family_consent" not in victim


ALL = ["un", "amnesty", "lawyers", "public"]


@pytest.mark.parametrize(
    "answers",
    [
        {"un": "full", "amnesty": "none", "lawyers": "initials", "public": "full"},
        {"un": "initials", "amnesty": "initials", "lawyers": "initials", "public": "none"},
        {"un": "full", "amnesty": "none", "lawyers": None, "public": None},
        {a: "full" for a in ALL},
        {},
    ],
)
def test_family_naming_is_stored_exactly_as_answered_for_each_audience(answers):
    share, name = family_consent_from(answers)
    answered = {a: v for a, v in answers.items() if v}
    assert name == answered and share == [a for a in ALL if a in answered]
    person = {"family_consent": {"share_with": share, "name": name}}
    for audience in ALL:  # each audience gets what was said for it; unanswered ones no full name
        given = consent_rules.family_naming(person, audience)[0]
        assert given == (answered.get(audience) or "initials")
