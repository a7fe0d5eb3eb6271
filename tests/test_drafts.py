"""Drafts: unfinished work kept inside the case file, encrypted with it."""

from __future__ import annotations

from pathlib import Path

from casefile import drafts, records
from casefile.store import CaseFile
from tests.support.helpers import PASSPHRASE


def test_a_draft_is_kept_inside_the_encrypted_file_and_survives_reopening(encrypted_path: Path):
    account = {"text": "پسرم را در تابستان ۱۳۶۷ بردند", "victim": {"fa": "پرویز کاظمی"}}
    with CaseFile.open(encrypted_path, PASSPHRASE) as cf:
        audit_before = records.state_fingerprint(cf)
        drafts.save_draft(cf, "testimony:1", account, "About پرویز کاظمی")
        assert records.state_fingerprint(cf) == audit_before  # not a record change: no audit entry
    raw = (
        encrypted_path.read_bytes() + Path(f"{encrypted_path}-wal").read_bytes()
        if Path(f"{encrypted_path}-wal").exists()
        else encrypted_path.read_bytes()
    )
    assert "کاظمی".encode() not in raw and b"testimony:1" not in raw
    with CaseFile.open(encrypted_path, PASSPHRASE) as cf:
        kept = drafts.load_draft(cf, "testimony:1")
        assert kept is not None and kept.data == account and kept.description == "About پرویز کاظمی"
        assert kept.saved.endswith("Z")
        assert records.count(cf) == 0 and records.case_settings(cf) == {}


def test_drafts_are_listed_newest_first_by_prefix_and_discarded(plain_case: CaseFile):
    drafts.save_draft(plain_case, "testimony:a", {"n": 1})
    drafts.save_draft(plain_case, "edit:persons:v_1", {"n": 2})
    drafts.save_draft(plain_case, "testimony:b", {"n": 3})
    names = [d.name for d in drafts.list_drafts(plain_case, "testimony:")]
    assert sorted(names) == ["testimony:a", "testimony:b"]
    # '_' and '%' in a prefix are taken literally
    assert [d.name for d in drafts.list_drafts(plain_case, "edit:persons:v_")] == ["edit:persons:v_1"]
    assert drafts.list_drafts(plain_case, "edit:persons:v%") == []
    drafts.save_draft(plain_case, "testimony:a", {"n": 4})  # replaced, not added
    assert [d.data for d in drafts.list_drafts(plain_case, "testimony:a")] == [{"n": 4}]
    assert drafts.discard_draft(plain_case, "testimony:a") is True
    assert drafts.discard_draft(plain_case, "testimony:a") is False
    assert drafts.load_draft(plain_case, "testimony:a") is None
