"""The schema: migrations agree with the models, old databases upgrade with their data,
and databases this version must not touch are refused and left byte-for-byte as they were."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from brdesk.db.base import Base
from brdesk.db.engine import make_engine
from brdesk.db.fts import is_fts_table
from brdesk.db.migrate import HEAD_REVISION, KNOWN_REVISIONS, alembic_config, upgrade
from brdesk.errors import DatabaseRefused
from brdesk.services.plan import ActionService
from brdesk.services.store import Store

# The laptop's own file (upgrading the laptop's SQLite file (the server's: test_postgres_schema)):
# not run on the server (tests/server_folders.py).
pytestmark = pytest.mark.laptop_file

SHARED_TABLES = (
    "programme", "participant", "reserve", "action_plan", "participation_summary",
    "training_evaluation", "followup_item",
)  # fmt: skip
FIXTURE_DBS = Path(__file__).resolve().parent / "fixtures" / "dbs"
IMPORTS = Path(__file__).resolve().parent / "fixtures" / "imports"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrations_at_head_match_the_models_exactly(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "migrated.db")
    upgrade(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={"include_object": lambda o, n, t, r, c: not (t == "table" and is_fts_table(n))},
        )
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diff == []


def test_known_revisions_are_exactly_the_shipped_scripts() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    chain = [rev.revision for rev in scripts.walk_revisions()][::-1]
    assert tuple(chain) == KNOWN_REVISIONS
    assert scripts.get_current_head() == HEAD_REVISION


def test_a_new_database_has_the_same_schema_as_a_migrated_one(tmp_path: Path) -> None:
    def describe(db: Path) -> dict[str, object]:
        engine = make_engine(db)
        insp = inspect(engine)
        shape = {
            table: (
                [(c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(table)],
                sorted((i["name"], tuple(i["column_names"])) for i in insp.get_indexes(table)),
                sorted(str(ck["name"]) for ck in insp.get_check_constraints(table)),
                sorted(
                    (fk["referred_table"], fk["options"].get("ondelete"))
                    for fk in insp.get_foreign_keys(table)
                ),
            )
            for table in insp.get_table_names()
        }
        engine.dispose()
        return shape

    store = Store.open(tmp_path / "fresh")
    store.close()
    migrated = make_engine(tmp_path / "migrated.db")
    upgrade(migrated)
    migrated.dispose()
    assert describe(tmp_path / "fresh" / "brdesk.db") == describe(tmp_path / "migrated.db")


def test_there_is_a_fixture_for_every_shipped_revision() -> None:
    assert sorted(p.stem for p in FIXTURE_DBS.glob("*.db")) == sorted(KNOWN_REVISIONS)


@pytest.mark.parametrize("revision", KNOWN_REVISIONS)
def test_every_shipped_schema_upgrades_with_its_data_intact(revision: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURE_DBS / f"{revision}.db", data / "brdesk.db")

    store = Store.open(data)
    try:
        with store.reading() as session:
            conn = session.connection()
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
                HEAD_REVISION
            )
            assert (
                conn.exec_driver_sql("SELECT full_name FROM participant").scalar()
                == "Aigerim Tokaeva"
            )
            obs = conn.exec_driver_sql(
                "SELECT uuid, latitude, subject, sensitive FROM observation"
            ).one()
            assert tuple(obs) == (
                "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e",
                41.8833,
                "Marmota menzbieri",
                1,
            )
            assert conn.exec_driver_sql("SELECT count(*) FROM attachment").scalar() == 1
            assert conn.exec_driver_sql("SELECT count(*) FROM sdg").scalar() == 17
            assert conn.exec_driver_sql("SELECT count(*) FROM gbf_target").scalar() == 23
            assert conn.exec_driver_sql("SELECT count(*) FROM pillar").scalar() == 4
            # Rebuilding a table must not cascade to the rows that refer to it.
            for table in ("followup_item", "participation_summary", "training_evaluation"):
                assert conn.exec_driver_sql(f"SELECT participant_id FROM {table}").scalar() == 1
            assert conn.exec_driver_sql("SELECT reserve_id FROM action_plan").scalar() == 1
            assert conn.exec_driver_sql("SELECT programme_id FROM participant").scalar() == 1
            for table in SHARED_TABLES:
                uuids = conn.exec_driver_sql(f"SELECT uuid FROM {table}").scalars().all()
                assert all(len(u) == 36 for u in uuids), table
        if revision >= "0002":
            action = ActionService(store).get(1)
            assert [s.number for s in action.sdgs] == [15]
            assert [g.number for g in action.gbf_targets] == [2]
    finally:
        store.close()

    backups = list((data / "backups").glob("*.db"))
    if revision == HEAD_REVISION:
        assert backups == []
    else:
        # The copy taken before the upgrade still holds the old schema and the data.
        assert len(backups) == 1
        with sqlite3.connect(backups[0]) as old:
            assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
            assert old.execute("SELECT count(*) FROM observation").fetchone() == (1,)


def test_a_database_from_a_newer_brdesk_is_refused_and_untouched(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db = data / "brdesk.db"
    shutil.copy(FIXTURE_DBS / f"{HEAD_REVISION}.db", db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    conn.close()
    before = _sha(db)

    with pytest.raises(DatabaseRefused, match="newer version of brdesk"):
        Store.open(data)

    assert _sha(db) == before
    assert list((data / "backups").iterdir()) == []


@pytest.mark.parametrize(
    "content",
    [b"This is a spreadsheet, not a database" * 40, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["text", "broken-header"],
)
def test_an_unreadable_file_is_refused_and_untouched(content: bytes, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db = data / "brdesk.db"
    db.write_bytes(content)
    with pytest.raises(DatabaseRefused, match="left untouched"):
        Store.open(data)
    assert db.read_bytes() == content


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db = data / "brdesk.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    conn.close()
    before = _sha(db)
    with pytest.raises(DatabaseRefused, match="not a brdesk database"):
        Store.open(data)
    assert _sha(db) == before


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "brdesk.db").write_bytes(b"")
    store = Store.open(data)
    assert store.counts()["participants"] == 0
    store.close()


def test_gbif_records_imported_by_their_gbif_key_are_still_recognised(tmp_path: Path) -> None:
    """Before 0007 a GBIF download's records were keyed by gbifID alone: the upgrade marks
    those keys, and the same download read again (now by occurrenceID) adds nothing."""
    from datetime import date

    from brdesk.services.importer import commit_import, preview_import

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURE_DBS / "0006.db", data / "brdesk.db")
    with sqlite3.connect(data / "brdesk.db") as old:
        for n, (gbif_id, subject) in enumerate(
            [("4012345678", "Lophophorus impejanus"), ("4012345679", "Rhododendron campanulatum")]
        ):
            old.execute(
                "INSERT INTO observation (uuid, observed_on, category, subject, sensitive, "
                "source, source_id, created_at, updated_at) VALUES (?, '2023-06-01', "
                "'species', ?, 0, 'gbif', ?, '2025-10-01 08:00:00', '2025-10-01 08:00:00')",
                (f"00000000-0000-4000-8000-00000000010{n}", subject, gbif_id),
            )
    with Store.open(data) as store:
        with store.dbapi() as conn:
            keys = conn.execute(
                "SELECT source_id FROM observation WHERE source = 'gbif' ORDER BY source_id"
            ).fetchall()
        assert keys == [("gbifID:4012345678",), ("gbifID:4012345679",)]
        again = preview_import(store, IMPORTS / "gbif_occurrence.csv", today=date(2026, 11, 22))
        assert (again.accepted, again.already_present) == (0, 2)
        assert commit_import(store, again) == 0


def _schema(db: Path) -> list[tuple[str, str, list[str], list[str]]]:
    """Every table, index and trigger, statement by statement. A table's constraints are
    compared as a set: Alembic's batch mode (0006) writes them in an order that changes
    from one run to the next."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
    conn.close()
    described = []
    for kind, name, sql in rows:
        lines = [line.strip().rstrip(",") for line in (sql or "").splitlines()]
        constraints = sorted(line for line in lines if line.startswith("CONSTRAINT"))
        rest = [line for line in lines if not line.startswith("CONSTRAINT")]
        described.append((kind, name, rest, constraints))
    return described


@pytest.mark.parametrize("revision", KNOWN_REVISIONS)
def test_each_shipped_revision_still_builds_the_schema_it_shipped(
    revision: str, tmp_path: Path
) -> None:
    """A shipped migration is a record: a database upgraded to it holds, statement for
    statement, the schema of the fixture made when it shipped. Editing one (splitting,
    reformatting) that changed what it builds would fail here."""
    engine = make_engine(tmp_path / "built.db")
    upgrade(engine, revision)
    engine.dispose()
    assert _schema(tmp_path / "built.db") == _schema(FIXTURE_DBS / f"{revision}.db")
