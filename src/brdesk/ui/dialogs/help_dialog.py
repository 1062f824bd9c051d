"""F1: a short guide, offline, in plain words."""

from __future__ import annotations

from importlib import resources

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from brdesk.ui.i18n import current_language, tx


def help_html(language: str) -> str:
    """The guide in the language (data/help.<code>.html), else in English (data/help.html)."""
    data = resources.files("brdesk.data")
    page = data.joinpath(f"help.{language}.html")
    if not page.is_file():
        page = data.joinpath("help.html")
    return page.read_text(encoding="utf-8")


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tx("brdesk help"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        text = QTextBrowser()
        text.setHtml(help_html(current_language()))
        text.setOpenExternalLinks(False)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
