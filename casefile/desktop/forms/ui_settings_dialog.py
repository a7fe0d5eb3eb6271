# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        self.main_layout = QVBoxLayout(SettingsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.language_label = QLabel(SettingsDialog)
        self.language_label.setObjectName(u"language_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(SettingsDialog)
        self.language.setObjectName(u"language")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.lock_after_label = QLabel(SettingsDialog)
        self.lock_after_label.setObjectName(u"lock_after_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lock_after_label)

        self.lock_after = QSpinBox(SettingsDialog)
        self.lock_after.setObjectName(u"lock_after")
        self.lock_after.setMaximum(240)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lock_after)


        self.main_layout.addLayout(self.form)

        self.backups_box = QGroupBox(SettingsDialog)
        self.backups_box.setObjectName(u"backups_box")
        self.backups_form = QFormLayout(self.backups_box)
        self.backups_form.setObjectName(u"backups_form")
        self.backup_enabled = QCheckBox(self.backups_box)
        self.backup_enabled.setObjectName(u"backup_enabled")

        self.backups_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.backup_enabled)

        self.backup_folder_label = QLabel(self.backups_box)
        self.backup_folder_label.setObjectName(u"backup_folder_label")

        self.backups_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.backup_folder_label)

        self.backup_folder_row = QHBoxLayout()
        self.backup_folder_row.setObjectName(u"backup_folder_row")
        self.backup_folder = QLineEdit(self.backups_box)
        self.backup_folder.setObjectName(u"backup_folder")

        self.backup_folder_row.addWidget(self.backup_folder)

        self.choose_button = QPushButton(self.backups_box)
        self.choose_button.setObjectName(u"choose_button")

        self.backup_folder_row.addWidget(self.choose_button)

        self.backup_folder_row.setStretch(0, 1)

        self.backups_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.backup_folder_row)

        self.backup_keep_label = QLabel(self.backups_box)
        self.backup_keep_label.setObjectName(u"backup_keep_label")

        self.backups_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.backup_keep_label)

        self.backup_keep = QSpinBox(self.backups_box)
        self.backup_keep.setObjectName(u"backup_keep")
        self.backup_keep.setMinimum(1)
        self.backup_keep.setMaximum(100)

        self.backups_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.backup_keep)

        self.backup_hint = QLabel(self.backups_box)
        self.backup_hint.setObjectName(u"backup_hint")
        self.backup_hint.setWordWrap(True)

        self.backups_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.backup_hint)

        self.last_backup = QLabel(self.backups_box)
        self.last_backup.setObjectName(u"last_backup")

        self.backups_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.last_backup)


        self.main_layout.addWidget(self.backups_box)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language)
        self.lock_after_label.setBuddy(self.lock_after)
        self.backup_folder_label.setBuddy(self.backup_folder)
        self.backup_keep_label.setBuddy(self.backup_keep)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.language_label.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.language.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.lock_after_label.setText(QCoreApplication.translate("SettingsDialog", u"Lock when idle &after:", None))
#if QT_CONFIG(accessibility)
        self.lock_after.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Lock after this many idle minutes", None))
#endif // QT_CONFIG(accessibility)
        self.lock_after.setSpecialValueText(QCoreApplication.translate("SettingsDialog", u"never", None))
        self.lock_after.setSuffix(QCoreApplication.translate("SettingsDialog", u" min", None))
        self.backups_box.setTitle(QCoreApplication.translate("SettingsDialog", u"Backups", None))
        self.backup_enabled.setText(QCoreApplication.translate("SettingsDialog", u"&Back up the case file each time it is closed", None))
        self.backup_folder_label.setText(QCoreApplication.translate("SettingsDialog", u"&Folder:", None))
#if QT_CONFIG(accessibility)
        self.backup_folder.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Backup folder", None))
#endif // QT_CONFIG(accessibility)
        self.choose_button.setText(QCoreApplication.translate("SettingsDialog", u"C&hoose\u2026", None))
        self.backup_keep_label.setText(QCoreApplication.translate("SettingsDialog", u"&Keep the newest:", None))
#if QT_CONFIG(accessibility)
        self.backup_keep.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Number of backups to keep", None))
#endif // QT_CONFIG(accessibility)
        self.backup_hint.setText(QCoreApplication.translate("SettingsDialog", u"A backup is encrypted like the case file and opens with the same passphrase. A backup on this computer is lost with it: choose a folder on a USB stick or another disk, and keep it somewhere else.", None))
    # retranslateUi

