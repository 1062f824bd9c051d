"""Good practices: what the reserve would share with the network, each in the WNMBR's
structured form, linked to the plan and the monitoring, exported as a Word case study."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from brdesk.db.vocab import PRACTICE_THEMES
from brdesk.errors import BrdeskError
from brdesk.services.practices import GoodPracticeService, catalogue
from brdesk.ui import prompts
from brdesk.ui.i18n import marked, tr_n, tx
from brdesk.ui.pages.base import AppContext, Page
from brdesk.ui.undo import CreateCommand, DeleteCommand
from brdesk.ui.widgets.headers import page_heading
from brdesk.ui.widgets.practice_editor import PracticeEditor


class PracticesPage(Page):
    key = "practices"
    title = marked("Good practices")
    subtitle = marked(
        "What your reserve did that others could learn from: the challenge, what was done, "
        "the results and their evidence, and what another reserve would need to do it too."
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = GoodPracticeService(ctx.store)
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.title, self.subtitle))
        bar = QHBoxLayout()
        self.theme = QComboBox()
        self.theme.setAccessibleName(tx("Show the practices of a theme"))
        self.theme.addItem(tx("All themes"), None)
        for code, label in PRACTICE_THEMES.items():
            self.theme.addItem(tx(label), code)
        self.theme.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button = QPushButton(tx("New practice…"))
        self.new_button.setToolTip(tx("Document a good practice (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_item)
        self.delete_button = QPushButton(tx("Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        self.export_button = QPushButton(tx("Export case study…"))
        self.export_button.setToolTip(tx("The practice as a one- or two-page Word document"))
        self.export_button.clicked.connect(self.export_current)
        for widget in (QLabel(tx("Theme")), self.theme, self.new_button, self.delete_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)

        self.empty = QLabel(
            tx(
                "No good practice yet. Press “New practice…” and describe one your reserve is "
                "proud of: the network collects them, and trainers gather them into a catalogue."
            )
        )
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty, 0, Qt.AlignmentFlag.AlignTop)
        self.split = QSplitter()
        self.list = QListWidget()
        self.list.setAccessibleName(tx("Good practices"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(lambda _n, _o: self._chosen())
        self.editor = PracticeEditor(ctx)
        self.split.addWidget(self.list)
        self.split.addWidget(self.editor)
        self.split.setStretchFactor(1, 3)
        self.split.setSizes([300, 900])
        layout.addWidget(self.split, 1)
        self.current_id: int | None = None

    # --- showing ------------------------------------------------------------------

    def refresh(self) -> None:
        with self.ctx.store.reading() as session:
            everything = catalogue(session)
        theme = self.theme.currentData()
        shown = [row for row in everything if theme is None or row.theme == theme]
        keep = self.current_id if any(r.id == self.current_id for r in shown) else None
        if keep is None and shown:
            keep = shown[0].id
        self.list.blockSignals(True)
        self.list.clear()
        for row in shown:
            extra = [tr_n("%Ln photo(s)", "", row.photos)] if row.photos else []
            item = QListWidgetItem(f"{row.title}\n{tx(row.theme_label)}" + "".join(
                f" · {x}" for x in extra))  # fmt: skip
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(row.title)
            self.list.addItem(item)
            if row.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.current_id = keep
        self.empty.setVisible(not everything)
        self.split.setVisible(bool(everything))
        for button in (self.delete_button, self.export_button):
            button.setEnabled(keep is not None)
        self.editor.setEnabled(keep is not None)
        if keep is not None:
            self.editor.show_practice(keep)

    def _chosen(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.editor.commit_pending()
            self.current_id = item.data(Qt.ItemDataRole.UserRole)
            self.editor.show_practice(self.current_id)
            self.delete_button.setEnabled(True)
            self.export_button.setEnabled(True)

    # --- commands -----------------------------------------------------------------

    def new_item(self) -> None:
        if self.ctx.read_only:
            return
        title = prompts.ask_text(self, tx("New good practice"), tx("Its title:"))
        if title is None or not title.strip():
            return
        from brdesk.services.profile import ReserveService

        reserve = ReserveService(self.ctx.store).current()
        theme = self.theme.currentData() or "biodiversity"
        values = {"title": title, "theme": theme, "reserve_id": reserve.id if reserve else None}

        def created(practice_id: int) -> None:
            # The new practice shown, at its first field, ready to be described.
            self.current_id = practice_id
            self.refresh()
            self.editor.forms[0].editors["challenge"].setFocus()

        self.ctx.run(CreateCommand(self.service, values, tx("New good practice"), self.ctx.notify,
                                   on_created=created))  # fmt: skip

    def delete_current(self) -> None:
        if self.ctx.read_only or self.current_id is None:
            return
        practice = self.service.get(self.current_id)
        if not prompts.confirm(
            self, tx("Delete good practice"), tx("Delete “{title}”?").format(title=practice.title),
            details=tx("Its photos stay in the data folder until then. You can undo this with "
            "Ctrl+Z."), yes=tx("Delete"), no=tx("Keep it"),
        ):  # fmt: skip
            return
        self.ctx.run(DeleteCommand(self.service, self.current_id, tx("Delete good practice"),
                                   self.ctx.notify))  # fmt: skip

    def export_current(self) -> None:
        if self.current_id is None:
            return
        self.editor.commit_pending()
        practice = self.service.get(self.current_id)
        from brdesk.paths import file_stem

        suggested = (
            Path.home() / f"Good practice - {file_stem(practice.title) or 'case study'}.docx"
        )
        path = prompts.choose_save(self, tx("Export case study"), suggested, "Word (*.docx)")
        if path is None:
            return
        from brdesk.services.practice_export import export_case_study

        try:
            export_case_study(self.ctx.store, self.current_id, path)
        except (BrdeskError, OSError) as exc:
            prompts.fail(
                self,
                tx("Export case study"),
                tx("The case study was not written: {exc}").format(exc=exc),
            )
            return
        prompts.tell_written(self, tx("Export case study"), tx("The case study is written."), path)

    def commit_pending(self) -> None:
        self.editor.commit_pending()

    def edit_controls(self) -> list[QWidget]:
        return [self.new_button, self.delete_button]

    def set_read_only(self) -> None:
        super().set_read_only()
        self.editor.set_read_only()
