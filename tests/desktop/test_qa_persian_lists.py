"""Second QA pass in Persian: ids in the record pickers' suggestions, Persian separators and
language names in the detail pane, the dossier's suggested file name following the choices, and
long search result titles cut on one line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from casefile.desktop import language
from casefile.desktop.detail import DetailRenderer
from casefile.desktop.dossier_dialog import DossierDialog, default_file_name
from casefile.desktop.editors.widgets import RefPicker
from casefile.desktop.models import SearchResultsModel
from casefile.model import SCHEMA
from casefile.search import Hit

#: v-01 as a Persian picker shows it: the name, isolated; never the id
ISOLATED_V01 = "\u2068محمد\u200cحسین کریمی\u200cنژاد\u2069"


def _field(kind: str, name: str):
    return next(f for f in SCHEMA[kind] if f.name == name)


def test_picker_suggestions_show_the_isolated_name_and_a_choice_lines_up_right_in_persian(qtbot, session) -> None:
    language.apply("fa")
    picker = RefPicker(session, ("persons",))
    qtbot.addWidget(picker)
    picker.edit.setText("Karimi")
    picker.refresh()
    shown = picker.completer.completionModel()
    texts = [shown.index(i, 0).data(Qt.ItemDataRole.DisplayRole) for i in range(shown.rowCount())]
    assert any(ISOLATED_V01 in text for text in texts)
    assert not any("v-0" in text for text in texts)
    picker.set_value("v-01")
    assert ISOLATED_V01 in picker.edit.text()
    assert picker.edit.alignment() & Qt.AlignmentFlag.AlignRight
    assert picker.edit.alignment() & Qt.AlignmentFlag.AlignAbsolute


def test_dossier_subject_suggestions_show_names_not_ids(qtbot, session, tmp_path) -> None:
    language.apply("fa")
    dialog = DossierDialog(None, session, None, folder=tmp_path)
    qtbot.addWidget(dialog)
    labels = dict(dialog.subject.candidates("Karimi"))
    assert ISOLATED_V01 in labels["v-01"]
    assert not any("v-01" in label or "p-" in label or "ev-" in label for label in labels.values())
    dialog.subject.set_value("v-01")
    assert dialog.subject.edit.alignment() & Qt.AlignmentFlag.AlignRight


def test_picker_lines_up_left_in_english(qtbot, session) -> None:
    picker = RefPicker(session, ("persons",))
    qtbot.addWidget(picker)
    picker.set_value("v-01")
    assert picker.edit.alignment() & Qt.AlignmentFlag.AlignLeft


def test_detail_pane_uses_persian_separators_and_language_names(session) -> None:
    language.apply("fa")
    renderer = DetailRenderer(session.cf)
    consent = {"share_with": ["un", "amnesty"], "name_witness": True, "covers_sensitive": False}
    field = _field("testimonies", "consent")
    consent_text = renderer._value(field.type, field, consent)
    assert "؛ " in consent_text and ";" not in consent_text
    assert "، " in consent_text and "," not in consent_text
    aliases = _field("persons", "aliases")
    names = renderer._value(aliases.type, aliases, ["Ahmad", "احمد"])
    assert "، " in names and ", " not in names
    lang = _field("testimonies", "language")
    assert "فارسی" in renderer._value(lang.type, lang, "fa")
    assert "انگلیسی" in renderer._value(lang.type, lang, "en")
    assert "ku" in renderer._value(lang.type, lang, "ku")
    page = renderer.page("t-01")
    assert "فارسی" in page and ">fa<" not in page


def test_detail_pane_in_english_keeps_latin_separators_and_names_languages(session) -> None:
    renderer = DetailRenderer(session.cf)
    lang = _field("testimonies", "language")
    assert "Persian" in renderer._value(lang.type, lang, "fa")
    aliases = _field("persons", "aliases")
    assert ", " in renderer._value(aliases.type, aliases, ["Ahmad", "Ahmed"])


def test_suggested_dossier_file_follows_audience_and_language(qtbot, session, tmp_path) -> None:
    folder = tmp_path / "Documents"
    dialog = DossierDialog(None, session, "v-04", folder=folder)
    qtbot.addWidget(dialog)
    assert Path(dialog.path_edit.text()) == folder / default_file_name(session, "v-04", "un", "en")
    assert "v-04" not in dialog.path_edit.text()  # never the record id: ids often hold names
    dialog.audience.setCurrentIndex(dialog.audience.findData("amnesty"))
    assert Path(dialog.path_edit.text()) == folder / default_file_name(session, "v-04", "amnesty", "en")
    dialog.language.setCurrentIndex(dialog.language.findData("fa"))
    assert Path(dialog.path_edit.text()) == folder / default_file_name(session, "v-04", "amnesty", "fa")
    # the same file written another way is still the suggestion
    dialog.path_edit.setText(str(folder / "x" / ".." / default_file_name(session, "v-04", "amnesty", "fa")))
    dialog.audience.setCurrentIndex(dialog.audience.findData("lawyers"))
    assert Path(dialog.path_edit.text()) == folder / default_file_name(session, "v-04", "lawyers", "fa")
    # while the subject is being changed no file name is left naming the old choices
    dialog.subject.edit.setFocus()
    qtbot.keyClicks(dialog.subject.edit, "zz")
    dialog.audience.setCurrentIndex(dialog.audience.findData("public"))
    assert "lawyers" not in dialog.path_edit.text()
    dialog.subject.set_value("v-04")
    assert Path(dialog.path_edit.text()) == folder / default_file_name(session, "v-04", "public", "fa")


def test_a_file_name_of_ones_own_is_kept_until_emptied(qtbot, session, tmp_path) -> None:
    dialog = DossierDialog(None, session, "v-04", folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.path_edit.selectAll()
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "mine.pdf"))
    dialog.audience.setCurrentIndex(dialog.audience.findData("amnesty"))
    assert dialog.path_edit.text() == str(tmp_path / "mine.pdf")
    dialog.path_edit.selectAll()
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Delete)
    assert Path(dialog.path_edit.text()) == tmp_path / default_file_name(session, "v-04", "amnesty", "en")


def test_long_search_result_titles_are_cut_with_an_ellipsis_on_one_line() -> None:
    title = "A very long title of a report " * 6
    model = SearchResultsModel()
    model.set_hits("report", [Hit("sources", "src-1", title, "")])
    first = model.index(0, 0).data().split("\n")[0]
    assert "…" in first and len(first) < 90 and "\n" not in first
    model.set_hits("evin", [Hit("events", "ev-1", "Evin killings", "")])
    assert "…" not in model.index(0, 0).data()
