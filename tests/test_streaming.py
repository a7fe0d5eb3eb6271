"""Whole-file operations that read and write record by record (issue 13): an import read from its
file in pieces does exactly what importing the parsed document does, with the same messages in the
same order; an export written as it reads equals the document built in memory; counts by role
agree with the list they count."""

from __future__ import annotations

import io
import json
import os
import sqlite3
from pathlib import Path

import pytest

from casefile import exchange, records
from casefile.errors import InvalidRecord
from casefile.model import LISTS
from casefile.store import CaseFile
from tests.support.documents import full_document, large_document
from tests.support.helpers import PASSPHRASE, counts, file_snapshot, saving_meanwhile


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    # pieces of 61 bytes: records, strings, numbers and Persian letters are cut everywhere
    monkeypatch.setattr(exchange._Reader, "CHUNK", 61)


def _write(path: Path, doc: dict, *, bom: bool = False, indent: int | None = None) -> Path:
    text = json.dumps(doc, ensure_ascii=False, indent=indent)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def _state(cf: CaseFile) -> tuple:
    c = counts(cf)
    c.pop("fingerprint")  # entries carry the time they were written
    return c, json.dumps(exchange.export_document(cf), sort_keys=True)


@pytest.mark.parametrize(("bom", "indent"), [(False, None), (True, 2)])
def test_a_file_read_in_pieces_imports_as_the_parsed_document_does(tmp_path: Path, small_chunks, bom, indent):
    doc = full_document()
    path = _write(tmp_path / "doc.json", doc, bom=bom, indent=indent)
    with CaseFile.create(tmp_path / "a.casefile", PASSPHRASE) as a, CaseFile.create(tmp_path / "b", None) as b:
        with exchange.stage_file(path) as staged:
            assert isinstance(staged.source, exchange._FileDocument)  # read in pieces, not parsed whole
            streamed = exchange.import_staged(a, staged)
        parsed = exchange.import_document(b, doc)
        assert str(streamed) == str(parsed)
        assert _state(a) == _state(b)
        # and again: every record unchanged, nothing written
        assert exchange.import_file(a, path).counts == {"insert": 0, "update": 0, "unchanged": len(_records(doc))}


def _records(doc: dict) -> list:
    return [r for kind in LISTS for r in doc.get(kind, [])]


def test_faults_are_listed_as_for_the_parsed_document_even_with_lists_out_of_order(
    tmp_path: Path, plain_path: Path, small_chunks
):
    doc = full_document()
    person = doc["persons"][0]
    doc["places"].append({"id": person["id"], "name": {"en": "A place with a person's id"}})  # duplicate id
    doc["acts"][0]["victim"] = "nobody"  # reference to nothing
    doc["persons"].append({"id": "p-broken", "name": "not an object"})  # a record's own fault
    doc["persons"].append(dict(doc["persons"][1]))  # the same id twice in one list
    # lists in reverse order: the messages still follow the format's order of lists
    reordered = {k: doc[k] for k in ("format", "version", "case") if k in doc}
    reordered.update({k: doc[k] for k in reversed(LISTS) if k in doc})
    path = _write(tmp_path / "doc.json", reordered)
    before = file_snapshot(plain_path)
    with CaseFile.open(plain_path) as cf:
        expected = exchange.check_document(cf, reordered)
        with exchange.stage_file(path) as staged, pytest.raises(InvalidRecord) as err:
            assert isinstance(staged.source, exchange._FileDocument)
            exchange.import_staged(cf, staged)
    assert [str(p) for p in err.value.problems] == [str(p) for p in expected]
    assert len(expected) >= 3 and any("duplicate id: also in persons" in str(p) for p in expected)
    assert file_snapshot(plain_path) == before

    # once the records are right, the references are checked: against the document and the file
    del reordered["places"][-1]
    reordered["persons"] = [p for p in reordered["persons"] if p["id"] != "p-broken"][:-1]
    _write(path, reordered)
    with CaseFile.open(plain_path) as cf, exchange.stage_file(path) as staged:
        with pytest.raises(InvalidRecord) as err:
            exchange.import_staged(cf, staged)
        assert [str(p) for p in err.value.problems] == [str(p) for p in exchange.check_document(cf, reordered)]
        assert "'nobody', which is not in the case file" in str(err.value.problems[0])
    assert file_snapshot(plain_path) == before


def test_a_top_level_key_given_twice_counts_once_as_json_reads_it(tmp_path: Path, plain_path: Path):
    persons = json.dumps([{"id": "p-first", "name": {"en": "First"}}])
    last = json.dumps([{"id": "p-last", "name": {"en": "Last"}}])
    path = tmp_path / "doc.json"
    path.write_text(
        '{"format": "casefile-exchange", "version": 1, "persons": ' + persons + ', "persons": ' + last + "}"
    )
    with CaseFile.open(plain_path) as cf, exchange.stage_file(path) as staged:
        assert isinstance(staged.source, exchange._DictDocument)  # read whole instead: JSON keeps the last
        exchange.import_staged(cf, staged)
        assert [r.id for r in records.iter_records(cf, "persons")] == ["p-last"]


