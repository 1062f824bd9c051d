"""Files kept with the data: copied into attachments/ under a name brdesk chooses."""

from __future__ import annotations

import hashlib
import logging
import mimetypes
import os
import shutil
import uuid as uuid_mod
from pathlib import Path

from sqlalchemy import select

from brdesk.db import models
from brdesk.errors import BrdeskError, NotFound, ValidationError
from brdesk.exchange import file_kinds
from brdesk.languages import said
from brdesk.services.attachment_files import forget, keep
from brdesk.services.store import Store

log = logging.getLogger(__name__)

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


class AttachmentService:
    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def folder(self) -> Path:
        return self.store.data_dir.attachments

    def path_of(self, attachment: models.Attachment) -> Path:
        """Its file on this computer (on an office database, fetched from it if need be)."""
        from brdesk.services.attachment_files import local_path

        return local_path(self.store, attachment.stored_name)

    def why_not_open(self, attachment: models.Attachment) -> str | None:
        """Why the attachment must not be handed to the system to open (it is missing, or
        not the document or picture its name says: one kept by an older brdesk, or put
        into the folder by hand); None when it may be opened."""
        path = self.path_of(attachment)
        if not path.is_file():
            return said("{name} is no longer in the data folder", name=attachment.original_name)
        return file_kinds.problem(path, attachment.original_name)

    def add(
        self,
        source: Path,
        *,
        observation_id: int | None = None,
        followup_item_id: int | None = None,
        assessment_answer_id: int | None = None,
        good_practice_id: int | None = None,
    ) -> models.Attachment:
        """Copy source into attachments/ and record it; nothing is left behind on failure."""
        owners = (observation_id, followup_item_id, assessment_answer_id, good_practice_id)
        if sum(owner is not None for owner in owners) != 1:
            raise ValidationError("owner", "Attachment", "belongs to exactly one record")
        if not source.is_file():
            raise ValidationError("file", "File", f"{source} is not a file")
        size = source.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise ValidationError(
                "file", "File", f"{source.name} is larger than {MAX_ATTACHMENT_BYTES // 2**20} MB"
            )
        refused = file_kinds.problem(source)
        if refused is not None:
            raise ValidationError("file", "File", refused)
        record_uuid = str(uuid_mod.uuid4())
        stored_name = record_uuid + source.suffix.lower()[:10]
        target = self.folder / stored_name
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            digest = _copy_with_digest(source, target)
        except OSError as exc:
            target.unlink(missing_ok=True)
            raise BrdeskError(
                said("Cannot copy {name} into the data folder: {exc}", name=source.name, exc=exc)
            ) from exc
        try:
            with self.store.transaction() as session:
                attachment = models.Attachment(
                    uuid=record_uuid,
                    observation_id=observation_id,
                    followup_item_id=followup_item_id,
                    assessment_answer_id=assessment_answer_id,
                    good_practice_id=good_practice_id,
                    original_name=source.name[:300],
                    stored_name=stored_name,
                    media_type=mimetypes.guess_type(source.name)[0],
                    size_bytes=size,
                    sha256=digest,
                )
                session.add(attachment)
                keep(session, stored_name, target)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return attachment

    def list_for(
        self,
        *,
        observation_id: int | None = None,
        followup_item_id: int | None = None,
        assessment_answer_id: int | None = None,
        good_practice_id: int | None = None,
    ) -> list[models.Attachment]:
        stmt = select(models.Attachment).order_by(models.Attachment.id)
        for column, value in (
            (models.Attachment.observation_id, observation_id),
            (models.Attachment.followup_item_id, followup_item_id),
            (models.Attachment.assessment_answer_id, assessment_answer_id),
            (models.Attachment.good_practice_id, good_practice_id),
        ):
            if value is not None:
                stmt = stmt.where(column == value)
        with self.store.reading() as session:
            return list(session.scalars(stmt))

    def remove(self, attachment_id: int) -> None:
        with self.store.transaction() as session:
            attachment = session.get(models.Attachment, attachment_id)
            if attachment is None:
                raise NotFound(
                    said(
                        "Attachment {attachment_id} no longer exists.", attachment_id=attachment_id
                    )
                )
            stored = self.folder / attachment.stored_name
            session.delete(attachment)
            forget(session, attachment.stored_name)
        # The row is gone for good before the file goes: a crash in between leaves an
        # orphan file (harmless), never a record pointing at nothing. Windows refuses to
        # delete a file another program has open: the record is gone all the same.
        try:
            stored.unlink(missing_ok=True)
        except OSError:
            log.warning("could not delete %s (kept as an orphan)", stored, exc_info=True)


def _copy_with_digest(source: Path, target: Path) -> str:
    digest = hashlib.sha256()
    with open(source, "rb") as src, open(target, "xb") as dst:
        while chunk := src.read(1 << 20):
            digest.update(chunk)
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    shutil.copystat(source, target)
    return digest.hexdigest()
