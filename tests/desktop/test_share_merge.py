"""File › Share…, File › Merge another copy… and the conflicts view, driven as a user would: real
dialogs over real encrypted case files on disk, the work done off the UI thread."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from casefile import exchange, merge, records
from casefile.desktop.models import LIST_SPECS
from casefile.errors import WrongPassphrase
from casefile.store import CaseFile
from casefile.verify import verify
from tests.desktop.conftest import PASSPHRASE

SHARE_PASSPHRASE = "olive tree by the river"
N_BIG = 1200


def plain(text: str) -> str:
    """Text as read, without the direction isolates around names."""
    return re.sub("[\u2066-\u2069\u200e\u200f]", "", text)


@pytest.fixture
def laptop_b(case_path: Path, tmp_path: Path) -> Path:
    """Laptop B's copy of the case file (the file copied while closed, as a user would)."""
    b = tmp_path / "laptop-b.casefile"
    shutil.copy2(case_path, b)
    return b


def _edit(cf: CaseFile, record_id: str, **fields: object) -> None:
    rec = records.require(cf, record_id)
    records.save(cf, rec.kind, {**rec.data, **fields})


def _click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _open_merge(qtbot, window, path: Path, passphrase: str = PASSPHRASE):
    dialog = window.sharing.merge()
    qtbot.waitExposed(dialog)
    dialog.path_edit.setText(str(path))
    assert dialog.passphrase.isVisible()  # the other copy is encrypted: its passphrase is asked
    dialog.passphrase.setText(passphrase)
    return dialog


def _preview(qtbot, dialog) -> None:
    _click(qtbot, dialog.preview_button)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=20_000)


# --- share ----------------------------------------------------------------------------------------


def test_sharing_a_victim_writes_a_new_encrypted_case_file_with_all_linked(qtbot, window, tmp_path) -> None:
    window.show_record("v-01")
    dialog = window.sharing.share()
    qtbot.waitExposed(dialog)
    assert dialog.chosen.isChecked() and dialog.picked.ids() == ["v-01"]  # the victim shown
    target = tmp_path / "for-the-family.casefile"
    dialog.path_edit.setText(str(target))
    dialog.passphrase.setText(SHARE_PASSPHRASE)
    dialog.repeat.setText("olive tree by the rivers")
    assert "cannot be recovered" in dialog.warning.text() and dialog.warning.isVisible()

    _click(qtbot, dialog.start_button)
    assert "not the same" in dialog.error.text() and not target.exists() and not dialog.is_busy

    dialog.repeat.setText(SHARE_PASSPHRASE)
    _click(qtbot, dialog.start_button)
    qtbot.waitUntil(lambda: dialog.counts is not None, timeout=20_000)

    assert target.exists() and dialog.passphrase.text() == ""  # the passphrase is not kept
    assert "The share is written" in dialog.status.text()
    with pytest.raises(WrongPassphrase):
        CaseFile.open(target, PASSPHRASE)  # its own passphrase, not this file's
    with CaseFile.open(target, SHARE_PASSPHRASE) as cf:
        held = records.count(cf)
        assert records.get(cf, "v-01") is not None
        assert records.get(cf, "v-02") is None  # another victim stays home
        acts = [a.id for a in records.referring_records(cf, "v-01", "acts", "victim")]
        assert acts  # what was done to him travels with him
        assert verify(cf).ok
    assert 1 < held < records.count(window.session.cf)
    assert sum(dialog.counts.values()) == held
    assert any(line.startswith("Persons: ") for line in dialog.held_lines())


def test_a_plain_share_is_said_to_be_readable_by_anyone(qtbot, window, tmp_path) -> None:
    dialog = window.sharing.share()
    qtbot.waitExposed(dialog)
    assert dialog.whole.isChecked()  # nothing shown: the whole case
    dialog.no_encryption.setChecked(True)
    assert dialog.plain_warning.isVisible() and "anyone" in dialog.plain_warning.text()
    assert not dialog.passphrase.isEnabled() and not dialog.warning.isVisible()
    target = tmp_path / "practice.casefile"
    dialog.path_edit.setText(str(target))
    _click(qtbot, dialog.start_button)
    qtbot.waitUntil(lambda: dialog.counts is not None, timeout=20_000)
    with CaseFile.open(target) as cf:  # no passphrase needed
        assert records.count(cf) == records.count(window.session.cf)


