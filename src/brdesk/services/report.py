"""The post-training report: gather what it says, check it is complete, write the Word file."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from brdesk import reference
from brdesk.db.vocab import ACTION_STATUSES, ROLES
from brdesk.errors import BrdeskError
from brdesk.exchange.atomic import atomic_path
from brdesk.languages import Lowered, marked, said
from brdesk.reports.report_data import (
    ActionLine,
    EffectivenessPart,
    ReportData,
    ReportOptions,
    ZonesPart,
)
from brdesk.services.followup import EvaluationService, SummaryService
from brdesk.services.plan import ActionService, PlanService
from brdesk.services.practice_export import practice_parts
from brdesk.services.practices import GoodPracticeService
from brdesk.services.profile import ParticipantService, ProgrammeService, ReserveService
from brdesk.services.store import Store

PARTICIPATION_FIELDS = (
    ("modules_attended", "Modules attended"),
    ("field_visits", "Field visits"),
    ("group_work", "Group work"),
    ("action_plan_summary", "The action plan I developed"),
    ("contacts_made", "Contacts and collaborations"),
    ("application_at_home", "How I will apply the training at home"),
)

#: The aspects rated, as the report names them; the window says them by their names
#: alone (marked here).
_ASPECTS = (marked("Biodiversity Conservation and Monitoring"),
            marked("Protected Area Management"),
            marked("Sustainable Development and Climate Action"),
            marked("Community Engagement and Co-management"), marked("Organisation"),
            marked("Field visits"), marked("Overall"))  # fmt: skip
RATING_FIELDS = (
    ("rating_biodiversity", "Module: Biodiversity Conservation and Monitoring"),
    ("rating_management", "Module: Protected Area Management"),
    ("rating_sustainability", "Module: Sustainable Development and Climate Action"),
    ("rating_community", "Module: Community Engagement and Co-management"),
    ("rating_organisation", "Organisation"),
    ("rating_field_visits", "Field visits"),
    ("rating_overall", "Overall"),
)

EVALUATION_TEXTS = (
    ("most_useful", "What was most useful"),
    ("least_useful", "What was least useful"),
    ("suggestions", "Suggestions for future editions"),
)

PERSONAL_FIELDS = (
    ("full_name", marked("Name")),
    ("country_code", marked("Country")),
    ("institution", marked("Institution")),
    ("position", marked("Position")),
    ("role", marked("Role")),
    ("years_experience", marked("Years of experience")),
    ("email", marked("E-mail")),
)

# What a programme officer needs in part 1; phone and the rest are welcome but optional.
REQUIRED_PERSONAL = ("full_name", "country_code", "institution", "position", "email")


def _shown(name: str, value: Any) -> str | None:
    if value in (None, ""):
        return None
    if name == "role":
        return ROLES.get(str(value), str(value))
    if name == "country_code":
        return reference.country_name(str(value))
    return str(value)


def gather(store: Store, today: date | None = None, *, practices: bool = False) -> ReportData:
    """Everything the report says, read in a few queries, as plain values; with practices,
    the good practices' case studies too (their photos are read and scaled: only for a
    report that shows them, never for the report page's running check)."""
    participant = ParticipantService(store).current()
    programme = (
        ProgrammeService(store).get(participant.programme_id)
        if participant is not None and participant.programme_id is not None
        else None
    )
    reserve = ReserveService(store).current()
    facts = reference.programme()
    data = ReportData(
        programme_name=programme.name if programme else facts.name,
        programme_place=programme.place if programme else facts.place,
        programme_dates=_dates(programme.start_date, programme.end_date) if programme else None,
        participant_name=participant.full_name if participant else None,
        reserve_name=reserve.name if reserve else None,
        report_date=today or date.today(),
        acknowledgement=facts.acknowledgement,
    )
    data.personal = [
        (label, _shown(name, getattr(participant, name)) if participant else None)
        for name, label in PERSONAL_FIELDS
    ]
    data.personal.append((marked("Biosphere reserve"), reserve.name if reserve else None))
    if reserve is not None and reserve.country_code:
        data.personal.append(
            (marked("Reserve country"), reference.country_name(reserve.country_code))
        )

    summary = evaluation = None
    if participant is not None:
        found = SummaryService(store).list(participant_id=participant.id)
        summary = found[0] if found else None
        rated = EvaluationService(store).list(participant_id=participant.id)
        evaluation = rated[0] if rated else None
    data.participation = [
        (label, getattr(summary, name) if summary else None) for name, label in PARTICIPATION_FIELDS
    ]
    data.ratings = [
        (label, getattr(evaluation, name) if evaluation else None) for name, label in RATING_FIELDS
    ]
    data.evaluation_texts = [
        (label, getattr(evaluation, name) if evaluation else None)
        for name, label in EVALUATION_TEXTS
    ]

    plans = PlanService(store)
    plan = plans.current()
    if plan is not None:
        tree = plans.tree(plan.id)
        data.plan_title = plan.title
        if plan.start_year or plan.end_year:
            data.plan_period = f"{plan.start_year or '?'}–{plan.end_year or '?'}"
        data.plan_vision = plan.vision
        data.actions = [
            ActionLine(
                pillar=o.pillar_id,
                objective=o.title,
                title=a.title,
                responsible=a.responsible,
                start=a.start_date,
                end=a.end_date,
                status=a.status,
                status_label=ACTION_STATUSES.get(a.status, a.status),
                indicator=a.indicator_name,
                unit=a.indicator_unit,
                baseline=a.indicator_baseline,
                target=a.indicator_target,
                latest=a.indicator_latest,
                sdgs=tuple(s.number for s in a.sdgs),
                gbf_targets=tuple(g.number for g in a.gbf_targets),
            )
            for o in tree.objectives
            for a in o.actions
        ]
    # From the daily summary the triggers keep (db/summaries.py), not a scan of every record.
    with store.dbapi() as conn:
        rows = conn.execute(
            "SELECT substr(day, 1, 4), category, sum(n) FROM summary_daily GROUP BY 1, 2"
        ).fetchall()
    for y, category, n in rows:
        data.observations_by_year.setdefault(int(y), {})[category] = int(n)
        data.observation_total += int(n)
    data.effectiveness = effectiveness_part(store)
    with store.dbapi() as conn:
        data.zones = zones_part(conn)
    data.practice_count = len(GoodPracticeService(store).list())
    if practices:
        data.practices = practice_parts(store)
    return data


