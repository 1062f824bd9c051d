"""Exchange packages (.brdesk files): what one laptop hands another.

A package is a ZIP holding
- `manifest.json`: the format and its version, the schema revision of the data that wrote
  it, what was selected, record counts, and the size and SHA-256 of every other member;
- `records/<kind>.jsonl`: one JSON object per line and record (streamed both ways, so a
  million observations never sit in memory at once);
- `attachments/<name>`: the files the attachment records name.

This module knows the container only: which members may exist, how big they may be, that
they match their checksums, and how records of an older format version are brought up to
the current one. What the records mean, and how they merge, is services/packages.py.
Anything a stranger's stick could hold is refused with the package's name and the member
(and line) at fault, before the caller writes a byte.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
import re
import time
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from brdesk.errors import PackageRefused
from brdesk.exchange.atomic import atomic_path
from brdesk.exchange.cohort_package import is_cohort_package
from brdesk.exchange.package_upgrades import UPGRADES
from brdesk.exchange.zip_limits import check_unpacked_size, read_json_member
from brdesk.languages import said

FORMAT = "brdesk-package"
#: 3: self-assessments and their answers (records an older brdesk would not know).
#: 4: zones on the map, and the zones actions name.
#: 5: good practices, their links to actions and observations, and their photos.
VERSION = 5
SUFFIX = ".brdesk"
MANIFEST = "manifest.json"

#: Record kinds in the order they are written and merged: each after what it refers to.
KINDS = (
    "programmes",
    "participants",
    "reserves",
    "zones",
    "plans",
    "objectives",
    "actions",
    "action_zones",
    "participation_summaries",
    "training_evaluations",
    "followup_items",
    "observations",
    "assessments",
    "assessment_answers",
    "good_practices",
    "good_practice_actions",
    "good_practice_observations",
    "attachments",
)

#: How a count of each kind reads: (one, many).
MAX_MANIFEST_BYTES = 64 * 2**20
MAX_LINE_BYTES = 4 * 2**20
MAX_TOTAL_BYTES = 64 * 2**30
MAX_COMPRESSION_RATIO = 200
_PLAIN_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Member:
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    version: int
    schema: str
    created_at: str
    app: str
    selection: dict[str, Any]
    counts: dict[str, int]
    files: dict[str, Member]

    def describe(self) -> str:
        when = self.created_at[:16].replace("T", " ")
        from brdesk.exchange.package_words import amounts

        return said("written {when} UTC by {app}: {amounts}", when=when, app=self.app,
                    amounts=amounts(self.counts))  # fmt: skip


def member_name(kind: str) -> str:
    return f"records/{kind}.jsonl"


def attachment_member(stored_name: str) -> str:
    return f"attachments/{stored_name}"


# --- writing ------------------------------------------------------------------------------


class PackageWriter:
    """Write a package member by member; the file appears whole at the end, or not at all."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._archive = archive
        self._files: dict[str, Member] = {}
        self.counts: dict[str, int] = {}

    def _info(self, name: str) -> zipfile.ZipInfo:
        # Streamed members would otherwise be dated 1980 in every unzip tool.
        info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        return info

    def records(self, kind: str, records: Iterable[Mapping[str, Any]]) -> int:
        if kind not in KINDS:
            raise ValueError(kind)
        digest = hashlib.sha256()
        size = n = 0
        encode = json.JSONEncoder(
            ensure_ascii=False, separators=(",", ":"), default=_iso_format
        ).encode
        batch: list[str] = []
        with self._archive.open(self._info(member_name(kind)), "w", force_zip64=True) as out:

            def flush() -> int:
                data = "".join(batch).encode("utf-8")
                digest.update(data)
                out.write(data)
                batch.clear()
                return len(data)

            for record in records:
                batch.append(encode(record) + "\n")
                n += 1
                if len(batch) >= 1000:
                    size += flush()
            size += flush()
        self._files[member_name(kind)] = Member(size, digest.hexdigest())
        self.counts[kind] = n
        return n

    def attachment(self, stored_name: str, source: Path) -> None:
        if not _PLAIN_NAME.match(stored_name):
            raise ValueError(stored_name)
        digest = hashlib.sha256()
        size = 0
        name = attachment_member(stored_name)
        info = self._info(name)
        with open(source, "rb") as src, self._archive.open(info, "w", force_zip64=True) as out:
            while chunk := src.read(1 << 20):
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
        self._files[name] = Member(size, digest.hexdigest())

    def finish(self, *, schema: str, created_at: str, app: str, selection: dict[str, Any]) -> None:
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "schema": schema,
            "created_at": created_at,
            "app": app,
            "selection": selection,
            "counts": self.counts,
            "files": {k: {"size": m.size, "sha256": m.sha256} for k, m in self._files.items()},
        }
        self._archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))


