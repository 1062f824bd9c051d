"""A form over one record, built from the service's field declarations.

Every change is validated by the service and saved at once through the undo stack: after a
pause in typing, on leaving the field, or on picking a value. Errors show under the field
they concern, and nothing invalid is written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from brdesk.errors import BrdeskError, ChangedElsewhere, ValidationError
from brdesk.services.fields import Field
from brdesk.ui.i18n import say, tx
from brdesk.ui.undo import CreateCommand, EditCommand, execute
from brdesk.ui.widgets.editor_values import being_typed, can_fail, show_value, typed_value
from brdesk.ui.widgets.form_editors import (
    NARROW_KINDS,
    RATING_LABELS,
    CountryBox,
    DateEdit,
    ErrorLabel,
)

SAVE_DELAY_MS = 700


class RecordForm(QWidget):
    """Editors for the named fields of one record of `service`."""

    saved = Signal()
    #: A typed value was refused, or a refused one mended or dropped.
    refusalsChanged = Signal()

    def __init__(
        self,
        fields: Sequence[Field],
        parent: QWidget | None = None,
        *,
        labels: Mapping[str, str] | None = None,
        autosave: bool = True,
    ) -> None:
        super().__init__(parent)
        #: False in dialogs: fields are checked as they are left, saved together on OK.
        self.autosave = autosave
        self.fields = list(fields)
        self.service: Any = None
        self.stack: QUndoStack | None = None
        self.record_id: int | None = None
        self.values: dict[str, Any] = {}
        self.refresh: Callable[[], None] = lambda: None
        self.on_created: Callable[[int], None] | None = None
        self.create_defaults: dict[str, Any] = {}
        self.create_fn: Callable[..., Any] | None = None
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        #: Fields whose typed text was refused: the text stays in its editor, marked, with
        #: its message, until the user changes it or another record is shown.
        self._rejected: dict[str, str] = {}
        self._loading = False
        self._saving: set[str] = set()  # fields being saved now (commit)
        self._timers: dict[str, QTimer] = {}
        #: Shown, not edited: the folder is open read-only (set_read_only).
        self.read_only = False

        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for f in self.fields:
            editor = self._make_editor(f)
            for line in [editor, *editor.findChildren(QLineEdit)]:
                if isinstance(line, QLineEdit):
                    # The red border of a refused value must not change the field's height.
                    line.setFixedHeight(line.sizeHint().height())
            editor.setAccessibleName(tx(f.label))
            if f.hint:
                editor.setToolTip(tx(f.hint))
            self.editors[f.name] = editor
            error = ErrorLabel()
            self.errors[f.name] = error
            cell = QWidget()
            # A message appearing must not move the fields below (the next click would land
            # in the wrong one): beside a narrow editor it takes the free space to its
            # right; under a wide one, a line is kept for it whenever the field can fail.
            beside = f.kind in NARROW_KINDS or (f.max_length or 99) <= 3
            cell_layout = QHBoxLayout(cell) if beside else QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(8 if beside else 1)
            cell_layout.addWidget(editor)
            cell_layout.addWidget(error, 1 if beside else 0)
            if not beside and not can_fail(f):
                error.reserve(False)
            shown = tx((labels or {}).get(f.name, f.label))
            label = QLabel(shown + ("*" if f.required else ""))
            label.setBuddy(editor)
            layout.addRow(label, cell)

    # --- building -----------------------------------------------------------------

    def _make_editor(self, f: Field) -> QWidget:
        name = f.name
        if f.kind == "longtext":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(72)
            text.textChanged.connect(lambda: self._schedule(name))
            text.installEventFilter(self)
            return text
        if f.kind == "int" and (f.minimum, f.maximum) == (1, 5):
            rating = QComboBox()
            rating.addItem("", None)
            for value, label in RATING_LABELS.items():
                rating.addItem(tx(label), value)
            rating.activated.connect(lambda _i: self.commit(name))
            return rating
        if f.kind == "choice":
            combo = QComboBox()
            combo.addItem("", None)
            for code, label in (f.choices or {}).items():
                combo.addItem(tx(label), code)
            combo.activated.connect(lambda _i: self.commit(name))
            return combo
        if f.kind == "country":
            country = CountryBox()
            country.setMaximumWidth(320)
            country.activated.connect(lambda _i: self.commit(name))
            country.line().editingFinished.connect(lambda: self.commit(name))
            return country
        if f.kind == "bool":
            box = QCheckBox()
            box.toggled.connect(lambda _b: self.commit(name))
            return box
        if f.kind == "date":
            edit = DateEdit()
            edit.edited.connect(lambda: self.commit(name))
            edit.line.textEdited.connect(lambda _t: self._schedule(name))
            edit.line.editingFinished.connect(lambda: self.commit(name))
            return edit
        line = QLineEdit()
        if f.max_length:
            line.setMaxLength(f.max_length)
        if f.kind in ("int", "float"):
            line.setMaximumWidth(160)
            line.setAlignment(Qt.AlignmentFlag.AlignRight)
        if f.max_length is not None and f.max_length <= 3:
            line.setMaximumWidth(70)
        if f.hint:
            line.setPlaceholderText(tx(f.hint))
        line.textEdited.connect(lambda _t: self._schedule(name))
        line.editingFinished.connect(lambda: self.commit(name))
        return line

    def set_read_only(self) -> None:
        """Show the record without letting it be changed (a folder open read-only): text
        stays selectable, to copy; choices and dates are greyed."""
        self.read_only = True
        for editor in self.editors.values():
            if isinstance(editor, (QLineEdit, QPlainTextEdit)):
                editor.setReadOnly(True)
            elif isinstance(editor, DateEdit):
                editor.line.setReadOnly(True)
                editor.button.setEnabled(False)
            else:
                editor.setEnabled(False)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FocusOut:
            for name, editor in self.editors.items():
                if editor is watched:
                    self.commit(name)
        return False

    def _schedule(self, name: str) -> None:
        if self._loading:
            return
        timer = self._timers.get(name)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(SAVE_DELAY_MS)
            timer.timeout.connect(lambda: self.commit(name))
            self._timers[name] = timer
        timer.start()

    # --- binding ------------------------------------------------------------------

    def bind(
        self,
        service: Any,
        stack: QUndoStack,
        record_id: int | None,
        values: Mapping[str, Any],
        refresh: Callable[[], None],
        *,
        on_created: Callable[[int], None] | None = None,
        create_defaults: Mapping[str, Any] | None = None,
        create: Callable[..., Any] | None = None,
    ) -> None:
        """Show a record (or none yet: the first valid edit creates it, with `create`
        when given, else the service's create). Showing the same record again (after any
        change) keeps what the user typed and was refused; another record starts clean."""
        if (service is not self.service or record_id != self.record_id) and self._rejected:
            self._rejected.clear()
            self.refusalsChanged.emit()
        self.create_fn = create
        self.service = service
        self.stack = stack
        self.record_id = record_id
        self.refresh = refresh
        self.on_created = on_created
        self.create_defaults = dict(create_defaults or {})
        self.set_values(values)

    def set_values(self, values: Mapping[str, Any]) -> None:
        self._loading = True
        try:
            typing = {f.name for f in self.fields if self._being_typed(f)}
            for name, timer in self._timers.items():
                if name not in typing:
                    timer.stop()
            incoming = {f.name: values.get(f.name) for f in self.fields}
            for f in self.fields:
                name = f.name
                if name in typing:
                    # A refresh (a colleague's change, on an office database) leaves what
                    # is being typed alone, and remembers what the field showed before:
                    # saving it over their newer value then asks (ui/undo.execute).
                    incoming[name] = self.values.get(name)
                    continue
                if name in self._rejected and incoming[name] == self.values.get(name):
                    continue  # the refused text stays, with its message
                self._rejected.pop(name, None)
                self._show(f, incoming[name])
                self._clear_error(name)
            self.values = incoming
        finally:
            self._loading = False

    def _being_typed(self, f: Field) -> bool:
        return being_typed(self.editors[f.name], f, self.values.get(f.name), self.service)

    def _show(self, f: Field, value: Any) -> None:
        show_value(self.editors[f.name], f, value, self.service)

    def raw_value(self, name: str) -> Any:
        return typed_value(self.editors[name])

    # --- saving -------------------------------------------------------------------

    def commit(self, name: str) -> bool:
        """Validate and save one field; True when the stored value now matches the editor."""
        if self._loading or self.service is None or self.stack is None:
            return False
        if self.read_only:
            return True  # nothing can have been typed
        if name in self._saving:
            # A question asked while saving (a colleague's newer change) takes the focus:
            # the field's editingFinished must not save, and ask, a second time.
            return False
        self._saving.add(name)
        try:
            return self._commit(name)
        finally:
            self._saving.discard(name)

    def _commit(self, name: str) -> bool:
        assert self.stack is not None  # commit checked it
        timer = self._timers.get(name)
        if timer is not None:
            timer.stop()
        f = next(x for x in self.fields if x.name == name)
        if not self.autosave:
            return self._check_only(name)
        try:
            cleaned = self.service.clean({name: self.raw_value(name)}, partial=True)
            new = cleaned[name]
            if new == self.values.get(name) and self.record_id is not None:
                self._clear_error(name)
                return True
            merged = dict(self.values)
            merged[name] = new
            if self.record_id is None:
                self._create({**self.create_defaults, name: new})
            else:
                self.service.check_record(merged)
                command = EditCommand(
                    self.service,
                    self.record_id,
                    {name: self.values.get(name)},
                    {name: new},
                    tx("Edit {field}").format(field=tx(f.label).lower()),
                    self.refresh,
                )
                execute(self.stack, command)
        except ValidationError as exc:
            target = exc.field if exc.field in self.errors else name
            self._show_error(target, exc.problem)
            if target != name:
                # The pair is wrong: the value just typed is not saved either, and says so.
                said = tx("not saved: {v0} {problem}")
                self._show_error(
                    name, said.format(v0=tx(exc.label).lower(), problem=say(exc.problem))
                )
            return False
        except ChangedElsewhere as exc:
            if exc.answered:
                self._show_theirs(f, exc)
            else:
                self._show_error(name, say(exc))
            return False
        except BrdeskError as exc:
            self._show_error(name, say(exc))
            return False
        self.values[name] = new
        self._clear_error(name)
        self.saved.emit()
        self._recheck_others(name)
        return True

    def _show_theirs(self, f: Field, refused: ChangedElsewhere) -> None:
        """The user chose to see a colleague's newer value over what they typed: it is
        shown (and is what is saved), and the line under the field says why."""
        self._loading = True
        try:
            self._show(f, refused.theirs)
        finally:
            self._loading = False
        self.values[f.name] = refused.theirs
        self._clear_error(f.name)
        self.errors[f.name].say(say(refused.short))

    def _recheck_others(self, changed: str) -> None:
        """A message that depended on the field just saved (a highest elevation below the
        lowest) goes when the pair is right again, and the refused value is then saved."""
        for name in list(self._rejected):
            if name != changed and name in self._rejected:
                self.commit(name)

    def _check_only(self, name: str) -> bool:
        try:
            self.service.clean({name: self.raw_value(name)}, partial=True)
        except ValidationError as exc:
            self._show_error(name, exc.problem)
            return False
        self._clear_error(name)
        # In a dialog, pairs are checked when saving; a pair message goes once either
        # field is fixed.
        for other in [n for n in self._rejected if n != name]:
            try:
                self.service.clean({other: self.raw_value(other)}, partial=True)
            except ValidationError:
                continue
            self._clear_error(other)
        return True

    def collect(self) -> dict[str, Any] | None:
        """Every field cleaned and checked together, or None with the errors shown."""
        raw = {f.name: self.raw_value(f.name) for f in self.fields}
        ok = all(self._check_only(f.name) for f in self.fields)
        if not ok:
            return None
        try:
            cleaned: dict[str, Any] = self.service.clean(raw, partial=True)
            self.service.check_record({**self.values, **cleaned})
        except ValidationError as exc:
            target = exc.field if exc.field in self.errors else self.fields[0].name
            self._show_error(target, exc.problem)
            return None
        return cleaned

    def _create(self, values: dict[str, Any]) -> None:
        assert self.stack is not None
        create_fn = self.create_fn
        command = CreateCommand(
            self.service,
            values,
            tx("Create {thing}").format(thing=tx(self.service.noun)),
            self.refresh,
            on_created=self._created,
            create=None if create_fn is None else lambda: int(create_fn(**values).id),
        )
        execute(self.stack, command)

    def _created(self, record_id: int) -> None:
        self.record_id = record_id
        if self.on_created is not None:
            self.on_created(record_id)

    def commit_all(self) -> None:
        """Save whatever is still waiting for its typing pause (before closing, say)."""
        for name, timer in list(self._timers.items()):
            if timer.isActive():
                self.commit(name)

    def _show_error(self, name: str, problem: str) -> None:
        shown = say(problem)  # the service's words in the window's language
        message = shown[:1].upper() + shown[1:]
        changed = self._rejected.get(name) != message
        self._rejected[name] = message
        self.errors[name].say(message)
        editor = self.editors[name]
        editor.setProperty("invalid", True)
        target = editor.line if isinstance(editor, DateEdit) else editor
        target.setStyleSheet("border: 1px solid #B00020;")
        target.setToolTip(message)
        if changed:
            self.refusalsChanged.emit()

    def _clear_error(self, name: str) -> None:
        if self._rejected.pop(name, None) is not None:
            self.refusalsChanged.emit()
        self.errors[name].say("")
        editor = self.editors[name]
        editor.setProperty("invalid", False)
        target = editor.line if isinstance(editor, DateEdit) else editor
        target.setStyleSheet("")
        f = next(x for x in self.fields if x.name == name)
        target.setToolTip(tx(f.hint) if f.hint else "")

    def rejected(self) -> dict[str, str]:
        """The fields whose typed text was refused, with their messages."""
        return dict(self._rejected)
