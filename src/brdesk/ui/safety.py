"""The window's side of data safety: the check and daily backup after start-up, restoring a
backup, and the offer of the newest good backup when the database is damaged.

The work is in services/backups.py; here it is run off the GUI thread and explained.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from brdesk.errors import DatabaseDamaged
from brdesk.paths import DataDir
from brdesk.ui import prompts
from brdesk.ui.i18n import say, tx
from brdesk.ui.operations import Job, Operation, Operations

if TYPE_CHECKING:
    from brdesk.services.backups import BackupSummary

log = logging.getLogger(__name__)
T = TypeVar("T")


#: The key of the start-up check in the window's operations.
SAFETY_CHECK = "safety check"


def start_safety_check(
    operations: Operations, data_dir: DataDir, on_damaged: Callable[[str], None]
) -> Operation[str | None]:
    """SQLite's check of the whole database, then the daily backup if one is due, on a
    worker. `on_damaged(problem)` is called in the GUI thread if the check fails."""

    def work(_job: Job) -> str | None:
        from brdesk.services import backups

        problem = backups.database_problem(data_dir.db_path)
        if problem is None:
            try:
                backups.take_daily_if_due(data_dir)
            except DatabaseDamaged as exc:
                return str(exc)
            except Exception:  # a missed daily backup is tried again at the next start
                log.warning("the daily backup failed", exc_info=True)
        return problem

    def finished(problem: str | None) -> None:
        if problem is not None:
            on_damaged(problem)

    return operations.run(
        work,
        key=SAFETY_CHECK,
        on_success=finished,
        on_failure=lambda message: log.warning("safety check failed: %s", message),
    )


def with_wait_cursor(job: Callable[[], T]) -> T:
    """Short work on the GUI thread (reading a backup's summary), under a wait cursor."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return job()
    finally:
        QApplication.restoreOverrideCursor()


def confirm_restore(parent: QWidget, summary: BackupSummary, data_dir: DataDir) -> bool:
    if not summary.usable:
        prompts.warn(
            parent,
            tx("Restore a backup"),
            tx("{v0}\n\nThis backup cannot be restored. Your data was not changed.").format(
                v0=say(summary.describe())
            ),
        )
        return False
    return prompts.confirm(
        parent,
        tx("Restore a backup"),
        tx("Replace the data in your data folder with this backup?"),
        details=tx(
            "{v0}\n\nYour current data is backed up first (or, if it is damaged, set aside whole) "
            "in {backups}, so this can be undone."
        ).format(v0=say(summary.describe()), backups=data_dir.backups),
        yes=tx("Restore"),
        no=tx("Cancel"),
    )


def run_restore(
    operations: Operations,
    parent: QWidget,
    data_dir: DataDir,
    summary: BackupSummary,
    done: Callable[[Any, str | None], None],
) -> Operation[Any]:
    """Restore on a worker behind a modal busy dialog; `done(result or None, error)`."""
    from brdesk.services import backups

    dialog = QProgressDialog(tx("Restoring the backup…"), "", 0, 0, parent)
    dialog.setWindowTitle(tx("Restore a backup"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.show()

    def finish(result: Any, error: str | None) -> None:
        dialog.close()  # the busy box goes before the outcome is told
        done(result, error)

    return operations.run(
        lambda _job: backups.restore(data_dir, summary.path, summary),
        key="restore",
        on_success=lambda result: finish(result, None),
        on_failure=lambda message: finish(None, message),
    )


def damaged_text(problem: str, newest: BackupSummary | None, data_dir: DataDir) -> str:
    head = tx(
        "Your database is damaged. SQLite reports: {problem}\n\nbrdesk will not change the damaged "
        "file. "
    ).format(problem=problem)
    if newest is None:
        return head + (
            tx(
                "There is no good backup in {backups}. Keep the folder as it is and ask for help: "
                "'brdesk check' lists what is wrong."
            ).format(backups=data_dir.backups)
        )
    return head + (
        tx(
            "The newest good backup is:\n\n{v0}\n\nRestore it? The damaged database is kept, "
            "whole, in the backups folder."
        ).format(v0=say(newest.describe()))
    )
