"""The record editors, driven as a user would over a real encrypted case file."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from PySide6.QtCore import QCalendar, QDate, QPoint, Qt

from casefile import audit, records
from casefile.desktop.editors import confirm_and_delete, open_editor
from casefile.desktop.editors.datewidget import DateEdit

from .helpers import BoxAnswerer


def _click(qtbot, button) -> None:
    """Click a button where its text is (a check box reacts on its box and text only)."""
    x = button.width() - 8 if button.isRightToLeft() else 8
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(x, button.height() // 2))


def _type(qtbot, widget, text: str) -> None:
    """Type ``text``; QTest can only synthesise ASCII keys, so Persian text is inserted as an
    input method would."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif hasattr(widget, "insertPlainText"):
        widget.insertPlainText(text)
    else:
        widget.insert(text)


def _choose(qtbot, picker, typed: str, record_id: str) -> None:
    """Type part of a name into a record picker and take the candidate with ``record_id``."""
    qtbot.keyClicks(picker.edit, typed)
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0, timeout=2000)
    for row in range(picker.model.rowCount()):
        if picker.model.item(row).data(Qt.ItemDataRole.UserRole) == record_id:
            picker._chosen(picker.model.index(row, 0))
            break
    qtbot.waitUntil(lambda: picker.value() == record_id, timeout=1000)


@pytest.mark.parametrize(
    "value",
    [
        "1988",
        "1988-08~",
        "1988-08-01?",
        "1988-22",
        "1988%",
        {"calendar": "jalali", "value": "1367-05-10"},
        {"calendar": "jalali", "value": "1367-22%"},
        {"calendar": "jalali", "value": "1367~"},
        "1988-07-23/1988-08-22",
        None,
    ],
)
def test_date_widget_gives_back_the_value_it_shows(qtbot, value):
    widget = DateEdit(lang="en")
    qtbot.addWidget(widget)
    widget.set_value(value)
    assert widget.value() == value


def test_date_widget_shows_both_calendars_as_the_user_picks_a_jalali_day(qtbot):
    widget = DateEdit(lang="en")
    qtbot.addWidget(widget)
    widget.calendar_combo.setCurrentIndex(widget.calendar_combo.findData("jalali"))
    widget.precision_combo.setCurrentIndex(widget.precision_combo.findData("day"))
    widget.day_edit.setDate(QDate(1367, 5, 10, QCalendar(QCalendar.System.Jalali)))
    assert widget.value() == {"calendar": "jalali", "value": "1367-05-10"}
    assert widget.preview.text() == "1 August 1988 (10 Mordad 1367)"
    assert widget.day_edit.calendar().isGregorian() is False


def test_new_victim_with_a_jalali_month_is_stored_with_its_gregorian_interval(qtbot, parent, session):
    dialog = open_editor(parent, session, "persons", preset={"roles": ["victim"]})
    rid = dialog.record_id
    assert rid.startswith("v-")
    _type(qtbot, dialog.form.editor("name").fa, "زهرا احمدی")
    qtbot.keyClicks(dialog.form.editor("name").en, "Zahra Ahmadi")
    born = dialog.form.editor("birth")
    born.calendar_combo.setCurrentIndex(born.calendar_combo.findData("jalali"))
    born.precision_combo.setCurrentIndex(born.precision_combo.findData("month"))
    born.year_spin.setValue(1367)
    born.month_combo.setCurrentIndex(4)  # Mordad
    _click(qtbot, born.approximate)
    assert "Mordad 1367" in born.preview.text() and "July" in born.preview.text()
    _click(qtbot, dialog.save_button)

    stored = records.require(session.cf, rid, "persons").data
    assert stored["name"] == {"fa": "زهرا احمدی", "en": "Zahra Ahmadi"}
    assert stored["birth"] == {"calendar": "jalali", "value": "1367-05~"}
    lo, hi = session.cf.conn.execute(
        "SELECT lo, hi FROM record_dates WHERE record_id = ? AND field = 'birth'", (rid,)
    ).fetchone()
    assert (lo, hi) == ("1988-07-23", "1988-08-22")
    assert "victim" in records.roles_of(session.cf, rid)


