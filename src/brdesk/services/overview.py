"""What the Home page shows: what needs attention, and what changed lately.

Plain SQL over a DB-API connection, so the window can show it before SQLAlchemy has
loaded (start-up reads the file read-only with sqlite3) and after (the store's own
connection): one implementation for both.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from brdesk import reference
from brdesk.db.state import count_records

DUE_SOON_DAYS = 14

# Page keys the GUI knows; the services only name them.
PAGE_RESERVE = "reserve"
PAGE_PLAN = "plan"
PAGE_REPORT = "report"


@dataclass(frozen=True)
class Attention:
    severity: str  # "overdue", "due_soon", "to_send" or "incomplete"
    text: str
    page: str


@dataclass(frozen=True)
class Change:
    when: datetime
    what: str
    page: str


@dataclass(frozen=True)
class HomeSummary:
    person: str | None
    reserve: str | None
    attention: list[Attention]
    recent: list[Change]
    counts: dict[str, int]


_PARTICIPANT_KEY_FIELDS = (
    ("full_name", "name"),
    ("country_code", "country"),
    ("institution", "institution"),
    ("position", "position"),
    ("role", "role"),
    ("email", "e-mail"),
)
_RESERVE_KEY_FIELDS = (
    ("name", "name"),
    ("country_code", "country"),
    ("year_designated", "year designated"),
    ("core_area_ha", "core area"),
    ("elevation_min_m", "lowest elevation"),
    ("elevation_max_m", "highest elevation"),
    ("managing_body", "managing body"),
)


def _first_row(conn: sqlite3.Connection, table: str, columns: tuple[tuple[str, str], ...]) -> Any:
    names = ", ".join(name for name, _ in columns)
    cursor = conn.execute(f"SELECT {names} FROM {table} ORDER BY id LIMIT 1")
    row = cursor.fetchone()
    return None if row is None else dict(zip((n for n, _ in columns), row, strict=True))


def _incomplete(
    what: str, record: dict[str, Any] | None, key_fields: tuple[tuple[str, str], ...]
) -> list[Attention]:
    if record is None:
        return [Attention("incomplete", f"{what}: not filled in yet", PAGE_RESERVE)]
    missing = [label for name, label in key_fields if record[name] in (None, "")]
    if not missing:
        return []
    return [Attention("incomplete", f"{what}: missing {', '.join(missing)}", PAGE_RESERVE)]


def attention(conn: sqlite3.Connection, today: date | None = None) -> list[Attention]:
    today = today or date.today()
    items: list[Attention] = []
    items += _incomplete(
        "Your profile", _first_row(conn, "participant", _PARTICIPANT_KEY_FIELDS),
        _PARTICIPANT_KEY_FIELDS,
    )  # fmt: skip
    items += _incomplete(
        "Your reserve", _first_row(conn, "reserve", _RESERVE_KEY_FIELDS), _RESERVE_KEY_FIELDS
    )
    planned = {row[0] for row in conn.execute("SELECT DISTINCT pillar_id FROM objective")}
    missing = [p.name for p in reference.pillars() if p.number not in planned]
    if missing:
        items.append(
            Attention(
                "incomplete",
                "Action plan: no objectives yet under " + "; ".join(missing),
                PAGE_PLAN,
            )
        )
    overdue = conn.execute(
        "SELECT title, end_date FROM action WHERE end_date < ? "
        "AND status NOT IN ('done', 'cancelled') ORDER BY end_date, id",
        (today.isoformat(),),
    )
    for title, end in overdue:
        when = date.fromisoformat(end)
        items.append(
            Attention("overdue", f"Action overdue since {when:%d %b %Y}: {title}", PAGE_PLAN)
        )
    due = conn.execute(
        "SELECT title, due_date, status FROM followup_item WHERE status IN ('pending', 'ready') "
        "AND due_date <= ? ORDER BY due_date, id",
        ((today + timedelta(days=DUE_SOON_DAYS)).isoformat(),),
    )
    for title, due_on, status in due:
        when = date.fromisoformat(due_on)
        late = when < today
        if status == "ready":
            # The file is there: what is left is to send it, which is not overdue work.
            text = f"{title} ({'was due' if late else 'due'} {when:%d %b %Y})"
            items.append(Attention("to_send", text, PAGE_REPORT))
            continue
        items.append(
            Attention(
                "overdue" if late else "due_soon",
                f"{title}: {'was due' if late else 'due'} {when:%d %b %Y}",
                PAGE_REPORT,
            )
        )
    order = {"overdue": 0, "due_soon": 1, "to_send": 2, "incomplete": 3}
    return sorted(items, key=lambda a: order[a.severity])


_RECENT_SOURCES = (
    ("participant", "Profile", "full_name", PAGE_RESERVE),
    ("reserve", "Reserve", "name", PAGE_RESERVE),
    ("action_plan", "Plan", "title", PAGE_PLAN),
    ("objective", "Objective", "title", PAGE_PLAN),
    ("action", "Action", "title", PAGE_PLAN),
    ("observation", "Observation", "subject", "observations"),
    ("followup_item", "Follow-up", "title", PAGE_REPORT),
)


def recent_changes(conn: sqlite3.Connection, limit: int = 8) -> list[Change]:
    """The latest edits across the data, newest first (one query)."""
    parts = [
        f"SELECT * FROM (SELECT updated_at AS at, '{noun}' AS noun, {label} AS label, "
        f"'{page}' AS page FROM {table} ORDER BY updated_at DESC LIMIT {int(limit)})"
        for table, noun, label, page in _RECENT_SOURCES
    ]
    sql = " UNION ALL ".join(parts) + f" ORDER BY at DESC LIMIT {int(limit)}"
    # Stored naive in UTC; handed out aware so the GUI can show local time.
    return [
        Change(datetime.fromisoformat(at).replace(tzinfo=UTC), f"{noun}: {label}", page)
        for at, noun, label, page in conn.execute(sql)
    ]


def home_summary(conn: sqlite3.Connection, today: date | None = None) -> HomeSummary:
    person = conn.execute("SELECT full_name FROM participant ORDER BY id LIMIT 1").fetchone()
    reserve = conn.execute("SELECT name FROM reserve ORDER BY id LIMIT 1").fetchone()
    return HomeSummary(
        person[0] if person else None,
        reserve[0] if reserve else None,
        attention(conn, today),
        recent_changes(conn),
        count_records(conn),
    )
