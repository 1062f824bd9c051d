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


def _in(row: dict[str, str], column: str, language: str) -> str:
    """A row's column in the language (the column `<column>_<code>`), or in English where
    the file has none for it."""
    return (row.get(f"{column}_{language}") or "").strip() or row[column]


@cache
def pillars(language: str = "en") -> tuple[Pillar, ...]:
    """The four pillars; their names in the language (the programme's are English)."""
    return tuple(
        Pillar(int(r["number"]), r["code"], _in(r, "name", language))
        for r in _read_csv("pillars.csv")
    )


@cache
def sdgs(language: str = "en") -> tuple[Goal, ...]:
    """The SDGs and their short names (the United Nations' own in each of its languages)."""
    return tuple(
        Goal(int(r["number"]), _in(r, "short_name", language)) for r in _read_csv("sdgs.csv")
    )


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


@dataclass(frozen=True)
class Question:
    """A question of a self-assessment: what each of its four levels (0–3) looks like, the
    WCPA element it belongs to, and the pillar its next steps usually belong to."""

    code: str
    element: str
    pillar: int
    title: str
    text: str
    levels: tuple[str, str, str, str]


@dataclass(frozen=True)
class QuestionSet:
    """One edition of the questions. An assessment keeps the edition it was made with, so a
    later edition (questions added, reworded) never changes what an earlier one said."""

    version: str
    title: str
    questions: tuple[Question, ...]

    def question(self, code: str) -> Question | None:
        return next((q for q in self.questions if q.code == code), None)

    def of_element(self, element: str) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.element == element)


#: The edition new assessments use.
CURRENT_QUESTION_SET = "mbr-2026.1"


@cache
def question_set(version: str = CURRENT_QUESTION_SET) -> QuestionSet:
    """An edition of the questions (KeyError for one this brdesk does not ship)."""
    name = f"questions-{version}.json"
    path = resources.files("brdesk.data").joinpath(name)
    if not path.is_file():
        raise KeyError(version)
    raw = json.loads(path.read_text(encoding="utf-8"))
    return QuestionSet(
        version=raw["version"],
        title=raw["title"],
        questions=tuple(
            Question(
                code=q["code"],
                element=q["element"],
                pillar=int(q["pillar"]),
                title=q["title"],
                text=q["text"],
                levels=tuple(q["levels"]),
            )
            for q in raw["questions"]
        ),
    )


@dataclass(frozen=True)
class CountryOutline:
    """A country on the world map (Natural Earth 1:110m): polygons of [lon, lat] rings,
    each an outer ring and its holes, as GeoJSON's MultiPolygon holds them."""

    id: str | None  # ISO 3166-1 numeric, as Natural Earth gives it ("524": Nepal)
    name: str
    polygons: tuple[tuple[tuple[tuple[float, float], ...], ...], ...]


@cache
def world_outlines() -> tuple[CountryOutline, ...]:
    """The world's countries, for maps drawn with no network (data/world-110m.json, made by
    resources/world/make_world.py; its source is named in the file)."""
    text = resources.files("brdesk.data").joinpath("world-110m.json").read_text(encoding="utf-8")
    return tuple(
        CountryOutline(
            country["id"],
            country["name"],
            tuple(
                tuple(tuple((float(x), float(y)) for x, y in ring) for ring in polygon)
                for polygon in country["polygons"]
            ),
        )
        for country in json.loads(text)["countries"]
    )


def country_outline(code: str | None) -> CountryOutline | None:
    """The outline of a country by its ISO alpha-2 code (None where the 1:110m map has no
    shape for it: small islands, city states)."""
    if not code:
        return None
    numbers = {r["code"]: r["numeric"] for r in _read_csv("countries.csv") if r.get("numeric")}
    number = numbers.get(code)
    return next((c for c in world_outlines() if c.id is not None and c.id == number), None)
