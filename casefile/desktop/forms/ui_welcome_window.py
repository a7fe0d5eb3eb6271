# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_window.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_WelcomeWindow(object):
    def setupUi(self, welcome):
        if not welcome.objectName():
            welcome.setObjectName(u"welcome")
        welcome.resize(720, 460)
        self.main_layout = QVBoxLayout(welcome)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(32, 24, 32, 24)
        self.welcomeTitle = QLabel(welcome)
        self.welcomeTitle.setObjectName(u"welcomeTitle")

        self.main_layout.addWidget(self.welcomeTitle)

        self.intro = QLabel(welcome)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.firstRunSteps = QLabel(welcome)
        self.firstRunSteps.setObjectName(u"firstRunSteps")
        self.firstRunSteps.setWordWrap(True)

        self.main_layout.addWidget(self.firstRunSteps)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.new_button = QPushButton(welcome)
        self.new_button.setObjectName(u"new_button")

        self.button_row.addWidget(self.new_button)

        self.open_button = QPushButton(welcome)
        self.open_button.setObjectName(u"open_button")

        self.button_row.addWidget(self.open_button)

        self.demo_button = QPushButton(welcome)
        self.demo_button.setObjectName(u"demo_button")

        self.button_row.addWidget(self.demo_button)

        self.settings_button = QPushButton(welcome)
        self.settings_button.setObjectName(u"settings_button")

        self.button_row.addWidget(self.settings_button)


        self.main_layout.addLayout(self.button_row)

        self.demo_note = QLabel(welcome)
        self.demo_note.setObjectName(u"demo_note")
        self.demo_note.setWordWrap(True)

        self.main_layout.addWidget(self.demo_note)

        self.recent_label = QLabel(welcome)
        self.recent_label.setObjectName(u"recent_label")

        self.main_layout.addWidget(self.recent_label)

        self.recent = QListWidget(welcome)
        self.recent.setObjectName(u"recent")

        self.main_layout.addWidget(self.recent)

        self.bottom_space = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_space)

        self.main_layout.setStretch(6, 1)
#if QT_CONFIG(shortcut)
        self.recent_label.setBuddy(self.recent)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(welcome)

        QMetaObject.connectSlotsByName(welcome)
    # setupUi

    def retranslateUi(self, welcome):
        welcome.setWindowTitle(QCoreApplication.translate("WelcomeWindow", u"Casefile", None))
        self.welcomeTitle.setText(QCoreApplication.translate("WelcomeWindow", u"Casefile", None))
        self.intro.setText(QCoreApplication.translate("WelcomeWindow", u"A private case file for documenting the victims of the 1988 prison massacre in Iran: names, what happened to them, testimonies and sources. It works without a network; an encrypted case file can only be opened with its passphrase.", None))
        self.firstRunSteps.setText(QCoreApplication.translate("WelcomeWindow", u"To begin, create your own case file: choose where to keep it and a passphrase. It is encrypted with that passphrase, which nobody can recover for you if it is lost, so write it down and keep it somewhere safe.", None))
        self.new_button.setText(QCoreApplication.translate("WelcomeWindow", u"&New case file\u2026", None))
        self.open_button.setText(QCoreApplication.translate("WelcomeWindow", u"&Open case file\u2026", None))
#if QT_CONFIG(tooltip)
        self.demo_button.setToolTip(QCoreApplication.translate("WelcomeWindow", u"A sample case with fictional victims, to try things out", None))
#endif // QT_CONFIG(tooltip)
        self.demo_button.setText(QCoreApplication.translate("WelcomeWindow", u"Open the &demo", None))
        self.settings_button.setText(QCoreApplication.translate("WelcomeWindow", u"&Settings\u2026", None))
        self.demo_note.setText(QCoreApplication.translate("WelcomeWindow", u"The demo is a sample case file about fictional people, made to try Casefile out. It is not encrypted: never type real names or accounts into it.", None))
        self.recent_label.setText(QCoreApplication.translate("WelcomeWindow", u"&Recent case files:", None))
#if QT_CONFIG(accessibility)
        self.recent.setAccessibleName(QCoreApplication.translate("WelcomeWindow", u"Recent case files", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

