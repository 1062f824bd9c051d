"""What a cohort shows of one participant, read once from their data when their package is
added, and kept beside it as JSON: the overview of two hundred participants then reads two
hundred small files, not two hundred databases."""

from __future__ import annotations

import sqlite3
from collections import Counter
from statistics import median
from typing import Any

from brdesk import reference
from brdesk.db.vocab import FOLLOWUP_STATUSES
from brdesk.reports.cohort_data import DOCUMENTS, MemberSummary
from brdesk.services.dashboard import plan_lines
from brdesk.services.store import Store


def summarise(store: Store, participant_uuid: str) -> MemberSummary:
    """The summary of the participant's data folder."""
    with store.dbapi() as conn:
        summary = _read(conn, participant_uuid)
    summary.effectiveness = _effectiveness(store)
    return summary


def _read(conn: sqlite3.Connection, participant_uuid: str) -> MemberSummary:
    person = conn.execute(
        "SELECT full_name, country_code, institution, email FROM participant WHERE uuid = ?",
        (participant_uuid,),
    ).fetchone()
    summary = MemberSummary(participant_uuid, person[0], person[1], person[2], person[3])
    reserve = conn.execute("SELECT name, country_code FROM reserve ORDER BY id LIMIT 1").fetchone()
    if reserve is not None:
        summary.reserve, summary.reserve_country = reserve
    summary.location = _location(conn, summary.reserve_country or summary.country)
    plan = conn.execute("SELECT title FROM action_plan ORDER BY id LIMIT 1").fetchone()
    summary.plan_title = plan[0] if plan else None
    lines = plan_lines(conn)
    summary.actions = len(lines)
    summary.done = sum(a.status == "done" for a in lines)
    summary.in_progress = sum(a.status == "in_progress" for a in lines)
    for a in lines:
        summary.per_pillar[a.pillar - 1] += 1
    summary.plan = [[a.pillar, a.title, a.status_label] for a in lines]
    summary.sdgs = _counted(n for a in lines for n in a.sdgs)
    summary.gbf_targets = _counted(n for a in lines for n in a.gbf_targets)
    summary.observations = conn.execute("SELECT count(*) FROM observation").fetchone()[0]
    summary.documents = _documents(conn)
    summary.practices = [
        {"uuid": u, "title": t, "theme": th}
        for u, t, th in conn.execute(
            "SELECT uuid, title, theme FROM good_practice ORDER BY title, id"
        )
    ]
    return summary


def _counted(numbers: Any) -> dict[str, int]:
    return {str(n): c for n, c in sorted(Counter(numbers).items())}


def _location(conn: sqlite3.Connection, country: str | None) -> list[Any] | None:
    """Where the reserve is: the middle of its zones, else of its observations (to 0.1°:
    never a sensitive record's place), else of its country's largest part."""
    box = conn.execute(
        "SELECT min(min_lat), min(min_lon), max(max_lat), max(max_lon) FROM reserve_zone"
    ).fetchone()
    if box[0] is not None:
        return [round((box[0] + box[2]) / 2, 3), round((box[1] + box[3]) / 2, 3), "zones"]
    points = conn.execute(
        "SELECT latitude, longitude FROM observation WHERE latitude IS NOT NULL "
        "AND longitude IS NOT NULL LIMIT 20000"
    ).fetchall()
    if points:
        lat = median(p[0] for p in points)
        lon = median(p[1] for p in points)
        return [round(lat, 1), round(lon, 1), "observations"]
    outline = reference.country_outline(country)
    if outline is None:
        return None
    largest = max((polygon[0] for polygon in outline.polygons), key=len)
    lons = [x for x, _y in largest]
    lats = [y for _x, y in largest]
    return [
        round((min(lats) + max(lats)) / 2, 2),
        round((min(lons) + max(lons)) / 2, 2),
        "country",
    ]


def _effectiveness(store: Store) -> list[Any] | None:
    """The latest self-assessment's date and overall score, as the Effectiveness page
    scores it."""
    from brdesk.services.assessment_scores import result
    from brdesk.services.assessments import AssessmentService

    assessments = AssessmentService(store).list()
    if not assessments:
        return None
    latest = max(assessments, key=lambda a: (a.assessed_on, a.id))
    percent = result(store, latest.id).overall.percent
    return [latest.assessed_on.isoformat(), round(percent, 1) if percent is not None else None]


def _documents(conn: sqlite3.Connection) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    rows = conn.execute(
        "SELECT f.kind, f.status, EXISTS (SELECT 1 FROM attachment AS a "
        "WHERE a.followup_item_id = f.id) FROM followup_item AS f ORDER BY f.id"
    ).fetchall()
    for kind, status, has_file in rows:
        if kind in dict(DOCUMENTS) and kind not in found:
            found[kind] = [FOLLOWUP_STATUSES.get(status, status), bool(has_file)]
    return found
