"""The languages brdesk speaks, and which one a session uses.

English is the source language; the others are translations (resources/translations/).
Which one: the command line's --lang, else the BRDESK_LANG environment variable, else the
choice saved in the data folder's settings (View › Language), else the system's language
when brdesk has it, else English. A code brdesk does not have is refused by name (the
command line) or passed over (the environment, the system).
"""

from __future__ import annotations

from collections.abc import Mapping

from brdesk.errors import BrdeskError

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


def marked(text: str) -> str:
    """Marks a text below the window (a field's label, a choice's name) for translation;
    the window translates it where it shows it (ui/i18n.tx). The text stays English here:
    files, reports and the command line use it as it is. (lupdate knows it as QT_TR_NOOP:
    packaging/translations.py.)"""
    return text


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
            raise BrdeskError(f"--lang: brdesk has no '{cli}' (it has {known}).")
        return code
    for candidate in (environ.get(ENV_VAR), saved, system):
        code = normalise(candidate)
        if code is not None:
            return code
    return SOURCE
