"""Columns every table of a kind shares: timestamps, and what packages merge by."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    DateTime,
    Integer,
    String,
    text,
)
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from brdesk.db.base import new_uuid, utcnow


class TimestampMixin:
    """When a record was made and last changed, how many times, and by whom.

    `version` counts the record's changes: SQLAlchemy adds it to every UPDATE's WHERE, so a
    change made between reading a record and saving it (by someone else on an office
    database) fails instead of being overwritten. `changed_by` is who saved last (set by
    the Store). Migration 0011 added both, hence last in the table.
    """

    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(
        Integer, default=1, server_default=text("1"), sort_order=40
    )
    changed_by: Mapped[str | None] = mapped_column(String(120), sort_order=41)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}


class SyncedMixin:
    """What exchange packages merge by (see services/packages.py).

    synced_at is the updated_at of the newest version of this record received in a package
    (or set aside in favour of ours): a record whose updated_at is still synced_at has no
    edits made here since, so a newer version may replace it without a conflict.
    sort_order puts the columns last, where migration 0006 added them.
    """

    synced_at: Mapped[datetime | None] = mapped_column(DateTime, sort_order=20)


class SharedMixin(SyncedMixin):
    """A record a package can carry: a stable identity across laptops, and its sync mark."""

    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid, sort_order=10)