def zones_part(conn: sqlite3.Connection) -> ZonesPart | None:
    """The zones on the map for the report; None if none were imported."""
    from brdesk.services.dashboard import DashboardFilter, sample_points
    from brdesk.services.zone_assign import RULE
    from brdesk.services.zone_summaries import area_checks, drawn_zones, zone_summary

    zones = drawn_zones(conn)
    if not zones:
        return None
    summary = zone_summary(conn)
    latest = summary.years[-1] if summary.years else None
    in_latest = {c.label: c.observations for c in summary.rows(latest or 0)} if latest else {}
    return ZonesPart(
        zones=tuple(zones),
        points=tuple(sample_points(conn, DashboardFilter())),
        areas=tuple(
            (a.label, _ha(a.on_map_ha), _ha(a.typed_ha), a.describe()) for a in area_checks(conn)
        ),
        latest_year=latest,
        counts=tuple(
            (c.label, c.observations, c.threats, c.species, in_latest.get(c.label, 0))
            for c in summary.rows(0)
            if c.observations or c.kind in ("core", "buffer", "transition")
        ),
        disagreements=summary.disagreements,
        rule=RULE,
    )


def _ha(value: float | None) -> str:
    return "" if value is None else f"{value:,.0f} ha"


def effectiveness_part(store: Store) -> EffectivenessPart | None:
    """The latest self-assessment, with the one before it, for the report; None if none."""
    from brdesk.services.assessment_scores import percent_text, result
    from brdesk.services.assessments import AssessmentService

    listed = AssessmentService(store).list()
    if not listed:
        return None
    latest = result(store, listed[-1].id)
    before = result(store, listed[-2].id) if len(listed) > 1 else None
    actions = {a.id: a.title for a in ActionService(store).list()}
    return EffectivenessPart(
        assessed_on=latest.assessed_on,
        participants=listed[-1].participants,
        previous_on=before.assessed_on if before else None,
        labels=tuple(e.label for e in latest.elements),
        percents=tuple(e.percent for e in latest.elements),
        previous=tuple(e.percent for e in before.elements) if before else None,
        overall=latest.overall.percent,
        elements=tuple(
            (e.label, percent_text(e.percent), f"{e.answered} of {e.applicable}")
            for e in latest.elements
        ),
        weakest=tuple(
            (
                f"{a.question.code} · {a.question.title}",
                str(a.score),
                a.next_step or "",
                actions.get(a.action_id, "") if a.action_id is not None else "",
            )
            for a in latest.weakest(10)
        ),
    )


