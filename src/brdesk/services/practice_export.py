"""A good practice as a case study: gathered as plain values (reports/report_data.py's
PracticePart) and written to Word, alone or inside a report."""

from __future__ import annotations

import io
import logging
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from brdesk import reference
from brdesk.db import models
from brdesk.db.vocab import PRACTICE_THEMES, ZONES
from brdesk.errors import BrdeskError
from brdesk.exchange.atomic import atomic_path
from brdesk.languages import said
from brdesk.reports.report_data import PracticePart
from brdesk.services.attachments import AttachmentService
from brdesk.services.practices import GoodPracticeService
from brdesk.services.store import Store

log = logging.getLogger(__name__)

#: A case study stays within two pages: a row of three photos, ten observations listed.
MAX_PHOTOS = 3
MAX_EVIDENCE = 10
#: Photos are scaled to this many pixels on their long side: sharp at 5 cm, and a
#: report with twenty practices stays a file one can e-mail.
PHOTO_PIXELS = 1200
#: The form's parts, in its order, as the case study heads them.
SECTIONS = (
    ("challenge", "The challenge"),
    ("what_was_done", "What was done"),
    ("done_by", "By whom"),
    ("results", "Results"),
    ("indicators", "Evidence: indicators"),
    ("costs", "Costs"),
    ("lessons", "Lessons learnt"),
    ("replication", "Conditions to replicate and scale"),
    ("contacts", "Contacts"),
)


def practice_part(store: Store, practice_id: int) -> PracticePart:
    """Everything the case study of one practice shows."""
    service = GoodPracticeService(store)
    practice = service.get(practice_id)
    links = service.links(practice_id)
    with store.reading() as session:
        reserve = session.get(models.Reserve, practice.reserve_id) if practice.reserve_id else None
        actions = tuple(
            session.scalars(
                select(models.Action.title)
                .where(models.Action.id.in_(links["actions"]))
                .order_by(models.Action.title)
            )
        )
        o = models.Observation
        evidence_rows = session.execute(
            select(o.observed_on, o.subject, o.zone, o.site, o.sensitive)
            .where(o.id.in_(links["observations"]))
            .order_by(o.observed_on.desc(), o.id)
            .limit(MAX_EVIDENCE)
        ).all()
        total = session.scalar(
            select(func.count()).where(
                models.GoodPracticeObservation.good_practice_id == practice_id
            )
        )
    sdg_titles = {g.number: g.title for g in reference.sdgs()}
    gbf_titles = {g.number: g.title for g in reference.gbf_targets()}
    goals = (
        *(f"SDG {n}: {sdg_titles[n]}" for n in links["sdgs"]),
        *(f"GBF Target {n}: {gbf_titles[n]}" for n in links["gbf_targets"]),
    )
    # A sensitive record's site is left out: the case study travels beyond the reserve.
    evidence = tuple(
        " · ".join(
            x
            for x in (f"{on:%Y-%m-%d}", subject, ZONES.get(zone or ""), None if hidden else site)
            if x
        )
        for on, subject, zone, site, hidden in evidence_rows
    )
    photos, left = _photos(store, practice_id)
    return PracticePart(
        title=practice.title,
        theme=PRACTICE_THEMES.get(practice.theme, practice.theme),
        reserve=reserve.name if reserve else None,
        country=reference.country_name(reserve.country_code)
        if reserve and reserve.country_code
        else None,
        period=_period(practice.started_on, practice.ended_on),
        sections=tuple(
            (label, text.strip())
            for name, label in SECTIONS
            if (text := getattr(practice, name)) and text.strip()
        ),
        goals=goals,
        actions=actions,
        evidence=evidence,
        evidence_total=total or 0,
        photos=photos,
        photos_left=left,
    )


def practice_parts(store: Store) -> tuple[PracticePart, ...]:
    return tuple(practice_part(store, p.id) for p in GoodPracticeService(store).list())


def _period(start: date | None, end: date | None) -> str | None:
    if start and end:
        return f"{start:%B %Y} – {end:%B %Y}"
    if start:
        return f"since {start:%B %Y}"
    if end:
        return f"until {end:%B %Y}"
    return None


def _photos(
    store: Store, practice_id: int
) -> tuple[tuple[tuple[bytes, str], ...], tuple[str, ...]]:
    """The photos scaled for the page, and the names of those not shown, with why."""
    files = AttachmentService(store)
    shown: list[tuple[bytes, str]] = []
    left: list[str] = []
    for attachment in files.list_for(good_practice_id=practice_id):
        name = attachment.original_name
        picture = _scaled(files.path_of(attachment))
        if picture is None:
            left.append(f"{name} (not a picture Word can show)")
        elif len(shown) == MAX_PHOTOS:
            left.append(f"{name} (a case study shows {MAX_PHOTOS} photos)")
        else:
            shown.append((picture, Path(name).stem))
    return tuple(shown), tuple(left)


def _scaled(path: Path) -> bytes | None:
    """The photo as a JPEG at most PHOTO_PIXELS on its long side, turned the way the
    camera says it was held; None if it is not a picture (a PDF, a damaged file)."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            upright = ImageOps.exif_transpose(image) or image
            picture = upright.convert("RGB")
            picture.thumbnail((PHOTO_PIXELS, PHOTO_PIXELS))
            out = io.BytesIO()
            picture.save(out, "JPEG", quality=85)
            return out.getvalue()
    except (OSError, UnidentifiedImageError, ValueError):
        log.info("photo %s cannot be shown", path.name, exc_info=True)
        return None


def export_case_study(store: Store, practice_id: int, path: Path) -> Path:
    """Write the practice's case study to path (.docx); the file appears only once whole."""
    if path.suffix.lower() != ".docx":
        raise BrdeskError(
            said(
                "Cannot write the case study to '{name}': the name must end in .docx.",
                name=path.name,
            )
        )
    part = practice_part(store, practice_id)
    from brdesk.reports.docx_practices import build_case_study

    with atomic_path(path) as temp:
        build_case_study(part, temp, reference.programme().acknowledgement)
    return path
