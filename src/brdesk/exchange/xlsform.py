"""The choices of a form's select questions, read from its XLSForm (the .xlsx KoBoToolbox
and ODK build forms from): so that an export written with "XML values" (choice names such
as `pseudois_nayaur`) imports with the labels people chose from (`Blue sheep (Pseudois
nayaur)`).

The form's `survey` sheet says which list each select question uses; its `choices` sheet
holds each list's names and labels (the first label column: `label`, or `label::English
(en)` in a form written in several languages).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from brdesk.errors import BrdeskError
from brdesk.languages import said

SELECT_TYPES = ("select_one", "select_multiple")


def read_form_choices(path: Path) -> dict[str, dict[str, str]]:
    """Question name -> {choice name: label}, for every select question of the form."""
    from openpyxl import load_workbook

    if not path.is_file():
        raise BrdeskError(said("{path} is not a file.", path=path))
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a bad file
        raise BrdeskError(
            said("{name} cannot be opened as an XLSForm ({exc}).", name=path.name, exc=exc)
        ) from None
    try:
        sheets = {name.strip().lower(): book[name] for name in book.sheetnames}
        if "survey" not in sheets or "choices" not in sheets:
            raise BrdeskError(
                said(
                    "{name} is not an XLSForm: it needs a 'survey' and a 'choices' "
                    "sheet (download the form as XLS from KoBoToolbox, or use the one "
                    "given to ODK).",
                    name=path.name,
                )
            )
        lists = _choice_lists(path.name, _rows(sheets["choices"]))
        questions = _select_questions(path.name, _rows(sheets["survey"]))
    finally:
        book.close()
    return {name: lists[list_name] for name, list_name in questions.items() if list_name in lists}


def _rows(sheet: Any) -> list[dict[str, str]]:
    rows = sheet.iter_rows(values_only=True)
    header = [str(h or "").strip().lower() for h in next(rows, ())]
    return [
        {h: "" if v is None else str(v).strip() for h, v in zip(header, row, strict=False) if h}
        for row in rows
        if any(v not in (None, "") for v in row)
    ]


def _choice_lists(name: str, rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    if not rows:
        return {}
    keys = rows[0].keys()
    list_key = next((k for k in ("list_name", "list name") if k in keys), None)
    label_key = (
        "label" if "label" in keys else next((k for k in keys if k.startswith("label")), None)
    )
    if list_key is None or "name" not in keys or label_key is None:
        raise BrdeskError(
            said("{name}: its 'choices' sheet needs list_name, name and label columns.", name=name)
        )
    lists: dict[str, dict[str, str]] = {}
    for row in rows:
        if row.get(list_key) and row.get("name"):
            lists.setdefault(row[list_key], {})[row["name"]] = row.get(label_key) or row["name"]
    return lists


def _select_questions(name: str, rows: list[dict[str, str]]) -> dict[str, str]:
    """Question name -> the choice list it selects from."""
    found = {}
    for row in rows:
        kind = row.get("type", "").split()
        if len(kind) >= 2 and kind[0] in SELECT_TYPES and row.get("name"):
            found[row["name"]] = kind[1]
    if not found:
        raise BrdeskError(
            said(
                "{name}: its 'survey' sheet has no select_one or select_multiple question.",
                name=name,
            )
        )
    return found
