"""The desktop app (PySide6). The only package that imports Qt.

PySide6 6.12 is excluded on Python 3.11 in pyproject.toml: it drops a reference to ``None`` on
every call of a Qt method that returns nothing, and CPython 3.11 (where ``None`` is not immortal)
aborts after a few thousand calls ("Fatal Python error: none_dealloc").
"""
