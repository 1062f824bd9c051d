"""A chart drawn elsewhere: shows the pixels a worker thread rendered with matplotlib's Agg,
so showing it costs the GUI thread a copy, never a matplotlib draw.

A QLabel with a pixmap, not a widget with its own paintEvent: Qt paints it without calling
into Python, so it repaints at once even while a worker holds the interpreter.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QMouseEvent, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from brdesk.ui.i18n import tx

PLACEHOLDER_HEIGHT = 220


class ChartView(QLabel):
    #: Double-click or Enter: the user wants the chart larger, with zoom.
    opened = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.image: QImage | None = None
        #: The panel the pixels were drawn from.
        self.panel: Any = None
        #: "here" or "helper" (the chart helper process drew it)
        self.drawn_in = ""
        self._figure: Any = None
        self.setAccessibleName(title)
        self.setToolTip(
            tx("{title}: double-click or press Enter to open it larger, with zoom").format(
                title=title
            )
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFixedHeight(PLACEHOLDER_HEIGHT)
        self.setText(tx("Drawing {title}…").format(title=title))
        self.setStyleSheet(
            "ChartView { background: white; color: #777777; border: 1px solid transparent; }"
            "ChartView:focus { border: 1px solid palette(highlight); }"
        )

    def set_chart(
        self, rgba: bytes, width: int, height: int, ratio: float, panel: Any, drawn_in: str = "here"
    ) -> None:
        # copy(): the QImage must own its pixels, not borrow the worker's bytes.
        image = QImage(rgba, width, height, width * 4, QImage.Format.Format_RGBA8888).copy()
        image.setDevicePixelRatio(ratio)
        self.image, self.panel, self._figure = image, panel, None
        self.drawn_in = drawn_in
        self.setPixmap(QPixmap.fromImage(image))
        self.setFixedHeight(round(height / ratio) + 2)  # the focus border

    @property
    def figure(self) -> Any:
        """The chart as a Figure, for what reads its texts (built on demand: the pixels
        may have come from the helper process)."""
        if self._figure is None and self.panel is not None:
            self._figure = self.panel.figure()
        return self._figure

    def drawn_width(self) -> int:
        """The width, in logical pixels, the current image was drawn for (0: none yet)."""
        if self.image is None:
            return 0
        return round(self.image.width() / self.image.devicePixelRatio())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.opened.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.opened.emit()
        else:
            super().keyPressEvent(event)
