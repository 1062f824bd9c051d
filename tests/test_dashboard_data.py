"""Dashboard aggregations against small data sets with exact expected values."""

from __future__ import annotations

from datetime import date

from brdesk.services.dashboard import DashboardFilter, monitoring_summary
from brdesk.services.observations import ObservationService
from brdesk.services.store import Store


def _add(store: Store, day: str, subject: str, category: str = "species", **extra: object) -> None:
    ObservationService(store).create(observed_on=day, subject=subject, category=category, **extra)


def test_monthly_counts_richness_and_accumulation(store: Store) -> None:
    _add(store, "2024-01-05", "Panthera uncia", elevation_m=4500)
    _add(store, "2024-01-09", "Panthera uncia", elevation_m=4600)
    _add(store, "2024-02-01", "Pseudois nayaur", elevation_m=4400)
    _add(store, "2025-03-01", "Ochotona roylei", elevation_m=4800)
    _add(store, "2025-03-01", "Panthera uncia", elevation_m=4900)
    _add(store, "2025-03-02", "Air temperature", "climate", value=-4.5)
    _add(store, "2025-04-02", "Snare found", "threat", count=2, site="Ridge")
    with store.dbapi() as conn:
        summary = monitoring_summary(conn, DashboardFilter())
    assert summary.total == 7
    assert summary.per_month == {
        "2024-01": {"species": 2},
        "2024-02": {"species": 1},
        "2025-03": {"species": 2, "climate": 1},
        "2025-04": {"threat": 1},
    }
    assert summary.richness_by_year == {2024: 2, 2025: 2}
    # Records so far, taxa so far: leopard on day 1, blue sheep by record 3, pika by 5.
    assert summary.accumulation == [(1, 1), (3, 2), (5, 3)]
    assert summary.recent_threats == [("2025-04-02", "Snare found", "Ridge", 2)]
    low, mid, high = summary.elevation_by_year[2025]
    assert (low, mid, high) == (4812.5, 4812.5, 4912.5)
    assert summary.elevation_by_year[2024][1] == 4512.5


def test_filters_narrow_every_panel(store: Store) -> None:
    _add(store, "2024-01-05", "Panthera uncia", latitude=27.9, longitude=86.9)
    _add(store, "2025-03-01", "Ochotona roylei", latitude=27.8, longitude=86.8)
    _add(store, "2025-03-02", "Air temperature", "climate", latitude=27.7, longitude=86.7)
    with store.dbapi() as conn:
        only_2025 = monitoring_summary(conn, DashboardFilter(date_from=date(2025, 1, 1)))
        climate = monitoring_summary(conn, DashboardFilter(category="climate"))
        empty = monitoring_summary(conn, DashboardFilter(date_to=date(2000, 1, 1)))
    assert only_2025.total == 2
    assert only_2025.richness_by_year == {2025: 1}
    assert sorted(p[2] for p in only_2025.points) == ["climate", "species"]
    assert climate.total == 1 and climate.richness_by_year == {}
    assert (empty.total, empty.per_month, empty.accumulation, empty.points) == (0, {}, [], [])


def _recomputed(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """The summaries as they should be, computed from scratch in a scratch copy."""
    from brdesk.db.summaries import summarise_rows

    tables = ("summary_daily", "summary_species_daily", "summary_elevation_monthly")
    with store.dbapi() as conn:
        kept = {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in tables}
        conn.execute("SAVEPOINT fresh")
        for t in tables:
            conn.execute(f"DELETE FROM {t}")
        summarise_rows(conn.execute, postgres=store.on_server)
        fresh = {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in tables}
        conn.execute("ROLLBACK TO fresh")
        conn.execute("RELEASE fresh")
    assert kept == fresh
    return kept


def test_summaries_follow_every_kind_of_change(store: Store, tmp_path: object) -> None:
    from pathlib import Path

    from brdesk.services.importer import commit_import, preview_import

    service = ObservationService(store)
    _add(store, "2024-01-05", "Panthera uncia", elevation_m=4500)
    _add(store, "2024-01-05", "Panthera uncia", elevation_m=4510)
    _add(store, "2024-02-01", "Snare", "threat")
    _recomputed(store)
    first = service.list()[-1]
    service.update(first.id, subject="Uncia uncia", elevation_m=5000, observed_on="2024-03-01")
    _recomputed(store)
    service.update(first.id, category="other")
    _recomputed(store)
    snapshots = service.delete_many([o.id for o in service.list()][:2])
    _recomputed(store)
    service.restore_many(snapshots)
    _recomputed(store)
    csv = Path(str(tmp_path)) / "more.csv"
    csv.write_text(
        "date,category,species,elevation\n2025-01-01,species,Ochotona roylei,4300\n"
        "2025-01-02,species,Panthera uncia,4700\n",
        encoding="utf-8",
    )
    commit_import(store, preview_import(store, csv))
    summary = _recomputed(store)
    assert ("2025-01-01", "Ochotona roylei", 1) in summary["summary_species_daily"]


def test_plan_lines_read_in_sql_match_the_report(demo_store: Store) -> None:
    from brdesk.services.dashboard import plan_lines
    from brdesk.services.report import gather

    with demo_store.dbapi() as conn:
        lines = plan_lines(conn)
    expected = gather(demo_store).actions
    assert len(expected) > 5
    assert lines == expected  # same actions, same order, same tags and dates


def test_plan_lines_of_an_empty_folder(store: Store) -> None:
    from brdesk.services.dashboard import plan_lines

    with store.dbapi() as conn:
        assert plan_lines(conn) == []
