"""Several laptops, one case: copies merged three-way per field, conflicts kept, nothing lost.

Every test uses real case files on disk: a case file copied as a user would (the file itself), or
a share made with ``casefile share``, edited on each side and merged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from casefile import audit, merge, records
from casefile.errors import InvalidRecord
from casefile.share import make_share
from casefile.store import CaseFile
from casefile.verify import verify
from tests.support.helpers import saving_meanwhile


@pytest.fixture
def copies(plain_demo_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Laptop A's case file and laptop B's copy of it (copied while closed, as a user would)."""
    b = tmp_path / "laptop-b.casefile"
    shutil.copy2(plain_demo_path, b)
    return plain_demo_path, b


def _edit(path: Path, record_id: str, **fields: object) -> None:
    with CaseFile.open(path) as cf:
        rec = records.require(cf, record_id)
        data = {**rec.data, **fields}
        records.save(cf, rec.kind, {k: v for k, v in data.items() if v is not None})


def _merge(into: Path, other: Path, **kw: object) -> merge.MergePlan:
    with CaseFile.open(into) as cf, CaseFile.open(other) as oth:
        return merge.merge(cf, oth, **kw)  # type: ignore[arg-type]


def _data(path: Path, record_id: str) -> dict | None:
    with CaseFile.open(path) as cf:
        rec = records.get(cf, record_id)
        return rec.data if rec else None


def _all(path: Path) -> dict[str, dict]:
    from casefile.exchange import export_document

    with CaseFile.open(path) as cf:
        doc = export_document(cf)
    return {r["id"]: r for kind, items in doc.items() if isinstance(items, list) for r in items}


def test_an_edit_on_the_other_laptop_is_taken_and_mine_is_kept(copies: tuple[Path, Path]) -> None:
    a, b = copies
    _edit(a, "pl-evin", notes="A: visits stopped in Mordad 1367")
    _edit(b, "pl-khavaran", notes="B: mass graves reported")
    done = _merge(a, b)
    assert done.summary()["updated"] == 1 and done.summary()["conflicts"] == 0
    assert _data(a, "pl-evin")["notes"] == "A: visits stopped in Mordad 1367"  # not replaced by B's older one
    assert _data(a, "pl-khavaran")["notes"] == "B: mass graves reported"


def test_the_same_field_changed_on_both_sides_is_a_conflict_and_mine_stays(copies: tuple[Path, Path]) -> None:
    a, b = copies
    before = _data(a, "pl-evin")["notes"]
    _edit(a, "pl-evin", notes="A's note")
    _edit(b, "pl-evin", notes="B's note", lat=35.8)
    done = _merge(a, b)
    assert done.summary()["conflicts"] == 1 and done.summary()["merged"] == 1
    evin = _data(a, "pl-evin")
    assert evin["notes"] == "A's note" and evin["lat"] == 35.8  # the other field came over
    with CaseFile.open(a) as cf:
        (c,) = merge.conflicts(cf)
        assert (c.record_id, c.field, c.base, c.mine, c.theirs) == ("pl-evin", "notes", before, "A's note", "B's note")
        merge.resolve(cf, c.id, "theirs")
        assert merge.conflicts(cf) == []
        assert records.get(cf, "pl-evin").data["notes"] == "B's note"
        assert verify(cf).ok
    # merging the same copy again after settling it raises nothing new
    again = _merge(a, b)
    assert again.summary()["conflicts"] == 0 and again.summary()["updated"] == 0


def test_merging_the_same_copy_twice_changes_nothing(copies: tuple[Path, Path]) -> None:
    a, b = copies
    _edit(a, "pl-evin", notes="A's note")
    _edit(b, "pl-evin", notes="B's note")
    _edit(b, "pl-khavaran", notes="B only")
    _merge(a, b)
    with CaseFile.open(a) as cf:
        entries = len(audit.entries(cf))
    second = _merge(a, b)
    assert second.summary() == {"added": 0, "updated": 0, "unchanged": second.unchanged, "merged": 0, "conflicts": 0}
    with CaseFile.open(a) as cf:
        assert len(audit.entries(cf)) == entries
        assert len(merge.conflicts(cf)) == 1


