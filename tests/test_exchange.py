"""Import and export of exchange documents: round trip, idempotence, updates with their audit entries."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from casefile import audit, exchange, records
from casefile.model import LISTS, SCHEMA, Field, T
from casefile.store import CaseFile
from tests.support.documents import PHOTO_BYTES, REPORT_BYTES, full_document, in_schema_order, minimal_document
from tests.support.helpers import PASSPHRASE, counts


def _paths(fields: tuple[Field, ...], data: dict | list, prefix: str = "") -> set[str]:
    """Every field path a document's records use (nested objects and object lists included)."""
    found: set[str] = set()
    items = data if isinstance(data, list) else [data]
    for item in items:
        for f in fields:
            if f.name not in item:
                continue
            found.add(prefix + f.name)
            if f.type in (T.OBJECT, T.OBJECT_LIST) and item[f.name] is not None:
                found |= _paths(f.fields, item[f.name], prefix + f.name + ".")
    return found


def _all_paths(fields: tuple[Field, ...], prefix: str = "") -> set[str]:
    out = set()
    for f in fields:
        out.add(prefix + f.name)
        if f.type in (T.OBJECT, T.OBJECT_LIST):
            out |= _all_paths(f.fields, prefix + f.name + ".")
    return out


def test_full_document_uses_every_list_field_and_enum_value():
    doc = full_document()
    assert set(LISTS) <= set(doc)
    for kind in LISTS:
        assert _paths(SCHEMA[kind], doc[kind]) == _all_paths(SCHEMA[kind]), kind
        for f in SCHEMA[kind]:
            if f.type is T.ENUM and f.name != "confidentiality" or f.type is T.ENUM_LIST:
                used = set()
                for r in doc[kind]:
                    v = r.get(f.name)
                    used |= set(v) if isinstance(v, list) else {v}
                assert set(f.values) <= used, (kind, f.name, set(f.values) - used)
    confidentiality = {r.get("confidentiality") for kind in LISTS for r in doc[kind]}
    assert {"public", "restricted", "confidential"} <= confidentiality
    text = json.dumps(doc, ensure_ascii=False)
    # the date forms the spec names, and both alias forms
    forms = ["1988-07~", "1962?", "1982-01%", "1988-07-23/1988-08-22", "../1988-09", "1981-06/..", "1988-22"]
    forms += ['"value": "1340"', '"value": "1367-09"', '"value": "1367-05-10"']
    for form in forms:
        assert form in text, form
    aliases = doc["persons"][0]["aliases"]
    assert any(isinstance(a, str) for a in aliases) and any(isinstance(a, dict) for a in aliases)


def test_full_document_round_trips_through_two_empty_case_files(tmp_path: Path):
    doc = full_document()
    with CaseFile.create(tmp_path / "first.casefile", PASSPHRASE) as first:
        summary = exchange.import_document(first, doc)
        assert str(summary) == f"{sum(len(doc[k]) for k in LISTS)} added, 0 updated, 0 unchanged"
        export1 = exchange.export_document(first)
    canonical = in_schema_order(doc)
    assert json.dumps(canonical) != json.dumps(doc)  # some records come in another field order
    assert export1 == canonical  # the first export is the canonical input, field order included
    assert list(export1) == list(canonical)
    for kind in LISTS:
        for got, want in zip(export1[kind], canonical[kind], strict=True):
            assert list(got) == list(want), (kind, got["id"])
    with CaseFile.create(tmp_path / "second.casefile", None) as second:
        exchange.import_document(second, json.loads(json.dumps(export1)))
        export2 = exchange.export_document(second)
    assert export2 == export1
    assert json.dumps(export2, ensure_ascii=False) == json.dumps(export1, ensure_ascii=False)


def test_round_trip_through_the_cli_gives_byte_identical_exports(tmp_path: Path, passphrase_env: str):
    from casefile.cli import main

    src = tmp_path / "doc.json"
    src.write_text(json.dumps(full_document(), ensure_ascii=False), encoding="utf-8")
    assert main(["init", str(tmp_path / "a.casefile")]) == 0
    assert main(["import", str(tmp_path / "a.casefile"), str(src)]) == 0
    assert main(["export", str(tmp_path / "a.casefile"), "-o", str(tmp_path / "a.json")]) == 0
    assert main(["init", str(tmp_path / "b.casefile"), "--plain"]) == 0
    assert main(["import", str(tmp_path / "b.casefile"), str(tmp_path / "a.json")]) == 0
    assert main(["export", str(tmp_path / "b.casefile"), "-o", str(tmp_path / "b.json")]) == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8")) == in_schema_order(full_document())
    assert not (tmp_path / "a.json.part").exists()


def test_attachment_bytes_are_kept_inside_the_case_file_and_exported_back(full_case: CaseFile):
    report = full_document()["sources"][0]["attachments"][0]
    assert records.attachment_data(full_case, report["sha256"]) == REPORT_BYTES
    photo = full_document()["persons"][0]["photo"]
    assert records.attachment_data(full_case, photo["sha256"]) == PHOTO_BYTES
    stored = records.get(full_case, "src-report").data
    assert all("data" not in a for a in stored["attachments"])  # bytes live in `attachments`, not in the JSON
    exported = exchange.export_document(full_case)
    assert base64.b64decode(exported["sources"][0]["attachments"][0]["data"]) == REPORT_BYTES


