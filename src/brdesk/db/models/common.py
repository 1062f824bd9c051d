"""Columns every table of a kind shares: timestamps, and what packages merge by."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    DateTime,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from brdesk.db.base import new_uuid, utcnow


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


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
