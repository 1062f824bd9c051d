"""What a form's editor shows and what was typed into it, one function per direction,
whatever the editor (line, text box, list, tick box, date, country)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from brdesk.errors import BrdeskError
from brdesk.services.fields import Field
from brdesk.ui.widgets.form_editors import CountryBox, DateEdit


def show_value(editor: QWidget, f: Field, value: Any, service: Any) -> None:
    """Put a stored value in its editor."""
    if isinstance(editor, QPlainTextEdit):
        if editor.toPlainText() != (value or ""):
            editor.setPlainText(value or "")
    elif isinstance(editor, CountryBox):
        editor.set_code(value)
    elif isinstance(editor, QComboBox):
        index = editor.findData(value)
        editor.setCurrentIndex(max(index, 0))
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, DateEdit):
        editor.set_value(value)
    elif isinstance(editor, QLineEdit):
        shown = display(value)
        # Leave the text alone when it already says this: no cursor jump mid-typing.
        if editor.text() != shown and not same_value(service, f, editor.text(), value):
            editor.setText(shown)
            editor.setCursorPosition(0)  # show the start of a long value


def typed_value(editor: QWidget) -> Any:
    """What the editor holds, as typed (the service cleans it)."""
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, CountryBox):
        return editor.typed()
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, DateEdit):
        return editor.text()
    assert isinstance(editor, QLineEdit)
    return editor.text()


def being_typed(editor: QWidget, f: Field, shown: Any, service: Any) -> bool:
    """Is the user in the middle of changing this field: the focus in it, its text not
    the value it showed (and not yet saved)?"""
    line = editor if isinstance(editor, QLineEdit) else getattr(editor, "line", None)
    if isinstance(editor, QPlainTextEdit):
        return editor.hasFocus() and editor.toPlainText() != (shown or "")
    if isinstance(line, QLineEdit) and line.hasFocus():
        return line.text() != display(shown) and not same_value(service, f, line.text(), shown)
    return False


def can_fail(f: Field) -> bool:
    """Can a value typed here be refused? (Plain optional text cannot: its length is
    capped by the editor.)"""
    return f.required or f.kind not in ("text", "longtext", "choice", "bool")


def same_value(service: Any, f: Field, text: str, value: Any) -> bool:
    """Does the typed text already mean this value ("1 200,5" and 1200.5, say)?"""
    if service is None:
        return False
    try:
        return bool(service.clean({f.name: text}, partial=True)[f.name] == value)
    except BrdeskError:
        return False


def display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.10g}"
    return str(value)
