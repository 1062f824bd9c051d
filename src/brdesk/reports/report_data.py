"""What a report shows, as plain values: the services fill it, the writers render it.

Keeping the renderers on plain data lets them run off the GUI thread, in tests and in the
dashboard without a database session in sight.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class ActionLine:
    pillar: int
    objective: str
    title: str
    responsible: str | None
    start: date | None
    end: date | None
    status: str  # code, e.g. "in_progress"
    status_label: str
    indicator: str | None
    unit: str | None
    baseline: float | None
    target: float | None
    latest: float | None
    sdgs: tuple[int, ...]
    gbf_targets: tuple[int, ...]

    def achievement(self) -> float | None:
        """Share of the way from baseline to target reached by the latest value (0..1+)."""
        if self.target is None or self.latest is None:
            return None
        base = self.baseline or 0.0
        if self.target == base:
            return None
        return (self.latest - base) / (self.target - base)


@dataclass(frozen=True)
class ReportOptions:
    include_plan: bool = True
    include_charts: bool = True
    include_alignment: bool = True
    #: The latest management-effectiveness self-assessment (compared with the one before).
    include_effectiveness: bool = False
    #: The reserve's zones: the map, the areas, and what each zone holds.
    include_zones: bool = True
    #: The good practices, each as a short case study.
    include_practices: bool = False


@dataclass(frozen=True)
class EffectivenessPart:
    """The report's self-assessment section, as plain values."""

    assessed_on: date
    participants: str | None
    previous_on: date | None
    labels: tuple[str, ...]  # the WCPA elements
    percents: tuple[float | None, ...]
    previous: tuple[float | None, ...] | None
    overall: float | None
    #: (element, score, answered) per element
    elements: tuple[tuple[str, str, str], ...]
    #: (question, level, next step, plan action) for the weakest questions
    weakest: tuple[tuple[str, str, str, str], ...]


@dataclass(frozen=True)
class ZonesPart:
    """The reserve's zones as the report shows them."""

    #: (kind, name, GeoJSON polygon coordinates), largest first
    zones: tuple[tuple[str, str, Any], ...]
    #: (lon, lat, category), sensitive ones generalised
    points: tuple[tuple[float, float, str], ...]
    #: (zone, on the map, typed, check) per kind
    areas: tuple[tuple[str, str, str, str], ...]
    #: the year of the second count, the latest with observations (None: none)
    latest_year: int | None
    #: (zone, observations, threats, species, observations in the latest year)
    counts: tuple[tuple[str, int, int, int, int], ...]
    disagreements: int
    rule: str


@dataclass(frozen=True)
class PracticePart:
    """A good practice as a case study shows it."""

    title: str
    theme: str
    reserve: str | None
    country: str | None
    period: str | None
    #: (heading, text) of the form's parts that are filled in, in the form's order
    sections: tuple[tuple[str, str], ...]
    #: "SDG 15: Life on land", "Target 22: ..."
    goals: tuple[str, ...]
    actions: tuple[str, ...]
    #: "2025-07-02 · Panthera uncia · Core area" per observation linked as evidence
    evidence: tuple[str, ...]
    evidence_total: int
    #: (picture bytes ready for Word, caption) per photo shown
    photos: tuple[tuple[bytes, str], ...]
    #: photos held but not shown (over the limit, or not pictures Word can show)
    photos_left: tuple[str, ...] = ()


@dataclass
class ReportData:
    programme_name: str
    programme_place: str | None
    programme_dates: str | None
    participant_name: str | None
    reserve_name: str | None
    report_date: date
    acknowledgement: str
    #: (label, value) rows of part 1.
    personal: list[tuple[str, str | None]] = field(default_factory=list)
    #: (heading, text) of part 2.
    participation: list[tuple[str, str | None]] = field(default_factory=list)
    #: (aspect, rating 1-5 or None) of part 3.
    ratings: list[tuple[str, int | None]] = field(default_factory=list)
    #: (heading, text) of part 3's free answers.
    evaluation_texts: list[tuple[str, str | None]] = field(default_factory=list)
    plan_title: str | None = None
    plan_period: str | None = None
    plan_vision: str | None = None
    actions: list[ActionLine] = field(default_factory=list)
    #: Observations per year and category, for the monitoring chart.
    observations_by_year: dict[int, dict[str, int]] = field(default_factory=dict)
    observation_total: int = 0
    effectiveness: EffectivenessPart | None = None
    zones: ZonesPart | None = None
    #: How many good practices there are (always counted: the completeness check asks);
    #: practices holds their case studies only when the report will show them.
    practice_count: int = 0
    practices: tuple[PracticePart, ...] = ()