def test_a_share_for_lawyers_holds_references_not_record_ids(qtbot, window, tmp_path) -> None:
    window.show_record("v-01")
    dialog = window.sharing.share()
    qtbot.waitExposed(dialog)
    dialog.audience.setCurrentIndex(dialog.audience.findData("lawyers"))
    assert "stable reference" in dialog.audience_hint.text()
    target = tmp_path / "for-the-lawyers.casefile"
    dialog.path_edit.setText(str(target))
    dialog.passphrase.setText(SHARE_PASSPHRASE)
    dialog.repeat.setText(SHARE_PASSPHRASE)
    _click(qtbot, dialog.start_button)
    qtbot.waitUntil(lambda: dialog.counts is not None, timeout=20_000)
    with CaseFile.open(target, SHARE_PASSPHRASE) as cf:
        ids = {rid for rid, _kind in records.record_ids(cf)}
    assert ids and sum(dialog.counts.values()) == len(ids)
    assert not ids & {rid for rid, _kind in records.record_ids(window.session.cf)}  # no id leads back


# --- merge ----------------------------------------------------------------------------------------


def test_a_copy_with_one_conflict_is_previewed_merged_and_settled(qtbot, laptop_b, window) -> None:
    cf = window.session.cf
    before_notes = records.require(cf, "pl-evin").data.get("notes")
    with CaseFile.open(laptop_b, PASSPHRASE) as b:
        _edit(b, "pl-evin", notes="B: visits stopped in Mordad 1367")
        records.save(b, "places", {"id": "pl-qezel", "name": {"en": "Qezel Hesar prison", "fa": "زندان قزل‌حصار"}})
    _edit(cf, "pl-evin", notes="A: families gathered at the gate")
    window.session.changed.emit({"pl-evin"})
    assert not window.sharing.badge.isVisible()
    fingerprint = records.state_fingerprint(cf)

    dialog = _open_merge(qtbot, window, laptop_b)
    _preview(qtbot, dialog)
    lines = {group: [plain(t) for t in texts] for group, texts in dialog.preview_lines().items()}
    assert lines["conflicts"] == ["Place: Evin prison — Notes"]  # titles and field names, not ids
    assert lines["added"] == ["Place: Qezel Hesar prison"]
    assert records.state_fingerprint(cf) == fingerprint  # a preview writes nothing
    assert not window.sharing.badge.isVisible()

    _click(qtbot, dialog.merge_button)
    qtbot.waitUntil(lambda: dialog.merged is not None, timeout=20_000)
    assert records.get(cf, "pl-qezel") is not None
    assert records.require(cf, "pl-evin").data["notes"] == "A: families gathered at the gate"  # mine stays
    window.ui.navigator.setCurrentRow([spec.key for spec in LIST_SPECS].index("places"))
    assert window.model.wait_until_loaded()
    shown = [window.model.row_id(row) for row in range(window.model.rowCount())]
    assert "pl-qezel" in shown  # the lists were refreshed
    assert window.sharing.badge.isVisible() and window.sharing.badge.text() == "One conflict waits"

    _click(qtbot, dialog.conflicts_button)
    view = window.sharing.conflicts_view
    qtbot.waitExposed(view)
    assert [plain(t) for t in view.labels()] == ["Place: Evin prison — Notes"]
    texts = view.texts()
    assert plain(texts["mine"]) == "A: families gathered at the gate"
    assert plain(texts["theirs"]) == "B: visits stopped in Mordad 1367"
    assert plain(texts["base"]) == (before_notes or "(empty)")
    assert "laptop-b.casefile" in plain(view.origin.text())

    _click(qtbot, view.take_button)
    assert records.require(cf, "pl-evin").data["notes"] == "B: visits stopped in Mordad 1367"
    assert merge.count_conflicts(cf) == 0
    assert not window.sharing.badge.isVisible()
    assert "No conflicts wait" in view.summary.text()
    assert verify(cf).ok


