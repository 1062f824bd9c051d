"""File menu actions that write files: choose where, write, say what happened."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from brdesk.errors import BrdeskError


def export_plan_interactively(parent: QWidget, store: Any) -> None:
    from brdesk.services.plan_io import export_plan

    suggested = Path.home() / f"action-plan-{datetime.now():%Y-%m-%d}.xlsx"
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        "Export the action plan",
        str(suggested),
        "Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)",
    )
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_suffix(".csv" if "csv" in _filter.lower() else ".xlsx")
    try:
        rows = export_plan(store, path)
    except BrdeskError as exc:
        QMessageBox.warning(parent, "Export the action plan", str(exc))
        return
    show_written(parent, "Export the action plan", f"{rows} actions written to {path}.", path)


def export_observations_interactively(parent: QWidget, store: Any, flt: Any = None) -> None:
    from brdesk.services.observation_export import export_observations

    suggested = Path.home() / f"observations-{datetime.now():%Y-%m-%d}.xlsx"
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        "Export observations"
        + (" (the records shown)" if flt is not None and not flt.is_empty() else ""),
        str(suggested),
        "Excel workbook (*.xlsx);;CSV (*.csv);;GeoJSON for GIS (*.geojson);;"
        "Darwin Core Archive for GBIF (*.zip)",
    )
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv", ".geojson", ".zip"):
        suffix = next(s for s in (".xlsx", ".csv", ".geojson", ".zip") if s[1:] in chosen.lower())
        path = path.with_suffix(suffix)
    answer = QMessageBox.question(
        parent,
        "Sensitive locations",
        "Records marked sensitive get coordinates generalised to a 0.1-degree grid.\n\n"
        "Keep exact coordinates instead? Only for your own use: never for files you share.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    try:
        result = export_observations(
            store, path, flt, exact=answer == QMessageBox.StandardButton.Yes
        )
    except BrdeskError as exc:
        QMessageBox.warning(parent, "Export observations", str(exc))
        return
    note = f" {result.note}" if result.note else ""
    show_written(
        parent,
        "Export observations",
        f"{result.written:,} observations written to {path}.{note}",
        path,
    )


def show_written(parent: QWidget, title: str, text: str, path: Path) -> None:
    """Say a file was written, offering to open its folder; does not block the window."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    open_button = box.addButton("Open the folder", QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def clicked(button: object) -> None:
        if button is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    box.buttonClicked.connect(clicked)
    box.open()