def test_syntax_errors_read_as_before(tmp_path: Path, small_chunks):
    path = tmp_path / "doc.json"
    text = json.dumps(full_document(), ensure_ascii=False, indent=1)
    cut = text[: len(text) // 2] + ",]" + text[len(text) // 2 :]
    path.write_text(cut, encoding="utf-8")
    with pytest.raises(InvalidRecord) as streamed:
        exchange.stage_file(path)
    with pytest.raises(InvalidRecord) as whole:
        exchange.load_document(cut.encode())
    assert str(streamed.value) == str(whole.value) and "line" in str(whole.value)


# A document changed between the check and the write: tests/test_preparing.py, in either process.


def test_a_bulk_import_into_an_empty_file_keeps_every_index(tmp_path: Path, plain_path: Path):
    def indexes(path: Path) -> list:
        conn = sqlite3.connect(path)
        try:
            return conn.execute(
                "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY 1"
            ).fetchall()
        finally:
            conn.close()

    before = indexes(plain_path)
    with CaseFile.open(plain_path) as cf:
        exchange.import_file(cf, _write(tmp_path / "doc.json", large_document(exchange._BULK_MIN, prefix="x")))
    assert indexes(plain_path) == before
    with CaseFile.open(plain_path) as cf:
        assert records.count(cf, "persons", role="victim") == exchange._BULK_MIN
        assert records.referrers(cf, "x-v7")[0].from_id == "x-a7"  # links found through their index


def test_an_export_written_as_it_reads_is_the_document_built_in_memory(tmp_path: Path):
    with CaseFile.create(tmp_path / "c.casefile", PASSPHRASE) as cf:
        out = io.StringIO()
        exchange.write_export(cf, out)
        empty = io.StringIO()
        exchange.dump_document(exchange.export_document(cf), empty)
        assert out.getvalue() == empty.getvalue()
        exchange.import_document(cf, full_document())
        for attachments in (True, False):
            streamed, whole = io.StringIO(), io.StringIO()
            exchange.write_export(cf, streamed, attachments=attachments)
            exchange.dump_document(exchange.export_document(cf, attachments=attachments), whole)
            assert streamed.getvalue() == whole.getvalue()
        target = tmp_path / "out.json"
        exchange.export_file(cf, target)
        whole = io.StringIO()
        exchange.dump_document(exchange.export_document(cf), whole)
        assert target.read_text(encoding="utf-8") == whole.getvalue()
        assert target.stat().st_mode & 0o777 == 0o600


def test_counts_by_role_agree_with_the_rows_listed(tmp_path: Path):
    path = tmp_path / "plain.casefile"
    with CaseFile.create(path, None) as cf:
        exchange.import_document(cf, full_document())
        exchange.import_document(cf, large_document(40, prefix="r"))
    conn = sqlite3.connect(path)
    # a role naming a record that is no person, and one naming nothing (written behind the app's back)
    conn.execute("INSERT INTO person_roles (person_id, role, source_id) VALUES ('r-a1', 'victim', 'x')")
    conn.execute("INSERT INTO person_roles (person_id, role, source_id) VALUES ('ghost', 'witness', 'x')")
    conn.commit()
    conn.close()
    with CaseFile.open(path) as cf:
        for role in ("victim", "witness", "relative", "official"):
            shown = records.list_rows(cf, "persons", role=role, limit=10_000)
            assert records.count(cf, "persons", role=role) == len(shown) > 0
            filtered = records.list_rows(cf, "persons", role=role, filter_text="a", limit=10_000)
            assert records.count(cf, "persons", role=role, filter_text="a") == len(filtered)
        both = records.list_person_rows(cf, ["relative", "witness"], limit=10_000)
        assert records.count_persons(cf, ["relative", "witness"]) == len(both) == len({r.id for r in both})
        assert records.count(cf) == sum(records.count(cf, kind) for kind in LISTS)


def test_records_deleted_then_imported_again_reuse_their_versions(tmp_path: Path, plain_path: Path):
    # the file holds no record but every version of them: a bulk import must find those, not add twins
    doc = large_document(exchange._BULK_MIN, prefix="d")
    path = _write(tmp_path / "doc.json", doc)
    with CaseFile.open(plain_path) as cf:
        exchange.import_file(cf, path)
        for rid in [r.id for r in records.iter_records(cf, "persons")]:
            records.delete(cf, rid)
        assert records.count(cf) == 0
        assert str(exchange.import_file(cf, path)) == f"{2 * exchange._BULK_MIN} added, 0 updated, 0 unchanged"
        assert records.count(cf) == 2 * exchange._BULK_MIN
    with CaseFile.open(plain_path) as cf:
        from casefile.verify import verify

        assert verify(cf).ok


def test_scratch_files_go_with_the_import_or_with_the_next_one(tmp_path: Path, plain_path: Path):
    import subprocess
    import sys
    import tempfile

    scratch = Path(tempfile.gettempdir())
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    abandoned = scratch / f"casefile-import-{gone.stdout.strip()}-test.tmp"  # a process killed mid-import
    alive = scratch / f"casefile-import-{os.getpid()}-test.tmp"  # one still importing
    abandoned.write_bytes(b"x")
    alive.write_bytes(b"x")
    try:
        path = _write(tmp_path / "doc.json", full_document())
        with CaseFile.open(plain_path) as cf, exchange.stage_file(path) as staged:
            own = staged.staging.path
            assert own is not None and own.exists() and own.name.startswith(f"casefile-import-{os.getpid()}-")
            exchange.import_staged(cf, staged)
        assert not own.exists()
        assert not abandoned.exists() and alive.exists()
    finally:
        abandoned.unlink(missing_ok=True)
        alive.unlink(missing_ok=True)


def test_an_export_written_as_it_reads_reports_progress_and_can_be_cancelled(tmp_path: Path, plain_path: Path):
    from casefile.errors import Cancelled

    with CaseFile.open(plain_path) as cf:
        exchange.import_document(cf, large_document(600, prefix="p"))
        seen: list[tuple[int, int]] = []
        exchange.write_export(cf, io.StringIO(), progress=lambda done, total: seen.append((done, total)))
        assert seen[0] == (1000, 1200) and seen[-1] == (1200, 1200)
        target = tmp_path / "out.json"
        with pytest.raises(Cancelled):
            exchange.export_file(cf, target, cancelled=lambda: True)
        assert not target.exists() and not Path(f"{target}.part").exists()  # nothing half-written is left


def test_an_export_is_one_state_of_the_file_while_another_program_saves(tmp_path: Path):
    # a person and an act about them saved while the export read the persons: the export held the
    # act without the person, and did not import
    path = tmp_path / "c.casefile"
    with CaseFile.create(path, None) as cf:
        exchange.import_document(cf, large_document(1500, prefix="s"))
    save_meanwhile, saved = saving_meanwhile(path, "export")

    with CaseFile.open(path) as cf:
        exchange.export_file(cf, tmp_path / "out.json", progress=save_meanwhile)
        assert saved and records.get(cf, "a-late") is not None  # saved, after the export began
    doc = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    ids = {r["id"] for kind in LISTS for r in doc.get(kind, [])}
    assert "p-late" not in ids and "a-late" not in ids and len(ids) == 3000
    with CaseFile.create(tmp_path / "again.casefile", None) as again:
        assert exchange.import_file(again, tmp_path / "out.json").counts["insert"] == 3000


@pytest.mark.parametrize("audience", ["un", "public"])
def test_an_audience_export_written_through_a_spool_is_the_document_built_in_memory(tmp_path: Path, audience: str):
    from casefile.audience import AudienceView, audience_document, write_audience_document

    with CaseFile.create(tmp_path / "c.casefile", PASSPHRASE) as cf:
        exchange.import_document(cf, full_document())
        for attachments in (True, False):
            streamed_view, whole_view = AudienceView(cf, audience), AudienceView(cf, audience)
            streamed, whole = io.StringIO(), io.StringIO()
            write_audience_document(cf, audience, streamed, view=streamed_view, attachments=attachments)
            doc = audience_document(cf, audience, view=whole_view, attachments=attachments)
            exchange.dump_document(doc, whole)
            assert streamed.getvalue() == whole.getvalue()
            assert streamed_view.withheld == whole_view.withheld and whole_view.withheld
    # the persons list is written in two runs: those shown, then those known only by a reference
    # (a witness who asked not to be named), which every later list may refer to
    persons = doc["persons"]
    by_reference = [p for p in persons if set(p) == {"id", "name"} and p["name"] == {"en": p["id"]}]
    assert by_reference and persons[-len(by_reference) :] == by_reference and len(persons) > len(by_reference)


def test_an_audience_export_cancelled_writes_nothing_and_leaves_no_spool(tmp_path: Path, plain_path: Path):
    from casefile.audience import write_audience_document
    from casefile.errors import Cancelled

    spool_dir = tmp_path / "beside"
    spool_dir.mkdir()
    with CaseFile.open(plain_path) as cf:
        exchange.import_document(cf, large_document(600, prefix="p"))
        seen: list[tuple[int, int]] = []
        out = io.StringIO()
        write_audience_document(cf, "un", out, spool_dir=spool_dir, progress=lambda d, t: seen.append((d, t)))
        assert seen[0] == (500, 1200) and seen[-1] == (1200, 1200) and json.loads(out.getvalue())["persons"]
        out = io.StringIO()
        with pytest.raises(Cancelled):
            write_audience_document(cf, "un", out, spool_dir=spool_dir, cancelled=lambda: True)
    assert out.getvalue() == "" and list(spool_dir.iterdir()) == []