def test_a_wrong_passphrase_is_said_and_can_be_typed_again(qtbot, laptop_b, window) -> None:
    dialog = _open_merge(qtbot, window, laptop_b, passphrase="not the passphrase")
    _preview(qtbot, dialog)
    assert dialog.error.isVisible()
    assert plain(dialog.error.text()) == "That passphrase does not open laptop-b.casefile. Check it and try again."
    assert dialog.preview is None and not dialog.merge_button.isEnabled()
    dialog.passphrase.setText(PASSPHRASE)
    _preview(qtbot, dialog)
    assert dialog.preview is not None and not dialog.error.isVisible()
    assert "Nothing to bring in" in dialog.status.text()  # an untouched copy holds nothing new


def test_cancel_during_a_merge_leaves_this_file_as_it_was(qtbot, laptop_b, window) -> None:
    with CaseFile.open(laptop_b, PASSPHRASE) as b:
        exchange.import_document(
            b,
            {
                "format": "casefile-exchange",
                "version": 1,
                "persons": [
                    {"id": f"bv-{i}", "name": {"en": f"Victim {i}", "fa": f"قربانی {i}"}} for i in range(N_BIG)
                ],
            },
        )
    cf = window.session.cf
    fingerprint = records.state_fingerprint(cf)
    dialog = _open_merge(qtbot, window, laptop_b)
    _preview(qtbot, dialog)
    assert dialog.preview.counts["added"] == N_BIG

    _click(qtbot, dialog.merge_button)
    _click(qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=20_000)

    assert "Nothing was merged" in dialog.status.text()
    assert dialog.merged is None
    assert records.state_fingerprint(cf) == fingerprint
    assert records.get(cf, "bv-0") is None
    assert dialog.merge_button.isEnabled()  # and it can be merged after all


def test_an_unrelated_file_is_merged_only_after_confirming(qtbot, window, tmp_path) -> None:
    other = tmp_path / "another-case.casefile"
    with CaseFile.create(other, None) as o:  # another case that happens to use the same id
        records.save(o, "places", {"id": "pl-evin", "name": {"en": "Evin Hotel"}, "kind": "other"})
    cf = window.session.cf
    fingerprint = records.state_fingerprint(cf)
    dialog = window.sharing.merge()
    qtbot.waitExposed(dialog)
    dialog.path_edit.setText(str(other))
    assert not dialog.passphrase.isVisible()  # a plain file asks for none
    _preview(qtbot, dialog)
    assert dialog.unrelated_warning.isVisible()
    assert "every record" in dialog.unrelated_warning.text().lower()
    assert dialog.preview is None and not dialog.merge_button.isEnabled()

    dialog.unrelated_confirm.setChecked(True)
    _preview(qtbot, dialog)
    assert records.state_fingerprint(cf) == fingerprint
    conflicts = [plain(t) for t in dialog.preview_lines()["conflicts"]]
    assert "Place: Evin prison — Name" in conflicts
    _click(qtbot, dialog.merge_button)
    qtbot.waitUntil(lambda: dialog.merged is not None, timeout=20_000)
    assert records.require(cf, "pl-evin").data["name"]["en"] == "Evin prison"
    assert window.sharing.badge.isVisible()


