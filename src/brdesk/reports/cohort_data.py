"""A cohort as plain values: each participant's summary (kept as JSON beside their data),
and how the overview, the follow-up list and the alignment show them. The services fill
them (services/cohort_summary.py, cohort_overview.py); the window and the reports show
them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from brdesk import reference
from brdesk.languages import Marked, joined, marked, said

#: The follow-up documents the programme asks for, as the overview names them.
DOCUMENTS = (
    ("report", marked("Report")),
    ("passport_page", marked("Passport page")),
    ("visa_page", marked("Visa page")),
    ("entry_exit_stamps", marked("Entry/exit stamps")),
)
#: A version of the summary; an older one is worked out again from the member's data.
SUMMARY_VERSION = 1


@dataclass
class MemberSummary:
    participant_uuid: str
    name: str
    country: str | None = None
    institution: str | None = None
    email: str | None = None
    reserve: str | None = None
    reserve_country: str | None = None
    #: [lat, lon, how it was placed: "zones", "observations" or "country"]
    location: list[Any] | None = None
    plan_title: str | None = None
    #: actions per pillar 1-4
    per_pillar: list[int] = field(default_factory=lambda: [0, 0, 0, 0])
    actions: int = 0
    done: int = 0
    in_progress: int = 0
    #: [pillar, title, status label] per action, in the plan's order
    plan: list[list[Any]] = field(default_factory=list)
    #: SDG / GBF number (as text: JSON keys) to the number of actions serving it
    sdgs: dict[str, int] = field(default_factory=dict)
    gbf_targets: dict[str, int] = field(default_factory=dict)
    observations: int = 0
    #: the latest self-assessment: [date, overall percent or None]
    effectiveness: list[Any] | None = None
    #: kind to [status label, has a file]
    documents: dict[str, list[Any]] = field(default_factory=dict)
    #: {uuid, title, theme} per good practice
    practices: list[dict[str, Any]] = field(default_factory=list)
    #: the package: its file name, when it was written (UTC, ISO), its checksum
    package_name: str = ""
    written_at: str = ""
    sha256: str = ""
    added_at: str = ""
    version: int = SUMMARY_VERSION

    @property
    def progress(self) -> float | None:
        """The share of the plan's actions done, in percent."""
        return 100.0 * self.done / self.actions if self.actions else None

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> MemberSummary:
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in raw.items() if k in known})


OVERVIEW_HEADERS = (
    marked("Participant"), marked("Country"), marked("Biosphere reserve"),
    marked("Pillar 1"), marked("Pillar 2"), marked("Pillar 3"), marked("Pillar 4"),
    marked("Actions done"), marked("Effectiveness"), marked("Report"), marked("Scans"),
    marked("Last package"),
)  # fmt: skip
SCANS = tuple(kind for kind, _label in DOCUMENTS if kind != "report")


def country(code: str | None) -> str:
    return reference.country_name(code) if code else "—"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}%"


def document_state(member: MemberSummary, kind: str) -> str:
    """'Sent', 'Ready to send (file)', 'To do', or 'not listed'."""
    state = member.documents.get(kind)
    if state is None:
        return marked("not listed")
    label, has_file = state
    # The state is a word of brdesk's vocabulary, said in the window's language there.
    shown = Marked(label)
    return said("{state} (file)", state=shown) if has_file and label != "Sent" else shown


def scans_state(member: MemberSummary) -> str:
    sent = sum(1 for kind in SCANS if (member.documents.get(kind) or [""])[0] == "Sent")
    return said("{sent} of {total} sent", sent=sent, total=len(SCANS))


def overview_row(member: MemberSummary) -> list[str]:
    effectiveness = (
        f"{percent(member.effectiveness[1])} ({member.effectiveness[0][:4]})"
        if member.effectiveness
        else "—"
    )
    return [
        member.name,
        country(member.country),
        member.reserve or "—",
        *(str(n) for n in member.per_pillar),
        said("{done} of {actions}", done=member.done, actions=member.actions)
        if member.actions
        else marked("no plan"),
        effectiveness,
        document_state(member, "report"),
        scans_state(member),
        member.written_at[:10] or "—",
    ]


@dataclass(frozen=True)
class GoalUse:
    kind: str  # "SDG" or "GBF Target"
    number: int
    title: str
    reserves: int
    actions: int
    names: tuple[str, ...]  # the participants whose plans serve it


FOLLOWUP_HEADERS = (marked("Participant"), marked("E-mail"), *(label for _k, label in DOCUMENTS),
                    marked("Last package"), marked("Still to send"))  # fmt: skip


def followup_row(member: MemberSummary) -> list[str]:
    """Who has sent what: each document's state, and what is still to come."""
    states = [document_state(member, kind) for kind, _label in DOCUMENTS]
    done = ("Sent", "Not applicable")
    missing = [label for kind, label in DOCUMENTS
               if (member.documents.get(kind) or [""])[0] not in done]  # fmt: skip
    return [member.name, member.email or "—", *states, member.written_at[:10] or "—",
            joined(missing, ", ") if missing else marked("nothing")]  # fmt: skip
