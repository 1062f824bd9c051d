"""Backup archives: the database and every attachment in one ZIP, to carry away; and
unpacking one (a hostile file until checked: members, sizes and names are verified first)."""

from __future__ import annotations

import json
import logging
import re
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from brdesk import leftovers
from brdesk.db.backup import online_copy
from brdesk.db.state import connect_read_only
from brdesk.errors import BackupRefused, DataFolderError
from brdesk.exchange.zip_limits import check_unpacked_size
from brdesk.languages import said
from brdesk.media import explain_write
from brdesk.paths import DataDir

log = logging.getLogger(__name__)


ARCHIVE_FORMAT = "brdesk-backup"

ARCHIVE_VERSION = 1

ARCHIVE_DB = "brdesk.db"

ARCHIVE_MANIFEST = "manifest.json"

#: An archive's members are unpacked only up to these sizes (a zip bomb is refused).
MAX_ARCHIVE_DB_BYTES = 8 * 2**30

MAX_ARCHIVE_TOTAL_BYTES = 64 * 2**30

MAX_COMPRESSION_RATIO = 200

_PLAIN_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")


def write_archive(data_dir: DataDir, out: Path) -> Path:
    """The database and every attachment, in one ZIP: a backup to carry away."""
    from brdesk.exchange.atomic import atomic_path

    if not data_dir.db_path.is_file():
        raise DataFolderError(
            said("There is no database in {root} to back up.", root=data_dir.root)
        )
    with _work_folder(data_dir, out) as tmp:
        db_copy = online_copy(data_dir.db_path, Path(tmp) / ARCHIVE_DB)
        names = _attachment_names(db_copy)
        files = [data_dir.attachments / n for n in names if (data_dir.attachments / n).is_file()]
        manifest = {
            "format": ARCHIVE_FORMAT,
            "version": ARCHIVE_VERSION,
            "taken_at": datetime.now().isoformat(timespec="seconds"),
            "attachments": len(files),
            "missing_attachments": sorted(set(names) - {f.name for f in files}),
        }
        try:
            with atomic_path(out) as temp, zipfile.ZipFile(temp, "w") as archive:
                archive.writestr(ARCHIVE_MANIFEST, json.dumps(manifest, indent=1))
                archive.write(db_copy, ARCHIVE_DB, compress_type=zipfile.ZIP_DEFLATED)
                for path in files:
                    # Photos and PDFs are compressed already: stored as they are.
                    archive.write(path, f"attachments/{path.name}", zipfile.ZIP_STORED)
        except OSError as exc:
            raise DataFolderError(
                explain_write(exc, out.parent, said("write {name}", name=out.name))
            ) from exc
    return out


def _checked_members(archive: zipfile.ZipFile, source: Path) -> list[zipfile.ZipInfo]:
    """Refuse what a backup archive never holds: other names, paths out of the folder,
    absurd sizes or compression ratios."""
    members = archive.infolist()
    for info in members:
        name = info.filename
        attachment = name.startswith("attachments/") and _PLAIN_NAME.match(name[12:])
        if name not in (ARCHIVE_DB, ARCHIVE_MANIFEST) and not attachment:
            raise BackupRefused(
                said(
                    "{name} is not a brdesk backup: it holds '{v0}'.",
                    name=source.name,
                    v0=name[:80],
                )
            )
        if info.flag_bits & 0x1:
            raise BackupRefused(
                said("{name}: encrypted members are not supported.", name=source.name)
            )
    check_unpacked_size(
        members, source.name, max_total=MAX_ARCHIVE_TOTAL_BYTES,
        max_ratio=MAX_COMPRESSION_RATIO, refuse=BackupRefused,
    )  # fmt: skip
    return members


