"""Undo commands. Each wraps service calls, never widget states: undoing an edit writes the
old value back to the database, so undo and redo are saved at once like every other edit."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication

from brdesk.errors import ChangedElsewhere
from brdesk.ui import prompts
from brdesk.ui.i18n import say, tx

Refresh = Callable[[], None]


class ServiceCommand(QUndoCommand):
    """Runs its change once before it is pushed (see execute), so a change the services
    refuse never reaches the undo stack."""

    _skip_next_redo = False

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self.apply()

    def apply(self) -> None:
        raise NotImplementedError


def execute(stack: QUndoStack, command: ServiceCommand) -> None:
    """Apply the command now; only if that succeeds does it go on the stack.

    An edit refused because someone else changed the field since it was shown (an office
    database) asks the user: keep mine saves over theirs, show theirs reloads the page and
    raises the refusal again in a few words, marked answered (the caller need not ask or
    say it at length again)."""
    try:
        command.apply()
    except ChangedElsewhere as exc:
        if not isinstance(command, EditCommand) or exc.field is None:
            raise
        choice = prompts.ask_choice(
            QApplication.activeWindow(),
            tx("Changed by someone else"),
            say(exc),
            [tx("Keep mine"), tx("Show theirs")],
            details=tx(
                "Keep mine saves your change over theirs. Show theirs puts their version "
                "on screen; your change is not saved."
            ),
            default=1,
        )
        if choice != 0:
            command.refresh()
            # Said again in a few words, for the line under the field that was refused.
            shorter = ChangedElsewhere(
                exc.short, field=exc.field, who=exc.who, when=exc.when, theirs=exc.theirs
            )
            shorter.answered = True
            raise shorter from exc
        command.overrule = True
        command.apply()
    command._skip_next_redo = True
    stack.push(command)


class EditCommand(ServiceCommand):
    """Change some fields of one record; consecutive edits of the same field merge."""

    MERGE_ID = 1001

    def __init__(
        self,
        service: Any,
        record_id: int,
        before: Mapping[str, Any],
        after: Mapping[str, Any],
        text: str,
        refresh: Refresh,
    ) -> None:
        super().__init__(text)
        self.service = service
        self.record_id = record_id
        self.before = dict(before)
        self.after = dict(after)
        self.refresh = refresh
        #: The user chose to save over someone else's change (see execute).
        self.overrule = False

    def apply(self) -> None:
        # What the editor showed goes with the change, so a field someone else changed
        # since is not overwritten unseen (crud.update).
        seen = None if self.overrule else self.before
        self.service.update(self.record_id, seen=seen, **self.after)
        self.refresh()

    def undo(self) -> None:
        self.service.update(self.record_id, seen=self.after, **self.before)
        self.refresh()

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand):
            return False
        same_target = (
            other.service is self.service
            and other.record_id == self.record_id
            and set(other.after) == set(self.after)
        )
        if not same_target:
            return False
        self.after = other.after
        return True


class CreateCommand(ServiceCommand):
    """Create a record; undo deletes it, redo puts the very same record back."""

    def __init__(
        self,
        service: Any,
        values: Mapping[str, Any],
        text: str,
        refresh: Refresh,
        on_created: Callable[[int], None] | None = None,
        create: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(text)
        self.service = service
        self.values = dict(values)
        self.refresh = refresh
        self.on_created = on_created
        self._create = create
        self.record_id: int | None = None
        self.snapshot: dict[str, Any] | None = None

    def apply(self) -> None:
        if self.snapshot is None:
            if self._create is not None:
                self.record_id = self._create()
            else:
                self.record_id = int(self.service.create(**self.values).id)
        else:
            self.service.restore(self.snapshot)
        self.refresh()
        if self.on_created is not None and self.record_id is not None:
            self.on_created(self.record_id)

    def undo(self) -> None:
        assert self.record_id is not None
        self.snapshot = self.service.snapshot(self.record_id)
        self.service.delete(self.record_id)
        self.refresh()


class DeleteCommand(ServiceCommand):
    """Delete a record and what hangs on it; undo restores all of it under the same ids."""

    def __init__(self, service: Any, record_id: int, text: str, refresh: Refresh) -> None:
        super().__init__(text)
        self.service = service
        self.record_id = record_id
        self.refresh = refresh
        self.snapshot: dict[str, Any] | None = None

    def apply(self) -> None:
        self.snapshot = self.service.snapshot(self.record_id)
        self.service.delete(self.record_id)
        self.refresh()

    def undo(self) -> None:
        assert self.snapshot is not None
        self.service.restore(self.snapshot)
        self.refresh()


class MoveCommand(ServiceCommand):
    def __init__(
        self, service: Any, record_id: int, delta: int, text: str, refresh: Refresh
    ) -> None:
        super().__init__(text)
        self.service = service
        self.record_id = record_id
        self.delta = delta
        self.refresh = refresh
        self.moved = False

    def apply(self) -> None:
        self.moved = bool(self.service.move(self.record_id, self.delta))
        self.refresh()

    def undo(self) -> None:
        if self.moved:
            self.service.move(self.record_id, -self.delta)
        self.refresh()


class NextStepActionCommand(ServiceCommand):
    """Make an assessment answer's next step an action in the plan; undo takes the action
    (and the follow-up objective made for it) back and unlinks the answer; redo puts the
    very same records back."""

    def __init__(
        self, answers: Any, answer_id: int, make: Callable[[], dict[str, Any]], refresh: Refresh
    ) -> None:
        super().__init__(tx("Make a next step a plan action"))
        self.service = answers
        self.record_id = answer_id
        self.make = make
        self.refresh = refresh
        self.made: dict[str, Any] = {}
        self.taken: dict[str, Any] | None = None

    def apply(self) -> None:
        from brdesk.services.assessments import redo_action_from_next_step

        if self.taken is None:
            self.made = self.make()
        else:
            redo_action_from_next_step(self.service.store, self.record_id, self.taken)
        self.refresh()

    def undo(self) -> None:
        from brdesk.services.assessments import undo_action_from_next_step

        self.taken = undo_action_from_next_step(self.service.store, self.record_id, self.made)
        self.refresh()


#: Which page shows what a service changes (by the service's class name).
PAGE_OF_SERVICE = {
    "ObservationService": "observations",
    "PlanService": "plan",
    "ObjectiveService": "plan",
    "ActionService": "plan",
    "ParticipantService": "reserve",
    "ProgrammeService": "reserve",
    "ReserveService": "reserve",
    "SummaryService": "report",
    "EvaluationService": "report",
    "FollowupService": "report",
    "AssessmentService": "effectiveness",
    "AnswerService": "effectiveness",
}


def changed_where(command: QUndoCommand | None) -> tuple[str | None, Any, int | None]:
    """The page key that shows what a command changes, its service and its record id (a
    macro is judged by its first step). None for a page when it cannot be told."""
    while command is not None and command.childCount() and not hasattr(command, "service"):
        command = command.child(0)
    service = getattr(command, "service", None)
    if service is None:
        return None, None, None
    record_id = getattr(command, "record_id", None)
    return PAGE_OF_SERVICE.get(type(service).__name__), service, record_id
