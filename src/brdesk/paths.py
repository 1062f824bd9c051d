"""Where the user's data folder is, and what lives in it.

Order of precedence (DESIGN.md): --data-dir, then BRDESK_DATA_DIR, then portable
mode (portable.txt beside the frozen executable), then the platform's user data folder.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from brdesk.languages import marked, said

ENV_VAR = "BRDESK_DATA_DIR"
#: An office database server to keep the records on (issue 22), as --database-url.
DATABASE_URL_VAR = "BRDESK_DATABASE_URL"
PORTABLE_MARKER = "portable.txt"
PORTABLE_FOLDER = "brdesk-data"
DB_NAME = "brdesk.db"


@dataclass(frozen=True)
class DataDir:
    """The folder holding everything a user owns; with a database URL, the records are
    on that server (a reserve office's shared database, issue 22) and the folder keeps
    the rest (settings, logs, backups)."""

    root: Path
    database_url: str | None = None

    @property
    def on_server(self) -> bool:
        return self.database_url is not None

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.ini"


def portable_root(executable: str | None = None, frozen: bool | None = None) -> Path | None:
    """The portable data folder, if this is a frozen build with portable.txt beside it.

    Only frozen builds qualify: beside a source checkout's python.exe is nobody's stick.
    """
    folder = program_dir(executable, frozen)
    if folder is not None and (folder / PORTABLE_MARKER).is_file():
        return folder / PORTABLE_FOLDER
    return None


def program_dir(executable: str | None = None, frozen: bool | None = None) -> Path | None:
    """The folder a standalone build was unzipped as (None when run from Python): the
    executable's folder, or on macOS the folder holding brdesk.app (the executable is in
    brdesk.app/Contents/MacOS)."""
    if frozen is None:
        frozen = bool(getattr(sys, "frozen", False))
    if not frozen:
        return None
    folder = Path(executable or sys.executable).resolve().parent
    if folder.name == "MacOS" and folder.parent.name == "Contents":
        bundle = folder.parent.parent
        if bundle.suffix == ".app":
            return bundle.parent
    return folder


def default_user_root() -> Path:
    # platformdirs is imported here, not at module level, to keep `brdesk --version` instant.
    from platformdirs import user_data_dir

    from brdesk import APP_NAME, ORG_NAME

    return Path(user_data_dir(APP_NAME, ORG_NAME, roaming=True))


def resolve_data_dir(
    cli_value: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
    executable: str | None = None,
    frozen: bool | None = None,
) -> DataDir:
    env = os.environ if environ is None else environ
    if cli_value:
        return DataDir(Path(cli_value).expanduser().absolute())
    if env.get(ENV_VAR):
        return DataDir(Path(env[ENV_VAR]).expanduser().absolute())
    portable = portable_root(executable, frozen)
    if portable is not None:
        return DataDir(portable)
    return DataDir(default_user_root())


def ensure_data_dir(data_dir: DataDir) -> None:
    """Create the folder and its sub-folders, with a clear message when the medium refuses."""
    from brdesk.errors import DataFolderError

    try:
        for folder in (data_dir.root, data_dir.attachments, data_dir.backups, data_dir.logs):
            folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataFolderError(
            said(
                "Cannot create the data folder {root}: {problem}. Choose another folder with "
                "--data-dir, or check that the disk is writable.",
                root=data_dir.root,
                problem=exc.strerror or str(exc),
            )
        ) from exc


#: Names Windows keeps for devices, whatever follows the first dot ("con.txt" included).
WINDOWS_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{d}{n}" for d in ("COM", "LPT") for n in range(1, 10)]
)
WINDOWS_FORBIDDEN = set('<>:"/\\|?*')
#: Windows' MAX_PATH less the terminating character: longer paths need the \\?\ form.
WINDOWS_MAX_PATH = 259


def windows_name_problem(name: str) -> str | None:
    """Why Windows would refuse `name` as a file or folder name (files written here travel
    on sticks to Windows laptops), or None."""
    if not name or name in (".", ".."):
        return marked("a file needs a name")
    if name[-1] in ". ":
        return said("'{name}' ends with a dot or a space, which Windows drops or refuses",
                    name=name)  # fmt: skip
    bad = sorted({c for c in name if c in WINDOWS_FORBIDDEN or ord(c) < 32})
    if bad:
        shown = " ".join(repr(c)[1:-1] if ord(c) < 32 else c for c in bad)
        return said("'{name}' holds characters Windows does not allow in names ({shown})",
                    name=name, shown=shown)  # fmt: skip
    if name.split(".")[0].rstrip(" ").upper() in WINDOWS_DEVICES:
        return said("'{name}' is a name Windows keeps for a device ({device})",
                    name=name, device=name.split(".")[0].upper())  # fmt: skip
    if len(name) > 255:
        return said("'{start}…' is longer than the 255 characters a name may have",
                    start=name[:40])  # fmt: skip
    return None


def file_stem(text: str, limit: int = 60) -> str:
    """text as part of a file name any system accepts: the characters Windows refuses
    left out, letters of every script kept (a Chinese title stays Chinese)."""
    kept = "".join(c for c in text if c not in WINDOWS_FORBIDDEN and ord(c) >= 32)
    return kept[:limit].strip(" .")


def long_path(path: Path, platform: str = sys.platform) -> str:
    r"""The path as the system must be given it: on Windows, one longer than MAX_PATH in
    its extended form (\\?\C:\... or \\?\UNC\server\...), which has no such limit."""
    text = str(path)
    if platform != "win32" or len(text) <= WINDOWS_MAX_PATH or text.startswith("\\\\?\\"):
        return text
    absolute = os.path.abspath(text) if platform == sys.platform else text
    if absolute.startswith("\\\\"):
        return "\\\\?\\UNC\\" + absolute[2:]
    return "\\\\?\\" + absolute


def free_name(path: Path) -> Path:
    """path, or the first of 'name (2).ext', 'name (3).ext'… that does not exist yet."""
    if not path.exists():
        return path
    n = 2
    while (candidate := path.with_name(f"{path.stem} ({n}){path.suffix}")).exists():
        n += 1
    return candidate
