"""Widgets built in code inside a Designer form.

A form (``ui/*.ui``) cannot build a widget that needs the open case file (a record picker needs
the session), so it holds an empty placeholder named ``<something>_slot`` where that widget goes;
:func:`fill_slot` puts the widget there, as if the form had built it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def fill_slot(slot: QWidget, widget: QWidget) -> QWidget:
    """Put ``widget`` where the placeholder ``slot`` is: the same place in its layout, in the tab
    order (Tab reaches it where it reaches the slot) and as the buddy of the label that named the
    slot; the slot is deleted. Returns ``widget``."""
    window = slot.window()
    layout = slot.parentWidget().layout()
    if layout is None or layout.replaceWidget(slot, widget) is None:
        raise ValueError(f"{slot.objectName()} is not in its parent's layout")
    # the tab order: Qt moves a widget only to after a focusable one, so the slot takes focus for
    # a moment and the widget's focusable parts are chained after it
    slot.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    before = slot
    for part in (widget, *widget.findChildren(QWidget)):
        if part.focusPolicy() != Qt.FocusPolicy.NoFocus:
            QWidget.setTabOrder(before, part)
            before = part
    for label in window.findChildren(QLabel):
        if label.buddy() is slot:
            label.setBuddy(widget)
    slot.hide()
    slot.setParent(None)
    slot.deleteLater()
    return widget
