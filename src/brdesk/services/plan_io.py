"""The action plan out to a spreadsheet: one row per action, every field, tags as numbers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from brdesk import reference
from brdesk.db.vocab import ACTION_STATUSES, PRIORITIES
from brdesk.errors import BrdeskError
from brdesk.exchange.tabular import Column, CsvStyle, check_format, write_table
from brdesk.languages import marked
from brdesk.services.plan import PlanService, PlanTree
from brdesk.services.store import Store

PLAN_COLUMNS = (
    Column("Pillar", "integer", 7),
    Column("Pillar name", "text", 34),
    Column("Objective", "text", 40),
    Column("Action", "text", 48),
    Column("Description", "text", 30),
    Column("Responsible", "text", 18),
    Column("Partners", "text", 24),
    Column("Start date", "date", 12),
    Column("End date", "date", 12),
    Column("Budget", "number", 12),
    Column("Currency", "text", 9),
    Column("Status", "text", 12),
    Column("Priority", "text", 9),
    Column("Indicator", "text", 28),
    Column("Indicator unit", "text", 12),
    Column("Baseline", "number", 10),
    Column("Target", "number", 10),
    Column("Latest value", "number", 12),
    Column("Risks and assumptions", "text", 30),
    Column("SDGs", "text", 12),
    Column("GBF targets", "text", 12),
)


def plan_rows(tree: PlanTree) -> Iterator[list[Any]]:
    names = {p.number: p.name for p in reference.pillars()}
    for objective in tree.objectives:
        for a in objective.actions:
            yield [
                objective.pillar_id,
                names[objective.pillar_id],
                objective.title,
                a.title,
                a.description,
                a.responsible,
                a.partners,
                a.start_date,
                a.end_date,
                a.budget,
                a.currency,
                ACTION_STATUSES.get(a.status, a.status),
                PRIORITIES.get(a.priority, a.priority),
                a.indicator_name,
                a.indicator_unit,
                a.indicator_baseline,
                a.indicator_target,
                a.indicator_latest,
                a.risks,
                ";".join(str(s.number) for s in a.sdgs),
                ";".join(str(g.number) for g in a.gbf_targets),
            ]


def export_plan(store: Store, path: Path, csv_style: CsvStyle = "comma") -> int:
    """Write the plan to path (.xlsx or .csv); returns the number of actions written."""
    check_format(path)
    plan = PlanService(store).current()
    if plan is None:
        raise BrdeskError(marked("There is no action plan to export yet."))
    tree = PlanService(store).tree(plan.id)
    from brdesk.services.profile import ParticipantService

    person = ParticipantService(store).current()
    return write_table(
        path, PLAN_COLUMNS, plan_rows(tree), sheet="Action plan", title=plan.title,
        creator=person.full_name if person else "", csv_style=csv_style,
    )  # fmt: skip
