"""Edit › Erase permanently…: a clear warning, nothing without "I understand", the words gone after."""

from __future__ import annotations

from casefile import audit, records


def _testimony_id(session) -> str:  # type: ignore[no-untyped-def]
    return next(records.iter_records(session.cf, "testimonies")).id


def test_erase_asks_for_understanding_then_erases_and_clears_undo(window, session, qtbot) -> None:  # type: ignore[no-untyped-def]
    tid = _testimony_id(session)
    text = records.get(session.cf, tid).data["text"]
    window.show_record(tid)
    assert window.actionEraseRecord.isEnabled()
    window.erase_record()
    dialog = window.erase_dialog
    assert "cannot be undone" in " ".join(w.text() for w in dialog.findChildren(type(dialog.message)))
    assert dialog.erased_list.count() >= 1
    assert not dialog.erase_button.isEnabled()  # not before "I understand"
    dialog.understood.setChecked(True)
    assert dialog.erase_button.isEnabled()
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: dialog.erased, timeout=20000)
    assert records.get(session.cf, tid) is None
    assert all(e.before is None and e.after is None for e in audit.entries(session.cf, tid))
    assert session.undo_stack.count() == 0
    assert text not in str([e.after for e in audit.entries(session.cf)])


def test_cancel_erases_nothing(window, session) -> None:  # type: ignore[no-untyped-def]
    tid = _testimony_id(session)
    window.show_record(tid)
    window.erase_record()
    window.erase_dialog.understood.setChecked(True)
    window.erase_dialog.reject()
    assert records.get(session.cf, tid) is not None
