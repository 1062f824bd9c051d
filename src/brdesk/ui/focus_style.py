"""Keyboard focus that can be seen on every control.

Fusion and the Windows styles mark a focused drop-down list by a faint change of frame,
easy to miss on a laptop screen in daylight. This style draws a ring in the highlight
colour around a drop-down list while it has the focus.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QWidget

RING_PX = 2


class FocusRingStyle(QProxyStyle):
    def drawComplexControl(
        self, control: QStyle.ComplexControl, option: Any, painter: QPainter, widget: Any = None
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if (
            control == QStyle.ComplexControl.CC_ComboBox
            and option.state & QStyle.StateFlag.State_HasFocus
        ):
            draw_ring(painter, option.rect, option.palette)


def draw_ring(painter: QPainter, rect: Any, palette: QPalette) -> None:
    painter.save()
    pen = QPen(palette.color(QPalette.ColorRole.Highlight), RING_PX)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = RING_PX // 2
    painter.drawRect(rect.adjusted(half, half, -half - 1 + RING_PX % 2, -half - 1 + RING_PX % 2))
    painter.restore()


def install(app: Any) -> None:
    """Wrap the application's own style (native on each system) with the focus ring."""
    if isinstance(app.style(), FocusRingStyle):
        return
    base = QStyleFactory.create(app.style().name())
    app.setStyle(FocusRingStyle(base))


def has_ring(widget: QWidget) -> bool:
    return isinstance(widget.style(), FocusRingStyle)
