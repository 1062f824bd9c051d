"""Good practices: the network's structured form, its links (plan actions, observations as
evidence, SDGs and GBF targets) and its photos.

The form follows the WNMBR's methodology for identifying good practices (2023 workshop):
what the challenge was, what was done, by whom and when, the results and the evidence for
them, what it cost, the lessons, and the conditions under which another reserve could
replicate it or scale it up."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import ORMOption

from brdesk.db import models
from brdesk.db.vocab import PRACTICE_THEMES
from brdesk.errors import BrdeskError
from brdesk.languages import marked, said
from brdesk.services.crud import EntityService
from brdesk.services.fields import Field, check_order
from brdesk.services.links import check_goals, set_goals, set_links

#: The extra values a practice takes besides its fields: links kept in other tables.
LINKS = ("sdgs", "gbf_targets", "actions", "observations")


class GoodPracticeService(EntityService[models.GoodPractice]):
    model = models.GoodPractice
    noun = marked("good practice")
    fields = (
        Field("reserve_id", marked("Reserve"), "int", minimum=1),
        Field("title", marked("Title"), required=True, max_length=300,
              hint=marked("A short name others will recognise, e.g. Herders read the plots")),
        Field("theme", marked("Theme"), "choice", choices=PRACTICE_THEMES),
        Field("challenge", marked("The challenge"), "longtext",
              hint=marked("The problem or opportunity the practice answered")),
        Field("what_was_done", marked("What was done"), "longtext"),
        Field("done_by", marked("By whom"), "longtext",
              hint=marked("Who led it, who took part (reserve staff, communities, partners)")),
        Field("started_on", marked("Started"), "date"),
        Field("ended_on", marked("Ended"), "date", hint=marked("Empty if it is still going on")),
        Field("results", marked("Results"), "longtext"),
        Field("indicators", marked("Evidence: indicators"), "longtext",
              hint=marked("What was measured, before and after")),
        Field("costs", marked("Costs"), "longtext",
              hint=marked("Money, staff time, equipment; who paid")),
        Field("lessons", marked("Lessons learnt"), "longtext"),
        Field("replication", marked("Conditions to replicate and scale"), "longtext",
              hint=marked("What another reserve would need for it to work there, and to grow it")),
        Field("contacts", marked("Contacts"), "longtext"),
    )  # fmt: skip

    def load_options(self) -> Sequence[ORMOption]:
        return (
            selectinload(models.GoodPractice.sdgs),
            selectinload(models.GoodPractice.gbf_targets),
        )

    def default_order(self) -> Sequence[Any]:
        return (models.GoodPractice.title, models.GoodPractice.id)

    def clean(self, values: Mapping[str, Any], **kwargs: Any) -> dict[str, Any]:
        cleaned = super().clean(values, **kwargs)
        if "theme" in cleaned and cleaned["theme"] is None:
            cleaned["theme"] = "biodiversity"
        check_goals(values)
        return cleaned

    def check_record(self, record: Mapping[str, Any]) -> None:
        check_order(record, self.field("started_on"), self.field("ended_on"))

    def extra_fields(self) -> Iterable[str]:
        return LINKS

    def apply_extra(
        self, session: Session, obj: models.GoodPractice, values: Mapping[str, Any]
    ) -> None:
        sdg, gbf = models.GoodPracticeSdg, models.GoodPracticeGbf
        set_goals(
            session, values, obj.id, (sdg.good_practice_id, sdg.sdg_number),
            (gbf.good_practice_id, gbf.gbf_number),
        )  # fmt: skip
        if "actions" in values:
            link = models.GoodPracticeAction
            set_links(
                session, link.good_practice_id, link.action_id, obj.id, values["actions"] or [],
                models.Action.id, ("actions", "Plan actions", "action"),
            )  # fmt: skip
        if "observations" in values:
            olink = models.GoodPracticeObservation
            set_links(
                session, olink.good_practice_id, olink.observation_id, obj.id,
                values["observations"] or [], models.Observation.id,
                ("observations", "Observations", "observation"),
            )  # fmt: skip
        session.expire(obj, ["sdgs", "gbf_targets"])

    def snapshot(self, record_id: int) -> dict[str, Any]:
        values = super().snapshot(record_id)
        values.update(self.links(record_id))
        return values

    def links(self, record_id: int) -> dict[str, list[int]]:
        """The practice's tags and linked records, as the extra values name them."""
        practice = self.get(record_id)
        with self.store.reading() as session:
            a, o = models.GoodPracticeAction, models.GoodPracticeObservation
            actions = session.scalars(
                select(a.action_id).where(a.good_practice_id == record_id).order_by(a.action_id)
            )
            observations = session.scalars(
                select(o.observation_id)
                .where(o.good_practice_id == record_id)
                .order_by(o.observation_id)
            )
            return {
                "sdgs": [s.number for s in practice.sdgs],
                "gbf_targets": [g.number for g in practice.gbf_targets],
                "actions": list(actions),
                "observations": list(observations),
            }

    def find(self, title: str) -> models.GoodPractice:
        """The practice of this title (any case), or the only one whose title starts so;
        a BrdeskError naming the candidates otherwise."""
        wanted = " ".join(title.split()).casefold()
        practices = self.list()
        exact = [p for p in practices if p.title.casefold() == wanted]
        starting = [p for p in practices if p.title.casefold().startswith(wanted)]
        found = exact or starting
        if len(found) == 1 and wanted:
            return found[0]
        if not found or not wanted:
            known = "; ".join(p.title for p in practices) or "none yet"
            raise BrdeskError(
                said(
                    "No good practice is called '{title}'. The practices: {known}.",
                    title=title,
                    known=known,
                )
            )
        names = "; ".join(p.title for p in found)
        raise BrdeskError(
            said(
                "'{title}' could be any of: {names}. Give more of the title.",
                title=title,
                names=names,
            )
        )

    def link_observations(self, record_id: int, observation_ids: Iterable[int]) -> int:
        """Add these observations to the practice's evidence; how many were new."""
        have = self.links(record_id)["observations"]
        wanted = sorted({*have, *observation_ids})
        self.update(record_id, observations=wanted)
        return len(wanted) - len(have)


