"""Qt Designer forms compiled by pyside6-uic from ui/*.ui (regenerate, do not edit)."""
