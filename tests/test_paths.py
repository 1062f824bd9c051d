from pathlib import Path

from brdesk.paths import PORTABLE_FOLDER, PORTABLE_MARKER, resolve_data_dir


def test_command_line_wins_over_everything(tmp_path: Path) -> None:
    env = {"BRDESK_DATA_DIR": str(tmp_path / "from-env")}
    chosen = resolve_data_dir(tmp_path / "from-cli", environ=env, frozen=False)
    assert chosen.root == tmp_path / "from-cli"


def test_environment_variable_comes_next(tmp_path: Path) -> None:
    env = {"BRDESK_DATA_DIR": str(tmp_path / "from-env")}
    assert resolve_data_dir(None, environ=env, frozen=False).root == tmp_path / "from-env"


def test_portable_mode_keeps_data_beside_a_frozen_executable(tmp_path: Path) -> None:
    exe = tmp_path / "stick" / "brdesk.exe"
    exe.parent.mkdir()
    exe.write_bytes(b"")
    (exe.parent / PORTABLE_MARKER).write_text("portable\n")
    chosen = resolve_data_dir(None, environ={}, executable=str(exe), frozen=True)
    assert chosen.root == exe.parent.resolve() / PORTABLE_FOLDER
    assert chosen.db_path == exe.parent.resolve() / PORTABLE_FOLDER / "brdesk.db"


def test_portable_marker_is_ignored_outside_a_frozen_build(tmp_path: Path) -> None:
    exe = tmp_path / "python"
    exe.write_bytes(b"")
    (tmp_path / PORTABLE_MARKER).write_text("")
    chosen = resolve_data_dir(None, environ={}, executable=str(exe), frozen=False)
    assert PORTABLE_FOLDER not in chosen.root.parts


def test_without_marker_a_frozen_build_uses_the_user_data_folder(tmp_path: Path) -> None:
    exe = tmp_path / "brdesk.exe"
    exe.write_bytes(b"")
    chosen = resolve_data_dir(None, environ={}, executable=str(exe), frozen=True)
    assert "brdesk" in str(chosen.root)
    assert not str(chosen.root).startswith(str(tmp_path))


def test_data_folder_layout() -> None:
    d = resolve_data_dir("/x/y", environ={})
    assert d.db_path.name == "brdesk.db"
    assert {d.attachments.name, d.backups.name, d.logs.name} == {"attachments", "backups", "logs"}
    assert d.settings_file.name == "settings.ini"
