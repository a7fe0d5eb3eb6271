"""The acts already recorded about a person (arrest, detention, execution...), shown on the
person's form so that "Add act…" never adds blindly; each opens in its own editor."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefile import records
from casefile.dates import format_date
from casefile.desktop.editors.widgets import ui_lang
from casefile.desktop.labels import value_choice
from casefile.desktop.session import Session
from casefile.model import record_title


class ActsList(QGroupBox):
    """What happened to one person, as recorded: type, date, place and event of each act."""

    openRequested = Signal(str)

    def __init__(self, session: Session, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.person_id = session, person_id
        self.setObjectName("actsList")
        self.setTitle(self.tr("What has been recorded about them"))
        layout = QVBoxLayout(self)
        self.empty = QLabel(self.tr("Nothing yet. Use “Add act…” below to record what happened to them."), self)
        self.empty.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Acts already recorded"))
        self.list.setMaximumHeight(150)
        self.list.itemActivated.connect(self._open)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open the chosen act"), self)
        self.open_button.clicked.connect(lambda: self._open(self.list.currentItem()))
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addLayout(row)
        session.changed.connect(self._on_changed)  # a bound slot: disconnected when this is deleted
        self.refresh()

    def _on_changed(self, _ids: object) -> None:
        self.refresh()

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def refresh(self) -> None:
        if self.session.is_locked:
            return
        self.list.clear()
        cf, lang = self.session.cf, ui_lang()
        acts = records.referring_records(cf, self.person_id, "acts", "victim")
        linked = records.get_many(cf, [a.data.get(k) for a in acts for k in ("place", "event") if a.data.get(k)])
        for act in acts:
            parts = [value_choice(act.data.get("type", "other"), "acts.type")]
            if act.data.get("date") is not None:
                try:
                    parts.append(format_date(act.data["date"], lang))
                except ValueError:
                    parts.append(str(act.data["date"]))
            for key in ("place", "event"):
                target = linked.get(act.data.get(key) or "")
                if target is not None:
                    parts.append(record_title(target.kind, target.data, lang))
            item = QListWidgetItem(" — ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, act.id)
            self.list.addItem(item)
        has_acts = bool(acts)
        self.empty.setVisible(not has_acts)
        self.list.setVisible(has_acts)
        self.open_button.setVisible(has_acts)

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.openRequested.emit(item.data(Qt.ItemDataRole.UserRole))
