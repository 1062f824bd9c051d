"""Closed vocabularies: the values CHECK constraints allow and the forms offer.

Stored values are stable codes; labels are what people read.
"""

from __future__ import annotations

from brdesk.languages import marked

ROLES: dict[str, str] = {
    "researcher": marked("Researcher"),
    "reserve_manager": marked("Reserve manager"),
    "government_official": marked("Government official"),
    "science_administrator": marked("Science administrator"),
}

ACTION_STATUSES: dict[str, str] = {
    "planned": marked("Planned"),
    "in_progress": marked("In progress"),
    "done": marked("Done"),
    "delayed": marked("Delayed"),
    "cancelled": marked("Cancelled"),
}

PRIORITIES: dict[str, str] = {
    "high": marked("High"),
    "medium": marked("Medium"),
    "low": marked("Low"),
}

ZONES: dict[str, str] = {
    "core": marked("Core area"),
    "buffer": marked("Buffer zone"),
    "transition": marked("Transition area"),
    "outside": marked("Outside the reserve"),
}

#: The zones an outline on the map can be (a zone's own name may add "Core area 2: Makalu").
ZONE_KINDS: dict[str, str] = {k: v for k, v in ZONES.items() if k != "outside"}
#: When outlines overlap, a point belongs to the most protected zone holding it.
ZONE_PRECEDENCE: tuple[str, ...] = ("core", "buffer", "transition")

CATEGORIES: dict[str, str] = {
    "species": marked("Species"),
    "habitat": marked("Habitat"),
    "climate": marked("Climate"),
    "glacier": marked("Glacier"),
    "threat": marked("Threat"),
    "socio_economic": marked("Socio-economic"),
    "other": marked("Other"),
}

FOLLOWUP_KINDS: dict[str, str] = {
    "report": marked("Post-training report (Word)"),
    "passport_page": marked("Passport information page (scan)"),
    "visa_page": marked("Visa page (scan)"),
    "entry_exit_stamps": marked("Entry/exit stamp pages (scan)"),
    "other": marked("Other"),
}

FOLLOWUP_STATUSES: dict[str, str] = {
    "pending": marked("To do"),
    "ready": marked("Ready to send"),
    "sent": marked("Sent"),
    "not_applicable": marked("Not applicable"),
}

#: The network's thematic working groups (WNMBR workshop, 2023): a good practice's theme.
PRACTICE_THEMES: dict[str, str] = {
    "biodiversity": marked("Biodiversity"),
    "climate": marked("Climate change"),
    "participation": marked("Participation and governance"),
    "livelihoods": marked("Socio-economics and livelihoods"),
}

# Earth's surface bounds: the Dead Sea shore and the summit of Everest.
ELEVATION_MIN_M = -430.0
ELEVATION_MAX_M = 8849.0


def sql_in(values: dict[str, str]) -> str:
    """A SQL IN list of the codes, for CHECK constraints."""
    return ", ".join(f"'{code}'" for code in values)
