"""Several records saved together: all or nothing (the guided testimony saves a person, a relation,
an act and a testimony as one account)."""

from __future__ import annotations

import pytest

from casefile import audit, records
from casefile.errors import InvalidRecord
from casefile.store import CaseFile

ACCOUNT = [
    ("persons", {"id": "p-new", "name": {"fa": "مریم", "en": "Maryam"}}),
    ("persons", {"id": "w-new", "name": {"en": "Sister"}}),
    ("relations", {"id": "r-new", "person": "w-new", "is": "sibling", "of": "p-new"}),
    ("acts", {"id": "a-new", "victim": "p-new", "type": "execution", "date": "1988-08"}),
    ("testimonies", {"id": "t-new", "witness": "w-new", "about": ["p-new"], "text": "She was taken."}),
]


def test_an_account_is_saved_whole_with_an_audit_entry_per_record(plain_case: CaseFile) -> None:
    before = len(audit.entries(plain_case))
    changes = records.save_many(plain_case, ACCOUNT)
    assert [c.action for c in changes] == ["insert"] * 5
    assert records.get(plain_case, "t-new").data["about"] == ["p-new"]
    assert len(audit.entries(plain_case)) == before + 5


def test_one_bad_record_saves_nothing_of_the_account(plain_case: CaseFile) -> None:
    bad = [*ACCOUNT[:-1], ("testimonies", {"id": "t-new", "witness": "w-missing", "text": "x"})]
    with pytest.raises(InvalidRecord) as caught:
        records.save_many(plain_case, bad)
    assert any(p.record_id == "t-new" and p.field == "witness" for p in caught.value.problems)
    assert all(records.get(plain_case, rid) is None for rid in ("p-new", "w-new", "r-new", "a-new", "t-new"))


def test_a_failure_while_writing_leaves_nothing(plain_case: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    real_put = records.RecordWriter.put
    calls = {"n": 0}

    def failing_put(self, kind, data, existing=False):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 4:
            raise OSError("disk went away")
        return real_put(self, kind, data, existing)

    monkeypatch.setattr(records.RecordWriter, "put", failing_put)
    with pytest.raises(OSError):
        records.save_many(plain_case, ACCOUNT)
    assert records.get(plain_case, "p-new") is None and records.get(plain_case, "r-new") is None