def test_export_without_attachments_leaves_out_the_bytes_only(full_case: CaseFile):
    doc = exchange.export_document(full_case, attachments=False)
    for att in doc["sources"][0]["attachments"]:
        assert "data" not in att and len(att["sha256"]) == 64
    assert "data" not in doc["persons"][0]["photo"]
    full = full_document()
    for att in full["sources"][0]["attachments"]:
        att.pop("data", None)
    full["persons"][0]["photo"].pop("data")
    assert doc == full


def test_case_settings_travel_in_the_case_object(full_case: CaseFile):
    assert records.case_settings(full_case) == full_document()["case"]
    assert exchange.export_document(full_case)["case"] == full_document()["case"]


def test_second_import_of_the_same_document_changes_nothing(full_case: CaseFile):
    before = counts(full_case)
    summary = exchange.import_document(full_case, full_document())
    total = sum(len(full_document()[k]) for k in LISTS)
    assert str(summary) == f"0 added, 0 updated, {total} unchanged"
    assert not summary.case_changed
    assert counts(full_case) == before  # no new audit entries, same fingerprint


def test_second_import_through_the_cli_reports_all_unchanged(tmp_path: Path, plain_path: Path, capsys):
    from casefile.cli import main

    src = tmp_path / "doc.json"
    src.write_text(json.dumps(full_document(), ensure_ascii=False), encoding="utf-8")
    assert main(["import", str(plain_path), str(src)]) == 0
    capsys.readouterr()
    assert main(["import", str(plain_path), str(src)]) == 0
    total = sum(len(full_document()[k]) for k in LISTS)
    assert f"0 added, 0 updated, {total} unchanged" in capsys.readouterr().err


def test_reimport_with_a_changed_record_updates_it_with_before_and_after_in_the_audit(full_case: CaseFile):
    before = counts(full_case)
    doc = full_document()
    old = dict(doc["persons"][0])
    old.pop("photo")  # compared without the attachment bytes, as stored
    doc["persons"][0]["notes"] = "Corrected: arrested in Mehr 1360."
    doc["persons"][0]["aliases"].append("Hossein")
    summary = exchange.import_document(full_case, doc)
    total = sum(len(doc[k]) for k in LISTS)
    assert str(summary) == f"0 added, 1 updated, {total - 1} unchanged"
    assert counts(full_case)["audit"] == before["audit"] + 1
    entry = audit.entries(full_case, "v-karimi")[-1]
    assert entry.action == "update" and entry.kind == "persons"
    assert json.loads(entry.before)["notes"] == old["notes"]
    assert json.loads(entry.after)["notes"] == "Corrected: arrested in Mehr 1360."
    assert json.loads(entry.after)["aliases"][-1] == "Hossein"
    assert records.get(full_case, "v-karimi").data["notes"] == "Corrected: arrested in Mehr 1360."
    assert records.count(full_case) == before["records"]


def test_import_adds_to_a_file_with_records_and_references_resolve_into_it(full_case: CaseFile):
    doc = minimal_document(
        acts=[{"id": "a-new", "victim": "v-karimi", "type": "detention", "place": "pl-evin"}],
        citations=[{"id": "cit-new", "source": "src-report", "supports": "a-new"}],
    )
    summary = exchange.import_document(full_case, doc)
    assert str(summary) == "2 added, 0 updated, 0 unchanged"
    assert {link.from_id for link in records.referrers(full_case, "a-new")} == {"cit-new"}


def test_import_keeps_text_as_entered(plain_case: CaseFile):
    name = {"fa": "كريمي\u200cنژاد", "en": "  Karimi  "}  # Arabic yeh/kaf, ZWNJ, spaces: kept as entered
    exchange.import_document(plain_case, minimal_document(persons=[{"id": "p", "name": name}]))
    assert records.get(plain_case, "p").data["name"] == name


def test_dates_keep_what_was_entered_and_their_gregorian_interval(full_case: CaseFile):
    rows = dict(
        ((rid, field), (json.loads(entered), lo, hi))
        for rid, field, entered, lo, hi in full_case.conn.execute("SELECT * FROM record_dates")
    )
    assert rows[("a-execution", "date")] == ({"calendar": "jalali", "value": "1367-05"}, "1988-07-23", "1988-08-22")
    assert rows[("ev-committee", "start")] == ("1988-07-23/1988-08-22", "1988-07-23", "1988-08-22")
    assert rows[("ev-executions", "start")] == ("../1988-09", None, "1988-09-30")
    assert rows[("ev-arrests", "start")] == ("1981-06/..", "1981-06-01", None)
    assert rows[("v-karimi", "family_consent.recorded")][1] == "2020-10-03"
    sort_date = full_case.conn.execute("SELECT sort_date FROM records WHERE id = 'ev-transfer'").fetchone()[0]
    assert sort_date == "1988-08-01"
