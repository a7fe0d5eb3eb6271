# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QProgressBar,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_DossierDialog(object):
    def setupUi(self, dossierDialog):
        if not dossierDialog.objectName():
            dossierDialog.setObjectName(u"dossierDialog")
        dossierDialog.setMinimumSize(QSize(600, 0))
        self.main_layout = QVBoxLayout(dossierDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(dossierDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.subject_label = QLabel(dossierDialog)
        self.subject_label.setObjectName(u"subject_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.subject_label)

        self.subject_slot = QWidget(dossierDialog)
        self.subject_slot.setObjectName(u"subject_slot")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.subject_slot)

        self.audience_label = QLabel(dossierDialog)
        self.audience_label.setObjectName(u"audience_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.audience_label)

        self.audience = QComboBox(dossierDialog)
        self.audience.setObjectName(u"audience")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.audience)

        self.audience_hint = QLabel(dossierDialog)
        self.audience_hint.setObjectName(u"audience_hint")
        self.audience_hint.setWordWrap(True)
        self.audience_hint.setProperty(u"tone", u"hint")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.audience_hint)

        self.language_label = QLabel(dossierDialog)
        self.language_label.setObjectName(u"language_label")
        self.language_label.setText(u"&Language:")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(dossierDialog)
        self.language.setObjectName(u"language")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.language)

        self.path_label = QLabel(dossierDialog)
        self.path_label.setObjectName(u"path_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.path_label)

        self.path_row = QHBoxLayout()
        self.path_row.setObjectName(u"path_row")
        self.path_edit = QLineEdit(dossierDialog)
        self.path_edit.setObjectName(u"path_edit")
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

        self.path_row.addWidget(self.path_edit)

        self.choose_button = QPushButton(dossierDialog)
        self.choose_button.setObjectName(u"choose_button")

        self.path_row.addWidget(self.choose_button)

        self.path_row.setStretch(0, 1)

        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.path_row)


        self.main_layout.addLayout(self.form)

        self.progress = QProgressBar(dossierDialog)
        self.progress.setObjectName(u"progress")

        self.main_layout.addWidget(self.progress)

        self.status = QLabel(dossierDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status)

        self.error = QLabel(dossierDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setProperty(u"tone", u"error")

        self.main_layout.addWidget(self.error)

        self.withheld_heading = QLabel(dossierDialog)
        self.withheld_heading.setObjectName(u"withheld_heading")
        self.withheld_heading.setWordWrap(True)

        self.main_layout.addWidget(self.withheld_heading)

        self.withheld = QListWidget(dossierDialog)
        self.withheld.setObjectName(u"withheld")
        self.withheld.setWordWrap(True)

        self.main_layout.addWidget(self.withheld)

        self.buttons = QDialogButtonBox(dossierDialog)
        self.buttons.setObjectName(u"buttons")

        self.main_layout.addWidget(self.buttons)

        self.main_layout.setStretch(6, 1)
#if QT_CONFIG(shortcut)
        self.subject_label.setBuddy(self.subject_slot)
        self.audience_label.setBuddy(self.audience)
        self.language_label.setBuddy(self.language)
        self.path_label.setBuddy(self.path_edit)
        self.withheld_heading.setBuddy(self.withheld)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(dossierDialog)

        QMetaObject.connectSlotsByName(dossierDialog)
    # setupUi

    def retranslateUi(self, dossierDialog):
        dossierDialog.setWindowTitle(QCoreApplication.translate("DossierDialog", u"Make dossier", None))
        self.intro.setText(QCoreApplication.translate("DossierDialog", u"A PDF dossier on a victim, an official or an event, for one audience. The consent families and witnesses gave and the confidentiality of each record decide what it shows. What is left out is listed here for you; the PDF shows no trace of it.", None))
        self.subject_label.setText(QCoreApplication.translate("DossierDialog", u"&Subject:", None))
        self.audience_label.setText(QCoreApplication.translate("DossierDialog", u"&For:", None))
#if QT_CONFIG(accessibility)
        self.audience.setAccessibleName(QCoreApplication.translate("DossierDialog", u"Audience", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.language.setAccessibleName(QCoreApplication.translate("DossierDialog", u"Language of the dossier", None))
#endif // QT_CONFIG(accessibility)
        self.path_label.setText(QCoreApplication.translate("DossierDialog", u"Save &as:", None))
#if QT_CONFIG(accessibility)
        self.path_edit.setAccessibleName(QCoreApplication.translate("DossierDialog", u"File to save the dossier in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.choose_button.setAccessibleName(QCoreApplication.translate("DossierDialog", u"Choose where to save the dossier", None))
#endif // QT_CONFIG(accessibility)
        self.choose_button.setText(QCoreApplication.translate("DossierDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("DossierDialog", u"Progress", None))
#endif // QT_CONFIG(accessibility)
        self.withheld_heading.setText(QCoreApplication.translate("DossierDialog", u"Left out of this dossier, and why (for you only; not in the PDF):", None))
#if QT_CONFIG(accessibility)
        self.withheld.setAccessibleName(QCoreApplication.translate("DossierDialog", u"What was left out of the dossier, and why", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

