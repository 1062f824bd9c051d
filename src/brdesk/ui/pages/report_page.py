"""Report & follow-up: the three parts of the post-training report, its export to Word,
and the documents the programme asks for afterwards."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from brdesk.errors import BrdeskError
from brdesk.reports.report_data import ReportOptions
from brdesk.services.followup import EvaluationService, SummaryService
from brdesk.services.profile import ParticipantService
from brdesk.services.report import completeness, gather, write_report
from brdesk.ui import prompts
from brdesk.ui.i18n import marked, say, tx
from brdesk.ui.operations import Job, Operation, Operations
from brdesk.ui.pages.base import AppContext, Page
from brdesk.ui.widgets.followup_panel import FollowupPanel
from brdesk.ui.widgets.headers import page_heading
from brdesk.ui.widgets.record_form import RecordForm

log = logging.getLogger(__name__)


def preload_report_libraries(operations: Operations) -> None:
    """Import matplotlib and python-docx in the background while the user reads the page,
    so the export does not wait for them (~1 s together on a 2-core laptop)."""

    def load() -> None:
        import docx  # noqa: F401

        from brdesk.reports import charts

        charts.load()

    operations.run(lambda _job: load(), key="report: preload", on_failure=log.warning)


def _without_owner(fields: Any) -> list[Any]:
    return [f for f in fields if f.name != "participant_id"]


class ReportPage(Page):
    key = "report"
    title = marked("Report & follow-up")
    subtitle = marked(
        "The personal report the programme asks for within two months, in Word, and the "
        "documents to send with it."
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.participants = ParticipantService(ctx.store)
        self.summaries = SummaryService(ctx.store)
        self.evaluations = EvaluationService(ctx.store)
        self.export_operation: Operation[Path] | None = None
        self.last_export: Path | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.title, self.subtitle))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_report_tab(), tx("Report"))
        self.followup = FollowupPanel(ctx)
        self.followup.submissionRequested.connect(self.prepare_submission)
        self.tabs.addTab(self.followup, tx("Follow-up"))
        preload_report_libraries(ctx.operations)

    # --- building ---------------------------------------------------------------------

    def _build_report_tab(self) -> QWidget:
        tab = QWidget()
        row = QHBoxLayout(tab)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        parts = QVBoxLayout(body)

        part1 = QGroupBox(tx("1. Basic personal information"))
        part1_layout = QVBoxLayout(part1)
        self.personal = QLabel()
        self.personal.setWordWrap(True)
        self.personal.setTextFormat(Qt.TextFormat.RichText)
        part1_layout.addWidget(self.personal)
        edit_profile = QPushButton(tx("Edit on My reserve"))
        edit_profile.clicked.connect(lambda: self.ctx.navigate.emit("reserve"))
        part1_layout.addWidget(edit_profile, alignment=Qt.AlignmentFlag.AlignLeft)
        parts.addWidget(part1)

        part2 = QGroupBox(tx("2. Summary of participation"))
        part2_layout = QVBoxLayout(part2)
        self.summary_form = RecordForm(_without_owner(self.summaries.fields))
        self.summary_form.setAccessibleName(tx("Summary of participation"))
        part2_layout.addWidget(self.summary_form)
        parts.addWidget(part2)

        part3 = QGroupBox(tx("3. Evaluation of the training programme"))
        part3_layout = QVBoxLayout(part3)
        self.evaluation_form = RecordForm(_without_owner(self.evaluations.fields))
        self.evaluation_form.setAccessibleName(tx("Evaluation of the training programme"))
        part3_layout.addWidget(self.evaluation_form)
        parts.addWidget(part3)
        parts.addStretch(1)
        scroll.setWidget(body)
        row.addWidget(scroll, 3)

        side = QVBoxLayout()
        include = QGroupBox(tx("Also include"))
        include_layout = QVBoxLayout(include)
        self.include_plan = QCheckBox(tx("The action plan (a table per pillar)"))
        self.include_charts = QCheckBox(tx("Charts: plan progress and monitoring"))
        self.include_alignment = QCheckBox(tx("Alignment with the SDGs and GBF targets"))
        self.include_effectiveness = QCheckBox(
            tx("The latest management-effectiveness self-assessment")
        )
        self.include_zones = QCheckBox(tx("The reserve's zones: a map and what each zone holds"))
        self.include_practices = QCheckBox(tx("Good practices, each as a short case study"))
        boxes = (
            self.include_plan, self.include_charts, self.include_alignment, self.include_zones,
        )  # fmt: skip
        for box in boxes:
            box.setChecked(True)
        for box in (*boxes, self.include_effectiveness, self.include_practices):
            box.toggled.connect(self._update_completeness)
            include_layout.addWidget(box)
        side.addWidget(include)
        check = QGroupBox(tx("Still missing"))
        check_layout = QVBoxLayout(check)
        self.missing = QListWidget()
        self.missing.setAccessibleName(tx("What the report still lacks"))
        self.missing.setWordWrap(True)
        check_layout.addWidget(self.missing)
        side.addWidget(check, 1)
        self.export_button = QPushButton(tx("Export report to Word…"))
        self.export_button.setToolTip(tx("Writes a .docx carrying the required acknowledgement"))
        self.export_button.setMinimumHeight(36)
        self.export_button.clicked.connect(self.export)
        side.addWidget(self.export_button)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.hide()
        side.addWidget(self.progress)
        row.addLayout(side, 2)
        return tab

    # --- data -------------------------------------------------------------------------

    def options(self) -> ReportOptions:
        return ReportOptions(
            include_plan=self.include_plan.isChecked(),
            include_charts=self.include_charts.isChecked(),
            include_alignment=self.include_alignment.isChecked(),
            include_effectiveness=self.include_effectiveness.isChecked(),
            include_zones=self.include_zones.isChecked(),
            include_practices=self.include_practices.isChecked(),
        )

    def refresh(self) -> None:
        person = self.participants.current()
        stack, notify = self.ctx.undo_stack, self.ctx.notify
        for form, service in (
            (self.summary_form, self.summaries),
            (self.evaluation_form, self.evaluations),
        ):
            record = None
            if person is not None:
                found = service.list(participant_id=person.id)
                record = found[0] if found else None
            values = {f.name: getattr(record, f.name) for f in form.fields} if record else {}
            form.bind(
                service,
                stack,
                record.id if record else None,
                values,
                notify,
                create_defaults={"participant_id": person.id} if person else {},
            )
            form.setEnabled(person is not None)
        self.followup.refresh()
        self._update_completeness()

    def _update_completeness(self) -> None:
        data = gather(self.ctx.store)
        cell = "<td style='padding-right:12px'>"
        rows = "".join(
            f"<tr>{cell}<b>{tx(label)}</b></td><td>{say(value) if value else '—'}</td></tr>"
            for label, value in data.personal
        )
        self.personal.setText(f"<table>{rows}</table>")
        self.missing.clear()
        gaps = completeness(data, self.options())
        for gap in gaps:
            self.missing.addItem(say(gap))
        if not gaps:
            self.missing.addItem(tx("Nothing: the report is complete."))

    # --- export -----------------------------------------------------------------------

    def export(self) -> None:
        self.commit_pending()
        options = self.options()
        data = gather(self.ctx.store, practices=options.include_practices)
        gaps = completeness(data, options)
        if gaps:
            shown = "\n".join(f"• {say(g)}" for g in gaps[:12])
            more = tx("\n… and {v0} more").format(v0=len(gaps) - 12) if len(gaps) > 12 else ""
            if not prompts.confirm(
                self,
                tx("The report is not complete"),
                tx("The report still lacks:\n\n{shown}{more}").format(shown=shown, more=more),
                details=tx("Export it anyway?"),
                yes=tx("Export anyway"),
                no=tx("Go back"),
            ):
                return
        who = (data.participant_name or "participant").replace(" ", "-")
        suggested = Path.home() / f"post-training-report_{who}_{datetime.now():%Y-%m-%d}.docx"
        path = prompts.choose_save(
            self, tx("Export the report"), suggested, "Word document (*.docx)"
        )
        if path is None:
            return
        self.start_export(data, options, path)

    def start_export(self, data: Any, options: ReportOptions, path: Path) -> Operation[Path]:
        """Write the report on a worker thread; the page stays responsive meanwhile."""
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()

        def work(job: Job) -> Path:
            write_report(data, path, options, job.progress)
            return path

        self.export_operation = self.ctx.operations.run(
            work,
            on_progress=self._progressed,
            on_success=self._exported,
            on_failure=self._export_failed,
        )
        return self.export_operation

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finish_export(self) -> None:
        self.export_button.setEnabled(True)
        self.progress.hide()
        self.export_operation = None

    def _exported(self, path: Path) -> None:
        from brdesk.services.submission import record_report

        self._finish_export()
        self.last_export = path
        try:
            recorded = record_report(self.ctx.store, path)
        except BrdeskError as exc:  # the report is written; only its copy failed
            prompts.warn(
                self,
                tx("Export the report"),
                tx("The report was written to {path}. {exc}").format(path=path, exc=exc),
            )
            return
        if recorded:
            self.ctx.notify()  # the follow-up item is ready to send
        if not self.isVisible():
            return
        prompts.tell_written(
            self,
            tx("Report exported"),
            tx("The report was written to {path}.").format(path=path),
            path,
        )

    def _export_failed(self, message: str) -> None:
        self._finish_export()
        prompts.warn(self, tx("Export the report"), message)

    # --- submission -------------------------------------------------------------------

    def prepare_submission(self) -> Any:
        from brdesk.services.submission import prepare_submission

        self.commit_pending()
        parent = prompts.choose_folder(
            self, tx("Where should the submission folder go? (a USB stick, say)"), Path.home()
        )
        if parent is None:
            return None
        try:
            result = prepare_submission(self.ctx.store, parent, self.options())
        except BrdeskError as exc:
            prompts.warn(self, tx("Prepare submission folder"), say(exc))
            return None
        self.ctx.notify()
        lines = "\n".join(f"• {p.name}" for p in result.files)
        missing = (
            tx("\n\nStill missing (attach them, then prepare the folder again):\n")
            + "\n".join(f"• {m}" for m in result.missing)
            if result.missing
            else ""
        )
        if self.isVisible():
            prompts.inform(
                self,
                tx("Submission folder ready"),
                tx(
                    "Written to {folder}:\n\n{lines}{missing}\n\nSend the files by e-mail as the "
                    "README in the folder explains."
                ).format(folder=result.folder, lines=lines, missing=missing),
            )
        return result

    def new_item(self) -> None:
        self.tabs.setCurrentWidget(self.followup)
        self.followup.attach()

    def edit_controls(self) -> list[QWidget]:
        # Opening a file and preparing the submission folder write elsewhere, and stay.
        return [self.followup.attach_button]

    def commit_pending(self) -> None:
        self.summary_form.commit_all()
        self.evaluation_form.commit_all()
