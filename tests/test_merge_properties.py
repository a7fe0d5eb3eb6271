"""Merge, as a property: random edits on two or three copies, merged in random orders.

* no edit is lost: every value typed on any copy ends up in the merged copy, or waits in a conflict
  (as "mine" or "theirs");
* merging the same copy twice changes nothing (no audit entry);
* with no field edited on two copies, a full exchange converges: every copy ends with the same records.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casefile import audit, merge, records
from casefile.exchange import export_document
from casefile.store import CaseFile

PLACES = [f"pl-{i}" for i in range(6)]
FIELDS = ("notes", "lat", "lon")


def _template(folder: Path) -> Path:
    path = folder / "template.casefile"
    if not path.exists():
        with CaseFile.create(path, None) as cf:
            records.save_many(cf, [("places", {"id": p, "name": {"en": p.upper()}, "kind": "city"}) for p in PLACES])
    return path


def _value(field: str, copy: int, n: int) -> object:
    return f"note {copy}.{n}" if field == "notes" else round(copy * 10 + n / 100, 4)


edits = st.lists(st.tuples(st.sampled_from(PLACES), st.sampled_from(FIELDS)), max_size=6)


def _apply(path: Path, copy: int, todo: list[tuple[str, str]], added: int) -> dict[tuple[str, str], object]:
    typed: dict[tuple[str, str], object] = {}
    with CaseFile.open(path) as cf:
        for n, (rid, field) in enumerate(todo):
            value = _value(field, copy, n)
            rec = records.require(cf, rid)
            records.save(cf, "places", {**rec.data, field: value})
            typed[(rid, field)] = value
        for n in range(added):
            rid = f"pl-new-{copy}-{n}"
            records.save(cf, "places", {"id": rid, "name": {"fa": f"جای {copy}-{n}"}, "kind": "other"})
            typed[(rid, "name")] = {"fa": f"جای {copy}-{n}"}
    return typed


def _records(path: Path) -> dict[str, dict]:
    with CaseFile.open(path) as cf:
        doc = export_document(cf)
    return {r["id"]: r for r in doc.get("places", [])}


def _merge(into: Path, other: Path) -> None:
    with CaseFile.open(into) as cf, CaseFile.open(other) as oth:
        merge.merge(cf, oth)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    per_copy=st.lists(st.tuples(edits, st.integers(0, 2)), min_size=2, max_size=3),
    order=st.permutations([0, 1, 2]),
)
def test_no_edit_is_lost_and_merging_again_changes_nothing(tmp_path_factory, per_copy, order) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("merge-prop")
    template = _template(folder)
    copies = []
    typed: dict[tuple[str, str], set] = {}
    for i, (todo, added) in enumerate(per_copy):
        path = folder / f"copy-{i}.casefile"
        shutil.copy2(template, path)
        for key, value in _apply(path, i, todo, added).items():
            typed.setdefault(key, set()).add(repr(value))
        copies.append(path)
    target = copies[0]
    for i in [i for i in order if 0 < i < len(copies)]:
        _merge(target, copies[i])
    merged = _records(target)
    with CaseFile.open(target) as cf:
        waiting = merge.conflicts(cf)
        entries = len(audit.entries(cf))
    for (rid, field), values in typed.items():
        held = {repr(merged.get(rid, {}).get(field))}
        held |= {repr(c.mine) for c in waiting if (c.record_id, c.field) == (rid, field)}
        held |= {repr(c.theirs) for c in waiting if (c.record_id, c.field) == (rid, field)}
        # the last value typed on each copy survives where a person will see it
        assert values <= held, (rid, field, values, held)
    for i in range(1, len(copies)):
        _merge(target, copies[i])
    with CaseFile.open(target) as cf:
        assert len(audit.entries(cf)) == entries


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(assignment=st.lists(st.tuples(st.sampled_from(PLACES), st.sampled_from(FIELDS), st.integers(0, 2)), max_size=8))
def test_a_full_exchange_without_overlapping_edits_converges(tmp_path_factory, assignment) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("merge-conv")
    template = _template(folder)
    owner: dict[tuple[str, str], int] = {}
    for rid, field, copy in assignment:
        owner.setdefault((rid, field), copy)  # each field edited on one copy only
    copies = []
    for i in range(3):
        path = folder / f"copy-{i}.casefile"
        shutil.copy2(template, path)
        _apply(path, i, [key for key, who in owner.items() if who == i], added=1)
        copies.append(path)
    a, b, c = copies
    for into, other in ((a, b), (a, c), (b, a), (c, a)):
        _merge(into, other)
    assert _records(a) == _records(b) == _records(c)
    for path in copies:
        with CaseFile.open(path) as cf:
            assert merge.conflicts(cf) == []
