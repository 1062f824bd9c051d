"""Finds English left on screen in a translated window.

What the window shows (labels, buttons, tabs, column headings, lists, placeholders, tool
tips, titles) is compared with brdesk's own English: every text written in its code (as
read from the source files beside this one) and its reference data. A shown text that is
one of them, or is made from one (an f-string, a "{}".format text), and that the
session's catalog does not translate, is English the user was not meant to see. A text
the catalog translates to the same words ("Notes" in French) is not, and the user's own
data never matches, unless it copies brdesk's words.

Used by `brdesk --lang CODE self-test` on every page and dialog it opens, and by the test
suite. Needs the source files: in the standalone build there are none and the check
says so.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

PACKAGE = Path(__file__).resolve().parent.parent
#: Where brdesk's English lives; the demo's modules hold a made-up user's data, not ours.
SCANNED = ("ui", "services", "reports", "exchange", "db", "cli")
SKIPPED = re.compile(r"(^|/)(demo\w*|self_test|i18n_check)\.py$")
#: Names that stay as they are in every language.
PROPER = {"brdesk", "UNESCO", "MAB", "CAS", "KoBoToolbox", "ODK", "GBIF", "iNaturalist",
          "GeoJSON", "Excel", "Word", "CSV", "XLSX", "GPX", "KML", "GBF", "SDG", "SDGs",
          "PDF", "UTF", "WGS", "Darwin", "Core", "SMART", "IUCN", "Natural", "Earth"}  # fmt: skip
ROWS_LOOKED_AT = 60


@dataclass
class English:
    """brdesk's own English texts: whole ones, and the patterns of those built at run time."""

    whole: set[str] = field(default_factory=set)
    patterns: list[re.Pattern[str]] = field(default_factory=list)

    def matches(self, text: str) -> str | None:
        """The English text (or pattern) that text is, if any."""
        if text in self.whole:
            return text
        for pattern in self.patterns:
            if pattern.fullmatch(text):
                return pattern.pattern
        return None


def english() -> English | None:
    """brdesk's English, read from its source and reference data; None without them (the
    standalone build)."""
    sources = [p for p in PACKAGE.rglob("*.py") if _scanned(p)]
    if not sources:
        return None
    found = English()
    for path in sources:
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (OSError, SyntaxError, UnicodeDecodeError):
            continue
        _collect(tree, found)
    _reference_data(found)
    return found


def _scanned(path: Path) -> bool:
    relative = path.relative_to(PACKAGE).as_posix()
    return relative.split("/")[0] in SCANNED and not SKIPPED.search(relative)


def _collect(tree: ast.AST, found: English) -> None:
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    in_fstring: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            in_fstring.update(id(v) for v in node.values)
            pattern = _fstring_pattern(node)
            if pattern is not None:
                found.patterns.append(pattern)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        if id(node) in docstrings or id(node) in in_fstring or not _wordy(node.value):
            continue
        text = node.value
        if "{" in text and "}" in text:
            pattern = _format_pattern(text)
            if pattern is not None:
                found.patterns.append(pattern)
        found.whole.add(_shown(text))


def _wordy(text: str) -> bool:
    """Looks like words a person reads, not a key, a path or a format."""
    if not re.search(r"[A-Za-z]{3,}", text) or re.fullmatch(r"[a-z0-9_.:/\-]+", text):
        return False
    return " " in text or text[:1].isupper() or text.startswith("&")


def _fstring_pattern(node: ast.JoinedStr) -> re.Pattern[str] | None:
    parts: list[str] = []
    words: list[str] = []
    for value in node.values:
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            parts.append(re.escape(_shown(value.value)))
            words += re.findall(r"[A-Za-z]{2,}", value.value)
        else:
            parts.append(".+?")
    return re.compile("".join(parts), re.S) if _enough(words) else None


def _format_pattern(text: str) -> re.Pattern[str] | None:
    pieces = re.split(r"\{[^{}]*\}", text)
    if not _enough([w for p in pieces for w in re.findall(r"[A-Za-z]{2,}", p)]):
        return None
    return re.compile(".+?".join(re.escape(_shown(p)) for p in pieces), re.S)


def _enough(words: list[str]) -> bool:
    """Two English words of its own at least: one word and a value ("Observations{n}")
    would match a translation that happens to spell that word the same way."""
    return len(words) >= 2 and sum(map(len, words)) >= 8


