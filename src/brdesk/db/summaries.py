"""Small summary tables the dashboard reads instead of a million observations, kept in step
by triggers (row by row for edits, one grouped statement for bulk inserts).

Counts go up on insert and down on delete; an update is a delete and an insert. Rows whose
count reaches zero are removed, so a taxon's first day stays right after deletions.

The same statements serve SQLite and PostgreSQL (issue 22); where the two differ (a
trigger's form, how a float becomes a whole elevation band) `postgres=True` says which.
"""

from __future__ import annotations

from typing import Any

ELEVATION_BAND_M = 25

Summary = tuple[str, tuple[str, ...], tuple[str, ...], str]


def _summaries(postgres: bool) -> tuple[Summary, ...]:
    """(table, key columns, key expressions over a row alias, condition for a row to
    count). SQLite's CAST truncates a float toward zero; PostgreSQL's rounds, so there the
    band is truncated first, and the bands are the same on both."""
    band = f"{{r}}.elevation_m / {ELEVATION_BAND_M}"
    if postgres:
        # A date there, ISO text in SQLite: the summaries keep the text.
        day, month = "to_char({r}.observed_on, 'YYYY-MM-DD')", "to_char({r}.observed_on, 'YYYY-MM')"
        band, every = f"CAST(trunc({band}) AS INTEGER)", "TRUE"
    else:
        day, month = "{r}.observed_on", "substr({r}.observed_on, 1, 7)"
        band, every = f"CAST({band} AS INTEGER)", "1"
    return (
        ("summary_daily", ("day", "category"), (day, "{r}.category"), every),
        ("summary_species_daily", ("day", "subject"), (day, "{r}.subject"),
         "{r}.category = 'species'"),
        ("summary_elevation_monthly", ("month", "band"), (month, band),
         "{r}.category = 'species' AND {r}.elevation_m IS NOT NULL"),
    )  # fmt: skip


TRIGGERS = ("summaries_insert", "summaries_delete", "summaries_update")


def _add(summary: Summary, row: str, *, postgres: bool) -> str:
    table, keys, exprs, cond = summary
    values = ", ".join(e.format(r=row) for e in exprs)
    # PostgreSQL wants the count named by its table; SQLite's triggers keep the words they
    # were first made with (the schema check compares them with a new database's).
    count = f"{table}.n" if postgres else "n"
    return (
        f"INSERT INTO {table} ({', '.join(keys)}, n) SELECT {values}, 1 "
        f"WHERE {cond.format(r=row)} "
        f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET n = {count} + 1;"
    )


def _remove(summary: Summary, row: str) -> str:
    table, keys, exprs, cond = summary
    match = " AND ".join(f"{k} = {e.format(r=row)}" for k, e in zip(keys, exprs, strict=True))
    return (
        f"UPDATE {table} SET n = n - 1 WHERE {match} AND {cond.format(r=row)};"
        f"DELETE FROM {table} WHERE {match} AND n <= 0;"
    )


#: On a server, set (SET LOCAL) by a bulk insert whose rows are summarised afterwards.
BULK_SETTING = "brdesk.bulk_insert"


def trigger_statements(*, postgres: bool = False) -> list[str]:
    summaries = _summaries(postgres)
    adds_new = "\n".join(_add(s, "new", postgres=postgres) for s in summaries)
    removes_old = "\n".join(_remove(s, "old") for s in summaries)
    if postgres:
        return _postgres_triggers(adds_new, removes_old)
    return [
        f"CREATE TRIGGER IF NOT EXISTS summaries_insert AFTER INSERT ON observation BEGIN\n"
        f"{adds_new}\nEND",
        f"CREATE TRIGGER IF NOT EXISTS summaries_delete AFTER DELETE ON observation BEGIN\n"
        f"{removes_old}\nEND",
        f"CREATE TRIGGER IF NOT EXISTS summaries_update AFTER UPDATE OF observed_on, category, "
        f"subject, elevation_m ON observation BEGIN\n{removes_old}\n{adds_new}\nEND",
    ]


def _postgres_triggers(adds_new: str, removes_old: str) -> list[str]:
    """PostgreSQL's triggers run a function: one per trigger, doing what SQLite's body does."""
    bodies = {
        "summaries_insert": ("AFTER INSERT", adds_new),
        "summaries_delete": ("AFTER DELETE", removes_old),
        "summaries_update": (
            "AFTER UPDATE OF observed_on, category, subject, elevation_m",
            f"{removes_old}\n{adds_new}",
        ),
    }
    statements = []
    for name, (when, body) in bodies.items():
        if name == "summaries_insert":
            # A bulk insert summarises its rows in one grouped statement afterwards
            # (fts.bulk_indexing): row by row, 100,000 imported rows took three times as
            # long. A setting of the transaction alone, so no other writer is affected.
            guard = f"IF current_setting('{BULK_SETTING}', true) = 'on' THEN RETURN NULL; END IF;"
            body = f"{guard}\n{body}"
        statements += [
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
            f"BEGIN\n{body}\nRETURN NULL;\nEND\n$body$",
            f"DROP TRIGGER IF EXISTS {name} ON observation",
            f"CREATE TRIGGER {name} {when} ON observation FOR EACH ROW EXECUTE FUNCTION {name}()",
        ]
    return statements


def summarise_rows(run: Any, where: str = "", *, postgres: bool = False) -> None:
    """Add the observations matching `where` to the summaries, one grouped statement each."""
    for table, keys, exprs, cond in _summaries(postgres):
        values = [e.format(r="o") for e in exprs]
        condition = cond.format(r="o") + (f" AND {where}" if where else "")
        # NOT INDEXED: read the new rows in rowid order, as they lie on disk; through the
        # (category, observed_on) index each row was a jump, and a million took 4 s a table.
        # (PostgreSQL's planner chooses for itself.)
        source = "observation AS o" if postgres else "observation AS o NOT INDEXED"
        count = f"{table}.n" if postgres else "n"
        run(
            f"INSERT INTO {table} ({', '.join(keys)}, n) "
            f"SELECT {', '.join(values)}, count(*) FROM {source} "
            f"WHERE {condition} "
            f"GROUP BY {', '.join(str(i + 1) for i in range(len(keys)))} "
            f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET n = {count} + excluded.n"
        )


def create_triggers(run: Any, *, postgres: bool = False) -> None:
    for statement in trigger_statements(postgres=postgres):
        run(statement)


def drop_triggers(run: Any, *, postgres: bool = False) -> None:
    for name in TRIGGERS:
        run(f"DROP TRIGGER IF EXISTS {name} ON observation" if postgres
            else f"DROP TRIGGER IF EXISTS {name}")  # fmt: skip
