"""Everything brdesk shows fits the screen it is on, down to a 1366x768 laptop.

The main window opens maximised on small screens and within the available area elsewhere
(a window restored from a larger screen is brought back onto this one); every dialog is
clamped to the available area when it is shown, however large it asked to be.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

#: Below this available size the main window opens maximised.
SMALL_SCREEN = QSize(1500, 920)
#: What a window frame takes at most, title bar and borders (the frame is only known once
#: a window is on screen).
FRAME = QSize(16, 48)


def available_area(widget: QWidget | None = None) -> QRect:
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def fits(rect: QRect, area: QRect) -> bool:
    """Does a client rectangle, with its frame, lie within area?"""
    framed = rect.adjusted(-FRAME.width() // 2, -FRAME.height() + 8, FRAME.width() // 2, 8)
    return area.contains(framed)


def show_main_window(window: QWidget, restored: bool) -> None:
    """Show the main window fitted to its screen: as the user left it if that still fits,
    else maximised on a small screen, else a comfortable size centred."""
    area = available_area(window)
    small = area.width() < SMALL_SCREEN.width() or area.height() < SMALL_SCREEN.height()
    if restored and (window.isMaximized() or fits(window.geometry(), area)):
        window.show()
        return
    if small:
        window.showMaximized()
        return
    size = QSize(min(1280, area.width() - FRAME.width()), min(820, area.height() - FRAME.height()))
    window.resize(size)
    frame = QRect(area.topLeft(), size)
    frame.moveCenter(area.center())
    window.move(frame.topLeft())
    window.show()


def clamp_to_screen(widget: QWidget) -> None:
    """Shrink and move a top-level widget so all of it, frame included, is on screen."""
    area = available_area(widget)
    room = QSize(area.width() - FRAME.width(), area.height() - FRAME.height())
    size = widget.size().boundedTo(room)
    if size != widget.size():
        widget.resize(size)
    geometry = widget.frameGeometry()
    x = min(max(geometry.x(), area.x()), area.right() - geometry.width() + 1)
    y = min(max(geometry.y(), area.y()), area.bottom() - geometry.height() + 1)
    if (x, y) != (geometry.x(), geometry.y()):
        widget.move(x, y)


class DialogsOnScreen(QObject):
    """Application-wide: each dialog is clamped to the screen as it is shown."""

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            clamp_to_screen(watched)
        return False


def keep_dialogs_on_screen() -> None:
    """Install the filter once per application."""
    app = QApplication.instance()
    if app is None or app.property("brdesk_dialogs_on_screen"):
        return
    keeper = DialogsOnScreen(app)
    app.installEventFilter(keeper)
    app.setProperty("brdesk_dialogs_on_screen", True)