def test_a_to_b_then_b_to_a_converges(copies: tuple[Path, Path]) -> None:
    a, b = copies
    _edit(a, "pl-evin", notes="A")
    _edit(b, "pl-khavaran", notes="B")
    with CaseFile.open(b) as cf:
        records.save(cf, "places", {"id": "pl-new", "name": {"en": "Gohardasht", "fa": "گوهردشت"}, "kind": "prison"})
    _merge(a, b)
    _merge(b, a)
    assert _all(a) == _all(b)
    for path in (a, b):
        with CaseFile.open(path) as cf:
            assert verify(cf).ok, verify(cf).problems


def test_a_deletion_against_an_edit_is_a_conflict_not_a_loss(copies: tuple[Path, Path]) -> None:
    a, b = copies
    with CaseFile.open(b) as cf:
        citation = next(r.id for r in records.iter_records(cf, "citations"))
    _edit(a, citation, locator="p. 99")
    with CaseFile.open(b) as cf:
        records.delete(cf, citation)
    done = _merge(a, b)
    assert done.summary()["conflicts"] == 1
    assert _data(a, citation)["locator"] == "p. 99"  # still here until a person decides
    with CaseFile.open(a) as cf:
        (c,) = merge.conflicts(cf)
        assert c.field == merge.WHOLE_RECORD and c.theirs is None and c.mine["locator"] == "p. 99"


def test_each_merged_change_says_where_it_came_from_and_both_files_verify(copies: tuple[Path, Path]) -> None:
    a, b = copies
    with CaseFile.open(b) as cf:
        records.set_case_settings(cf, {"title": "Copy B", "submitter": {"name": "Advocate on laptop B"}})
    _edit(b, "pl-khavaran", notes="B")
    _merge(a, b)
    with CaseFile.open(a) as cf:
        entry = audit.entries(cf, "pl-khavaran")[-1]
        origin = json.loads(entry.origin or "{}")
        assert origin["label"] == "Advocate on laptop B" and origin["file"] == "laptop-b.casefile"
        assert verify(cf).ok
    with CaseFile.open(b) as cf:
        assert verify(cf).ok


def test_a_share_of_one_victim_comes_back_with_the_familys_edits(plain_demo_path: Path, tmp_path: Path) -> None:
    share = tmp_path / "for-the-sister.casefile"
    with CaseFile.open(plain_demo_path) as cf:
        victim = records.list_rows(cf, "persons", role="victim", limit=1)[0].id
        counts = make_share(cf, share, None, persons=[victim])
        total = records.count(cf)
    assert 1 < sum(counts.values()) < total
    with CaseFile.open(share) as cf:
        assert records.get(cf, victim) is not None
        assert verify(cf).ok
        rec = records.require(cf, victim)
        records.save(cf, "persons", {**rec.data, "occupation": "teacher"})
        records.save(cf, "places", {"id": "pl-family-home", "name": {"fa": "خانه‌ی خانواده"}, "kind": "other"})
    done = _merge(plain_demo_path, share)
    assert done.summary()["updated"] == 1 and done.summary()["added"] == 1 and done.summary()["conflicts"] == 0
    assert _data(plain_demo_path, victim)["occupation"] == "teacher"


