"""atomic_path: complete or absent, and a failure blamed on what failed."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from brdesk.errors import BrdeskError
from brdesk.exchange.atomic import atomic_path


def test_written_whole_or_not_at_all(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    with atomic_path(target) as temp:
        temp.write_text("done")
    assert target.read_text() == "done"
    with pytest.raises(RuntimeError), atomic_path(target) as temp:
        temp.write_text("half")
        raise RuntimeError
    assert target.read_text() == "done" and sorted(tmp_path.iterdir()) == [target]


def test_a_missing_input_is_not_blamed_on_the_output(tmp_path: Path) -> None:
    with pytest.raises(BrdeskError) as failed, atomic_path(tmp_path / "report.docx"):
        (tmp_path / "templates" / "header.xml").read_text()
    message = str(failed.value)
    assert "header.xml could not be used" in message and "report.docx" in message


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (
            errno.ENOSPC,
            "Cannot write out.csv: the disk holding .* filled up while brdesk was "
            "writing.*Free some space and try again. Nothing was changed.",
        ),
        (errno.EROFS, "Cannot write out.csv: the disk holding .* is read-only"),
        (errno.EACCES, "Cannot write out.csv: you are not allowed to change files in"),
    ],
)
def test_full_and_read_only_disks_are_said_plainly(tmp_path: Path, code: int, words: str) -> None:
    target = tmp_path / "out.csv"
    with pytest.raises(BrdeskError, match=words), atomic_path(target) as temp:
        raise OSError(code, "simulated", str(temp))
    assert not target.exists() and not list(tmp_path.iterdir())
