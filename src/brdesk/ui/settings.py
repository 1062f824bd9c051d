"""Window layout settings, kept in the data folder so a USB stick carries them."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from brdesk.paths import DataDir


def open_settings(data_dir: DataDir) -> QSettings:
    return QSettings(str(data_dir.settings_file), QSettings.Format.IniFormat)
