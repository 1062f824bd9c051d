"""What the commands share: their type, one way to open the store, options read alike."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING

from brdesk.cli import speech
from brdesk.errors import BrdeskError, DataFolderError
from brdesk.languages import reason, said
from brdesk.paths import DataDir

if TYPE_CHECKING:
    from brdesk.services.store import Store


class ExitCode(IntEnum):
    """What a command tells the shell."""

    OK = 0
    #: refused: bad input, a busy or read-only folder, rows rejected; nothing was changed
    REFUSED = 1
    #: a bug: logged with its traceback
    UNEXPECTED = 2
    #: Ctrl+C
    INTERRUPTED = 130


Handler = Callable[[argparse.Namespace, DataDir], int]


@contextmanager
def open_store(data_dir: DataDir) -> Iterator[Store]:
    """The data folder, opened (created, upgraded, or read-only where it cannot be
    written), and closed again however the command ends."""
    from brdesk.services.store import Store

    with Store.open(data_dir) as opened:
        yield opened


def refuse_unwritable(data_dir: DataDir, command: str) -> None:
    """Refuse, before anything starts, a command that writes in a folder that cannot be
    written, saying why (a read-only, locked or full disk)."""
    if not data_dir.root.is_dir():
        return  # made by the command itself, or refused then in its own words
    from brdesk import media

    refusal = media.probe(data_dir.root)
    if refusal is not None:
        raise DataFolderError(
            said(
                "'{command}' writes in {root}, and cannot: {why} Nothing was changed.",
                command=command,
                root=data_dir.root,
                why=refusal.sentence(),
            )
        )


def progress_printer(total: int) -> Callable[[int, int], None] | None:
    if total < 50_000 or not sys.stderr.isatty():
        return None

    def show(done: int, of: int) -> None:
        end = "\n" if done >= of else ""
        line = speech.say(said("Writing observations: {done:,} / {of:,}", done=done, of=of))
        print(f"\r{line}", end=end, file=sys.stderr)

    return show


def date_option(text: str | None, flag: str) -> date | None:
    """A --from/--to value, or a one-line error naming the option."""
    from brdesk.exchange.dates import filter_day

    try:
        return filter_day(text, flag)
    except ValueError as exc:
        raise BrdeskError(said("{problem}.", problem=reason(exc))) from None


def check_category(category: str | None) -> None:
    from brdesk.db.vocab import CATEGORIES

    if category is not None and category not in CATEGORIES:
        raise BrdeskError(said("--category: use one of {names}.", names=", ".join(CATEGORIES)))
