"""Add or edit one observation: checked field by field, saved on OK as one undoable step."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from brdesk.errors import BrdeskError
from brdesk.services.attachments import AttachmentService
from brdesk.services.observations import ObservationService
from brdesk.ui import prompts
from brdesk.ui.i18n import say, tx
from brdesk.ui.pages.base import AppContext
from brdesk.ui.undo import CreateCommand, EditCommand, execute
from brdesk.ui.widgets.record_form import RecordForm

FORM_FIELDS = ("observed_on", "observed_time", "category", "subject", "count", "value", "unit",
               "site", "zone", "latitude", "longitude", "coordinate_uncertainty_m",
               "elevation_m", "method", "observer", "notes", "sensitive")  # fmt: skip
IMAGES = "Photos (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp)"


class ObservationDialog(QDialog):
    def __init__(
        self, ctx: AppContext, record_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id = record_id
        self.service = ObservationService(ctx.store)
        self.attachments = AttachmentService(ctx.store)
        self.pending_photos: list[Path] = []
        self.setWindowTitle(tx("Edit observation") if record_id else tx("Add an observation"))
        self.resize(720, 700)
        layout = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        fields = [self.service.field(name) for name in FORM_FIELDS]
        self.form = RecordForm(fields, autosave=False)
        self.form.setAccessibleName(tx("Observation"))
        body_layout.addWidget(self.form)
        photos = QGroupBox(tx("Photos (copied into your data folder)"))
        photos_layout = QVBoxLayout(photos)
        self.photo_list = QListWidget()
        self.photo_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.photo_list.setIconSize(QSize(96, 96))
        self.photo_list.setFixedHeight(130)
        self.photo_list.setAccessibleName(tx("Photos"))
        photos_layout.addWidget(self.photo_list)
        row = QHBoxLayout()
        self.add_photo_button = QPushButton(tx("Add photo…"))
        self.add_photo_button.clicked.connect(self.choose_photo)
        self.remove_photo_button = QPushButton(tx("Remove photo"))
        self.remove_photo_button.clicked.connect(self.remove_photo)
        row.addWidget(self.add_photo_button)
        row.addWidget(self.remove_photo_button)
        row.addStretch(1)
        photos_layout.addLayout(row)
        body_layout.addWidget(photos)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        values: dict[str, Any] = {"observed_on": date.today(), "category": "species"}
        if record_id is not None:
            record = self.service.get(record_id)
            values = {name: getattr(record, name) for name in FORM_FIELDS}
        self.form.bind(self.service, ctx.undo_stack, record_id, values, ctx.notify)
        self._show_photos()

    def _show_photos(self) -> None:
        self.photo_list.clear()
        if self.record_id is not None:
            for attachment in self.attachments.list_for(observation_id=self.record_id):
                self._add_icon(
                    self.attachments.path_of(attachment), attachment.original_name, attachment.id
                )
        for path in self.pending_photos:
            self._add_icon(path, path.name, None)

    def _add_icon(self, path: Path, name: str, attachment_id: int | None) -> None:
        pixmap = QPixmap(str(path))
        icon = (
            QIcon(pixmap.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio))
            if not pixmap.isNull()
            else QIcon()
        )
        item = QListWidgetItem(icon, name)
        item.setData(
            Qt.ItemDataRole.UserRole, attachment_id if attachment_id is not None else str(path)
        )
        self.photo_list.addItem(item)

    def choose_photo(self) -> None:
        for path in prompts.choose_open_many(self, tx("Add photos"), Path.home(), IMAGES):
            self.add_photo(path)

    def add_photo(self, path: Path) -> None:
        self.pending_photos.append(path)
        self._show_photos()

    def remove_photo(self) -> None:
        item = self.photo_list.currentItem()
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(key, int):
            self.attachments.remove(key)
        else:
            self.pending_photos = [p for p in self.pending_photos if str(p) != key]
        self._show_photos()

    def save(self) -> None:
        values = self.form.collect()
        if values is None:
            return
        if self.service.duplicates_of(values, self.record_id) and not prompts.confirm(
            self,
            tx("Possible duplicate"),
            tx("A record with the same date, place and taxon or subject is already in the log."),
            details=tx("Save this one anyway?"),
            yes=tx("Save anyway"),
            no=tx("Go back"),
        ):
            return
        try:
            if self.record_id is None:
                created: list[int] = []
                command = CreateCommand(
                    self.service, values, tx("Add observation"), self.ctx.notify,
                    on_created=created.append,
                )  # fmt: skip
                execute(self.ctx.undo_stack, command)
                self.record_id = created[0]
            else:
                before = {k: v for k, v in self.form.values.items() if k in values}
                changed = {k: v for k, v in values.items() if before.get(k) != v}
                if changed:
                    edit = EditCommand(
                        self.service, self.record_id, {k: before[k] for k in changed}, changed,
                        tx("Edit observation"), self.ctx.notify,
                    )  # fmt: skip
                    execute(self.ctx.undo_stack, edit)
            for path in self.pending_photos:
                self.attachments.add(path, observation_id=self.record_id)
        except BrdeskError as exc:
            prompts.warn(self, self.windowTitle(), say(exc))
            return
        self.accept()
