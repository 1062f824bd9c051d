"""The follow-up tracker: the report and the scans, their deadlines, and their files."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brdesk.db.vocab import FOLLOWUP_STATUSES
from brdesk.errors import BrdeskError
from brdesk.palette import SEVERITY_COLOURS
from brdesk.services.attachments import AttachmentService
from brdesk.services.followup import FollowupService
from brdesk.services.submission import attach_file, ensure_standard_items, latest_file, status_of
from brdesk.ui import prompts
from brdesk.ui.i18n import long_date, marked, say, tx
from brdesk.ui.pages.base import AppContext
from brdesk.ui.undo import EditCommand

COLUMNS = (marked("Document"), marked("Due"), marked("Status"), marked("File"))
SCANS = "Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx);;All files (*)"


class FollowupPanel(QWidget):
    #: The user asked for the submission folder (the page prepares it: it owns the options).
    submissionRequested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[Any] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            tx(
                "What the programme asks for after the training, with its deadline. Attach the "
                "file that satisfies each item (it is copied into your data folder), then prepare "
                "a folder to send by e-mail. brdesk sends nothing itself."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tx(c) for c in COLUMNS])
        self.table.setAccessibleName(tx("Follow-up items"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 150)
        self.table.setColumnWidth(2, 150)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.attach_button = QPushButton(tx("Attach file…"))
        self.attach_button.clicked.connect(self.attach)
        self.open_button = QPushButton(tx("Open file"))
        self.open_button.clicked.connect(self.open_file)
        self.submit_button = QPushButton(tx("Prepare submission folder…"))
        self.submit_button.setToolTip(
            tx("Copy the report and the scans, well named, into a folder")
        )
        self.submit_button.clicked.connect(self.submissionRequested)
        for button in (self.attach_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        layout.addLayout(buttons)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #555555;")
        layout.addWidget(self.hint)

    def refresh(self) -> None:
        self.items = ensure_standard_items(self.ctx.store)
        has_profile = bool(self.items)
        for widget in (self.table, self.attach_button, self.open_button, self.submit_button):
            widget.setEnabled(has_profile)
        self.hint.setText(
            ""
            if has_profile
            else tx(
                "Fill in your profile on My reserve first: the items follow "
                "from the programme you attended."
            )
        )
        selected = self.table.currentRow()
        self.table.setRowCount(len(self.items))
        today = date.today()
        for row, item in enumerate(self.items):
            state = status_of(item, today)
            title = QTableWidgetItem(tx(item.title))
            due = QTableWidgetItem(long_date(item.due_date) if item.due_date else "—")
            if state in ("overdue", "due_soon"):
                colour = QBrush(QColor(SEVERITY_COLOURS[state]))
                due.setForeground(colour)
                due.setToolTip(tx("Overdue") if state == "overdue" else tx("Due within two weeks"))
            found = latest_file(self.ctx.store, item.id)
            file_cell = QTableWidgetItem(found[0].original_name if found else tx("no file yet"))
            if not found:
                file_cell.setForeground(QBrush(QColor("#777777")))
            self.table.setItem(row, 0, title)
            self.table.setItem(row, 1, due)
            self.table.setItem(row, 3, file_cell)
            combo = QComboBox()
            combo.setAccessibleName(tx("Status of {title}").format(title=tx(item.title)))
            for code, label in FOLLOWUP_STATUSES.items():
                combo.addItem(tx(label), code)
            combo.setCurrentIndex(combo.findData(item.status))
            combo.setEnabled(self.ctx.read_only is None)
            combo.activated.connect(lambda _i, r=row, c=combo: self.set_status(r, c.currentData()))
            self.table.setCellWidget(row, 2, combo)
        self.table.resizeRowsToContents()
        if 0 <= selected < len(self.items):
            self.table.selectRow(selected)
        elif self.items:
            self.table.selectRow(0)

    def current_item(self) -> Any:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def set_status(self, row: int, status: str) -> None:
        item = self.items[row]
        if status == item.status:
            return
        command = EditCommand(
            FollowupService(self.ctx.store),
            item.id,
            {"status": item.status},
            {"status": status},
            tx("Mark {title}").format(title=tx(item.title).lower()),
            self.ctx.notify,
        )
        self.ctx.run(command)

    def attach(self) -> None:
        item = self.current_item()
        if item is None:
            return
        path = prompts.choose_open(
            self, tx("Attach: {title}").format(title=tx(item.title)), Path.home(), SCANS
        )
        if path is None:
            return
        try:
            attach_file(self.ctx.store, item.id, path)
        except BrdeskError as exc:
            prompts.warn(self, tx("Attach file"), say(exc))
            return
        self.ctx.notify()

    def open_file(self) -> None:
        item = self.current_item()
        found = latest_file(self.ctx.store, item.id) if item is not None else None
        if found is None:
            prompts.inform(self, tx("Open file"), tx("No file is attached to this item yet."))
            return
        refused = AttachmentService(self.ctx.store).why_not_open(found[0])
        if refused is not None:
            prompts.warn(
                self,
                tx("Open file"),
                tx("brdesk will not open this file: {refused}.").format(refused=refused),
            )
            return
        prompts.show_in_system(found[1])
