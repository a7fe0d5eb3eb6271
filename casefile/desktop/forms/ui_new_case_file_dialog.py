# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_case_file_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_NewCaseFileDialog(object):
    def setupUi(self, NewCaseFileDialog):
        if not NewCaseFileDialog.objectName():
            NewCaseFileDialog.setObjectName(u"NewCaseFileDialog")
        self.main_layout = QVBoxLayout(NewCaseFileDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.file_label = QLabel(NewCaseFileDialog)
        self.file_label.setObjectName(u"file_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.path_row = QHBoxLayout()
        self.path_row.setObjectName(u"path_row")
        self.path_edit = QLineEdit(NewCaseFileDialog)
        self.path_edit.setObjectName(u"path_edit")

        self.path_row.addWidget(self.path_edit)

        self.browse_button = QPushButton(NewCaseFileDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.path_row.addWidget(self.browse_button)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.path_row)

        self.passphrase_label = QLabel(NewCaseFileDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase = QLineEdit(NewCaseFileDialog)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase)

        self.repeat_label = QLabel(NewCaseFileDialog)
        self.repeat_label.setObjectName(u"repeat_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat = QLineEdit(NewCaseFileDialog)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeat)

        self.strength = QLabel(NewCaseFileDialog)
        self.strength.setObjectName(u"strength")
        self.strength.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.strength)


        self.main_layout.addLayout(self.form)

        self.warning = QLabel(NewCaseFileDialog)
        self.warning.setObjectName(u"warning")
        self.warning.setWordWrap(True)
        self.warning.setProperty(u"tone", u"warning")

        self.main_layout.addWidget(self.warning)

        self.no_encryption = QCheckBox(NewCaseFileDialog)
        self.no_encryption.setObjectName(u"no_encryption")

        self.main_layout.addWidget(self.no_encryption)

        self.plain_warning = QLabel(NewCaseFileDialog)
        self.plain_warning.setObjectName(u"plain_warning")
        self.plain_warning.setWordWrap(True)
        self.plain_warning.setProperty(u"tone", u"warning")

        self.main_layout.addWidget(self.plain_warning)

        self.error = QLabel(NewCaseFileDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"tone", u"error")

        self.main_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(NewCaseFileDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.path_edit)
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewCaseFileDialog)

        QMetaObject.connectSlotsByName(NewCaseFileDialog)
    # setupUi

    def retranslateUi(self, NewCaseFileDialog):
        NewCaseFileDialog.setWindowTitle(QCoreApplication.translate("NewCaseFileDialog", u"New case file", None))
        self.file_label.setText(QCoreApplication.translate("NewCaseFileDialog", u"&File:", None))
#if QT_CONFIG(accessibility)
        self.path_edit.setAccessibleName(QCoreApplication.translate("NewCaseFileDialog", u"File", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("NewCaseFileDialog", u"&Choose\u2026", None))
        self.passphrase_label.setText(QCoreApplication.translate("NewCaseFileDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphrase.setAccessibleName(QCoreApplication.translate("NewCaseFileDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.repeat_label.setText(QCoreApplication.translate("NewCaseFileDialog", u"&Again:", None))
#if QT_CONFIG(accessibility)
        self.repeat.setAccessibleName(QCoreApplication.translate("NewCaseFileDialog", u"Passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.warning.setText(QCoreApplication.translate("NewCaseFileDialog", u"Write the passphrase down and keep it somewhere safe. If it is lost, nobody can open this case file again: there is no way to recover it.", None))
        self.no_encryption.setText(QCoreApplication.translate("NewCaseFileDialog", u"&No encryption (not recommended)", None))
        self.plain_warning.setText(QCoreApplication.translate("NewCaseFileDialog", u"Without encryption, anyone who gets this file or this computer can read every name and testimony in it. Use it only for practice or for material that is already public.", None))
    # retranslateUi

