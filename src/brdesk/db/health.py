"""The integrity check behind `brdesk check`: read-only, so it is safe on a damaged file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from brdesk.db.state import HEAD_REVISION, KNOWN_REVISIONS
from brdesk.languages import Said, joined, marked, said, said_n

REQUIRED_TABLES = (
    "participant",
    "reserve",
    "action_plan",
    "objective",
    "action",
    "observation",
    "followup_item",
    "pillar",
    "sdg",
    "gbf_target",
)


@dataclass
class HealthReport:
    #: the file checked, or an office database's address (its password hidden)
    db_path: Path | str
    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems

    def render(self) -> Said:
        lines: list[str] = [said("Database: {path}", path=self.db_path)]
        lines += [said("  {fact}", fact=fact) for fact in self.facts]
        if self.problems:
            lines.append(said("PROBLEMS ({count}):", count=len(self.problems)))
            lines += [said("  - {problem}", problem=problem) for problem in self.problems]
        else:
            lines.append(
                marked("Healthy: integrity, foreign keys and schema version all check out.")
            )
        return joined(lines)


def check_database(db_path: Path, max_listed: int = 20) -> HealthReport:
    report = HealthReport(db_path)
    if not db_path.is_file():
        report.problems.append(
            marked("There is no database file here (run 'brdesk demo' or start brdesk).")
        )
        return report
    # With no WAL beside it, every committed change is in the file itself and nobody is
    # writing (a writer in WAL mode has one): read it as immutable, so that the check
    # creates no -wal or -shm file, and works on a read-only stick. With a WAL, read it
    # through SQLite's shared memory as any reader does.
    wal = Path(f"{db_path}-wal")
    mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?{mode}", uri=True)
    except sqlite3.Error as exc:
        report.problems.append(_unreadable(exc, db_path, marked("The file cannot be opened")))
        return report
    try:
        _run_checks(conn, report, max_listed)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # see state.connect_read_only
        report.problems.append(
            _unreadable(exc, db_path, marked("The file is not a readable SQLite database"))
        )
    finally:
        conn.close()
    return report


def check_server(conn: sqlite3.Connection, where: str) -> HealthReport:
    """The same check of an office database (issue 22), through brdesk.db.dbapi's
    connection: the server keeps its files sound and enforces every foreign key itself,
    so what is left to check is brdesk's own: the tables, the schema version, the counts."""
    report = HealthReport(where)
    report.facts.append(marked("Integrity: kept by the database server"))
    report.facts.append(marked("Foreign keys: enforced by the database server"))
    tables = {
        r[0]
        for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        )
    }
    _check_tables(conn, report, tables, schema=False)
    return report


def _unreadable(exc: Exception, db_path: Path, otherwise: str) -> str:
    """Why the check could not read the file. Reading a database with changes beside it
    (-wal) needs SQLite's shared-memory file (-shm), which a full or read-only disk cannot
    make: that is the disk's state, not damage, and is said so."""
    from brdesk.media import Why, refusal_for

    refusal = refusal_for(exc, db_path.parent)
    if refusal is not None and refusal.why is not Why.OTHER:
        return said(
            "The database could not be checked: {why} SQLite needs to write beside it to "
            "read the changes kept in {wal}. This says nothing about damage: free some "
            "space (or use a writable disk) and check again.",
            why=refusal.sentence(),
            wal=f"{db_path.name}-wal",
        )
    return said("{otherwise}: {problem}.", otherwise=otherwise, problem=str(exc))


def integrity(conn: sqlite3.Connection, *, quick: bool = False) -> list[str]:
    """SQLite's complaints about the file, [] when it is sound: its integrity check, or
    the quick one (every page, not every index entry), which backups use."""
    rows = conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check")
    said = [str(row[0]) for row in rows]
    return [] if said == ["ok"] else said


def broken_links(conn: sqlite3.Connection, limit: int | None = None) -> list[tuple[str, int, str]]:
    """Records that point at records the file does not hold: (table, rowid, parent)."""
    cursor = conn.execute("PRAGMA foreign_key_check")
    rows = cursor.fetchall() if limit is None else cursor.fetchmany(limit)
    return [(str(table), int(rowid), str(parent)) for table, rowid, parent, _ in rows]


def _run_checks(conn: sqlite3.Connection, report: HealthReport, max_listed: int) -> None:
    complaints = integrity(conn)
    if complaints:
        shown = complaints[:max_listed]
        more = len(complaints) - len(shown)
        complaint = "; ".join(shown) + (f" (+{more})" if more else "")
        report.problems.append(said("Integrity check failed: {complaint}", complaint=complaint))
        return
    report.facts.append(marked("Integrity: ok"))
    violations = broken_links(conn)
    if violations:
        for table, rowid, parent in violations[:max_listed]:
            report.problems.append(
                said("Broken link: {table} row {row} points at a missing {parent} record.",
                     table=table, row=rowid, parent=parent)
            )  # fmt: skip
        if len(violations) > max_listed:
            more = len(violations) - max_listed
            report.problems.append(said_n("... and %Ln more broken link(s).", "", more))
    else:
        report.facts.append(marked("Foreign keys: ok"))
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    _check_tables(conn, report, tables, schema=True)


def _check_tables(
    conn: sqlite3.Connection, report: HealthReport, tables: set[str], *, schema: bool
) -> None:
    """The tables, the schema version, and the records counted. schema: also compare
    every table's columns with the version's (SQLite's file; a server's were made by the
    migrations themselves, and its catalogue is compared by the tests)."""
    missing = [t for t in REQUIRED_TABLES if t not in tables]
    if missing:
        report.problems.append(said("Missing tables: {tables}.", tables=", ".join(missing)))
    revision = None
    if "alembic_version" in tables:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    if revision is None:
        report.problems.append(marked("No schema version recorded: this is not a brdesk database."))
    elif revision not in KNOWN_REVISIONS:
        report.problems.append(
            said("Schema version {revision} is newer than this brdesk knows ({head}).",
                 revision=revision, head=HEAD_REVISION)
        )  # fmt: skip
    elif revision != HEAD_REVISION:
        report.facts.append(
            said("Schema version: {revision} (will be upgraded to {head} on next start)",
                 revision=revision, head=HEAD_REVISION)
        )  # fmt: skip
    else:
        report.facts.append(said("Schema version: {revision} (current)", revision=revision))
    if schema and revision in KNOWN_REVISIONS:
        from brdesk.db.schema_check import check_schema

        report.problems += [said("Schema: {problem}.", problem=problem)
                            for problem in check_schema(conn, revision)]  # fmt: skip
    if "observation" in tables and not missing:
        counts = {
            label: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table, label in (
                ("participant", marked("participants")),
                ("reserve", marked("reserves")),
                ("action", marked("actions")),
                ("observation", marked("observations")),
            )
        }
        parts = [said("{label} {count:,}", label=label, count=count)
                 for label, count in counts.items()]  # fmt: skip
        report.facts.append(said("Records: {counts}", counts=joined(parts, ", ")))
