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
from typing import Any

from brdesk.errors import BrdeskError
from brdesk.languages import SOURCE, UnknownLanguage, choose, reason

_spoken = SOURCE
_kept: list[Any] = []  # the application and its translators, alive for the command


def speak(cli: str | None) -> str:
    """Speak the language the command line or the environment asks for; returns it."""
    global _spoken
    try:
        language = choose(cli, os.environ, None, None)
    except UnknownLanguage as exc:
        raise BrdeskError(reason(exc)) from None
    if language != SOURCE:
        from brdesk.ui.i18n import install_headless

        _kept[:] = install_headless(language)
    _spoken = language
    return language


def say(text: object) -> str:
    """text in the command's language (a message made with said() or marked(), or an
    error); anything else, and everything in English, as it reads."""
    if _spoken == SOURCE:
        return str(text)
    from brdesk.ui.i18n import say as said_in_language

    return said_in_language(text)


def out(text: object, *, error: bool = False) -> None:
    """Print text (said in the command's language) on stdout, or stderr for an error."""
    import sys

    print(say(text), file=sys.stderr if error else sys.stdout)
