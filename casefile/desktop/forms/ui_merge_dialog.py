# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_MergeDialog(object):
    def setupUi(self, mergeDialog):
        if not mergeDialog.objectName():
            mergeDialog.setObjectName(u"mergeDialog")
        mergeDialog.setMinimumSize(QSize(680, 0))
        self.main_layout = QVBoxLayout(mergeDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(mergeDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.path_label = QLabel(mergeDialog)
        self.path_label.setObjectName(u"path_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.path_label)

        self.path_row = QHBoxLayout()
        self.path_row.setObjectName(u"path_row")
        self.path_edit = QLineEdit(mergeDialog)
        self.path_edit.setObjectName(u"path_edit")
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

        self.path_row.addWidget(self.path_edit)

        self.choose_button = QPushButton(mergeDialog)
        self.choose_button.setObjectName(u"choose_button")

        self.path_row.addWidget(self.choose_button)

        self.path_row.setStretch(0, 1)

        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.path_row)

        self.passphrase_label = QLabel(mergeDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase = QLineEdit(mergeDialog)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase)


        self.main_layout.addLayout(self.form)

        self.unrelated_warning = QLabel(mergeDialog)
        self.unrelated_warning.setObjectName(u"unrelated_warning")
        self.unrelated_warning.setWordWrap(True)
        self.unrelated_warning.setProperty(u"tone", u"warning")

        self.main_layout.addWidget(self.unrelated_warning)

        self.unrelated_confirm = QCheckBox(mergeDialog)
        self.unrelated_confirm.setObjectName(u"unrelated_confirm")

        self.main_layout.addWidget(self.unrelated_confirm)

        self.progress = QProgressBar(mergeDialog)
        self.progress.setObjectName(u"progress")

        self.main_layout.addWidget(self.progress)

        self.status = QLabel(mergeDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status)

        self.error = QLabel(mergeDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setProperty(u"tone", u"error")

        self.main_layout.addWidget(self.error)

        self.tree = QTreeWidget(mergeDialog)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.tree.setHeaderItem(__qtreewidgetitem)
        self.tree.setObjectName(u"tree")
        self.tree.setMinimumSize(QSize(0, 220))
        self.tree.header().setVisible(False)

        self.main_layout.addWidget(self.tree)

        self.buttons = QDialogButtonBox(mergeDialog)
        self.buttons.setObjectName(u"buttons")

        self.main_layout.addWidget(self.buttons)

        self.main_layout.setStretch(7, 1)
#if QT_CONFIG(shortcut)
        self.path_label.setBuddy(self.path_edit)
        self.passphrase_label.setBuddy(self.passphrase)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(mergeDialog)

        QMetaObject.connectSlotsByName(mergeDialog)
    # setupUi

    def retranslateUi(self, mergeDialog):
        mergeDialog.setWindowTitle(QCoreApplication.translate("MergeDialog", u"Merge another copy", None))
        self.intro.setText(QCoreApplication.translate("MergeDialog", u"Bring into this case file what another copy of it recorded: a copy from another laptop, or a share that came back. You see what will change before anything is written. Where both copies changed the same thing differently, this copy keeps its value until you choose. The other file is never changed.", None))
        self.path_label.setText(QCoreApplication.translate("MergeDialog", u"&Other copy:", None))
#if QT_CONFIG(accessibility)
        self.path_edit.setAccessibleName(QCoreApplication.translate("MergeDialog", u"The other copy", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.choose_button.setAccessibleName(QCoreApplication.translate("MergeDialog", u"Choose the other copy", None))
#endif // QT_CONFIG(accessibility)
        self.choose_button.setText(QCoreApplication.translate("MergeDialog", u"C&hoose\u2026", None))
        self.passphrase_label.setText(QCoreApplication.translate("MergeDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphrase.setAccessibleName(QCoreApplication.translate("MergeDialog", u"Passphrase of the other copy", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase.setPlaceholderText(QCoreApplication.translate("MergeDialog", u"its own passphrase (it may differ from this file's)", None))
        self.unrelated_confirm.setText(QCoreApplication.translate("MergeDialog", u"I am sure it belongs to this case: &merge it anyway, and let me settle every conflict", None))
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("MergeDialog", u"Progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tree.setAccessibleName(QCoreApplication.translate("MergeDialog", u"What the merge will change", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

