"""The main window over a real case file: lists, detail pane and its links, search, locking."""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtTest import QTest

from casefile import records

KARIMI_ARABIC_LETTERS = "كريمي"  # Arabic kaf and yeh: must find the Persian-spelled "کریمی"


def _links(window) -> list[str]:
    return re.findall(r'href="rec:([^"]+)"', window.ui.detail.toHtml())


def test_navigator_lists_the_victims_of_the_case(window, session) -> None:
    model = window.model
    assert window.ui.navigator.currentItem().text() == "Victims"
    assert model.rowCount() == records.count(session.cf, "persons", role="victim") == 12
    names = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert "Mohammad-Hossein Karimi-Nejad" in names and "Ebrahim Raisi" not in names
    assert window.ui.listCount.text() == "12 in this list"


def test_each_navigator_entry_lists_its_records(window, session) -> None:
    expected = {
        "Officials": records.count_persons(session.cf, ["official"]),
        "Relatives and witnesses": records.count_persons(session.cf, ["relative", "witness"]),
        "Events": records.count(session.cf, "events"),
        "Sources": records.count(session.cf, "sources"),
    }
    for row in range(window.ui.navigator.count()):
        item = window.ui.navigator.item(row)
        window.ui.navigator.setCurrentItem(item)
        assert window.model.wait_until_loaded()
        if item.text() in expected:
            assert window.model.rowCount() == expected[item.text()] > 0


def test_list_sorts_and_filters(window, qtbot) -> None:
    table = window.ui.recordTable
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert window.model.wait_until_loaded()
    names = [window.model.index(r, 0).data() for r in range(window.model.rowCount())]
    assert names == sorted(names, key=str.casefold, reverse=True)
    qtbot.keyClicks(window.ui.filterEdit, "karimi")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=2000)
    qtbot.waitUntil(lambda: window.ui.listCount.text() == "1 found in this list", timeout=2000)  # counted after


def test_list_shows_a_first_page_and_fetches_the_rest_lazily(app, session, qtbot) -> None:
    from casefile.desktop.models import LIST_SPECS, RecordListModel

    model = RecordListModel(session)
    model.PAGE = 5
    model.set_spec(LIST_SPECS[0])
    assert model.rowCount() == 0  # nothing read on the UI thread: the reader answers
    assert model.wait_until_loaded()
    assert model.rowCount() == 5 and model.total() == 12 and model.canFetchMore()
    model.fetchMore()
    assert model.wait_until_loaded() and model.rowCount() == 10  # the page after the last row shown
    model.fetchMore()
    assert model.wait_until_loaded() and model.rowCount() == 12 and not model.canFetchMore()
    names = [model.index(r, 0).data() for r in range(12)]
    assert names == sorted(names, key=str.casefold)
    for order in ("-title", "date", "-date"):  # every order, paged, reads as the core lists it whole
        model.order = order
        model.reload()
        while model.wait_until_loaded() and model.canFetchMore():
            model.fetchMore()
        rows = records.list_rows(session.cf, "persons", role="victim", order=order)
        assert [model.row_id(r) for r in range(model.rowCount())] == [r.id for r in rows]
    model.shutdown()


def test_victim_page_shows_acts_events_officials_testimonies_and_family(window) -> None:
    window.show_record("v-01")
    text = re.sub("[\u2066-\u2069]", "", window.ui.detail.toPlainText())  # without the direction isolates
    assert "Mohammad-Hossein Karimi-Nejad" in text
    assert "execution — 30 July 1988 (8 Mordad 1367)" in text
    assert "Mass executions of political prisoners, summer 1988" in text
    assert "Ebrahim Raisi — decided" in text
    assert "Robabeh Gholami — mother" in text
    for heading in ("What was done to them", "Officials and bodies involved", "Testimonies about them"):
        assert heading in text


