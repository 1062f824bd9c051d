"""Cohort: a trainer's or a secretariat's view of the participants' packages, each kept
apart and read-only. Packages are added here (a newer one from the same participant
replaces the older, and what changed is said); the tabs show the cohort; the exports
hand it on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from brdesk.errors import BrdeskError
from brdesk.reports.cohort_data import MemberSummary
from brdesk.services.cohort import AddOutcome, add_packages, members
from brdesk.ui import prompts
from brdesk.ui.i18n import marked, say, tr_n, tx
from brdesk.ui.operations import Job
from brdesk.ui.pages.base import AppContext, Page
from brdesk.ui.widgets.cohort_views import (
    AlignmentTab,
    FollowupTab,
    MapTab,
    OverviewTab,
    PlansTab,
    PracticesTab,
)
from brdesk.ui.widgets.headers import page_heading

PACKAGES = "brdesk packages (*.brdesk)"


class CohortPage(Page):
    key = "cohort"
    title = marked("Cohort")
    subtitle = marked(
        "Your participants' packages, each kept apart and read-only. Add the packages they "
        "hand in (a newer one replaces the older); compare their plans; export the cohort."
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.members: list[MemberSummary] = []
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.title, self.subtitle))
        bar = QHBoxLayout()
        self.add_button = QPushButton(tx("Add packages…"))
        self.add_button.setToolTip(tx("Participants' packages (.brdesk), several at once (Ctrl+N)"))
        self.add_button.clicked.connect(self.new_item)
        self.add_folder_button = QPushButton(tx("Add a folder of packages…"))
        self.add_folder_button.clicked.connect(self.add_folder)
        self.export_button = QToolButton()
        self.export_button.setText(tx("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_actions = {
            name: menu.addAction(text)
            for name, text in (("report", tx("Cohort report (Word)…")),
                               ("workbook", tx("Cohort workbook (Excel)…")),
                               ("followup", tx("Follow-up list (Word or Excel)…")),
                               ("package", tx("Cohort package (.brdesk)…")))
        }  # fmt: skip
        for name, action in self.export_actions.items():
            action.triggered.connect(lambda _c=False, n=name: self.export(n))
        self.export_button.setMenu(menu)
        for widget in (self.add_button, self.add_folder_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tx("The cohort"))
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.tabs = QTabWidget()
        self.overview = OverviewTab()
        self.alignment = AlignmentTab()
        self.map = MapTab()
        self.plans = PlansTab()
        self.practices = PracticesTab()
        self.practices.export_button.clicked.connect(self.export_practice)
        self.followup = FollowupTab()
        for view, title in ((self.overview, tx("Overview")), (self.alignment, tx("SDGs and GBF")),
                            (self.map, tx("Map")), (self.plans, tx("Plans by pillar")),
                            (self.practices, tx("Good practices")),
                            (self.followup, tx("Follow-up"))):  # fmt: skip
            self.tabs.addTab(view, title)
        layout.addWidget(self.tabs, 1)
        self.operation: Any = None

    # --- showing ------------------------------------------------------------------

    def refresh(self) -> None:
        self.members = members(self.ctx.data_dir)
        countries = {m.reserve_country or m.country for m in self.members} - {None}
        latest = max((m.written_at for m in self.members), default="")
        self.status.setText(
            tr_n("%Ln participant(s)", "", len(self.members)) + " · "
            + tr_n("%Ln country(ies)", "", len(countries)) + " · "
            + tx("the latest package written {date}.").format(date=latest[:10]) if self.members
            else tx("No participant yet: press “Add packages…” and choose the packages your "
            "participants handed in (File › Export › Package… in their brdesk).")
        )  # fmt: skip
        for view in (self.overview, self.alignment, self.map, self.plans, self.practices,
                     self.followup):  # fmt: skip
            view.show_members(self.members)
        self.export_button.setEnabled(bool(self.members))

    # --- adding -------------------------------------------------------------------

    def new_item(self) -> None:
        chosen = prompts.choose_open_many(self, tx("Add participants' packages"), Path.home(),
                                          PACKAGES)  # fmt: skip
        if chosen:
            self.add(chosen)

    def add_folder(self) -> None:
        folder = prompts.choose_folder(self, tx("Add a folder of packages"), Path.home())
        if folder is not None:
            self.add([folder])

    def add(self, paths: list[Path]) -> None:
        """Add the packages on a worker thread, the progress shown; then say what each did."""
        if self.ctx.read_only or (self.operation is not None and self.operation.running):
            return
        store = self.ctx.store

        def work(job: Job) -> AddOutcome:
            return add_packages(store, paths, progress=job.progress,
                                cancelled=lambda: job.token.cancelled)  # fmt: skip

        def progress(done: int, of: int) -> None:
            self.progress.setRange(0, max(of, 1))
            self.progress.setValue(done)

        def finished(outcome: AddOutcome) -> None:
            # The cohort as it is now behind the message, not as it was.
            self.progress.hide()
            self.refresh()
            details = "\n".join(map(say, outcome.lines()))
            if outcome.refused:
                prompts.warn(self, tx("Add packages"), f"{say(outcome.describe())}\n\n{details}")
            else:
                prompts.inform(self, tx("Add packages"), f"{say(outcome.describe())}\n\n{details}")

        def done() -> None:
            self.progress.hide()
            self.add_button.setEnabled(True)
            self.add_folder_button.setEnabled(True)
            self.refresh()

        self.progress.setRange(0, 0)
        self.progress.show()
        self.add_button.setEnabled(False)
        self.add_folder_button.setEnabled(False)
        self.operation = self.ctx.operations.run(
            work, title=tx("Add packages"), key="cohort-add", writes=True, on_success=finished,
            on_progress=progress, on_done=done,
        )  # fmt: skip

    # --- exporting ----------------------------------------------------------------

    def export(self, what: str) -> None:
        from brdesk.services.cohort_export import export_cohort, export_cohort_package
        from brdesk.services.cohort_folder import cohort_name

        name = cohort_name(self.ctx.data_dir)
        kinds = {
            "report": (f"Cohort report - {name}.docx", "Word (*.docx)"),
            "workbook": (f"Cohort - {name}.xlsx", "Excel (*.xlsx)"),
            "followup": (
                f"Follow-up - {name}.xlsx",
                "Excel (*.xlsx);;Word (*.docx)",
            ),
            "package": (f"Cohort - {name}.brdesk", PACKAGES),
        }
        suggested, filters = kinds[what]
        path = prompts.choose_save(self, tx("Export the cohort"), Path.home() / suggested, filters)
        if path is None:
            return
        try:
            if what == "package":
                export_cohort_package(self.ctx.data_dir, path)
            else:
                export_cohort(self.ctx.data_dir, path, followup=what == "followup")
        except (BrdeskError, OSError) as exc:
            prompts.fail(
                self, tx("Export the cohort"), tx("Nothing was written: {exc}").format(exc=exc)
            )
            return
        prompts.tell_written(self, tx("Export the cohort"), tx("The cohort is exported."), path)

    def export_practice(self) -> None:
        entry = self.practices.selected()
        if entry is None:
            return
        from brdesk.paths import file_stem
        from brdesk.services.cohort_export import export_member_case_study

        suggested = Path.home() / f"Good practice - {file_stem(entry.title) or 'case study'}.docx"
        path = prompts.choose_save(self, tx("Export case study"), suggested, "Word (*.docx)")
        if path is None:
            return
        try:
            export_member_case_study(self.ctx.data_dir, entry.participant_uuid,
                                     entry.practice_uuid, path)  # fmt: skip
        except (BrdeskError, OSError) as exc:
            prompts.fail(
                self, tx("Export case study"), tx("Nothing was written: {exc}").format(exc=exc)
            )
            return
        prompts.tell_written(self, tx("Export case study"), tx("The case study is written."), path)

    def edit_controls(self) -> list[QWidget]:
        return [self.add_button, self.add_folder_button]
