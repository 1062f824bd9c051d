"""Column mappings a user saved for a field tool's files, kept in the data folder's
mappings/ as JSON, one file per name."""

from __future__ import annotations

from pathlib import Path

from brdesk.exchange.atomic import atomic_path
from brdesk.exchange.mapping import ColumnMapping
from brdesk.paths import windows_name_problem

FOLDER = "mappings"


def saved_mappings(data_root: Path) -> list[Path]:
    folder = data_root / FOLDER
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def save_mapping(data_root: Path, name: str, mapping: ColumnMapping) -> Path:
    """Keep `mapping` under `name`; a name no file system takes is made one that any does
    (a folder on a stick travels to Windows: "CON" becomes "mapping CON")."""
    safe = "".join(c if c.isalnum() or c in " -_" else "-" for c in name).strip() or "mapping"
    if windows_name_problem(f"{safe}.json") is not None:
        safe = f"mapping {safe}"
    folder = data_root / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{safe}.json"
    mapping.format_name = name
    with atomic_path(path) as temp:
        temp.write_text(mapping.to_json(), encoding="utf-8")
    return path
