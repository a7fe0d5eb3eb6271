"""Every kind of import error is refused as a whole, names the list, record id and field, and
leaves the case file exactly as it was (bytes, timestamp, records, audit trail)."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from casefile import exchange
from casefile.cli import main
from casefile.errors import InvalidRecord
from casefile.store import CaseFile
from tests.support.documents import full_document, large_document, minimal_document
from tests.support.helpers import PASSPHRASE, counts, file_snapshot

Doc = dict[str, Any]


def _set(kind: str, rid: str, **changes: Any) -> Callable[[Doc], Doc]:
    def mutate(doc: Doc) -> Doc:
        rec = next(r for r in doc[kind] if r["id"] == rid)
        for key, value in changes.items():
            if value is _DROP:
                rec.pop(key)
            else:
                rec[key] = value
        return doc

    return mutate


_DROP = object()


def _top(**changes: Any) -> Callable[[Doc], Doc]:
    def mutate(doc: Doc) -> Doc:
        doc.update(changes)
        return doc

    return mutate


def _duplicate_in_other_list(doc: Doc) -> Doc:
    doc["places"].append({"id": "v-karimi", "name": {"en": "A place with a person's id"}})
    return doc


def _duplicate_in_same_list(doc: Doc) -> Doc:
    doc["organizations"].append({"id": "org-ngo", "name": {"en": "Second NGO with the same id"}})
    return doc


def _bad_attachment(doc: Doc) -> Doc:
    doc["sources"][0]["attachments"][0]["data"] = base64.b64encode(b"not the file that was hashed").decode()
    return doc


def _bad_photo(doc: Doc) -> Doc:
    doc["persons"][0]["photo"]["data"] = base64.b64encode(b"another photo").decode()
    return doc


def _wrong_kind_nested(doc: Doc) -> Doc:
    doc["persons"][0]["family_consent"]["given_by"] = "org-ngo"
    return doc


def _bad_alias_kind(doc: Doc) -> Doc:
    doc["persons"][0]["aliases"][1]["kind"] = "pseudonym"
    return doc


def _bad_consent_audience(doc: Doc) -> Doc:
    doc["testimonies"][0]["consent"]["share_with"] = ["un", "press"]
    return doc


# (case id, mutation, list, record id, field) — field is the one the message must name.
CASES: list[tuple[str, Callable[[Doc], Doc], str | None, str | None, str]] = [
    ("wrong-format", _top(format="casefile-export"), None, None, "format"),
    ("wrong-version", _top(version=2), None, None, "version"),
    ("version-as-string", _top(version="1"), None, None, "version"),
    ("unknown-top-level-key", _top(people=[]), None, None, "people"),
    ("list-not-a-list", _top(persons={"id": "x"}), "persons", None, ""),
    ("missing-required-field", _set("acts", "a-arrest", victim=_DROP), "acts", "a-arrest", "victim"),
    ("missing-name", _set("persons", "w-mother", name=_DROP), "persons", "w-mother", "name"),
    ("empty-name-object", _set("persons", "w-mother", name={"fa": " "}), "persons", "w-mother", "name"),
    ("missing-testimony-text", _set("testimonies", "t-mother", text=_DROP), "testimonies", "t-mother", "text"),
    ("missing-id", _set("places", "pl-other", id=_DROP), "places", None, "id"),
    ("unknown-enum-value", _set("persons", "v-karimi", sex="M"), "persons", "v-karimi", "sex"),
    ("unknown-role", _set("involvements", "inv-ordered", role="commanded"), "involvements", "inv-ordered", "role"),
    (
        "unknown-confidentiality",
        _set("acts", "a-trial", confidentiality="secret"),
        "acts",
        "a-trial",
        "confidentiality",
    ),  # fmt: skip
    ("unknown-alias-kind", _bad_alias_kind, "persons", "v-karimi", "aliases[1].kind"),
    ("unknown-audience", _bad_consent_audience, "testimonies", "t-mother", "consent.share_with"),
    ("unknown-field", _set("places", "pl-evin", capacity=15000), "places", "pl-evin", "capacity"),
    ("bad-edtf-month", _set("events", "ev-massacre", start="1988-13"), "events", "ev-massacre", "start"),
    ("bad-edtf-day", _set("acts", "a-harassment", date="1988-02-30"), "acts", "a-harassment", "date"),
    ("bad-edtf-text", _set("acts", "a-harassment", date="summer 1988"), "acts", "a-harassment", "date"),
    (
        "interval-ending-before-start",
        _set("events", "ev-committee", start="1988-09/1988-07"),
        "events",
        "ev-committee",
        "start",
    ),  # fmt: skip
    (
        "bad-jalali-month",
        _set("acts", "a-execution", date={"calendar": "jalali", "value": "1367-13-01"}),
        "acts",
        "a-execution",
        "date",
    ),  # fmt: skip
    (
        "bad-jalali-day",
        _set("acts", "a-execution", date={"calendar": "jalali", "value": "1367-07-31"}),
        "acts",
        "a-execution",
        "date",
    ),  # fmt: skip
    (
        "unknown-calendar",
        _set("acts", "a-execution", date={"calendar": "hijri", "value": "1409"}),
        "acts",
        "a-execution",
        "date",
    ),  # fmt: skip
    (
        "bad-datetime",
        _set("persons", "v-karimi", photo={"filename": "x.png", "sha256": "0" * 64, "acquired": "yesterday"}),
        "persons",
        "v-karimi",
        "photo.acquired",
    ),  # fmt: skip
    ("duplicate-id-other-list", _duplicate_in_other_list, "places", "v-karimi", "id"),
    ("duplicate-id-same-list", _duplicate_in_same_list, "organizations", "org-ngo", "id"),
    ("dangling-reference", _set("acts", "a-arrest", victim="v-nobody"), "acts", "a-arrest", "victim"),
    (
        "dangling-reference-in-list",
        _set("testimonies", "t-mother", about=["v-karimi", "ev-nowhere"]),
        "testimonies",
        "t-mother",
        "about",
    ),  # fmt: skip
    ("reference-to-wrong-kind", _set("acts", "a-arrest", victim="pl-evin"), "acts", "a-arrest", "victim"),
    ("nested-reference-to-wrong-kind", _wrong_kind_nested, "persons", "v-karimi", "family_consent.given_by"),
    ("attachment-data-not-matching-sha256", _bad_attachment, "sources", "src-report", "attachments[0].data"),
    ("photo-data-not-matching-sha256", _bad_photo, "persons", "v-karimi", "photo.data"),
    (
        "involvement-with-person-and-organization",
        _set("involvements", "inv-ordered", organization="org-state"),
        "involvements",
        "inv-ordered",
        "person or organization",
    ),  # fmt: skip
    (
        "involvement-with-event-and-act",
        _set("involvements", "inv-decided", event="ev-massacre"),
        "involvements",
        "inv-decided",
        "event or act",
    ),  # fmt: skip
    (
        "involvement-with-nobody",
        _set("involvements", "inv-other", organization=_DROP),
        "involvements",
        "inv-other",
        "person or organization",
    ),  # fmt: skip
    ("number-not-a-number", _set("places", "pl-evin", lat="35.79"), "places", "pl-evin", "lat"),
    (
        "bool-not-a-bool",
        _set("testimonies", "t-cellmate", consent={"name_witness": "yes"}),
        "testimonies",
        "t-cellmate",
        "consent.name_witness",
    ),  # fmt: skip
]


@pytest.fixture
def holding_demo(plain_demo_path: Path) -> Path:
    """The demo case file (plain, to keep the many cases fast; the encrypted one is tested below):
    refused imports must not touch what is already there."""
    return plain_demo_path


def _state(path: Path) -> tuple[dict, dict]:
    with CaseFile.open(path, PASSPHRASE) as cf:
        state = counts(cf)
        state["export"] = exchange.export_document(cf)
    return file_snapshot(path), state


@pytest.mark.parametrize(("mutate", "kind", "rid", "field"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_import_error_is_refused_naming_list_id_and_field_with_nothing_written(
    holding_demo: Path, tmp_path: Path, mutate, kind, rid, field
):
    doc = mutate(full_document())
    snap_before, state_before = _state(holding_demo)
    with CaseFile.open(holding_demo, PASSPHRASE) as cf, pytest.raises(InvalidRecord) as err:
        exchange.import_document(cf, doc)
    first = err.value.problems[0]
    assert (first.list, first.record_id) == (kind, rid), err.value.problems
    assert field in (first.field or ""), err.value.problems
    message = str(first)
    if kind:
        assert kind in message
    if rid:
        assert repr(rid) in message
    assert field in message
    assert _state(holding_demo) == (snap_before, state_before)

    # the same through the CLI: exit 1, the message names list, id and field; the file is untouched
    src = tmp_path / "bad.json"
    src.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, err_text = _cli_import(holding_demo, src)
    assert code == 1
    first_line = err_text.splitlines()[0]
    assert field in first_line and (rid or "") in first_line and (kind or "") in first_line
    assert "nothing was changed" in err_text
    assert "Traceback" not in err_text
    assert _state(holding_demo) == (snap_before, state_before)


def _cli_import(path: Path, src: Path) -> tuple[int, str]:
    import contextlib
    import io
    import os

    stderr = io.StringIO()
    old = os.environ.get("CASEFILE_PASSPHRASE")
    os.environ["CASEFILE_PASSPHRASE"] = PASSPHRASE
    try:
        with contextlib.redirect_stderr(stderr):
            code = main(["import", str(path), str(src)])
    finally:
        if old is None:
            os.environ.pop("CASEFILE_PASSPHRASE")
        else:
            os.environ["CASEFILE_PASSPHRASE"] = old
    return code, stderr.getvalue()


@pytest.mark.parametrize(
    "raw",
    [
        b'{"format": "casefile-exchange", "version": 1, "persons": [',
        b"",
        b"\xff\xfe not utf-8",
        b"[1, 2, 3]",
        b"null",
    ],
    ids=["truncated", "empty", "not-utf8", "array", "null"],
)
def test_invalid_json_is_refused_with_nothing_written(holding_demo: Path, tmp_path: Path, raw: bytes):
    snap_before, state_before = _state(holding_demo)
    src = tmp_path / "bad.json"
    src.write_bytes(raw)
    code, err_text = _cli_import(holding_demo, src)
    assert code == 1
    assert "JSON" in err_text
    assert str(src) in err_text.splitlines()[0]  # says which file
    assert "nothing was changed" in err_text
    assert "Traceback" not in err_text
    assert _state(holding_demo) == (snap_before, state_before)


def test_refused_import_leaves_an_encrypted_case_file_untouched(demo_path: Path, tmp_path: Path):
    snap_before, state_before = _state(demo_path)
    src = tmp_path / "bad.json"
    src.write_text(json.dumps(_set("acts", "a-arrest", victim="pl-evin")(full_document())), encoding="utf-8")
    code, err_text = _cli_import(demo_path, src)
    assert code == 1 and "'a-arrest'" in err_text and "'victim'" in err_text
    assert _state(demo_path) == (snap_before, state_before)


def test_truncated_json_message_says_where(plain_case: CaseFile):
    with pytest.raises(InvalidRecord) as err:
        exchange.import_text(plain_case, '{"format": "casefile-exchange",\n "version": 1,\n "persons": [}')
    assert "not valid JSON" in str(err.value) and "line 3" in str(err.value)


def test_id_used_by_a_record_of_another_list_in_the_case_file_is_refused(holding_demo: Path):
    with CaseFile.open(holding_demo, PASSPHRASE) as cf:
        before = counts(cf)
        some_person = cf.conn.execute("SELECT id FROM records WHERE kind = 'persons' LIMIT 1").fetchone()[0]
        doc = minimal_document(places=[{"id": some_person, "name": {"en": "A place"}}])
        with pytest.raises(InvalidRecord) as err:
            exchange.import_document(cf, doc)
        p = err.value.problems[0]
        assert (p.list, p.record_id, p.field) == ("places", some_person, "id")
        assert "persons" in p.message
        assert counts(cf) == before


def test_one_bad_record_after_thousands_of_good_ones_writes_nothing(holding_demo: Path):
    doc = large_document(1500, prefix="good")
    doc["acts"].append({"id": "bad-act", "victim": "good-v0", "type": "execution", "date": "1988-13"})
    with CaseFile.open(holding_demo, PASSPHRASE) as cf:
        before = counts(cf)
        with pytest.raises(InvalidRecord) as err:
            exchange.import_document(cf, doc)
        assert [(p.list, p.record_id, p.field) for p in err.value.problems] == [("acts", "bad-act", "date")]
        assert counts(cf) == before


def test_every_problem_of_a_document_is_reported_not_only_the_first(plain_case: CaseFile):
    doc = full_document()
    doc["persons"][0]["sex"] = "M"
    doc["events"][0]["start"] = "1988-13"
    doc["acts"][0]["victim"] = "nobody"
    with pytest.raises(InvalidRecord) as err:
        exchange.import_document(plain_case, doc)
    found = {(p.list, p.record_id, p.field) for p in err.value.problems}
    assert {("persons", "v-karimi", "sex"), ("events", "ev-massacre", "start")} <= found
    assert counts(plain_case)["records"] == 0 and counts(plain_case)["audit"] == 0


def test_all_errors_option_lists_every_problem(tmp_path: Path, plain_path: Path, capsys):
    doc = full_document()
    doc["persons"][0]["sex"] = "M"
    doc["events"][0]["start"] = "1988-13"
    src = tmp_path / "bad.json"
    src.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["import", str(plain_path), str(src)]) == 1
    short = capsys.readouterr().err
    assert "1 more problem" in short
    assert main(["import", str(plain_path), str(src), "--all-errors"]) == 1
    full = capsys.readouterr().err
    assert "'sex'" in full and "'start'" in full and "2 problems" in full
