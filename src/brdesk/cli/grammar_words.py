"""The command line's help and refusals in the command's language.

The parser is built with brdesk's help texts marked (English) and says them only when it
prints help or a refusal, through the command's catalogs (cli/speech): a command that
opens a window must not start Qt's core before the window does, and only printing help
or refusing needs the catalogs. argparse's own words ("usage:", "options", "the
following arguments are required") are argparse's gettext texts; brdesk's catalogs are
Qt's, so the few a user reads are marked here and recognised in what argparse writes, and
the rest (argparse's programming errors) stay English.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from functools import cache
from typing import NoReturn

from brdesk.cli import speech
from brdesk.languages import marked, said

#: argparse's words a user reads (Python 3.11 to 3.13), as argparse writes them.
ARGPARSE_WORDS = (
    marked("usage: "),
    marked("positional arguments"),
    marked("options"),
    marked("show this help message and exit"),
)
#: argparse's refusals, with its placeholders ("%(name)s", "%s", "%r"); a translation
#: keeps them.
ARGPARSE_REFUSALS = (
    marked("argument %(argument_name)s: %(message)s"),
    marked("the following arguments are required: %s"),
    marked("unrecognized arguments: %s"),
    marked("invalid choice: %(value)r (choose from %(choices)s)"),
    marked("invalid %(type)s value: %(value)r"),
    marked("expected one argument"),
    marked("expected at least one argument"),
    marked("expected at most one argument"),
    marked("ambiguous option: %(option)s could match %(matches)s"),
    marked("one of the arguments %s is required"),
    marked("not allowed with argument %s"),
    marked("ignored explicit argument %r"),
)


def words(text: str) -> str:
    """A text of the grammar (brdesk's or argparse's) in the command's language."""
    return speech.say(marked(text))


def refusal(message: str) -> str:
    """argparse's refusal in the command's language: recognised by its template, the
    template translated, the values (a nested refusal said too) put back as written; a
    message not recognised stays as argparse wrote it."""
    for template, pattern in _patterns():
        found = pattern.fullmatch(message)
        if found is None:
            continue
        values = found.groupdict()
        if "message" in values:
            values["message"] = refusal(values["message"])
        translated = words(template)
        try:
            if "%(" in template:
                return translated % _quoted(values, template)
            return translated % tuple(v for v in values.values())
        except (KeyError, TypeError, ValueError):
            return message  # a translation whose placeholders do not fit: the English
    return message


def _quoted(values: dict[str, str], template: str) -> dict[str, object]:
    """Values as the template's %r put them back: already quoted in the message, so
    given to %r as something whose repr is the text itself."""
    return {k: _Verbatim(v) if f"%({k})r" in template else v for k, v in values.items()}


class _Verbatim(str):
    def __repr__(self) -> str:
        return str(self)


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    made = []
    for template in ARGPARSE_REFUSALS:
        parts = re.split(r"(%\(\w+\)[sr]|%[sr])", template)
        regex, count = "", 0
        for part in parts:
            named = re.fullmatch(r"%\((\w+)\)[sr]", part)
            if named:
                regex += f"(?P<{named[1]}>.+?)"
            elif part in ("%s", "%r"):
                count += 1
                regex += f"(?P<v{count}>.+?)"
            else:
                regex += re.escape(part)
        made.append((template, re.compile(regex, re.S)))
    # The longest templates first: "argument X: invalid choice..." before its parts.
    return sorted(made, key=lambda pair: -len(pair[0]))


class Formatter(argparse.HelpFormatter):
    """argparse's help, its texts said in the command's language when it is printed."""

    def start_section(self, heading: str | None) -> None:
        super().start_section(words(heading) if heading else heading)

    def add_text(self, text: str | None) -> None:
        super().add_text(words(text) if text and text is not argparse.SUPPRESS else text)

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, words("usage: ") if prefix is None else prefix)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        # The extension point argparse's own ArgumentDefaultsHelpFormatter uses.
        return words(action.help) if action.help else action.help


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that speaks the command's language in its help and refusals."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        line = speech.say(said("{prog}: error: {message}", prog=self.prog,
                               message=refusal(message)))  # fmt: skip
        self.exit(2, line + "\n")
