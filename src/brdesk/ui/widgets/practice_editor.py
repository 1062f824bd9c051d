"""One good practice in tabs: the form's parts (saved as typed), the plan actions and goals
it is linked to, the observations that are its evidence, and its photos."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from brdesk import reference
from brdesk.errors import BrdeskError
from brdesk.services.attachments import AttachmentService
from brdesk.services.practices import GoodPracticeService
from brdesk.ui import prompts
from brdesk.ui.i18n import current_language, marked, number, say, tx
from brdesk.ui.pages.base import AppContext
from brdesk.ui.undo import EditCommand
from brdesk.ui.widgets.plan_editor import scrolled
from brdesk.ui.widgets.record_form import RecordForm
from brdesk.ui.widgets.tag_picker import TagPicker

#: The editor's tabs of fields, in the form's order.
TABS = (
    (marked("The practice"), ("title", "theme", "challenge", "what_was_done", "done_by",
                      "started_on", "ended_on")),
    (marked("Results and evidence"), ("results", "indicators", "costs")),
    (marked("Lessons and scaling"), ("lessons", "replication", "contacts")),
)  # fmt: skip
PHOTO_FILTER = "Photos (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff);;All files (*)"
LABELS = {"sdgs": marked("SDG tags"), "gbf_targets": marked("GBF tags"),
          "actions": marked("plan actions"), "observations": marked("evidence")}  # fmt: skip


class PracticeEditor(QTabWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = GoodPracticeService(ctx.store)
        self.practice_id: int | None = None
        self.links: dict[str, list[int]] = {}
        self.setDocumentMode(True)
        fields = {f.name: f for f in self.service.fields}
        self.forms: list[RecordForm] = []
        for title, names in TABS:
            form = RecordForm([fields[n] for n in names])
            form.setAccessibleName(tx("Good practice: {title}").format(title=tx(title)))
            self.forms.append(form)
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(scrolled(form), 1)
            if title == "Results and evidence":
                layout.addWidget(self._evidence_box())
            self.addTab(page, tx(title))
        self.addTab(self._links_tab(), tx("Plan and goals"))
        self.addTab(self._photos_tab(), tx("Photos"))

    # --- building -----------------------------------------------------------------

    def _evidence_box(self) -> QGroupBox:
        box = QGroupBox(tx("Observations that show it worked"))
        layout = QVBoxLayout(box)
        self.evidence = QLabel()
        self.evidence.setWordWrap(True)
        self.evidence.setTextFormat(Qt.TextFormat.RichText)
        self.evidence.setAccessibleName(tx("Observations linked as evidence"))
        self.evidence.linkActivated.connect(self._unlink_observation)
        layout.addWidget(self.evidence)
        return box

    def _links_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.goal_search = QLineEdit()
        self.goal_search.setPlaceholderText(tx("Find a goal by number or words (e.g. 15, water)"))
        self.goal_search.setClearButtonEnabled(True)
        self.goal_search.setAccessibleName(tx("Find a goal"))
        layout.addWidget(self.goal_search)
        row = QHBoxLayout()
        self.action_picker = TagPicker([], "")
        self.sdg_picker = TagPicker(reference.sdgs(current_language()), tx("SDG"))
        self.gbf_picker = TagPicker(reference.gbf_targets(current_language()), tx("Target"))
        self.actions_box = QGroupBox(tx("Plan actions it grew from or carries out"))
        self.actions_layout = QVBoxLayout(self.actions_box)
        self.actions_layout.addWidget(self.action_picker)
        row.addWidget(self.actions_box, 1)
        for title, picker, name in (
            (tx("SDGs it serves"), self.sdg_picker, "sdgs"),
            (tx("GBF targets it serves"), self.gbf_picker, "gbf_targets"),
        ):
            picker.setAccessibleName(title)
            picker.changed.connect(lambda numbers, n=name: self._relink(n, numbers))
            self.goal_search.textChanged.connect(picker.show_matching)
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(picker)
            row.addWidget(box, 1)
        layout.addLayout(row, 1)
        self._action_ids: list[tuple[int, str]] | None = None
        return page

    def _photos_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.photos = QLabel()
        self.photos.setWordWrap(True)
        self.photos.setTextFormat(Qt.TextFormat.RichText)
        self.photos.setAccessibleName(tx("Photos of the practice"))
        self.photos.linkActivated.connect(self._photo_link)
        self.add_photos_button = QPushButton(tx("Add photos…"))
        self.add_photos_button.setToolTip(
            tx("Copied into the data folder; the case study shows three")
        )
        self.add_photos_button.clicked.connect(self.add_photos)
        bar = QHBoxLayout()
        bar.addWidget(self.add_photos_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(self.photos)
        layout.addStretch(1)
        return page

    # --- showing ------------------------------------------------------------------

    def show_practice(self, practice_id: int) -> None:
        if practice_id != self.practice_id:
            self.setCurrentIndex(0)
            self.goal_search.clear()
        self.practice_id = practice_id
        practice = self.service.get(practice_id)
        values = {f.name: getattr(practice, f.name) for f in self.service.fields}
        for form in self.forms:
            form.bind(self.service, self.ctx.undo_stack, practice_id, values, self.ctx.notify)
        self.links = self.service.links(practice_id)
        self._show_actions()
        self.sdg_picker.set_selected(self.links["sdgs"])
        self.gbf_picker.set_selected(self.links["gbf_targets"])
        self._show_evidence()
        self._show_photos()

    def _show_actions(self) -> None:
        from brdesk.services.plan import ActionService

        actions = [(a.id, a.title) for a in ActionService(self.ctx.store).list()]
        if actions != self._action_ids:
            self._action_ids = actions
            old = self.action_picker
            self.action_picker = TagPicker([reference.Goal(i, t) for i, t in actions], "")
            self.action_picker.setAccessibleName(tx("Plan actions linked"))
            self.action_picker.setEnabled(not self.ctx.read_only)
            self.action_picker.changed.connect(lambda ids: self._relink("actions", ids))
            self.actions_layout.replaceWidget(old, self.action_picker)
            old.deleteLater()
        self.action_picker.set_selected(self.links["actions"])
        self.actions_box.setTitle(
            tx("Plan actions it grew from or carries out")
            if actions
            else tx("Plan actions (none in the plan yet)")
        )

    def _show_evidence(self) -> None:
        from sqlalchemy import select

        from brdesk.db import models

        ids = self.links["observations"]
        o = models.Observation
        with self.ctx.store.reading() as session:
            rows = session.execute(
                select(o.id, o.observed_on, o.subject)
                .where(o.id.in_(ids))
                .order_by(o.observed_on.desc())
                .limit(50)
            ).all()
        hint = tx(
            "To add some: on the Observations page, select the records and press "
            "<i>Link to a good practice…</i>"
        )
        if not rows:
            self.evidence.setText(tx("None linked yet. {hint}").format(hint=hint))
            return
        remove = "" if self.ctx.read_only else " <a href='{0}'>unlink</a>"
        lines = [
            f"{on:%Y-%m-%d} · {escape(subject)}" + remove.format(oid) for oid, on, subject in rows
        ]
        more = (
            tx("<br>… and {v0} more").format(v0=number(len(ids) - len(rows)))
            if len(ids) > len(rows)
            else ""
        )
        self.evidence.setText("<br>".join(lines) + more + tx("<br><br>{hint}").format(hint=hint))

    def _show_photos(self) -> None:
        assert self.practice_id is not None
        files = AttachmentService(self.ctx.store).list_for(good_practice_id=self.practice_id)
        if not files:
            self.photos.setText(tx("No photos yet."))
            return
        remove = "" if self.ctx.read_only else tx(" · <a href='remove:{0}'>remove</a>")
        self.photos.setText(
            "<br>".join(
                f"<a href='open:{a.id}'>{escape(a.original_name)}</a>" + remove.format(a.id)
                for a in files
            )
        )

    # --- changing -----------------------------------------------------------------

    def _relink(self, name: str, ids: list[int]) -> None:
        if self.practice_id is None or ids == self.links.get(name):
            return
        command = EditCommand(
            self.service, self.practice_id, {name: self.links[name]}, {name: ids},
            tx("Change the practice's {v0}").format(v0=tx(LABELS[name])), self.ctx.notify,
        )  # fmt: skip
        self.ctx.run(command)

    def _unlink_observation(self, link: str) -> None:
        kept = [i for i in self.links["observations"] if str(i) != link]
        self._relink("observations", kept)

    def add_photos(self) -> None:
        if self.practice_id is None or self.ctx.read_only:
            return
        chosen = prompts.choose_open_many(self, tx("Add photos"), Path.home(), PHOTO_FILTER)
        files = AttachmentService(self.ctx.store)
        for path in chosen:
            try:
                files.add(path, good_practice_id=self.practice_id)
            except BrdeskError as exc:
                self.ctx.failed.emit(say(exc))
                break
        if chosen:
            self.ctx.notify()

    def _photo_link(self, link: str) -> None:
        verb, _, number = link.partition(":")
        files = AttachmentService(self.ctx.store)
        found = [a for a in files.list_for(good_practice_id=self.practice_id)
                 if a.id == int(number)]  # fmt: skip
        if not found:
            return
        photo: Any = found[0]
        if verb == "open":
            refused = files.why_not_open(photo)
            if refused is not None:
                prompts.warn(
                    self,
                    tx("Open photo"),
                    tx("brdesk will not open this file: {refused}.").format(refused=refused),
                )
                return
            prompts.show_in_system(files.path_of(photo))
            return
        if self.ctx.read_only or not prompts.confirm(
            self,
            tx("Remove photo"),
            tx("Remove {original_name} from this practice?").format(
                original_name=photo.original_name
            ),
            details=tx("The file is deleted from the data folder."),
            yes=tx("Remove"),
            no=tx("Keep it"),
        ):
            return
        files.remove(photo.id)
        self.ctx.notify()

    def set_read_only(self) -> None:
        for form in self.forms:
            form.set_read_only()
        for widget in (self.action_picker, self.sdg_picker, self.gbf_picker,
                       self.add_photos_button):  # fmt: skip
            widget.setEnabled(False)

    def commit_pending(self) -> None:
        for form in self.forms:
            form.commit_all()
