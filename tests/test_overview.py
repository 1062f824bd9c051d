"""Home's attention list and recent changes, on small data with exact expectations."""

from __future__ import annotations

from datetime import date

from brdesk.services.followup import FollowupService
from brdesk.services.overview import attention, home_summary
from brdesk.services.plan import ActionService, ObjectiveService, PlanService
from brdesk.services.profile import ParticipantService, ReserveService
from brdesk.services.store import Store


def test_attention_lists_overdue_due_soon_and_incomplete(store: Store) -> None:
    person = ParticipantService(store).create_with_programme(full_name="Sara Tesfaye")
    ReserveService(store).create(name="Simien Mountains")
    plan = PlanService(store).create(title="P")
    objective = ObjectiveService(store).create(plan_id=plan.id, pillar_id=1, title="O")
    actions = ActionService(store)
    actions.create(objective_id=objective.id, title="Late one", end_date="2026-01-31")
    actions.create(
        objective_id=objective.id, title="Done one", end_date="2026-01-31", status="done"
    )
    items = FollowupService(store)
    items.create(participant_id=person.id, kind="visa_page", title="Visa", due_date="2026-03-05")
    items.create(
        participant_id=person.id, kind="report", title="Report", due_date="2026-03-01",
        status="ready",
    )  # fmt: skip
    items.create(
        participant_id=person.id, kind="passport_page", title="Passport",
        due_date="2026-02-01", status="sent",
    )  # fmt: skip

    with store.dbapi() as conn:
        found = attention(conn, today=date(2026, 2, 20))
    texts = [(a.severity, a.text) for a in found]
    assert texts[:3] == [
        ("overdue", "Action overdue since 31 Jan 2026: Late one"),
        ("due_soon", "Visa: due 05 Mar 2026"),
        ("to_send", "Report (due 01 Mar 2026)"),
    ]
    assert (
        "incomplete",
        "Your profile: missing country, institution, position, role, e-mail",
    ) in texts
    assert any(
        t.startswith("Action plan: no objectives yet under Protected Area") for _, t in texts
    )
    assert not any("Passport" in t or "Done one" in t for _, t in texts)


def test_home_summary_and_recent_changes(store: Store) -> None:
    ParticipantService(store).create_with_programme(full_name="Sara Tesfaye")
    ReserveService(store).create(name="Simien Mountains")
    with store.dbapi() as conn:
        summary = home_summary(conn)
    assert (summary.person, summary.reserve) == ("Sara Tesfaye", "Simien Mountains")
    assert [c.what for c in summary.recent][:2] == [
        "Reserve: Simien Mountains",
        "Profile: Sara Tesfaye",
    ]
    assert summary.counts["participants"] == 1
