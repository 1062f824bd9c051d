from pathlib import Path

from brdesk.paths import PORTABLE_FOLDER, PORTABLE_MARKER, program_dir, resolve_data_dir


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


def test_portable_mode_on_macos_keeps_data_beside_the_app(tmp_path: Path) -> None:
    """The executable is inside brdesk.app/Contents/MacOS: the data goes beside the .app,
    never inside the bundle (macOS may run it from a read-only copy)."""
    exe = tmp_path / "brdesk" / "brdesk.app" / "Contents" / "MacOS" / "brdesk"
    exe.parent.mkdir(parents=True)
    exe.write_text("")
    (tmp_path / "brdesk" / PORTABLE_MARKER).write_text("portable\n")
    found = resolve_data_dir(environ={}, executable=str(exe), frozen=True)
    assert found.root == (tmp_path / "brdesk" / "brdesk-data").resolve()
    assert program_dir(str(exe), frozen=True) == (tmp_path / "brdesk").resolve()
    assert program_dir(str(exe), frozen=False) is None


def test_windows_version_numbers_of_any_version() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "version_numbers", Path(__file__).resolve().parents[1] / "packaging" / "version_numbers.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    numbers = module.windows_numbers
    assert numbers("0.1.0") == (0, 1, 0, 0)
    assert numbers("0.2.0rc1") == (0, 2, 0, 0)  # crashed the spec before: int("0rc1")
    assert numbers("1.0.dev3") == (1, 0, 0, 0)
    assert numbers("0.2+stick") == (0, 2, 0, 0)
    assert numbers("1.2.3.4.5") == (1, 2, 3, 4)
    assert numbers("weird") == (0, 0, 0, 0)


def test_a_title_becomes_a_file_name_any_system_accepts() -> None:
    from brdesk.paths import file_stem

    assert file_stem('Herders: read/the "plots"?') == "Herders readthe plots"
    assert file_stem("牧民读取样地") == "牧民读取样地"  # letters of every script kept
    assert file_stem("x" * 100) == "x" * 60
    assert file_stem(" ...") == ""
