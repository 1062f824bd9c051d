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
from typing import Any


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
    key: str


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
@cache
def countries(language: str = "en") -> dict[str, str]:
    """ISO 3166-1 alpha-2 code to the country's short name in the language, in name order.
    English names are ISO's (its common form where it has one: "Bolivia", not "Bolivia,
    Plurinational State of"); the others the Unicode CLDR's (resources/world/
    add_country_names.py)."""
    names = {r["code"]: _in(r, "name", language) for r in _read_csv("countries.csv")}
    return dict(sorted(names.items(), key=lambda item: item[1].casefold()))


class CountryName(str):
    """A country's name that remembers its code, so that the window can say it in its own
    language (ui/i18n.say) where a report or a file writes it in English."""

    code: str

    def __new__(cls, name: str, code: str) -> CountryName:
        made = super().__new__(cls, name)
        made.code = code
        return made


def country_name(code: str | None, language: str = "en") -> str:
    """The country's name for a stored code; an unknown code is shown as it is."""
    if not code:
        return ""
    name = countries(language).get(code.upper())
    return CountryName(name, code.upper()) if name is not None else code


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
def gbf_targets(language: str = "en") -> tuple[Goal, ...]:
    """The Kunming-Montreal GBF targets' short titles (the CBD's in English; in the other
    languages brdesk's rendering of them, pending the CBD's own short titles)."""
    return tuple(
        Goal(int(r["target"]), _in(r, "short_title", language))
        for r in _read_csv("gbf_targets.csv")
    )


@cache
def wcpa_elements(language: str = "en") -> tuple[WcpaElement, ...]:
    """The IUCN-WCPA framework's six elements, named in the language (`key` is the
    English name, lower case, as the questions refer to it)."""
    return tuple(
        WcpaElement(int(r["order"]), _in(r, "element", language),
                    _in(r, "question_it_answers", language), r["element"].lower())
        for r in _read_csv("wcpa_elements.csv")
    )  # fmt: skip


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
def question_set(version: str = CURRENT_QUESTION_SET, language: str = "en") -> QuestionSet:
    """An edition of the questions (KeyError for one this brdesk does not ship), worded in
    the language where brdesk has its translation (questions-<edition>.<code>.json; the
    English is the reference, and a question the translation lacks stays English)."""
    name = f"questions-{version}.json"
    path = resources.files("brdesk.data").joinpath(name)
    if not path.is_file():
        raise KeyError(version)
    raw = json.loads(path.read_text(encoding="utf-8"))
    translated = resources.files("brdesk.data").joinpath(f"questions-{version}.{language}.json")
    words: dict[str, Any] = {"title": raw["title"], "questions": {}}
    if language != "en" and translated.is_file():
        words = json.loads(translated.read_text(encoding="utf-8"))
    own = words["questions"]
    return QuestionSet(
        version=raw["version"],
        title=words["title"],
        questions=tuple(
            Question(
                code=q["code"],
                element=q["element"],
                pillar=int(q["pillar"]),
                title=own.get(q["code"], q)["title"],
                text=own.get(q["code"], q)["text"],
                levels=tuple(own.get(q["code"], q)["levels"]),
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
