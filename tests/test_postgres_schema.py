"""brdesk's schema on PostgreSQL (issue 22): the migrations build it, it is the models'
schema, and what SQLite's triggers and FTS5 index do has its PostgreSQL counterpart."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from brdesk.db import models
from brdesk.db.state import HEAD_REVISION


def _summaries(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    with engine.connect() as conn:
        return {
            table: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2"))]
            for table in ("summary_daily", "summary_species_daily", "summary_elevation_monthly")
        }


def _observe(engine: Engine) -> None:
    """The same edits on either engine: three sightings and a reading, one moved, one gone."""
    rows = [
        ("species", "Panthera uncia", date(2026, 5, 1), 4012.5),
        ("species", "Panthera uncia", date(2026, 5, 1), 4037.0),
        ("species", "Ursus arctos", date(2026, 6, 2), -12.0),
        ("climate", "Air temperature", date(2026, 6, 2), None),
    ]
    with Session(engine) as session, session.begin():
        for category, subject, day, elevation in rows:
            session.add(models.Observation(category=category, subject=subject,
                                           observed_on=day, elevation_m=elevation))  # fmt: skip
    with Session(engine) as session, session.begin():
        first, second = session.query(models.Observation).order_by("id").limit(2)
        first.observed_on = date(2026, 5, 3)
        session.delete(second)


def test_the_migrations_build_brdesks_schema_on_postgresql(postgres_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from brdesk.db.base import Base
    from brdesk.db.migrate import open_server_database

    engine = open_server_database(postgres_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                HEAD_REVISION
            )
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
            trigram = conn.execute(
                text("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'ix_observation_trgm%'")
            ).scalars()
            found = sorted(trigram)
    finally:
        engine.dispose()
    # The trigram indexes are the search's, not the models': the only thing the models lack.
    assert [d for d in differences if not (d[0] == "remove_index" and "trgm" in d[1].name)] == []
    assert found == [f"ix_observation_trgm_{c}" for c in ("notes", "observer", "site", "subject")]


def test_the_dashboards_summaries_follow_the_observations_on_both_engines(
    postgres_url: str, tmp_path: Path
) -> None:
    from brdesk.db.migrate import open_database, open_server_database

    server = open_server_database(postgres_url)
    laptop = open_database(tmp_path / "brdesk.db", tmp_path / "backups")
    try:
        _observe(server)
        _observe(laptop)
        on_server, on_laptop = _summaries(server), _summaries(laptop)
    finally:
        server.dispose()
        laptop.dispose()
    assert on_server == on_laptop
    assert on_server["summary_species_daily"] == [
        ("2026-05-03", "Panthera uncia", 1),
        ("2026-06-02", "Ursus arctos", 1),
    ]
    # A band is truncated toward zero on both: -12 m is band 0, 4012.5 m band 160.
    assert on_server["summary_elevation_monthly"] == [("2026-05", 160, 1), ("2026-06", 0, 1)]


def test_a_database_a_newer_brdesk_wrote_is_refused_untouched(postgres_url: str) -> None:
    from brdesk.db.migrate import open_server_database
    from brdesk.errors import DatabaseRefused

    open_server_database(postgres_url).dispose()
    from brdesk.db.engine import make_server_engine

    engine = make_server_engine(postgres_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(DatabaseRefused, match="newer version of brdesk"):
        open_server_database(postgres_url)


def test_the_sql_written_for_sqlite_is_said_the_way_psycopg_reads_it() -> None:
    from brdesk.db.dbapi import to_format

    assert to_format("SELECT id FROM observation WHERE subject LIKE ? AND site = ?") == (
        "SELECT id FROM observation WHERE subject LIKE %s AND site = %s"
    )
    # A literal % is doubled everywhere (psycopg reads it in quoted text too); a quoted ?
    # is text, not a placeholder.
    assert to_format("SELECT '50%?' || ?, \"odd?name\" FROM t WHERE n % 2 = ?") == (
        "SELECT '50%%?' || %s, \"odd?name\" FROM t WHERE n %% 2 = %s"
    )


def test_the_servers_refusals_reach_plain_sql_as_sqlite_says_them(
    postgres_url: str, tmp_path: Path
) -> None:
    """What catches sqlite3's IntegrityError around plain SQL (an import's commit) catches
    the server's too: nothing of psycopg's reaches the user."""
    import sqlite3

    from brdesk.paths import DataDir
    from brdesk.services.observations import ObservationService
    from brdesk.services.store import Store

    with Store.open(DataDir(tmp_path / "data", postgres_url)) as store:
        record = ObservationService(store).create(
            observed_on=date(2025, 5, 1), category="species", subject="Panthera uncia"
        )
        with store.dbapi() as conn:
            with pytest.raises(sqlite3.IntegrityError, match="ck_observation"):
                conn.execute(
                    "UPDATE observation SET latitude = 123, longitude = 0 WHERE id = ?",
                    (record.id,),
                )
            conn.rollback()  # type: ignore[attr-defined]


def test_the_command_line_keeps_its_records_on_the_server_the_url_names(
    postgres_url: str, tmp_path: Path
) -> None:
    """`--database-url` (or BRDESK_DATABASE_URL): the records go to the server, the data
    folder keeps the rest; an unreachable server is said in one line, nothing made."""
    import os
    import subprocess
    import sys

    from brdesk.paths import DataDir
    from brdesk.services.plan import ActionService, ObjectiveService, PlanService
    from brdesk.services.store import Store

    # Another office computer writes the plan to the server...
    with Store.open(DataDir(tmp_path / "office-desktop", postgres_url)) as desk:
        plan = PlanService(desk).create(title="Plan", start_year=2026, end_year=2030)
        goal = ObjectiveService(desk).create(plan_id=plan.id, pillar_id=1, title="Snow leopards")
        ActionService(desk).create(objective_id=goal.id, title="Camera-trap grid, 40 cells")
    # ...and this laptop's command line reads it from there.
    folder = tmp_path / "office-laptop"
    out = tmp_path / "plan.csv"
    env = {**os.environ, "BRDESK_DATABASE_URL": postgres_url}
    done = subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(folder), "export", "plan", str(out)],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Camera-trap grid, 40 cells" in out.read_text(encoding="utf-8-sig")
    assert not (folder / "brdesk.db").exists()

    gone = postgres_url.replace("brdesk_test_", "no_such_database_")
    refused = subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(folder), "--database-url", gone,
         "export", "plan", str(out)],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert refused.returncode == 1
    assert refused.stderr.startswith("brdesk: Cannot reach the office database ")
    assert "no_such_database_" in refused.stderr and "Traceback" not in refused.stderr
