"""Merging a package's attachments: the files, their records, and what they hold."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from brdesk.db import models
from brdesk.exchange import file_kinds
from brdesk.exchange import package as pkg
from brdesk.services.attachment_files import keep
from brdesk.services.attachments import MAX_ATTACHMENT_BYTES
from brdesk.services.package_records import RecordReader
from brdesk.services.package_spec import (
    ATTACHMENT_FIELDS,
    ATTACHMENT_OWNERS,
    table_of,
)


class AttachmentMerge(RecordReader):
    """Attachments: immutable files, copied in and checked to be what they claim."""

    def _merge_attachments(self, copied: list[Path]) -> None:
        kind = "attachments"
        folder = self.store.data_dir.attachments
        table = table_of(models.Attachment)
        for number, record in self.package.records(kind):
            self._tick(1)
            unknown = sorted(set(record) - set(ATTACHMENT_FIELDS))
            if unknown:
                raise self.refuse(
                    kind, number, f"'{unknown[0][:40]}' is not a field of attachments"
                )
            record_uuid = self._uuid(kind, number, record.get("uuid"), "uuid")
            if self._lookup(kind, [record_uuid]):
                self.report.unchanged[kind] += 1
                continue
            row = self._attachment_row(number, record, record_uuid)
            stored = row["stored_name"]
            taken = self.conn.execute(
                select(table.c.id).where(table.c.stored_name == stored)
            ).first()
            if taken is not None or (folder / stored).exists():
                stored = row["stored_name"] = record_uuid + Path(stored).suffix.lower()[:10]
                if (folder / stored).exists():
                    raise self.refuse(kind, number, f"the file name {stored} is taken here")
            member, original = record["stored_name"], str(record.get("original_name") or stored)
            opener = partial(self.package.open_attachment, member)
            refused = file_kinds.problem_of(opener, original)
            if refused is not None:  # what it holds, read in the package: nothing copied yet
                raise self.refuse(kind, number, refused)
            self.conn.execute(insert(table), [row])
            if not self.dry_run:
                folder.mkdir(parents=True, exist_ok=True)
                target = folder / stored
                self.package.copy_attachment(member, target)
                copied.append(target)
                keep(self.conn, stored, target)  # on an office database, into it too
            self.report.added[kind] += 1

    def _attachment_row(
        self, number: int, record: Mapping[str, Any], record_uuid: str
    ) -> dict[str, Any]:
        kind = "attachments"
        owners = {
            ref.column: self._resolve(kind, number, ref, record.get(ref.field))
            for ref in ATTACHMENT_OWNERS
            if record.get(ref.field) is not None
        }
        if len(owners) != 1:
            raise self.refuse(kind, number, "an attachment belongs to exactly one record")
        stored = record.get("stored_name")
        if not isinstance(stored, str) or self.package.attachment_size(stored) is None:
            raise self.refuse(kind, number, f"its file {str(stored)[:60]!r} is not in the package")
        size = record.get("size_bytes")
        if (
            not isinstance(size, int)
            or isinstance(size, bool)
            or not 0 <= size <= MAX_ATTACHMENT_BYTES
        ):
            raise self.refuse(kind, number, f"'size_bytes' is impossible (got {str(size)[:20]!r})")
        if size != self.package.attachment_size(stored):
            raise self.refuse(kind, number, "its file is not the size it says")
        digest = record.get("sha256")
        if (
            not isinstance(digest, str)
            or self.package.manifest.files[pkg.attachment_member(stored)].sha256 != digest
        ):
            raise self.refuse(kind, number, "its file does not match its checksum")
        original = record.get("original_name")
        if not isinstance(original, str) or not original.strip() or len(original) > 300:
            raise self.refuse(kind, number, "'original_name' must be a file name")
        media = record.get("media_type")
        if media is not None and (not isinstance(media, str) or len(media) > 100):
            raise self.refuse(kind, number, "'media_type' is not a media type")
        added = self._stamp(kind, number, record, "added_at") or self.now
        return {
            "uuid": record_uuid,
            "observation_id": owners.get("observation_id"),
            "followup_item_id": owners.get("followup_item_id"),
            "assessment_answer_id": owners.get("assessment_answer_id"),
            "good_practice_id": owners.get("good_practice_id"),
            "original_name": original,
            "stored_name": stored,
            "media_type": media,
            "size_bytes": size,
            "sha256": digest,
            "added_at": added,
        }
