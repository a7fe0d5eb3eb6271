"""Small helpers for driving modal message boxes and the record pickers in tests."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


class BoxAnswerer:
    """Answers the next message boxes (yes or no, in order) and keeps what they said."""

    _alive: list[BoxAnswerer] = []  # the timers only hold weak references

    def __init__(self, *answers: bool) -> None:
        BoxAnswerer._alive.append(self)
        self.answers = list(answers)
        self.seen: list[str] = []
        self._poll()

    def _poll(self) -> None:
        QTimer.singleShot(20, self._answer)

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.seen.append(f"{box.text()}\n{box.informativeText()}")
            yes = self.answers.pop(0)
            box.button(QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No).click()
        if self.answers:
            self._poll()
        else:
            BoxAnswerer._alive.remove(self)


def click_in_box(qtbot, button_name: str, seen: list[str] | None = None) -> None:
    """When the next message box shows, note its text and click its button named ``button_name``
    (an objectName, e.g. ``keepDraft``)."""
    from PySide6.QtWidgets import QPushButton

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        if seen is not None:
            seen.append(f"{box.text()}\n{box.informativeText()}")
        button = box.findChild(QPushButton, button_name)
        assert button is not None, [b.objectName() for b in box.findChildren(QPushButton)]
        button.click()

    QTimer.singleShot(0, answer)


def when_modal(kind: type, action) -> None:
    """When a modal dialog of ``kind`` shows, call ``action(dialog)``."""

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, step)
            return
        action(dialog)

    QTimer.singleShot(0, step)
