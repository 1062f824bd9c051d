"""Closed vocabularies: the values CHECK constraints allow and the forms offer.

Stored values are stable codes; labels are what people read.
"""

from __future__ import annotations

ROLES: dict[str, str] = {
    "researcher": "Researcher",
    "reserve_manager": "Reserve manager",
    "government_official": "Government official",
    "science_administrator": "Science administrator",
}

ACTION_STATUSES: dict[str, str] = {
    "planned": "Planned",
    "in_progress": "In progress",
    "done": "Done",
    "delayed": "Delayed",
    "cancelled": "Cancelled",
}

PRIORITIES: dict[str, str] = {"high": "High", "medium": "Medium", "low": "Low"}

ZONES: dict[str, str] = {
    "core": "Core area",
    "buffer": "Buffer zone",
    "transition": "Transition area",
    "outside": "Outside the reserve",
}

#: The zones an outline on the map can be (a zone's own name may add "Core area 2: Makalu").
ZONE_KINDS: dict[str, str] = {k: v for k, v in ZONES.items() if k != "outside"}
#: When outlines overlap, a point belongs to the most protected zone holding it.
ZONE_PRECEDENCE: tuple[str, ...] = ("core", "buffer", "transition")

CATEGORIES: dict[str, str] = {
    "species": "Species",
    "habitat": "Habitat",
    "climate": "Climate",
    "glacier": "Glacier",
    "threat": "Threat",
    "socio_economic": "Socio-economic",
    "other": "Other",
}

FOLLOWUP_KINDS: dict[str, str] = {
    "report": "Post-training report (Word)",
    "passport_page": "Passport information page (scan)",
    "visa_page": "Visa page (scan)",
    "entry_exit_stamps": "Entry/exit stamp pages (scan)",
    "other": "Other",
}

FOLLOWUP_STATUSES: dict[str, str] = {
    "pending": "To do",
    "ready": "Ready to send",
    "sent": "Sent",
    "not_applicable": "Not applicable",
}

#: The network's thematic working groups (WNMBR workshop, 2023): a good practice's theme.
PRACTICE_THEMES: dict[str, str] = {
    "biodiversity": "Biodiversity",
    "climate": "Climate change",
    "participation": "Participation and governance",
    "livelihoods": "Socio-economics and livelihoods",
}

# Earth's surface bounds: the Dead Sea shore and the summit of Everest.
ELEVATION_MIN_M = -430.0
ELEVATION_MAX_M = 8849.0


def sql_in(values: dict[str, str]) -> str:
    """A SQL IN list of the codes, for CHECK constraints."""
    return ", ".join(f"'{code}'" for code in values)