def _iso_format(value: Any) -> str:
    """Dates, times and timestamps as ISO 8601 text: what JSON lacks, written as it reads."""
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} cannot be written to a package")


@contextlib.contextmanager
def writing(path: Path) -> Iterator[PackageWriter]:
    with atomic_path(path) as temp, zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
        yield PackageWriter(archive)


# --- reading ------------------------------------------------------------------------------


class Package:
    """An opened package whose directory and manifest have been checked."""

    def __init__(self, path: Path, archive: zipfile.ZipFile, manifest: Manifest) -> None:
        self.path = path
        self.manifest = manifest
        self._archive = archive

    def refuse(self, problem: str) -> PackageRefused:
        return PackageRefused(said("{name}: {problem}", name=self.path.name, problem=problem))

    def records(self, kind: str) -> Iterator[tuple[int, dict[str, Any]]]:
        """(line number, record) for each record of the kind, brought up to this version.

        The checksum is checked as the lines go by; a mismatch is raised after the last one,
        so callers must not keep anything until the iteration has ended (the import runs in
        one transaction and rolls back).
        """
        name = member_name(kind)
        expected = self.manifest.files.get(name)
        if expected is None:
            return
        digest = hashlib.sha256()
        size = lines = 0
        with self._archive.open(name) as raw:
            for number, line in enumerate(_lines(raw, self, name), start=1):
                lines = number
                digest.update(line)
                size += len(line)
                try:
                    record = json.loads(line)
                except (ValueError, UnicodeDecodeError, RecursionError) as exc:
                    raise self.refuse(said("{name}, line {number} is not JSON ({exc}).", name=name,
                                           number=number, exc=exc)) from None  # fmt: skip
                if not isinstance(record, dict):
                    raise self.refuse(said(
                        "{name}, line {number} is not a record (a JSON object).",
                        name=name, number=number))  # fmt: skip
                for version in range(self.manifest.version, VERSION):
                    record = UPGRADES[version](kind, record)
                yield number, record
        if size != expected.size or digest.hexdigest() != expected.sha256:
            raise self.refuse(
                said("{name} does not match its checksum: the package is damaged.", name=name)
            )
        counted = self.manifest.counts.get(kind)
        if counted is not None and counted != lines:
            raise self.refuse(
                said(
                    "{name} holds {lines:,} records, and its manifest says "
                    "{counted:,}: the package is damaged or was altered.",
                    name=name,
                    lines=lines,
                    counted=counted,
                )
            )

    def attachment_size(self, stored_name: str) -> int | None:
        member = self.manifest.files.get(attachment_member(stored_name))
        return None if member is None else member.size

    def open_attachment(self, stored_name: str) -> IO[bytes]:
        """One attachment's bytes, read from the package as they are."""
        name = attachment_member(stored_name)
        if name not in self.manifest.files:
            raise self.refuse(
                said("the attachment {stored_name} is missing.", stored_name=stored_name)
            )
        return self._archive.open(name)

    def copy_attachment(self, stored_name: str, target: Path) -> str:
        """Unpack one attachment to target (which must not exist); returns its SHA-256.
        A file that does not match the manifest is deleted and refused."""
        name = attachment_member(stored_name)
        expected = self.manifest.files.get(name)
        if expected is None:
            raise self.refuse(
                said("the attachment {stored_name} is missing.", stored_name=stored_name)
            )
        digest = hashlib.sha256()
        size = 0
        try:
            with self._archive.open(name) as src, open(target, "xb") as out:
                while chunk := src.read(1 << 20):
                    size += len(chunk)
                    if size > expected.size:
                        break
                    digest.update(chunk)
                    out.write(chunk)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        if size != expected.size or digest.hexdigest() != expected.sha256:
            target.unlink(missing_ok=True)
            raise self.refuse(
                said("{name} does not match its checksum: the package is damaged.", name=name)
            )
        return expected.sha256


def _lines(raw: IO[bytes], package: Package, name: str) -> Iterator[bytes]:
    while True:
        line = raw.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES:
            raise package.refuse(
                said(
                    "{name} has a record longer than {v0} MB.",
                    name=name,
                    v0=MAX_LINE_BYTES // 2**20,
                )
            )
        yield line


