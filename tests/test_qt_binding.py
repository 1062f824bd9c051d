"""Guard against a broken Qt binding: PySide6 6.12.0 loses a reference to None on each
call to a method returning void, and Python 3.11 then aborts mid-session."""

import sys

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def test_void_qt_calls_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.repaint()
        QApplication.processEvents()
    # Python itself moves the count a little either way; the bug takes it down by 4000.
    assert sys.getrefcount(None) > before - 500
