"""The demo is realistic: every pillar planned and tagged, every category observed,
years of records along the elevation gradient, nothing dated in the future."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from brdesk.errors import BrdeskError
from brdesk.services.demo import fill_demo
from brdesk.services.plan import ActionService, ObjectiveService
from brdesk.services.store import Store


def _scalar(store: Store, sql: str) -> object:
    with store.reading() as session:
        return session.execute(text(sql)).scalar()


def test_every_pillar_has_tagged_actions(demo_store: Store) -> None:
    objectives = ObjectiveService(demo_store).list()
    assert {o.pillar_id for o in objectives} == {1, 2, 3, 4}
    actions = ActionService(demo_store).list()
    by_pillar = {o.id: o.pillar_id for o in objectives}
    assert {by_pillar[a.objective_id] for a in actions} == {1, 2, 3, 4}
    assert all(a.sdgs and a.gbf_targets for a in actions)
    assert {a.status for a in actions} >= {"planned", "in_progress", "done", "delayed"}


def test_observations_cover_categories_years_and_the_gradient(demo_store: Store) -> None:
    assert _scalar(demo_store, "SELECT count(*) FROM observation") == 3000
    with demo_store.reading() as session:
        categories = set(
            session.execute(text("SELECT DISTINCT category FROM observation")).scalars()
        )
    assert categories == {"species", "habitat", "climate", "glacier", "threat", "socio_economic"}
    year = "substr(CAST(observed_on AS TEXT), 1, 4)"
    years = _scalar(demo_store, f"SELECT count(DISTINCT {year}) FROM observation")
    assert isinstance(years, int) and years >= 5
    assert str(_scalar(demo_store, "SELECT max(observed_on) FROM observation")) <= str(date.today())
    low = _scalar(demo_store, "SELECT min(elevation_m) FROM observation")
    high = _scalar(demo_store, "SELECT max(elevation_m) FROM observation")
    assert isinstance(low, float) and isinstance(high, float)
    assert low < 2800 and high > 5000
    assert _scalar(demo_store, "SELECT count(*) FROM observation WHERE sensitive") > 0


def test_species_move_upslope_over_the_years(demo_store: Store) -> None:
    sql = (
        "SELECT avg(elevation_m) FROM observation WHERE category = 'species' "
        "AND subject = 'Pseudois nayaur' AND observed_on {} '2021-01-01'"
    )
    early = _scalar(demo_store, sql.format("<"))
    late = _scalar(demo_store, sql.format(">="))
    assert isinstance(early, float) and isinstance(late, float)
    assert late > early


def test_demo_is_deterministic(tmp_path: Path) -> None:
    results = []
    for name in ("a", "b"):
        store = Store.open(tmp_path / name)
        fill_demo(store, observations=200, today=date(2026, 1, 1))
        with store.reading() as session:
            results.append(
                session.execute(
                    text("SELECT uuid, observed_on, subject, elevation_m FROM observation")
                ).all()
            )
        store.close()
    assert results[0] == results[1]


def test_demo_refuses_user_data_and_rolls_back_on_failure(demo_store: Store) -> None:
    with pytest.raises(BrdeskError, match="already holds data"):
        fill_demo(demo_store, observations=10)
    before = demo_store.counts()

    def fail(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        fill_demo(demo_store, observations=50_000, force=True, progress=fail)
    assert demo_store.counts() == before
