"""Effectiveness: the reserve's management-effectiveness self-assessments. The questionnaire
by WCPA element, the results (a radar of the six elements, the weakest questions first),
two assessments compared, and next steps made plan actions."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from brdesk.services.assessments import AnswerService, AssessmentService, edition
from brdesk.ui import prompts
from brdesk.ui.chart_language import spoken
from brdesk.ui.i18n import current_language, marked, tx
from brdesk.ui.operations import Job
from brdesk.ui.pages.base import AppContext, Page
from brdesk.ui.undo import CreateCommand, DeleteCommand, NextStepActionCommand
from brdesk.ui.widgets.assessment_views import RADAR_WIDTH, CompareView, ResultsView
from brdesk.ui.widgets.chart_view import ChartView
from brdesk.ui.widgets.headers import page_heading
from brdesk.ui.widgets.question_card import QuestionCard, cards_for, element_heading
from brdesk.ui.widgets.record_form import RecordForm


class EffectivenessPage(Page):
    key = "effectiveness"
    title = marked("Effectiveness")
    subtitle = marked(
        "How well is the reserve managed? Answer the questions with your team once a year; "
        "compare the years; make the next steps actions of your plan."
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.assessments = AssessmentService(ctx.store)
        self.answers = AnswerService(ctx.store)
        self.current_id: int | None = None
        self.cards: dict[str, QuestionCard] = {}
        self.card_set: str | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.title, self.subtitle))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tx("Assessment")))
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(tx("Assessment shown"))
        self.chooser.setMinimumWidth(220)
        self.chooser.currentIndexChanged.connect(lambda _i: self._chosen())
        self.new_button = QPushButton(tx("New assessment…"))
        self.new_button.setToolTip(tx("Start this year's assessment (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_item)
        self.delete_button = QPushButton(tx("Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        self.export_button = QPushButton(tx("Export…"))
        self.export_button.setToolTip(tx("Every answer of every assessment, as an Excel workbook"))
        self.export_button.clicked.connect(self.export)
        for widget in (self.chooser, self.new_button, self.delete_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)

        self.empty = QLabel(
            tx(
                "No assessment yet. Press “New assessment…” and answer the questions with your "
                "team: each takes a level from 0 to 3, described for you."
            )
        )
        self.empty.setWordWrap(True)
        # Takes the page's height while there is nothing else, its text at the top.
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_questionnaire()
        self.results = ResultsView(self._draw)
        self.tabs.addTab(self.results, tx("Results"))
        self.compare = CompareView(self._draw)
        self.compare.other.currentIndexChanged.connect(lambda _i: self._show_comparison())
        self.tabs.addTab(self.compare, tx("Compare"))
        self.tabs.currentChanged.connect(lambda _i: self._show_tab())

    # --- building -----------------------------------------------------------------

    def _build_questionnaire(self) -> None:
        self.questions_scroll = QScrollArea()
        self.questions_scroll.setWidgetResizable(True)
        body = QWidget()
        self.questions_layout = QVBoxLayout(body)
        fields = [f for f in self.assessments.fields if f.name in ("assessed_on", "participants")]
        self.header_form = RecordForm(fields)
        self.header_form.setAccessibleName(tx("About this assessment"))
        self.questions_layout.addWidget(self.header_form)
        self.questions_scroll.setWidget(body)
        self.tabs.addTab(self.questions_scroll, tx("Questionnaire"))

    # --- showing ------------------------------------------------------------------

    def refresh(self) -> None:
        listed = self.assessments.list()
        keep = self.current_id if any(a.id == self.current_id for a in listed) else None
        if keep is None and listed:
            keep = listed[-1].id
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for assessment in listed:
            self.chooser.addItem(f"{assessment.assessed_on:%Y-%m-%d}", assessment.id)
        if keep is not None:
            self.chooser.setCurrentIndex(self.chooser.findData(keep))
        self.chooser.blockSignals(False)
        self.current_id = keep
        self.empty.setVisible(not listed)
        self.tabs.setVisible(bool(listed))
        self.delete_button.setEnabled(bool(listed))
        self.export_button.setEnabled(bool(listed))
        if keep is not None:
            self._show(keep, [a for a in listed if a.id != keep])

    def _chosen(self) -> None:
        self.current_id = self.chooser.currentData()
        self.refresh()

    def _show(self, assessment_id: int, others: list[Any]) -> None:
        assessment = self.assessments.get(assessment_id)
        self.header_form.bind(
            self.assessments,
            self.ctx.undo_stack,
            assessment_id,
            {"assessed_on": assessment.assessed_on, "participants": assessment.participants},
            self.ctx.notify,
        )
        self._ensure_cards(assessment.question_set)
        stored = self.answers.of(assessment_id)
        evidence, actions = self._evidence_and_actions(
            [a.id for a in stored.values()],
            [a.action_id for a in stored.values() if a.action_id is not None],
        )
        for code, card in self.cards.items():
            answer = stored.get(code)
            if answer is not None:
                linked = actions.get(answer.action_id) if answer.action_id is not None else None
                card.show_answer(answer, evidence.get(answer.id, []), linked)
        self.compare.list_others(others)
        self._show_tab()

    def _show_tab(self) -> None:
        """Score and draw only the tab in view: a comment saved as it is typed would
        otherwise redraw two radars nobody is looking at."""
        if self.tabs.currentWidget() is self.results and self.current_id is not None:
            self._show_results(self.current_id)
        elif self.tabs.currentWidget() is self.compare:
            self._show_comparison()

    def _ensure_cards(self, version: str) -> None:
        """The question cards of the assessment's edition (built again only when another
        edition is shown)."""
        if self.card_set == version:
            return
        for card in self.cards.values():
            card.deleteLater()
        while self.questions_layout.count() > 1:
            item = self.questions_layout.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        questions = edition(version, current_language())
        from brdesk.reference import wcpa_elements

        self.cards = {}
        for element in wcpa_elements(current_language()):
            mine = questions.of_element(element.key)
            if not mine:
                continue
            self.questions_layout.addWidget(element_heading(element.element, element.question))
            for card in cards_for(self.ctx, mine, self.answers, self.make_action):
                self.cards[card.question.code] = card
                self.questions_layout.addWidget(card)
                if self.ctx.read_only:
                    card.set_read_only()
        self.questions_layout.addStretch(1)
        self.card_set = version

    def _evidence_and_actions(
        self, ids: list[int], linked: list[int]
    ) -> tuple[dict[int, list[tuple[int, str]]], dict[int, str]]:
        """Each answer's evidence files, and each linked action's title and status."""
        from sqlalchemy import select

        from brdesk.db import models

        evidence: dict[int, list[tuple[int, str]]] = {}
        actions: dict[int, str] = {}
        with self.ctx.store.reading() as session:
            a = models.Attachment
            for owner, attachment_id, name in session.execute(
                select(a.assessment_answer_id, a.id, a.original_name)
                .where(a.assessment_answer_id.in_(ids))
                .order_by(a.id)
            ):
                evidence.setdefault(owner, []).append((attachment_id, name))
            for action_id, title, status in session.execute(
                select(models.Action.id, models.Action.title, models.Action.status).where(
                    models.Action.id.in_(linked)
                )
            ):
                actions[action_id] = f"{title} ({status.replace('_', ' ')})"
        return evidence, actions

    def _show_results(self, assessment_id: int) -> None:
        from brdesk.services.assessment_scores import result

        found = result(self.ctx.store, assessment_id)
        linked = [a.action_id for a in found.answers if a.action_id is not None]
        self.results.show_result(found, self._evidence_and_actions([], linked)[1])

    def _show_comparison(self) -> None:
        other = self.compare.other.currentData()
        if other is None or self.current_id is None:
            self.compare.show_comparison(None)
            return
        from brdesk.services.assessment_scores import compare

        self.compare.show_comparison(compare(self.ctx.store, self.current_id, other))

    def _draw(self, view: ChartView, title: str, labels: list[str], series: list[Any]) -> None:
        from brdesk.reports.panel import Panel

        panel = spoken(Panel(title, "effectiveness_radar", (labels, series)))
        width = RADAR_WIDTH
        ratio = self.devicePixelRatioF()

        def work(job: Job) -> tuple[bytes, int, int]:
            from brdesk.reports.charts import to_rgba

            return to_rgba(panel.figure(), int(width * ratio), 96 * ratio)

        self.ctx.operations.run(
            work,
            key=f"effectiveness: {title}",
            on_success=lambda drawn: view.set_chart(*drawn, ratio, panel),
        )

    # --- changing -----------------------------------------------------------------

    def new_item(self) -> None:
        if self.ctx.read_only:
            return
        made: list[int] = []
        command = CreateCommand(
            self.assessments,
            {"assessed_on": date.today()},
            tx("New assessment"),
            self.ctx.notify,
            on_created=made.append,
        )
        if self.ctx.run(command) and made:
            self.current_id = made[-1]
            self.refresh()
            self.tabs.setCurrentIndex(0)

    def delete_current(self) -> None:
        if self.ctx.read_only or self.current_id is None:
            return
        if not prompts.confirm(
            self,
            tx("Delete the assessment"),
            tx("Delete the assessment of {v0} with all its answers?").format(
                v0=self.chooser.currentText()
            ),
            details=tx("You can undo this with Ctrl+Z."),
            yes=tx("Delete"),
            no=tx("Keep it"),
        ):
            return
        command = DeleteCommand(
            self.assessments, self.current_id, tx("Delete assessment"), self.ctx.notify
        )
        self.ctx.run(command)

    def make_action(self, answer_id: int) -> None:
        if self.ctx.read_only or self.current_id is None:
            return
        from brdesk.services.assessments import action_from_next_step
        from brdesk.services.plan import ObjectiveService
        from brdesk.ui.dialogs.next_step_dialog import NextStepDialog

        answer = self.answers.get(answer_id)
        assessment = self.assessments.get(answer.assessment_id)
        question = edition(assessment.question_set, current_language()).question(
            answer.question_code
        )
        if question is None:
            return
        dialog = NextStepDialog(
            question, answer, assessment.assessed_on, ObjectiveService(self.ctx.store).list(), self
        )
        if not dialog.exec():
            return
        choice = dialog.choice()
        store = self.ctx.store

        def make() -> dict[str, Any]:
            return action_from_next_step(
                store,
                answer_id,
                choice["pillar_id"],
                title=choice["title"],
                description=choice["description"],
                objective_id=choice["objective_id"],
            )

        self.ctx.run(NextStepActionCommand(self.answers, answer_id, make, self.ctx.notify))

    def export(self) -> None:
        from brdesk.ui.export_actions import export_assessments_interactively

        export_assessments_interactively(self, self.ctx.store)

    def edit_controls(self) -> list[QWidget]:
        return [self.new_button, self.delete_button]

    def set_read_only(self) -> None:
        super().set_read_only()
        for card in self.cards.values():
            card.set_read_only()
