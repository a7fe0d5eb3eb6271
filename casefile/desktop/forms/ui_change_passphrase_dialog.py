# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_passphrase_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ChangePassphraseDialog(object):
    def setupUi(self, changePassphraseDialog):
        if not changePassphraseDialog.objectName():
            changePassphraseDialog.setObjectName(u"changePassphraseDialog")
        changePassphraseDialog.setMinimumSize(QSize(520, 0))
        self.main_layout = QVBoxLayout(changePassphraseDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(changePassphraseDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.current_label = QLabel(changePassphraseDialog)
        self.current_label.setObjectName(u"current_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.current_label)

        self.current = QLineEdit(changePassphraseDialog)
        self.current.setObjectName(u"current")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current)

        self.new_label = QLabel(changePassphraseDialog)
        self.new_label.setObjectName(u"new_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_label)

        self.new = QLineEdit(changePassphraseDialog)
        self.new.setObjectName(u"new")
        self.new.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new)

        self.repeat_label = QLabel(changePassphraseDialog)
        self.repeat_label.setObjectName(u"repeat_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat = QLineEdit(changePassphraseDialog)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeat)

        self.strength = QLabel(changePassphraseDialog)
        self.strength.setObjectName(u"strength")
        self.strength.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.strength)


        self.main_layout.addLayout(self.form)

        self.message = QLabel(changePassphraseDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"tone", u"error")

        self.main_layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(changePassphraseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.current_label.setBuddy(self.current)
        self.new_label.setBuddy(self.new)
        self.repeat_label.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(changePassphraseDialog)

        QMetaObject.connectSlotsByName(changePassphraseDialog)
    # setupUi

    def retranslateUi(self, changePassphraseDialog):
        changePassphraseDialog.setWindowTitle(QCoreApplication.translate("ChangePassphraseDialog", u"Change passphrase", None))
        self.intro.setText(QCoreApplication.translate("ChangePassphraseDialog", u"The case file is encrypted again with the new passphrase, all at once: if anything stops it, the old passphrase still opens the file. Backups and copies made before keep the old passphrase. A lost passphrase cannot be recovered by anyone: write the new one down and keep it somewhere safe.", None))
        self.current_label.setText(QCoreApplication.translate("ChangePassphraseDialog", u"&Current passphrase:", None))
#if QT_CONFIG(accessibility)
        self.current.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Current passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.new_label.setText(QCoreApplication.translate("ChangePassphraseDialog", u"&New passphrase:", None))
#if QT_CONFIG(accessibility)
        self.new.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.repeat_label.setText(QCoreApplication.translate("ChangePassphraseDialog", u"&Again:", None))
#if QT_CONFIG(accessibility)
        self.repeat.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"New passphrase again", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