class GoodPracticeActionService(EntityService[models.GoodPracticeAction]):
    """A practice's link to a plan action (edited through the practice's "actions";
    declared for packages, which carry links as records)."""

    model = models.GoodPracticeAction
    noun = marked("good practice's action")
    fields = (
        Field("good_practice_id", marked("Good practice"), "int", required=True, minimum=1),
        Field("action_id", marked("Action"), "int", required=True, minimum=1),
    )


class GoodPracticeObservationService(EntityService[models.GoodPracticeObservation]):
    """A practice's link to an observation that is evidence of its results."""

    model = models.GoodPracticeObservation
    noun = marked("good practice's observation")
    fields = (
        Field("good_practice_id", marked("Good practice"), "int", required=True, minimum=1),
        Field("observation_id", marked("Observation"), "int", required=True, minimum=1),
    )


@dataclass(frozen=True)
class PracticeRow:
    """A practice as the catalogue lists it."""

    id: int
    title: str
    theme: str
    reserve: str | None
    photos: int
    evidence: int

    @property
    def theme_label(self) -> str:
        return PRACTICE_THEMES.get(self.theme, self.theme)


def catalogue(session: Session, theme: str | None = None) -> list[PracticeRow]:
    """The practices, by title, with their reserve, photos and linked observations."""
    p, r = models.GoodPractice, models.Reserve
    photos = (
        select(func.count()).where(models.Attachment.good_practice_id == p.id).scalar_subquery()
    )
    evidence = (
        select(func.count())
        .where(models.GoodPracticeObservation.good_practice_id == p.id)
        .scalar_subquery()
    )
    stmt = (
        select(p.id, p.title, p.theme, r.name, photos, evidence)
        .outerjoin(r, r.id == p.reserve_id)
        .order_by(p.title, p.id)
    )
    if theme is not None:
        stmt = stmt.where(p.theme == theme)
    return [PracticeRow(*row) for row in session.execute(stmt)]
