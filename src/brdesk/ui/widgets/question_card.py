"""One question of a self-assessment: its four levels described, "does not apply" with the
reason, a comment and a next step saved as they are typed, the evidence files, and the
next step made a plan action."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from brdesk.reference import Question
from brdesk.ui import prompts
from brdesk.ui.i18n import say, tx
from brdesk.ui.pages.base import AppContext
from brdesk.ui.undo import EditCommand
from brdesk.ui.widgets.record_form import RecordForm

NOT_APPLICABLE = 4


class _ClickLabel(QLabel):
    """A level's description: clicking it chooses the level, as clicking a radio's text
    would (a radio's own text does not wrap)."""

    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)


class QuestionCard(QFrame):
    #: The user asked to make the next step an action (answer id).
    actionWanted = Signal(int)

    def __init__(self, ctx: AppContext, question: Question, answers: Any) -> None:
        super().__init__()
        self.ctx = ctx
        self.question = question
        self.answers = answers
        self.answer: Any = None
        self.evidence_names: dict[int, str] = {}
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(
            tx("Question {code}: {title}").format(code=question.code, title=question.title)
        )
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{question.code} · {question.title}</b>")
        layout.addWidget(heading)
        text = QLabel(question.text)
        text.setWordWrap(True)
        layout.addWidget(text)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.levels = QButtonGroup(self)
        self.radios: dict[int, QRadioButton] = {}
        choices = [(n, f"{n}", description) for n, description in enumerate(question.levels)]
        choices.append((NOT_APPLICABLE, "n/a", tx("Does not apply here (say why)")))
        for row, (level, short, description) in enumerate(choices):
            radio = QRadioButton(short)
            radio.setAccessibleName(
                tx("{code} level {level}: {description}").format(
                    code=question.code, level=short, description=description
                )
            )
            label = _ClickLabel(description)
            label.setWordWrap(True)
            label.clicked.connect(radio.click)
            self.levels.addButton(radio, level)
            self.radios[level] = radio
            grid.addWidget(radio, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
        layout.addLayout(grid)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #555555;")
        layout.addWidget(self.reason)
        self.levels.idClicked.connect(self._chosen)

        fields = [f for f in answers.fields if f.name in ("comment", "next_step")]
        self.form = RecordForm(fields)
        self.form.setAccessibleName(
            tx("Comment and next step for {code}").format(code=question.code)
        )
        for editor in self.form.editors.values():
            editor.setFixedHeight(58)  # three lines: 35 questions must stay scrollable
        layout.addWidget(self.form)

        row_ = QHBoxLayout()
        self.evidence = QLabel()
        self.evidence.setWordWrap(True)
        self.evidence.setAccessibleName(tx("Evidence for {code}").format(code=question.code))
        self.evidence.linkActivated.connect(self._evidence_link)
        self.attach_button = QPushButton(tx("Attach evidence…"))
        self.attach_button.clicked.connect(self._attach)
        self.action_button = QPushButton(tx("Make it a plan action…"))
        self.action_button.setToolTip(tx("Turn the next step into an action of your plan"))
        self.action_button.clicked.connect(self._want_action)
        self.action_label = QLabel()
        self.action_label.setWordWrap(True)
        row_.addWidget(self.attach_button)
        row_.addWidget(self.evidence, 1)
        row_.addWidget(self.action_label, 1)
        row_.addWidget(self.action_button)
        layout.addLayout(row_)

    # --- showing ------------------------------------------------------------------

    def show_answer(self, answer: Any, evidence: list[tuple[int, str]], action: str | None) -> None:
        self.answer = answer
        if answer.not_applicable:
            self.radios[NOT_APPLICABLE].setChecked(True)
        elif answer.score is not None:
            self.radios[answer.score].setChecked(True)
        else:
            self.levels.setExclusive(False)
            for radio in self.radios.values():
                radio.setChecked(False)
            self.levels.setExclusive(True)
        self.reason.setText(
            tx("Does not apply: {not_applicable_reason}").format(
                not_applicable_reason=answer.not_applicable_reason
            )
            if answer.not_applicable
            else ""
        )
        self.reason.setVisible(bool(answer.not_applicable))
        values = {"comment": answer.comment, "next_step": answer.next_step}
        self.form.bind(self.answers, self.ctx.undo_stack, answer.id, values, self.ctx.notify)
        self.evidence_names = dict(evidence)
        opening, removing = tx("open"), tx("remove")
        self.evidence.setText(
            tx("Evidence: ")
            + "; ".join(
                f"{html.escape(name)} (<a href='open:{i}'>{opening}</a> · "
                f"<a href='remove:{i}'>{removing}</a>)"
                for i, name in evidence
            )
            if evidence
            else ""
        )
        self.action_label.setText(
            tx("In the plan: {action}").format(action=action) if action else ""
        )
        self.action_button.setVisible(action is None)
        self.action_button.setEnabled(bool((answer.next_step or "").strip()))

    def set_read_only(self) -> None:
        for widget in (*self.radios.values(), self.attach_button, self.action_button):
            widget.setEnabled(False)

    # --- changing -----------------------------------------------------------------

    def _chosen(self, level: int) -> None:
        answer = self.answer
        if answer is None or self.ctx.read_only:
            return
        before: dict[str, Any] = {
            "score": answer.score,
            "not_applicable": answer.not_applicable,
            "not_applicable_reason": answer.not_applicable_reason,
        }
        if level == NOT_APPLICABLE:
            reason = prompts.ask_text(
                self,
                tx("Does not apply"),
                tx("Why does “{title}” not apply to your reserve?").format(
                    title=self.question.title
                ),
                answer.not_applicable_reason or "",
            )
            if not (reason or "").strip():
                self.ctx.notify()  # the radio goes back to what is stored
                return
            after: dict[str, Any] = {
                "score": None, "not_applicable": True, "not_applicable_reason": reason,
            }  # fmt: skip
        else:
            after = {"score": level, "not_applicable": False, "not_applicable_reason": None}
        if after == before:
            return
        text = tx("Answer {code}").format(code=self.question.code)
        command = EditCommand(self.answers, answer.id, before, after, text, self.ctx.notify)
        if not self.ctx.run(command):
            self.ctx.notify()

    def _want_action(self) -> None:
        if self.answer is not None:
            self.actionWanted.emit(self.answer.id)

    def _evidence_link(self, link: str) -> None:
        """'open:ID' hands a checked file to the system; 'remove:ID' takes it away."""
        from brdesk.errors import BrdeskError
        from brdesk.services.attachments import AttachmentService

        verb, _, number = link.partition(":")
        attachment_id = int(number)
        name = self.evidence_names.get(attachment_id, "the file")
        service = AttachmentService(self.ctx.store)
        if verb == "open":
            found = [a for a in service.list_for(assessment_answer_id=self.answer.id)
                     if a.id == attachment_id]  # fmt: skip
            refused = (
                service.why_not_open(found[0])
                if found
                else tx("{name} is no longer here").format(name=name)
            )
            if refused is not None:
                prompts.warn(
                    self,
                    tx("Open evidence"),
                    tx("brdesk will not open this file: {refused}.").format(refused=refused),
                )
                return
            prompts.show_in_system(service.path_of(found[0]))
            return
        if self.ctx.read_only or not prompts.confirm(
            self,
            tx("Remove evidence"),
            tx("Remove {name} from this answer?").format(name=name),
            details=tx("The file is deleted from the data folder."),
            yes=tx("Remove"),
            no=tx("Keep it"),
        ):
            return
        try:
            service.remove(attachment_id)
        except BrdeskError as exc:
            self.ctx.failed.emit(say(exc))
            return
        self.ctx.notify()

    def _attach(self) -> None:
        if self.answer is None or self.ctx.read_only:
            return
        chosen = prompts.choose_open(
            self, tx("Attach evidence"), Path.home(), "Documents and pictures (*.*)"
        )
        if chosen is None:
            return
        from brdesk.errors import BrdeskError
        from brdesk.services.attachments import AttachmentService

        try:
            AttachmentService(self.ctx.store).add(chosen, assessment_answer_id=self.answer.id)
        except BrdeskError as exc:
            self.ctx.failed.emit(say(exc))
            return
        self.ctx.notify()


def cards_for(
    ctx: AppContext, questions: tuple[Question, ...], answers: Any, wanted: Callable[[int], None]
) -> list[QuestionCard]:
    cards = []
    for question in questions:
        card = QuestionCard(ctx, question, answers)
        card.actionWanted.connect(wanted)
        cards.append(card)
    return cards


def element_heading(text: str, question: str) -> QWidget:
    label = QLabel(
        tx("<h3 style='margin:0'>{text}</h3><span style='color:#555555'>{question}</span>").format(
            text=text, question=question
        )
    )
    label.setWordWrap(True)
    return label
