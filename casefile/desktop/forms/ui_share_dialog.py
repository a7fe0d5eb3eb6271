# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'share_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QButtonGroup, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ShareDialog(object):
    def setupUi(self, shareDialog):
        if not shareDialog.objectName():
            shareDialog.setObjectName(u"shareDialog")
        shareDialog.setMinimumSize(QSize(640, 0))
        self.main_layout = QVBoxLayout(shareDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(shareDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.what_label = QLabel(shareDialog)
        self.what_label.setObjectName(u"what_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.what_label)

        self.what_box = QVBoxLayout()
        self.what_box.setObjectName(u"what_box")
        self.whole = QRadioButton(shareDialog)
        self.what_group = QButtonGroup(shareDialog)
        self.what_group.setObjectName(u"what_group")
        self.what_group.addButton(self.whole)
        self.whole.setObjectName(u"whole")

        self.what_box.addWidget(self.whole)

        self.chosen = QRadioButton(shareDialog)
        self.what_group.addButton(self.chosen)
        self.chosen.setObjectName(u"chosen")

        self.what_box.addWidget(self.chosen)

        self.picked_slot = QWidget(shareDialog)
        self.picked_slot.setObjectName(u"picked_slot")

        self.what_box.addWidget(self.picked_slot)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.what_box)

        self.audience_label = QLabel(shareDialog)
        self.audience_label.setObjectName(u"audience_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.audience_label)

        self.audience = QComboBox(shareDialog)
        self.audience.setObjectName(u"audience")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.audience)

        self.audience_hint = QLabel(shareDialog)
        self.audience_hint.setObjectName(u"audience_hint")
        self.audience_hint.setWordWrap(True)
        self.audience_hint.setProperty(u"tone", u"hint")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.audience_hint)

        self.path_label = QLabel(shareDialog)
        self.path_label.setObjectName(u"path_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.path_label)

        self.path_row = QHBoxLayout()
        self.path_row.setObjectName(u"path_row")
        self.path_edit = QLineEdit(shareDialog)
        self.path_edit.setObjectName(u"path_edit")
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

        self.path_row.addWidget(self.path_edit)

        self.choose_button = QPushButton(shareDialog)
        self.choose_button.setObjectName(u"choose_button")

        self.path_row.addWidget(self.choose_button)

        self.path_row.setStretch(0, 1)

        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.path_row)

        self.passphrase_label = QLabel(shareDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase = QLineEdit(shareDialog)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passphrase)

        self.repeat_label = QLabel(shareDialog)
        self.repeat_label.setObjectName(u"repeat_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat = QLineEdit(shareDialog)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.repeat)

        self.strength = QLabel(shareDialog)
        self.strength.setObjectName(u"strength")
        self.strength.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.strength)


        self.main_layout.addLayout(self.form)

        self.warning = QLabel(shareDialog)
        self.warning.setObjectName(u"warning")
        self.warning.setWordWrap(True)
        self.warning.setProperty(u"tone", u"warning")

        self.main_layout.addWidget(self.warning)

        self.no_encryption = QCheckBox(shareDialog)
        self.no_encryption.setObjectName(u"no_encryption")

        self.main_layout.addWidget(self.no_encryption)

        self.plain_warning = QLabel(shareDialog)
        self.plain_warning.setObjectName(u"plain_warning")
        self.plain_warning.setWordWrap(True)
        self.plain_warning.setProperty(u"tone", u"warning")

        self.main_layout.addWidget(self.plain_warning)

        self.progress = QProgressBar(shareDialog)
        self.progress.setObjectName(u"progress")

        self.main_layout.addWidget(self.progress)

        self.status = QLabel(shareDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status)

        self.error = QLabel(shareDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setProperty(u"tone", u"error")

        self.main_layout.addWidget(self.error)

        self.held = QListWidget(shareDialog)
        self.held.setObjectName(u"held")
        self.held.setMinimumSize(QSize(0, 110))
        self.held.setMaximumSize(QSize(16777215, 170))

        self.main_layout.addWidget(self.held)

        self.buttons = QDialogButtonBox(shareDialog)
        self.buttons.setObjectName(u"buttons")

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.audience_label.setBuddy(self.audience)
        self.path_label.setBuddy(self.path_edit)
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(shareDialog)

        QMetaObject.connectSlotsByName(shareDialog)
    # setupUi

    def retranslateUi(self, shareDialog):
        shareDialog.setWindowTitle(QCoreApplication.translate("ShareDialog", u"Share", None))
        self.intro.setText(QCoreApplication.translate("ShareDialog", u"A share is a new case file holding what you choose and everything it links to: for another laptop, a family or a lawyer. What they add there can be brought back later with File \u203a Merge another copy\u2026, without losing anything recorded here.", None))
        self.what_label.setText(QCoreApplication.translate("ShareDialog", u"What:", None))
        self.whole.setText(QCoreApplication.translate("ShareDialog", u"The &whole case file", None))
        self.chosen.setText(QCoreApplication.translate("ShareDialog", u"&Chosen persons and events, with everything linked to them:", None))
        self.audience_label.setText(QCoreApplication.translate("ShareDialog", u"&For:", None))
#if QT_CONFIG(accessibility)
        self.audience.setAccessibleName(QCoreApplication.translate("ShareDialog", u"Who the share is for", None))
#endif // QT_CONFIG(accessibility)
        self.path_label.setText(QCoreApplication.translate("ShareDialog", u"Save &as:", None))
#if QT_CONFIG(accessibility)
        self.path_edit.setAccessibleName(QCoreApplication.translate("ShareDialog", u"File to write the share to", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.choose_button.setAccessibleName(QCoreApplication.translate("ShareDialog", u"Choose where to write the share", None))
#endif // QT_CONFIG(accessibility)
        self.choose_button.setText(QCoreApplication.translate("ShareDialog", u"C&hoose\u2026", None))
        self.passphrase_label.setText(QCoreApplication.translate("ShareDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphrase.setAccessibleName(QCoreApplication.translate("ShareDialog", u"Passphrase of the share", None))
#endif // QT_CONFIG(accessibility)
        self.repeat_label.setText(QCoreApplication.translate("ShareDialog", u"A&gain:", None))
#if QT_CONFIG(accessibility)
        self.repeat.setAccessibleName(QCoreApplication.translate("ShareDialog", u"Passphrase of the share, again", None))
#endif // QT_CONFIG(accessibility)
        self.warning.setText(QCoreApplication.translate("ShareDialog", u"The share has a passphrase of its own. Write it down and give it to the recipient apart from the file (not in the same message, not on the same USB stick). If it is lost, nobody can open the share: it cannot be recovered.", None))
        self.no_encryption.setText(QCoreApplication.translate("ShareDialog", u"&No encryption (not recommended)", None))
        self.plain_warning.setText(QCoreApplication.translate("ShareDialog", u"Without encryption, anyone who gets the share (a lost USB stick, a copied e-mail) can read every name and testimony in it. Use it only for practice or for material that is already public.", None))
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("ShareDialog", u"Progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.held.setAccessibleName(QCoreApplication.translate("ShareDialog", u"What the share holds", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