@contextlib.contextmanager
def reading(path: Path) -> Iterator[Package]:
    """Open a package for reading, or refuse it (PackageRefused) naming what is wrong."""
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise PackageRefused(said("There is no file at {path}.", path=path)) from None
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise PackageRefused(
            said("{name} cannot be read as a brdesk package ({exc}).", name=path.name, exc=exc)
        ) from exc
    with archive:
        try:
            yield Package(path, archive, _check(path, archive))
        except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile) as exc:
            raise PackageRefused(
                said("{name} is damaged ({exc}).", name=path.name, exc=exc)
            ) from exc


def _check(path: Path, archive: zipfile.ZipFile) -> Manifest:
    name = path.name
    if is_cohort_package(archive):
        raise PackageRefused(
            said(
                "{name} is a cohort package: the data of a trainer's whole cohort "
                "of participants. It is never merged into one person's data: it is "
                "added to a cohort folder (File › Cohort › Add participants' "
                "packages…, or brdesk --data-dir COHORT_FOLDER cohort add "
                '"{name}").',
                name=name,
            )
        )
    members = archive.infolist()
    allowed_records = {member_name(kind) for kind in KINDS}
    seen: set[str] = set()
    for info in members:
        member = info.filename
        attachment = member.startswith("attachments/") and _PLAIN_NAME.match(member[12:])
        if member != MANIFEST and member not in allowed_records and not attachment:
            raise PackageRefused(
                said("{name} is not a brdesk package: it holds '{v0}'.", name=name, v0=member[:80])
            )
        if member in seen:
            raise PackageRefused(said("{name} holds '{v0}' twice.", name=name, v0=member[:80]))
        seen.add(member)
        if info.flag_bits & 0x1:
            raise PackageRefused(said("{name}: encrypted members are not supported.", name=name))
    check_unpacked_size(
        members, name, max_total=MAX_TOTAL_BYTES, max_ratio=MAX_COMPRESSION_RATIO,
        refuse=PackageRefused,
    )  # fmt: skip
    if MANIFEST not in seen:
        raise PackageRefused(
            said("{name} is not a brdesk package (it has no manifest.json).", name=name)
        )
    raw = read_json_member(archive, MANIFEST, name, MAX_MANIFEST_BYTES, PackageRefused)
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise PackageRefused(
            said("{name} is not a brdesk package (its manifest says otherwise).", name=name)
        )
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackageRefused(said("{name}: its manifest has no valid format version.", name=name))
    if version > VERSION:
        raise PackageRefused(
            said(
                "{name} was written by a newer brdesk (package version {version}; "
                "this one reads up to {VERSION}). Update brdesk to import it.",
                name=name,
                version=version,
                VERSION=VERSION,
            )
        )
    files = raw.get("files")
    if not isinstance(files, dict):
        raise PackageRefused(said("{name}: its manifest does not list its files.", name=name))
    listed: dict[str, Member] = {}
    for member, entry in files.items():
        size = entry.get("size") if isinstance(entry, dict) else None
        digest = entry.get("sha256") if isinstance(entry, dict) else None
        if (
            not isinstance(size, int)
            or size < 0
            or not isinstance(digest, str)
            or not (_SHA256.match(digest))
        ):
            raise PackageRefused(
                said(
                    "{name}: its manifest's entry for '{v0}' is malformed.",
                    name=name,
                    v0=member[:80],
                )
            )
        if member not in seen:
            raise PackageRefused(
                said("{name}: '{v0}' is listed but missing.", name=name, v0=member[:80])
            )
        if archive.getinfo(member).file_size != size:
            raise PackageRefused(
                said("{name}: '{v0}' does not have the size listed.", name=name, v0=member[:80])
            )
        listed[member] = Member(size, digest)
    unlisted = sorted(seen - set(listed) - {MANIFEST})
    if unlisted:
        raise PackageRefused(
            said("{name}: '{v0}' is not listed in its manifest.", name=name, v0=unlisted[0][:80])
        )
    counts = raw.get("counts")
    for kind, count in counts.items() if isinstance(counts, dict) else ():
        if kind in KINDS and (isinstance(count, bool) or not isinstance(count, int) or count < 0):
            raise PackageRefused(
                said(
                    "{name}: its manifest counts {v0} {kind}, which no package holds.",
                    name=name,
                    v0=str(count)[:20],
                    kind=kind,
                )
            )
    selection = raw.get("selection")
    return Manifest(
        version=version,
        schema=str(raw.get("schema", "")),
        created_at=str(raw.get("created_at", "")),
        app=str(raw.get("app", "an unknown program")),
        selection=selection if isinstance(selection, dict) else {},
        counts={
            str(k): v for k, v in (counts.items() if isinstance(counts, dict) else ())
            if k in KINDS and isinstance(v, int)
        },
        files=listed,
    )  # fmt: skip
