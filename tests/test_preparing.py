"""A large import is checked and made ready in a child process while this one writes (issue 13): what it
writes is what an import made in one process writes; a fault found on the way or at the end, a child
that dies or a cancel writes nothing, and the faults are told as a check before the write tells them."""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

import pytest

from casefile import audit, exchange, preparing, records, search
from casefile.errors import Cancelled, CasefileError, InvalidRecord
from casefile.i18n import set_language
from casefile.store import CaseFile
from tests.support.documents import full_document, large_document, minimal_document
from tests.support.helpers import PASSPHRASE, counts, file_snapshot


@pytest.fixture
def children(monkeypatch: pytest.MonkeyPatch) -> list[subprocess.Popen]:
    """Every document is made ready in a child; the children started are listed here."""
    started: list[subprocess.Popen] = []
    real = subprocess.Popen

    def popen(*args, **kwargs):
        child = real(*args, **kwargs)
        child.args_env = kwargs.get("env")  # type: ignore[attr-defined]
        started.append(child)
        return child

    monkeypatch.setattr(preparing, "AHEAD_MIN_BYTES", 1)
    monkeypatch.setattr(preparing.subprocess, "Popen", popen)
    return started


def _write(path: Path, doc: dict) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _derived_rows(cf: CaseFile) -> dict[str, list]:
    tables = {
        "record_heads": "rowid, id, kind, title_en, title_fa, sort_title, sort_title_fa, sort_date, confidentiality",
        "links": "from_id, field, to_id, from_kind",
        "record_dates": "record_id, field, entered, lo, hi",
        "person_roles": "person_id, role, source_id",
        "person_names": "phrase, person_id, words",
        "versions": "vid, hash, data",
    }
    return {t: cf.conn.execute(f"SELECT {cols} FROM {t} ORDER BY 1, 2, 3").fetchall() for t, cols in tables.items()}


@pytest.mark.parametrize("share", ["waiting", "alternate"], ids=["child", "child-and-parent"])
def test_records_made_ready_in_a_child_are_written_as_those_made_here(tmp_path: Path, children, monkeypatch, share):
    # "alternate": every other batch of 3 goes over as read, and this process makes it ready
    monkeypatch.setattr(preparing, "SHARE", share)
    monkeypatch.setattr(preparing, "_BATCH", 3 if share == "alternate" else preparing._BATCH)
    doc = full_document()
    path = _write(tmp_path / "doc.json", doc)
    with CaseFile.create(tmp_path / "child.casefile", PASSPHRASE) as a:
        summary_a = exchange.import_file(a, path)
        assert len(children) == 1 and children[0].returncode == 0
        monkeypatch.setattr(preparing, "AHEAD_MIN_BYTES", 10**12)
        with CaseFile.create(tmp_path / "here.casefile", PASSPHRASE) as b:
            summary_b = exchange.import_file(b, path)
            assert len(children) == 1  # made here
            assert str(summary_a) == str(summary_b) and summary_a.counts["insert"] > 0
            state_a, state_b = counts(a), counts(b)
            state_a.pop("fingerprint"), state_b.pop("fingerprint")  # entries carry the time they were written
            assert state_a == state_b
            assert _derived_rows(a) == _derived_rows(b)
            # the search index too: a name in Persian, and its Latin spelling through the matching keys
            victim = next(p for p in doc["persons"] if isinstance(p.get("name"), dict) and p["name"].get("fa"))
            for query in (victim["name"]["fa"], victim["name"]["en"]):
                assert [h.id for h in search.search(a, query)] == [h.id for h in search.search(b, query)] != []
    # and again through the child: every record unchanged
    monkeypatch.setattr(preparing, "AHEAD_MIN_BYTES", 1)
    with CaseFile.open(tmp_path / "child.casefile", PASSPHRASE) as a:
        again = exchange.import_file(a, path)
    assert again.counts["insert"] == 0 and again.counts["update"] == 0 and len(children) == 2


