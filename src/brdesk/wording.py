"""Words that depend on a number: "1 observation", "2 observations"."""

from __future__ import annotations

#: Plurals that are not the singular plus "s".
_IRREGULAR = {"taxon": "taxa", "entry": "entries", "copy": "copies", "species": "species"}


def plural(count: int, singular: str, many: str | None = None) -> str:
    """The count (with thousands separators) and the noun in the form the count takes."""
    if count == 1:
        return f"1 {singular}"
    word = many or _IRREGULAR.get(singular) or singular + "s"
    return f"{count:,} {word}"
