"""Exchange packages: round trips, idempotent merges, conflicts, selections, old versions,
and hostile packages refused with nothing written."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from brdesk.db.base import utcnow
from brdesk.errors import PackageRefused
from brdesk.exchange import package as pkg
from brdesk.services.assessments import AnswerService
from brdesk.services.attachments import AttachmentService
from brdesk.services.followup import FollowupService
from brdesk.services.observations import ObservationService
from brdesk.services.packages import Selection, export_package, import_package, preview_package
from brdesk.services.plan import ActionService, PlanService
from brdesk.services.practices import GoodPracticeService
from brdesk.services.profile import ReserveService
from brdesk.services.store import Store
from tests.conftest import FIXTURES

# (table, {foreign key column: referenced table})
TABLES = {
    "programme": {},
    "participant": {"programme_id": "programme"},
    "reserve": {},
    "action_plan": {"reserve_id": "reserve"},
    "objective": {"plan_id": "action_plan"},
    "action": {"objective_id": "objective"},
    "participation_summary": {"participant_id": "participant"},
    "training_evaluation": {"participant_id": "participant"},
    "followup_item": {"participant_id": "participant"},
    "observation": {"reserve_id": "reserve"},
    "assessment": {"reserve_id": "reserve"},
    "assessment_answer": {"assessment_id": "assessment", "action_id": "action"},
    "good_practice": {"reserve_id": "reserve"},
    "good_practice_action": {"good_practice_id": "good_practice", "action_id": "action"},
    "good_practice_observation": {
        "good_practice_id": "good_practice", "observation_id": "observation",
    },
    "attachment": {
        "observation_id": "observation", "followup_item_id": "followup_item",
        "assessment_answer_id": "assessment_answer", "good_practice_id": "good_practice",
    },
}  # fmt: skip


def dump(store: Store) -> dict[str, Any]:
    """Every user record, keyed by UUID, its links written as UUIDs, local ids, sync
    marks and versions left out: what "identical data" means between two laptops."""
    out: dict[str, Any] = {}
    with store.dbapi() as conn:
        conn.row_factory = None
        for table, links in TABLES.items():
            cursor = conn.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cursor.description]
            rows = {}
            for row in cursor.fetchall():
                record = dict(zip(names, row, strict=True))
                for column, target in links.items():
                    if record[column] is not None:
                        record[column] = conn.execute(
                            f"SELECT uuid FROM {target} WHERE id = ?", (record[column],)
                        ).fetchone()[0]
                record.pop("id")
                record.pop("synced_at", None)
                # Local bookkeeping: changes counted and saved in that database.
                record.pop("version", None)
                record.pop("changed_by", None)
                if table == "attachment":
                    record.pop("stored_name")
                rows[record["uuid"]] = record
            out[table] = rows
        for owner, link, column in (
            ("action", "action_sdg", "sdg_number"), ("action", "action_gbf", "gbf_number"),
            ("good_practice", "good_practice_sdg", "sdg_number"),
            ("good_practice", "good_practice_gbf", "gbf_number"),
        ):  # fmt: skip
            out[link] = sorted(
                conn.execute(
                    f"SELECT a.uuid, l.{column} FROM {link} l JOIN {owner} a ON a.id = l.{owner}_id"
                ).fetchall()
            )
    files = {}
    for a in AttachmentService(store).list_for():
        files[a.uuid] = hashlib.sha256(AttachmentService(store).path_of(a).read_bytes()).hexdigest()
    out["files"] = files
    return out


@pytest.fixture
def rich_store(demo_store: Store, tmp_path: Path) -> Store:
    """The demo (with its two self-assessments), plus an attachment on an observation, on a
    follow-up item and on an assessment answer (its evidence)."""
    photo = tmp_path / "marmot.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 40)
    memo = tmp_path / "letter.pdf"
    memo.write_bytes(b"%PDF-1.4 certificate")
    first = ObservationService(demo_store).list()[0]
    AttachmentService(demo_store).add(photo, observation_id=first.id)
    item = FollowupService(demo_store).list()[0]
    AttachmentService(demo_store).add(memo, followup_item_id=item.id)
    minutes = tmp_path / "patrol-minutes.pdf"
    minutes.write_bytes(b"%PDF-1.4 patrol minutes")
    answer = next(a for a in AnswerService(demo_store).list() if a.question_code == "R2")
    AttachmentService(demo_store).add(minutes, assessment_answer_id=answer.id)
    herders = tmp_path / "herders.jpg"
    herders.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 30)
    practice = GoodPracticeService(demo_store).list()[0]
    AttachmentService(demo_store).add(herders, good_practice_id=practice.id)
    return demo_store


def _open(root: Path) -> Store:
    return Store.open(root)


def test_export_then_import_into_an_empty_folder_gives_identical_data(
    rich_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "all.brdesk"
    result = export_package(rich_store, out)
    assert result.counts["observations"] == 3000
    assert result.attachments == 4
    with _open(tmp_path / "laptop-b") as other:
        report = import_package(other, out)
        assert report.added["observations"] == 3000
        assert report.added["attachments"] == 4
        assert report.added["good_practices"] == 2
        assert report.added["good_practice_observations"] == 5
        assert (report.added["assessments"], report.added["assessment_answers"]) == (2, 70)
        linked = [a for a in AnswerService(other).list() if a.action_id is not None]
        assert [ActionService(other).get(a.action_id).title[:22] for a in linked] == [
            "Early-warning sensors "
        ]
        assert report.conflicts == []
        assert dump(other) == dump(rich_store)
        # The other laptop shows the same plan and profile.
        plan = PlanService(other).current()
        assert plan is not None and plan.uuid == PlanService(rich_store).current().uuid  # type: ignore[union-attr]


def test_importing_the_same_package_twice_changes_nothing(
    rich_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "all.brdesk"
    export_package(rich_store, out)
    with _open(tmp_path / "laptop-b") as other:
        import_package(other, out)
        before = dump(other)
        files_before = sorted(p.name for p in other.data_dir.attachments.iterdir())
        report = import_package(other, out)
        assert report.changes == 0
        assert report.conflicts == []
        assert report.unchanged["observations"] == 3000
        assert dump(other) == before
        assert sorted(p.name for p in other.data_dir.attachments.iterdir()) == files_before
    # ...and into the laptop it came from: nothing either.
    again = import_package(rich_store, out)
    assert again.changes == 0 and again.conflicts == []


def test_a_dry_run_reports_and_writes_nothing(rich_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "all.brdesk"
    export_package(rich_store, out)
    with _open(tmp_path / "laptop-b") as other:
        before = dump(other)
        report = preview_package(other, out)
        assert report.added["observations"] == 3000
        assert dump(other) == before
        assert not other.data_dir.attachments.exists() or not any(
            other.data_dir.attachments.iterdir()
        )
        assert any("would be added" in line for line in report.lines())


def _two_laptops(store: Store, tmp_path: Path) -> Store:
    out = tmp_path / "first.brdesk"
    export_package(store, out)
    other = _open(tmp_path / "laptop-b")
    import_package(other, out)
    return other


def _reserve_on(store: Store) -> Any:
    reserve = ReserveService(store).current()
    assert reserve is not None
    return reserve


def test_an_edit_on_one_laptop_travels_without_a_conflict(
    demo_store: Store, tmp_path: Path
) -> None:
    other = _two_laptops(demo_store, tmp_path)
    try:
        # The manager edits the reserve; the ranger's copy was not touched since.
        ReserveService(demo_store).update(_reserve_on(demo_store).id, managing_body="New board")
        export_package(demo_store, tmp_path / "second.brdesk")
        report = import_package(other, tmp_path / "second.brdesk")
        assert report.updated["reserves"] == 1
        assert report.conflicts == []
        assert _reserve_on(other).managing_body == "New board"

        # The ranger edits it back in turn: the manager's copy is the version it started from.
        ReserveService(other).update(_reserve_on(other).id, glaciers="Two small glaciers")
        export_package(other, tmp_path / "third.brdesk")
        report = import_package(demo_store, tmp_path / "third.brdesk")
        assert report.updated["reserves"] == 1
        assert report.conflicts == []
        assert _reserve_on(demo_store).glaciers == "Two small glaciers"
        assert dump(demo_store)["reserve"] == dump(other)["reserve"]
    finally:
        other.close()


def test_a_record_edited_on_both_laptops_keeps_the_newer_and_reports_it(
    demo_store: Store, tmp_path: Path
) -> None:
    other = _two_laptops(demo_store, tmp_path)
    try:
        obs = ObservationService(other).list()[0]
        here = next(o for o in ObservationService(demo_store).list() if o.uuid == obs.uuid)
        ObservationService(other).update(obs.id, notes="Ranger: three cubs")
        ObservationService(demo_store).update(here.id, notes="Manager: checked")  # newer
        export_package(demo_store, tmp_path / "manager.brdesk")
        export_package(other, tmp_path / "ranger.brdesk")

        # On the ranger's laptop: the manager's newer version wins, the ranger's is reported.
        report = import_package(other, tmp_path / "manager.brdesk")
        assert report.updated["observations"] == 1
        assert len(report.conflicts) == 1
        conflict = report.conflicts[0]
        assert conflict.kept == "package"
        assert ("Notes", "Ranger: three cubs", "Manager: checked") in conflict.differences
        assert "Ranger: three cubs" in conflict.describe()
        assert ObservationService(other).get(obs.id).notes == "Manager: checked"

        # On the manager's laptop: ours is newer and stays; the ranger's values are reported.
        report = import_package(demo_store, tmp_path / "ranger.brdesk")
        assert report.changes == 0
        assert [c.kept for c in report.conflicts] == ["here"]
        assert "Ranger: three cubs" in report.conflicts[0].describe()
        assert ObservationService(demo_store).get(here.id).notes == "Manager: checked"
        # A second import of the same package: the same data, and said once only.
        again = import_package(demo_store, tmp_path / "ranger.brdesk")
        assert again.changes == 0 and again.conflicts == []
    finally:
        other.close()


def test_tag_changes_travel(demo_store: Store, tmp_path: Path) -> None:
    other = _two_laptops(demo_store, tmp_path)
    try:
        action = ActionService(demo_store).list()[0]
        ActionService(demo_store).update(action.id, sdgs=[1, 13], gbf_targets=[])
        export_package(demo_store, tmp_path / "tags.brdesk")
        report = import_package(other, tmp_path / "tags.brdesk")
        assert report.updated["actions"] == 1
        mine = next(a for a in ActionService(other).list() if a.uuid == action.uuid)
        assert [s.number for s in mine.sdgs] == [1, 13]
        assert mine.gbf_targets == []
    finally:
        other.close()


def test_an_undone_delete_keeps_the_records_identity(demo_store: Store) -> None:
    service = ReserveService(demo_store)
    reserve = _reserve_on(demo_store)
    snapshot = service.snapshot(reserve.id)
    service.delete(reserve.id)
    assert service.restore(snapshot).uuid == reserve.uuid


def test_a_selection_of_observations_carries_their_reserve_only(
    rich_store: Store, tmp_path: Path
) -> None:
    observations = ObservationService(rich_store).list()
    days = sorted(o.observed_on for o in observations)
    start, end = days[len(days) // 2], days[-1]
    expected = sum(1 for d in days if start <= d <= end)
    out = tmp_path / "obs.brdesk"
    result = export_package(rich_store, out, Selection("observations", start, end))
    assert result.counts == {"reserves": 1, "observations": expected, "attachments": 0} or (
        result.counts == {"reserves": 1, "observations": expected, "attachments": 1}
    )
    with _open(tmp_path / "laptop-b") as other:
        import_package(other, out)
        got = ObservationService(other).list()
        assert len(got) == expected
        assert all(start <= o.observed_on <= end for o in got)
        assert PlanService(other).current() is None
        assert {o.reserve_id for o in got} == {_reserve_on(other).id}


def test_the_plan_only(rich_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "plan.brdesk"
    result = export_package(rich_store, out, Selection("plan"))
    assert set(result.counts) >= {"plans", "objectives", "actions", "reserves"}
    assert not result.counts.get("observations") and not result.counts.get("participants")
    with _open(tmp_path / "trainer") as trainer:
        import_package(trainer, out)
        assert dump(trainer)["action"] == dump(rich_store)["action"]
        assert dump(trainer)["action_sdg"] == dump(rich_store)["action_sdg"]
        assert ObservationService(trainer).list() == []


def test_a_reserve_of_the_same_name_is_linked_not_duplicated(
    demo_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "obs.brdesk"
    export_package(demo_store, out, Selection("observations"))
    with _open(tmp_path / "manager") as manager:
        name = _reserve_on(demo_store).name
        mine = ReserveService(manager).create(name=f"  {name.upper()} ", managing_body="Board")
        report = import_package(manager, out)
        assert len(ReserveService(manager).list()) == 1
        assert ReserveService(manager).get(mine.id).managing_body == "Board"
        assert {o.reserve_id for o in ObservationService(manager).list()} == {mine.id}
        assert any("same name" in m for m in report.matched)


def test_selection_dates_in_the_wrong_order_are_refused() -> None:
    with pytest.raises(Exception, match="ends"):
        Selection("observations", date(2025, 5, 1), date(2025, 4, 1))


# --- format versions ---------------------------------------------------------------------

GOLDEN = FIXTURES / "packages" / "v1.brdesk"


def test_a_version_1_package_still_imports(tmp_path: Path) -> None:
    with _open(tmp_path / "data") as store:
        report = import_package(store, GOLDEN)
        assert report.added["observations"] == 2
        assert report.added["actions"] == 1
        obs = ObservationService(store).list()
        assert {o.subject for o in obs} == {"Panthera uncia", "Marmota menzbieri"}


def test_older_package_versions_are_upgraded_on_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As a future version 3 would: change a field, and upgrade older records on import
    # (version 1 records pass through the step to version 2 first).
    seen: list[str] = []

    def upgrade_2_to_3(kind: str, record: dict[str, Any]) -> dict[str, Any]:
        seen.append(kind)
        if kind == "observations":
            record["subject"] = record["subject"].upper()
        return record

    monkeypatch.setattr(pkg, "VERSION", 3)
    monkeypatch.setitem(pkg.UPGRADES, 2, upgrade_2_to_3)
    with _open(tmp_path / "data") as store:
        import_package(store, GOLDEN)
        assert {o.subject for o in ObservationService(store).list()} == {
            "PANTHERA UNCIA",
            "MARMOTA MENZBIERI",
        }
    assert "observations" in seen and "actions" in seen


def test_a_package_from_a_newer_brdesk_is_refused(tmp_path: Path) -> None:
    bad = _rewrite(GOLDEN, tmp_path / "newer.brdesk", manifest=lambda m: {**m, "version": 99})
    with _open(tmp_path / "data") as store, pytest.raises(PackageRefused, match="newer brdesk"):
        import_package(store, bad)


# --- hostile packages --------------------------------------------------------------------


def _rewrite(
    source: Path,
    target: Path,
    *,
    manifest: Any = None,
    member: str | None = None,
    content: bytes | None = None,
    fix_checksum: bool = True,
    extra: tuple[str, bytes] | None = None,
) -> Path:
    """A copy of a package with one member replaced (its manifest entry updated to match,
    unless fix_checksum is off) or added."""
    with zipfile.ZipFile(source) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    meta = json.loads(members.pop(pkg.MANIFEST))
    if member is not None and content is not None:
        members[member] = content
        if fix_checksum:
            meta["files"][member] = {
                "size": len(content),
                "sha256": hashlib.sha256(content).hexdigest(),
            }
    if manifest is not None:
        meta = manifest(meta)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
        if extra is not None:
            z.writestr(*extra)
        z.writestr(pkg.MANIFEST, json.dumps(meta))
    return target


def _observation_lines(value_changes: dict[str, Any]) -> bytes:
    with zipfile.ZipFile(GOLDEN) as z:
        lines = z.read("records/observations.jsonl").decode().splitlines()
    first = json.loads(lines[1])
    first.update(value_changes)
    lines[1] = json.dumps(first)
    return ("\n".join(lines) + "\n").encode()


FUTURE = (utcnow() + timedelta(days=30)).isoformat()
HOSTILE = {
    "traversal": (dict(extra=("attachments/../../evil.sh", b"rm -rf /")), "holds"),
    "unknown member": (dict(extra=("records/../../x.jsonl", b"{}")), "holds"),
    "unlisted member": (dict(extra=("attachments/extra.bin", b"x")), "not listed"),
    "tampered record": (
        dict(
            member="records/observations.jsonl",
            content=_observation_lines({"count": 999}),
            fix_checksum=False,
        ),
        "size listed|checksum",
    ),
    "not json": (
        dict(member="records/observations.jsonl", content=b'{"uuid": "x"\n'),
        "line 1 is not JSON",
    ),
    "not a record": (dict(member="records/observations.jsonl", content=b"[1, 2]\n"), "line 1"),
    "a NUL in a text": (
        dict(
            member="records/observations.jsonl",
            content=_observation_lines({"notes": "Burrow\u0000colony"}),
        ),
        r"Notes.*control character \(U\+0000\)",
    ),
    "a count of 1e19": (
        dict(member="records/observations.jsonl", content=_observation_lines({"count": 10**19})),
        "line 2: observation .*Count: must be at most 9223372036854775807",
    ),
    "a count of 1e30": (
        dict(member="records/observations.jsonl", content=_observation_lines({"count": 1e30})),
        "line 2: observation .*Count",
    ),
    "impossible latitude": (
        dict(member="records/observations.jsonl", content=_observation_lines({"latitude": 95.0})),
        "line 2: observation 'Marmota menzbieri on 2025-08-14', Latitude",
    ),
    "date in the future": (
        dict(
            member="records/observations.jsonl",
            content=_observation_lines({"observed_on": "2099-01-01"}),
        ),
        "line 2.*Date: 2099-01-01 is in the future",
    ),
    "edited in the future": (
        dict(
            member="records/observations.jsonl", content=_observation_lines({"updated_at": FUTURE})
        ),
        "line 2: 'updated_at' .* is in the future",
    ),
    "unknown field": (
        dict(member="records/observations.jsonl", content=_observation_lines({"drop_table": "x"})),
        "line 2: 'drop_table' is not a field",
    ),
    "bad uuid": (
        dict(
            member="records/observations.jsonl", content=_observation_lines({"uuid": "../../etc"})
        ),
        "line 2: 'uuid' is not a UUID",
    ),
    "dangling link": (
        dict(
            member="records/observations.jsonl",
            content=_observation_lines({"reserve": "11111111-1111-4111-8111-111111111111"}),
        ),
        "neither in the package nor here",
    ),
    "wrong type": (
        dict(member="records/observations.jsonl", content=_observation_lines({"count": "many"})),
        "Count: must be a whole number",
    ),
    "not a package": (dict(manifest=lambda m: {**m, "format": "other"}), "not a brdesk package"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_package_is_refused_and_nothing_is_written(case: str, tmp_path: Path) -> None:
    changes, message = HOSTILE[case]
    bad = _rewrite(GOLDEN, tmp_path / f"{case.replace(' ', '-')}.brdesk", **changes)
    with _open(tmp_path / "data") as store:
        ReserveService(store).create(name="Mine")
        before = dump(store)
        with pytest.raises(PackageRefused, match=message) as refused:
            import_package(store, bad)
        assert bad.name in str(refused.value)
        assert dump(store) == before
        assert not store.data_dir.attachments.exists() or not any(
            store.data_dir.attachments.iterdir()
        )
    assert not (tmp_path / "evil.sh").exists()


def test_a_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    bomb = _rewrite(
        GOLDEN, tmp_path / "bomb.brdesk",
        member="records/observations.jsonl", content=b" " * (300 * 2**20),
    )  # fmt: skip
    with _open(tmp_path / "data") as store, pytest.raises(PackageRefused, match="zip bomb"):
        import_package(store, bomb)


def test_an_attachment_that_does_not_match_is_refused_and_no_file_is_left(
    rich_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "all.brdesk"
    export_package(rich_store, out)
    with zipfile.ZipFile(out) as z:
        photo = next(n for n in z.namelist() if n.endswith(".jpg"))
    bad = _rewrite(out, tmp_path / "swapped.brdesk", member=photo, content=b"not the photo",
                   fix_checksum=True)  # fmt: skip
    with _open(tmp_path / "laptop-b") as other:
        with pytest.raises(PackageRefused, match=r"checksum|size"):
            import_package(other, bad)
        assert ObservationService(other).list() == []
        assert not other.data_dir.attachments.exists() or not any(
            other.data_dir.attachments.iterdir()
        )


def test_a_package_is_written_whole_or_not_at_all(rich_store: Store, tmp_path: Path) -> None:
    missing = AttachmentService(rich_store).list_for()[0]
    AttachmentService(rich_store).path_of(missing).unlink()
    if rich_store.on_server:  # its bytes are in the database too: gone from there as well
        from brdesk.services.attachment_files import forget

        with rich_store.transaction() as session:
            forget(session, missing.stored_name)
    out = tmp_path / "all.brdesk"
    with pytest.raises(Exception, match="missing from the data folder"):
        export_package(rich_store, out)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".all")] == []


def test_the_wrong_suffix_is_refused(demo_store: Store, tmp_path: Path) -> None:
    with pytest.raises(Exception, match=r"\.brdesk file"):
        export_package(demo_store, tmp_path / "x.zip")


@pytest.mark.laptop_file  # an office database is backed up on its server
def test_import_takes_a_backup_first(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "plan.brdesk"
    export_package(demo_store, out, Selection("plan"))
    import_package(demo_store, out)
    assert any("before-import" in p.name for p in demo_store.data_dir.backups.glob("*.db"))


@pytest.mark.parametrize("version", range(1, pkg.VERSION + 1))
def test_every_versions_golden_package_comes_back_the_same(version: int, tmp_path: Path) -> None:
    """Each fixture is a real package of its version: imported and re-exported, it has the
    same records, plus what later versions added (empty: nothing is invented)."""
    golden = FIXTURES / "packages" / f"v{version}.brdesk"
    added = (
        {"observations": {"kingdom": None, "taxon_rank": None, "utc_offset": None}}
        if version < 2
        else {}
    )
    with _open(tmp_path / "data") as store:
        import_package(store, golden)
        out = tmp_path / "again.brdesk"
        export_package(store, out)
    with zipfile.ZipFile(golden) as a, zipfile.ZipFile(out) as b:
        kinds = ("observations", "actions", *(("assessments",) if version >= 3 else ()),
                 *(("good_practices", "good_practice_actions", "attachments")
                   if version >= 5 else ()))  # fmt: skip
        for kind in kinds:
            name = f"records/{kind}.jsonl"
            # Only the sync mark differs: the copy here was received from the package.
            # (Attachments carry none: a file never changes.)
            mark = {} if kind == "attachments" else {"synced_at": None}
            ours = [{**json.loads(x), **mark} for x in b.read(name).splitlines()]
            theirs = [{**json.loads(x), **added.get(kind, {})} for x in a.read(name).splitlines()]
            assert theirs == ours


def test_a_version_2_package_carries_the_kingdom_rank_and_offset(tmp_path: Path) -> None:
    with _open(tmp_path / "data") as store:
        import_package(store, FIXTURES / "packages" / "v2.brdesk")
        got = {o.subject: o for o in ObservationService(store).list()}
        assert (got["Panthera uncia"].kingdom, got["Panthera uncia"].taxon_rank) == (
            "Animalia",
            "species",
        )
        assert got["Marmota menzbieri"].utc_offset == "+06:00"


# --- the hostile-file corpus's packages ----------------------------------------------------

HOSTILE_DIR = FIXTURES / "hostile"
#: What each package of the corpus is refused for (a part of the message).
CORPUS = {
    "package-future-date.brdesk": "line 1: observation 'Panthera uncia on 2199-01-01', Date",
    "package-huge-record.brdesk": "has a record longer than 4 MB",
    "package-impossible-coordinate.brdesk": (
        "line 1: observation 'Panthera uncia on 2025-07-02', Latitude"
    ),
    "package-newer-version.brdesk": "written by a newer brdesk",
    "package-path-traversal.brdesk": (
        "is not a brdesk package: it holds 'attachments/../../evil.txt'"
    ),
    "package-tampered.brdesk": "records/observations.jsonl does not match its checksum",
    "package-wrong-type.brdesk": "Count: must be a whole number (got 'a dozen')",
    "package-zip-bomb.brdesk": "would unpack to",
}


def test_the_corpus_has_every_hostile_package() -> None:
    assert sorted(p.name for p in HOSTILE_DIR.glob("*.brdesk")) == sorted(CORPUS)


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_each_hostile_package_of_the_corpus_is_refused(name: str, demo_store: Store) -> None:
    before = dump(demo_store)
    folder = sorted(p.name for p in demo_store.data_dir.root.rglob("*") if "-wal" not in p.name)
    with pytest.raises(PackageRefused) as refused:
        import_package(demo_store, HOSTILE_DIR / name)
    assert name in str(refused.value) and CORPUS[name] in str(refused.value)
    assert "Nothing was imported" in str(refused.value)
    assert dump(demo_store) == before
    after = sorted(p.name for p in demo_store.data_dir.root.rglob("*") if "-wal" not in p.name)
    # Only the backup taken before the import is new.
    assert [n for n in after if n not in folder and "before-import" not in n] == []
    assert not list(HOSTILE_DIR.parent.parent.parent.rglob("evil.txt"))


def test_json_nested_a_hundred_thousand_deep_is_refused_plainly(tmp_path: Path) -> None:
    deep = ("[" * 100_000 + "]" * 100_000).encode()
    record = _rewrite(GOLDEN, tmp_path / "deep-record.brdesk", member="records/actions.jsonl",
                      content=deep + b"\n")  # fmt: skip
    with (
        zipfile.ZipFile(GOLDEN) as z,
        zipfile.ZipFile(tmp_path / "deep-manifest.brdesk", "w") as out,
    ):
        for info in z.infolist():
            out.writestr(info, deep if info.filename == pkg.MANIFEST else z.read(info))
    with _open(tmp_path / "data") as store:
        with pytest.raises(PackageRefused, match=r"actions\.jsonl, line 1 is not JSON"):
            import_package(store, record)
        with pytest.raises(PackageRefused, match=r"manifest\.json is not JSON"):
            import_package(store, tmp_path / "deep-manifest.brdesk")


@pytest.mark.parametrize("count", [-7, 2.5, True, "many"])
def test_a_manifest_with_impossible_counts_is_refused(count: object, tmp_path: Path) -> None:
    def lie(meta: dict[str, Any]) -> dict[str, Any]:
        meta["counts"]["reserves"] = count
        return meta

    bad = _rewrite(GOLDEN, tmp_path / "impossible.brdesk", manifest=lie)
    with (
        _open(tmp_path / "data") as store,
        pytest.raises(
            PackageRefused, match=r"its manifest counts .* reserves, which no package holds"
        ),
    ):
        import_package(store, bad)


def test_a_manifest_whose_counts_disagree_with_its_records_is_refused(tmp_path: Path) -> None:
    def lie(meta: dict[str, Any]) -> dict[str, Any]:
        meta["counts"]["observations"] = 5
        return meta

    bad = _rewrite(GOLDEN, tmp_path / "counts.brdesk", manifest=lie)
    with _open(tmp_path / "data") as store:
        with pytest.raises(PackageRefused, match=r"holds 2 records, and its manifest says 5"):
            import_package(store, bad)
        assert ObservationService(store).list() == []  # nothing was written


ELF = b"\x7fELF\x02\x01\x01" + b"\x00" * 200


def _with_attachment(source: Path, target: Path, name: str, content: bytes) -> Path:
    """A copy of a package whose first attachment is replaced by `content` called `name`,
    with every record and checksum made to agree, as a careful forger would."""
    with zipfile.ZipFile(source) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    meta = json.loads(members.pop(pkg.MANIFEST))
    lines = members["records/attachments.jsonl"].decode().splitlines()
    first = json.loads(lines[0])
    old_member = pkg.attachment_member(first["stored_name"])
    stored = first["uuid"] + Path(name).suffix
    first.update(
        original_name=name, stored_name=stored, size_bytes=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
    )  # fmt: skip
    lines[0] = json.dumps(first)
    members["records/attachments.jsonl"] = ("\n".join(lines) + "\n").encode()
    del members[old_member]
    members[pkg.attachment_member(stored)] = content
    files = meta["files"]
    del files[old_member]
    for member in ("records/attachments.jsonl", pkg.attachment_member(stored)):
        data = members[member]
        files[member] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for member, data in members.items():
            z.writestr(member, data)
        z.writestr(pkg.MANIFEST, json.dumps(meta))
    return target


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("visa.jpg", ELF, "is a Linux program"),
        ("setup.exe", b"MZ\x90\x00" + b"\x00" * 200, "is a Windows program"),
        ("tool.exe", b"\xff\xd8\xff" + b"\x00" * 200, "keeps only pictures"),
        ("scan.pdf", b"<html><script>alert(1)</script>", "is not a PDF document"),
        ("report.docx", b"PK\x03\x04" + b"\x00" * 200, "is not an Office document"),
    ],
)
def test_an_attachment_that_is_not_what_its_name_says_is_refused(
    rich_store: Store, tmp_path: Path, name: str, content: bytes, said: str
) -> None:
    out = tmp_path / "all.brdesk"
    export_package(rich_store, out)
    forged = _with_attachment(out, tmp_path / "forged.brdesk", name, content)
    with _open(tmp_path / "laptop-b") as other:
        for dry_run in (True, False):
            with pytest.raises(PackageRefused, match=said):
                import_package(other, forged, dry_run=dry_run)
        assert ObservationService(other).list() == []
        left = other.data_dir.attachments
        assert not left.exists() or not any(left.iterdir())
