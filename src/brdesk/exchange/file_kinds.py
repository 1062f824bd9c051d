"""What a file is, told by its first bytes rather than its name, and whether brdesk keeps it.

Attachments are pictures, PDFs and office documents: what a participant scans, photographs
or writes. A file is kept only when its content is the kind its name says (an executable
renamed `visa.jpg` is refused, and so is a `.exe`), because an attachment may later be
opened with a double-click, here or on the laptop a package travels to.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from brdesk.languages import marked, said

#: Opens the content to look at, for one reading.
Opener = Callable[[], IO[bytes]]

#: Each kind brdesk keeps: the name endings it goes by, and how its content begins.
KINDS: dict[str, tuple[tuple[str, ...], tuple[bytes, ...]]] = {
    marked("JPEG picture"): ((".jpg", ".jpeg", ".jpe"), (b"\xff\xd8\xff",)),
    marked("PNG picture"): ((".png",), (b"\x89PNG\r\n\x1a\n",)),
    marked("GIF picture"): ((".gif",), (b"GIF87a", b"GIF89a")),
    marked("TIFF picture"): ((".tif", ".tiff"), (b"II*\x00", b"MM\x00*")),
    marked("WebP picture"): ((".webp",), (b"RIFF",)),
    marked("HEIC picture"): ((".heic", ".heif"), ()),  # an ISO box: checked below
    marked("PDF document"): ((".pdf",), (b"%PDF-",)),
    marked("Office document"): ((".docx", ".xlsx", ".pptx"), (b"PK\x03\x04",)),
    marked("OpenDocument"): ((".odt", ".ods", ".odp"), (b"PK\x03\x04",)),
    marked("older Office document"): (
        (".doc", ".xls", ".ppt"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
    ),
    marked("RTF document"): ((".rtf",), (b"{\\rtf",)),
    marked("text"): ((".txt", ".csv"), ()),  # any text without control characters
}

#: How programs begin: named in the refusal, whatever the file is called.
PROGRAMS = {
    b"\x7fELF": marked("a Linux program (ELF)"),
    b"MZ": marked("a Windows program"),
    b"\xcf\xfa\xed\xfe": marked("a macOS program"),
    b"\xce\xfa\xed\xfe": marked("a macOS program"),
    b"\xca\xfe\xba\xbe": marked("a macOS or Java program"),
    b"#!": marked("a script"),
}

SUFFIXES = frozenset(s for suffixes, _ in KINDS.values() for s in suffixes)
HEAD_BYTES = 4096


def allowed_text() -> str:
    """The kinds kept, for messages: 'pictures, PDFs, office documents and plain text (.csv,
    .doc, …)'."""
    return said("pictures, PDFs, office documents and plain text ({suffixes})",
                suffixes=", ".join(sorted(SUFFIXES)))  # fmt: skip


def problem(path: Path, name: str | None = None) -> str | None:
    """Why the file at `path`, called `name` (its own name by default), is not kept as an
    attachment; None when it is the kind its name says."""
    return problem_of(lambda: open(path, "rb"), name or path.name)


def problem_of(opener: Opener, name: str) -> str | None:
    """The same for content read through `opener` (a package's member, read where it is:
    a dry run copies nothing to check it)."""
    suffix = Path(name).suffix.lower()
    try:
        with opener() as fh:
            head = fh.read(HEAD_BYTES)
    except OSError as exc:
        return said("{name} cannot be read ({problem})", name=name,
                    problem=exc.strerror or str(exc))  # fmt: skip
    for magic, program in PROGRAMS.items():
        if head.startswith(magic):
            return said("{name} is {program}, not a document or a picture", name=name,
                        program=program)  # fmt: skip
    kind = next((k for k, (suffixes, _) in KINDS.items() if suffix in suffixes), None)
    if kind is None:
        return said("{name}: brdesk keeps only {allowed}", name=name, allowed=allowed_text())
    if not _is(kind, head, opener):
        if kind[0].lower() in "aeiou":  # English's article; a translation has its own
            return said("{name} is not an {kind}, though its name says so", name=name, kind=kind)
        return said("{name} is not a {kind}, though its name says so", name=name, kind=kind)
    return None


def _is(kind: str, head: bytes, opener: Opener) -> bool:
    _, magics = KINDS[kind]
    if kind == "HEIC picture":
        return head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1")
    if kind == "WebP picture":
        return head.startswith(b"RIFF") and head[8:12] == b"WEBP"
    if kind == "text":
        return _is_text(head)
    if not head.startswith(magics):
        return False
    if kind == "Office document":
        return _zip_has(opener, lambda names, _z: "[Content_Types].xml" in names)
    if kind == "OpenDocument":
        return _zip_has(
            opener,
            lambda names, z: (
                "mimetype" in names
                and z.read("mimetype")[:64].startswith(b"application/vnd.oasis.opendocument")
            ),
        )
    return True


def _is_text(head: bytes) -> bool:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not merely a character cut at the end of the head
            try:
                text = head.decode("cp1252")
            except UnicodeDecodeError:
                return False
        else:
            text = head[: exc.start].decode("utf-8")
    return not any(ord(c) < 32 and c not in "\t\r\n\f" for c in text)


def _zip_has(opener: Opener, test: Callable[[set[str], zipfile.ZipFile], bool]) -> bool:
    try:
        with opener() as fh, zipfile.ZipFile(fh) as archive:
            return test(set(archive.namelist()), archive)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return False
