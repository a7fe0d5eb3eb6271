"""The main window: navigator, list, detail pane, search, locking.

The layout is the Designer form ``ui/main_window.ui`` (compiled into ``forms/ui_main_window.py``);
this module wires it to the session. Every string set here goes through ``self.tr`` in
:meth:`MainWindow.retranslate`, which runs again when the language changes, so switching
language in Settings takes effect at once.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStyle,
    QWidget,
)

from casefile.desktop import labels, language
from casefile.desktop.forms.ui_main_window import Ui_MainWindow
from casefile.desktop.models import LIST_SPECS, ListSpec, RecordListModel, SearchResultsModel
from casefile.desktop.searching import SearchService
from casefile.desktop.session import Session
from casefile.desktop.sharing import SharingActions
from casefile.desktop.unsaved import show_error
from casefile.errors import CasefileError, WrongPassphrase

SEARCH_DELAY_MS = 250
FILTER_DELAY_MS = 250


def editor_function(name: str) -> Callable[..., Any]:
    """A function of ``casefile.desktop.editors`` (record forms, import/export...). An import
    error is a real fault and is raised, never taken for a part of the app that is missing."""
    module = importlib.import_module("casefile.desktop.editors")
    return getattr(module, name)


class IdleWatcher(QObject):
    """Calls ``on_idle`` after ``minutes`` without a key press or mouse use in the application."""

    _INPUT = {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }

    def __init__(self, on_idle: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(on_idle)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        self.timer.stop()
        if minutes > 0:
            self.timer.setInterval(int(minutes * 60_000))
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in self._INPUT and self.timer.interval() > 0 and self.timer.isActive():
            self.timer.start()  # restart the countdown
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class MainWindow(QMainWindow):
    """One open case file. Asks the application (by signal) to create, open or close files."""

    newFileRequested = Signal()
    openFileRequested = Signal()
    demoRequested = Signal()
    closeFileRequested = Signal()
    settingsRequested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        ui = self.ui
        self.spec: ListSpec = LIST_SPECS[0]

        # search field in the toolbar
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaximumWidth(360)
        ui.mainToolBar.addSeparator()
        ui.mainToolBar.addWidget(self.search_edit)

        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        ui.statusbar.addPermanentWidget(self.status_label, 1)

        # lists
        self.model = RecordListModel(session, self)
        ui.recordTable.setModel(self.model)
        # the list is read in the background: its count and the file's come with its answers
        self.model.counted.connect(self._update_list_count)
        self.model.recordsCounted.connect(lambda _n: self._update_status())
        self.model.readFailed.connect(lambda message: self.ui.statusbar.showMessage(message))
        ui.recordTable.verticalHeader().hide()
        header = ui.recordTable.horizontalHeader()
        # the name takes the room; the date column is only as wide as its dates. Fitted here to
        # the dates of each page as it comes (not ResizeToContents: Qt would then measure up to
        # 1,000 rows through the model at every sort, filter and page, 30-50 ms on this thread)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(60)
        self._date_widths: dict[str, int] = {}
        self._date_widths_font = ""
        self.model.modelReset.connect(lambda: self._fit_date_column(0, self.model.rowCount() - 1, grow=False))
        self.model.rowsInserted.connect(lambda _parent, first, last: self._fit_date_column(first, last))
        self.model.dataChanged.connect(lambda top, bottom: self._fit_date_column(top.row(), bottom.row()))
        ui.recordTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        ui.recordTable.selectionModel().selectionChanged.connect(self._on_list_selection)
        ui.recordTable.activated.connect(lambda index: self._show_row(index.row()))
        for _spec in LIST_SPECS:
            ui.navigator.addItem(QListWidgetItem())
        ui.navigator.currentRowChanged.connect(self._on_navigator)
        # after a search result took the highlight away, a click on the same list shows it again
        ui.navigator.itemClicked.connect(lambda _item: self._on_navigator(ui.navigator.currentRow()))
        ui.navigator.itemClicked.connect(lambda item: item.setSelected(True))
        ui.splitter.setSizes([180, 500, 600])

        self.filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self._apply_filter)
        ui.filterEdit.textChanged.connect(lambda _text: self.filter_timer.start())

        # search
        self.results = SearchResultsModel(self)
        ui.searchResults.setModel(self.results)
        ui.searchResults.setSpacing(2)
        ui.searchResults.setWordWrap(True)
        ui.searchResults.setAlternatingRowColors(True)
        ui.searchResults.selectionModel().currentChanged.connect(
            lambda current, _previous: self._show_hit(current.row())
        )
        ui.searchResults.activated.connect(lambda index: self._show_hit(index.row()))
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._run_search)
        self.search_edit.textChanged.connect(self._on_search_text)
        self.search_edit.returnPressed.connect(self._run_search)
        self.search: SearchService | None = None
        self._start_search_service()

        # detail
        ui.detail.set_session(session)
        ui.detail.historyChanged.connect(self._update_actions)
        ui.detail.recordShown.connect(lambda _rid: self._update_actions())

        # actions
        ui.actionBack.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left))
        ui.actionForward.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right))
        ui.actionFind.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_F))
        ui.actionLock.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        ui.actionUndo.setShortcut(QKeySequence.StandardKey.Undo)
        ui.actionRedo.setShortcut(QKeySequence.StandardKey.Redo)
        ui.actionQuit.setShortcut(QKeySequence.StandardKey.Quit)
        ui.actionOpenFile.setShortcut(QKeySequence.StandardKey.Open)
        ui.actionNewRecord.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N))
        ui.actionEditRecord.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        ui.actionBack.triggered.connect(ui.detail.go_back)
        ui.actionForward.triggered.connect(ui.detail.go_forward)
        ui.actionFind.triggered.connect(self.focus_search)
        ui.actionLock.triggered.connect(self.lock)
        ui.actionUndo.triggered.connect(session.undo_stack.undo)
        ui.actionRedo.triggered.connect(session.undo_stack.redo)
        session.undo_stack.canUndoChanged.connect(ui.actionUndo.setEnabled)
        session.undo_stack.canRedoChanged.connect(ui.actionRedo.setEnabled)
        ui.actionQuit.triggered.connect(QApplication.closeAllWindows)
        ui.actionNewFile.triggered.connect(self.newFileRequested)
        ui.actionOpenFile.triggered.connect(self.openFileRequested)
        ui.actionOpenDemo.triggered.connect(self.demoRequested)
        ui.actionCloseFile.triggered.connect(self.closeFileRequested)
        ui.actionSettings.triggered.connect(self.settingsRequested)
        ui.actionAbout.triggered.connect(self._about)
        ui.actionNewRecord.triggered.connect(self.new_record)
        ui.actionEditRecord.triggered.connect(self.edit_record)
        ui.actionDeleteRecord.triggered.connect(self.delete_record)
        self.actionEraseRecord = QAction(self)
        self.actionEraseRecord.setObjectName("actionEraseRecord")
        ui.menuEdit.insertAction(ui.actionDeleteRecord, self.actionEraseRecord)
        ui.menuEdit.insertAction(self.actionEraseRecord, ui.actionDeleteRecord)  # Erase goes after Delete
        self.actionEraseRecord.triggered.connect(self.erase_record)
        ui.actionGuidedTestimony.triggered.connect(
            lambda: self._call_editor("run_guided_testimony", self, self.session)
        )
        ui.actionImport.triggered.connect(lambda: self._call_editor("import_dialog", self, self.session))
        ui.actionExport.triggered.connect(lambda: self._call_editor("export_dialog", self, self.session))

        # File › Make dossier… (also on the toolbar, and as a link on a victim's, official's or event's page)
        self.actionMakeDossier = QAction(self)
        self.actionMakeDossier.setObjectName("actionMakeDossier")
        self.actionMakeDossier.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_D))
        self.actionMakeDossier.triggered.connect(lambda: self.make_dossier())
        file_actions = ui.menuFile.actions()
        ui.menuFile.insertAction(file_actions[file_actions.index(ui.actionExport) + 1], self.actionMakeDossier)
        tool_actions = ui.mainToolBar.actions()
        ui.mainToolBar.insertAction(
            tool_actions[tool_actions.index(ui.actionGuidedTestimony) + 1], self.actionMakeDossier
        )
        ui.detail.dossierRequested.connect(self.make_dossier)
        self.dossier_dialog: Any = None
        # Edit › Find duplicates… (the review queue of persons entered twice)
        from casefile.desktop.duplicates import DuplicateActions

        self.duplicates = DuplicateActions(self)

        # File › Case settings… (title and submitter, which dossiers need)
        self.actionCaseSettings = QAction(self)
        self.actionCaseSettings.setObjectName("actionCaseSettings")
        self.actionCaseSettings.triggered.connect(self.case_settings)
        file_actions = ui.menuFile.actions()
        ui.menuFile.insertAction(file_actions[file_actions.index(self.actionMakeDossier) + 1], self.actionCaseSettings)
        # File › Change passphrase… (encrypted files only)
        self.actionChangePassphrase = QAction(self)
        self.actionChangePassphrase.setObjectName("actionChangePassphrase")
        self.actionChangePassphrase.triggered.connect(self.change_passphrase)
        ui.menuFile.insertAction(
            ui.menuFile.actions()[ui.menuFile.actions().index(self.actionCaseSettings) + 1], self.actionChangePassphrase
        )
        # File › Share…, Merge another copy…, Conflicts…, and the "conflicts wait" badge
        self.sharing = SharingActions(self)

        # locking: the explanation and the error wrap over the page's whole width (an item
        # centred by the layout is held to its one-line size hint and its wrapped lines clipped)
        for label in (ui.lockTitle, ui.lockHint, ui.unlockError):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            ui.lockLayout.setAlignment(label, Qt.AlignmentFlag(0))
        ui.unlockButton.clicked.connect(self.unlock)
        ui.unlockPassphrase.returnPressed.connect(self.unlock)
        self.idle = IdleWatcher(self._on_idle, self)
        from casefile.desktop.dialogs import lock_minutes

        self.idle.set_minutes(lock_minutes())

        session.changed.connect(self._on_changed)
        self.retranslate()
        ui.navigator.setCurrentRow(0)
        ui.stack.setCurrentWidget(ui.contentPage)
        self._update_actions()

    # --- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every string this window shows, in the language now installed."""
        names = {  # the vocabulary's words where it has them (as the dossiers say them)
            "victims": labels.dossier_label("sec.victims"),
            "relatives": self.tr("Relatives and witnesses"),
            "officials": self.tr("Officials"),
            **{
                kind: labels.list_name(kind, plural=True)
                for kind in ("events", "testimonies", "sources", "places", "organizations")
            },
        }
        for i, spec in enumerate(LIST_SPECS):
            self.ui.navigator.item(i).setText(names[spec.key])
        # as wide as its longest name in this language: no name cut, no sideways scrolling
        nav = self.ui.navigator
        nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        nav.setMinimumWidth(nav.sizeHintForColumn(0) + 2 * nav.frameWidth() + nav.spacing() * 2 + 12)
        self.search_edit.setPlaceholderText(self.tr("Search the whole case file (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search the whole case file"))
        self.search_edit.setToolTip(self.tr("Names in Persian or Latin letters, places, words of testimonies"))
        self.ui.mainToolBar.setWindowTitle(self.tr("Main toolbar"))
        self.actionChangePassphrase.setText(self.tr("Change &passphrase…"))
        self.actionChangePassphrase.setToolTip(
            self.tr("Encrypt the case file with a new passphrase (backups made before keep the old one)")
        )
        self.actionCaseSettings.setText(self.tr("Case se&ttings…"))
        self.actionEraseRecord.setText(self.tr("E&rase permanently…"))
        self.actionCaseSettings.setToolTip(self.tr("The title of this case file and who submits its dossiers"))
        self.actionMakeDossier.setText(self.tr("Make &dossier…"))
        self.duplicates.retranslate()
        self.actionMakeDossier.setToolTip(
            self.tr("A PDF dossier on the victim, official or event shown, for the UN, Amnesty, lawyers or the public")
        )
        self.sharing.retranslate()
        # every sentence about protection is true for this file: a plain file says it is not encrypted
        if self.session.is_demo:
            title = self.tr("Casefile — %1 (demo: fictional people, not encrypted)")
        elif self.session.encrypted:
            title = self.tr("Casefile — %1")
        else:
            title = self.tr("Casefile — %1 (not encrypted)")
        self.setWindowTitle(title.replace("%1", self.session.path.name))
        self.ui.unlockPassphrase.setVisible(self.session.encrypted)
        self.ui.lockHint.setVisible(True)
        if not self.session.encrypted:
            self.ui.actionLock.setText(self.tr("&Hide the case file"))
            self.ui.actionLock.setToolTip(
                self.tr(
                    "This case file is not encrypted: hiding it only clears this window. Anyone who has the "
                    "file can read it without a passphrase. (Ctrl+L)"
                )
            )
            self.ui.lockTitle.setText(self.tr("The case file is hidden, not locked"))
            self.ui.lockHint.setText(
                self.tr(
                    "This case file is not encrypted, so locking protects nothing: anyone who has the file can "
                    "read it without a passphrase. To protect real names and accounts, create an encrypted case "
                    "file (File ▸ New case file) and keep them there. Press “Unlock” to go on."
                )
            )
        self._update_status()
        self._update_list_count()
        self._update_search_label()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        if not self.session.is_locked:
            self.model.reload()  # dates in the other calendar and script
            self.ui.detail.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    # --- lists and detail -------------------------------------------------------------------

    def _on_navigator(self, row: int) -> None:
        if 0 <= row < len(LIST_SPECS):
            self.spec = LIST_SPECS[row]
            self.ui.listStack.setCurrentWidget(self.ui.listPage)
            if not self.session.is_locked:
                self.model.set_spec(self.spec)
            self._update_list_count()
            self._update_actions()

    def _apply_filter(self) -> None:
        self.ui.listStack.setCurrentWidget(self.ui.listPage)
        self.model.set_filter(self.ui.filterEdit.text())
        self._update_list_count()

    def _fit_date_column(self, first: int, last: int, grow: bool = True) -> None:
        """The date column as wide as its header and the widest date of rows ``first``..``last``
        (``grow``: and never narrower than now, so it does not shrink as a list pages on)."""
        table = self.ui.recordTable
        header = table.horizontalHeader()
        font = table.font().key()
        widths = self._date_widths  # a list holds a few hundred distinct dates: each measured once
        if self._date_widths_font != font or self.model.rowCount() == 0 or len(widths) > 20_000:
            widths.clear()  # (no rows: locked, and no dates are kept)
            self._date_widths_font = font
        metrics = table.fontMetrics()
        for text in set(self.model.date_texts(first, last)).difference(widths):
            widths[text] = metrics.horizontalAdvance(text)
        widest = max((widths[t] for t in self.model.date_texts(first, last)), default=0)
        margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + 8
        width = max(header.sectionSizeHint(1), widest + margin)
        if grow:
            width = max(width, header.sectionSize(1))
        if width != header.sectionSize(1):
            header.resizeSection(1, width)

    def _update_list_count(self) -> None:
        total = self.model.total()
        if self.model.filter_text:
            text = self.tr("%1 found in this list").replace("%1", language.number(total))
        else:
            text = self.tr("%1 in this list").replace("%1", language.number(total))
        self.ui.listCount.setText(text if not self.session.is_locked else "")

    def _on_list_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {i.row() for i in selected.indexes()}
        if rows:
            self._show_row(min(rows))

    def _show_row(self, row: int) -> None:
        record_id = self.model.row_id(row)
        if record_id:
            self.ui.detail.show_record(record_id)

    def show_record(self, record_id: str) -> None:
        """Show one record in the detail pane (as a link click would)."""
        self.ui.detail.show_record(record_id)

    def _on_changed(self, _ids: object) -> None:
        if self.session.is_locked:
            return
        # the list updates the rows that changed itself (it listens to session.changed too)
        self.ui.detail.refresh()
        self._update_status()  # the conflicts badge; the count of records follows from the reader

    # --- search -----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _start_search_service(self) -> None:
        self.search = SearchService(self.session.open_connection, self)
        self.search.results.connect(self._on_search_results)
        self.search.failed.connect(lambda message: self.ui.searchLabel.setText(message))

    def _on_search_text(self, text: str) -> None:
        if not text.strip():
            self.search_timer.stop()
            if self.search:
                self.search.cancel()
            self.results.clear()
            self.ui.listStack.setCurrentWidget(self.ui.listPage)
            return
        self.search_timer.start()

    def _run_search(self) -> None:
        self.search_timer.stop()
        text = self.search_edit.text().strip()
        if text and self.search and not self.session.is_locked:
            self.search.search(text, language.current())

    def _on_search_results(self, query: str, hits: list) -> None:
        if query != self.search_edit.text().strip():
            return  # typed on since: the newer query's results are on their way
        self.results.set_hits(query, hits)
        self.ui.listStack.setCurrentWidget(self.ui.searchPage)
        self._update_search_label()

    def _update_search_label(self) -> None:
        query = self.results.query
        if not query:
            self.ui.searchLabel.setText("")
            return
        n = self.results.rowCount()
        if n:
            text = self.tr("%1 found for “%2”").replace("%1", language.number(n)).replace("%2", query)
        else:
            text = self.tr("Nothing found for “%1”").replace("%1", query)
        self.ui.searchLabel.setText(text)

    def _show_hit(self, row: int) -> None:
        hit = self.results.hit(row)
        if hit is not None:
            # the navigator's list is not what is shown now: take its highlight away
            self.ui.navigator.clearSelection()
            self.ui.recordTable.clearSelection()
            self.ui.detail.show_record(hit.id)

    # --- status and actions -----------------------------------------------------------------

    def _update_status(self) -> None:
        # the file's count of records comes from the list's reader, never counted on this thread
        name, encrypted = self.session.path.name, self.session.encrypted
        count = self.model.records_total
        state = self.tr("encrypted") if encrypted else self.tr("not encrypted")
        if self.session.is_demo:
            state = self.tr("demo of fictional people, not encrypted")
        if self.session.is_locked:
            text = self.tr("%1 · %2 · locked").replace("%1", name).replace("%2", state)
        else:
            text = (
                self.tr("%1 · %2 · %3 records")
                .replace("%1", name)
                .replace("%2", state)
                .replace("%3", language.number(count) if count is not None else "…")
            )
        from casefile.desktop.dialogs import backup_settings, last_backup_text

        if backup_settings().enabled and not self.session.is_demo:
            text += " · " + last_backup_text(self.session.path)
        if language.current() in language.RTL_LANGUAGES:
            text = "\u200f" + text  # starts with the (Latin) file name: keep the line right to left
        self.status_label.setText(text)
        self.sharing.update_badge()

    def _update_actions(self) -> None:
        ui = self.ui
        unlocked = not self.session.is_locked
        ui.actionBack.setEnabled(unlocked and ui.detail.can_go_back())
        ui.actionForward.setEnabled(unlocked and ui.detail.can_go_forward())
        has_record = unlocked and ui.detail.current_id is not None
        ui.actionEditRecord.setEnabled(has_record)
        ui.actionDeleteRecord.setEnabled(has_record)
        self.actionEraseRecord.setEnabled(has_record)
        for action in (
            ui.actionNewRecord,
            ui.actionGuidedTestimony,
            ui.actionImport,
            ui.actionExport,
            self.actionMakeDossier,
            self.actionCaseSettings,
            ui.actionFind,
            ui.actionNewFile,
            ui.actionOpenFile,
            ui.actionOpenDemo,
            ui.actionSettings,
        ):
            action.setEnabled(unlocked)
        self.sharing.set_enabled(unlocked)
        self.actionChangePassphrase.setEnabled(unlocked and self.session.encrypted)
        self.actionChangePassphrase.setVisible(self.session.encrypted)
        ui.actionUndo.setEnabled(unlocked and self.session.undo_stack.canUndo())
        ui.actionRedo.setEnabled(unlocked and self.session.undo_stack.canRedo())
        ui.actionLock.setEnabled(unlocked)
        self.duplicates.set_enabled(unlocked)
        self.search_edit.setEnabled(unlocked)

    # --- editing (the forms are casefile.desktop.editors) -------------------------------------

    def _call_editor(self, name: str, *args: Any, **kwargs: Any) -> Any:
        try:
            fn = editor_function(name)
            return fn(*args, **kwargs)
        except CasefileError as e:
            QMessageBox.warning(self, self.tr("Casefile"), str(e))
            return None
        except Exception as e:  # a fault: said as one, with details to copy, never as "not available"
            show_error(self, self.tr("This action stopped because of an error."), e)
            return None

    def new_record(self) -> None:
        preset = {"roles": list(self.spec.roles[:1])} if self.spec.roles else None
        self._call_editor("open_editor", self, self.session, self.spec.kind, None, preset)

    def edit_record(self) -> None:
        record_id = self.ui.detail.current_id
        if record_id is None:
            return
        from casefile import records

        record = records.get(self.session.cf, record_id)
        if record is not None:
            self._call_editor("open_editor", self, self.session, record.kind, record_id, None)

    def delete_record(self) -> None:
        record_id = self.ui.detail.current_id
        if record_id is not None and self._call_editor("confirm_and_delete", self, self.session, record_id):
            self.ui.detail.clear_history()
            self._on_changed({record_id})

    def erase_record(self) -> None:
        """Edit › Erase permanently…: the record's words gone for good (after a clear warning)."""
        record_id = self.ui.detail.current_id
        if record_id is None or self.session.is_locked or not self.close_forms():
            return
        from casefile.desktop.erase_dialog import EraseDialog

        def before() -> None:
            if self.search:  # erasing vacuums the file: nothing else may be reading it
                self.search.shutdown()
                self.search = None
            self.model.clear()  # nor the list's reader

        def after() -> None:
            self.session.undo_stack.clear()  # the undo history may hold the erased words
            self._start_search_service()
            self.ui.detail.clear_history()
            self.model.set_spec(self.spec)
            self.ui.detail.refresh()

        self.erase_dialog = EraseDialog(self, self.session, record_id, before, after)
        self.erase_dialog.open()

    def make_dossier(self, record_id: str | None = None) -> None:
        """Open the "Make dossier" dialog on ``record_id`` or, without one, on the record shown
        (when a dossier can be made on it; otherwise the subject is chosen in the dialog)."""
        if self.session.is_locked:
            return
        from casefile.desktop.dossier_dialog import open_dossier_dialog

        self.dossier_dialog = open_dossier_dialog(self, self.session, record_id or self.ui.detail.current_id)

    def change_passphrase(self) -> None:
        """File › Change passphrase…: the search connection is closed while the file is rekeyed
        (rekey needs the file to itself) and opened again after, with the new passphrase."""
        if self.session.is_locked or not self.session.encrypted or not self.close_forms():
            return
        from casefile.desktop.passphrase import change_passphrase

        def before() -> None:
            self.model.clear()
            if self.search:
                self.search.shutdown()
                self.search = None

        def after() -> None:
            self._start_search_service()
            self.model.set_spec(self.spec)
            self.ui.detail.refresh()

        self.passphrase_dialog = change_passphrase(self, self.session, before, after)

    def case_settings(self) -> None:
        """File › Case settings…"""
        if self.session.is_locked:
            return
        from casefile.desktop.case_settings import open_case_settings

        self.case_settings_dialog = open_case_settings(self, self.session)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Casefile"),
            self.tr(
                "Casefile keeps a private, encrypted case file for documenting the victims of the 1988 "
                "prison massacre in Iran. It never uses the network."
            ),
        )

    # --- locking ----------------------------------------------------------------------------

    def _on_idle(self) -> None:
        if not self.session.is_locked:
            self.lock()

    def apply_settings(self) -> None:
        from casefile.desktop.dialogs import lock_minutes

        self.idle.set_minutes(lock_minutes())

    def lock(self) -> None:
        """Hide every record, stop the search connection and drop the key from memory."""
        if self.session.is_locked:
            return
        ui = self.ui
        # forms open with typed work keep it as a draft (inside the file) before the key goes
        kept = sum(bool(form.keep_draft_and_close()) for form in self.open_forms())
        self.search_timer.stop()
        self.filter_timer.stop()
        if self.search:
            self.search.shutdown()
            self.search = None
        self.search_edit.clear()
        self.results.clear()
        self.model.clear()
        ui.detail.clear_history()
        self.session.lock()
        ui.stack.setCurrentWidget(ui.lockPage)
        ui.unlockError.setText("")
        ui.unlockPassphrase.clear()
        self.idle.timer.stop()
        self._update_actions()
        self._update_status()
        self._update_list_count()
        if kept:
            self.ui.statusbar.showMessage(
                self.tr("What was being typed was kept as a draft; open the same form again to go on with it.")
            )
        (ui.unlockPassphrase if self.session.encrypted else ui.unlockButton).setFocus()

    def unlock(self) -> None:
        """Reopen with the passphrase typed on the lock screen; a wrong one is said plainly."""
        if not self.session.is_locked:
            return
        ui = self.ui
        passphrase = ui.unlockPassphrase.text() if self.session.encrypted else None
        try:
            self.session.unlock(passphrase)
        except WrongPassphrase:
            ui.unlockError.setText(self.tr("That passphrase is not right. Try again."))
            ui.unlockPassphrase.selectAll()
            ui.unlockPassphrase.setFocus()
            return
        except CasefileError as e:
            ui.unlockError.setText(str(e))
            return
        ui.unlockPassphrase.clear()
        ui.unlockError.setText("")
        self._start_search_service()
        self.model.set_spec(self.spec)
        ui.stack.setCurrentWidget(ui.contentPage)
        self.apply_settings()
        self._update_actions()
        self._update_status()
        self._update_list_count()
        ui.recordTable.setFocus()

    # --- closing ----------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop background work and timers (the application closes the session)."""
        self.search_timer.stop()
        self.filter_timer.stop()
        self.idle.stop()
        if self.search:
            self.search.shutdown()
            self.search = None
        self.model.shutdown()

    def open_forms(self) -> list[QWidget]:
        """The record forms and guided testimonies open over this window."""
        return [w for w in self.findChildren(QWidget) if hasattr(w, "confirm_close") and w.isVisible()]

    def close_forms(self) -> bool:
        """Close the open forms, each asking first about typed work; False if one was kept open."""
        for form in self.open_forms():
            form.close()
            if form.isVisible():
                return False
        return True

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        if not self.session.is_locked and not self.close_forms():
            event.ignore()  # "Go back": the typed work stays open
            return
        self.shutdown()
        super().closeEvent(event)
