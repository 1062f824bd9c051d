"""First start on an empty data folder: start your own plan, or explore the demo."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from brdesk.reference import programme
from brdesk.ui.i18n import say, tx


class WelcomePage(QWidget):
    startRequested = Signal()
    demoRequested = Signal()
    #: Bring the data of the earlier brdesk found beside this one.
    bringRequested = Signal()
    #: a trainer gathers participants' packages here: the folder becomes a cohort
    cohortRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tx("Welcome"))
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        title = QLabel(tx("Welcome to brdesk"))
        title.setStyleSheet("font-size: 24pt; font-weight: 600;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(title)
        text = QLabel(
            tx(
                "Your workbench for your mountain biosphere reserve: your profile, your action "
                "plan across the four pillars of the <i>%1</i>, your monitoring, and your "
                "post-training report. Everything stays on this computer and is saved as "
                "you type."
            ).replace("%1", programme().name)
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(680)
        # A centred, wrapped label is not given its height by the layout: ask for it.
        text.setMinimumHeight(text.heightForWidth(680) + 8)
        column.addWidget(text, alignment=Qt.AlignmentFlag.AlignHCenter)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.start_button = QPushButton(tx("Start my plan"))
        self.start_button.setDefault(True)
        self.start_button.setMinimumSize(220, 56)
        self.start_button.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.start_button.setToolTip(
            tx("A few questions about you, your reserve and a first objective")
        )
        self.start_button.clicked.connect(self.startRequested)
        self.demo_button = QPushButton(tx("Explore the demo reserve"))
        self.demo_button.setMinimumSize(220, 56)
        self.demo_button.setStyleSheet("font-size: 12pt;")
        self.demo_button.setToolTip(
            tx("Opens a made-up Himalayan reserve in a separate folder: your own data stays clean")
        )
        self.demo_button.clicked.connect(self.demoRequested)
        buttons.addWidget(self.start_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.cohort_link = QLabel(
            tx(
                "A trainer gathering participants' packages? <a href='cohort'>Make this folder a "
                "cohort…</a>"
            )
        )
        self.cohort_link.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cohort_link.setStyleSheet("color: #555555;")
        self.cohort_link.linkActivated.connect(lambda _link: self.cohortRequested.emit())
        column.addWidget(self.cohort_link, alignment=Qt.AlignmentFlag.AlignHCenter)
        # Shown when an earlier brdesk with data is found beside this one (a newer build
        # unzipped next to the old): its data is one click away, never silently left.
        self.earlier = QLabel()
        self.earlier.setWordWrap(True)
        self.earlier.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.earlier.setFixedWidth(680)
        self.earlier.setStyleSheet(
            "background: #E8F1FB; border: 1px solid #9DBCE0; padding: 10px; border-radius: 4px;"
        )
        self.bring_button = QPushButton(tx("Bring my data from the earlier brdesk"))
        self.bring_button.setMinimumSize(320, 44)
        self.bring_button.setStyleSheet("font-size: 11pt; font-weight: 600;")
        self.bring_button.clicked.connect(self.bringRequested)
        column.addSpacing(10)
        column.addWidget(self.earlier, alignment=Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.bring_button, alignment=Qt.AlignmentFlag.AlignHCenter)
        self.offer_earlier(None)
        outer.addLayout(column)
        outer.addStretch(2)

    def offer_earlier(self, description: str | None) -> None:
        """Offer the earlier data found (its description), or hide the offer."""
        shown = description is not None
        self.earlier.setVisible(shown)
        self.bring_button.setVisible(shown)
        if shown:
            self.earlier.setText(
                tx(
                    "<b>Data from an earlier brdesk was found:</b><br>%1<br>It is copied here "
                    "and brought up to date; the earlier folder stays as it is."
                ).replace("%1", escape(say(description or "")))
            )
            self.earlier.setMinimumHeight(self.earlier.heightForWidth(680) + 8)
            self.bring_button.setDefault(True)
            self.start_button.setDefault(False)
