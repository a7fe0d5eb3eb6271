"""The desktop's part of each field type (``model.T``), in one table: the editor widget a form
gives a field of that type, and how the record view (``casefile.desktop.detail``) shows its value.

The core's part of each type (validation, canonical form, search, the dossier's cell) is
``casefile.fieldtypes.TYPES``; a new ``T`` member needs a row in both tables
(``tests/test_fieldtypes.py`` and ``tests/desktop/test_fieldwidgets.py`` fail until it has them).

An editor factory takes the form (for what it knows: the session, and how to lay out an
object's own fields), the field's declaration, its path (``consent.share_with``) and the parent
widget. A shower takes the record view's renderer (its language, and links to other records),
the declaration and a present value, and gives HTML.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from casefile.desktop import labels, language
from casefile.desktop.editors.attachments import AttachmentsEdit
from casefile.desktop.editors.datewidget import DateEdit
from casefile.desktop.editors.widgets import (
    AliasesEdit,
    BoolField,
    EnumChecks,
    EnumCombo,
    LanguageCombo,
    LineField,
    NameEdit,
    NamingEdit,
    NumberField,
    RefListEdit,
    RefPicker,
    TextField,
)
from casefile.model import AUDIENCES, Field, T

if TYPE_CHECKING:
    from casefile.desktop.detail import DetailRenderer
    from casefile.desktop.editors.form import RecordForm

EditorFactory = Callable[["RecordForm", Field, str, QWidget], QWidget]
Shower = Callable[["DetailRenderer", Field, Any], str]


class FieldWidget:
    """One type's editor factory and record-view shower."""

    __slots__ = ("editor", "show")

    def __init__(self, editor: EditorFactory, show: Shower) -> None:
        self.editor = editor
        self.show = show


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _is_attachment(f: Field) -> bool:
    return bool(f.fields) and f.fields[0].name == "filename"


# --- editors ------------------------------------------------------------------------------------


def _string_editor(form: RecordForm, f: Field, path: str, parent: QWidget) -> QWidget:
    return LanguageCombo(parent) if f.name == "language" else LineField(parent)


def _object_editor(form: RecordForm, f: Field, path: str, parent: QWidget) -> QWidget:
    if _is_attachment(f):
        return AttachmentsEdit(form.session, parent, single=True)
    return form.object_box(f, path, parent)


def _object_list_editor(form: RecordForm, f: Field, path: str, parent: QWidget) -> QWidget:
    # attached files; a list of other objects is the app's own record (a merge's), never on a form
    return AttachmentsEdit(form.session, parent) if _is_attachment(f) else LineField(parent)


# --- the record view ----------------------------------------------------------------------------


def _isolated(r: DetailRenderer, f: Field, value: Any) -> str:
    return _e(language.isolate(value))


def _string(r: DetailRenderer, f: Field, value: Any) -> str:
    if f.name == "language" and isinstance(value, str):
        return _e(language.isolate(labels.language_name(value)))
    return _isolated(r, f, value)


def _text(r: DetailRenderer, f: Field, value: Any) -> str:
    # isolated: an English note in a Persian row (or the other way round) keeps its own order
    return "<br>".join(_e(language.isolate(line)) for line in str(value).split("\n"))


def _name(r: DetailRenderer, f: Field, value: Any) -> str:
    forms = (value.get(r.lang), value.get("en" if r.lang == "fa" else "fa"))
    return _e(" / ".join(language.isolate(v) for v in forms if v))


def _aliases(r: DetailRenderer, f: Field, value: Any) -> str:
    names = (language.isolate(a if isinstance(a, str) else a.get("name", "")) for a in value)
    return _e(language.comma().join(names))


def _date(r: DetailRenderer, f: Field, value: Any) -> str:
    return _e(language.format_date(value))


def _enum(r: DetailRenderer, f: Field, value: Any) -> str:
    return _e(labels.value_name(value, f))


def _enum_list(r: DetailRenderer, f: Field, value: Any) -> str:
    return _e(language.comma().join(labels.value_name(v, f) for v in value))


def _naming(r: DetailRenderer, f: Field, value: Any) -> str:
    """One answer for every audience, or one per audience."""
    if isinstance(value, dict):
        answers = (f"{labels.value_name(a, 'audience')}: {labels.value_name(v, f)}" for a, v in value.items())
        return _e(language.semicolon().join(answers))
    return _e(labels.value_name(value, f))


def _ref(r: DetailRenderer, f: Field, value: Any) -> str:
    return r.link(value)


def _ref_list(r: DetailRenderer, f: Field, value: Any) -> str:
    return language.comma().join(r.link(v) for v in value)


def _number(r: DetailRenderer, f: Field, value: Any) -> str:
    return _e(language.digits(str(value)))


def _object(r: DetailRenderer, f: Field, value: Any) -> str:
    inner = [(labels.field_name(g.name), r._value(g.type, g, value.get(g.name))) for g in f.fields]
    return _e(language.semicolon()).join(f"{_e(k)}: {v}" for k, v in inner if v)


def _object_list(r: DetailRenderer, f: Field, value: Any) -> str:
    return "<br>".join(_object(r, f, item) for item in value if isinstance(item, dict))


#: Every ``T``: the editor a form gives it and how the record view shows it.
FIELD_WIDGETS: dict[T, FieldWidget] = {
    T.STR: FieldWidget(_string_editor, _string),
    T.TEXT: FieldWidget(
        lambda form, f, path, parent: TextField(parent, lines=10 if f.name in ("text", "description") else 2), _text
    ),
    T.NAME: FieldWidget(lambda form, f, path, parent: NameEdit(parent), _name),
    T.ALIASES: FieldWidget(lambda form, f, path, parent: AliasesEdit(parent), _aliases),
    T.DATE: FieldWidget(lambda form, f, path, parent: DateEdit(parent), _date),
    T.DATETIME: FieldWidget(lambda form, f, path, parent: LineField(parent), _isolated),
    T.ENUM: FieldWidget(lambda form, f, path, parent: EnumCombo(f.values, parent, required=f.required), _enum),
    T.ENUM_LIST: FieldWidget(
        lambda form, f, path, parent: EnumChecks(f.values, parent, empty_is_none=f.name != "share_with"), _enum_list
    ),
    T.NAMING: FieldWidget(lambda form, f, path, parent: NamingEdit(f.values, AUDIENCES, parent), _naming),
    T.REF: FieldWidget(lambda form, f, path, parent: RefPicker(form.session, f.refs, parent), _ref),
    T.REF_LIST: FieldWidget(lambda form, f, path, parent: RefListEdit(form.session, f.refs, parent), _ref_list),
    T.NUMBER: FieldWidget(lambda form, f, path, parent: NumberField(parent), _number),
    T.BOOL: FieldWidget(lambda form, f, path, parent: BoolField(labels.field_name(f.name), parent), _enum),
    T.OBJECT: FieldWidget(_object_editor, _object),
    T.OBJECT_LIST: FieldWidget(_object_list_editor, _object_list),
}
