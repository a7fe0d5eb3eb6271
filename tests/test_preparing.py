"""A large import makes its records ready in a child process, started with the check (issue 13): what
it writes is what an import made in one process writes, a changed document or a child that dies
writes nothing, and cancelling stops the child."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from casefile import exchange, preparing, records, search
from casefile.errors import Cancelled, CasefileError
from casefile.store import CaseFile
from tests.support.documents import full_document, large_document
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


def test_cancelling_an_import_stops_its_child_and_writes_nothing(tmp_path: Path, plain_path: Path, children):
    path = _write(tmp_path / "doc.json", large_document(1500, prefix="k"))
    before = file_snapshot(plain_path)

    written: list[int] = []  # the write reports its progress, then asks whether to go on: no

    with CaseFile.open(plain_path) as cf, pytest.raises(Cancelled):
        exchange.import_file(
            cf, path, progress=lambda done, total: written.append(done), cancelled=lambda: bool(written)
        )
    assert written == [1000]
    assert len(children) == 1 and children[0].poll() is not None  # stopped, not left running
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


@pytest.fixture
def child_starts_when_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """The child reads only when the write begins (not with the check): a test can change the
    document in between, and know the child reads the changed bytes."""
    real_start = preparing.Preparer.start

    class StartsWhenRead:
        def __init__(self, path: Path) -> None:
            self.path, self.child = path, None

        def records(self, check_same):
            self.child = real_start(self.path)
            return self.child.records(check_same)

        def close(self) -> None:
            if self.child is not None:
                self.child.close()

    monkeypatch.setattr(preparing.Preparer, "start", StartsWhenRead)


def _put_in_notes(doc: dict) -> None:
    doc["persons"][-1]["notes"] = "put in after the check"


def _unreadable_date(doc: dict) -> None:
    # a date the check never saw: the second reading said "DateError: ..." (or worse)
    doc["persons"][0]["birth"] = "not a date"


@pytest.mark.parametrize("change", [_put_in_notes, _unreadable_date], ids=["notes", "unreadable-date"])
@pytest.mark.parametrize("in_child", [False, True, "shared"], ids=["here", "in-a-child", "in-the-parent-for-a-child"])
def test_a_document_changed_between_check_and_write_writes_nothing(
    tmp_path: Path,
    plain_path: Path,
    children,
    child_starts_when_read,
    monkeypatch: pytest.MonkeyPatch,
    change,
    in_child,
):
    monkeypatch.setattr(preparing, "AHEAD_MIN_BYTES", 1 if in_child else 10**12)
    if in_child == "shared":  # the child sends its first batch as read: this process makes it ready
        monkeypatch.setattr(preparing, "SHARE", "alternate")
    doc = large_document(300, prefix="c")
    path = _write(tmp_path / "doc.json", doc)
    before = file_snapshot(plain_path)
    with CaseFile.open(plain_path) as cf, exchange.stage_file(path) as staged:
        change(doc)
        _write(path, doc)
        with pytest.raises(CasefileError, match="changed while it was being imported; nothing was changed"):
            exchange.import_staged(cf, staged)
    assert len(children) == (1 if in_child else 0)
    with CaseFile.open(plain_path) as cf:
        assert records.count(cf) == 0
    assert file_snapshot(plain_path)["main"] == before["main"]
