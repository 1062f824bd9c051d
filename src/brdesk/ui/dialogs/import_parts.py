"""Parts of the import dialog: the text-encoding choice and the scrolling column form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QScrollArea, QWidget

from brdesk.exchange.encodings import CHOOSABLE
from brdesk.ui.i18n import tx


def encoding_box() -> QComboBox:
    """The text encoding of a CSV: detected, shown, and changeable when the detection (or
    the file) is wrong; the preview shows what each choice reads. Off until a CSV is read."""
    box = QComboBox()
    box.setAccessibleName(tx("Text encoding"))
    box.setToolTip(tx("How the file's letters are read; change it if names look wrong"))
    box.addItem(tx("Encoding: detected"), None)
    for code, label in CHOOSABLE:
        box.addItem(tx(label), code)
    box.setEnabled(False)
    return box


def scrolling(form: QFormLayout) -> QScrollArea:
    """The columns' form in a scroll area as wide as the form: on a small screen the
    columns scroll rather than make the window taller than the screen."""
    columns = QWidget()
    columns.setLayout(form)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(columns)
    bar = scroll.verticalScrollBar().sizeHint().width()
    scroll.setMinimumWidth(columns.sizeHint().width() + bar + 4)
    return scroll
