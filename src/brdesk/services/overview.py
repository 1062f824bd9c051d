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
from brdesk.languages import joined, marked, said

DUE_SOON_DAYS = 14

# Page keys the GUI knows; the services only name them.
PAGE_RESERVE = "reserve"
PAGE_PLAN = "plan"
PAGE_REPORT = "report"


@dataclass(frozen=True)
class Attention:
    severity: str  # "overdue", "due_soon", "to_send" or "incomplete"
    text: str  # a Said message: the window says it in its language
    page: str


@dataclass(frozen=True)
class Change:
    when: datetime
    what: str  # a Said message, as Attention.text
    page: str


@dataclass(frozen=True)
class HomeSummary:
    person: str | None
    reserve: str | None
    attention: list[Attention]
    recent: list[Change]
    counts: dict[str, int]


_PARTICIPANT_KEY_FIELDS = (
    ("full_name", marked("name")),
    ("country_code", marked("country")),
    ("institution", marked("institution")),
    ("position", marked("position")),
    ("role", marked("role")),
    ("email", marked("e-mail")),
)
_RESERVE_KEY_FIELDS = (
    ("name", marked("name")),
    ("country_code", marked("country")),
    ("year_designated", marked("year designated")),
    ("core_area_ha", marked("core area")),
    ("elevation_min_m", marked("lowest elevation")),
    ("elevation_max_m", marked("highest elevation")),
    ("managing_body", marked("managing body")),
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
        return [Attention("incomplete", said("{what}: not filled in yet", what=what), PAGE_RESERVE)]
    missing = [label for name, label in key_fields if record[name] in (None, "")]
    if not missing:
        return []
    text = said("{what}: missing {fields}", what=what, fields=joined(missing, ", "))
    return [Attention("incomplete", text, PAGE_RESERVE)]


def attention(conn: sqlite3.Connection, today: date | None = None) -> list[Attention]:
    today = today or date.today()
    items: list[Attention] = []
    items += _incomplete(
        marked("Your profile"), _first_row(conn, "participant", _PARTICIPANT_KEY_FIELDS),
        _PARTICIPANT_KEY_FIELDS,
    )  # fmt: skip
    items += _incomplete(
        marked("Your reserve"),
        _first_row(conn, "reserve", _RESERVE_KEY_FIELDS),
        _RESERVE_KEY_FIELDS,
    )
    planned = {row[0] for row in conn.execute("SELECT DISTINCT pillar_id FROM objective")}
    # The pillars' English names are in the window's catalog (the plan shows them).
    missing = [marked(p.name) for p in reference.pillars() if p.number not in planned]
    if missing:
        text = said("Action plan: no objectives yet under {pillars}",
                    pillars=joined(missing, "; "))  # fmt: skip
        items.append(Attention("incomplete", text, PAGE_PLAN))
    overdue = conn.execute(
        "SELECT title, end_date FROM action WHERE end_date < ? "
        "AND status NOT IN ('done', 'cancelled') ORDER BY end_date, id",
        (today.isoformat(),),
    )
    for title, end in overdue:
        when = date.fromisoformat(end)
        text = said("Action overdue since {when:%d %b %Y}: {title}", when=when, title=title)
        items.append(Attention("overdue", text, PAGE_PLAN))
    due = conn.execute(
        "SELECT title, due_date, status FROM followup_item WHERE status IN ('pending', 'ready') "
        "AND due_date <= ? ORDER BY due_date, id",
        ((today + timedelta(days=DUE_SOON_DAYS)).isoformat(),),
    )
    for title, due_on, status in due:
        when = date.fromisoformat(due_on)
        late = when < today
        # The programme's items keep the English titles brdesk gave them (the window
        # translates those); the user's own items their words.
        item = marked(title)
        if status == "ready":
            # The file is there: what is left is to send it, which is not overdue work.
            text = (said("{title} (was due {when:%d %b %Y})", title=item, when=when) if late
                    else said("{title} (due {when:%d %b %Y})", title=item, when=when))  # fmt: skip
            items.append(Attention("to_send", text, PAGE_REPORT))
            continue
        text = (said("{title}: was due {when:%d %b %Y}", title=item, when=when) if late
                else said("{title}: due {when:%d %b %Y}", title=item, when=when))  # fmt: skip
        items.append(Attention("overdue" if late else "due_soon", text, PAGE_REPORT))
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
#: The record kinds as the window names them (the SQL above carries the keys).
_NOUNS = {
    "Profile": marked("Profile"),
    "Reserve": marked("Reserve"),
    "Plan": marked("Plan"),
    "Objective": marked("Objective"),
    "Action": marked("Action"),
    "Observation": marked("Observation"),
    "Follow-up": marked("Follow-up"),
}


def recent_changes(conn: sqlite3.Connection, limit: int = 8) -> list[Change]:
    """The latest edits across the data, newest first (one query)."""
    parts = [
        f"SELECT * FROM (SELECT updated_at AS at, '{noun}' AS noun, {label} AS label, "
        f"'{page}' AS page FROM {table} ORDER BY updated_at DESC LIMIT {int(limit)}) AS {table}"
        for table, noun, label, page in _RECENT_SOURCES
    ]
    sql = " UNION ALL ".join(parts) + f" ORDER BY at DESC LIMIT {int(limit)}"
    # Stored naive in UTC; handed out aware so the GUI can show local time.
    changes = []
    for at, noun, label, page in conn.execute(sql):
        # A follow-up item of the programme's keeps the English title the window translates.
        shown = marked(label) if noun == "Follow-up" and label else label
        what = said("{noun}: {label}", noun=_NOUNS[noun], label=shown)
        changes.append(Change(datetime.fromisoformat(at).replace(tzinfo=UTC), what, page))
    return changes


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
