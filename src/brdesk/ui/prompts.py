"""Every question the interface puts to the user, and every file it hands to the system.

Pages and dialogs never call `QFileDialog`, `QMessageBox` or `QDesktopServices` themselves:
they call these functions. That keeps the wording and buttons alike everywhere, and gives
tests one seam (`answer_with`) through which they answer the questions a user would
answer, so a test can press every button of the window without a dialog blocking it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from brdesk.ui.i18n import tx


@dataclass(frozen=True)
class Question:
    """What was asked: kind is one of the function names below ("choose_open", "confirm",
    "warn", ...); text is the message or, for file choosers, the starting path."""

    kind: str
    title: str
    text: str


class Answerer(Protocol):
    def __call__(self, question: Question) -> Any: ...


_answerer: Answerer | None = None


@contextmanager
def answer_with(answerer: Answerer) -> Iterator[None]:
    """Route every question to answerer instead of a dialog (tests, scripted runs)."""
    global _answerer
    previous, _answerer = _answerer, answerer
    try:
        yield
    finally:
        _answerer = previous


def _scripted(kind: str, title: str, text: str) -> tuple[bool, Any]:
    if _answerer is None:
        return False, None
    return True, _answerer(Question(kind, title, text))


# --- files -----------------------------------------------------------------------------


def choose_open(parent: QWidget | None, title: str, start: Path, filters: str) -> Path | None:
    """One existing file to read, or None if the user cancelled."""
    scripted, answer = _scripted("choose_open", title, str(start))
    if scripted:
        return Path(answer) if answer else None
    name, _chosen = QFileDialog.getOpenFileName(parent, title, str(start), filters)
    return Path(name) if name else None


def choose_open_many(parent: QWidget | None, title: str, start: Path, filters: str) -> list[Path]:
    scripted, answer = _scripted("choose_open_many", title, str(start))
    if scripted:
        return [Path(a) for a in answer or []]
    names, _chosen = QFileDialog.getOpenFileNames(parent, title, str(start), filters)
    return [Path(n) for n in names]


def choose_save(parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
    """Where to write. A name typed without one of the filters' endings gets the ending of
    the filter the user chose ("report" with "Word document (*.docx)" is report.docx)."""
    scripted, answer = _scripted("choose_save", title, str(suggested))
    if scripted:
        return with_suffix(Path(answer), filters, "") if answer else None
    name, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return with_suffix(Path(name), filters, chosen) if name else None


def with_suffix(path: Path, filters: str, chosen: str) -> Path:
    """path, ending in one of the filters' suffixes: its own if it has one, else the chosen
    filter's (else the first filter's)."""
    suffixes = [s.lower() for s in re.findall(r"\*(\.[A-Za-z0-9]+)", filters)]
    if not suffixes or path.suffix.lower() in suffixes:
        return path
    wanted = re.findall(r"\*(\.[A-Za-z0-9]+)", chosen) or suffixes
    return path.with_name(path.name + wanted[0].lower())


def choose_folder(parent: QWidget | None, title: str, start: Path) -> Path | None:
    scripted, answer = _scripted("choose_folder", title, str(start))
    if scripted:
        return Path(answer) if answer else None
    folder = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(folder) if folder else None


# --- questions and messages ------------------------------------------------------------


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    yes: str = "",
    no: str = "",
    default_yes: bool = False,
    details: str = "",
) -> bool:
    """A yes/no question; True only if the user pressed the yes button. Escape is no."""
    scripted, answer = _scripted("confirm", title, f"{text}\n\n{details}".strip())
    if scripted:
        return bool(answer)
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    if details:
        box.setInformativeText(details)
    # Without words of the caller's, Qt's own Yes and No, in the window's language.
    yes_button = (box.addButton(yes, QMessageBox.ButtonRole.YesRole) if yes
                  else box.addButton(QMessageBox.StandardButton.Yes))  # fmt: skip
    no_button = (box.addButton(no, QMessageBox.ButtonRole.NoRole) if no
                 else box.addButton(QMessageBox.StandardButton.No))  # fmt: skip
    box.setDefaultButton(yes_button if default_yes else no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def ask_choice(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: list[str],
    *,
    details: str = "",
    default: int = 0,
) -> int:
    """A question answered by one of a few buttons: the index of the one pressed. Escape
    (or closing the box) presses the last, which must be the way out."""
    scripted, answer = _scripted("ask_choice", title, f"{text}\n\n{details}".strip())
    if scripted:
        return len(buttons) - 1 if answer is None else int(answer)
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    if details:
        box.setInformativeText(details)
    pressed = [box.addButton(label, QMessageBox.ButtonRole.ActionRole) for label in buttons]
    box.setDefaultButton(pressed[default])
    box.setEscapeButton(pressed[-1])
    box.exec()
    clicked = box.clickedButton()
    return next((n for n, b in enumerate(pressed) if b is clicked), len(buttons) - 1)


def choose_one(
    parent: QWidget | None, title: str, label: str, options: list[str], default: int = 0
) -> int | None:
    """One of a few options, from a list (its index); None if cancelled. Scripted answers
    give the index."""
    scripted, answer = _scripted("choose_one", title, f"{label}\n" + "\n".join(options))
    if scripted:
        return None if answer is None else int(answer)
    chosen, ok = QInputDialog.getItem(parent, title, label, options, default, False)
    return options.index(chosen) if ok and chosen in options else None


def ask_text(parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
    """A line of text (a name for something), stripped; None if cancelled or left empty."""
    scripted, answer = _scripted("ask_text", title, label)
    if not scripted:
        answer, ok = QInputDialog.getText(parent, title, label, text=default)
        if not ok:
            return None
    text = str(answer or "").strip()
    return text or None


def ask_password(parent: QWidget | None, title: str, label: str) -> str | None:
    """A password, typed unseen; None if cancelled. Never stored by brdesk."""
    scripted, answer = _scripted("ask_password", title, label)
    if not scripted:
        answer, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        if not ok:
            return None
    return str(answer) if answer else None


def inform(parent: QWidget | None, title: str, text: str) -> None:
    if not _scripted("inform", title, text)[0]:
        QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    if not _scripted("warn", title, text)[0]:
        QMessageBox.warning(parent, title, text)


def fail(parent: QWidget | None, title: str, text: str) -> None:
    """Something could not be done at all (the data folder did not open, say)."""
    if not _scripted("fail", title, text)[0]:
        QMessageBox.critical(parent, title, text)


def about(parent: QWidget | None, title: str, text: str) -> None:
    if not _scripted("about", title, text)[0]:
        QMessageBox.about(parent, title, text)


def tell_written(parent: QWidget | None, title: str, text: str, path: Path) -> None:
    """Say a file was written, offering to open its folder; does not block the window."""
    if _scripted("tell_written", title, text)[0]:
        return
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    open_button = box.addButton(tx("Open the folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def clicked(button: object) -> None:
        if button is open_button:
            show_in_system(path.parent)

    box.buttonClicked.connect(clicked)
    box.open()


# --- handing files to the system -------------------------------------------------------


def show_in_system(path: Path) -> None:
    """Open a folder (or a document) in the program the system uses for it."""
    if not _scripted("show_in_system", path.name, str(path))[0]:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
