"""The languages brdesk speaks, and which one a session uses.

English is the source language; the others are translations (resources/translations/).
Which one: the command line's --lang, else the BRDESK_LANG environment variable, else the
choice saved in the data folder's settings (View › Language), else the system's language
when brdesk has it, else English. A code brdesk does not have is refused by name (the
command line) or passed over (the environment, the system).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

#: Code to the language's own name, as the menu shows it.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "zh_CN": "简体中文",
    "es": "Español",
    "fr": "Français",
    "ru": "Русский",
}
SOURCE = "en"
ENV_VAR = "BRDESK_LANG"


class Marked(str):
    """brdesk's own English text, marked for translation (see marked())."""


def marked(text: str) -> str:
    """Marks a text below the window (a field's label, a choice's name) for translation;
    the window translates it where it shows it (ui/i18n.tx, or say(), which translates
    what is marked and leaves the user's own data as typed). The text stays English here:
    files, reports and the command line use it as it is. (lupdate knows it as QT_TR_NOOP:
    packaging/translations.py.)"""
    return Marked(text)


class Said(str):
    """A message from below the window, with parameters: it reads as English wherever a
    string goes (the command line, logs, files), and keeps its marked template and values
    so that the window can say it in the session's language (ui/i18n.say). Made by said()
    and said_n(), which lupdate knows (packaging/translations.py)."""

    template: str
    values: dict[str, object]
    number: int | None

    def __new__(cls, template: str, count: int | None, values: dict[str, object]) -> Said:
        english = template
        if count is not None:
            english = _english_plural(template, count)
        made = super().__new__(cls, english.format(**values))
        made.template, made.values, made.number = template, values, count
        return made


def said(template: str, **values: object) -> Said:
    """A message made from a marked template ("Backup {name}, taken {when}") and its
    values; a value may itself be a Said."""
    return Said(template, None, values)


def said_n(template: str, disambiguation: str, count: int, **values: object) -> Said:
    """A message with a count: "%n observation(s) in {zone}" (Qt's plural-form notation;
    the arguments in the order of ui/i18n.tr_n, which lupdate reads them in)."""
    del disambiguation
    return Said(template, count, values)


class Lowered(str):
    """A label set inside a sentence, its first letter made small ("country" in
    "Personal information: country not given"); the window does the same to the label's
    translation."""

    original: str
    whole: bool

    def __new__(cls, label: str, *, whole: bool = False) -> Lowered:
        made = super().__new__(cls, label.lower() if whole else label[:1].lower() + label[1:])
        made.original, made.whole = label, whole
        return made


def reason(error: BaseException) -> str:
    """An error's message, kept as made (a Said stays one, so the window can say it in its
    language), or as it reads."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, str) else str(error)


def joined(parts: Sequence[str], separator: str = "\n") -> Said:
    """Several messages as one text (lines, say), each said in the window's language."""
    template = separator.join(f"{{p{n}}}" for n in range(len(parts)))
    return Said(template, None, {f"p{n}": part for n, part in enumerate(parts)})


def _english_plural(template: str, count: int) -> str:

    number = f"{count:,}"
    text = template.replace("%Ln", number).replace("%n", number)
    text = text.replace("y(ies)", "y" if count == 1 else "ies")
    # "[lies|lie]": a word whose English forms are not made with an "s".
    text = re.sub(r"\[([^|\]]*)\|([^|\]]*)\]", lambda m: m[1] if count == 1 else m[2], text)
    return text.replace("(s)", "" if count == 1 else "s")


def normalise(name: str | None) -> str | None:
    """The language code brdesk has for a locale name ("fr_FR.UTF-8", "zh-Hans-CN",
    "ru"), or None."""
    if not name:
        return None
    text = name.split(".")[0].split("@")[0].replace("-", "_")
    if text in LANGUAGES:
        return text
    parts = text.split("_")
    language = parts[0].lower()
    if language == "zh":
        # Simplified Chinese only: Traditional (Taiwan, Hong Kong, Hant) is not one of ours.
        rest = {p.upper() for p in parts[1:]}
        return "zh_CN" if not rest & {"TW", "HK", "MO", "HANT"} else None
    return language if language in LANGUAGES else None


class UnknownLanguage(ValueError):
    """`--lang` named a language brdesk does not have (the caller says it as a refusal:
    this module sits below brdesk.errors, so that every layer can make messages)."""


def choose(
    cli: str | None,
    environ: Mapping[str, str],
    saved: str | None,
    system: str | None,
) -> str:
    """The language of this session (see the module's text)."""
    if cli:
        code = normalise(cli)
        if code is None:
            known = ", ".join(LANGUAGES)
            raise UnknownLanguage(said("--lang: brdesk has no '{code}' (it has {known}).",
                                       code=cli, known=known))  # fmt: skip
        return code
    for candidate in (environ.get(ENV_VAR), saved, system):
        code = normalise(candidate)
        if code is not None:
            return code
    return SOURCE
