"""File > Bring my data from an earlier brdesk, and the welcome page's offer of the data
found beside this brdesk: confirm, copy (services/earlier_data.py), reopen."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from brdesk.errors import BrdeskError
from brdesk.services.earlier_data import EarlierData, bring, data_root_of, inspect
from brdesk.ui import prompts
from brdesk.ui.i18n import marked, say, tx
from brdesk.ui.safety import with_wait_cursor

if TYPE_CHECKING:
    from brdesk.ui.window_base import WindowBase

TITLE = marked("Bring data from an earlier brdesk")


def choose_and_bring(window: WindowBase) -> None:
    """Ask for the earlier brdesk's folder (or its brdesk-data folder), then bring it."""
    folder = prompts.choose_folder(
        window, tx("The folder of the earlier brdesk (or its brdesk-data folder)"), Path.home()
    )
    if folder is None:
        return
    try:
        earlier = inspect(data_root_of(folder))
    except BrdeskError as exc:
        prompts.warn(window, tx(TITLE), say(exc))
        return
    bring_into(window, earlier)


def bring_into(window: WindowBase, earlier: EarlierData) -> None:
    """Copy the earlier data into the user's own (empty) data folder and open it there,
    upgraded. Refusals (newer data, a folder that holds data) change nothing."""
    if window.data_dir != window.own_data_dir:
        window.back_to_own_data()  # it goes into the user's own folder, never the demo's
    target = window.own_data_dir
    if not earlier.newer and not prompts.confirm(
        window,
        tx(TITLE),
        tx("Copy this data into {root} and bring it up to date?").format(root=target.root),
        details=tx(
            "{v0}\n\nThe earlier folder is not changed: it stays as it is, a complete copy to go "
            "back to."
        ).format(v0=say(earlier.describe())),
        yes=tx("Bring my data"),
        no=tx("Cancel"),
    ):
        return
    has_data = window.store is not None and window.store.has_user_data()
    window.close_data()
    try:
        with_wait_cursor(lambda: bring(earlier, target, target_has_data=has_data))
    except BrdeskError as exc:
        window.open_data(target)
        prompts.warn(window, tx(TITLE), say(exc))
        return
    if window.open_data(target):
        window.statusBar().showMessage(
            tx("Your data from {root} is here.").format(root=earlier.root), 15_000
        )
