"""File menu actions that write files: choose where, write, say what happened."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from brdesk.errors import BrdeskError
from brdesk.exchange.tabular import CsvStyle
from brdesk.ui import prompts
from brdesk.ui.i18n import marked, say, tr_n, tx


def export_plan_interactively(parent: QWidget, store: Any) -> None:
    from brdesk.services.plan_io import export_plan

    suggested = Path.home() / f"action-plan-{datetime.now():%Y-%m-%d}.xlsx"
    path = prompts.choose_save(
        parent,
        tx("Export the action plan"),
        suggested,
        "Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)",
    )
    if path is None:
        return
    try:
        rows = export_plan(store, path, ask_csv_style(parent, path))
    except BrdeskError as exc:
        prompts.warn(parent, tx("Export the action plan"), say(exc))
        return
    prompts.tell_written(
        parent,
        tx("Export the action plan"),
        tr_n("%Ln action(s) written to {path}.", "", rows).format(path=path),
        path,
    )


def export_assessments_interactively(parent: QWidget, store: Any) -> None:
    from brdesk.services.assessment_export import export_assessments

    title = tx("Export the self-assessments")
    suggested = Path.home() / f"effectiveness-{datetime.now():%Y-%m-%d}.xlsx"
    path = prompts.choose_save(
        parent, title, suggested, "Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)"
    )
    if path is None:
        return
    try:
        rows = export_assessments(store, path, ask_csv_style(parent, path))
    except BrdeskError as exc:
        prompts.warn(parent, title, say(exc))
        return
    prompts.tell_written(
        parent,
        title,
        tr_n("%Ln answer(s) written to {path}.", "", rows).format(path=path),
        path,
    )


def export_observations_interactively(parent: QWidget, store: Any, flt: Any = None) -> None:
    from brdesk.services.observation_export import export_observations

    suggested = Path.home() / f"observations-{datetime.now():%Y-%m-%d}.xlsx"
    path = prompts.choose_save(
        parent,
        tx("Export observations")
        + (tx(" (the records shown)") if flt is not None and not flt.is_empty() else ""),
        suggested,
        "Excel workbook (*.xlsx);;CSV (*.csv);;GeoJSON for GIS (*.geojson);;"
        "Darwin Core Archive for GBIF (*.zip)",
    )
    if path is None:
        return
    archive = {"events": False, "licence": "CC-BY"}
    if path.suffix.lower() == ".zip":
        chosen = ask_archive_contents(parent)
        if chosen is None:
            return
        archive = chosen
    exact = prompts.confirm(
        parent,
        tx("Sensitive locations"),
        tx("Records marked sensitive get coordinates generalised to a 0.1-degree grid."),
        details=tx(
            "Keep exact coordinates instead? Only for your own use: never for files you share."
        ),
        yes=tx("Keep exact coordinates"),
        no=tx("Generalise them"),
    )
    try:
        result = export_observations(
            store, path, flt, exact=exact, csv_style=ask_csv_style(parent, path),
            events=bool(archive["events"]), licence=str(archive["licence"]),
        )  # fmt: skip
    except BrdeskError as exc:
        prompts.warn(parent, tx("Export observations"), say(exc))
        return
    note = f" {say(result.note)}" if result.note else ""
    prompts.tell_written(
        parent,
        tx("Export observations"),
        tr_n("%Ln observation(s) written to {path}.", "", result.written).format(path=result.path)
        + note,
        result.path,
    )


#: The licences GBIF accepts, as offered (the key export_observations takes, the label).
ARCHIVE_LICENCES = (
    ("CC-BY", marked("CC-BY 4.0: anyone may use the data, crediting you (GBIF's most common)")),
    ("CC0", marked("CC0 1.0: public domain, no conditions")),
    ("CC-BY-NC", marked("CC-BY-NC 4.0: credit, and no commercial use")),
)


def ask_archive_contents(parent: QWidget) -> dict[str, object] | None:
    """For a Darwin Core Archive: which records it publishes, and under which licence;
    None if the user cancelled either question."""
    kind = prompts.choose_one(
        parent,
        tx("Darwin Core Archive"),
        tx("What should the archive publish?"),
        [
            tx("Species records (occurrences)"),
            tx(
                "Measurements: climate, glacier, habitat, threats, socio-economic (sampling events)"
            ),
        ],
    )
    if kind is None:
        return None
    licence = prompts.choose_one(
        parent,
        tx("Licence"),
        tx("Under which licence may others use the data?"),
        [tx(label) for _key, label in ARCHIVE_LICENCES],
    )
    if licence is None:
        return None
    return {"events": kind == 1, "licence": ARCHIVE_LICENCES[licence][0]}


def ask_csv_style(parent: QWidget, path: Path) -> CsvStyle:
    """For a CSV: which separators the spreadsheet that will open it expects."""
    if path.suffix.lower() != ".csv":
        return "comma"
    semicolon = prompts.confirm(
        parent,
        tx("Separators"),
        tx("Which spreadsheet will open this CSV?"),
        details=tx(
            "Excel in French, Spanish, Russian, German and many other languages expects "
            "semicolons between columns and decimal commas (2,5); elsewhere, commas and decimal "
            "points (2.5)."
        ),
        yes=tx("Semicolons, decimal commas"),
        no=tx("Commas, decimal points"),
    )
    return "semicolon" if semicolon else "comma"


def export_zones_interactively(parent: QWidget, store: Any) -> None:
    from brdesk.services.zones import export_zones

    title = tx("Export the zones")
    suggested = Path.home() / f"zones-{datetime.now():%Y-%m-%d}.geojson"
    path = prompts.choose_save(parent, title, suggested, "GeoJSON for GIS (*.geojson)")
    if path is None:
        return
    try:
        count = export_zones(store, path)
    except BrdeskError as exc:
        prompts.warn(parent, title, say(exc))
        return
    prompts.tell_written(
        parent,
        title,
        tr_n("%Ln zone(s) written to {path}.", "", count).format(path=path),
        path,
    )
