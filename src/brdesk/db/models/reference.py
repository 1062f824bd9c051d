"""The reference tables (pillars, SDGs, GBF targets), filled by migrations from the
package's reference data."""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Integer,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from brdesk.db.base import Base


class Pillar(Base):
    __tablename__ = "pillar"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))


class Sdg(Base):
    __tablename__ = "sdg"

    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    short_name: Mapped[str] = mapped_column(String(200))

    __table_args__ = (CheckConstraint("number BETWEEN 1 AND 17", name="number_range"),)


class GbfTarget(Base):
    __tablename__ = "gbf_target"

    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    short_title: Mapped[str] = mapped_column(String(300))

    __table_args__ = (CheckConstraint("number BETWEEN 1 AND 23", name="number_range"),)
