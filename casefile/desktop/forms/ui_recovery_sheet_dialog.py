# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_sheet_dialog.ui'
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
    QDialogButtonBox, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_RecoverySheetDialog(object):
    def setupUi(self, recoverySheetDialog):
        if not recoverySheetDialog.objectName():
            recoverySheetDialog.setObjectName(u"recoverySheetDialog")
        recoverySheetDialog.setMinimumSize(QSize(540, 0))
        self.main_layout = QVBoxLayout(recoverySheetDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.warningLabel = QLabel(recoverySheetDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setProperty(u"tone", u"warning")

        self.main_layout.addWidget(self.warningLabel)

        self.include = QCheckBox(recoverySheetDialog)
        self.include.setObjectName(u"include")

        self.main_layout.addWidget(self.include)

        self.result = QLabel(recoverySheetDialog)
        self.result.setObjectName(u"result")
        self.result.setWordWrap(True)

        self.main_layout.addWidget(self.result)

        self.buttons = QDialogButtonBox(recoverySheetDialog)
        self.buttons.setObjectName(u"buttons")

        self.main_layout.addWidget(self.buttons)


        self.retranslateUi(recoverySheetDialog)

        QMetaObject.connectSlotsByName(recoverySheetDialog)
    # setupUi

    def retranslateUi(self, recoverySheetDialog):
        recoverySheetDialog.setWindowTitle(QCoreApplication.translate("RecoverySheetDialog", u"Keep your passphrase safe", None))
        self.warningLabel.setText(QCoreApplication.translate("RecoverySheetDialog", u"Your case file is created and encrypted. If the passphrase is lost, nobody can open it again, not even the people who made Casefile: there is no way to recover it. Write it down now, or save a recovery sheet to print and keep somewhere safe, away from the computer.", None))
        self.include.setText(QCoreApplication.translate("RecoverySheetDialog", u"&Print the passphrase on the sheet (otherwise there is a line to write it)", None))
    # retranslateUi

