"""The window's data folders, without a window: holding the open one, switching to the
demo and back, and letting go of a folder that did not open."""

from __future__ import annotations

from pathlib import Path

import pytest

from brdesk.errors import DatabaseRefused, FolderBusy
from brdesk.paths import DataDir
from brdesk.services.folder_owner import FolderOwner, holder_of
from brdesk.services.folder_session import WINDOW, FolderSession


def test_the_session_holds_the_open_folder_and_switches_to_the_demo_and_back(
    tmp_path: Path,
) -> None:
    own = DataDir(tmp_path / "data")
    session = FolderSession(own)
    session.open(own, session.take(own), None).close()
    holder = holder_of(own.root)
    assert holder is not None and holder.what == WINDOW
    assert session.owner is not None and session.owner.held and not session.in_demo

    demo = session.prepare_demo()
    assert demo.root.name == "data-demo"
    with pytest.raises(FolderBusy):  # the session's own hold keeps others out
        FolderOwner(own.root, "another").take()
    store = session.open(demo, session.take(demo), None)
    assert store.counts()["observations"] > 0 and session.in_demo
    store.close()
    FolderOwner(own.root, "another").take()  # the user's folder was let go...
    with pytest.raises(FolderBusy):
        FolderOwner(demo.root, "another").take()  # ...and the demo is held
    session.release()
    assert session.owner is None


@pytest.mark.laptop_file  # a foreign SQLite file in the folder
def test_a_folder_that_does_not_open_is_let_go_and_the_open_one_kept(tmp_path: Path) -> None:
    own = DataDir(tmp_path / "data")
    session = FolderSession(own)
    session.open(own, session.take(own), None).close()
    foreign = DataDir(tmp_path / "foreign")
    foreign.root.mkdir()
    import sqlite3

    with sqlite3.connect(foreign.db_path) as conn:
        conn.execute("CREATE TABLE other (x)")
    owner = session.take(foreign)
    with pytest.raises(DatabaseRefused):
        session.open(foreign, owner, None)
    assert not owner.held and session.current == own
    FolderOwner(foreign.root, "another").take()  # nobody holds the one that did not open
    with pytest.raises(FolderBusy):
        FolderOwner(own.root, "another").take()
    session.release()
