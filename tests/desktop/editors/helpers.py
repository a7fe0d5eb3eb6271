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
