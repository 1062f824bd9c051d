"""Limits on what a ZIP from a stranger may unpack to, checked from its directory before a
byte is unpacked: a zip bomb is a small file that takes minutes and gigabytes to read."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterable
from typing import Any

from brdesk.errors import BrdeskError
from brdesk.languages import said

#: Members smaller than this are not judged by their ratio (tiny repetitive XML parts
#: compress extremely well, harmlessly).
RATIO_FROM_BYTES = 2**20


def read_json_member(
    archive: zipfile.ZipFile,
    member: str,
    name: str,
    max_bytes: int,
    refuse: Callable[[str], Exception] = BrdeskError,
) -> Any:
    """A JSON member of a stranger's ZIP (a manifest, an index), read only if it is of a
    size such a file can be; refused naming the file and the member otherwise."""
    if archive.getinfo(member).file_size > max_bytes:
        raise refuse(said("{name}: its {member} is impossibly large.", name=name, member=member))
    try:
        return json.loads(archive.read(member))
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise refuse(
            said("{name}: its {member} is not JSON ({exc}).", name=name, member=member, exc=exc)
        ) from None


def check_unpacked_size(
    members: Iterable[zipfile.ZipInfo],
    name: str,
    *,
    max_total: int,
    max_ratio: float,
    refuse: Callable[[str], Exception] = BrdeskError,
    hint: str = "",
) -> None:
    total = 0
    for info in members:
        total += info.file_size
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > RATIO_FROM_BYTES and ratio > max_ratio:
            raise refuse(
                said(
                    "{name} is refused: its part '{v0}' would unpack to {ratio:.0f} "
                    "times its size (a zip bomb, or a damaged file?).",
                    name=name,
                    v0=info.filename[:60],
                    ratio=ratio,
                )
            )
    if total > max_total:
        raise refuse(
            said(
                "{name} is refused: it would unpack to {v0:,.0f} MB.{hint}",
                name=name,
                v0=total / 2**20,
                hint=hint,
            )
        )