@pytest.mark.parametrize("share", ["waiting", "alternate"], ids=["child", "child-and-parent"])
def test_an_update_written_while_checked_is_the_update_made_here(tmp_path: Path, children, monkeypatch, share):
    # a file that holds records already: some change, some are new, the rest are as they were
    monkeypatch.setattr(preparing, "SHARE", share)
    monkeypatch.setattr(preparing, "_BATCH", 4)
    first = large_document(40, prefix="u")
    second = large_document(45, prefix="u")
    for person in second["persons"][:10]:
        person["notes"] = "corrected after a family's account"
    second["acts"][3]["type"] = "detention"
    first_path, second_path = _write(tmp_path / "first.json", first), _write(tmp_path / "second.json", second)
    summaries, states = [], []
    for name, in_child in (("child.casefile", True), ("here.casefile", False)):
        monkeypatch.setattr(preparing, "AHEAD_MIN_BYTES", 1 if in_child else 10**12)
        with CaseFile.create(tmp_path / name, PASSPHRASE) as cf:
            exchange.import_file(cf, first_path)
            summaries.append(str(exchange.import_file(cf, second_path)))
            state = counts(cf)
            state.pop("fingerprint")  # entries carry the time they were written
            states.append((state, _derived_rows(cf), records.get(cf, "u-v0").data["notes"]))
    assert len(children) == 2  # both imports of the first file went through a child
    assert summaries[0] == summaries[1] == "10 added, 11 updated, 69 unchanged"
    assert states[0] == states[1]
    assert states[0][2] == "corrected after a family's account"


def test_cancelling_an_import_stops_its_child_and_writes_nothing(tmp_path: Path, plain_path: Path, children):
    path = _write(tmp_path / "doc.json", large_document(1500, prefix="k"))
    before = file_snapshot(plain_path)

    written: list[int] = []  # the write reports its progress, then asks whether to go on: no

    with CaseFile.open(plain_path) as cf, pytest.raises(Cancelled):
        exchange.import_file(
            cf, path, progress=lambda done, total: written.append(done), cancelled=lambda: bool(written)
        )
    assert len(written) == 1 and 1000 <= written[0] < 3000  # at the first thousand written, stopped there
    assert len(children) == 1 and children[0].poll() is not None  # stopped, not left running
    # nor its scratch file of ids and references (killed, it could not remove it itself)
    assert not list(Path(tempfile.gettempdir()).glob(f"casefile-import-{children[0].pid}-*"))
    with CaseFile.open(plain_path) as cf:
        assert records.count(cf) == 0
    assert file_snapshot(plain_path)["main"] == before["main"]


def test_a_child_that_dies_is_an_error_and_nothing_is_written(
    tmp_path: Path, plain_path: Path, monkeypatch: pytest.MonkeyPatch
):
    real = subprocess.Popen

    def killed(*args, **kwargs):
        child = real(*args, **kwargs)
        child.kill()
        child.wait()
        return child

    monkeypatch.setattr(preparing, "AHEAD_MIN_BYTES", 1)
    monkeypatch.setattr(preparing.subprocess, "Popen", killed)
    path = _write(tmp_path / "doc.json", large_document(50, prefix="d"))
    with CaseFile.open(plain_path) as cf, pytest.raises(CasefileError, match="ended unexpectedly; nothing was changed"):
        exchange.import_file(cf, path)
    with CaseFile.open(plain_path) as cf:
        assert records.count(cf) == 0


def test_the_child_imports_nothing_from_the_current_folder_and_gets_no_passphrase(
    tmp_path: Path, children, monkeypatch: pytest.MonkeyPatch
):
    # a document unpacked into a folder that also holds Python files: none of them may run
    planted = tmp_path / "received"
    (planted / "casefile").mkdir(parents=True)
    for name in ("json.py", "threading.py", "pickle.py", "casefile/__init__.py"):
        (planted / name).write_text(f"open({str(tmp_path / 'RAN')!r}, 'a').write({name!r})\n")
    path = _write(planted / "doc.json", large_document(200, prefix="q"))
    monkeypatch.chdir(planted)
    monkeypatch.setenv("CASEFILE_PASSPHRASE", "a passphrase the child must not hold")
    monkeypatch.setenv("PYTHONPATH", str(planted))
    with CaseFile.create(tmp_path / "q.casefile", None) as cf:
        summary = exchange.import_file(cf, path)
    assert summary.counts["insert"] == 400 and len(children) == 1 and children[0].returncode == 0
    assert not (tmp_path / "RAN").exists()
    assert "CASEFILE_PASSPHRASE" not in children[0].args_env  # type: ignore[attr-defined]


