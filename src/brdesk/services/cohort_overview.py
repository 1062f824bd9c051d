"""What a cohort shows, worked out from its participants' summaries (cohort_summary.py):
the overview table, the combined alignment with the SDGs and GBF targets, the plans side
by side, the good-practice catalogue and the follow-up list. Plain values, for the window
and the exports alike."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from brdesk import reference
from brdesk.db.vocab import PRACTICE_THEMES
from brdesk.reports.cohort_data import GoalUse, MemberSummary, country


def alignment(members: Sequence[MemberSummary]) -> tuple[list[GoalUse], list[GoalUse]]:
    """Every SDG and GBF target with how many reserves' plans serve it (and by how many
    actions), most served first; the ones no reserve serves come last, with 0."""

    def uses(kind: str, goals: Sequence[reference.Goal], sdg: bool) -> list[GoalUse]:
        found = []
        for goal in goals:
            key = str(goal.number)
            serving = [m for m in members if (m.sdgs if sdg else m.gbf_targets).get(key)]
            actions = sum((m.sdgs if sdg else m.gbf_targets).get(key, 0) for m in members)
            found.append(GoalUse(kind, goal.number, goal.title, len(serving), actions,
                                 tuple(m.name for m in serving)))  # fmt: skip
        return sorted(found, key=lambda g: (-g.reserves, -g.actions, g.number))

    return uses("SDG", reference.sdgs(), True), uses("GBF Target", reference.gbf_targets(), False)


def plans_by_pillar(members: Sequence[MemberSummary], pillar: int) -> list[tuple[str, list[str]]]:
    """Each participant's actions under one pillar (title and status)."""
    return [
        (m.name, [f"{title} ({status.lower()})" for p, title, status in m.plan if p == pillar])
        for m in members
    ]


@dataclass(frozen=True)
class CatalogueEntry:
    participant_uuid: str
    practice_uuid: str
    title: str
    theme: str
    participant: str
    reserve: str
    country: str


def practice_catalogue(
    members: Sequence[MemberSummary], theme: str | None = None
) -> list[CatalogueEntry]:
    found = [
        CatalogueEntry(
            m.participant_uuid,
            p["uuid"],
            p["title"],
            PRACTICE_THEMES.get(p["theme"], p["theme"]),
            m.name,
            m.reserve or "—",
            country(m.reserve_country or m.country),
        )
        for m in members
        for p in m.practices
        if theme is None or p["theme"] == theme
    ]
    return sorted(found, key=lambda e: (e.theme, e.title.casefold()))