def _dates(start: date | None, end: date | None) -> str | None:
    if start and end:
        if start.year == end.year and start.month == end.month:
            return f"{start.day}–{end:%d %B %Y}"
        return f"{start:%d %B %Y} – {end:%d %B %Y}"
    return None


def completeness(data: ReportData, options: ReportOptions | None = None) -> list[str]:
    """What the report still lacks, one line per gap, naming the part and the item."""
    options = options or ReportOptions()
    missing: list[str] = []
    if data.participant_name is None:
        missing.append(marked("Personal information: your profile is not filled in"))
    else:
        labels = dict(PERSONAL_FIELDS)
        values = dict(data.personal)
        missing += [
            said("Personal information: {field} not given", field=Lowered(labels[name]))
            for name in REQUIRED_PERSONAL
            if values.get(labels[name]) is None
        ]
    if data.reserve_name is None:
        missing.append(said("Personal information: {field} not given",
                            field=Lowered(marked("Biosphere reserve"))))  # fmt: skip
    missing += [
        said("Summary of participation: {field} not written", field=Lowered(label))
        for label, text in data.participation
        if not (text or "").strip()
    ]
    missing += [
        said("Evaluation: {aspect} rating not given", aspect=_rating_name(aspect))
        for aspect, rating in data.ratings
        if rating is None
    ]
    missing += [
        said("Evaluation: {field} not written", field=Lowered(label))
        for label, text in data.evaluation_texts
        if not (text or "").strip()
    ]
    if options.include_plan and not data.actions:
        missing.append(marked("Action plan: no actions yet"))
    if options.include_effectiveness and data.effectiveness is None:
        missing.append(marked("Management effectiveness: no self-assessment yet"))
    if options.include_zones and data.zones is None:
        missing.append(
            marked("The reserve's zones: no outlines on the map yet (Map › Import zones…)")
        )
    if options.include_practices and not data.practice_count:
        missing.append(marked("Good practices: none documented yet (Good practices page)"))
    return missing


def _rating_name(aspect: str) -> str:
    return Lowered(aspect.removeprefix("Module: "), whole=True)


def export_report(
    store: Store,
    path: Path,
    options: ReportOptions | None = None,
    *,
    today: date | None = None,
    data: ReportData | None = None,
    progress: Any = None,
) -> Path:
    """Write the report to path (.docx); the file appears only once complete."""
    if path.suffix.lower() != ".docx":
        raise BrdeskError(
            said("Cannot write the report to '{name}': the name must end in .docx.", name=path.name)
        )
    wanted = options is not None and options.include_practices
    data = data or gather(store, today, practices=wanted)
    write_report(data, path, options, progress)
    return path


def write_report(
    data: ReportData, path: Path, options: ReportOptions | None = None, progress: Any = None
) -> None:
    """Render gathered data to path; needs no store, so it can run on a worker thread."""
    from brdesk.reports.docx_report import build_report

    with atomic_path(path) as temp:
        build_report(data, temp, options, progress)