def test_an_import_goes_on_in_one_process_when_no_child_can_start(
    tmp_path: Path, plain_path: Path, monkeypatch: pytest.MonkeyPatch
):
    def cannot(*args, **kwargs):
        raise OSError(24, "Too many open files")

    monkeypatch.setattr(preparing, "AHEAD_MIN_BYTES", 1)
    monkeypatch.setattr(preparing.subprocess, "Popen", cannot)
    with CaseFile.open(plain_path) as cf:
        summary = exchange.import_file(cf, _write(tmp_path / "doc.json", large_document(50, prefix="o")))
    assert summary.counts["insert"] == 100


def _put_in_notes(doc: dict) -> None:
    doc["persons"][-1]["notes"] = "put in after the check"


def _unreadable_date(doc: dict) -> None:
    # a date the check never saw: the second reading said "DateError: ..." (or worse)
    doc["persons"][0]["birth"] = "not a date"


@pytest.mark.parametrize("change", [_put_in_notes, _unreadable_date], ids=["notes", "unreadable-date"])
def test_a_document_changed_between_check_and_write_writes_nothing(
    tmp_path: Path, plain_path: Path, children, monkeypatch: pytest.MonkeyPatch, change
):
    # made ready in this process: the document is read twice, and the second reading must match
    monkeypatch.setattr(preparing, "AHEAD_MIN_BYTES", 10**12)
    doc = large_document(300, prefix="c")
    path = _write(tmp_path / "doc.json", doc)
    before = file_snapshot(plain_path)
    with CaseFile.open(plain_path) as cf, exchange.stage_file(path) as staged:
        change(doc)
        _write(path, doc)
        with pytest.raises(CasefileError, match="changed while it was being imported; nothing was changed"):
            exchange.import_staged(cf, staged)
    assert not children
    with CaseFile.open(plain_path) as cf:
        assert records.count(cf) == 0
    assert file_snapshot(plain_path)["main"] == before["main"]


# A child checks the document as it reads it, once, while this process writes what passed: a fault
# found on the way, or only at the end, must leave the case file as it was and be told exactly as a
# check before the write tells it.


def _bad_last_record(doc: dict) -> None:
    doc["acts"][-1]["type"] = "not a type"


def _id_twice(doc: dict) -> None:
    doc["acts"][-1]["id"] = doc["acts"][0]["id"]  # in one batch of the write or two: SQLite refuses it


def _id_twice_nearby(doc: dict) -> None:
    doc["persons"][1]["id"] = doc["persons"][0]["id"]


def _reference_to_nothing(doc: dict) -> None:
    doc["acts"][-1]["victim"] = "nobody-at-all"


def _reference_to_the_wrong_list(doc: dict) -> None:
    doc["acts"][-2]["victim"] = doc["acts"][0]["id"]


def _wrong_format_at_the_end(doc: dict) -> None:
    del doc["format"]
    doc["format"] = "something else"  # written after the lists


def _unknown_key(doc: dict) -> None:
    doc["extra"] = []


def _bad_case_settings(doc: dict) -> None:
    doc["case"] = {"title": 5}


@pytest.mark.parametrize(
    "fault",
    [
        _bad_last_record,
        _id_twice,
        _id_twice_nearby,
        _reference_to_nothing,
        _reference_to_the_wrong_list,
        _wrong_format_at_the_end,
        _unknown_key,
        _bad_case_settings,
    ],
)
@pytest.mark.parametrize("share", ["waiting", "alternate"], ids=["child", "child-and-parent"])
def test_a_fault_found_while_writing_writes_nothing_and_is_told_as_before(
    tmp_path: Path, plain_path: Path, children, monkeypatch: pytest.MonkeyPatch, fault, share
):
    monkeypatch.setattr(preparing, "SHARE", share)
    monkeypatch.setattr(preparing, "_BATCH", 7)
    doc = large_document(120, prefix="f")
    fault(doc)
    path = _write(tmp_path / "doc.json", doc)
    with CaseFile.open(plain_path) as cf:
        expected = exchange.check_document(cf, doc)
    assert expected  # the fault is one
    before = file_snapshot(plain_path)
    with CaseFile.open(plain_path) as cf, pytest.raises(InvalidRecord) as refused:
        exchange.import_file(cf, path)
    assert len(children) == 1
    assert [str(p) for p in refused.value.problems] == [str(p) for p in expected]
    with CaseFile.open(plain_path) as cf:
        assert records.count(cf) == 0 and audit.entries(cf) == []
    assert file_snapshot(plain_path)["main"] == before["main"]


