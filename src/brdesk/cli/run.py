"""Running a command: parse, log to the data folder, run as the folder's owner when it
writes, and turn every failure into one clear line (the traceback goes to logs/, and to
the screen only with --debug)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from typing import TextIO

from brdesk.cli import speech
from brdesk.cli.common import ExitCode, Handler, refuse_unwritable
from brdesk.errors import BrdeskError
from brdesk.languages import SOURCE, marked, reason, said
from brdesk.paths import DATABASE_URL_VAR, DataDir, resolve_data_dir

log = logging.getLogger("brdesk.cli")
#: The commands that open a window: they choose their language themselves.
WINDOWS = ("cmd_gui", "cmd_self_test", "_window")


def main(argv: Sequence[str] | None = None) -> int:
    from brdesk.cli.parser import build_parser

    words = list(sys.argv[1:] if argv is None else argv)
    try:
        speech.speak(speech.asked(words))  # the help and the parser's refusals say it
    except BrdeskError as exc:
        _fail(str(exc), debug="--debug" in words)
        return ExitCode.REFUSED
    parser = build_parser()
    try:
        args = parser.parse_args(words)
    except SystemExit as exc:  # --help, --version and usage errors end here
        return int(exc.code or 0)
    data_dir = resolve_data_dir(args.data_dir)
    url = getattr(args, "database_url", None) or os.environ.get(DATABASE_URL_VAR)
    if url:
        data_dir = DataDir(data_dir.root, url)
    from brdesk import logs

    log_file = logs.configure(data_dir.logs, debug=args.debug)
    handler: Handler = getattr(args, "handler", None) or _window
    try:
        # A window says what it says in its own language (and its catalogs are its own).
        window = getattr(handler, "__name__", "") in WINDOWS
        speech.speak(SOURCE if window else getattr(args, "lang", None))
        if getattr(args, "writes", False):
            return _as_owner(handler, args, data_dir)
        return handler(args, data_dir)
    except BrdeskError as exc:
        log.info("command failed: %s", exc, exc_info=True)
        _fail(speech.say(exc), args.debug)
        return ExitCode.REFUSED
    except KeyboardInterrupt:
        _fail(speech.say(marked("interrupted; nothing half-done was kept.")), args.debug)
        return ExitCode.INTERRUPTED
    except Exception as exc:
        from brdesk import media

        refusal = media.described(exc, data_dir.root)
        if refusal is not None:  # a disk that refused: not a bug, and not the user's data
            log.info("command failed: %s", refusal, exc_info=True)
            _fail(speech.say(refusal), args.debug)
            return ExitCode.REFUSED
        log.exception("unexpected error")
        where = f" Details are in {log_file}." if logs.written(log_file) else ""
        _fail(f"unexpected error ({type(exc).__name__}: {exc}).{where}", args.debug)
        return ExitCode.UNEXPECTED


def _as_owner(handler: Handler, args: argparse.Namespace, data_dir: DataDir) -> int:
    """Run a command that writes as the data folder's owner: refused, changing nothing,
    while a window or another command holds the folder."""
    from brdesk.errors import FolderBusy
    from brdesk.paths import ensure_data_dir
    from brdesk.services.folder_owner import FolderOwner

    words = getattr(handler, "__name__", "cmd_command").removeprefix("cmd_").replace("_", " ")
    refuse_unwritable(data_dir, f"brdesk {words}")
    ensure_data_dir(data_dir)
    try:
        owner = FolderOwner(data_dir.root, f"the command 'brdesk {words}'")
        owner.take()
    except FolderBusy as exc:
        raise BrdeskError(
            said(
                "{busy} Close it, or wait until it has finished, and try again. Nothing was "
                "changed.",
                busy=reason(exc),
            )
        ) from exc
    try:
        return handler(args, data_dir)
    finally:
        owner.release()


def _fail(message: str, debug: bool, stream: TextIO | None = None) -> None:
    stream = stream or sys.stderr
    if debug:
        traceback.print_exc(file=stream)
    print(f"brdesk: {message}", file=stream)


def _window(args: argparse.Namespace, data_dir: DataDir) -> int:
    """No command: the window."""
    from brdesk.cli.folder import cmd_gui

    return cmd_gui(args, data_dir)
