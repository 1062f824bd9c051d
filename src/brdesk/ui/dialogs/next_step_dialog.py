"""A next step of a self-assessment made an action of the plan: the pillar (the question's
own suggested), the objective (one of the pillar's, or a follow-up objective made for it),
and the action's title and description, filled in from the answer."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from brdesk import reference
from brdesk.services.assessments import FOLLOW_UP_OBJECTIVE
from brdesk.ui.i18n import current_language


class NextStepDialog(QDialog):
    def __init__(
        self,
        question: reference.Question,
        answer: Any,
        assessed_on: Any,
        objectives: list[Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Make the next step a plan action")
        self.objectives = objectives
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"{question.code} · {question.title}: the next step becomes an action of your "
            "plan, linked to this answer. You can edit it in the plan afterwards."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.pillar = QComboBox()
        for pillar in reference.pillars(current_language()):
            self.pillar.addItem(f"{pillar.number}. {pillar.name}", pillar.number)
        self.pillar.setCurrentIndex(self.pillar.findData(question.pillar))
        self.pillar.setAccessibleName("Pillar")
        self.objective = QComboBox()
        self.objective.setAccessibleName("Objective")
        self.title = QLineEdit((answer.next_step or "").strip().splitlines()[0][:300])
        self.title.setAccessibleName("Action title")
        self.description = QPlainTextEdit(
            f"From the management-effectiveness assessment of {assessed_on:%Y-%m-%d}, "
            f"question {question.code} ({question.title})."
            + (f"\nComment: {answer.comment}" if answer.comment else "")
            + f"\nNext step: {answer.next_step}"
        )
        self.description.setAccessibleName("Action description")
        self.description.setMinimumHeight(90)
        form.addRow("Pillar", self.pillar)
        form.addRow("Objective", self.objective)
        form.addRow("Action title*", self.title)
        form.addRow("Description", self.description)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #B00020;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Add to the plan")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.pillar.currentIndexChanged.connect(lambda _i: self._fill_objectives())
        self._fill_objectives()
        self.resize(620, 380)

    def _fill_objectives(self) -> None:
        pillar = self.pillar.currentData()
        self.objective.clear()
        mine = [o for o in self.objectives if o.pillar_id == pillar]
        follow_up = next((o for o in mine if o.title == FOLLOW_UP_OBJECTIVE), None)
        if follow_up is None:
            self.objective.addItem(f"A new objective: “{FOLLOW_UP_OBJECTIVE}”", None)
        for objective in mine:
            self.objective.addItem(objective.title, objective.id)

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.problem.setText("Action title: is required")
            self.title.setFocus()
            return
        self.accept()

    def choice(self) -> dict[str, Any]:
        return {
            "pillar_id": self.pillar.currentData(),
            "objective_id": self.objective.currentData(),
            "title": self.title.text().strip(),
            "description": self.description.toPlainText().strip() or None,
        }
