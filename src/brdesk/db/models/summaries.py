"""Summaries the dashboard reads, kept by triggers (db/summaries.py)."""

from __future__ import annotations

from sqlalchemy import (
    Integer,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from brdesk.db.base import Base


class ObservationDaily(Base):
    """Observations per day and category."""

    __tablename__ = "summary_daily"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    category: Mapped[str] = mapped_column(String(16), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class SpeciesDaily(Base):
    """Species records per day and taxon: richness, first sightings, accumulation."""

    __tablename__ = "summary_species_daily"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    subject: Mapped[str] = mapped_column(String(300), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class ElevationMonthly(Base):
    """Species records per month and 25 m elevation band."""

    __tablename__ = "summary_elevation_monthly"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    band: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
