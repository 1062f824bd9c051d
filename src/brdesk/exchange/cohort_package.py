"""Cohort packages: a trainer's cohort handed on whole (to the network's secretariat, to a
co-trainer): a ZIP of the participants' own packages, each kept as it came, and a
`cohort.json` listing them with their sizes and checksums.

It has the same .brdesk suffix as a participant's package, so that the one mistake that
matters is caught: opened by "Import package" in a personal folder, it is refused (see
exchange/package.py), and a participant's laptop never receives the others' data."""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from brdesk.errors import PackageRefused
from brdesk.exchange.atomic import atomic_path
from brdesk.exchange.zip_limits import check_unpacked_size, read_json_member
from brdesk.languages import said

FORMAT = "brdesk-cohort-package"
VERSION = 1
INDEX = "cohort.json"
MAX_INDEX_BYTES = 16 * 2**20
MAX_TOTAL_BYTES = 256 * 2**30
_MEMBER = re.compile(r"^members/[0-9a-f-]{36}\.brdesk$")


def is_cohort_package(archive: zipfile.ZipFile) -> bool:
    return INDEX in archive.namelist()


@dataclass(frozen=True)
class Listed:
    member: str
    size: int
    sha256: str
    name: str  # the participant, as the trainer's cohort knew them
    file: str  # the package's own file name, as it came from the participant


def write_cohort_package(out: Path, members: Sequence[tuple[str, str, Path, str]]) -> int:
    """Write members ((participant uuid, name, their package file, its original name)) to
    out; whole or not at all. The packages are stored as they are (already compressed)."""
    listed = []
    with atomic_path(out) as temp, zipfile.ZipFile(temp, "w", zipfile.ZIP_STORED) as archive:
        for uuid, name, path, original in members:
            member = f"members/{uuid}.brdesk"
            digest = hashlib.sha256()
            with open(path, "rb") as src, archive.open(member, "w", force_zip64=True) as dst:
                while chunk := src.read(1 << 20):
                    digest.update(chunk)
                    dst.write(chunk)
            size = path.stat().st_size
            listed.append({"member": member, "size": size, "sha256": digest.hexdigest(),
                           "name": name, "file": original})  # fmt: skip
        index = {
            "format": FORMAT,
            "version": VERSION,
            "created_at": datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds"),
            "members": listed,
        }
        archive.writestr(INDEX, json.dumps(index, ensure_ascii=False, indent=1))
    return len(listed)


@contextlib.contextmanager
def unpacked(path: Path) -> Iterator[list[Path]]:
    """The cohort package's participant packages, unpacked to a temporary folder and
    checked against the index; PackageRefused naming what is wrong."""
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise PackageRefused(
            said("{name} cannot be read as a brdesk package ({exc}).", name=name, exc=exc)
        ) from exc
    with archive, tempfile.TemporaryDirectory(prefix="brdesk-cohort-") as tmp:
        listed = _index(name, archive)
        check_unpacked_size(
            archive.infolist(), name, max_total=MAX_TOTAL_BYTES, max_ratio=200,
            refuse=PackageRefused,
        )  # fmt: skip
        found = []
        for entry in listed:
            # A folder each: two participants may both have sent "package.brdesk".
            folder = Path(tmp) / entry.member.split("/")[-1].removesuffix(".brdesk")
            folder.mkdir()
            target = folder / entry.file
            digest = hashlib.sha256()
            try:
                with archive.open(entry.member) as src, open(target, "wb") as dst:
                    while chunk := src.read(1 << 20):
                        digest.update(chunk)
                        dst.write(chunk)
            except (zipfile.BadZipFile, OSError, EOFError) as exc:
                raise PackageRefused(
                    said(
                        "{name}: {member} is damaged ({exc}).",
                        name=name,
                        member=entry.member,
                        exc=exc,
                    )
                ) from exc
            if digest.hexdigest() != entry.sha256 or target.stat().st_size != entry.size:
                raise PackageRefused(
                    said(
                        "{name}: the package of {v0} does not match its checksum.",
                        name=name,
                        v0=entry.name,
                    )
                )
            found.append(target)
        yield found


def _index(name: str, archive: zipfile.ZipFile) -> list[Listed]:
    if INDEX not in archive.namelist():
        raise PackageRefused(said("{name} is not a cohort package.", name=name))
    raw = read_json_member(archive, INDEX, name, MAX_INDEX_BYTES, PackageRefused)
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise PackageRefused(
            said("{name} is not a cohort package (its cohort.json says otherwise).", name=name)
        )
    if not isinstance(raw.get("version"), int) or raw["version"] > VERSION:
        raise PackageRefused(
            said("{name} was written by a newer brdesk. Update brdesk to add it.", name=name)
        )
    names = set(archive.namelist())
    listed = []
    for entry in raw.get("members") or []:
        try:
            item = Listed(str(entry["member"]), int(entry["size"]), str(entry["sha256"]),
                          str(entry.get("name") or "a participant"),
                          _plain(str(entry.get("file") or ""), entry["member"]))  # fmt: skip
        except (KeyError, TypeError, ValueError):
            raise PackageRefused(
                said("{name}: its cohort.json lists a member badly.", name=name)
            ) from None
        if not _MEMBER.match(item.member) or item.member not in names:
            raise PackageRefused(
                said("{name}: '{v0}' is listed but not held.", name=name, v0=item.member[:80])
            )
        listed.append(item)
    extra = sorted(names - {INDEX} - {x.member for x in listed})
    if extra:
        raise PackageRefused(
            said(
                "{name} holds '{v0}', which its cohort.json does not list.",
                name=name,
                v0=extra[0][:80],
            )
        )
    return listed


def _plain(name: str, member: str) -> str:
    """The original file name if it is a plain one, else the member's own."""
    plain = Path(name).name
    if plain != name or not plain.lower().endswith(".brdesk") or len(plain) > 200:
        return str(member).split("/")[-1]
    return plain
