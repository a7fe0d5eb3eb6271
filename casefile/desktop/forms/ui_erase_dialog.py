# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'erase_dialog.ui'
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
    QDialogButtonBox, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

class Ui_EraseDialog(object):
    def setupUi(self, eraseDialog):
        if not eraseDialog.objectName():
            eraseDialog.setObjectName(u"eraseDialog")
        eraseDialog.setMinimumSize(QSize(520, 0))
        self.main_layout = QVBoxLayout(eraseDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(eraseDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.erased_list = QListWidget(eraseDialog)
        self.erased_list.setObjectName(u"erased_list")

        self.main_layout.addWidget(self.erased_list)

        self.unlinked_label = QLabel(eraseDialog)
        self.unlinked_label.setObjectName(u"unlinked_label")
        self.unlinked_label.setWordWrap(True)

        self.main_layout.addWidget(self.unlinked_label)

        self.unlinked_list = QListWidget(eraseDialog)
        self.unlinked_list.setObjectName(u"unlinked_list")

        self.main_layout.addWidget(self.unlinked_list)

        self.reach = QLabel(eraseDialog)
        self.reach.setObjectName(u"reach")
        self.reach.setWordWrap(True)
        self.reach.setProperty(u"tone", u"warning")

        self.main_layout.addWidget(self.reach)

        self.reason = QLineEdit(eraseDialog)
        self.reason.setObjectName(u"reason")

        self.main_layout.addWidget(self.reason)

        self.understood = QCheckBox(eraseDialog)
        self.understood.setObjectName(u"understood")

        self.main_layout.addWidget(self.understood)

        self.message = QLabel(eraseDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.main_layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(eraseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)


        self.retranslateUi(eraseDialog)

        QMetaObject.connectSlotsByName(eraseDialog)
    # setupUi

    def retranslateUi(self, eraseDialog):
        eraseDialog.setWindowTitle(QCoreApplication.translate("EraseDialog", u"Erase permanently", None))
        self.intro.setText(QCoreApplication.translate("EraseDialog", u"Erasing removes these records and every earlier version of them from this case file for good, including the history of changes. It cannot be undone. Use it when a family withdraws or a witness is in danger; to hide a record from dossiers, withdraw the consent instead.", None))
#if QT_CONFIG(accessibility)
        self.erased_list.setAccessibleName(QCoreApplication.translate("EraseDialog", u"Records that will be erased", None))
#endif // QT_CONFIG(accessibility)
        self.unlinked_label.setText(QCoreApplication.translate("EraseDialog", u"These records stay but will no longer refer to them:", None))
        self.reach.setText(QCoreApplication.translate("EraseDialog", u"Copies made before still hold them: backups (the automatic ones too), shares, exports and other laptops' copies. Erase them there as well, or destroy those copies.", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("EraseDialog", u"Reason for erasing", None))
#endif // QT_CONFIG(accessibility)
        self.reason.setPlaceholderText(QCoreApplication.translate("EraseDialog", u"Why (kept in the history; do not write the person's name)", None))
        self.understood.setText(QCoreApplication.translate("EraseDialog", u"I understand that this cannot be undone", None))
    # retranslateUi

