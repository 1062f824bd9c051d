"""Follow-up after the training: the report and the scans the programme asks for, their
deadlines, the files that satisfy them, and a folder ready to send. brdesk sends nothing."""

from __future__ import annotations

import re
import secrets
import shutil
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from brdesk import leftovers, reference
from brdesk.db import models
from brdesk.errors import BrdeskError
from brdesk.languages import marked, said
from brdesk.paths import free_name
from brdesk.reports.report_data import ReportOptions
from brdesk.services.attachments import AttachmentService
from brdesk.services.followup import FollowupService
from brdesk.services.overview import DUE_SOON_DAYS
from brdesk.services.profile import ParticipantService, ProgrammeService
from brdesk.services.store import Store

# (kind, title, file name stem in the submission folder)
STANDARD_ITEMS = (
    ("report", marked("Post-training report (Word)"), "post-training-report"),
    ("passport_page", marked("Passport information page (scan)"), "passport-information-page"),
    ("visa_page", marked("Visa page (scan)"), "visa-page"),
    ("entry_exit_stamps", marked("Entry/exit stamp pages (scan)"), "entry-exit-stamp-pages"),
)
NOTE_NAME = "README - how to submit.txt"


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    next_month = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, min(day.day, (next_month - timedelta(days=1)).day))


def report_due_date(store: Store) -> date | None:
    """Programme end plus the months the programme allows (two for the 2025 edition)."""
    participant = ParticipantService(store).current()
    if participant is None or participant.programme_id is None:
        return None
    programme = ProgrammeService(store).get(participant.programme_id)
    if programme.end_date is None:
        return None
    return add_months(programme.end_date, reference.programme().report_due_months)


def ensure_standard_items(store: Store) -> list[models.FollowupItem]:
    """The four items the programme asks for, created once with their due dates (those
    there are, in a folder open read-only)."""
    participant = ParticipantService(store).current()
    if participant is None:
        return []
    items = FollowupService(store)
    existing = {i.kind for i in items.list(participant_id=participant.id)}
    due = report_due_date(store)
    for kind, title, _stem in STANDARD_ITEMS:
        if kind not in existing and store.read_only is None:
            items.create(participant_id=participant.id, kind=kind, title=title, due_date=due)
    return items.list(participant_id=participant.id)


def status_of(item: models.FollowupItem, today: date | None = None) -> str:
    """'done', 'ready', 'overdue', 'due_soon' or 'open', for colouring and Home."""
    today = today or date.today()
    if item.status in ("sent", "not_applicable"):
        return "done"
    if item.status == "ready":
        return "ready"  # to send: not late work, whatever the date
    if item.due_date is not None and item.due_date < today:
        return "overdue"
    if item.due_date is not None and item.due_date <= today + timedelta(days=DUE_SOON_DAYS):
        return "due_soon"
    return "open"


def attach_file(store: Store, item_id: int, source: Path) -> models.Attachment:
    """Copy the file into the data folder as the one satisfying the item; marks it ready."""
    attachment = AttachmentService(store).add(source, followup_item_id=item_id)
    items = FollowupService(store)
    if items.get(item_id).status == "pending":
        items.update(item_id, status="ready")
    return attachment


def record_report(store: Store, path: Path) -> bool:
    """An exported report becomes the report item's file: a copy is kept in the data folder
    and the item is ready to send (unless already sent). False when there is no profile
    (hence no follow-up items) yet, and in a folder open read-only."""
    if store.read_only is not None:
        return False
    items = {i.kind: i for i in ensure_standard_items(store)}
    report = items.get("report")
    if report is None:
        return False
    attach_file(store, report.id, path)
    return True


def latest_file(store: Store, item_id: int) -> tuple[models.Attachment, Path] | None:
    service = AttachmentService(store)
    with store.reading() as session:
        attachment = session.scalars(
            select(models.Attachment)
            .where(models.Attachment.followup_item_id == item_id)
            .order_by(models.Attachment.id.desc())
            .limit(1)
        ).first()
    if attachment is None:
        return None
    return attachment, service.path_of(attachment)


@dataclass(frozen=True)
class Submission:
    folder: Path
    files: list[Path]
    missing: list[str]


def safe_suffix(name: str) -> str:
    """A file name's extension fit for any file system, or none: a name from a package
    may carry anything, and on Windows ".jpg:x" would write a hidden stream, not a file."""
    suffix = Path(name).suffix.lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,10}", suffix) else ""


def slug(text: str) -> str:
    """A file-name part any file system (FAT sticks included) accepts."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    cleaned = "".join(c if c.isalnum() else "-" for c in ascii_text)
    return "-".join(part for part in cleaned.split("-") if part) or "participant"


def prepare_submission(
    store: Store,
    parent: Path,
    options: ReportOptions | None = None,
    *,
    today: date | None = None,
) -> Submission:
    """Write a fresh report and copy the scans into a new folder inside parent.

    Built in a temporary folder and renamed into place: a failure leaves nothing behind.
    """
    from brdesk.services.report import export_report

    if not parent.is_dir():
        raise BrdeskError(said("{parent} is not a folder.", parent=parent))
    participant = ParticipantService(store).current()
    if participant is None:
        raise BrdeskError(marked("Fill in your profile first: the submission carries your name."))
    items = {i.kind: i for i in ensure_standard_items(store)}
    who = slug(participant.full_name)
    final = free_name(parent / f"WNMBR-training-2025_{who}")
    try:
        work = parent / f".brdesk-submission-{secrets.token_hex(4)}"
        leftovers.note(work)
        work.mkdir()
    except OSError as exc:
        raise BrdeskError(
            said("Cannot write in {parent}: {v0}.", parent=parent, v0=exc.strerror or exc)
        ) from exc
    files: list[str] = []
    missing: list[str] = []
    try:
        for kind, title, stem in STANDARD_ITEMS:
            if kind == "report":
                name = f"{who}_{stem}.docx"
                export_report(store, work / name, options, today=today)
                files.append(name)
                continue
            found = latest_file(store, items[kind].id)
            if found is None or not found[1].is_file():
                if items[kind].status != "not_applicable":
                    missing.append(title)
                continue
            attachment, stored = found
            name = f"{who}_{stem}{safe_suffix(attachment.original_name)}"
            shutil.copy2(stored, work / name)
            files.append(name)
        note = _note(participant.full_name, _contact(store, participant), files, missing)
        (work / NOTE_NAME).write_text(note, "utf-8")
        work.rename(final)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return Submission(final, [final / f for f in [*files, NOTE_NAME]], missing)


def _contact(store: Store, participant: models.Participant) -> str:
    """Where to send: the programme record's address (the user may have corrected it)."""
    if participant.programme_id is not None:
        address = ProgrammeService(store).get(participant.programme_id).contact_email
        if address:
            return address
    return reference.programme().contact_email


def _note(name: str, contact: str, files: list[str], missing: list[str]) -> str:
    facts = reference.programme()
    lines = [
        facts.name,
        f"{facts.place}, {facts.start:%d} to {facts.end:%d %B %Y}",
        "",
        f"Documents of {name}, prepared with brdesk.",
        "",
        f"Send these files by e-mail to: {contact}",
        "(brdesk prepares the files; it does not send them.)",
        "",
        "Files in this folder:",
        *[f"  - {f}" for f in files],
    ]
    if missing:
        lines += ["", "Still missing (add them before sending):", *[f"  - {m}" for m in missing]]
    lines += ["", facts.acknowledgement, ""]
    return "\n".join(lines)
