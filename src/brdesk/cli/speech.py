"""The command line's language: English, unless `--lang CODE` or BRDESK_LANG asks for
another (the system's language is not taken, so that a script reading brdesk's output
reads the same words on every machine).

In another language the messages are said by the window's own catalogs (ui/i18n.say, on
a QCoreApplication: Qt's core only, no display), so the command line and the window use
the same words. The commands that open a window (gui, self-test) choose their language
themselves.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from brdesk.errors import BrdeskError
from brdesk.languages import SOURCE, UnknownLanguage, choose, reason

_spoken = SOURCE
_kept: list[Any] = []  # the application and its translators, alive for the command


def speak(cli: str | None) -> str:
    """Speak the language the command line or the environment asks for; returns it. Its
    catalogs are loaded when the first text is said: a command that opens a window must
    not start Qt's core before the window does."""
    global _spoken
    try:
        language = choose(cli, os.environ, None, None)
    except UnknownLanguage as exc:
        raise BrdeskError(reason(exc)) from None
    if language != _spoken:
        _kept.clear()
    _spoken = language
    return language


def asked(argv: Sequence[str]) -> str | None:
    """The language `--lang CODE` (or `--lang=CODE`) asks for in argv, read before argv is
    parsed, so that the help and the parser's refusals are said in it."""
    for n, word in enumerate(argv):
        if word == "--":
            break
        if word == "--lang" and n + 1 < len(argv):
            return argv[n + 1]
        if word.startswith("--lang="):
            return word.removeprefix("--lang=")
    return None


def say(text: object) -> str:
    """text in the command's language (a message made with said() or marked(), or an
    error); anything else, and everything in English, as it reads."""
    if _spoken == SOURCE:
        return str(text)
    from brdesk.ui.i18n import install_headless
    from brdesk.ui.i18n import say as said_in_language

    if not _kept:
        _kept[:] = install_headless(_spoken)
    return said_in_language(text)


def out(text: object, *, error: bool = False) -> None:
    """Print text (said in the command's language) on stdout, or stderr for an error."""
    import sys

    print(say(text), file=sys.stderr if error else sys.stdout)
