"""Copy the package's reference data (pillars, SDGs, GBF targets) into the store.

Idempotent: run by the migration that introduced the tables, by new databases, and by any
later migration that changes the reference files.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table

from brdesk import reference
from brdesk.db.models import GbfTarget, Pillar, Sdg
from brdesk.db.postgres import upsert


def sync_reference(connection: Connection) -> None:
    rows_by_table = (
        (
            Pillar.__table__,
            [{"id": p.number, "code": p.code, "name": p.name} for p in reference.pillars()],
            ["code", "name"],
        ),
        (
            Sdg.__table__,
            [{"number": g.number, "short_name": g.title} for g in reference.sdgs()],
            ["short_name"],
        ),
        (
            GbfTarget.__table__,
            [{"number": g.number, "short_title": g.title} for g in reference.gbf_targets()],
            ["short_title"],
        ),
    )
    for table, rows, updatable in rows_by_table:
        assert isinstance(table, Table)
        stmt = upsert(connection, table)
        stmt = stmt.on_conflict_do_update(
            index_elements=list(table.primary_key.columns),
            set_={name: stmt.excluded[name] for name in updatable},
        )
        connection.execute(stmt, rows)
