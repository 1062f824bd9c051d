"""The reserve on a map, drawn from its own data only (no tiles: brdesk opens no socket):
zones filled in their colours, observation points on top by category, a legend, a scale
bar and a north arrow. Wheel or +/- to zoom, drag to pan, 0 to see everything.

Coordinates are projected for drawing as longitude times the cosine of the reserve's mean
latitude, and latitude (an equirectangular projection centred on the reserve: within a
reserve's extent, distances in every direction are true to a fraction of a percent).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from brdesk.db.vocab import CATEGORIES, ZONE_KINDS
from brdesk.palette import CATEGORY_COLOURS, ZONE_COLOURS, ZONE_EDGE
from brdesk.ui.i18n import marked, number, tx

#: Scene units per degree of latitude (Qt's scene works best with numbers well above 1).
SCALE = 10_000.0
#: Ground distances a scale bar may show, in metres.
NICE_METRES = (10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000,
               100_000, 200_000, 500_000)  # fmt: skip


def metres_per_degree_latitude(lat: float) -> float:
    """On the WGS84 ellipsoid (the usual series, good to a centimetre)."""
    phi = math.radians(lat)
    return 111_132.954 - 559.822 * math.cos(2 * phi) + 1.175 * math.cos(4 * phi)


class _Points(QGraphicsItem):
    """Every point in one item, drawn in one call per category: a scene of a hundred
    thousand items would crawl."""

    def __init__(self, by_category: dict[str, QPolygonF], box: QRectF) -> None:
        super().__init__()
        self.by_category = by_category
        self.box = box.adjusted(-1, -1, 1, 1)

    def boundingRect(self) -> QRectF:
        return self.box

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None
    ) -> None:
        for category, points in self.by_category.items():
            pen = QPen(QColor(CATEGORY_COLOURS.get(category, "#999999")), 4)
            pen.setCosmetic(True)  # four pixels whatever the zoom
            pen.setCapStyle(Qt.PenCapStyle.SquareCap)
            painter.setPen(pen)
            painter.drawPoints(points)


class ZoneMap(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        # Dragging moves the map; scroll bars would only take room from it.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QColor("#F7F7F4"))
        self.setMinimumSize(320, 240)
        self.setAccessibleName(tx("Map of the reserve"))
        self.setToolTip(tx("Wheel or + and - to zoom, drag to move, 0 to see everything"))
        self.lat0 = 0.0
        self.kinds_shown: list[str] = []
        self.categories_shown: list[str] = []
        self.zone_items: dict[str, QGraphicsPathItem] = {}
        self.empty_text = tx("No zones yet: import their outlines (Import zones…).")

    # --- content ------------------------------------------------------------------------

    def xy(self, lon: float, lat: float) -> QPointF:
        return QPointF(lon * math.cos(math.radians(self.lat0)) * SCALE, -lat * SCALE)

    def show_data(
        self,
        zones: Sequence[tuple[str, str, Any]],
        points: Sequence[tuple[float, float, str]] = (),
        highlight: str | None = None,
    ) -> None:
        """Zones as (kind, name, GeoJSON polygon coordinates), largest first; points as
        (lon, lat, category). Kind "" draws an outline not yet given a zone (the import's
        preview)."""
        scene = self.scene()
        scene.clear()
        self.zone_items = {}
        lats = [p[1] for z in zones for polygon in z[2] for p in polygon[0]]
        lats += [p[1] for p in points]
        self.lat0 = (min(lats) + max(lats)) / 2 if lats else 0.0
        for kind, name, polygons in zones:
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.OddEvenFill)  # holes stay holes
            for polygon in polygons:
                for ring in polygon:
                    path.addPolygon(QPolygonF([self.xy(x, y) for x, y in ring]))
            item = scene.addPath(path)
            colour = QColor(ZONE_COLOURS.get(kind, "#FFFFFF"))
            colour.setAlpha(150 if kind else 60)
            pen = QPen(QColor(ZONE_EDGE), 2.5 if name == highlight else 1)
            pen.setCosmetic(True)
            item.setPen(pen)
            item.setBrush(QBrush(colour))
            item.setToolTip(f"{name} ({tx(ZONE_KINDS.get(kind, marked('not a zone yet')))})")
            self.zone_items[name] = item
        by_category: dict[str, QPolygonF] = {}
        for lon, lat, category in points:
            by_category.setdefault(category, QPolygonF()).append(self.xy(lon, lat))
        if by_category:
            box = QRectF()
            for polygon in by_category.values():
                box = box.united(polygon.boundingRect())
            scene.addItem(_Points(by_category, box))
        self.kinds_shown = [k for k in ZONE_KINDS if any(z[0] == k for z in zones)]
        self.categories_shown = [c for c in CATEGORIES if c in by_category]
        self.fit()

    def fit(self) -> None:
        box = self.scene().itemsBoundingRect()
        if box.isEmpty():
            self.resetTransform()
            return
        self.setSceneRect(box.adjusted(-box.width(), -box.height(), box.width(), box.height()))
        self.fitInView(box.adjusted(-box.width() * 0.04, -box.height() * 0.04,
                                    box.width() * 0.04, box.height() * 0.04),
                       Qt.AspectRatioMode.KeepAspectRatio)  # fmt: skip
        self.viewport().update()

    def zoom(self, factor: float) -> None:
        self.scale(factor, factor)
        self.viewport().update()

    # --- input --------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom(1.25 if event.angleDelta().y() > 0 else 0.8)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom(0.8)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.viewport().update()  # the overlays stay put while the map moves

    # --- overlays: legend, scale bar, north arrow -----------------------------------------

    def drawForeground(self, painter: QPainter, _rect: QRectF | Any) -> None:
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF()))
        painter.setFont(font)
        if not self.scene().items():
            painter.setPen(QColor("#555555"))
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.restore()
            return
        self._legend(painter)
        self._scale_bar(painter)
        self._north_arrow(painter)
        painter.restore()

    def _legend(self, painter: QPainter) -> None:
        entries = [(ZONE_COLOURS[k], tx(ZONE_KINDS[k]), True) for k in self.kinds_shown]
        entries += [(CATEGORY_COLOURS[c], tx(CATEGORIES[c]), False) for c in self.categories_shown]
        if not entries:
            return
        metrics = painter.fontMetrics()
        line = metrics.height() + 2
        width = max(metrics.horizontalAdvance(label) for _, label, _ in entries) + 34
        box = QRectF(8, 8, width, line * len(entries) + 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 220))
        painter.drawRoundedRect(box, 4, 4)
        for n, (colour, label, is_zone) in enumerate(entries):
            y = box.top() + 4 + n * line
            swatch = (
                QRectF(box.left() + 6, y + 2, 16, line - 6)
                if is_zone
                else QRectF(box.left() + 10, y + line / 2 - 4, 8, 8)
            )
            fill = QColor(colour)
            if is_zone:
                fill.setAlpha(150)
            painter.setPen(QPen(QColor(ZONE_EDGE), 1) if is_zone else Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRect(swatch)
            painter.setPen(QColor("#222222"))
            painter.drawText(QPointF(box.left() + 28, y + metrics.ascent()), label)

    def metres_per_pixel(self) -> float:
        degrees = 1 / (SCALE * self.transform().m22())  # of latitude, per pixel
        return degrees * metres_per_degree_latitude(self.lat0)

    def scale_bar_metres(self) -> tuple[int, float]:
        """The bar's ground length and its length in pixels (at most a quarter of the view)."""
        per_pixel = self.metres_per_pixel()
        room = self.viewport().width() / 4 * per_pixel
        metres = max([m for m in NICE_METRES if m <= room] or [NICE_METRES[0]])
        return metres, metres / per_pixel

    def _scale_bar(self, painter: QPainter) -> None:
        metres, pixels = self.scale_bar_metres()
        left = 16.0
        base = self.viewport().height() - 16.0
        label = (tx("{n} km").format(n=number(metres // 1000)) if metres >= 1000
                 else tx("{n} m").format(n=number(metres)))  # fmt: skip
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 220))
        painter.drawRect(
            QRectF(
                left - 6,
                base - 30,
                pixels + 12 + painter.fontMetrics().horizontalAdvance(label) + 8,
                38,
            )
        )
        painter.setBrush(QColor("#222222"))
        painter.drawRect(QRectF(left, base - 6, pixels / 2, 6))
        painter.setBrush(QColor("#FFFFFF"))
        painter.setPen(QPen(QColor("#222222"), 1))
        painter.drawRect(QRectF(left + pixels / 2, base - 6, pixels / 2, 6))
        painter.drawText(QPointF(left, base - 12), "0")
        painter.drawText(QPointF(left + pixels + 6, base), label)

    def _north_arrow(self, painter: QPainter) -> None:
        x = self.viewport().width() - 30.0
        y = 18.0
        painter.setPen(QPen(QColor("#222222"), 1))
        painter.setBrush(QColor("#222222"))
        painter.drawPolygon(QPolygonF([QPointF(x, y), QPointF(x - 8, y + 26), QPointF(x, y + 20)]))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawPolygon(QPolygonF([QPointF(x, y), QPointF(x + 8, y + 26), QPointF(x, y + 20)]))
        painter.drawText(QRectF(x - 10, y + 26, 20, 18), Qt.AlignmentFlag.AlignCenter, "N")
