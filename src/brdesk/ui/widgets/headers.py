"""Page headings, so every page opens the same way."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from brdesk.ui.i18n import tx


def page_heading(title: str, subtitle: str = "") -> QWidget:
    """The page's title and what it is for, in the session's language (pages mark theirs
    with i18n.marked)."""
    title, subtitle = tx(title), tx(subtitle) if subtitle else ""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 6)
    layout.setSpacing(2)
    heading = QLabel(title)
    heading.setObjectName("pageTitle")
    heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
    heading.setAccessibleName(title)
    layout.addWidget(heading)
    if subtitle:
        sub = QLabel(subtitle)
        sub.setWordWrap(True)
        sub.setStyleSheet("color: #555555;")
        layout.addWidget(sub)
    return box