def _unpack_database(source: Path, into: Path) -> tuple[Path, dict[str, object]]:
    try:
        with zipfile.ZipFile(source) as archive:
            members = {i.filename: i for i in _checked_members(archive, source)}
            if ARCHIVE_MANIFEST not in members or ARCHIVE_DB not in members:
                raise BackupRefused(
                    said("{name} is not a brdesk backup archive.", name=source.name)
                )
            if members[ARCHIVE_MANIFEST].file_size > 2**20:
                raise BackupRefused(said("{name}: its manifest is too large.", name=source.name))
            try:
                manifest = json.loads(archive.read(ARCHIVE_MANIFEST))
            except (ValueError, RecursionError) as exc:
                raise BackupRefused(
                    said("{name}: its manifest is not JSON ({exc}).", name=source.name, exc=exc)
                ) from None
            if not isinstance(manifest, dict) or manifest.get("format") != ARCHIVE_FORMAT:
                raise BackupRefused(
                    said("{name} is not a brdesk backup archive.", name=source.name)
                )
            version = manifest.get("version")
            if not isinstance(version, int) or version > ARCHIVE_VERSION:
                raise BackupRefused(
                    said(
                        "{name} was written by a newer brdesk (archive version {v0!r}): "
                        "update brdesk to restore it.",
                        name=source.name,
                        v0=manifest.get("version"),
                    )
                )
            if members[ARCHIVE_DB].file_size > MAX_ARCHIVE_DB_BYTES:
                raise BackupRefused(
                    said("{name}: its database is impossibly large.", name=source.name)
                )
            into.mkdir(parents=True, exist_ok=True)
            target = into / ARCHIVE_DB
            _extract(archive, members[ARCHIVE_DB], target)
            return target, manifest
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise BackupRefused(
            said("{name} cannot be read as a backup archive ({exc}).", name=source.name, exc=exc)
        ) from exc


def _unpack_attachments(source: Path, into: Path) -> list[Path]:
    into.mkdir(parents=True, exist_ok=True)
    out = []
    with zipfile.ZipFile(source) as archive:
        for info in _checked_members(archive, source):
            if info.filename.startswith("attachments/"):
                target = into / info.filename[len("attachments/") :]
                _extract(archive, info, target)
                out.append(target)
    return out


def _extract(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path) -> None:
    """Copy one member out, never more bytes than it declares (a lying header is refused)."""
    written = 0
    with archive.open(info) as src, open(target, "wb") as dst:
        while chunk := src.read(1 << 20):
            written += len(chunk)
            if written > info.file_size:
                raise BackupRefused(
                    said("'{v0}' is larger than it claims; refused.", v0=info.filename[:80])
                )
            dst.write(chunk)


def _attachment_names(db: Path) -> list[str]:
    conn = connect_read_only(db)
    try:
        return [str(r[0]) for r in conn.execute("SELECT stored_name FROM attachment")]
    finally:
        conn.close()


def _manifest_time(manifest: dict[str, object]) -> datetime | None:
    try:
        return datetime.fromisoformat(str(manifest.get("taken_at")))
    except ValueError:
        return None


def _scratch_dir(data_dir: DataDir, kind: str) -> tempfile.TemporaryDirectory[str]:
    """Restores and archives are assembled in the data folder's scratch/: on the disk whose
    free space they need, and swept at the next start if a crash cuts them short (a killed
    archive once left 1.7 GB in the system's temporary folder)."""
    from brdesk.services.import_staging import scratch_folder

    folder = scratch_folder(data_dir.root)
    return tempfile.TemporaryDirectory(prefix=leftovers.scratch_prefix(kind), dir=folder)


def _work_folder(data_dir: DataDir, out: Path) -> tempfile.TemporaryDirectory[str]:
    """Where an archive is assembled: scratch/, or, when the data folder cannot be written
    (an archive of a read-only stick), a hidden folder beside the archive itself."""
    try:
        return _scratch_dir(data_dir, "archive-")
    except OSError:
        return tempfile.TemporaryDirectory(prefix=".brdesk-archive-", dir=out.parent)