def test_a_conflict_on_a_date_and_an_edited_value(qtbot, laptop_b, window) -> None:
    cf = window.session.cf
    with CaseFile.open(laptop_b, PASSPHRASE) as b:
        _edit(b, "v-01", birth="1961-03-21")
    _edit(cf, "v-01", birth="1960")
    dialog = _open_merge(qtbot, window, laptop_b)
    _preview(qtbot, dialog)
    _click(qtbot, dialog.merge_button)
    qtbot.waitUntil(lambda: dialog.merged is not None, timeout=20_000)
    dialog.reject()
    view = window.sharing.show_conflicts()
    qtbot.waitExposed(view)
    (label,) = view.labels()
    assert plain(label) == "Person: Mohammad-Hossein Karimi-Nejad — Born"
    texts = view.texts()
    assert "21 March 1961" in texts["theirs"] and "1960" in texts["mine"]

    _click(qtbot, view.edit_button)
    edit = view.edit_dialog
    qtbot.waitExposed(edit)
    edit.editor.set_value("1961")
    _click(qtbot, edit.save_button)
    assert records.require(cf, "v-01").data["birth"] == "1961"
    assert merge.count_conflicts(cf) == 0 and not window.sharing.badge.isVisible()


def test_a_deletion_against_an_edit_shows_the_record_and_can_be_taken(qtbot, laptop_b, window) -> None:
    cf = window.session.cf
    citation = next(r.id for r in records.iter_records(cf, "citations"))
    with CaseFile.open(laptop_b, PASSPHRASE) as b:
        records.delete(b, citation)
    _edit(cf, citation, locator="p. 99")
    dialog = _open_merge(qtbot, window, laptop_b)
    _preview(qtbot, dialog)
    (line,) = dialog.preview_lines()["conflicts"]
    assert plain(line).endswith("— the whole record (deleted in one copy, edited in the other)")
    _click(qtbot, dialog.merge_button)
    qtbot.waitUntil(lambda: dialog.merged is not None, timeout=20_000)
    assert records.require(cf, citation).data["locator"] == "p. 99"  # not lost until someone decides
    _click(qtbot, dialog.conflicts_button)
    view = window.sharing.conflicts_view
    qtbot.waitExposed(view)
    texts = view.texts()
    assert texts["theirs"] == "Deleted in the other copy"
    assert "Where in the source" in texts["mine"] and "p. 99" in texts["mine"]  # fields by name, not JSON
    assert "{" not in texts["mine"] and not view.edit_button.isEnabled()
    _click(qtbot, view.take_button)
    assert records.get(cf, citation) is None
    assert not window.sharing.badge.isVisible()


# --- Persian --------------------------------------------------------------------------------------


@pytest.fixture
def persian(app):
    from casefile.desktop import language

    language.apply("fa")
    yield
    language.apply("en")


def test_the_dialogs_and_the_conflicts_view_come_up_in_persian(qtbot, laptop_b, persian, window) -> None:
    from tests.desktop.test_translations import _english_left

    cf = window.session.cf
    with CaseFile.open(laptop_b, PASSPHRASE) as b:
        _edit(b, "v-01", birth="1961-03-21")
    _edit(cf, "v-01", birth="1960")
    share = window.sharing.share()
    qtbot.waitExposed(share)
    assert share.isRightToLeft() and _english_left(share) == []
    share.reject()
    dialog = _open_merge(qtbot, window, laptop_b)
    assert dialog.isRightToLeft() and _english_left(dialog) == []
    _preview(qtbot, dialog)
    _click(qtbot, dialog.merge_button)
    qtbot.waitUntil(lambda: dialog.merged is not None, timeout=20_000)
    submitter = merge.other_label(window.session.cf)  # data: the other copy's submitter, as typed
    assert [text for text in _english_left(dialog) if submitter not in text] == []
    assert window.sharing.badge.text() == "یک ناسازگاری در انتظار است"
    _click(qtbot, dialog.conflicts_button)
    view = window.sharing.conflicts_view
    qtbot.waitExposed(view)
    assert view.isRightToLeft() and [text for text in _english_left(view) if submitter not in text] == []
    (label,) = view.labels()
    assert plain(label) == "شخص: محمد‌حسین کریمی‌نژاد — تاریخ تولد"
    assert "۱ فروردین ۱۳۴۰" in view.texts()["theirs"]  # the user's calendar and digits
