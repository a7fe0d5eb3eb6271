"""Several laptops, one case, in the main window: File › Share…, File › Merge another copy…,
File › Conflicts…, and the status-bar badge "N conflicts wait" shown while conflicts wait (a
click opens the conflicts view).

The main window holds one :class:`SharingActions` and calls it from its own ``retranslate``,
``_update_status`` and ``_update_actions``; the dialogs are in :mod:`.share_dialog`,
:mod:`.merge_dialog` and :mod:`.conflicts_view`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from casefile import merge
from casefile.desktop import language

if TYPE_CHECKING:
    from casefile.desktop.main_window import MainWindow

BADGE_STYLE = (
    "QPushButton#conflictsBadge { background: #f6e3b4; color: #5a3b00; border: 1px solid #d8b25a;"
    " border-radius: 9px; padding: 1px 10px; }"
    "QPushButton#conflictsBadge:hover, QPushButton#conflictsBadge:focus { border-color: #5b7a93; }"
)


class SharingActions(QObject):
    """The actions and the badge, inserted in ``window``'s File menu (after Make dossier) and status bar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.share_dialog: Any = None
        self.merge_dialog: Any = None
        self.conflicts_view: Any = None
        self.actionShare = QAction(window)
        self.actionShare.setObjectName("actionShare")
        self.actionShare.triggered.connect(lambda: self.share())
        self.actionMerge = QAction(window)
        self.actionMerge.setObjectName("actionMerge")
        self.actionMerge.triggered.connect(lambda: self.merge())
        self.actionConflicts = QAction(window)
        self.actionConflicts.setObjectName("actionConflicts")
        self.actionConflicts.triggered.connect(lambda: self.show_conflicts())
        # a group of their own in the File menu, just above Close case file and Quit
        menu = window.ui.menuFile
        actions = menu.actions()
        close = window.ui.actionCloseFile
        at = actions.index(close) if close in actions else len(actions)
        while at > 0 and actions[at - 1].isSeparator():
            at -= 1
        before = actions[at] if at < len(actions) else None
        ours = [self.actionShare, self.actionMerge, self.actionConflicts]
        if before is None:
            menu.addSeparator()
            menu.addActions(ours)
        else:
            menu.insertSeparator(before)
            menu.insertActions(before, ours)
        self.badge = QPushButton(window)
        self.badge.setObjectName("conflictsBadge")
        self.badge.setFlat(True)
        self.badge.setStyleSheet(BADGE_STYLE)
        self.badge.clicked.connect(lambda: self.show_conflicts())
        self.badge.setVisible(False)
        window.ui.statusbar.addPermanentWidget(self.badge)
        self.retranslate()

    # --- the window's calls -------------------------------------------------------------------

    def retranslate(self) -> None:
        self.actionShare.setText(self.tr("S&hare…"))
        self.actionShare.setToolTip(
            self.tr("A new case file with the whole case, or a victim and all linked to them, for another laptop")
        )
        self.actionMerge.setText(self.tr("&Merge another copy…"))
        self.actionMerge.setToolTip(self.tr("Bring in what another copy of this case, or a share, recorded"))
        self.actionConflicts.setText(self.tr("Con&flicts…"))
        self.actionConflicts.setToolTip(self.tr("What two copies changed differently, waiting for your choice"))
        self.badge.setToolTip(self.tr("Show the conflicts and settle them"))
        self.update_badge()

    def set_enabled(self, unlocked: bool) -> None:
        for action in (self.actionShare, self.actionMerge, self.actionConflicts):
            action.setEnabled(unlocked)

    def update_badge(self) -> None:
        """Show "N conflicts wait" while conflicts wait (never while the file is locked)."""
        session = self.window.session
        n = 0 if session.is_locked else merge.count_conflicts(session.cf)
        self.badge.setVisible(n > 0)
        if n:
            if n == 1:
                text = self.tr("One conflict waits")
            else:
                text = self.tr("%1 conflicts wait").replace("%1", language.number(n))
            self.badge.setText(text)
            self.badge.setAccessibleName(text)

    # --- the dialogs --------------------------------------------------------------------------

    def share(self, start: str | None = None) -> Any:
        if self.window.session.is_locked:
            return None
        from casefile.desktop.share_dialog import open_share_dialog

        self.share_dialog = open_share_dialog(
            self.window, self.window.session, start or self.window.ui.detail.current_id
        )
        return self.share_dialog

    def merge(self) -> Any:
        if self.window.session.is_locked:
            return None
        from casefile.desktop.merge_dialog import open_merge_dialog

        self.merge_dialog = open_merge_dialog(self.window, self.window.session, self.show_conflicts)
        return self.merge_dialog

    def show_conflicts(self) -> Any:
        if self.window.session.is_locked:
            return None
        from casefile.desktop.conflicts_view import open_conflicts_view

        view = self.conflicts_view
        try:
            if view is not None and view.isVisible():
                view.raise_()
                view.activateWindow()
                return view
        except RuntimeError:  # closed and deleted since
            pass
        view = open_conflicts_view(self.window, self.window.session)
        view.recordRequested.connect(self.window.show_record)
        self.conflicts_view = view
        return view