def _shown(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _reference_data(found: English) -> None:
    """The reference texts the window shows that are not in the code."""
    data = PACKAGE / "data"
    from brdesk.languages import LANGUAGES

    for path in data.glob("questions-*.json"):
        if path.stem.rsplit(".", 1)[-1] in LANGUAGES:
            continue  # a translation
        questions = json.loads(path.read_text(encoding="utf-8"))
        for question in questions["questions"]:
            found.whole.update({question["title"], question["text"], *question["levels"]})
    import csv

    from PySide6.QtGui import QTextDocumentFragment as Fragment

    guide = Fragment.fromHtml((data / "help.html").read_text(encoding="utf-8")).toPlainText()
    # Its sentences, not the keys in its table ("Ctrl+N"), which read the same everywhere.
    lines = (line.strip() for line in guide.splitlines())
    found.whole.update(line for line in lines if len(re.findall(r"[A-Za-z]{2,}", line)) > 2)

    with (data / "gbf_targets.csv").open(encoding="utf-8", newline="") as handle:
        found.whole.update(row["short_title"] for row in csv.DictReader(handle))


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text root and its visible children show."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible():
            continue
        where = widget.objectName() or type(widget).__name__
        if widget.isWindow() and widget.windowTitle():
            yield f"{where} title", widget.windowTitle()
        if widget.toolTip():
            yield f"{where} tool tip", _plain(widget.toolTip())
        if isinstance(widget, QLabel):
            yield where, _plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield f"{where} tab", widget.tabText(index)
                yield f"{where} tab tip", widget.tabToolTip(index)
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{where} choice", widget.itemText(index)
            typed = widget.lineEdit() if widget.isEditable() else None
            if typed is not None:
                yield f"{where} placeholder", typed.placeholderText()
        elif isinstance(widget, QLineEdit):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            yield f"{where} placeholder", widget.placeholderText()
            if widget.isReadOnly():
                for line in widget.toPlainText().splitlines():
                    yield where, line
        elif isinstance(widget, QAbstractItemView):
            yield from _view_texts(widget, where)


def _view_texts(view: QAbstractItemView, where: str) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    top = QModelIndex()
    for column in range(_columns(model, top)):
        heading = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(heading, str):
            yield f"{where} heading", heading
    pending: list[tuple[int, QModelIndex | None]] = [
        (row, None) for row in range(min(model.rowCount(top), ROWS_LOOKED_AT))
    ]
    seen = 0
    while pending and seen < ROWS_LOOKED_AT * 4:
        row, parent = pending.pop(0)
        seen += 1
        index = model.index(row, 0, parent if parent is not None else top)
        for column in range(_columns(model, index.parent())):
            cell = index.siblingAtColumn(column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(cell, role)
                if isinstance(value, str):
                    yield f"{where} cell", _plain(value)
        children = model.rowCount(index)
        pending.extend((r, index) for r in range(min(children, ROWS_LOOKED_AT)))


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    if isinstance(model, QAbstractListModel):
        return 1  # PySide keeps a list model's columnCount() private
    return model.columnCount(parent)


def _plain(text: str) -> str:
    if QtGui.Qt.mightBeRichText(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def untranslated(root: QWidget, known: English) -> list[str]:
    """What root shows in English that the session's catalog does not translate."""
    problems = []
    for where, text in shown_texts(root):
        for line in _parts(text):
            if not line or not re.search(r"[A-Za-z]{3,}", line) or _proper(line):
                continue
            english_text = known.matches(_shown(line) if "&" in line else line)
            if english_text is None or _translated(line):
                continue
            problems.append(f"{where}: {line[:90]!r}")
    return sorted(set(problems))


def _parts(text: str) -> set[str]:
    """The text, its lines, and the pieces a list entry is made of: "Overdue:  <a
    message>", "<when>   <what>" (set apart by two spaces or more, or a tab)."""
    lines = [text, *text.splitlines()]
    pieces = [piece for line in lines for piece in re.split(r"\t| {2,}", line)]
    return {part.strip() for part in [*lines, *pieces]}


def _proper(text: str) -> bool:
    words = re.findall(r"[A-Za-z]+", text)
    return all(word in PROPER for word in words)


def _translated(text: str) -> bool:
    """The catalog translates text to the same words ("Notes" in French): showing it is
    right. Missing from the catalog, or translated to other words, it is English left."""
    from brdesk.ui.i18n import installed_catalog

    catalog = installed_catalog()
    return catalog is not None and catalog.translate("", text) == text
