"""File > Backups: the backups brdesk keeps, a backup now, a copy with photos to carry
away, and restoring one (which the main window does, once this dialog has closed)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brdesk.paths import DataDir
from brdesk.ui import prompts
from brdesk.ui.i18n import number, say, tx
from brdesk.ui.operations import Operations


class BackupsDialog(QDialog):
    def __init__(self, data_dir: DataDir, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        #: the backup the user chose to restore, read by the caller after exec()
        self.chosen: Path | None = None
        self.operations = Operations(self)
        self.setWindowTitle(tx("Backups"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tx(
                "brdesk backs up your data every day it is used, before every import, upgrade and "
                "restore, and keeps the recent ones. They are in {backups}."
            ).format(backups=data_dir.backups)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels([tx("Taken"), tx("Why"), tx("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.table.doubleClicked.connect(self.restore_selected)
        layout.addWidget(self.table, 1)
        self.details = QLabel("")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.status = QLabel("")
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        self.backup_button = QPushButton(tx("Back up &now"))
        self.backup_button.clicked.connect(self.backup_now)
        self.archive_button = QPushButton(tx("Save a copy &with photos…"))
        self.archive_button.setToolTip(tx("A .zip with the database and every attachment"))
        self.archive_button.clicked.connect(self.save_archive)
        self.restore_button = QPushButton(tx("&Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button = QPushButton(tx("Restore from a &file…"))
        self.file_button.clicked.connect(self.restore_file)
        close = QPushButton(tx("Close"))
        close.clicked.connect(self.reject)
        self.action_buttons = (self.backup_button, self.archive_button, self.restore_button,
                        self.file_button)  # fmt: skip
        for button in self.action_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        from brdesk.services.backups import list_backups

        self.backups = list_backups(self.data_dir.backups)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            size = backup.path.stat().st_size / 2**20 if backup.path.exists() else 0
            size_text = tx("{size} MB").format(size=number(size))
            cells = (f"{backup.taken_at:%Y-%m-%d %H:%M}", say(backup.reason_label), size_text)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        if self.backups:
            self.table.selectRow(0)
        else:
            self.details.setText(tx("No backups yet: 'Back up now' makes the first."))
        self.restore_button.setEnabled(bool(self.backups))

    def selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()].path if rows else None

    def _show_selected(self) -> None:
        from brdesk.services.backups import summarize

        path = self.selected()
        if path is not None:
            # No full check here (it reads every page): restoring does it.
            self.details.setText(say(summarize(path, full_check=False).describe()))

    # --- actions ------------------------------------------------------------------------

    def backup_now(self) -> None:
        from brdesk.services.backups import take_backup

        self._run(tx("Backing up…"), lambda: take_backup(self.data_dir, "manual"), self._backed_up)

    def _backed_up(self, path: Path) -> None:
        self.refresh()
        self.status.setText(tx("Backup written: {name}").format(name=path.name))

    def save_archive(self) -> None:
        from brdesk.services.backups import write_archive

        suggested = Path.home() / f"brdesk-backup-{datetime.now():%Y-%m-%d}.zip"
        out = prompts.choose_save(
            self, tx("Save a copy with photos"), suggested, "brdesk backup archive (*.zip)"
        )
        if out is None:
            return
        self._run(
            tx("Writing the archive…"),
            lambda: write_archive(self.data_dir, out),
            lambda path: self.status.setText(tx("Archive written: {path}").format(path=path)),
        )

    def restore_selected(self) -> None:
        path = self.selected()
        if path is not None:
            self.chosen = path
            self.accept()

    def restore_file(self) -> None:
        path = prompts.choose_open(
            self,
            tx("Restore from a file"),
            Path.home(),
            "brdesk backups (*.db *.zip);;All files (*)",
        )
        if path is not None:
            self.chosen = path
            self.accept()

    def _run(self, message: str, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.status.setText(message)
        for button in self.action_buttons:
            button.setEnabled(False)
        self.operations.run(
            lambda _job: job(), on_success=done, on_failure=self.status.setText, on_done=self._idle
        )

    def _idle(self) -> None:
        for button in self.action_buttons:
            button.setEnabled(button is not self.restore_button or bool(self.backups))

    def wait(self) -> None:
        self.operations.wait_all()
