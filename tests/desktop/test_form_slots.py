"""A widget built in code (it needs the open case file) sits in a Designer form's placeholder as if
the form had built it: same place, same place in the tab order, named by the same label."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from casefile.desktop.form_slots import fill_slot
from casefile.desktop.forms.ui_dossier_dialog import Ui_DossierDialog


def _tab_order(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits from the top of ``window``, in order (Qt's focus chain)."""
    found, current = [], window.nextInFocusChain()
    while current is not window:
        if current.focusPolicy() & Qt.FocusPolicy.TabFocus and current.isVisible() and current.isEnabled():
            found.append(current)
        current = current.nextInFocusChain()
    return found


class _Picker(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        self.edit, self.button = QLineEdit(self), QPushButton("…", self)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)


def test_a_filled_slot_takes_the_placeholders_place_tab_order_and_label(qtbot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = Ui_DossierDialog()
    form.setupUi(dialog)
    picker = fill_slot(form.subject_slot, _Picker(dialog))  # built after the form: last in Qt's tab order
    assert form.form.itemAt(0, form.form.ItemRole.FieldRole).widget() is picker
    assert form.subject_label.buddy() is picker
    dialog.show()
    assert _tab_order(dialog)[:6] == [picker.edit, picker.button, form.audience, form.language, form.path_edit,
                                      form.choose_button]  # fmt: skip
