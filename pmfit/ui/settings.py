"""The app's few settings, typed, in ``settings.ini`` in the data folder (never the real one in tests:
``PMFIT_DATA_DIR`` moves the whole folder)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray


class Settings:
    def __init__(self, folder: Path) -> None:
        self._qt = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)

    @property
    def export_name(self) -> str:
        """The name last printed on a PDF, offered again next time."""
        return str(self._qt.value("export/name", "") or "")

    @export_name.setter
    def export_name(self, name: str) -> None:
        self._qt.setValue("export/name", name)

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._qt.value("window/geometry")
        if value is None:  # the first start: QByteArray's class is not needed before the first paint
            return None
        from PySide6.QtCore import QByteArray

        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, geometry: QByteArray) -> None:
        self._qt.setValue("window/geometry", geometry)

    @property
    def language(self) -> str | None:
        """The language the person chose in pmfit, or None to follow the system's."""
        value = self._qt.value("ui/language")
        return str(value) if value else None

    @language.setter
    def language(self, code: str) -> None:
        self._qt.setValue("ui/language", code)

    def sync(self) -> None:
        self._qt.sync()
