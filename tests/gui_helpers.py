"""Helpers for driving the GUI as a user would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit, QTableWidget
from pytestqt.qtbot import QtBot

from brdesk.paths import DataDir
from brdesk.ui.main_window import MainWindow
from brdesk.ui.prompts import Question
from brdesk.ui.widgets.record_form import RecordForm

#: The session's translators, kept alive: English (its plural forms) unless a test says.
_LANGUAGE: list[object] = []


def use_language(code: str) -> None:
    """Speak code from the next window on, as `brdesk --lang code` would."""
    from brdesk.ui.i18n import install

    _LANGUAGE[:] = install(code)


def open_window(
    qtbot: QtBot, folder: Path | DataDir, *, laptop_size: bool = True, language: str = "en"
) -> MainWindow:
    """The main window on folder's data (or an office database's: a DataDir with its URL),
    speaking language (the caller puts English back when it asked for another:
    use_language("en"))."""
    from brdesk.ui.i18n import current_language

    if not _LANGUAGE or current_language() != language:
        use_language(language)
    window = MainWindow(folder if isinstance(folder, DataDir) else DataDir(folder))
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


def tick(qtbot: QtBot, picker: QTableWidget, number: int) -> None:
    """Tick (or untick) a goal in a tag picker as a user does from the keyboard: go to its
    row and press Space."""
    for row in range(picker.rowCount()):
        item = picker.item(row, 0)
        if item is not None and int(item.data(Qt.ItemDataRole.UserRole)) == number:
            picker.setFocus()
            picker.setCurrentItem(item)
            qtbot.keyClick(picker, Qt.Key.Key_Space)
            return
    raise AssertionError(f"no goal {number} in the picker")


def reopen(qtbot: QtBot, window: MainWindow) -> MainWindow:
    folder = window.data_dir.root
    window.close()
    return open_window(qtbot, folder)


class ScriptedPrompts:
    """Answers the window's questions as a user would, and remembers what was asked.

    `answers[kind]` is a list of answers given in turn (a path for a file chooser, True for
    yes); a question with none left gets the cancel answer. Any message that reports an
    unexpected failure fails the test: a user must never see one.
    """

    CANCEL: ClassVar[dict[str, object]] = {
        "choose_open": None,
        "choose_open_many": [],
        "choose_save": None,
        "choose_folder": None,
        "confirm": False,
        "ask_text": None,
        "choose_one": None,
        "ask_choice": None,  # the last button: the way out
    }

    def __init__(self) -> None:
        self.asked: list[Question] = []
        self.answers: dict[str, list[object]] = {}
        #: Answers whatever the queues do not (else the cancel answer).
        self.answer: Callable[[Question], object] | None = None

    def queue(self, kind: str, *answers: object) -> None:
        self.answers.setdefault(kind, []).extend(answers)

    def __call__(self, question: Question) -> object:
        self.asked.append(question)
        assert "went wrong" not in question.text, f"a user saw: {question.text}"
        assert "nexpected error" not in question.text, f"a user saw: {question.text}"
        waiting = self.answers.get(question.kind)
        if waiting:
            return waiting.pop(0)
        if self.answer is not None:
            return self.answer(question)
        return self.CANCEL.get(question.kind)

    def kinds(self) -> list[str]:
        return [q.kind for q in self.asked]

    def all_texts(self) -> list[str]:
        return [q.text for q in self.asked]

    def texts(self, kind: str) -> list[str]:
        return [q.text for q in self.asked if q.kind == kind]


def when_dialog_opens(qtbot: QtBot, act: Callable[[QDialog], None]) -> None:
    """Run act on the next modal dialog as soon as it is shown (its exec() blocks the test
    until then). act presses its buttons; if it leaves the dialog open, it is rejected."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, poll)
