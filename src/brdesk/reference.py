"""Reference data shipped inside the package: pillars, SDGs, GBF targets, WCPA elements,
countries.

Read with importlib.resources so a frozen build finds them too; never from ../shared.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Pillar:
    number: int
    code: str
    name: str


@dataclass(frozen=True)
class Goal:
    """An SDG or a GBF target: a number and its short title."""

    number: int
    title: str


@dataclass(frozen=True)
class WcpaElement:
    order: int
    element: str
    question: str


@dataclass(frozen=True)
class Programme:
    name: str
    place: str
    start: date
    end: date
    contact_email: str
    acknowledgement: str
    report_due_months: int


def _read_csv(name: str) -> list[dict[str, str]]:
    text = resources.files("brdesk.data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@cache
def countries() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code to the English short name, in name order. Names are ISO's
    (its common form where it has one: "Bolivia", not "Bolivia, Plurinational State of")."""
    return {r["code"]: r["name"] for r in _read_csv("countries.csv")}


def country_name(code: str | None) -> str:
    """The country's name for a stored code; an unknown code is shown as it is."""
    if not code:
        return ""
    return countries().get(code.upper(), code)


@cache
def pillars() -> tuple[Pillar, ...]:
    return tuple(Pillar(int(r["number"]), r["code"], r["name"]) for r in _read_csv("pillars.csv"))


@cache
def sdgs() -> tuple[Goal, ...]:
    return tuple(Goal(int(r["number"]), r["short_name"]) for r in _read_csv("sdgs.csv"))


@cache
def gbf_targets() -> tuple[Goal, ...]:
    return tuple(Goal(int(r["target"]), r["short_title"]) for r in _read_csv("gbf_targets.csv"))


@cache
def wcpa_elements() -> tuple[WcpaElement, ...]:
    return tuple(
        WcpaElement(int(r["order"]), r["element"], r["question_it_answers"])
        for r in _read_csv("wcpa_elements.csv")
    )


@cache
def programme() -> Programme:
    raw = json.loads(
        resources.files("brdesk.data").joinpath("programme.json").read_text(encoding="utf-8")
    )
    return Programme(
        name=raw["name"],
        place=raw["place"],
        start=date.fromisoformat(raw["start"]),
        end=date.fromisoformat(raw["end"]),
        contact_email=raw["contact_email"],
        acknowledgement=raw["acknowledgement"],
        report_due_months=int(raw["report_due_months"]),
    )
