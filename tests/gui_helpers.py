"""Helpers for driving the GUI as a user would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from brdesk.paths import DataDir
from brdesk.ui.main_window import MainWindow
from brdesk.ui.widgets.record_form import RecordForm


def open_window(qtbot: QtBot, folder: Path, *, laptop_size: bool = True) -> MainWindow:
    window = MainWindow(DataDir(folder))
    qtbot.addWidget(window)
    if laptop_size:
        window.resize(1366, 768)
    window.show()
    assert window.open_data()
    return window


def type_into(qtbot: QtBot, form: RecordForm, field: str, text: str, *, enter: bool = True) -> None:
    """Select all, type, press Enter (in a dialog, where Enter means OK: leave the field)."""
    editor = form.editors[field]
    if isinstance(editor, QPlainTextEdit):
        editor.setFocus()
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        form.commit(field)
        return
    line = editor if isinstance(editor, QLineEdit) else editor.line  # type: ignore[attr-defined]
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    if enter:
        qtbot.keyClick(line, Qt.Key.Key_Return)
    else:
        line.editingFinished.emit()  # what leaving the field does
    QApplication.processEvents()


def reopen(qtbot: QtBot, window: MainWindow) -> MainWindow:
    folder = window.data_dir.root
    window.close()
    return open_window(qtbot, folder)
