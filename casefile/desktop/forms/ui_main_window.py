# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListView, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QStatusBar, QTableView, QToolBar,
    QVBoxLayout, QWidget)

from casefile.desktop.detail import DetailView

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        MainWindow.setWindowTitle(u"Casefile")
        self.actionNewFile = QAction(MainWindow)
        self.actionNewFile.setObjectName(u"actionNewFile")
        self.actionOpenFile = QAction(MainWindow)
        self.actionOpenFile.setObjectName(u"actionOpenFile")
        self.actionOpenDemo = QAction(MainWindow)
        self.actionOpenDemo.setObjectName(u"actionOpenDemo")
        self.actionImport = QAction(MainWindow)
        self.actionImport.setObjectName(u"actionImport")
        self.actionExport = QAction(MainWindow)
        self.actionExport.setObjectName(u"actionExport")
        self.actionCloseFile = QAction(MainWindow)
        self.actionCloseFile.setObjectName(u"actionCloseFile")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionUndo = QAction(MainWindow)
        self.actionUndo.setObjectName(u"actionUndo")
        self.actionRedo = QAction(MainWindow)
        self.actionRedo.setObjectName(u"actionRedo")
        self.actionNewRecord = QAction(MainWindow)
        self.actionNewRecord.setObjectName(u"actionNewRecord")
        self.actionEditRecord = QAction(MainWindow)
        self.actionEditRecord.setObjectName(u"actionEditRecord")
        self.actionDeleteRecord = QAction(MainWindow)
        self.actionDeleteRecord.setObjectName(u"actionDeleteRecord")
        self.actionGuidedTestimony = QAction(MainWindow)
        self.actionGuidedTestimony.setObjectName(u"actionGuidedTestimony")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionBack = QAction(MainWindow)
        self.actionBack.setObjectName(u"actionBack")
        self.actionForward = QAction(MainWindow)
        self.actionForward.setObjectName(u"actionForward")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionLock = QAction(MainWindow)
        self.actionLock.setObjectName(u"actionLock")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self.centralwidget)
        self.stack.setObjectName(u"stack")
        self.contentPage = QWidget()
        self.contentPage.setObjectName(u"contentPage")
        self.contentLayout = QHBoxLayout(self.contentPage)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(6, 6, 6, 6)
        self.splitter = QSplitter(self.contentPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.navigator = QListWidget(self.splitter)
        self.navigator.setObjectName(u"navigator")
        self.splitter.addWidget(self.navigator)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.filterEdit = QLineEdit(self.listPane)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.listLayout.addWidget(self.filterEdit)

        self.listStack = QStackedWidget(self.listPane)
        self.listStack.setObjectName(u"listStack")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listPageLayout = QVBoxLayout(self.listPage)
        self.listPageLayout.setObjectName(u"listPageLayout")
        self.listPageLayout.setContentsMargins(0, 0, 0, 0)
        self.recordTable = QTableView(self.listPage)
        self.recordTable.setObjectName(u"recordTable")
        self.recordTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recordTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recordTable.setSortingEnabled(True)
        self.recordTable.setAlternatingRowColors(True)
        self.recordTable.setWordWrap(False)

        self.listPageLayout.addWidget(self.recordTable)

        self.listCount = QLabel(self.listPage)
        self.listCount.setObjectName(u"listCount")
        self.listCount.setText(u"")

        self.listPageLayout.addWidget(self.listCount)

        self.listStack.addWidget(self.listPage)
        self.searchPage = QWidget()
        self.searchPage.setObjectName(u"searchPage")
        self.searchPageLayout = QVBoxLayout(self.searchPage)
        self.searchPageLayout.setObjectName(u"searchPageLayout")
        self.searchPageLayout.setContentsMargins(0, 0, 0, 0)
        self.searchLabel = QLabel(self.searchPage)
        self.searchLabel.setObjectName(u"searchLabel")
        self.searchLabel.setText(u"")
        self.searchLabel.setWordWrap(True)

        self.searchPageLayout.addWidget(self.searchLabel)

        self.searchResults = QListView(self.searchPage)
        self.searchResults.setObjectName(u"searchResults")

        self.searchPageLayout.addWidget(self.searchResults)

        self.listStack.addWidget(self.searchPage)

        self.listLayout.addWidget(self.listStack)

        self.splitter.addWidget(self.listPane)
        self.detail = DetailView(self.splitter)
        self.detail.setObjectName(u"detail")
        self.splitter.addWidget(self.detail)

        self.contentLayout.addWidget(self.splitter)

        self.stack.addWidget(self.contentPage)
        self.lockPage = QWidget()
        self.lockPage.setObjectName(u"lockPage")
        self.lockLayout = QVBoxLayout(self.lockPage)
        self.lockLayout.setObjectName(u"lockLayout")
        self.lockTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lockLayout.addItem(self.lockTopSpacer)

        self.lockTitle = QLabel(self.lockPage)
        self.lockTitle.setObjectName(u"lockTitle")
        self.lockTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.lockLayout.addWidget(self.lockTitle, 0, Qt.AlignmentFlag.AlignHCenter)

        self.lockHint = QLabel(self.lockPage)
        self.lockHint.setObjectName(u"lockHint")
        self.lockHint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lockHint.setWordWrap(True)

        self.lockLayout.addWidget(self.lockHint, 0, Qt.AlignmentFlag.AlignHCenter)

        self.unlockPassphrase = QLineEdit(self.lockPage)
        self.unlockPassphrase.setObjectName(u"unlockPassphrase")
        self.unlockPassphrase.setMinimumWidth(320)
        self.unlockPassphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.lockLayout.addWidget(self.unlockPassphrase, 0, Qt.AlignmentFlag.AlignHCenter)

        self.unlockError = QLabel(self.lockPage)
        self.unlockError.setObjectName(u"unlockError")
        self.unlockError.setText(u"")
        self.unlockError.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.lockLayout.addWidget(self.unlockError, 0, Qt.AlignmentFlag.AlignHCenter)

        self.unlockButton = QPushButton(self.lockPage)
        self.unlockButton.setObjectName(u"unlockButton")

        self.lockLayout.addWidget(self.unlockButton, 0, Qt.AlignmentFlag.AlignHCenter)

        self.lockBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lockLayout.addItem(self.lockBottomSpacer)

        self.stack.addWidget(self.lockPage)

        self.centralLayout.addWidget(self.stack)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.mainToolBar = QToolBar(MainWindow)
        self.mainToolBar.setObjectName(u"mainToolBar")
        self.mainToolBar.setMovable(False)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.mainToolBar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewFile)
        self.menuFile.addAction(self.actionOpenFile)
        self.menuFile.addAction(self.actionOpenDemo)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionImport)
        self.menuFile.addAction(self.actionExport)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionCloseFile)
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionUndo)
        self.menuEdit.addAction(self.actionRedo)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionNewRecord)
        self.menuEdit.addAction(self.actionEditRecord)
        self.menuEdit.addAction(self.actionDeleteRecord)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionGuidedTestimony)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionSettings)
        self.menuView.addAction(self.actionBack)
        self.menuView.addAction(self.actionForward)
        self.menuView.addSeparator()
        self.menuView.addAction(self.actionFind)
        self.menuView.addSeparator()
        self.menuView.addAction(self.actionLock)
        self.menuHelp.addAction(self.actionAbout)
        self.mainToolBar.addAction(self.actionBack)
        self.mainToolBar.addAction(self.actionForward)
        self.mainToolBar.addSeparator()
        self.mainToolBar.addAction(self.actionNewRecord)
        self.mainToolBar.addAction(self.actionEditRecord)
        self.mainToolBar.addAction(self.actionGuidedTestimony)
        self.mainToolBar.addSeparator()
        self.mainToolBar.addAction(self.actionLock)

        self.retranslateUi(MainWindow)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.actionNewFile.setText(QCoreApplication.translate("MainWindow", u"&New case file\u2026", None))
        self.actionOpenFile.setText(QCoreApplication.translate("MainWindow", u"&Open case file\u2026", None))
        self.actionOpenDemo.setText(QCoreApplication.translate("MainWindow", u"Open the &demo", None))
        self.actionImport.setText(QCoreApplication.translate("MainWindow", u"&Import\u2026", None))
        self.actionExport.setText(QCoreApplication.translate("MainWindow", u"&Export\u2026", None))
        self.actionCloseFile.setText(QCoreApplication.translate("MainWindow", u"&Close case file", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionUndo.setText(QCoreApplication.translate("MainWindow", u"&Undo", None))
        self.actionRedo.setText(QCoreApplication.translate("MainWindow", u"&Redo", None))
        self.actionNewRecord.setText(QCoreApplication.translate("MainWindow", u"&New record\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionNewRecord.setToolTip(QCoreApplication.translate("MainWindow", u"Add a record to the list shown", None))
#endif // QT_CONFIG(tooltip)
        self.actionEditRecord.setText(QCoreApplication.translate("MainWindow", u"&Edit record\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionEditRecord.setToolTip(QCoreApplication.translate("MainWindow", u"Edit the record shown", None))
#endif // QT_CONFIG(tooltip)
        self.actionDeleteRecord.setText(QCoreApplication.translate("MainWindow", u"&Delete record\u2026", None))
        self.actionGuidedTestimony.setText(QCoreApplication.translate("MainWindow", u"&Record a testimony\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionGuidedTestimony.setToolTip(QCoreApplication.translate("MainWindow", u"Step by step, in plain words, for a family member", None))
#endif // QT_CONFIG(tooltip)
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"&Settings\u2026", None))
        self.actionBack.setText(QCoreApplication.translate("MainWindow", u"&Back", None))
#if QT_CONFIG(tooltip)
        self.actionBack.setToolTip(QCoreApplication.translate("MainWindow", u"Back to the previous record (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
        self.actionForward.setText(QCoreApplication.translate("MainWindow", u"&Forward", None))
#if QT_CONFIG(tooltip)
        self.actionForward.setToolTip(QCoreApplication.translate("MainWindow", u"Forward to the next record (Alt+Right)", None))
#endif // QT_CONFIG(tooltip)
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Search the case file", None))
        self.actionLock.setText(QCoreApplication.translate("MainWindow", u"&Lock now", None))
#if QT_CONFIG(tooltip)
        self.actionLock.setToolTip(QCoreApplication.translate("MainWindow", u"Hide everything and forget the key until the passphrase is given again (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Casefile", None))
#if QT_CONFIG(accessibility)
        self.navigator.setAccessibleName(QCoreApplication.translate("MainWindow", u"Lists", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.navigator.setToolTip(QCoreApplication.translate("MainWindow", u"The lists of the case file", None))
#endif // QT_CONFIG(tooltip)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Filter this list by name", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Filter this list", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recordTable.setAccessibleName(QCoreApplication.translate("MainWindow", u"Records", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchResults.setAccessibleName(QCoreApplication.translate("MainWindow", u"Search results", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail.setAccessibleName(QCoreApplication.translate("MainWindow", u"Record details", None))
#endif // QT_CONFIG(accessibility)
        self.lockTitle.setText(QCoreApplication.translate("MainWindow", u"Casefile is locked", None))
        self.lockHint.setText(QCoreApplication.translate("MainWindow", u"The case file is closed and its key is gone from memory. Give the passphrase to go on.", None))
        self.unlockPassphrase.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Passphrase", None))
#if QT_CONFIG(accessibility)
        self.unlockPassphrase.setAccessibleName(QCoreApplication.translate("MainWindow", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.unlockButton.setText(QCoreApplication.translate("MainWindow", u"&Unlock", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.mainToolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Main toolbar", None))
        pass
    # retranslateUi

