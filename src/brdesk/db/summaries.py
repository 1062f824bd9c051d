"""Small summary tables the dashboard reads instead of a million observations, kept in step
by triggers (row by row for edits, one grouped statement for bulk inserts).

Counts go up on insert and down on delete; an update is a delete and an insert. Rows whose
count reaches zero are removed, so a taxon's first day stays right after deletions.
"""

from __future__ import annotations

from typing import Any

ELEVATION_BAND_M = 25

# (table, key columns, key expressions over a row alias, condition for a row to count)
_SUMMARIES = (
    ("summary_daily", ("day", "category"), ("{r}.observed_on", "{r}.category"), "1"),
    ("summary_species_daily", ("day", "subject"), ("{r}.observed_on", "{r}.subject"),
     "{r}.category = 'species'"),
    ("summary_elevation_monthly", ("month", "band"),
     ("substr({r}.observed_on, 1, 7)", f"CAST({{r}}.elevation_m / {ELEVATION_BAND_M} AS INTEGER)"),
     "{r}.category = 'species' AND {r}.elevation_m IS NOT NULL"),
)  # fmt: skip

TRIGGERS = ("summaries_insert", "summaries_delete", "summaries_update")


def _add(table: str, keys: tuple[str, ...], exprs: tuple[str, ...], cond: str, row: str) -> str:
    values = ", ".join(e.format(r=row) for e in exprs)
    return (
        f"INSERT INTO {table} ({', '.join(keys)}, n) SELECT {values}, 1 "
        f"WHERE {cond.format(r=row)} "
        f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET n = n + 1;"
    )


def _remove(table: str, keys: tuple[str, ...], exprs: tuple[str, ...], cond: str, row: str) -> str:
    match = " AND ".join(f"{k} = {e.format(r=row)}" for k, e in zip(keys, exprs, strict=True))
    return (
        f"UPDATE {table} SET n = n - 1 WHERE {match} AND {cond.format(r=row)};"
        f"DELETE FROM {table} WHERE {match} AND n <= 0;"
    )


def trigger_statements() -> list[str]:
    adds_new = "\n".join(_add(*s, "new") for s in _SUMMARIES)
    removes_old = "\n".join(_remove(*s, "old") for s in _SUMMARIES)
    return [
        f"CREATE TRIGGER IF NOT EXISTS summaries_insert AFTER INSERT ON observation BEGIN\n"
        f"{adds_new}\nEND",
        f"CREATE TRIGGER IF NOT EXISTS summaries_delete AFTER DELETE ON observation BEGIN\n"
        f"{removes_old}\nEND",
        f"CREATE TRIGGER IF NOT EXISTS summaries_update AFTER UPDATE OF observed_on, category, "
        f"subject, elevation_m ON observation BEGIN\n{removes_old}\n{adds_new}\nEND",
    ]


def summarise_rows(run: Any, where: str = "") -> None:
    """Add the observations matching `where` to the summaries, one grouped statement each."""
    for table, keys, exprs, cond in _SUMMARIES:
        values = [e.format(r="o") for e in exprs]
        condition = cond.format(r="o") + (f" AND {where}" if where else "")
        # NOT INDEXED: read the new rows in rowid order, as they lie on disk; through the
        # (category, observed_on) index each row was a jump, and a million took 4 s a table.
        run(
            f"INSERT INTO {table} ({', '.join(keys)}, n) "
            f"SELECT {', '.join(values)}, count(*) FROM observation AS o NOT INDEXED "
            f"WHERE {condition} "
            f"GROUP BY {', '.join(str(i + 1) for i in range(len(keys)))} "
            f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET n = n + excluded.n"
        )


def create_triggers(run: Any) -> None:
    for statement in trigger_statements():
        run(statement)


def drop_triggers(run: Any) -> None:
    for name in TRIGGERS:
        run(f"DROP TRIGGER IF EXISTS {name}")
