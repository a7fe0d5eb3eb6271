"""Property-based tests: random valid documents (built from ``casefile.model.SCHEMA``) round trip;
random invalid ones (a valid one with one fault) are refused with InvalidRecord and nothing written."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casefile import exchange
from casefile.errors import InvalidRecord
from casefile.model import AUDIENCES, CASE_FIELDS, LISTS, SCHEMA, Field, T
from casefile.store import CaseFile
from tests.support.documents import in_schema_order
from tests.support.helpers import counts

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text as people type it: Persian and Latin letters, ZWNJ, Arabic variants, digits of three scripts,
# punctuation, quotes, newlines, and now and then anything UTF-8 can carry (NUL included).
_ALPHABET = st.sampled_from(
    list("abcXYZ éüİß-'\"\\/.,;:()[]{}*%~?\n\t012") + list("کریمیكيحسنعلیآأإؤئةـ\u200c\u064e\u0650۱۳۶۷١٣٦٧")
)
TEXT = st.one_of(
    st.text(_ALPHABET, max_size=25),
    st.text(st.characters(codec="utf-8"), max_size=10),
)
NONBLANK = TEXT.filter(lambda s: s.strip() != "")


@st.composite
def edtf_dates(draw) -> str:
    year = draw(st.integers(1900, 2030))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    mark = draw(st.sampled_from(["", "", "~", "?", "%"]))
    single = draw(
        st.sampled_from([f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}", f"{year}-{month:02d}-XX"])
    )
    form = draw(st.sampled_from(["single", "single", "interval", "open-start", "open-end", "season"]))
    if form == "single":
        return single + (mark if not single.endswith("XX") else "")
    if form == "season":
        return f"{year}-{draw(st.integers(21, 24))}"
    later = f"{year + draw(st.integers(1, 5))}-{month:02d}"
    if form == "interval":
        return f"{single}/{later}" if not single.endswith("XX") else f"{year}/{later}"
    if form == "open-start":
        return f"../{later}"
    return f"{year}/.."


@st.composite
def jalali_dates(draw) -> dict:
    year = draw(st.integers(1300, 1410))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 29))
    value = draw(st.sampled_from([f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}"]))
    return {"calendar": "jalali", "value": value + draw(st.sampled_from(["", "", "~", "?"]))}


DATES = st.one_of(edtf_dates(), jalali_dates())
DATETIMES = st.builds(
    lambda y, mo, d, h, mi, z: f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:00{z}",
    st.integers(1980, 2030), st.integers(1, 12), st.integers(1, 28), st.integers(0, 23), st.integers(0, 59),
    st.sampled_from(["Z", "+00:00", "+03:30", ""]),
)  # fmt: skip


@st.composite
def names(draw) -> dict:
    fa, en = draw(st.one_of(st.none(), NONBLANK)), draw(st.one_of(st.none(), NONBLANK))
    if fa is None and en is None:
        en = draw(NONBLANK)
    return {k: v for k, v in (("fa", fa), ("en", en)) if v is not None}


@st.composite
def attachments(draw) -> dict:
    raw = draw(st.binary(max_size=200))
    att = {"filename": draw(NONBLANK), "sha256": hashlib.sha256(raw).hexdigest()}
    if draw(st.booleans()):
        att["data"] = base64.b64encode(raw).decode()
    if draw(st.booleans()):
        att["custody"] = [{"at": draw(DATETIMES), "by": draw(TEXT), "action": draw(TEXT)}]
    return att


def value_for(draw, f: Field, ids: dict[str, list[str]], own_id: str) -> Any:
    """A valid value for field ``f``; references point at generated ids of the allowed lists."""
    t = f.type
    if t in (T.STR, T.TEXT):
        return draw(NONBLANK if f.required else TEXT)
    if t is T.NAME:
        return draw(names())
    if t is T.ALIASES:
        alias = st.one_of(
            NONBLANK, st.builds(lambda n, k: {"name": n, "kind": k}, NONBLANK, st.sampled_from(
                ("transliteration", "assumed_name", "nickname", "kunya", "other"))), st.builds(lambda n: {"name": n}, NONBLANK))  # fmt: skip
        return draw(st.lists(alias, max_size=3))
    if t is T.DATE:
        return draw(DATES)
    if t is T.DATETIME:
        return draw(DATETIMES)
    if t is T.ENUM:
        return draw(st.sampled_from(f.values))
    if t is T.ENUM_LIST:
        return draw(st.lists(st.sampled_from(f.values), unique=True, max_size=len(f.values)))
    if t is T.NAMING:  # one answer, or one per audience (1.1)
        per_audience = st.dictionaries(st.sampled_from(AUDIENCES), st.sampled_from(f.values), max_size=4)
        return draw(st.one_of(st.sampled_from(f.values), per_audience))
    if t in (T.REF, T.REF_LIST):
        targets = [i for kind in (f.refs or LISTS) for i in ids.get(kind, [])]
        if t is T.REF:
            return draw(st.sampled_from(targets)) if targets else None
        return draw(st.lists(st.sampled_from(targets), max_size=3)) if targets else None
    if t is T.NUMBER:
        return draw(st.one_of(st.integers(-180, 180), st.floats(-180, 180, allow_nan=False)))
    if t is T.BOOL:
        return draw(st.booleans())
    if t is T.OBJECT:
        if f.fields and f.fields[0].name == "filename":
            return draw(attachments())
        return object_for(draw, f.fields, ids, own_id)
    if t is T.OBJECT_LIST:
        if f.fields and f.fields[0].name == "filename":
            return draw(st.lists(attachments(), max_size=2))
        return [object_for(draw, f.fields, ids, own_id) for _ in range(draw(st.integers(0, 2)))]
    raise AssertionError(t)


def object_for(draw, fields: tuple[Field, ...], ids: dict[str, list[str]], own_id: str) -> dict:
    out: dict[str, Any] = {}
    for f in fields:
        if f.name == "id":
            out["id"] = own_id
            continue
        if not f.required and not draw(st.booleans()):
            continue
        value = value_for(draw, f, ids, own_id)
        if value is None and f.nullable and draw(st.booleans()):
            out[f.name] = None  # an explicit null that means something (e.g. not withdrawn)
        elif value is not None:
            out[f.name] = value
    return out


@st.composite
def documents(draw) -> dict:
    """A valid exchange document: ids unique, every reference resolving within it."""
    sizes = {kind: draw(st.integers(0, 3)) for kind in LISTS}
    for kind in ("persons", "places", "organizations", "events", "sources"):
        sizes[kind] = max(1, sizes[kind])  # targets of required references
    ids = {kind: [f"{kind[:3]}-{i}" for i in range(n)] for kind, n in sizes.items()}
    if ids["acts"] == []:
        ids["acts"] = []
    doc: dict[str, Any] = {"format": "casefile-exchange", "version": 1}
    if draw(st.booleans()):
        doc["case"] = object_for(draw, CASE_FIELDS, ids, "")
    for kind in LISTS:
        items = []
        for rid in ids[kind]:
            rec = object_for(draw, SCHEMA[kind], ids, rid)
            if kind == "involvements":
                for pair in (("person", "organization"), ("event", "act")):
                    for name in pair:
                        rec.pop(name, None)
                    choices = [n for n in pair if ids["persons" if n == "person" else n + "s"]]
                    if n := draw(st.sampled_from(choices)):
                        target_kind = {"person": "persons", "organization": "organizations"}.get(n, n + "s")
                        rec[n] = draw(st.sampled_from(ids[target_kind]))
                rec = {f.name: rec[f.name] for f in SCHEMA[kind] if f.name in rec}
            items.append(rec)
        if items or draw(st.booleans()):
            doc[kind] = items
    return doc


def _fresh(folder: Path, name: str) -> CaseFile:
    return CaseFile.create(folder / name, None)


def _expected_export(doc: dict) -> dict:
    """What an export of ``doc`` gives: canonical order, absent-meaning nulls and empty lists gone."""
    out = in_schema_order(doc)
    for kind in LISTS:
        if kind in out and not out[kind]:
            del out[kind]
    if "case" in out and not out["case"]:
        del out["case"]
    # attachments are held by content: an attachment described without data gets the bytes
    # another record of the document brought with the same sha256
    held = {a["sha256"]: a["data"] for a in _attachments(out) if "data" in a}
    for att in _attachments(out):
        if "data" not in att and att["sha256"] in held:
            att.update(_with_data(att, held[att["sha256"]]))
    return json.loads(json.dumps(out))


def _attachments(doc: dict) -> list[dict]:
    found = [p["photo"] for p in doc.get("persons", []) if "photo" in p]
    return found + [a for s in doc.get("sources", []) for a in s.get("attachments", [])]


def _with_data(att: dict, data: str) -> dict:
    out = {}
    for key, value in att.items():
        out[key] = value
        if key == "sha256":
            out["data"] = data
    att.clear()
    return out


@SETTINGS
@given(documents())
def test_random_valid_documents_round_trip(doc):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with _fresh(folder, "a.casefile") as a:
            exchange.import_document(a, copy.deepcopy(doc))
            first = exchange.export_document(a)
            again = exchange.import_document(a, copy.deepcopy(doc))
            assert again.counts["insert"] == again.counts["update"] == 0  # idempotent
        with _fresh(folder, "b.casefile") as b:
            exchange.import_document(b, json.loads(json.dumps(first)))
            second = exchange.export_document(b)
    assert second == first
    assert first == _expected_export(doc)


def _drop_required(doc: dict, draw) -> tuple[str, str, str]:
    candidates = [(k, r) for k in LISTS for r in doc.get(k, []) if any(f.required and f.name != "id"
                                                                     for f in SCHEMA[k])]  # fmt: skip
    kind, rec = draw(st.sampled_from(candidates))
    field = draw(st.sampled_from([f.name for f in SCHEMA[kind] if f.required and f.name != "id"]))
    rec.pop(field)
    return kind, rec["id"], field


def _bad_enum(doc: dict, draw) -> tuple[str, str, str]:
    candidates = [(k, r, f.name) for k in LISTS for r in doc.get(k, []) for f in SCHEMA[k] if f.type is T.ENUM]
    kind, rec, field = draw(st.sampled_from(candidates))
    rec[field] = draw(st.sampled_from(["", "unknown-value", "Female", "PUBLIC", "ordered "]))
    return kind, rec["id"], field


def _bad_ref(doc: dict, draw) -> tuple[str, str, str]:
    candidates = [(k, r, f) for k in LISTS for r in doc.get(k, []) for f in SCHEMA[k] if f.type is T.REF]
    kind, rec, f = draw(st.sampled_from(candidates))
    if f.refs and draw(st.booleans()):
        wrong = [i for k in LISTS if k not in f.refs for i in (r["id"] for r in doc.get(k, []))]
        rec[f.name] = draw(st.sampled_from(wrong))  # a record of the wrong list
    else:
        rec[f.name] = "no-such-record"
    if kind == "involvements":
        for pair in (("person", "organization"), ("event", "act")):
            if f.name in pair:
                for other in pair:
                    if other != f.name:
                        rec.pop(other, None)
    return kind, rec["id"], f.name


def _bad_date(doc: dict, draw) -> tuple[str, str, str]:
    candidates = [(k, r, f.name) for k in LISTS for r in doc.get(k, []) for f in SCHEMA[k] if f.type is T.DATE]
    kind, rec, field = draw(st.sampled_from(candidates))
    rec[field] = draw(st.sampled_from(["1988-13", "1988-02-30", {"calendar": "jalali", "value": "1367-13-01"},
                                       "13/08/1988", "1988-00"]))  # fmt: skip
    return kind, rec["id"], field


def _duplicate(doc: dict, draw) -> tuple[str, str, str]:
    kind = draw(st.sampled_from([k for k in ("persons", "places", "organizations") if doc.get(k)]))
    rec = copy.deepcopy(doc[kind][0])
    doc[kind].append(rec)
    return kind, rec["id"], "id"


MUTATIONS = [_drop_required, _bad_enum, _bad_ref, _bad_date, _duplicate]


@st.composite
def invalid_documents(draw) -> tuple[dict, dict, tuple[str, str, str]]:
    valid = draw(documents())
    bad = copy.deepcopy(valid)
    mutation = draw(st.sampled_from(MUTATIONS))
    where = mutation(bad, draw)
    return valid, bad, where


@SETTINGS
@given(invalid_documents())
def test_random_invalid_documents_are_refused_with_nothing_written(case):
    valid, bad, (kind, rid, field) = case
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.casefile"
        with CaseFile.create(path, None) as cf:
            exchange.import_document(cf, copy.deepcopy(valid))
            before = counts(cf)
            exported = exchange.export_document(cf)
            with pytest.raises(InvalidRecord) as err:
                exchange.import_document(cf, bad)
            assert counts(cf) == before
            assert exchange.export_document(cf) == exported
        problems = {(p.list, p.record_id, p.field) for p in err.value.problems}
        assert any(p[0] == kind and p[1] == rid and field in (p[2] or "") for p in problems), (kind, rid, field,
                                                                                              problems)  # fmt: skip
