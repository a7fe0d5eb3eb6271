"""Fixes from the QA pass in Persian and English: Persian words and digits where English was left,
text direction of ids and paths inside Persian text, the dossier dialog forgetting an old result,
what a source supports, and roles that other records give a person."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import QWidget

from casefile import dates, records
from casefile.desktop import language
from casefile.desktop.detail import DetailRenderer
from casefile.desktop.dossier_dialog import DossierDialog
from casefile.desktop.editors import open_editor
from casefile.desktop.editors.datewidget import DateEdit
from casefile.desktop.editors.transfer import ImportDialog
from casefile.desktop.editors.widgets import RefPicker
from casefile.desktop.models import SearchResultsModel
from casefile.search import Hit

LATIN = re.compile(r"[A-Za-z0-9]")


def test_format_gregorian_writes_persian_month_names_and_digits() -> None:
    summer = {"calendar": "jalali", "value": "1367-22"}
    assert dates.format_gregorian(summer, "en") == "22 June – 22 September 1988"
    assert dates.format_gregorian(summer, "fa") == "۲۲ ژوئن – ۲۲ سپتامبر ۱۹۸۸"
    assert dates.format_gregorian("1988-08-01~", "fa") == "حدود ۱ اوت ۱۹۸۸"
    assert dates.format_gregorian("1988-08", "fa") == "اوت ۱۹۸۸"
    assert dates.format_gregorian("1988", "fa") == "۱۹۸۸"
    assert dates.format_gregorian(None, "fa") == ""


def test_the_gregorian_line_under_a_persian_date_is_persian(qtbot) -> None:
    widget = DateEdit(lang="fa")
    qtbot.addWidget(widget)
    widget.set_value({"calendar": "jalali", "value": "1367-22"})
    assert widget.preview.text() == "تابستان ۱۳۶۷"
    assert widget.preview_gregorian.text() == "۲۲ ژوئن – ۲۲ سپتامبر ۱۹۸۸"
    assert not LATIN.search(widget.preview_gregorian.text())


def test_import_counts_are_written_with_persian_digits(qtbot, session) -> None:
    language.apply("fa")
    dialog = ImportDialog(None, session)
    qtbot.addWidget(dialog)
    dialog._done(("done", {"insert": 2, "update": 0, "unchanged": 13}, set()))
    text = dialog.status.text()
    assert "۲" in text and "۱۳" in text and not re.search("[0-9]", text)
    dialog._done(("problems", ["one", "two"]))
    assert "۲" in dialog.status.text() and not re.search("[0-9]", dialog.status.text())
    assert dialog.problems.wordWrap()


def test_isolate_wraps_latin_text_for_persian_sentences() -> None:
    assert language.isolate("v-01", ltr=True) == "\u2066v-01\u2069"
    assert language.isolate("a note") == "\u2068a note\u2069"
    assert language.isolate("") == ""


def test_record_pickers_show_names_never_ids(qtbot, session) -> None:
    picker = RefPicker(session, ("persons",))
    qtbot.addWidget(picker)
    picker.set_value("v-01")
    assert picker.edit.text() == "\u2068Mohammad-Hossein Karimi-Nejad\u2069"
    assert picker.value() == "v-01"
    assert [label for _rid, label in picker.candidates("Karimi")] == ["\u2068Mohammad-Hossein Karimi-Nejad\u2069"]
    places = RefPicker(session, ("places",))
    qtbot.addWidget(places)
    labels = [label for _rid, label in places.candidates("")]
    assert "\u2068Evin prison\u2069" in labels and not any("pl-" in label for label in labels)
    # records without a name of their own (acts) are titled by what they are about
    acts = RefPicker(session, ("acts",))
    qtbot.addWidget(acts)
    acts.set_value("a-v01-execution")
    assert acts.edit.text() == "\u2068execution of Mohammad-Hossein Karimi-Nejad\u2069"


def test_records_sharing_a_name_are_told_apart_without_ids() -> None:
    from casefile.desktop.editors.widgets import disambiguate

    labels = disambiguate(
        [
            ("v-1", "Ali Rezaei", "Person", "1960"),
            ("v-2", "Ali Rezaei", "Person", "1962"),
            ("v-3", "Sima", "Person", ""),
        ]
    )
    assert labels == [
        ("v-1", "\u2068Ali Rezaei\u2069 (\u20681960\u2069)"),
        ("v-2", "\u2068Ali Rezaei\u2069 (\u20681962\u2069)"),
        ("v-3", "\u2068Sima\u2069"),
    ]
    same = disambiguate([("a", "Ali", "Person", ""), ("b", "Ali", "Person", "")])
    assert same[0][1] != same[1][1] and not any(rid in label for rid, label in same)


def test_a_new_choice_clears_the_previous_dossier_result(qtbot, session, tmp_path: Path) -> None:
    dialog = DossierDialog(None, session, "v-06", open_url=lambda _url: True, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for change in (
        lambda: dialog.audience.setCurrentIndex(dialog.audience.findData("public")),
        lambda: dialog.language.setCurrentIndex(dialog.language.findData("fa")),
        lambda: dialog.subject.set_value("v-01"),
    ):
        dialog._done(SimpleNamespace(output=tmp_path / "x.pdf", pages=3, withheld=[]))
        assert dialog.withheld.isVisible() and "saved" in dialog.status.text()
        assert "\u2066" in dialog.status.text()  # the path keeps its order in Persian too
        change()
        assert dialog.status.text() == ""
        assert not dialog.withheld.isVisible() and not dialog.withheld_heading.isVisible()
        assert not dialog.open_button.isVisible() and dialog.result is None


def test_a_source_page_says_what_each_citation_supports(session) -> None:
    page = DetailRenderer(session.cf).page("src-amnesty-1988")
    assert "What this source supports" in page
    citations = records.referring_records(session.cf, "src-amnesty-1988", "citations", "source")
    assert len(citations) > 1
    for cit in citations:
        assert f'href="rec:{cit.data["supports"]}"' in page
        if cit.data.get("locator"):
            assert cit.data["locator"] in page
    assert "Citation:" not in page


def test_search_results_show_the_snippet_on_a_second_line() -> None:
    model = SearchResultsModel()
    model.set_hits("evin", [Hit("events", "ev-1", "Evin killings", "… held at [Evin] prison …")])
    text = model.index(0, 0).data()
    assert "Evin killings" in text and "\n" in text and "[Evin] prison" in text.split("\n")[1]


def test_roles_other_records_give_are_ticked_and_locked(qtbot, session) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    person = next(
        r.id
        for r in records.list_rows(session.cf, "persons", limit=500)
        if set(records.roles_of(session.cf, r.id)) - set(records.require(session.cf, r.id).data.get("roles") or [])
    )
    declared = records.require(session.cf, person).data.get("roles") or []
    derived = set(records.roles_of(session.cf, person)) - set(declared)
    dialog = open_editor(parent, session, "persons", person)
    roles = dialog.form.editor("roles")
    for role in derived:
        box = roles.boxes[role]
        assert box.isChecked() and not box.isEnabled()
        assert box.toolTip().startswith("Listed as") and "names them" in box.toolTip()
    for role in declared:
        assert roles.boxes[role].isEnabled() and roles.boxes[role].isChecked()
    assert set(roles.value() or []) == set(declared)  # derived roles are never written back
    dialog.reject()
