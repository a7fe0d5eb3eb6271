"""A warning shown while a new person's name is typed: "may already be in the case file".

:class:`MatchWarning` is given the person as typed so far (``check(data)``, called on every
keystroke); shortly after typing pauses it asks the core (``casefile.linkage.likely_matches``,
through the names' keys in the search index: a few milliseconds) for persons who may be the same,
in either script and any spelling, and shows the best one with why, and two buttons: open that
person's record, or use that person instead of entering them again. Used by the new-person form
and the guided testimony's victim page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from casefile import linkage, records
from casefile.desktop import language
from casefile.desktop.session import Session
from casefile.model import name_text

#: how long typing must pause before the case file is asked (the warning follows the typing)
CHECK_DELAY_MS = 300
STYLE = "QFrame#matchWarning { background: #fff4d6; border: 1px solid #d8b25a; border-radius: 4px; }"


class MatchWarning(QFrame):
    """Hidden until the typed person may already be in the case file."""

    #: the id of the person the user wants to see
    openRequested = Signal(str)
    #: the id of the person the user wants to use instead of entering a new one
    useRequested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None, *, offer_use: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("matchWarning")
        self.setStyleSheet(STYLE)
        self.session = session
        self.matches: list[linkage.Candidate] = []
        self._pending: dict[str, Any] | None = None
        layout = QHBoxLayout(self)
        self.label = QLabel(self)
        self.label.setObjectName("matchWarningText")
        self.label.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("matchOpenButton")
        self.use_button = QPushButton(self)
        self.use_button.setObjectName("matchUseButton")
        self.use_button.setVisible(offer_use)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.use_button)
        self.open_button.clicked.connect(lambda: self.matches and self.openRequested.emit(self.matches[0].b))
        self.use_button.clicked.connect(lambda: self.matches and self.useRequested.emit(self.matches[0].b))
        self.timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self.timer.timeout.connect(self.run_check)
        self.open_button.setText(self.tr("Open it"))
        self.use_button.setText(self.tr("Use this person"))
        self.setVisible(False)

    def check(self, person: dict[str, Any]) -> None:
        """Look again for this person as typed, once typing pauses."""
        self._pending = dict(person)
        self.timer.start()

    def run_check(self) -> None:
        """Ask the case file now (the timer calls this; tests may too)."""
        self.timer.stop()
        person, self._pending = self._pending, None
        # The form may outlive its case file by one timer tick (closed, locked, or a test's teardown).
        if person is None or self.session.is_locked or self.session.cf.conn is None:
            return
        self.matches = linkage.likely_matches(self.session.cf, person, limit=3)
        if not self.matches:
            self.setVisible(False)
            return
        best = self.matches[0]
        other = records.get(self.session.cf, best.b)
        data = other.data if other else {}
        lang = language.current()
        who = name_text(data.get("name"), lang) or best.b
        facts = []
        if data.get("father_name"):
            facts.append(self.tr("father: %1").replace("%1", name_text(data["father_name"], lang)))
        if data.get("birth"):
            facts.append(self.tr("born %1").replace("%1", language.format_date(data["birth"])))
        details = f" ({language.comma().join(facts)})" if facts else ""
        text = self.tr("%1%2 is already in the case file and may be the same person: %3.")
        text = text.replace("%1", language.isolate(who)).replace("%2", details)
        text = text.replace("%3", language.comma().join(best.reasons))
        if len(self.matches) > 1:
            text += " " + self.tr("Other possible matches: %1.").replace(
                "%1", language.digits(str(len(self.matches) - 1))
            )
        self.label.setText(text)
        self.setVisible(True)
