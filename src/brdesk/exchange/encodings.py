"""Which text encoding a CSV is in: UTF-8 (with or without BOM) and UTF-16 told by their
bytes; a legacy one (cp1252, cp1251, GB18030, Shift-JIS...) detected from the lines that
hold non-ASCII bytes anywhere in the file, and stated in the preview so the user can
change it. Never a silent guess: a file that does not read in the chosen encoding is
refused naming the line."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import IO

from brdesk.errors import BrdeskError
from brdesk.languages import marked, said

#: Opens a file's (or an archive member's) bytes for one pass.
Opener = Callable[[], AbstractContextManager[IO[bytes]]]


#: Among legacy encodings that read a file equally well, the one Excel on most Windows
#: computers writes "CSV" in comes first (charset-normalizer cannot tell cp1252 from
#: cp1250 on French text, and would turn "Espèce" into "Espčce").
PREFERRED = ("cp1252", "cp1251", "gb18030", "cp932", "big5", "cp949", "cp1250")


#: Above this share of odd characters the detected encoding is a guess: refuse instead.
MAX_CHAOS = 0.2


#: Bytes read at a time when checking an encoding, and the most kept for detecting one.
SCAN_CHUNK = 2**20


DETECT_SAMPLE = 256 * 1024


def choose_encoding(opener: Opener, name: str, encoding: str | None = None) -> str:
    """The encoding the whole file reads in: the one asked for, a BOM's, UTF-8, or a
    legacy encoding detected by charset-normalizer. One pass over the bytes (two for a
    legacy file). A UTF-8 file with a bad byte, a file whose encoding cannot be told, and
    a file the chosen encoding cannot read are refused with a message naming the line."""
    if encoding is not None:
        _check_reads_as(opener, name, encoding)
        return encoding
    with opener() as stream:
        start = stream.read(4)
    if start.startswith(b"\xef\xbb\xbf"):
        _check_reads_as(opener, name, "utf-8-sig")
        return "utf-8-sig"
    if start.startswith((b"\xff\xfe", b"\xfe\xff")):
        _check_reads_as(opener, name, "utf-16")
        return "utf-16"
    first_bad = _first_undecodable(opener, "utf-8")
    if first_bad is None:
        return "utf-8"
    good, bad, sample = _utf8_census(opener)
    # Valid UTF-8 around a few bad bytes: a damaged file, or two encodings mixed. Decoding
    # it as something else would turn every other non-ASCII letter into nonsense (GB18030
    # or Shift-JIS text forms a valid UTF-8 sequence now and then, but mostly not).
    if good > 0 and bad <= max(3, good // 100):
        offset, byte = first_bad
        raise BrdeskError(
            said(
                "{name}, line {v0}: byte 0x{byte:02X} is not UTF-8, though the "
                "rest of the file is. The file is damaged or mixes encodings: open "
                "it in a spreadsheet and save it again as CSV UTF-8. Nothing was "
                "imported.",
                name=name,
                v0=_line_of(opener, offset),
                byte=byte,
            )
        )
    detected = _detect_legacy(sample, name)
    _check_reads_as(opener, name, detected)
    return detected


def _check_reads_as(opener: Opener, name: str, encoding: str) -> None:
    try:
        first_bad = _first_undecodable(opener, encoding)
    except LookupError:
        raise BrdeskError(
            said("'{encoding}' is not an encoding brdesk knows.", encoding=encoding)
        ) from None
    if first_bad is not None:
        offset, byte = first_bad
        raise BrdeskError(
            said(
                "{name}, line {v0}: byte 0x{byte:02X} cannot be read as "
                "{encoding}. Choose another encoding, or save the file as CSV "
                "UTF-8.",
                name=name,
                v0=_line_of(opener, offset),
                byte=byte,
                encoding=encoding,
            )
        )


def _first_undecodable(opener: Opener, encoding: str) -> tuple[int, int] | None:
    """(offset, byte) of the first byte the encoding cannot read, or None."""
    decoder = codecs.getincrementaldecoder(encoding)()
    offset = 0
    with opener() as stream:
        while True:
            chunk = stream.read(SCAN_CHUNK)
            pending = len(decoder.getstate()[0])
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                at = offset - pending + exc.start
                data = exc.object
                return at, data[exc.start] if exc.start < len(data) else 0
            if not chunk:
                return None
            offset += len(chunk)


def _utf8_census(opener: Opener) -> tuple[int, int, bytes]:
    """Non-ASCII letters read as UTF-8 (good), bytes that are not UTF-8 (bad), and a
    sample of the lines holding non-ASCII bytes, for detecting a legacy encoding."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    good = bad = 0
    sample: list[bytes] = []
    kept = 0
    carried = b""  # a line the chunk cut, completed by the next
    with opener() as stream:
        while True:
            chunk = stream.read(SCAN_CHUNK)
            text = decoder.decode(chunk, final=not chunk)
            replaced = text.count("\ufffd")
            bad += replaced
            good += len(text) - len(text.encode("ascii", "ignore")) - replaced
            if kept < DETECT_SAMPLE:
                lines = (carried + chunk).split(b"\n")
                carried = lines.pop() if chunk else b""
                if len(carried) > DETECT_SAMPLE:  # no line breaks: judge what there is
                    lines.append(carried)
                    carried = b""
                for line in lines:
                    if not line.isascii():
                        sample.append(line)
                        kept += len(line) + 1
            if not chunk:
                return good, bad, b"\n".join(sample)[:DETECT_SAMPLE]


def _line_of(opener: Opener, offset: int) -> int:
    lines, done = 1, 0
    with opener() as stream:
        while done < offset:
            chunk = stream.read(min(SCAN_CHUNK, offset - done))
            if not chunk:
                break
            lines += chunk.count(b"\n")
            done += len(chunk)
    return lines


def _detect_legacy(sample: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    results = list(from_bytes(sample))
    usable = [r for r in results if r.chaos <= MAX_CHAOS]
    if not usable:
        raise BrdeskError(
            said(
                "{name}: the file is not UTF-8, and its encoding cannot be told "
                "for sure. Save it as CSV UTF-8 in your spreadsheet, or name the "
                "encoding (--encoding, or the Encoding list of the import window). "
                "Nothing was imported.",
                name=name,
            )
        )
    least = min(r.chaos for r in usable)
    tied = [r for r in usable if r.chaos <= least + 0.01]

    def rank(result: object) -> int:
        encoding = str(result.encoding)  # type: ignore[attr-defined]
        return PREFERRED.index(encoding) if encoding in PREFERRED else len(PREFERRED)

    return str(min(tied, key=rank).encoding)


#: Encodings a user may choose for a CSV (the ANSI code pages of the participants'
#: Windows, and the Unicode ones).
CHOOSABLE = (
    ("utf-8", "UTF-8"),
    ("cp1252", marked("Western European (cp1252)")),
    ("cp1250", marked("Central European (cp1250)")),
    ("cp1251", marked("Cyrillic (cp1251)")),
    ("koi8-r", marked("Cyrillic (KOI8-R)")),
    ("cp1254", marked("Turkish (cp1254)")),
    ("cp1256", marked("Arabic (cp1256)")),
    ("gb18030", marked("Chinese, simplified (GB18030)")),
    ("big5", marked("Chinese, traditional (Big5)")),
    ("cp932", marked("Japanese (Shift-JIS)")),
    ("cp949", marked("Korean (cp949)")),
    ("cp874", marked("Thai (cp874)")),
    ("utf-16", "UTF-16"),
)