def test_ids_a_case_file_gives_another_list_are_all_told_and_nothing_is_written(
    tmp_path: Path, plain_path: Path, children, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(preparing, "_BATCH", 5)
    with CaseFile.open(plain_path) as cf:
        exchange.import_document(cf, minimal_document(events=[{"id": "g-a3", "title": {"en": "An event"}}]))
        exchange.import_document(cf, minimal_document(places=[{"id": "g-v50", "name": {"en": "A place"}}]))
    doc = large_document(60, prefix="g")
    path = _write(tmp_path / "doc.json", doc)
    with CaseFile.open(plain_path) as cf:
        expected = exchange.check_document(cf, doc)
        entries = len(audit.entries(cf))
    assert [p.record_id for p in expected] == ["g-v50", "g-a3"]  # persons first: the format's order
    before = file_snapshot(plain_path)
    with CaseFile.open(plain_path) as cf, pytest.raises(InvalidRecord) as refused:
        exchange.import_file(cf, path)
    assert [str(p) for p in refused.value.problems] == [str(p) for p in expected] and len(children) == 1
    with CaseFile.open(plain_path) as cf:
        assert records.count(cf) == 2 and len(audit.entries(cf)) == entries
    assert file_snapshot(plain_path)["main"] == before["main"]


def test_the_child_tells_faults_in_the_language_of_the_app(
    tmp_path: Path, plain_path: Path, children, monkeypatch: pytest.MonkeyPatch
):
    doc = large_document(30, prefix="l")
    _bad_last_record(doc)
    _reference_to_nothing(doc)
    path = _write(tmp_path / "doc.json", doc)
    set_language("fa")
    try:
        with CaseFile.open(plain_path) as cf:
            expected = [str(p) for p in exchange.check_document(cf, doc)]
            with pytest.raises(InvalidRecord) as refused:
                exchange.import_file(cf, path)
        told = [str(p) for p in refused.value.problems]
    finally:
        set_language("en")
    assert told == expected and any("\u0600" <= c <= "\u06ff" for c in told[0])  # in Persian, as here


@pytest.mark.parametrize(
    "text",
    [
        '{"format": "casefile-exchange", "version": 1, "persons": [{"id": "x", }]}',  # a syntax error
        '{"format": "casefile-exchange", "format": "casefile-exchange", "version": 1, "persons": []}',
    ],
    ids=["syntax-error", "key-twice"],
)
def test_a_document_the_child_cannot_read_by_records_is_read_whole_as_before(
    tmp_path: Path, plain_path: Path, children, text: str
):
    path = tmp_path / "doc.json"
    path.write_text(text, encoding="utf-8")
    with CaseFile.open(plain_path) as cf:
        try:
            exchange.import_document(cf, exchange.read_document(path))
            expected: object = "imported"
        except InvalidRecord as e:
            expected = [str(p) for p in e.problems]
    with CaseFile.open(plain_path) as cf, exchange.stage_file(path) as staged:
        try:
            exchange.import_staged(cf, staged)
            told: object = "imported"
        except InvalidRecord as e:
            told = [str(p) for p in e.problems]
    assert told == expected and len(children) == 1


def test_a_document_in_utf16_is_imported_through_the_whole_reading(tmp_path: Path, plain_path: Path, children):
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(large_document(20, prefix="u"), ensure_ascii=False), encoding="utf-16")
    with CaseFile.open(plain_path) as cf, exchange.stage_file(path) as staged:
        summary = exchange.import_staged(cf, staged)
        ids = {rid for chunk in staged.staging.ids() for rid, _kind, _order in chunk}
    assert summary.counts["insert"] == 40 and len(ids) == 40 and len(children) == 1
