"""Each field type (model.T) declared once in casefile.fieldtypes: every member has its checks,
canonical form and dossier cell, and the walks over references keep what they did."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from casefile.audience import AudienceView
from casefile.dossier.content import Context
from casefile.fieldtypes import TYPES, field_at, map_references
from casefile.model import SCHEMA, T
from casefile.store import CaseFile

# One real field of each type, a value it may hold, one it may not, and the value's cell in a
# dossier for lawyers on the demo case (in English; words for values as the dossier's labels give
# them). A new T member fails here until it has a row.
SAMPLES: dict[T, tuple[str, str, Any, Any, Callable[[Context], str]]] = {
    T.STR: ("persons", "nationality", "Iranian", 5, lambda ctx: "Iranian"),
    T.TEXT: ("persons", "notes", "Seen in\nEvin", ["x"], lambda ctx: "Seen in\nEvin"),
    T.NAME: ("persons", "father_name", {"fa": "حسن", "en": "Hassan"}, {"de": "Hans"}, lambda ctx: "Hassan / حسن"),
    T.ALIASES: (
        "persons",
        "aliases",
        ["Mahmud", {"name": "Hosein", "kind": "nickname"}],
        [{"name": "x", "kind": "alias"}],
        lambda ctx: f"Mahmud; Hosein ({ctx.e('alias', 'nickname')})",
    ),
    T.DATE: ("persons", "birth", "1960-03", "March 1960", lambda ctx: "March 1960 (Esfand 1338 – Farvardin 1339)"),
    T.DATETIME: ("sources", "attachments.acquired", "2020-10-05", "yesterday", lambda ctx: "2020-10-05"),
    T.ENUM: ("acts", "type", "secret_burial", "burial", lambda ctx: ctx.e("act", "secret_burial")),
    T.ENUM_LIST: (
        "testimonies",
        "sensitive",
        ["torture", "medical"],
        ["torture", "torture"],
        lambda ctx: f"{ctx.e('sens', 'torture')}, {ctx.e('sens', 'medical')}",
    ),
    T.NAMING: ("persons", "family_consent.name", "initials", {"un": "all"}, lambda ctx: ctx.t("answer.initials")),
    T.REF: ("acts", "place", "pl-evin", "", lambda ctx: "Evin prison"),
    T.REF_LIST: (
        "testimonies",
        "about",
        ["ev-committee-evin", "pl-evin"],
        [3],
        lambda ctx: "Committee sessions at Evin prison, Evin prison",
    ),
    T.NUMBER: ("places", "lat", 35.79, "35.79", lambda ctx: "35.79"),
    T.BOOL: ("testimonies", "consent.name_witness", True, "yes", lambda ctx: ctx.t("yes")),
    T.OBJECT: (
        "persons",
        "burial",
        {"place": "pl-khavaran", "status": "unmarked"},
        {"status": "lost"},
        lambda ctx: (
            f"{ctx.field_label('place')}: Khavaran cemetery; {ctx.field_label('status')}: {ctx.e('burial', 'unmarked')}"
        ),
    ),
    T.OBJECT_LIST: (
        "persons",
        "photo.custody",
        [{"at": "2020-10-05T10:00:00Z", "by": "N. K."}, {"action": "copied"}],
        [{"who": "x"}],
        lambda ctx: (
            f"{ctx.field_label('at')}: 2020-10-05T10:00:00Z; {ctx.field_label('by')}: N. K.\n"
            f"{ctx.field_label('action')}: copied"
        ),
    ),
}


@pytest.fixture(scope="module")
def lawyers_en(_plain_demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Context]:
    path = tmp_path_factory.mktemp("fieldtypes") / "demo.casefile"
    shutil.copy2(_plain_demo_master, path)
    with CaseFile.open(path, None) as cf:
        yield Context(AudienceView(cf, "lawyers"), "en", lambda: False)


def test_every_field_type_is_declared_once_with_all_it_needs() -> None:
    assert set(TYPES) == set(T), "a T member lacks its class in casefile/fieldtypes.py"
    assert set(SAMPLES) == set(T), "a T member lacks a sample in this test"
    for t, declared in TYPES.items():
        assert declared.t is t
    # every field of every list has a type the table knows
    assert {f.type for fields in SCHEMA.values() for f in fields} <= set(TYPES)


@pytest.mark.parametrize("t", list(T), ids=lambda t: t.name)
def test_a_type_checks_words_and_keeps_its_values(t: T, lawyers_en: Context) -> None:
    kind, path, good, bad, cell = SAMPLES[t]
    f = field_at(kind, path)
    assert f.type is t
    declared = TYPES[t]
    assert list(declared.check(kind, "r-1", path, f, good)) == []
    problems = list(declared.check(kind, "r-1", path, f, bad))
    assert problems and all(p.list == kind and p.record_id == "r-1" for p in problems)
    assert list(declared.check(kind, "r-1", path, f, declared.canonical(f, good))) == []
    assert declared.cell(lawyers_en, f, None) == ""
    assert declared.cell(lawyers_en, f, good) == cell(lawyers_en)


def test_canonical_forms_put_equal_values_alike() -> None:
    name = field_at("persons", "name")
    assert TYPES[T.NAME].canonical(name, {"en": "A", "fa": "ب", "x": None}) == {"fa": "ب", "en": "A"}
    naming = field_at("persons", "family_consent.name")
    assert list(TYPES[T.NAMING].canonical(naming, {"public": "none", "un": "full"})) == ["un", "public"]
    birth = field_at("persons", "birth")
    jalali = {"value": "1339-01", "calendar": "jalali", "note": "x"}
    assert TYPES[T.DATE].canonical(birth, jalali) == {"calendar": "jalali", "value": "1339-01"}


def test_a_persian_cell_puts_the_persian_first_and_writes_persian_digits(lawyers_en: Context) -> None:
    fa = Context(lawyers_en.view, "fa", lambda: False)
    name = field_at("persons", "father_name")
    assert TYPES[T.NAME].cell(fa, name, {"fa": "حسن", "en": "Hassan"}) == "حسن / Hassan"
    assert TYPES[T.NUMBER].cell(fa, field_at("places", "lat"), 35.79) == "۳۵.۷۹"
    assert TYPES[T.REF_LIST].cell(fa, field_at("testimonies", "about"), ["pl-evin", "pl-khavaran"]) == (
        "زندان اوین، گورستان خاوران"
    )


def test_references_are_mapped_dropped_and_kept_once() -> None:
    testimony = {"id": "t-1", "witness": "w-1", "about": ["v-1", "v-2", "v-1"], "text": "w-1 saw v-2"}
    fields = SCHEMA["testimonies"]
    # a person merged into another: both ids become one, the list keeps it once, text untouched
    merged = map_references(fields, testimony, lambda rid: "v-1" if rid == "v-2" else rid, once=True)
    assert merged == {"id": "t-1", "witness": "w-1", "about": ["v-1"], "text": "w-1 saw v-2"}
    # for an audience: what may not appear is left out, a single reference with its field
    hidden = {"w-1", "v-2"}
    shown = map_references(fields, testimony, lambda rid: None if rid in hidden else rid.upper())
    assert shown == {"id": "t-1", "about": ["V-1", "V-1"], "text": "w-1 saw v-2"}
    # references inside an object follow; an object without references is the same object
    person = {"id": "v-1", "burial": {"place": "pl-1", "status": "known"}, "photo": {"filename": "a.jpg"}}
    moved = map_references(SCHEMA["persons"], person, lambda rid: "pl-2")
    assert moved["burial"] == {"place": "pl-2", "status": "known"}
    assert moved["photo"] is person["photo"]
    assert person["burial"]["place"] == "pl-1"  # the input is never changed


def test_an_enumerated_field_without_dossier_labels_is_written_in_the_vocabularys_words(lawyers_en: Context) -> None:
    # a dossier cell of such a field raised KeyError: only nine fields had dossier labels for their values
    fa = Context(lawyers_en.view, "fa", lambda: False)
    assert TYPES[T.ENUM].cell(lawyers_en, field_at("places", "kind"), "prison") == "prison"
    assert TYPES[T.ENUM].cell(fa, field_at("places", "kind"), "prison") == "زندان"
    assert TYPES[T.ENUM].cell(fa, field_at("relations", "is"), "mother") == "مادر"
