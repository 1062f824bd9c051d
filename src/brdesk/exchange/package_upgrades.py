"""How a record written by an older package format version is brought up to this one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


#: Upgrades of one record from format version N to N+1: UPGRADES[N](kind, record).
#: Version 1 is the first; each later version adds its step here, and its packages keep
#: importing because tests/fixtures/packages holds one written by every version.
def _v1_to_v2(kind: str, record: dict[str, Any]) -> dict[str, Any]:
    """Version 2 (schema 0007): observations carry the kingdom and taxon rank their source
    gave, and the UTC offset stated with their time; version 1 had none of them."""
    if kind == "observations":
        for name in ("kingdom", "taxon_rank", "utc_offset"):
            record.setdefault(name, None)
    return record


def _v2_to_v3(kind: str, record: dict[str, Any]) -> dict[str, Any]:
    """Version 3 (schema 0008): self-assessments, and attachments that can be an answer's
    evidence; version 2 had neither."""
    if kind == "attachments":
        record.setdefault("assessment_answer", None)
    return record


def _v3_to_v4(kind: str, record: dict[str, Any]) -> dict[str, Any]:
    """Version 4 (schema 0009): zones and the zones actions name, kinds of their own;
    version 3's records are unchanged."""
    return record


def _v4_to_v5(kind: str, record: dict[str, Any]) -> dict[str, Any]:
    """Version 5 (schema 0010): good practices, kinds of their own, and attachments that can
    be a practice's photo; version 4 had neither."""
    if kind == "attachments":
        record.setdefault("good_practice", None)
    return record


UPGRADES: dict[int, Callable[[str, dict[str, Any]], dict[str, Any]]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
}
