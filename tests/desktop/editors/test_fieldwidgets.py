"""The desktop's part of each field type (casefile/desktop/editors/fieldwidgets.py): every T
member has an editor and a way to be shown, and a value put in an editor comes back unchanged."""

from __future__ import annotations

from casefile.desktop.detail import DetailRenderer
from casefile.desktop.editors.fieldwidgets import FIELD_WIDGETS
from casefile.desktop.editors.form import RecordForm, form_for
from casefile.desktop.session import Session
from casefile.fieldtypes import field_at
from casefile.model import T
from casefile.store import CaseFile
from tests.test_fieldtypes import SAMPLES


def test_every_field_type_has_an_editor_and_a_view() -> None:
    assert set(FIELD_WIDGETS) == set(T), "a T member lacks its row in casefile/desktop/editors/fieldwidgets.py"


def test_a_value_comes_back_from_its_editor_and_is_shown(qtbot, qapp, plain_demo_path, parent) -> None:
    with CaseFile.open(plain_demo_path, None) as cf:
        session = Session(cf, None)
        renderer = DetailRenderer(cf)
        forms: dict[str, RecordForm] = {}
        for t in T:
            kind, path, good, _bad, _cell = SAMPLES[t]
            f = field_at(kind, path)
            html = renderer._value(t, f, good)
            assert html, f"{t.name} shows nothing for {good!r}"
            if t is T.REF:
                assert 'href="rec:pl-evin"' in html
            if t is T.OBJECT_LIST:
                continue  # a list of objects on a form is attached files (their own tests); custody is not edited
            form = forms[kind] if kind in forms else forms.setdefault(kind, form_for(session, kind, parent))
            editor = FIELD_WIDGETS[t].editor(form, f, path, parent)
            editor.set_value(good)
            assert editor.value() == good, t.name
