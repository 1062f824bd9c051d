"""Exchange packages in the window: write one for another laptop (all the data, the
observations of a date range, or the plan), and merge one in after seeing what it would do."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from brdesk.errors import BrdeskError
from brdesk.services.packages import (
    ExportResult,
    MergeReport,
    Selection,
    export_package,
    import_package,
)
from brdesk.ui import prompts
from brdesk.ui.i18n import marked, say, tx
from brdesk.ui.operations import Job, Operation, Operations
from brdesk.ui.pages.base import AppContext

FILES = "brdesk package (*.brdesk)"
CHOICES = (
    ("all", marked("All my data: profile, reserve, plan, follow-up, observations and their files")),
    ("observations", marked("Observations of a date range, with their files")),
    ("plan", marked("The action plan only")),
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class _Worker(QDialog):
    """A dialog that runs one piece of work at a time, with progress and Cancel."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.operations = Operations(self)
        self.operation: Operation[Any] | None = None
        self.progress = QProgressBar()
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(tx("Close"))
        self.close_button.clicked.connect(self.cancel_or_close)

    def _run(
        self,
        work: Callable[[Callable[[int, int], None]], Any],
        done: Callable[[Any], None],
        *,
        writes: bool = False,
    ) -> Operation[Any]:
        """Run work(step) with this dialog's progress bar; each step may be the last, if
        the user cancels."""
        self.progress.setRange(0, 0)
        self.progress.show()
        self.close_button.setText(tx("Cancel"))

        def stepwise(job: Job) -> Any:
            def step(n: int, total: int) -> None:
                job.check()
                job.progress(n, total)

            return work(step)

        self.operation = self.operations.run(
            stepwise,
            writes=writes,
            on_progress=self._progressed,
            on_success=done,
            on_failure=self._failed,
            on_done=self._finished,
        )
        return self.operation

    def _progressed(self, n: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(n)

    def _finished(self) -> None:
        self.progress.hide()
        self.close_button.setText(tx("Close"))
        self.operation = None

    def _failed(self, message: str) -> None:
        self.message.setText(f"<span style='color:#B00020'>{message}</span>")

    @property
    def working(self) -> bool:
        return self.operation is not None and self.operation.running

    def cancel_or_close(self) -> None:
        if self.working:
            self.operations.cancel_all()
            return
        self.accept()

    def reject(self) -> None:  # Esc: cancel the work first, close when idle
        if self.working:
            self.operations.cancel_all()
            return
        super().reject()

    def wait(self) -> None:
        self.operations.wait_all()


class ExportPackageDialog(_Worker):
    """File > Export > Package for another laptop."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.written: Path | None = None
        self.setWindowTitle(tx("Package for another laptop"))
        self.resize(620, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tx(
                "A package carries your records to another brdesk, on a stick or by e-mail. "
                "Importing it there adds what is new and keeps the newer version of anything "
                "edited on both laptops. Importing the same package twice changes nothing."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for key, label in CHOICES:
            button = QRadioButton(tx(label))
            self.group.addButton(button)
            self.buttons[key] = button
            layout.addWidget(button)
            if key == "observations":
                dates = QHBoxLayout()
                dates.setContentsMargins(24, 0, 0, 0)
                first, last = self._observation_span()
                self.date_from = self._date_edit(first)
                self.date_to = self._date_edit(last)
                dates.addWidget(QLabel(tx("From")))
                dates.addWidget(self.date_from)
                dates.addWidget(QLabel("to"))
                dates.addWidget(self.date_to)
                dates.addStretch(1)
                layout.addLayout(dates)
        self.buttons["all"].setChecked(True)
        self.group.buttonToggled.connect(self._choice_changed)
        self._choice_changed()
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.open_button = QPushButton(tx("Open the folder"))
        self.open_button.hide()
        self.open_button.clicked.connect(self._open_folder)
        self.save_button = QPushButton(tx("Save package…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.choose_and_save)
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _observation_span(self) -> tuple[date, date]:
        today = date.today()
        with self.ctx.read_connection() as conn:
            row = conn.execute(
                "SELECT min(observed_on), max(observed_on) FROM observation"
            ).fetchone()
        first = date.fromisoformat(row[0]) if row and row[0] else today
        last = date.fromisoformat(row[1]) if row and row[1] else today
        return first, max(last, first)

    def _choice_changed(self, *_args: object) -> None:
        dated = self.buttons["observations"].isChecked()
        self.date_from.setEnabled(dated)
        self.date_to.setEnabled(dated)

    def selection(self) -> Selection:
        what = next(key for key, button in self.buttons.items() if button.isChecked())
        if what != "observations":
            return Selection(what)
        return Selection(what, _pydate(self.date_from.date()), _pydate(self.date_to.date()))

    def suggested_path(self, selection: Selection) -> Path:
        return Path.home() / f"brdesk-{selection.what}-{datetime.now():%Y-%m-%d}.brdesk"

    def choose_and_save(self) -> None:
        try:
            selection = self.selection()
        except BrdeskError as exc:
            self._failed(say(exc))
            return
        path = prompts.choose_save(
            self, tx("Save the package"), self.suggested_path(selection), FILES
        )
        if path is not None:
            self.save(path, selection)

    def save(self, path: Path, selection: Selection) -> Operation[Any]:
        if path.suffix.lower() != ".brdesk":
            path = path.with_name(path.name + ".brdesk")
        self.message.setText(
            tx("Writing {v0} to {name}…").format(v0=say(selection.describe()), name=path.name)
        )
        self.save_button.setEnabled(False)
        self.open_button.hide()
        store = self.ctx.store
        return self._run(lambda step: export_package(store, path, selection, step), self._saved)

    def _saved(self, result: ExportResult) -> None:
        self.written = result.path
        self.message.setText(
            tx("Written to {path}\n{v0}").format(path=result.path, v0=say(result.describe()))
        )
        self.open_button.show()
        self.save_button.setEnabled(True)

    def _failed(self, message: str) -> None:
        super()._failed(message)
        self.save_button.setEnabled(True)

    def _open_folder(self) -> None:
        if self.written is not None:
            prompts.show_in_system(self.written.parent)


class ImportPackageDialog(_Worker):
    """File > Import > Package from another laptop: what it would change, then merge."""

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.operations.changed.connect(ctx.notify)
        self.path = path
        self.report: MergeReport | None = None
        self.imported = False
        self.setWindowTitle(tx("Import {name}").format(name=path.name))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.progress)
        row = QHBoxLayout()
        row.addStretch(1)
        self.import_button = QPushButton(tx("Import"))
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        row.addWidget(self.import_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)

    def check(self) -> Operation[Any]:
        self.message.setText(
            tx("Reading {name} and comparing it with your data…").format(name=self.path.name)
        )
        store, path = self.ctx.store, self.path
        return self._run(
            lambda step: import_package(store, path, dry_run=True, progress=step), self._checked
        )

    def _checked(self, report: MergeReport) -> None:
        self.report = report
        self.details.setPlainText("\n".join(map(say, report.lines())))
        if report.changes:
            self.message.setText(
                tx(
                    "<b>This is what importing the package would do.</b> A backup of your data is "
                    "taken first; nothing is changed until you press Import."
                )
            )
            self.import_button.setEnabled(True)
        else:
            self.message.setText(
                tx("<b>Nothing to import:</b> you have everything in this package.")
            )

    def start_import(self) -> Operation[Any] | None:
        if self.report is None or not self.report.changes:
            return None
        self.import_button.setEnabled(False)
        self.message.setText(tx("Importing {name}…").format(name=self.path.name))
        store, path = self.ctx.store, self.path
        return self._run(
            lambda step: import_package(store, path, progress=step), self._imported, writes=True
        )

    def _imported(self, report: MergeReport) -> None:
        self.imported = True
        self.report = report
        self.import_button.setText(tx("Imported"))
        self.details.setPlainText("\n".join(map(say, report.lines())))
        conflicts = (
            tx(" {v0} conflicts are listed below.").format(v0=len(report.conflicts))
            if report.conflicts
            else ""
        )
        self.message.setText(
            tx("<b>Imported.</b>{conflicts} The undo history was cleared.").format(
                conflicts=conflicts
            )
        )
        # Undoing an edit made before the merge would now overwrite what the package brought.
        self.ctx.undo_stack.clear()  # before the pages hear of the change (writes=True)

    def _failed(self, message: str) -> None:
        super()._failed(message)
        self.import_button.setEnabled(self.report is not None and bool(self.report.changes))


def choose_package(parent: QWidget) -> Path | None:
    return prompts.choose_open(
        parent, tx("Import a package from another laptop"), Path.home(), f"{FILES};;All files (*)"
    )
