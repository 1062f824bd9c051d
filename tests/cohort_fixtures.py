"""Five participants' data folders, each filled differently, and their packages: what a
trainer collects at the end of a training (used by the cohort tests)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from PIL import Image

from brdesk.services.attachments import AttachmentService
from brdesk.services.followup import FollowupService
from brdesk.services.observations import ObservationService
from brdesk.services.packages import export_package
from brdesk.services.plan import ActionService, ObjectiveService, PlanService
from brdesk.services.practices import GoodPracticeService
from brdesk.services.profile import ParticipantService, ReserveService
from brdesk.services.store import Store
from brdesk.services.submission import ensure_standard_items


def _person(store: Store, name: str, country: str, email: str | None = None) -> None:
    ParticipantService(store).create_with_programme(
        full_name=name, country_code=country, role="reserve_manager", email=email
    )


def _plan(store: Store, reserve_id: int | None, title: str,
          actions: list[tuple[int, str, list[int], list[int], str]]) -> list[int]:  # fmt: skip
    plan = PlanService(store).create(title=title, reserve_id=reserve_id)
    made = []
    objectives: dict[int, int] = {}
    for pillar, action, sdgs, gbf, status in actions:
        if pillar not in objectives:
            objectives[pillar] = (
                ObjectiveService(store)
                .create(plan_id=plan.id, pillar_id=pillar, title=f"Objective of pillar {pillar}")
                .id
            )
        made.append(ActionService(store).create(
            objective_id=objectives[pillar], title=action, sdgs=sdgs, gbf_targets=gbf,
            status=status,
        ).id)  # fmt: skip
    return made


def sary_chelek(root: Path) -> None:
    """Kyrgyzstan: a small plan, twenty observations, a good practice with a photo, the
    report ready to send."""
    with Store.open(root) as store:
        _person(store, "Aigerim Tokaeva", "KG", "aigerim@example.org")
        reserve = ReserveService(store).create(name="Sary-Chelek Biosphere Reserve",
                                               country_code="KG")  # fmt: skip
        actions = _plan(store, reserve.id, "Sary-Chelek plan 2026-2030", [
            (1, "Permanent regeneration plots", [15], [2], "in_progress"),
            (3, "Walnut harvest quotas with the villages", [15, 12], [5, 9], "planned"),
            (4, "Herders' council for the pastures", [15, 16], [22], "done"),
        ])  # fmt: skip
        observations = ObservationService(store)
        for n in range(20):
            observations.create(
                observed_on=date(2025, 6, 1 + n), category="species",
                subject="Marmota menzbieri" if n % 2 else "Juglans regia",
                reserve_id=reserve.id, latitude=41.85 + n * 0.002, longitude=71.95,
            )  # fmt: skip
        practice = GoodPracticeService(store).create(
            title="Herders read the regeneration plots", theme="participation",
            reserve_id=reserve.id, challenge="Too few staff to read the plots",
            results="All 12 plots read in 2025", sdgs=[15], gbf_targets=[22],
            actions=[actions[0]], observations=[observations.list()[0].id],
        )  # fmt: skip
        photo = root / "plot 7.jpg"
        Image.new("RGB", (320, 240), (60, 120, 50)).save(photo, "JPEG")
        AttachmentService(store).add(photo, good_practice_id=practice.id)
        items = ensure_standard_items(store)
        report = next(i for i in items if i.kind == "report")
        FollowupService(store).update(report.id, status="ready")


def huascaran(root: Path) -> None:
    """Peru: a plan, no observations, no zones (placed by its country)."""
    with Store.open(root) as store:
        _person(store, "Lucía Quispe", "PE")
        reserve = ReserveService(store).create(name="Huascarán Biosphere Reserve",
                                               country_code="PE")  # fmt: skip
        _plan(store, reserve.id, "Plan Huascarán", [
            (1, "Monitoreo de glaciares", [13, 6], [8], "in_progress"),
            (2, "Patrullaje con comunidades campesinas", [15], [3], "planned"),
            (3, "Turismo de montaña sostenible", [8, 12], [], "planned"),
        ])  # fmt: skip


def mount_kenya(root: Path) -> None:
    """Kenya: observations only, no plan (placed by the observations)."""
    with Store.open(root) as store:
        _person(store, "Wanjiru Mwangi", "KE")
        reserve = ReserveService(store).create(name="Mount Kenya Biosphere Reserve",
                                               country_code="KE")  # fmt: skip
        observations = ObservationService(store)
        for n in range(8):
            observations.create(
                observed_on=date(2025, 9, 1 + n), category="species",
                subject="Dendrohyrax arboreus", reserve_id=reserve.id,
                latitude=-0.15 + n * 0.01, longitude=37.3,
            )  # fmt: skip


def omana(root: Path) -> None:
    """Spain: a profile and nothing else (no reserve: placed by the participant's country)."""
    with Store.open(root) as store:
        _person(store, "Andrés García", "ES")


def package(maker: object, folder: Path, out: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    maker(folder)  # type: ignore[operator]
    with Store.open(folder) as store:
        export_package(store, out)
    return out


def five_packages(demo_dir: Path, work: Path) -> list[Path]:
    """The demo's participant and four others, each as the package they hand in."""
    out = work / "packages"
    out.mkdir(parents=True, exist_ok=True)
    demo = work / "pema"
    shutil.copytree(demo_dir, demo)
    with Store.open(demo) as store:
        export_package(store, out / "Pema Sherpa.brdesk")
    made = [out / "Pema Sherpa.brdesk"]
    for name, maker in (("aigerim", sary_chelek), ("lucia", huascaran),
                        ("wanjiru", mount_kenya), ("andres", omana)):  # fmt: skip
        made.append(package(maker, work / name, out / f"{name}.brdesk"))
    return made
