# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTextBrowser, QVBoxLayout, QWidget)

class Ui_ConflictsDialog(object):
    def setupUi(self, conflictsDialog):
        if not conflictsDialog.objectName():
            conflictsDialog.setObjectName(u"conflictsDialog")
        conflictsDialog.resize(1040, 600)
        self.main_layout = QVBoxLayout(conflictsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.summary = QLabel(conflictsDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.main_layout.addWidget(self.summary)

        self.splitter = QSplitter(conflictsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.list = QListWidget(self.splitter)
        self.list.setObjectName(u"list")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.list.sizePolicy().hasHeightForWidth())
        self.list.setSizePolicy(sizePolicy)
        self.list.setWordWrap(True)
        self.splitter.addWidget(self.list)
        self.panel = QWidget(self.splitter)
        self.panel.setObjectName(u"panel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(3)
        sizePolicy1.setHeightForWidth(self.panel.sizePolicy().hasHeightForWidth())
        self.panel.setSizePolicy(sizePolicy1)
        self.panel_layout = QVBoxLayout(self.panel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(6, 0, 0, 0)
        self.heading = QLabel(self.panel)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.heading.setWordWrap(True)

        self.panel_layout.addWidget(self.heading)

        self.origin = QLabel(self.panel)
        self.origin.setObjectName(u"origin")
        self.origin.setWordWrap(True)

        self.panel_layout.addWidget(self.origin)

        self.sides = QGridLayout()
        self.sides.setObjectName(u"sides")
        self.base_title = QLabel(self.panel)
        self.base_title.setObjectName(u"base_title")
        self.base_title.setStyleSheet(u"font-weight: bold;")
        self.base_title.setWordWrap(True)

        self.sides.addWidget(self.base_title, 0, 0, 1, 1)

        self.mine_title = QLabel(self.panel)
        self.mine_title.setObjectName(u"mine_title")
        self.mine_title.setStyleSheet(u"font-weight: bold;")
        self.mine_title.setWordWrap(True)

        self.sides.addWidget(self.mine_title, 0, 1, 1, 1)

        self.theirs_title = QLabel(self.panel)
        self.theirs_title.setObjectName(u"theirs_title")
        self.theirs_title.setStyleSheet(u"font-weight: bold;")
        self.theirs_title.setWordWrap(True)

        self.sides.addWidget(self.theirs_title, 0, 2, 1, 1)

        self.base_view = QTextBrowser(self.panel)
        self.base_view.setObjectName(u"base_view")
        self.base_view.setOpenLinks(False)

        self.sides.addWidget(self.base_view, 1, 0, 1, 1)

        self.mine_view = QTextBrowser(self.panel)
        self.mine_view.setObjectName(u"mine_view")
        self.mine_view.setOpenLinks(False)

        self.sides.addWidget(self.mine_view, 1, 1, 1, 1)

        self.theirs_view = QTextBrowser(self.panel)
        self.theirs_view.setObjectName(u"theirs_view")
        self.theirs_view.setOpenLinks(False)

        self.sides.addWidget(self.theirs_view, 1, 2, 1, 1)

        self.sides.setColumnStretch(0, 1)
        self.sides.setColumnStretch(1, 1)
        self.sides.setColumnStretch(2, 1)

        self.panel_layout.addLayout(self.sides)

        self.explain = QLabel(self.panel)
        self.explain.setObjectName(u"explain")
        self.explain.setWordWrap(True)
        self.explain.setProperty(u"tone", u"hint")

        self.panel_layout.addWidget(self.explain)

        self.choices = QHBoxLayout()
        self.choices.setObjectName(u"choices")
        self.keep_button = QPushButton(self.panel)
        self.keep_button.setObjectName(u"keep_button")

        self.choices.addWidget(self.keep_button)

        self.take_button = QPushButton(self.panel)
        self.take_button.setObjectName(u"take_button")

        self.choices.addWidget(self.take_button)

        self.edit_button = QPushButton(self.panel)
        self.edit_button.setObjectName(u"edit_button")

        self.choices.addWidget(self.edit_button)

        self.later_button = QPushButton(self.panel)
        self.later_button.setObjectName(u"later_button")

        self.choices.addWidget(self.later_button)

        self.choices_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choices.addItem(self.choices_space)

        self.choices.setStretch(4, 1)

        self.panel_layout.addLayout(self.choices)

        self.error = QLabel(self.panel)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"tone", u"error")

        self.panel_layout.addWidget(self.error)

        self.panel_layout.setStretch(2, 1)
        self.splitter.addWidget(self.panel)

        self.main_layout.addWidget(self.splitter)

        self.buttons = QDialogButtonBox(conflictsDialog)
        self.buttons.setObjectName(u"buttons")

        self.main_layout.addWidget(self.buttons)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.base_title.setBuddy(self.base_view)
        self.mine_title.setBuddy(self.mine_view)
        self.theirs_title.setBuddy(self.theirs_view)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(conflictsDialog)

        QMetaObject.connectSlotsByName(conflictsDialog)
    # setupUi

    def retranslateUi(self, conflictsDialog):
        conflictsDialog.setWindowTitle(QCoreApplication.translate("ConflictsDialog", u"Conflicts", None))
#if QT_CONFIG(accessibility)
        self.list.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"Conflicts waiting", None))
#endif // QT_CONFIG(accessibility)
        self.base_title.setText(QCoreApplication.translate("ConflictsDialog", u"Before (what both copies had)", None))
        self.mine_title.setText(QCoreApplication.translate("ConflictsDialog", u"This copy", None))
        self.theirs_title.setText(QCoreApplication.translate("ConflictsDialog", u"The other copy", None))
#if QT_CONFIG(tooltip)
        self.keep_button.setToolTip(QCoreApplication.translate("ConflictsDialog", u"Keep this copy's value; the other copy's is set aside", None))
#endif // QT_CONFIG(tooltip)
        self.keep_button.setText(QCoreApplication.translate("ConflictsDialog", u"&Keep mine", None))
#if QT_CONFIG(tooltip)
        self.take_button.setToolTip(QCoreApplication.translate("ConflictsDialog", u"Take the other copy's value in place of this copy's", None))
#endif // QT_CONFIG(tooltip)
        self.take_button.setText(QCoreApplication.translate("ConflictsDialog", u"&Take theirs", None))
#if QT_CONFIG(tooltip)
        self.edit_button.setToolTip(QCoreApplication.translate("ConflictsDialog", u"Type the value both should have", None))
#endif // QT_CONFIG(tooltip)
        self.edit_button.setText(QCoreApplication.translate("ConflictsDialog", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.later_button.setToolTip(QCoreApplication.translate("ConflictsDialog", u"Leave it waiting and go to the next conflict", None))
#endif // QT_CONFIG(tooltip)
        self.later_button.setText(QCoreApplication.translate("ConflictsDialog", u"&Later", None))
    # retranslateUi

