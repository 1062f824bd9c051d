"""Pages whose issue has not landed yet say what they will hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from brdesk.ui.pages.base import AppContext, Page
from brdesk.ui.widgets.headers import page_heading


class PlaceholderPage(Page):
    def __init__(
        self,
        ctx: AppContext,
        key: str,
        title: str,
        promise: list[str],
        parent: QWidget | None = None,
    ) -> None:
        self.key = key
        self.title = title
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(title, "Coming in a next version of brdesk."))
        text = QLabel(
            "<p>This page will let you:</p><ul>"
            + "".join(f"<li style='margin-bottom:6px'>{line}</li>" for line in promise)
            + "</ul>"
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(text)
        layout.addStretch(1)


PLACEHOLDERS: dict[str, tuple[str, list[str]]] = {
    "dashboard": (
        "Dashboard",
        [
            "follow your plan's progress by pillar, its indicators and its timeline;",
            "see your monitoring at a glance: records per month, species richness, the "
            "elevation of records over the years, a map of observation points;",
            "export the whole dashboard as an image or a PDF for slides and e-mails.",
        ],
    ),
}