def test_a_link_click_navigates_and_back_returns(window, qtbot) -> None:
    window.show_record("v-01")
    assert "p-raisi" in _links(window)
    window.ui.detail.anchorClicked.emit(QUrl("rec:p-raisi"))
    assert window.ui.detail.current_id == "p-raisi"
    assert "Ebrahim Raisi" in window.ui.detail.toPlainText()
    assert window.ui.actionBack.isEnabled()
    window.activateWindow()
    QTest.keyClick(window.ui.detail, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    if window.ui.detail.current_id != "v-01":  # no window manager to route shortcuts offscreen
        window.ui.actionBack.trigger()
    assert window.ui.detail.current_id == "v-01"
    window.ui.actionForward.trigger()
    assert window.ui.detail.current_id == "p-raisi"


def test_selecting_a_row_shows_the_record(window) -> None:
    window.ui.recordTable.selectRow(0)
    assert window.ui.detail.current_id == window.model.row_id(0)


def test_search_in_latin_letters_finds_the_official(window, qtbot) -> None:
    qtbot.keyClicks(window.search_edit, "Raeesi")
    qtbot.waitUntil(lambda: window.results.rowCount() > 0, timeout=3000)
    assert window.results.hit(0).id == "p-raisi"
    assert window.ui.listStack.currentWidget() is window.ui.searchPage
    window.ui.searchResults.setCurrentIndex(window.results.index(0))
    assert window.ui.detail.current_id == "p-raisi"


def test_search_with_arabic_letters_finds_persian_names(window, qtbot) -> None:
    window.search_edit.setText(KARIMI_ARABIC_LETTERS)
    qtbot.waitUntil(lambda: window.results.rowCount() > 0, timeout=3000)
    ids = {window.results.hit(r).id for r in range(window.results.rowCount())}
    assert {"v-01"} <= ids


def test_results_of_an_older_query_never_replace_newer_ones(window, qtbot) -> None:
    service = window.search
    got: list[str] = []
    service.results.connect(lambda query, hits: got.append(query))
    for query in ("R", "Ra", "Rae", "Raeesi", KARIMI_ARABIC_LETTERS):
        service.search(query)
    qtbot.waitUntil(lambda: bool(got), timeout=3000)
    qtbot.wait(200)
    assert got == [KARIMI_ARABIC_LETTERS]


def test_status_bar_names_the_file_encryption_and_count(window, session) -> None:
    count = records.count(session.cf)
    assert window.status_label.text().startswith(f"sample.casefile · encrypted · {count} records · ")
    assert window.status_label.text().endswith("No backup of this case file yet")  # said, never hidden


def test_lock_hides_everything_and_unlock_needs_the_passphrase(window, session, qtbot) -> None:
    window.show_record("v-01")
    window.ui.actionLock.trigger()
    assert session.is_locked
    assert window.ui.stack.currentWidget() is window.ui.lockPage
    assert window.model.rowCount() == 0 and window.ui.detail.toPlainText() == ""
    assert not window.ui.actionFind.isEnabled()
    qtbot.keyClicks(window.ui.unlockPassphrase, "wrong")
    qtbot.keyClick(window.ui.unlockPassphrase, Qt.Key.Key_Return)
    assert session.is_locked and "not right" in window.ui.unlockError.text()
    window.ui.unlockPassphrase.setText("pw")
    window.ui.unlockButton.click()
    assert not session.is_locked
    assert window.model.wait_until_loaded()
    assert window.ui.stack.currentWidget() is window.ui.contentPage
    assert window.model.rowCount() == 12 and window.ui.unlockPassphrase.text() == ""
    window.search_edit.setText("Raeesi")  # the search connection is back too
    qtbot.waitUntil(lambda: window.results.rowCount() > 0, timeout=3000)


def test_window_locks_itself_when_idle(window, session, qtbot) -> None:
    assert int(QSettings().value("lock_after_minutes", 10)) == 10
    window.idle.set_minutes(0.002)  # about 120 ms
    qtbot.waitUntil(lambda: session.is_locked, timeout=3000)
    assert window.ui.stack.currentWidget() is window.ui.lockPage


def test_a_hidden_import_error_is_shown_as_an_error_with_details_to_copy(window, monkeypatch, qtbot) -> None:
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from casefile.desktop.unsaved import ErrorDialog

    # the editors cannot be imported (as when a dependency of theirs is missing)
    monkeypatch.setitem(sys.modules, "casefile.desktop.editors", None)
    seen: dict[str, str] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ErrorDialog):
            QTimer.singleShot(20, answer)
            return
        seen["title"] = dialog.windowTitle()
        seen["message"] = dialog.message.text()
        dialog.copy_button.click()
        seen["clipboard"] = QApplication.clipboard().text()
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.ui.actionNewRecord.trigger()
    assert seen["title"] == "Something went wrong"
    assert "not available" not in seen["message"] and "casefile.desktop.editors" in seen["message"]
    assert "ImportError" in seen["clipboard"] or "ModuleNotFoundError" in seen["clipboard"]
    assert "Traceback" in seen["clipboard"]


def test_locking_keeps_a_testimony_being_typed_as_a_draft(window, session, qtbot) -> None:
    from casefile import drafts
    from casefile.desktop.editors.wizard import DRAFT_PREFIX, TestimonyWizard

    window.ui.actionGuidedTestimony.trigger()
    wizard = window.findChild(TestimonyWizard)
    wizard.next()
    wizard.victim.name.en.insert("Parviz Kazemi")
    wizard.next()
    wizard.witness.name.en.insert("Mahin Kazemi")
    wizard.next()
    wizard.text.insertPlainText("We waited at the gate of Evin every week.")
    window.idle.set_minutes(0.002)  # she stepped away: the window locks itself
    qtbot.waitUntil(lambda: session.is_locked, timeout=3000)
    # closed without a question nobody was there to answer (and possibly already deleted)
    assert not shiboken6.isValid(wizard) or not wizard.isVisible()
    assert "kept as a draft" in window.ui.statusbar.currentMessage()
    window.ui.unlockPassphrase.setText("pw")
    window.unlock()
    kept = drafts.list_drafts(session.cf, DRAFT_PREFIX)
    assert len(kept) == 1 and kept[0].data["text"] == "We waited at the gate of Evin every week."
