"""Home: what needs attention, and what changed lately."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brdesk.palette import SEVERITY_COLOURS
from brdesk.ui.i18n import long_time, marked, say, tx
from brdesk.ui.pages.base import AppContext, Page
from brdesk.ui.widgets.headers import page_heading

SEVERITY_MARK = {
    "overdue": marked("Overdue"),
    "due_soon": marked("Due soon"),
    "to_send": marked("Ready to send"),
    "incomplete": marked("To complete"),
}


class HomePage(Page):
    key = "home"
    title = marked("Home")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.counts: dict[str, int] = {}
        layout = QVBoxLayout(self)
        self.heading = page_heading(self.title, "")
        layout.addWidget(self.heading)
        self.greeting = QLabel()
        self.greeting.setWordWrap(True)
        font = self.greeting.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.greeting.setFont(font)
        layout.addWidget(self.greeting)
        row = QHBoxLayout()
        attention_box = QGroupBox(tx("Needs your attention"))
        attention_layout = QVBoxLayout(attention_box)
        self.attention = QListWidget()
        self.attention.setAccessibleName(tx("Needs your attention"))
        self.attention.setWordWrap(True)
        self.attention.itemActivated.connect(self._go)
        self.attention.itemClicked.connect(self._go)
        attention_layout.addWidget(self.attention)
        recent_box = QGroupBox(tx("Recent changes"))
        recent_layout = QVBoxLayout(recent_box)
        self.recent = QListWidget()
        self.recent.setAccessibleName(tx("Recent changes"))
        self.recent.setWordWrap(True)
        self.recent.itemActivated.connect(self._go)
        recent_layout.addWidget(self.recent)
        row.addWidget(attention_box, 3)
        row.addWidget(recent_box, 2)
        layout.addLayout(row, 1)

    def refresh(self) -> None:
        from brdesk.services.overview import home_summary

        with self.ctx.read_connection() as conn:
            summary = home_summary(conn)
        self.counts = summary.counts
        hello = tx("Hello %1.").replace("%1", summary.person) if summary.person else tx("Hello.")
        if summary.reserve:
            hello += " " + tx("Your reserve: <b>%1</b>.").replace("%1", escape(summary.reserve))
        self.greeting.setText(hello)

        self.attention.clear()
        items = summary.attention
        for item in items:
            # "Overdue:  <what>", the colon as the language sets it ("En retard :").
            shown = tx("{mark}:  {text}").format(
                mark=tx(SEVERITY_MARK[item.severity]), text=say(item.text)
            )
            entry = QListWidgetItem(shown)
            entry.setForeground(QBrush(QColor(SEVERITY_COLOURS[item.severity])))
            entry.setData(Qt.ItemDataRole.UserRole, item.page)
            entry.setToolTip(tx("Open the page to fix this"))
            self.attention.addItem(entry)
        if not items:
            done = QListWidgetItem(tx("Nothing needs your attention. Well done."))
            done.setFlags(Qt.ItemFlag.NoItemFlags)
            self.attention.addItem(done)

        self.recent.clear()
        for change in summary.recent:
            # The day and month in the language's words ("30 nov. 2026" in French).
            when = long_time(change.when.astimezone())
            entry = QListWidgetItem(f"{when}   {say(change.what)}")
            entry.setData(Qt.ItemDataRole.UserRole, change.page)
            self.recent.addItem(entry)
        if self.recent.count() == 0:
            empty = QListWidgetItem(tx("No changes yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(empty)

    def _go(self, item: QListWidgetItem) -> None:
        page = item.data(Qt.ItemDataRole.UserRole)
        if page:
            self.ctx.navigate.emit(str(page))
