"""Tables inside ZIP archives, as field tools and GBIF hand them out:

- a Darwin Core Archive (a GBIF download, an IPT export, brdesk's own): the core file that
  its meta.xml names, split and quoted as meta.xml says, with the terms as column names;
- an ODK Central export (form.csv.zip): the main table (the one without a PARENT_KEY);
  repeat tables and media are named in the preview as left out;
- any other ZIP holding exactly one table.

Every archive is checked against zip bombs before a byte is unpacked, and members are
read by name as streams, never written to disk.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from brdesk.errors import BrdeskError
from brdesk.exchange.readers import Table, member_opener, read_csv
from brdesk.exchange.zip_limits import check_unpacked_size
from brdesk.languages import said

MAX_UNPACKED = 2**30
MAX_RATIO = 100
TABLE_SUFFIXES = (".csv", ".txt", ".tsv")


def read_archive_table(path: Path, encoding: str | None = None) -> Table:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            check_unpacked_size(members, path.name, max_total=MAX_UNPACKED, max_ratio=MAX_RATIO)
            names = [m.filename for m in members if not m.is_dir()]
            if "meta.xml" in names:
                return _darwin_core(path, archive, names, encoding)
            return _single_or_main_table(path, archive, names, encoding)
    except (zipfile.BadZipFile, OSError) as exc:
        raise BrdeskError(
            said("{name} cannot be opened as a ZIP archive ({exc}).", name=path.name, exc=exc)
        ) from None


def _darwin_core(
    path: Path, archive: zipfile.ZipFile, names: list[str], encoding: str | None
) -> Table:
    from brdesk.exchange.gps_files import parse_xml

    meta = parse_xml(archive.read("meta.xml"), f"{path.name}: meta.xml")
    core = next((e for e in meta if e.tag.rsplit("}", 1)[-1] == "core"), None)
    if core is None:
        raise BrdeskError(said("{name}: meta.xml names no core file.", name=path.name))
    location = next((e.text or "" for e in core.iter() if e.tag.endswith("location")), "")
    if location not in names:
        raise BrdeskError(
            said(
                "{name}: meta.xml names '{location}', which is not inside.",
                name=path.name,
                location=location,
            )
        )
    delimiter = _unescape(core.get("fieldsTerminatedBy", ",")) or ","
    given = encoding or core.get("encoding") or None
    label = f"{path.name}: {location}"
    header_lines = int(core.get("ignoreHeaderLines", "1"))
    table = read_csv(
        path, label, member_opener(path, location), _codec(given), delimiter,
        header_lines=max(0, header_lines),
    )  # fmt: skip
    # Columns by the terms meta.xml gives them (a header row may abbreviate or lack them).
    terms = {
        int(field.get("index", -1)): field.get("term", "").rsplit("/", 1)[-1]
        for field in core
        if field.tag.endswith("field") and field.get("index") is not None
    }
    # With no header line (ignoreHeaderLines="0") the first line is a record, read with
    # the others, and the terms alone name the columns.
    table.headers = [terms.get(i, h) for i, h in enumerate(table.headers)]
    table.member = location
    table.left_out = [n for n in names if n not in (location, "meta.xml", "eml.xml")]
    return table


def _single_or_main_table(
    path: Path, archive: zipfile.ZipFile, names: list[str], encoding: str | None
) -> Table:
    tables = [n for n in names if n.lower().endswith(TABLE_SUFFIXES)]
    if not tables:
        raise BrdeskError(
            said("{name} holds no table (no .csv or .txt file inside).", name=path.name)
        )
    parsed = {
        name: read_csv(path, f"{path.name}: {name}", member_opener(path, name), encoding)
        for name in tables
    }
    # ODK Central: repeat tables carry a PARENT_KEY column; the main table does not.
    main = [n for n, t in parsed.items() if "PARENT_KEY" not in t.headers]
    if len(main) != 1:
        listed = ", ".join(tables[:6])
        raise BrdeskError(
            said(
                "{name} holds several tables ({listed}): unzip it and import the one you want.",
                name=path.name,
                listed=listed,
            )
        )
    table = parsed[main[0]]
    table.member = main[0]
    table.media = media_members(names)
    table.left_out = [n for n in names if n != main[0]]
    return table


#: What a photo, audio or video answer of a form may be saved as.
MEDIA_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".webp", ".gif", ".tif", ".tiff",
                  ".mp3", ".m4a", ".ogg", ".amr", ".wav", ".mp4", ".3gp")  # fmt: skip


def media_members(names: list[str]) -> dict[str, str]:
    """The archive's media files by their file name, as a form's cell names them (ODK
    Central puts them in media/)."""
    return {
        name.rsplit("/", 1)[-1]: name
        for name in names
        if name.lower().startswith("media/") and name.lower().endswith(MEDIA_SUFFIXES)
    }


def _unescape(text: str) -> str:
    return text.replace("\\t", "\t").replace("\\n", "\n")


def _codec(name: str | None) -> str | None:
    """meta.xml says "UTF-8"; Python's codecs take that and the rest as they are."""
    return None if name is None or name.upper() in ("UTF-8", "UTF8") else name
