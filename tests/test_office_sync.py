"""A laptop synchronised with its office's database (issue 22): both ways, with nothing lost
or doubled, and an edit made on both sides reported."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path
from typing import Any

import pytest

from brdesk.errors import BrdeskError
from brdesk.paths import DataDir
from brdesk.services.demo import fill_demo
from brdesk.services.observations import ObservationService
from brdesk.services.office_sync import synchronise
from brdesk.services.plan import ActionService
from brdesk.services.store import Store
from tests.test_packages import dump


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(DataDir(tmp_path / "laptop"))
    if store.on_server:
        pytest.skip("a laptop keeps its records in its own file")
    fill_demo(store, observations=400)
    yield store
    store.close()


@pytest.fixture
def office(tmp_path: Path, postgres_url: str) -> Iterator[Store]:
    """The office database, as a colleague at the office computer sees it."""
    store = Store.open(DataDir(tmp_path / "office-pc", postgres_url))
    yield store
    store.close()


def _same_data(one: Store, other: Store) -> bool:
    """The same records on both, their times compared as times (each engine writes its
    own text of one: '14:37:25.63276' on the server, '14:37:25.632760' in SQLite)."""
    return _as_times(dump(one)) == _as_times(dump(other))


def _as_times(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _as_times(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_times(item) for item in value]
    if isinstance(value, str) and TIME.fullmatch(value):
        return time.fromisoformat(value) if len(value) < 19 else datetime.fromisoformat(value)
    return value


TIME = re.compile(r"(\d{4}-\d\d-\d\d[ T])?\d\d:\d\d:\d\d(\.\d+)?")


def _count(store: Store, table: str) -> int:
    with store.dbapi() as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_a_laptop_syncs_with_the_office_and_back_with_nothing_lost_or_doubled(
    laptop: Store, office: Store, postgres_url: str
) -> None:
    steps: list[tuple[int, int]] = []
    first = synchronise(laptop, postgres_url, lambda done, total: steps.append((done, total)))
    assert steps[0] == (0, 4) and steps[-1] == (4, 4)
    assert first.sent.added["observations"] == 400
    assert first.brought.changes == 0  # the office had nothing the laptop lacked
    # Nothing of the office's is left in the laptop's folder (its scratch work is gone).
    assert sorted(p.name for p in laptop.data_dir.root.iterdir() if p.is_dir()) == [
        "attachments", "backups", "logs", "scratch",
    ]  # fmt: skip
    assert _same_data(office, laptop)

    # At the office, a colleague renames an action and logs an observation; on the laptop,
    # in the field, its user corrects a count.
    action = ActionService(office).list()[0]
    ActionService(office).update(action.id, title="Camera traps on every ridge")
    logged = ObservationService(laptop).list()[0]
    ObservationService(office).create(
        observed_on="2026-11-30", category="species", subject="Panthera uncia", count=2
    )
    ObservationService(laptop).update(logged.id, count=(logged.count or 0) + 5)

    second = synchronise(laptop, postgres_url)
    assert second.sent.updated["observations"] == 1
    assert (second.brought.added["observations"], second.brought.updated["actions"]) == (1, 1)
    assert second.conflicts == 0
    assert _same_data(office, laptop)
    for store in (laptop, office):
        assert _count(store, "observation") == 401  # nothing doubled
        assert ActionService(store).list(uuid=action.uuid)[0].title == "Camera traps on every ridge"

    # A third, with nothing changed since: nothing to do either way.
    third = synchronise(laptop, postgres_url)
    assert (third.sent.changes, third.brought.changes, third.conflicts) == (0, 0, 0)
    assert any("Nothing new" in line for line in third.lines())


def test_an_edit_made_on_both_sides_is_reported_and_the_newer_kept(
    laptop: Store, office: Store, postgres_url: str
) -> None:
    synchronise(laptop, postgres_url)
    action = ActionService(laptop).list()[0]
    on_office = ActionService(office).list(uuid=action.uuid)[0]
    ActionService(laptop).update(action.id, title="Laptop's title")
    ActionService(office).update(on_office.id, title="Office's title, later")

    report = synchronise(laptop, postgres_url)
    assert report.conflicts == 1
    text = "\n".join(report.lines())
    assert "Laptop's title" in text and "Office's title, later" in text
    for store in (laptop, office):
        assert ActionService(store).list(uuid=action.uuid)[0].title == "Office's title, later"
    assert _same_data(office, laptop)


def test_an_office_folder_is_not_synchronised_with_itself(office: Store, postgres_url: str) -> None:
    with pytest.raises(BrdeskError, match="on an office database already"):
        synchronise(office, postgres_url)


def _brdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "brdesk", *args], capture_output=True, text=True, timeout=300
    )


def test_the_command_line_synchronises_and_says_what_it_did(
    laptop: Store, office: Store, postgres_url: str
) -> None:
    folder = str(laptop.data_dir.root)
    laptop.close()
    done = _brdesk("--data-dir", folder, "sync", postgres_url)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Synchronised with the office database ")
    sent = done.stdout.split("Brought from the office")[0]
    assert "Sent from this computer to the office:" in sent
    assert "400 observations" in sent and "were added." in sent
    assert _count(office, "observation") == 400
    again = _brdesk("--data-dir", folder, "sync", postgres_url)
    assert again.returncode == 0, again.stderr
    assert "Nothing new" in again.stdout


def test_an_office_out_of_reach_is_said_in_one_line_and_nothing_changes(
    laptop: Store, tmp_path: Path
) -> None:
    folder = str(laptop.data_dir.root)
    before = _count(laptop, "observation")
    laptop.close()
    away = f"postgresql://pema:secret@/brdesk?host={tmp_path / 'no-server-here'}"
    done = _brdesk("--data-dir", folder, "sync", away)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("brdesk: Cannot reach the office database ")
    assert "secret" not in done.stderr  # the password is never shown
    with Store.open(DataDir(Path(folder))) as reopened:
        assert _count(reopened, "observation") == before