def test_a_refused_record_shows_the_message_beside_the_field_and_saves_nothing(qtbot, parent, session):
    before = records.state_fingerprint(session.cf)
    dialog = open_editor(parent, session, "events")
    start = dialog.form.editor("start")
    start.precision_combo.setCurrentIndex(start.precision_combo.findData("other"))
    qtbot.keyClicks(start.raw_edit, "1988-13-45")
    _click(qtbot, dialog.save_button)

    title_error = dialog.form.rows["title"].error
    start_error = dialog.form.rows["start"].error
    assert title_error.isVisible() and "required" in title_error.text()
    assert start_error.isVisible() and "1988-13-45" in start_error.text()
    assert not dialog.form.rows["kind"].error.isVisible()
    assert dialog.isVisible()
    assert records.state_fingerprint(session.cf) == before


def test_testimony_with_consent_stores_what_was_ticked(qtbot, parent, session):
    dialog = open_editor(parent, session, "testimonies")
    rid = dialog.record_id
    _choose(qtbot, dialog.form.editor("witness"), "Robabeh", "w-01")
    _type(qtbot, dialog.form.editor("text"), "پسرم را در مرداد ۱۳۶۷ اعدام کردند.")
    assert dialog.form.editor("text").layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog.form.objects["consent"].setChecked(True)
    share = dialog.form.editor("consent.share_with")
    _click(qtbot, share.boxes["un"])
    _click(qtbot, share.boxes["lawyers"])
    _click(qtbot, dialog.form.editor("consent.name_witness"))
    _click(qtbot, dialog.save_button)

    stored = records.require(session.cf, rid, "testimonies").data
    assert stored["witness"] == "w-01"
    assert stored["consent"] == {"share_with": ["un", "lawyers"], "name_witness": True, "covers_sensitive": False}


def test_saving_a_testimony_without_consent_asks_first(qtbot, parent, session):
    dialog = open_editor(parent, session, "testimonies", preset={"witness": "w-01"})
    rid = dialog.record_id
    qtbot.keyClicks(dialog.form.editor("text"), "An account.")
    answers = BoxAnswerer(False)
    _click(qtbot, dialog.save_button)
    assert "consent" in answers.seen[0]
    assert records.get(session.cf, rid) is None and dialog.isVisible()

    answers = BoxAnswerer(True)
    _click(qtbot, dialog.save_button)
    assert len(answers.seen) == 1
    assert "consent" not in records.require(session.cf, rid).data


def test_withdrawing_consent_is_one_audited_undoable_action(qtbot, parent, session):
    dialog = open_editor(parent, session, "testimonies", "t-01")
    entries_before = len(audit.entries(session.cf, "t-01"))
    BoxAnswerer(True)
    _click(qtbot, dialog.withdraw_button)

    today = date.today().isoformat()
    assert records.require(session.cf, "t-01").data["consent"]["withdrawn"] == today
    entries = audit.entries(session.cf, "t-01")
    assert len(entries) == entries_before + 1
    assert f'"withdrawn":"{today}"' in entries[-1].after
    assert dialog.form.editor("consent.withdrawn").value() == today
    assert not dialog.withdraw_button.isEnabled()

    session.undo_stack.undo()
    assert records.require(session.cf, "t-01").data["consent"]["withdrawn"] is None


def test_an_official_is_involved_in_an_event_from_the_event_form(qtbot, parent, session):
    dialog = open_editor(parent, session, "events", "ev-1988-massacre")
    _click(qtbot, dialog.link_buttons["involvements"])
    involvement = dialog.last_child
    assert involvement.form.editor("event").value() == "ev-1988-massacre"
    rid = involvement.record_id
    _choose(qtbot, involvement.form.editor("person"), "Khomeini", "p-khomeini")
    role = involvement.form.editor("role")
    role.setCurrentIndex(role.findData("supervised"))
    certainty = involvement.form.editor("certainty")
    certainty.setCurrentIndex(certainty.findData("suspected"))
    _click(qtbot, involvement.save_button)

    stored = records.require(session.cf, rid, "involvements").data
    assert (stored["person"], stored["event"], stored["role"], stored["certainty"]) == (
        "p-khomeini",
        "ev-1988-massacre",
        "supervised",
        "suspected",
    )
    linked = records.referring_records(session.cf, "ev-1988-massacre", "involvements", "event")
    assert rid in [r.id for r in linked]


