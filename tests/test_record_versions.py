"""Record versions (issue 22): every change counted and signed, and a change made over
someone else's newer one refused, on the laptop's file and on an office server alike."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from brdesk.db.changes import Change, ChangeListener
from brdesk.db.models import Action
from brdesk.errors import ChangedElsewhere
from brdesk.paths import DataDir
from brdesk.services.plan import ActionService, ObjectiveService, PlanService
from brdesk.services.store import Store


@pytest.fixture
def store(either_store: Store) -> Store:
    return either_store


@pytest.fixture
def second(store: Store) -> Iterator[Store]:
    """Another brdesk on the same records (an office colleague's, on a server)."""
    other = Store.open(DataDir(store.data_dir.root, store.data_dir.database_url))
    yield other
    other.close()


def _action(store: Store) -> int:
    plan = PlanService(store).create(title="Plan", start_year=2026, end_year=2030)
    objective = ObjectiveService(store).create(plan_id=plan.id, pillar_id=1, title="Glaciers")
    action = ActionService(store).create(
        objective_id=objective.id, title="Snout survey", budget="1000"
    )
    return int(action.id)


def test_every_change_is_counted_and_names_who_made_it(store: Store) -> None:
    actions = ActionService(store)
    action_id = _action(store)
    made = actions.get(action_id)
    assert (made.version, made.changed_by) == (1, store.user)
    assert store.user  # a name, not an empty string
    actions.update(action_id, title="Glacier snout survey")
    actions.update(action_id, sdgs=[13])  # a tag alone is a change of the action too
    changed = actions.get(action_id)
    assert changed.version == 3
    assert changed.changed_by == store.user


def test_saving_over_a_newer_change_is_refused_with_who_what_and_when(
    store: Store, second: Store
) -> None:
    mine, theirs = ActionService(store), ActionService(second)
    action_id = _action(store)
    shown = mine.get(action_id).title
    theirs.update(action_id, seen={"title": shown}, title="Survey the snout in June")
    with pytest.raises(ChangedElsewhere) as refused:
        mine.update(action_id, seen={"title": shown}, title="Survey the snout twice")
    assert refused.value.field == "title"
    assert refused.value.who == second.user
    assert refused.value.theirs == "Survey the snout in June"
    message = str(refused.value)
    assert message.startswith(f"{second.user} changed this action at ")
    assert "Action now reads: “Survey the snout in June”." in message
    assert "Your change was not saved." in message
    stored = mine.get(action_id)
    assert (stored.title, stored.version) == ("Survey the snout in June", 2)
    # The user chose to keep theirs: saved without the check, over the colleague's.
    mine.update(action_id, title="Survey the snout twice")
    assert mine.get(action_id).title == "Survey the snout twice"


def test_a_change_to_another_field_is_no_conflict(store: Store, second: Store) -> None:
    mine, theirs = ActionService(store), ActionService(second)
    action_id = _action(store)
    before = mine.get(action_id)
    theirs.update(action_id, seen={"budget": before.budget}, budget="2500")
    mine.update(action_id, seen={"title": before.title}, title="Snout survey, twice a year")
    after = mine.get(action_id)
    assert (after.title, after.budget, after.version) == ("Snout survey, twice a year", 2500, 3)


def test_the_same_change_made_twice_is_no_conflict(store: Store, second: Store) -> None:
    mine, theirs = ActionService(store), ActionService(second)
    action_id = _action(store)
    shown = mine.get(action_id).title
    theirs.update(action_id, seen={"title": shown}, title="Snout survey 2026")
    mine.update(action_id, seen={"title": shown}, title="Snout survey 2026")
    assert mine.get(action_id).title == "Snout survey 2026"


def test_a_change_saved_between_reading_and_writing_fails_whole(
    store: Store, second: Store
) -> None:
    """The version in the UPDATE's WHERE: another connection's commit between this one's
    read and its write makes the write fail, instead of the later one silently winning.
    (On the laptop's file one writer holds the database while it writes: this cannot
    happen there.)"""
    if not store.on_server:
        pytest.skip("a server lets a second writer in between a read and a write")
    action_id = _action(store)
    refused = pytest.raises(ChangedElsewhere, match="at the same moment")
    with refused, store.transaction() as session:
        action = session.get(Action, action_id)
        assert action is not None
        ActionService(second).update(action_id, title="Theirs, saved in between")
        action.title = "Mine, saved second"
    assert ActionService(store).get(action_id).title == "Theirs, saved in between"


@pytest.mark.laptop_file
def test_a_laptop_folder_upgraded_from_0010_keeps_its_records_at_version_one(
    tmp_path: Path,
) -> None:
    import shutil

    from tests.test_migrations import FIXTURE_DBS

    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(FIXTURE_DBS / "0010.db", folder / "brdesk.db")
    with Store.open(DataDir(folder)) as upgraded:
        action = ActionService(upgraded).get(1)
        assert (action.version, action.changed_by) == (1, None)
        ActionService(upgraded).update(1, seen={"title": action.title}, title="Renamed")
        again = ActionService(upgraded).get(1)
        assert (again.version, again.changed_by) == (2, upgraded.user)


def _announced(listener: ChangeListener, wanted: int = 1) -> list[Change]:
    """What the listener was told within a few seconds (announcements are asynchronous)."""
    import select
    import time

    found: list[Change] = []
    deadline = time.monotonic() + 5
    while len(found) < wanted and time.monotonic() < deadline:
        select.select([listener.fileno()], [], [], 0.2)
        found += listener.take()
    return found


def test_a_server_announces_the_others_changes_and_not_ones_own(
    postgres_url: str, tmp_path: Path
) -> None:
    with Store.open(DataDir(tmp_path / "mine", postgres_url)) as mine:
        action_id = _action(mine)
        listener = ChangeListener(mine.engine)
        try:
            objective_id = ActionService(mine).get(action_id).objective_id
            ObjectiveService(mine).update(objective_id, title="Mine: not announced to me")
            with Store.open(DataDir(tmp_path / "theirs", postgres_url)) as theirs:
                ActionService(theirs).update(action_id, title="Theirs", sdgs=[13])
            changes = _announced(listener, wanted=3)
            # The action row, and its SDG tags replaced (a delete and an insert).
            assert {c.table for c in changes} == {"action", "action_sdg"}
            assert {c.who for c in changes} == {"brdesk"}
            assert listener.take() == []
        finally:
            listener.close()
        assert listener.take() == []  # closed: nothing, and no error


def test_a_photo_added_at_one_office_computer_opens_at_another(
    postgres_url: str, tmp_path: Path
) -> None:
    from brdesk.services.attachments import AttachmentService
    from brdesk.services.observations import ObservationService
    from brdesk.services.packages import export_package, import_package

    photo = tmp_path / "snow-leopard.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 64)
    with Store.open(DataDir(tmp_path / "office-pc-1", postgres_url)) as first:
        seen = ObservationService(first).create(
            observed_on="2026-11-30", category="species", subject="Panthera uncia"
        )
        added = AttachmentService(first).add(photo, observation_id=seen.id)
    with Store.open(DataDir(tmp_path / "office-pc-2", postgres_url)) as second:
        files = AttachmentService(second)
        (found,) = files.list_for(observation_id=seen.id)
        opened = files.path_of(found)
        assert opened.parent == tmp_path / "office-pc-2" / "attachments"
        assert opened.read_bytes() == photo.read_bytes()
        assert files.why_not_open(found) is None
        # A package written at the second computer carries it; a laptop takes it whole.
        package = export_package(second, tmp_path / "all.brdesk").path
        with Store.open(DataDir(tmp_path / "laptop")) as laptop:
            import_package(laptop, package)
            (copy,) = AttachmentService(laptop).list_for()
            assert AttachmentService(laptop).path_of(copy).read_bytes() == photo.read_bytes()
        # Removed at one computer: gone from the database for every one.
        files.remove(found.id)
        with second.dbapi() as conn:
            left = conn.execute(
                "SELECT count(*) FROM attachment_content WHERE stored_name = ?",
                (added.stored_name,),
            ).fetchone()[0]
        assert left == 0


def test_goals_ticked_over_a_colleagues_newer_ones_are_refused(store: Store, second: Store) -> None:
    mine, theirs = ActionService(store), ActionService(second)
    action_id = _action(store)
    theirs.update(action_id, seen={"sdgs": []}, sdgs=[15, 13])
    with pytest.raises(ChangedElsewhere, match="SDGs now reads: “13, 15”"):
        mine.update(action_id, seen={"sdgs": []}, sdgs=[6])
    # Shown in another order, the same goals: no conflict.
    mine.update(action_id, seen={"sdgs": [15, 13]}, sdgs=[6, 13, 15])
    assert [s.number for s in mine.get(action_id).sdgs] == [6, 13, 15]