def test_an_unrelated_case_file_is_refused_unless_confirmed(plain_demo_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "unrelated.casefile"
    with CaseFile.create(other, None) as cf:  # another case that happens to use the same id
        records.save(cf, "places", {"id": "pl-evin", "name": {"en": "Evin Hotel"}, "kind": "other"})
        records.save(cf, "places", {"id": "pl-elsewhere", "name": {"en": "Elsewhere"}, "kind": "city"})
    with CaseFile.open(plain_demo_path) as cf:
        before = records.state_fingerprint(cf)
    with pytest.raises(merge.UnrelatedCopy, match="shares no history"):
        _merge(plain_demo_path, other)
    with CaseFile.open(plain_demo_path) as cf:
        assert records.state_fingerprint(cf) == before
    done = _merge(plain_demo_path, other, allow_unrelated=True)
    assert done.summary()["added"] == 1 and done.summary()["conflicts"] >= 1
    assert _data(plain_demo_path, "pl-evin")["name"]["en"] != "Evin Hotel"
    with CaseFile.open(plain_demo_path) as cf:
        assert {c.field for c in merge.conflicts(cf) if c.record_id == "pl-evin"} >= {"name"}


def test_a_merge_that_would_leave_a_dangling_reference_is_refused_whole(copies: tuple[Path, Path]) -> None:
    a, b = copies
    with CaseFile.open(b) as cf:
        records.delete(cf, "pl-khavaran")  # B deletes a place (and what referred to it, on B)
    with CaseFile.open(a) as cf:  # meanwhile A records a new burial place under it
        records.save(cf, "places", {"id": "pl-section-4", "name": {"en": "Section 4"}, "parent": "pl-khavaran"})
        before = records.state_fingerprint(cf)
    with pytest.raises(InvalidRecord) as caught:
        _merge(a, b)
    assert any(p.record_id == "pl-section-4" and "pl-khavaran" in p.message for p in caught.value.problems)
    with CaseFile.open(a) as cf:
        assert records.state_fingerprint(cf) == before
        assert records.get(cf, "pl-khavaran") is not None


def test_a_bad_record_in_the_other_copy_refuses_the_whole_merge(copies: tuple[Path, Path]) -> None:
    import sqlite3

    a, b = copies
    _edit(b, "pl-khavaran", notes="B")
    conn = sqlite3.connect(b)  # someone broke copy B behind the app's back
    conn.execute(
        'UPDATE versions SET data = replace(data, \'"kind":"cemetery"\', \'"kind":"palace"\') '
        "WHERE vid = (SELECT vid FROM record_heads WHERE id = 'pl-khavaran')"
    )
    conn.commit()
    conn.close()
    with CaseFile.open(a) as cf:
        before = records.state_fingerprint(cf)
    with pytest.raises(InvalidRecord):
        _merge(a, b)
    with CaseFile.open(a) as cf:
        assert records.state_fingerprint(cf) == before


def test_an_audience_share_holds_no_id_and_comes_back_without_its_redactions(
    plain_demo_path: Path, tmp_path: Path
) -> None:
    from casefile.audience import AudienceView

    share = tmp_path / "for-amnesty.casefile"
    with CaseFile.open(plain_demo_path) as cf:
        originals = {r[0] for r in cf.conn.execute("SELECT id FROM records")}
        before = {rid: records.get(cf, rid).data for rid in originals}
        make_share(cf, share, None, audience="amnesty")
    with CaseFile.open(share) as sh:
        held = [r[0] for r in sh.conn.execute("SELECT id FROM records")]
        assert held and not set(held) & originals  # stable references, never record ids
        assert sh.conn.execute("SELECT value FROM file_meta WHERE key = 'case_secret'").fetchone() is None
        person = next(records.iter_records(sh, "persons"))
        records.save(sh, "persons", {**person.data, "occupation": "baker"})
        assert verify(sh).ok
    done = _merge(plain_demo_path, share)
    assert done.summary()["merged"] == 1 and done.summary()["conflicts"] == 0, done.summary()
    with CaseFile.open(plain_demo_path) as cf:
        original_id = AudienceView(cf, "amnesty").resolve_reference(person.id)
        assert original_id in originals
        after = records.get(cf, original_id).data
        assert after["occupation"] == "baker"
        assert {k: v for k, v in after.items() if k != "occupation"} == {
            k: v for k, v in before[original_id].items() if k != "occupation"
        }  # the name and every field the share redacted are as they were
        for rid in originals - {original_id}:
            assert records.get(cf, rid).data == before[rid]
        assert verify(cf).ok
    again = _merge(plain_demo_path, share)
    assert again.summary()["merged"] == 0 and again.summary()["conflicts"] == 0


def test_a_record_deleted_in_an_audience_share_is_a_conflict_not_a_deletion(
    plain_demo_path: Path, tmp_path: Path
) -> None:
    share = tmp_path / "for-lawyers.casefile"
    with CaseFile.open(plain_demo_path) as cf:
        make_share(cf, share, None, audience="lawyers")
        total = records.count(cf)
    with CaseFile.open(share) as sh:
        citation = next(records.iter_records(sh, "citations"))
        records.delete(sh, citation.id)
    done = _merge(plain_demo_path, share)
    assert done.summary()["conflicts"] == 1 and done.summary()["updated"] == 0
    with CaseFile.open(plain_demo_path) as cf:
        assert records.count(cf) == total
        (c,) = merge.conflicts(cf)
        assert c.field == merge.WHOLE_RECORD and c.theirs is None


def test_a_share_is_one_state_of_the_file_while_another_program_saves(tmp_path: Path):
    # a person and an act about them saved while the share copied: the act came without the person
    from casefile import exchange
    from tests.support.documents import large_document

    path = tmp_path / "c.casefile"
    with CaseFile.create(path, None) as cf:
        exchange.import_document(cf, large_document(1500, prefix="s"))
    save_meanwhile, saved = saving_meanwhile(path, "share")

    with CaseFile.open(path) as cf:
        make_share(cf, tmp_path / "share.casefile", None, progress=save_meanwhile)
        assert saved and records.get(cf, "a-late") is not None
    with CaseFile.open(tmp_path / "share.casefile") as share:
        assert records.get(share, "p-late") is None and records.get(share, "a-late") is None
        assert records.count(share) == 3000 and verify(share).ok


def test_an_audience_share_is_one_state_of_the_file_and_its_tokens_are_of_what_it_holds(tmp_path: Path):
    # A victim edited by another program while the share is read: the share holds the version it
    # read, and the token that leads back to it is that version's (the merge finds its base by it).
    from casefile import exchange
    from casefile.share import share_token
    from tests.support.documents import large_document

    path = tmp_path / "c.casefile"
    with CaseFile.create(path, None) as cf:
        exchange.import_document(cf, large_document(1500, prefix="s"))
        first = next(records.iter_records(cf, "persons"))
        token_read = share_token(cf, first.id)
    edited: list[int] = []

    def edit_meanwhile(done: int, total: int) -> None:
        if done < total and not edited:
            with CaseFile.open(path) as other:
                records.save(other, "persons", {**first.data, "occupation": "edited meanwhile"})
            edited.append(done)

    with CaseFile.open(path) as cf:
        make_share(cf, tmp_path / "share.casefile", None, audience="un", progress=edit_meanwhile)
        assert edited and share_token(cf, first.id) != token_read
    with CaseFile.open(tmp_path / "share.casefile") as share:
        origins = [json.loads(o) for (o,) in share.conn.execute("SELECT origin FROM audit WHERE origin IS NOT NULL")]
        assert token_read in {o["derived"] for o in origins}
        assert "edited meanwhile" not in json.dumps(exchange.export_document(share))
        assert records.count(share) == 3000 and verify(share).ok


@pytest.mark.parametrize("audience", ["lawyers", "un"])
def test_an_audience_share_carries_attached_files_of_any_size(tmp_path: Path, audience: str):
    # a scan of 13 MB (17.5 million characters in the document) is more than the share's spool
    # holds before writing: it passes whole, with the report and the recording beside it
    import hashlib
    import os

    from casefile import exchange
    from casefile.records import attachment_data
    from tests.support.documents import attachment, full_document

    doc = full_document()
    scan = os.urandom(13 << 20)
    doc["sources"][0]["attachments"].append(attachment("scan.tif", "image/tiff", scan))
    with CaseFile.create(tmp_path / "c.casefile", None) as cf:
        exchange.import_document(cf, doc)
        make_share(cf, tmp_path / "share.casefile", None, audience=audience)
    held = [a for a in doc["sources"][0]["attachments"] if "data" in a]
    with CaseFile.open(tmp_path / "share.casefile") as share:
        (source,) = [s for s in records.iter_records(share, "sources") if s.data.get("attachments")][:1]
        assert {a["sha256"] for a in source.data["attachments"]} >= {a["sha256"] for a in held}
        for att in held:
            raw = attachment_data(share, att["sha256"])
            assert raw is not None and hashlib.sha256(raw).hexdigest() == att["sha256"]
        assert attachment_data(share, hashlib.sha256(scan).hexdigest()) == scan
        assert verify(share).ok
