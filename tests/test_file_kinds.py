"""Attachments are what their names say: told by content, not by name."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document
from openpyxl import Workbook

from brdesk.errors import ValidationError
from brdesk.exchange.file_kinds import problem
from brdesk.services.attachments import AttachmentService
from brdesk.services.followup import FollowupService
from brdesk.services.store import Store


def _docx() -> bytes:
    buffer = io.BytesIO()
    Document().save(buffer)
    return buffer.getvalue()


def _xlsx() -> bytes:
    buffer = io.BytesIO()
    Workbook().save(buffer)
    return buffer.getvalue()


def _odt() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


KEPT = {
    "scan.JPG": b"\xff\xd8\xff\xe0\x00\x10JFIF" + b"\x00" * 64,
    "map.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
    "pass.tif": b"II*\x00" + b"\x00" * 64,
    "phone.heic": b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64,
    "leaf.webp": b"RIFF\x00\x00\x00\x00WEBPVP8 " + b"\x00" * 64,
    "visa.pdf": b"%PDF-1.7\n" + b"\x00" * 64,
    "letter.docx": _docx(),
    "budget.xlsx": _xlsx(),
    "minutes.odt": _odt(),
    "old.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64,
    "notes.txt": "Кабарга seen at dawn, 3 individuals\n".encode(),
    "counts.csv": b"date;count\r\n2025-10-01;3\r\n",
}

REFUSED = {
    "visa.jpg": (b"\x7fELF\x02\x01\x01" + b"\x00" * 64, "Linux program"),
    "photo.png": (b"MZ\x90\x00" + b"\x00" * 64, "Windows program"),
    "run.txt": (b"#!/bin/sh\nrm -rf ~\n", "a script"),
    "setup.exe": (b"\xff\xd8\xff" + b"\x00" * 64, "keeps only"),
    "aux.lnk": (b"L\x00\x00\x00", "keeps only"),
    "page.html": (b"<html></html>", "keeps only"),
    "scan.pdf": (b"\xff\xd8\xff" + b"\x00" * 64, "is not a PDF document"),
    "fake.docx": (b"PK\x03\x04" + b"\x00" * 64, "is not an Office document"),
    "jar.docx": (_odt(), "is not an Office document"),
    "bin.txt": (b"text\x00\x01\x02binary", "is not a text"),
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_what_brdesk_keeps(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(KEPT[name])
    assert problem(path) is None


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_what_brdesk_refuses(tmp_path: Path, name: str) -> None:
    content, said = REFUSED[name]
    path = tmp_path / name
    path.write_bytes(content)
    found = problem(path)
    assert found is not None and said in found and found.startswith(name)


def test_attaching_a_program_changes_nothing(demo_store: Store, tmp_path: Path) -> None:
    program = tmp_path / "visa scan.jpg"
    program.write_bytes(REFUSED["visa.jpg"][0])
    item = FollowupService(demo_store).list()[0]
    service = AttachmentService(demo_store)
    with pytest.raises(ValidationError, match="Linux program"):
        service.add(program, followup_item_id=item.id)
    assert service.list_for() == []
    folder = demo_store.data_dir.attachments
    assert not folder.exists() or not any(folder.iterdir())


def test_a_program_already_in_the_folder_is_not_opened(demo_store: Store, tmp_path: Path) -> None:
    """An attachment kept by an older brdesk, or swapped in the folder by hand, is checked
    again before it is handed to the system to open."""
    scan = tmp_path / "visa.pdf"
    scan.write_bytes(KEPT["visa.pdf"])
    item = FollowupService(demo_store).list()[0]
    service = AttachmentService(demo_store)
    kept = service.add(scan, followup_item_id=item.id)
    assert service.why_not_open(kept) is None
    service.path_of(kept).write_bytes(b"MZ\x90\x00" + b"\x00" * 64)
    refused = service.why_not_open(kept)
    assert refused is not None and "Windows program" in refused
