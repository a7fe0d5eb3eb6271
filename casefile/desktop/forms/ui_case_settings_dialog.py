# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_settings_dialog.ui'
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
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CaseSettingsDialog(object):
    def setupUi(self, caseSettingsDialog):
        if not caseSettingsDialog.objectName():
            caseSettingsDialog.setObjectName(u"caseSettingsDialog")
        caseSettingsDialog.resize(620, 420)
        self.main_layout = QVBoxLayout(caseSettingsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(caseSettingsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.title_label = QLabel(caseSettingsDialog)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setText(u"&Title:")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(caseSettingsDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)


        self.main_layout.addLayout(self.form)

        self.submitter_box = QGroupBox(caseSettingsDialog)
        self.submitter_box.setObjectName(u"submitter_box")
        self.submitter_box.setTitle(u"Submitter")
        self.submitter_form = QFormLayout(self.submitter_box)
        self.submitter_form.setObjectName(u"submitter_form")

        self.main_layout.addWidget(self.submitter_box)

        self.error = QLabel(caseSettingsDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"tone", u"error")

        self.main_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(caseSettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(caseSettingsDialog)

        QMetaObject.connectSlotsByName(caseSettingsDialog)
    # setupUi

    def retranslateUi(self, caseSettingsDialog):
        caseSettingsDialog.setWindowTitle(QCoreApplication.translate("CaseSettingsDialog", u"Case settings", None))
        self.intro.setText(QCoreApplication.translate("CaseSettingsDialog", u"The title of this case file, and who submits its dossiers. A UN dossier names the submitter and how to reach them; if their identity must stay confidential it is printed only on a separate last page marked not for transmission, and never in public dossiers.", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("CaseSettingsDialog", u"Title of the case file", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

