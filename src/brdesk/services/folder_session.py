"""The data folders a window works with, without a widget: the user's own folder, the one
open now (perhaps the demo beside it), and this window's hold on it. The window asks the
user when a choice is needed (another brdesk holds the folder); this decides the rest."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from brdesk.errors import DataFolderError
from brdesk.paths import DataDir, ensure_data_dir
from brdesk.services.folder_owner import FolderOwner

if TYPE_CHECKING:
    from brdesk.services.store import Store

log = logging.getLogger(__name__)

#: How a window names itself to a second brdesk that finds the folder taken.
WINDOW = "a brdesk window"


def demo_dir_for(data_dir: DataDir) -> DataDir:
    """The demo lives beside the user's folder, never in it."""
    return DataDir(data_dir.root.with_name(data_dir.root.name + "-demo"))


class FolderSession:
    def __init__(self, own: DataDir) -> None:
        #: the user's own data folder (where "Back to my data" returns)
        self.own = own
        #: the folder open now, or about to be
        self.current = own
        #: this window's hold on the open folder (services/folder_owner.py)
        self.owner: FolderOwner | None = None

    @property
    def in_demo(self) -> bool:
        return self.current != self.own

    @property
    def demo(self) -> DataDir:
        return demo_dir_for(self.own)

    def take(self, target: DataDir) -> FolderOwner:
        """A hold on target: the one kept already, or a new one taken now. Raises
        FolderBusy naming who holds it. A folder that cannot be made or written comes back
        not held: Store.open then says why, and opens it read-only if it can be read."""
        if self.owner is not None and self.owner.held and self.owner.root == target.root:
            return self.owner
        owner = FolderOwner(target.root, WINDOW)
        try:
            ensure_data_dir(target)
        except DataFolderError as exc:
            log.info("cannot prepare %s: %s", target.root, exc)
            return owner
        owner.take()
        return owner

    def open(self, target: DataDir, owner: FolderOwner, read_only: str | None) -> Store:
        """Open target with the hold just taken: kept (and the old one let go) if it opens,
        let go if it does not (the open folder, if any, stays held)."""
        # Imported here: the window is built (and painted) before SQLAlchemy loads.
        from brdesk.services.store import Store

        try:
            store = Store.open(target, read_only=read_only)
        except BaseException:
            if owner is not self.owner:
                owner.release()
            raise
        if owner is not self.owner:
            if self.owner is not None:
                self.owner.release()
            self.owner = owner
        self.current = target
        return store

    def prepare_demo(self) -> DataDir:
        """The demo folder, filled with the demo reserve the first time."""
        from brdesk.services.demo import fill_demo
        from brdesk.services.store import Store

        with Store.open(self.demo) as store:
            if not store.has_user_data():
                fill_demo(store)
        return self.demo

    def release(self) -> None:
        if self.owner is not None:
            self.owner.release()
            self.owner = None


__all__ = ["WINDOW", "FolderSession", "demo_dir_for"]
