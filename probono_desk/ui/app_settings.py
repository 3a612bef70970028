"""The app's own settings file (``settings.ini`` in the user data folder, not the user's Qt settings): the station's
name, the interface language, the recently opened events. Read by the launcher, the start page and Paramètres."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from probono_desk.core.logs import data_dir

KEY_STATION = "station"
KEY_LANGUAGE = "language"
KEY_RECENT = "recent_events"
LANGUAGES = ("fr", "en")
MAX_RECENT = 8


def app_settings() -> QSettings:
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def saved_station() -> str | None:
    value = app_settings().value(KEY_STATION, "")
    return str(value).strip() or None


def saved_language() -> str | None:
    value = str(app_settings().value(KEY_LANGUAGE, "") or "")
    return value if value in LANGUAGES else None


def recent_events() -> list[str]:
    """The recently opened event files that still exist, most recent first."""
    value = app_settings().value(KEY_RECENT, [])
    items: list[str] = [value] if isinstance(value, str) else [str(v) for v in value or []]  # type: ignore[attr-defined]
    return [p for p in items if p and Path(p).exists()]


def remember_event(path: Path) -> None:
    resolved = str(Path(path).resolve())
    items = [resolved] + [p for p in recent_events() if p != resolved]
    app_settings().setValue(KEY_RECENT, items[:MAX_RECENT])


def forget_event(path: Path | str) -> None:
    resolved = str(Path(path).resolve())
    app_settings().setValue(KEY_RECENT, [p for p in recent_events() if p != resolved])
