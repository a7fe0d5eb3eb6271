# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'duplicates_dialog.ui'
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
    QHBoxLayout, QLabel, QListView, QProgressBar,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QSplitter, QTextBrowser, QVBoxLayout, QWidget)

class Ui_DuplicatesDialog(object):
    def setupUi(self, duplicatesDialog):
        if not duplicatesDialog.objectName():
            duplicatesDialog.setObjectName(u"duplicatesDialog")
        duplicatesDialog.resize(1100, 720)
        self.main_layout = QVBoxLayout(duplicatesDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.top_row = QHBoxLayout()
        self.top_row.setObjectName(u"top_row")
        self.status = QLabel(duplicatesDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.top_row.addWidget(self.status)

        self.progress = QProgressBar(duplicatesDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximumSize(QSize(220, 16777215))

        self.top_row.addWidget(self.progress)

        self.find_button = QPushButton(duplicatesDialog)
        self.find_button.setObjectName(u"find_button")

        self.top_row.addWidget(self.find_button)

        self.top_row.setStretch(0, 1)

        self.main_layout.addLayout(self.top_row)

        self.splitter = QSplitter(duplicatesDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.pair_list = QListView(self.splitter)
        self.pair_list.setObjectName(u"pair_list")
        self.splitter.addWidget(self.pair_list)
        self.view = QTextBrowser(self.splitter)
        self.view.setObjectName(u"view")
        self.view.setOpenLinks(False)
        self.splitter.addWidget(self.view)

        self.main_layout.addWidget(self.splitter)

        self.keep_row = QHBoxLayout()
        self.keep_row.setObjectName(u"keep_row")
        self.keep_label = QLabel(duplicatesDialog)
        self.keep_label.setObjectName(u"keep_label")

        self.keep_row.addWidget(self.keep_label)

        self.keep_a = QRadioButton(duplicatesDialog)
        self.keep_a.setObjectName(u"keep_a")

        self.keep_row.addWidget(self.keep_a)

        self.keep_b = QRadioButton(duplicatesDialog)
        self.keep_b.setObjectName(u"keep_b")

        self.keep_row.addWidget(self.keep_b)

        self.keep_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keep_row.addItem(self.keep_space)

        self.keep_row.setStretch(3, 1)

        self.main_layout.addLayout(self.keep_row)

        self.buttons = QDialogButtonBox(duplicatesDialog)
        self.buttons.setObjectName(u"buttons")

        self.main_layout.addWidget(self.buttons)

        self.main_layout.setStretch(1, 1)

        self.retranslateUi(duplicatesDialog)

        QMetaObject.connectSlotsByName(duplicatesDialog)
    # setupUi

    def retranslateUi(self, duplicatesDialog):
        duplicatesDialog.setWindowTitle(QCoreApplication.translate("DuplicatesDialog", u"Find duplicates", None))
        self.find_button.setText(QCoreApplication.translate("DuplicatesDialog", u"Look again", None))
        self.keep_label.setText(QCoreApplication.translate("DuplicatesDialog", u"Keep the record:", None))
    # retranslateUi

