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
from brdesk.ui.i18n import current_language, tx


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
        self.setWindowTitle(tx("Make the next step a plan action"))
        self.objectives = objectives
        layout = QVBoxLayout(self)
        intro = QLabel(
            tx(
                "{code} · {title}: the next step becomes an action of your plan, linked to this "
                "answer. You can edit it in the plan afterwards."
            ).format(code=question.code, title=question.title)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.pillar = QComboBox()
        for pillar in reference.pillars(current_language()):
            self.pillar.addItem(f"{pillar.number}. {pillar.name}", pillar.number)
        self.pillar.setCurrentIndex(self.pillar.findData(question.pillar))
        self.pillar.setAccessibleName(tx("Pillar"))
        self.objective = QComboBox()
        self.objective.setAccessibleName(tx("Objective"))
        self.title = QLineEdit((answer.next_step or "").strip().splitlines()[0][:300])
        self.title.setAccessibleName(tx("Action title"))
        self.description = QPlainTextEdit(
            tx(
                "From the management-effectiveness assessment of {assessed_on:%Y-%m-%d}, question "
                "{code} ({title})."
            ).format(assessed_on=assessed_on, code=question.code, title=question.title)
            + (f"\nComment: {answer.comment}" if answer.comment else "")
            + tx("\nNext step: {next_step}").format(next_step=answer.next_step)
        )
        self.description.setAccessibleName(tx("Action description"))
        self.description.setMinimumHeight(90)
        form.addRow(tx("Pillar"), self.pillar)
        form.addRow(tx("Objective"), self.objective)
        form.addRow(tx("Action title*"), self.title)
        form.addRow(tx("Description"), self.description)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #B00020;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tx("Add to the plan"))
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
            self.objective.addItem(
                tx("A new objective: “{FOLLOW_UP_OBJECTIVE}”").format(
                    FOLLOW_UP_OBJECTIVE=FOLLOW_UP_OBJECTIVE
                ),
                None,
            )
        for objective in mine:
            self.objective.addItem(objective.title, objective.id)

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.problem.setText(tx("Action title: is required"))
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
