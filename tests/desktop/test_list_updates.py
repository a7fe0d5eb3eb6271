"""The lists after an edit: only the rows that changed move, appear or go, read by one long-lived
background connection; never a reset of the list, never a query on the UI thread."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt

from casefile import records
from casefile.desktop import commands


@pytest.fixture
def resets(window) -> list[int]:
    """Counts the list's resets from now on (a reset loses the place, the selection, the scroll)."""
    seen: list[int] = []
    window.model.modelReset.connect(lambda: seen.append(1))
    return seen


def _names(window) -> list[str]:
    return [window.model.index(r, 0).data() for r in range(window.model.rowCount())]


def _rename(session, record_id: str, english: str) -> None:
    data = copy.deepcopy(records.get(session.cf, record_id).data)
    data["name"] = {**data["name"], "en": english}
    commands.save_record(session, "persons", data)  # as the record form saves


def test_an_edit_updates_the_row_it_changed_without_resetting_the_list(window, session, resets) -> None:
    model = window.model
    connection = model.reader.connection
    window.ui.recordTable.selectRow(model.row_of("v-01"))
    _rename(session, "v-01", "Zahra Zand")  # sorts last now
    assert model.wait_until_loaded()
    assert resets == []
    assert model.rowCount() == 12 and model.row_id(11) == "v-01"
    assert model.index(11, 0).data() == "Zahra Zand"
    assert _names(window) == sorted(_names(window), key=str.casefold)
    _rename(session, "v-01", "Zahra Zandi")  # stays where it is: only its row is repainted
    changed: list[int] = []
    model.dataChanged.connect(lambda top, bottom: changed.append(top.row()))
    assert model.wait_until_loaded()
    assert changed == [11] and model.index(11, 0).data() == "Zahra Zandi" and resets == []
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert model.wait_until_loaded()
    assert model.index(model.row_of("v-01"), 0).data() == "Mohammad-Hossein Karimi-Nejad"
    assert resets == []
    assert model.reader.connection is connection  # one connection, opened once, across every edit


def test_a_new_victim_appears_where_it_sorts_and_a_deleted_one_goes(window, session, resets) -> None:
    model = window.model
    commands.save_record(session, "persons", {"id": "v-new", "name": {"en": "Babak Bahari"}, "roles": ["victim"]})
    assert model.wait_until_loaded()
    assert model.rowCount() == 13 and model.total() == 13
    assert model.row_of("v-new") == 2  # after Abdollah and Ali-Akbar
    assert window.ui.listCount.text() == "13 in this list"
    assert window.status_label.text().split(" · ")[2] == f"{records.count(session.cf)} records"
    commands.delete_record(session, "v-03")
    assert model.wait_until_loaded()
    assert model.rowCount() == 12 and model.row_of("v-03") is None and model.row_id(0) == "v-06"
    assert window.ui.listCount.text() == "12 in this list"
    assert resets == []


def test_an_edit_in_a_list_read_only_in_part_keeps_it_exactly_as_the_file_lists_it(app, session) -> None:
    from casefile.desktop.models import LIST_SPECS, RecordListModel

    model = RecordListModel(session)
    model.PAGE = 4
    model.set_spec(LIST_SPECS[0])
    assert model.wait_until_loaded() and model.rowCount() == 4
    _rename(session, "v-11", "Aaron Abbasi")  # from below the rows read to the top
    _rename(session, "v-06", "Zoltan Zand")  # from the rows read to below them
    commands.delete_record(session, "v-10")  # below the rows read: only the count changes
    assert model.wait_until_loaded()
    assert model.rowCount() == 4 and model.total() == 11
    assert [model.row_id(r) for r in range(4)] == ["v-11", "v-03", "v-02", "v-04"]
    while model.canFetchMore():
        model.fetchMore()
        assert model.wait_until_loaded()
    listed = [r.id for r in records.list_rows(session.cf, "persons", role="victim")]
    assert [model.row_id(r) for r in range(model.rowCount())] == listed
    model.shutdown()


def test_locking_closes_the_lists_connection_and_unlocking_opens_one(window, session) -> None:
    model = window.model
    reader_cf = model.reader.connection
    assert reader_cf is not None and reader_cf is not session.cf
    window.lock()
    assert model.reader is None and model.rowCount() == 0
    assert reader_cf.conn is None  # closed on its own thread, before the key was wiped
    assert session._key is None
    window.ui.unlockPassphrase.setText("pw")
    window.unlock()
    assert model.wait_until_loaded() and model.rowCount() == 12
    assert model.reader.connection is not reader_cf


def test_edits_leave_merging_the_index_and_checkpointing_to_the_lists_reader(window, session, qtbot) -> None:
    from casefile import search, upkeep
    from casefile.store import CaseFile

    model = window.model
    assert session.cf.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == upkeep.DEFERRED_CHECKPOINT_PAGES
    for i in range(8):  # each save writes a segment of the search index of its own
        _rename(session, "v-01", f"Kaveh Zandi{i}")
        assert model.wait_until_loaded()
    qtbot.waitUntil(lambda: not model.upkeep_pending(), timeout=10_000)
    other = CaseFile.open(session.path, "pw", upgrade=False)

    def automerge() -> int:
        return other.conn.execute("SELECT v FROM search_index_config WHERE k = 'automerge'").fetchone()[0]

    try:
        assert not upkeep.merge_step(other)  # the reader merged what the saves left: none is due
        assert [h.id for h in search.search(other, "Zandi7")] == ["v-01"]
        assert automerge() == 0  # while the window is open, no save merges the index itself
        window.lock()
        assert automerge() == upkeep.AUTOMERGE_DEFAULT  # and other programs' writes merge as FTS5 does
    finally:
        other.close()


def test_locking_while_the_reader_is_busy_still_closes_it_and_gives_merging_back(
    window, session, qtbot, monkeypatch
) -> None:
    # a close queued to the reader's thread behind a running request was lost when the thread quit:
    # the connection stayed open and FTS5's merging stayed held (automerge 0) in the file
    import threading
    import time

    from casefile import upkeep
    from casefile.desktop import reading
    from casefile.store import CaseFile

    running = threading.Event()
    real_run = reading.Tidy.run

    def slow_run(self, cf, urgent=lambda: False):
        running.set()
        time.sleep(0.5)
        return real_run(self, cf, urgent)

    monkeypatch.setattr(reading.Tidy, "run", slow_run)
    reader = window.model.reader
    reader.ask(reading.Tidy())
    assert running.wait(10)
    window.lock()
    assert reader.connection is None
    with CaseFile.open(session.path, "pw", upgrade=False) as other:
        held = other.conn.execute("SELECT v FROM search_index_config WHERE k = 'automerge'").fetchone()
        assert held[0] == upkeep.AUTOMERGE_DEFAULT


def test_the_date_column_fits_its_longest_date_as_pages_come_and_in_the_other_language(window, session) -> None:
    from casefile.desktop import language

    model, table = window.model, window.ui.recordTable
    header, metrics = table.horizontalHeader(), table.fontMetrics()

    def widest() -> int:
        return max(metrics.horizontalAdvance(model.index(r, 1).data() or "") for r in range(model.rowCount()))

    assert widest() > 0 and header.sectionSize(1) >= widest()  # no date cut short with "…"
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert model.wait_until_loaded() and header.sectionSize(1) >= widest()
    language.apply("fa")
    window.retranslate()
    assert model.wait_until_loaded() and header.sectionSize(1) >= widest()
    assert header.sectionSize(1) < table.viewport().width() // 2  # the names keep the room