def test_an_act_is_added_from_the_victims_form_and_a_source_cited(qtbot, parent, session):
    dialog = open_editor(parent, session, "persons", "v-01")
    _click(qtbot, dialog.link_buttons["acts"])
    act = dialog.last_child
    act_id = act.record_id
    kind = act.form.editor("type")
    kind.setCurrentIndex(kind.findData("detention"))
    _click(qtbot, act.save_button)
    assert records.require(session.cf, act_id).data["victim"] == "v-01"

    _click(qtbot, dialog.link_buttons["citations"])
    citation = dialog.last_child
    cit_id = citation.record_id
    _choose(qtbot, citation.form.editor("source"), "Amnesty", "src-amnesty-1988")
    qtbot.keyClicks(citation.form.editor("locator"), "p. 12")
    _click(qtbot, citation.save_button)
    stored = records.require(session.cf, cit_id).data
    assert stored == {"id": cit_id, "source": "src-amnesty-1988", "supports": "v-01", "locator": "p. 12"}


def test_delete_shows_what_refers_to_the_record_and_undo_restores_it(qtbot, parent, session):
    cf = session.cf
    acts = [r.id for r in records.referring_records(cf, "v-01", "acts", "victim")]
    assert acts
    answers = BoxAnswerer(True)
    assert confirm_and_delete(parent, session, "v-01") is True
    shown = answers.seen[0]
    assert "Mohammad-Hossein Karimi-Nejad" in shown
    assert "deleted too" in shown and acts[0] in shown
    assert "no longer refer to it" in shown and "t-01" in shown
    assert records.get(cf, "v-01") is None and records.get(cf, acts[0]) is None
    assert "v-01" not in records.require(cf, "t-01").data["about"]

    session.undo_stack.undo()
    assert records.get(cf, "v-01") is not None
    assert all(records.get(cf, a) is not None for a in acts)
    assert "v-01" in records.require(cf, "t-01").data["about"]


def test_delete_asks_and_does_nothing_on_no(qtbot, parent, session):
    BoxAnswerer(False)
    assert confirm_and_delete(parent, session, "pl-evin") is False
    assert records.get(session.cf, "pl-evin") is not None


def test_files_attached_to_a_source_are_hashed_in_the_background_and_kept(qtbot, parent, session, tmp_path):
    raw = b"%PDF-1.4 a scanned letter"
    path = tmp_path / "letter.pdf"
    path.write_bytes(raw)
    dialog = open_editor(parent, session, "sources", "src-amnesty-1988")
    attachments = dialog.form.editor("attachments")
    attachments.add_files([str(path)])
    assert not dialog.save_button.isEnabled()  # busy: saving waits for the hashing
    qtbot.waitUntil(lambda: not attachments.is_busy, timeout=5000)
    _click(qtbot, dialog.save_button)

    sha = hashlib.sha256(raw).hexdigest()
    entry = records.require(session.cf, "src-amnesty-1988").data["attachments"][-1]
    assert (entry["filename"], entry["sha256"], entry["media_type"]) == ("letter.pdf", sha, "application/pdf")
    assert records.attachment_data(session.cf, sha) == raw


def test_every_list_opens_and_an_unchanged_record_saves_unchanged(qtbot, parent, session):
    from casefile.model import LISTS

    before = records.state_fingerprint(session.cf)
    for kind in LISTS:
        rec = next(records.iter_records(session.cf, kind))
        dialog = open_editor(parent, session, kind, rec.id)
        assert dialog.collect() == rec.data, kind
        dialog.reject()
    assert records.state_fingerprint(session.cf) == before
