"""Record forms never lose typed work and never save behind the user's back: Cancel asks, drafts
are kept inside the case file and offered again, "Add act…" asks before saving a new person, the
person form shows the acts already recorded, and the family's naming answers are kept per audience."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from casefile import consent as consent_rules
from casefile import drafts, records
from casefile.desktop.editors import open_editor
from casefile.desktop.editors.editor import RecordEditor
from casefile.desktop.unsaved import DraftsDialog

from .helpers import BoxAnswerer, click_in_box, when_modal


def _click(qtbot, button) -> None:
    x = button.width() - 8 if button.isRightToLeft() else 8
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(x, button.height() // 2))


def _cancel(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)


def test_cancel_without_changes_closes_at_once(qtbot, parent, session):
    dialog = open_editor(parent, session, "persons", "v-01")
    _cancel(qtbot, dialog)
    assert not dialog.isVisible()


def test_cancel_with_changes_asks_and_a_kept_draft_comes_back(qtbot, parent, session):
    cf = session.cf
    before = records.require(cf, "v-01").data
    dialog = open_editor(parent, session, "persons", "v-01")
    dialog.form.editor("occupation").setText("schoolteacher in Rasht")
    seen: list[str] = []
    click_in_box(qtbot, "goBack", seen)
    _cancel(qtbot, dialog)
    assert dialog.isVisible() and "not saved" in seen[0]
    click_in_box(qtbot, "keepDraft")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert records.require(cf, "v-01").data == before  # a draft is not a save
    kept = drafts.load_draft(cf, "edit:persons:v-01")
    assert kept is not None and kept.data["occupation"] == "schoolteacher in Rasht"

    when_modal(DraftsDialog, lambda d: d.resume_button.click())
    again = open_editor(parent, session, "persons", "v-01")
    assert again.form.editor("occupation").text() == "schoolteacher in Rasht"
    assert again.has_changes()  # a resumed draft is not saved yet: Cancel would ask again
    assert again.save()
    assert records.require(cf, "v-01").data["occupation"] == "schoolteacher in Rasht"
    assert drafts.load_draft(cf, "edit:persons:v-01") is None
    again.reject()
    assert not again.isVisible()


def test_a_new_record_thrown_away_leaves_nothing_and_a_kept_one_resumes_with_its_id(qtbot, parent, session):
    cf = session.cf
    count = records.count(cf)
    dialog = open_editor(parent, session, "places")
    dialog.form.editor("name").en.setText("Ghezel Hesar")
    click_in_box(qtbot, "discardDraft")
    _cancel(qtbot, dialog)
    assert not dialog.isVisible() and drafts.list_drafts(cf) == [] and records.count(cf) == count

    dialog = open_editor(parent, session, "places")
    dialog.form.editor("name").en.setText("Ghezel Hesar")
    record_id = dialog.record_id
    click_in_box(qtbot, "keepDraft")
    _cancel(qtbot, dialog)
    when_modal(DraftsDialog, lambda d: d.resume_button.click())
    again = open_editor(parent, session, "places")
    assert again.record_id == record_id and again.form.editor("name").en.text() == "Ghezel Hesar"
    assert again.save() and records.require(cf, record_id).data["name"] == {"en": "Ghezel Hesar"}
    assert drafts.list_drafts(cf) == []


def test_add_act_on_an_unsaved_person_asks_before_saving(qtbot, parent, session):
    cf = session.cf
    count = records.count(cf)
    dialog = open_editor(parent, session, "persons", None, {"roles": ["victim"]})
    dialog.form.editor("name").en.setText("Sohrab Tehrani")
    answers = BoxAnswerer(False)
    _click(qtbot, dialog.link_buttons["acts"])
    assert "not saved yet" in answers.seen[0]
    assert records.count(cf) == count and dialog.last_child is None  # nothing saved behind the back

    answers = BoxAnswerer(True)
    _click(qtbot, dialog.link_buttons["acts"])
    assert records.get(cf, dialog.record_id) is not None
    assert dialog.general_error.isVisible() and "Saved: Sohrab Tehrani" in dialog.general_error.text()
    child = dialog.last_child
    assert isinstance(child, RecordEditor) and child.kind == "acts"
    assert child.form.editor("victim").value() == dialog.record_id
    child.form.editor("type").set_value("arrest")
    assert child.save()
    child.accept()
    assert dialog.acts_list.texts() == ["Arrest"]  # the new act shows on the person's form


def test_the_person_form_shows_the_acts_already_recorded_by_name(qtbot, parent, session):
    dialog = open_editor(parent, session, "persons", "v-01")
    texts = dialog.acts_list.texts()
    assert len(texts) == 7
    assert any(t.startswith("Arrest") and "Tehran" in t for t in texts)
    assert any(t.startswith("Execution") and "Evin" in t for t in texts)
    assert not any("pl-" in t or "ev-" in t or "a-v01" in t for t in texts)  # names, never ids
    dialog.form.tabs.setCurrentIndex(1)
    assert dialog.acts_list.isVisible()


def test_the_family_naming_is_kept_per_audience_as_answered(qtbot, parent, session):
    cf = session.cf
    dialog = open_editor(parent, session, "persons", "v-01")
    naming = dialog.form.editor("family_consent.name")
    assert naming.value() == "full" and not naming.per_audience.isChecked()  # one answer stays one answer
    assert not dialog.has_changes()
    _click(qtbot, naming.per_audience)
    assert {a: c.value() for a, c in naming.combos.items()} == {a: "full" for a in naming.combos}
    naming.combos["public"].set_value("initials")
    naming.combos["amnesty"].set_value("none")
    dialog.form.editor("family_consent.share_with").boxes["public"].setChecked(True)
    assert dialog.save()
    person = records.require(cf, "v-01").data
    assert person["family_consent"]["name"] == {
        "un": "full",
        "amnesty": "none",
        "lawyers": "full",
        "public": "initials",
    }
    given = {a: consent_rules.family_naming(person, a)[0] for a in ("un", "amnesty", "lawyers", "public")}
    assert given == {"un": "full", "amnesty": "none", "lawyers": "full", "public": "initials"}
    dialog.accept()
    again = open_editor(parent, session, "persons", "v-01")
    again_naming = again.form.editor("family_consent.name")
    assert again_naming.per_audience.isChecked() and again_naming.combos["amnesty"].value() == "none"
    assert not again.has_changes()


def test_a_birth_year_is_never_recorded_unless_given(qtbot, parent, session):
    cf = session.cf
    dialog = open_editor(parent, session, "persons", None, {"roles": ["victim"]})
    dialog.form.editor("name").en.setText("Nasrin Shahi")
    born = dialog.form.editor("birth")
    assert born.value() is None
    for precision in ("year", "month", "season", "day"):  # choosing how exact is not giving a date
        born.set_precision(precision)
        assert born.value() is None
        assert born.year_spin.text() == "—" or born.day_edit.text() == "—"
        assert "1988" not in born.preview.text() and "Choose the" in born.preview.text()
    born.set_precision("year")
    assert dialog.save()
    assert "birth" not in records.require(cf, dialog.record_id).data  # empty = not recorded
    born.set_calendar("gregorian")
    born.year_spin.setValue(1961)
    assert born.value() == "1961"
    assert dialog.save() and records.require(cf, dialog.record_id).data["birth"] == "1961"
